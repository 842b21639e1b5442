package org.socialprescribing.referral;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.socialprescribing.referral.service.Retention;
import org.socialprescribing.testsupport.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Closed referrals are anonymised once the retention period (24 months here) has passed since their close: free text
 * and notes go, states, dates, needs and outcomes stay; the person is blanked unless another referral of theirs is
 * still inside the period.
 */
@QuarkusTest
@WithTestResource(ReferralTestResource.class)
class RetentionTest {

    private static final String FREE_TEXT = "Struggling since the job went";

    private static final Duration JUST_OVER_24_MONTHS = Duration.ofDays(2 * 366 + 1);

    @Inject
    MovableClock clock;

    @Inject
    Retention retention;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aReferralClosedLongerThanThePeriodIsAnonymisedWithItsPerson() {
        String id = closedWithNote("linkworker1");
        retention.anonymiseDue();
        given().auth().oauth2(Tokens.of("coordinator1")).when().get("/referrals/" + id).then().statusCode(200)
                .body("free_text", equalTo(FREE_TEXT)).body("person.given_name", equalTo("Sam"));

        clock.move(JUST_OVER_24_MONTHS);
        retention.anonymiseDue();

        given().auth().oauth2(Tokens.of("coordinator1")).when().get("/referrals/" + id).then().statusCode(200)
                .body("free_text", nullValue()).body("state", equalTo("closed"))
                .body("closing_reason", equalTo("moved_away"))
                .body("needs", hasItem("debt")).body("priority", equalTo("priority"))
                .body("received_at", notNullValue()).body("closed_at", notNullValue())
                .body("person.given_name", nullValue()).body("person.family_name", nullValue())
                .body("person.phone", nullValue()).body("person.nhs_number", nullValue())
                .body("person.preferred_language", equalTo("cy"));
        given().auth().oauth2(Tokens.of("coordinator1")).when().get("/referrals/" + id + "/timeline").then()
                .statusCode(200).body("note", everyItem(nullValue())).body("kind", hasItem("close"))
                .body("to_state", hasItem("closed"));
    }

    @Test
    void aReferralInsideThePeriodIsKeptWhole() {
        String id = closedWithNote("linkworker1");
        clock.move(Duration.ofDays(700));
        retention.anonymiseDue();
        given().auth().oauth2(Tokens.of("coordinator1")).when().get("/referrals/" + id).then()
                .body("person.given_name", equalTo("Sam")).body("person.phone", equalTo("01234 567890"));
        given().auth().oauth2(Tokens.of("coordinator1")).when().get("/referrals/" + id + "/timeline").then()
                .body("note", hasItem("They have moved to Leeds"));
    }

    @Test
    void thePersonIsKeptWhileAnotherOfTheirReferralsIsInsideThePeriod() {
        // resident2's earlier referrals (other tests') erased, so these two are all they have
        given().auth().oauth2(Tokens.of("resident2")).when().delete("/people/me").then().statusCode(204);
        String old = Referrals.by("resident2");
        Referrals.move("coordinator1", old, "{\"move\": \"close\", \"closing_reason\": \"withdrawn\"}")
                .statusCode(200);
        clock.move(JUST_OVER_24_MONTHS);
        String recent = Referrals.by("resident2");

        retention.anonymiseDue();

        given().auth().oauth2(Tokens.of("resident2")).when().get("/referrals/" + old).then().statusCode(200)
                .body("free_text", nullValue()).body("person.given_name", equalTo("Rosa"))
                .body("person.postcode", equalTo("DM1 1AB"));
        given().auth().oauth2(Tokens.of("resident2")).when().get("/referrals/" + recent).then().statusCode(200)
                .body("free_text", equalTo("Feeling isolated since moving"));
        given().auth().oauth2(Tokens.of("resident2")).when().get("/referrals").then()
                .body("id", hasItem(recent)).body("id", hasItem(old));

        // The last of their referrals to age out takes the person with it
        Referrals.move("coordinator1", recent, "{\"move\": \"close\", \"closing_reason\": \"withdrawn\"}")
                .statusCode(200);
        clock.move(JUST_OVER_24_MONTHS);
        retention.anonymiseDue();
        given().auth().oauth2(Tokens.of("coordinator1")).when().get("/referrals/" + recent).then()
                .body("person.given_name", nullValue()).body("person.postcode", nullValue())
                .body("free_text", nullValue());
        given().auth().oauth2(Tokens.of("resident2")).when().get("/referrals").then()
                .body("id", not(hasItem(old)));
    }

    /** A link worker's referral for Sam, closed (moved away) with a note; its id. */
    private static String closedWithNote(String linkWorker) {
        String id = given().auth().oauth2(Tokens.of(linkWorker)).contentType("application/json")
                .body(Referrals.FOR_SOMEONE.replace("\"needs\"", "\"free_text\": \"" + FREE_TEXT + "\", \"needs\""))
                .when().post("/referrals").then().statusCode(201).extract().path("id");
        Referrals.move(linkWorker, id, "{\"move\": \"close\", \"closing_reason\": \"moved_away\","
                + " \"note\": \"They have moved to Leeds\"}").statusCode(200);
        return id;
    }
}
