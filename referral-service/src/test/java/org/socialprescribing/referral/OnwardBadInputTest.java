package org.socialprescribing.referral;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.socialprescribing.testsupport.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The closed loop refuses what it cannot do with a problem+json 4xx and changes nothing: a send without consent to
 * share or before the conversation, every answer an onward referral's state does not allow, a decline without a
 * reason, an attendance date out of range.
 */
@QuarkusTest
@WithTestResource(ReferralTestResource.class)
class OnwardBadInputTest {

    @Test
    void aSendWithoutConsentOrWithBadFieldsStoresNothing() {
        String referral = Onward.inConversation("resident2");
        List<Object> consents = Onward.consents("resident2", referral).extract().jsonPath().getList("id");
        String service = UUID.randomUUID().toString();
        Onward.send("linkworker1", referral, "{\"service_id\": \"" + service + "\", \"organisation_id\": \""
                + Onward.ORG1 + "\"}").statusCode(422).contentType("application/problem+json")
                .body("violations.field", hasItem("consent_to_share"));
        Onward.send("linkworker1", referral, "{\"service_id\": \"" + service + "\", \"organisation_id\": \""
                + Onward.ORG1 + "\", \"consent_to_share\": false}").statusCode(422)
                .body("violations.field", hasItem("consent_to_share"));
        Onward.send("linkworker1", referral, "{\"consent_to_share\": true}").statusCode(422)
                .body("violations.field", hasItem("service_id")).body("violations.field", hasItem("organisation_id"));
        Onward.send("linkworker1", referral, "{\"service_id\": \"nope\", \"organisation_id\": \"" + Onward.ORG1
                + "\", \"consent_to_share\": true}").statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("service_id"));
        Onward.send("linkworker1", referral, Onward.body(service, Onward.ORG1, "x".repeat(2001))).statusCode(422)
                .body("violations.field", hasItem("note"));
        Onward.send("linkworker1", referral, "{\"service_id\": ").statusCode(400);
        given().auth().oauth2(Tokens.of("linkworker1")).contentType(ContentType.JSON).when()
                .post("/referrals/" + referral + "/onward").then().statusCode(400)
                .contentType("application/problem+json");

        assertEquals(consents, Onward.consents("resident2", referral).extract().jsonPath().getList("id"));
        given().auth().oauth2(Tokens.of("resident2")).when().get("/referrals/" + referral).then()
                .body("state", equalTo("in_conversation"));
        given().auth().oauth2(Tokens.of("resident2")).when().get("/referrals/" + referral + "/timeline").then()
                .body("kind", equalTo(List.of("received", "start_conversation")));
    }

    @Test
    void aReferralNotYetInConversationOrClosedCannotBeSent() {
        String received = Referrals.by("linkworker1");
        Onward.send("linkworker1", received, Onward.body(UUID.randomUUID().toString(), Onward.ORG1, null))
                .statusCode(409).contentType("application/problem+json");
        Referrals.move("linkworker1", received, "{\"move\": \"close\", \"closing_reason\": \"not_appropriate\"}")
                .statusCode(200);
        Onward.send("linkworker1", received, Onward.body(UUID.randomUUID().toString(), Onward.ORG1, null))
                .statusCode(409);
        given().auth().oauth2(Tokens.of("linkworker1")).when().get("/referrals/" + received + "/consents").then()
                .body("purpose", equalTo(List.of("contact")));
    }

    /** Each state, how to reach it from sent, and the answers it refuses. */
    private static final Map<String, List<String>> REACH = Map.of("sent", List.of(), "waiting_list",
            List.of("waitlist"), "accepted", List.of("accept"), "attending", List.of("accept", "record_attendance"),
            "declined", List.of("decline"), "stopped_attending",
            List.of("accept", "record_attendance", "stop_attending"));

    private static final Map<String, List<String>> REFUSED = Map.of("sent",
            List.of("record_attendance", "stop_attending"), "waiting_list",
            List.of("waitlist", "record_attendance", "stop_attending"), "accepted",
            List.of("accept", "decline", "waitlist", "stop_attending"), "attending",
            List.of("accept", "decline", "waitlist"), "declined",
            List.of("accept", "decline", "waitlist", "record_attendance", "stop_attending"), "stopped_attending",
            List.of("accept", "decline", "waitlist", "record_attendance", "stop_attending"));

    @Test
    void everyAnswerAStateDoesNotAllowIs409AndChangesNothing() {
        String referral = Onward.inConversation("resident2");
        for (String state : REFUSED.keySet()) {
            String onward = Onward.sent(referral, Onward.ORG1);
            for (String answer : REACH.get(state)) {
                Onward.answer("editor1", onward, answer(answer)).statusCode(200);
            }
            Map<String, Object> before = Onward.get("editor1", onward).body("state", equalTo(state)).extract()
                    .jsonPath().getMap("$");
            for (String answer : REFUSED.get(state)) {
                Onward.answer("editor1", onward, answer(answer)).statusCode(409)
                        .contentType("application/problem+json");
            }
            assertEquals(before, Onward.get("editor1", onward).extract().jsonPath().getMap("$"), state);
        }
    }

    @Test
    void badAnswersAre4xxAndChangeNothing() {
        String referral = Onward.inConversation("resident2");
        String onward = Onward.sent(referral, Onward.ORG1);
        Onward.answer("editor1", onward, "{\"answer\": \"decline\"}").statusCode(422)
                .contentType("application/problem+json");
        Onward.answer("editor1", onward, "{\"answer\": \"decline\", \"reason\": \"  \"}").statusCode(422);
        Onward.answer("editor1", onward, "{\"answer\": \"decline\", \"reason\": \"" + "x".repeat(501) + "\"}")
                .statusCode(422).body("violations.field", hasItem("reason"));
        Onward.answer("editor1", onward, "{\"answer\": \"withdraw\"}").statusCode(400)
                .contentType("application/problem+json");
        Onward.answer("editor1", onward, "{\"answer\": \"accept\", \"attended_on\": \"yesterday\"}").statusCode(400);
        Onward.answer("editor1", onward, "{}").statusCode(422).body("violations.field", hasItem("answer"));
        Onward.answer("editor1", onward, "{\"answer\": ").statusCode(400);
        Onward.get("editor1", onward).body("state", equalTo("sent"));

        Onward.answer("editor1", onward, "{\"answer\": \"accept\"}").statusCode(200);
        Onward.answer("editor1", onward, "{\"answer\": \"record_attendance\", \"attended_on\": \"2999-01-01\"}")
                .statusCode(422).body("violations.field", hasItem("attended_on"));
        Onward.answer("editor1", onward, "{\"answer\": \"record_attendance\", \"attended_on\": \"2000-01-01\"}")
                .statusCode(422);
        Onward.get("editor1", onward).body("state", equalTo("accepted")).body("sessions_attended", equalTo(0));
        Onward.answer("editor1", UUID.randomUUID().toString(), "{\"answer\": \"accept\"}").statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.of("resident2")).when().get("/referrals/" + referral + "/timeline").then()
                .body("kind", equalTo(List.of("received", "start_conversation", "onward_sent", "match",
                        "onward_accepted", "join_group")));
    }

    private static String answer(String answer) {
        return answer.equals("decline")
                ? "{\"answer\": \"decline\", \"reason\": \"Full\"}"
                : "{\"answer\": \"" + answer + "\"}";
    }
}
