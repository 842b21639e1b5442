package org.socialprescribing.referral;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.socialprescribing.testsupport.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Every staff read and change of a referral is in the audit trail; the person's own reads are not. */
@QuarkusTest
@WithTestResource(ReferralTestResource.class)
class AuditTest {

    @Inject
    MovableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void staffReadsAndMovesAreAuditedWithWhoWhatAndWhy() {
        String id = Referrals.by("resident1");
        given().auth().oauth2(Tokens.of("linkworker2")).header("X-Audit-Reason", "checking before triage").when()
                .get("/referrals/" + id).then().statusCode(200);
        given().auth().oauth2(Tokens.of("coordinator1")).when().get("/referrals/" + id + "/timeline").then()
                .statusCode(200);
        Referrals.move("linkworker2", id, "{\"move\": \"triage\"}").statusCode(200);

        People.audit("referral_id=" + id).statusCode(200).body("total_items", equalTo(3))
                .body("items.action", contains("move referral", "read timeline", "read referral"))
                .body("items.actor", contains(People.subject("linkworker2"), People.subject("coordinator1"),
                        People.subject("linkworker2")))
                .body("items.actor_role", contains("link-worker", "coordinator", "link-worker"))
                .body("items.reason", contains("move referral", "read timeline", "checking before triage"))
                .body("items.referral_id", everyItem(equalTo(id)));
    }

    @Test
    void thePersonsOwnReadsAreNotAuditedAndTheyCanSeeWhoOnTheStaffLooked() {
        String id = Referrals.by("resident1");
        given().auth().oauth2(Tokens.of("resident1")).when().get("/referrals/" + id).then().statusCode(200);
        given().auth().oauth2(Tokens.of("resident1")).when().get("/referrals/" + id + "/timeline").then()
                .statusCode(200);
        given().auth().oauth2(Tokens.of("resident1")).when().get("/referrals/" + id + "/audit").then()
                .statusCode(200).body("", hasSize(0));

        given().auth().oauth2(Tokens.of("linkworker1")).when().get("/referrals/" + id).then().statusCode(200);
        given().auth().oauth2(Tokens.of("resident1")).when().get("/referrals/" + id + "/audit").then()
                .statusCode(200).body("", hasSize(1)).body("[0].actor", equalTo(People.subject("linkworker1")))
                .body("[0].action", equalTo("read referral"));
    }

    @Test
    void refusedAndFailedCallsAreNotAudited() {
        String id = Referrals.by("linkworker1");
        given().auth().oauth2(Tokens.of("linkworker2")).when().get("/referrals/" + id).then().statusCode(403);
        Referrals.move("linkworker1", id, "{\"move\": \"join_group\"}").statusCode(409);
        People.audit("referral_id=" + id).statusCode(200).body("total_items", equalTo(0));
    }

    @Test
    void theTrailIsFilteredByPersonActorAndTimeNewestFirstAndPaged() {
        String id = Referrals.by("resident2");
        String personId = People.ownExport("resident2").statusCode(200).extract().path("person.id");
        String before = clock.instant().minusSeconds(1).toString();
        for (int i = 0; i < 3; i++) {
            clock.move(Duration.ofMinutes(1));
            given().auth().oauth2(Tokens.of("coordinator1")).when().get("/referrals/" + id).then().statusCode(200);
        }
        clock.move(Duration.ofMinutes(1));
        String between = clock.instant().toString();
        clock.move(Duration.ofMinutes(1));
        given().auth().oauth2(Tokens.of("linkworker1")).when().get("/referrals/" + id).then().statusCode(200);

        People.audit("person_id=" + personId + "&from=" + before).body("items.referral_id", everyItem(equalTo(id)))
                .body("total_items", equalTo(4)).body("items[0].actor", equalTo(People.subject("linkworker1")));
        People.audit("person_id=" + personId + "&actor=" + People.subject("coordinator1") + "&to=" + between)
                .body("total_items", equalTo(3))
                .body("items.actor", everyItem(equalTo(People.subject("coordinator1"))));
        People.audit("referral_id=" + id + "&per_page=2&page=2").body("items", hasSize(2)).body("page", equalTo(2))
                .body("per_page", equalTo(2)).body("total_pages", equalTo(2));
        List<String> newestFirst = People.audit("referral_id=" + id).extract().path("items.at");
        List<String> sorted = newestFirst.stream().sorted(java.util.Comparator.reverseOrder()).toList();
        org.junit.jupiter.api.Assertions.assertEquals(sorted, newestFirst);
    }

    @Test
    void badFiltersAreProblemsNamingTheParameter() {
        for (String query : List.of("referral_id=nope", "person_id=12", "from=yesterday", "to=2026-13-01",
                "page=0", "page=x", "per_page=0", "per_page=201",
                "from=2026-12-04T10:00:00Z&to=2026-12-04T09:00:00Z")) {
            People.audit(query).statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("urn:social-prescribing:problem:invalid-parameter"));
        }
    }

    @Test
    void aReasonTooLongIsRefusedBeforeTheMoveAndNothingChanges() {
        String id = Referrals.by("linkworker1");
        given().auth().oauth2(Tokens.of("linkworker1")).header("X-Audit-Reason", "x".repeat(501))
                .contentType("application/json").body("{\"move\": \"triage\"}").when()
                .post("/referrals/" + id + "/moves").then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.of("linkworker1")).when().get("/referrals/" + id).then()
                .body("state", equalTo("received"));
        People.audit("referral_id=" + id).body("items.action", not(hasItem("move referral")))
                .body("total_items", equalTo(1));
    }
}
