package org.socialprescribing.referral;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.socialprescribing.testsupport.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** A referral in, worked through the loop to its close, with its timeline; every other move refused. */
@QuarkusTest
@WithTestResource(ReferralTestResource.class)
class ReferralLoopTest {

    @Test
    void aResidentRefersThemselvesAndSeesItAsReceived() {
        String id = Referrals.by("resident1");
        given().auth().oauth2(Tokens.of("resident1")).when().get("/referrals/" + id).then().statusCode(200)
                .body("route", equalTo("self")).body("state", equalTo("received"))
                .body("reference", matchesPattern("SP-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}"))
                .body("needs", hasItem("loneliness")).body("free_text", equalTo("Feeling isolated since moving"))
                .body("person.given_name", equalTo("Rosa")).body("person.postcode", equalTo("DM1 1AB"))
                .body("person.contact_by", equalTo(List.of("phone"))).body("assigned_to", nullValue())
                .body("days_since_received", equalTo(0)).body("closing_reason", nullValue());
        given().auth().oauth2(Tokens.of("resident1")).when().get("/referrals").then().statusCode(200)
                .body("id", hasItem(id));
        given().auth().oauth2(Tokens.of("coordinator1")).when().get("/referrals").then().statusCode(200)
                .body("id", hasItem(id));
        given().auth().oauth2(Tokens.of("resident1")).when().get("/referrals/" + id + "/timeline").then()
                .statusCode(200).body("kind", equalTo(List.of("received"))).body("[0].to_state", equalTo("received"))
                .body("[0].actor_kind", equalTo("person"));
    }

    @Test
    void aResidentsSecondReferralIsForTheSamePerson() {
        String first = Referrals.by("resident2");
        given().auth().oauth2(Tokens.of("resident2")).contentType(ContentType.JSON)
                .body("{\"consent_to_contact\": true, \"person\": {\"phone\": \"07700 900123\"}}").when()
                .post("/referrals").then().statusCode(201).body("person.given_name", equalTo("Rosa"))
                .body("person.phone", equalTo("07700 900123"));
        given().auth().oauth2(Tokens.of("resident2")).when().get("/referrals/" + first).then()
                .body("person.phone", equalTo("07700 900123"));
    }

    @Test
    void aLinkWorkersReferralIsOnTheirCaseload() {
        String id = Referrals.by("linkworker1");
        given().auth().oauth2(Tokens.of("linkworker1")).when().get("/referrals/" + id).then().statusCode(200)
                .body("route", equalTo("link_worker")).body("priority", equalTo("priority"))
                .body("person.nhs_number", equalTo("9434765919")).body("person.preferred_language", equalTo("cy"))
                .body("assigned_to", not(nullValue()));
        given().auth().oauth2(Tokens.of("linkworker1")).when().get("/referrals").then().body("id", hasItem(id));
        given().auth().oauth2(Tokens.of("linkworker2")).when().get("/referrals").then().body("id", not(hasItem(id)));
    }

    @Test
    void aReferralIsWorkedThroughTheLoopToItsClose() {
        String id = Referrals.by("linkworker1");
        Referrals.move("linkworker1", id, "{\"move\": \"triage\"}").statusCode(200).body("state", equalTo("triaged"));
        Referrals.move("linkworker1", id, "{\"move\": \"contact_attempt\", \"note\": \"No answer\"}").statusCode(200)
                .body("state", equalTo("contact_attempted")).body("contact_attempts", equalTo(1));
        Referrals.move("linkworker1", id, "{\"move\": \"contact_attempt\"}").body("contact_attempts", equalTo(2));
        Referrals.move("linkworker1", id, "{\"move\": \"start_conversation\"}").statusCode(200)
                .body("state", equalTo("in_conversation")).body("days_since_last_contact", equalTo(0));
        Referrals.move("linkworker1", id, "{\"move\": \"match\"}").body("state", equalTo("matched"));
        Referrals.move("linkworker1", id, "{\"move\": \"join_group\"}").body("state", equalTo("with_group"));
        Referrals.move("linkworker1", id, "{\"move\": \"close\", \"closing_reason\": \"completed\"}").statusCode(200)
                .body("state", equalTo("closed")).body("closing_reason", equalTo("completed"))
                .body("closed_at", not(nullValue()));
        given().auth().oauth2(Tokens.of("linkworker1")).when().get("/referrals/" + id + "/timeline").then()
                .body("kind", equalTo(List.of("received", "triage", "contact_attempt", "contact_attempt",
                        "start_conversation", "match", "join_group", "close")))
                .body("[2].note", equalTo("No answer")).body("[7].from_state", equalTo("with_group"))
                .body("[7].actor_kind", equalTo("link_worker"));
        given().auth().oauth2(Tokens.of("linkworker1")).when().get("/referrals").then().body("id", not(hasItem(id)));
    }

    @Test
    void aMoveTheStateDoesNotAllowIsA409ThatChangesNothing() {
        String id = Referrals.by("linkworker1");
        Referrals.move("linkworker1", id, "{\"move\": \"join_group\"}").statusCode(409)
                .contentType("application/problem+json")
                .body("detail", equalTo("A referral that is received cannot be moved by join group"));
        Referrals.move("linkworker1", id, "{\"move\": \"close\", \"closing_reason\": \"completed\"}").statusCode(409)
                .body("detail", containsString("close (completed)"));
        given().auth().oauth2(Tokens.of("linkworker1")).when().get("/referrals/" + id).then()
                .body("state", equalTo("received"));
        Referrals.move("linkworker1", id, "{\"move\": \"close\", \"closing_reason\": \"unable_to_contact\"}")
                .statusCode(200);
        Referrals.move("linkworker1", id, "{\"move\": \"triage\"}").statusCode(409)
                .body("detail", containsString("closed"));
        given().auth().oauth2(Tokens.of("linkworker1")).when().get("/referrals/" + id + "/timeline").then()
                .body("kind", equalTo(List.of("received", "close")));
    }

    @Test
    void whatMattersToThePersonIsNotedOnTheTimelineAndMovesNothing() {
        String id = Referrals.by("linkworker1");
        given().auth().oauth2(Tokens.of("linkworker1")).contentType(ContentType.JSON)
                .body("{\"kind\": \"what_matters\", \"note\": \"Getting back to her allotment\"}").when()
                .post("/referrals/" + id + "/notes").then().statusCode(201).body("kind", equalTo("what_matters"))
                .body("note", equalTo("Getting back to her allotment"));
        given().auth().oauth2(Tokens.of("linkworker1")).contentType(ContentType.JSON).body("{\"note\": \" \"}")
                .when().post("/referrals/" + id + "/notes").then().statusCode(422);
        given().auth().oauth2(Tokens.of("linkworker1")).when().get("/referrals/" + id + "/timeline").then()
                .body("kind", equalTo(List.of("received", "what_matters")));
        given().auth().oauth2(Tokens.of("linkworker1")).when().get("/referrals/" + id).then()
                .body("state", equalTo("received"));
        Referrals.move("linkworker1", id, "{\"move\": \"close\", \"closing_reason\": \"moved_away\"}").statusCode(200);
        given().auth().oauth2(Tokens.of("linkworker1")).contentType(ContentType.JSON).body("{\"note\": \"Late\"}")
                .when().post("/referrals/" + id + "/notes").then().statusCode(409);
    }

    @Test
    void aCloseWithoutItsReasonIs422() {
        String id = Referrals.by("linkworker1");
        Referrals.move("linkworker1", id, "{\"move\": \"close\"}").statusCode(422)
                .contentType("application/problem+json").body("detail", containsString("closing_reason"));
        given().auth().oauth2(Tokens.of("linkworker1")).when().get("/referrals/" + id).then()
                .body("state", equalTo("received"));
    }

    @Test
    void theCaseloadCanBeNarrowedToOneState() {
        String triaged = Referrals.by("linkworker2");
        String received = Referrals.by("linkworker2");
        Referrals.move("linkworker2", triaged, "{\"move\": \"triage\"}").statusCode(200);
        List<String> ids = given().auth().oauth2(Tokens.of("linkworker2")).queryParam("state", "triaged").when()
                .get("/referrals").then().statusCode(200).extract().jsonPath().getList("id");
        assertEquals(true, ids.contains(triaged));
        assertEquals(false, ids.contains(received));
    }
}
