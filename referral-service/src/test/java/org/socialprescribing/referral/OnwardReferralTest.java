package org.socialprescribing.referral;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.socialprescribing.testsupport.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The closed loop: the link worker sends the person to groups with their consent to share, each receiving charity
 * sees only its own onward referrals and only what the person agreed to share, answers them, and the link worker and
 * the person see every answer on the timeline; the person withdraws, or revokes consent to share with one group.
 */
@QuarkusTest
@WithTestResource(ReferralTestResource.class)
class OnwardReferralTest {

    @Inject
    MovableClock clock;

    @Test
    void theWholeLoopFromSendToAttendance() {
        String referral = Onward.inConversation("resident1");
        String service = UUID.randomUUID().toString();
        String toOrg1 = Onward.send("linkworker1", referral, Onward.body(service, Onward.ORG1, "Loves gardening"))
                .statusCode(201).header("Location", containsString("/onward-referrals/")).body("state", equalTo("sent"))
                .extract().path("id");
        String toOrg2 = Onward.sent(referral, Onward.ORG2);
        // The same service twice is one too many; another service is another group
        Onward.send("linkworker1", referral, Onward.body(service, Onward.ORG1, null)).statusCode(409)
                .contentType("application/problem+json");

        // Sending from the conversation is the match; the consents to share were recorded by the link worker
        given().auth().oauth2(Tokens.of("resident1")).when().get("/referrals/" + referral).then()
                .body("state", equalTo("matched"));
        List<Map<String, Object>> shares = Onward.consents("resident1", referral).statusCode(200).extract().jsonPath()
                .getList("findAll { it.purpose == 'share' }");
        assertEquals(2, shares.size());
        assertEquals(Onward.ORG1, shares.get(0).get("organisation_id"));
        assertEquals("share-2026-12", shares.get(0).get("wording_version"));
        assertEquals(Onward.subject("linkworker1"), shares.get(0).get("recorded_by"));

        // editor1 sees only their organisation's, with only what the person agreed to share
        String inbox = given().auth().oauth2(Tokens.of("editor1")).when().get("/onward-referrals").then()
                .statusCode(200).body("id", hasItem(toOrg1)).body("id", not(hasItem(toOrg2)))
                .body("organisation_id", not(hasItem(Onward.ORG2))).extract().asString();
        Onward.get("editor1", toOrg1).statusCode(200).body("person.given_name", equalTo("Arthur"))
                .body("person.contact_by", equalTo(List.of("phone"))).body("person.phone", equalTo("07700 900456"))
                .body("person.best_time_to_call", equalTo("Mornings")).body("person.email", nullValue())
                .body("needs", hasItems("loneliness", "gardening")).body("note", equalTo("Loves gardening"))
                .body("referral_id", nullValue()).body("person", not(hasKey("family_name")))
                .body("person", not(hasKey("nhs_number"))).body("person", not(hasKey("postcode")));
        for (String secret : List.of("Pendleton", "9434765919", "DM2 4QQ", "arthur@example.org", "wheelchair",
                "Lonely since", referral)) {
            assertFalse(inbox.contains(secret), "the inbox shows " + secret);
        }
        Onward.get("editor2", toOrg1).statusCode(403);
        Onward.get("editor1", toOrg2).statusCode(403);
        Onward.get("editor2", toOrg2).statusCode(200).body("person.given_name", equalTo("Arthur"));

        // The group accepts (the referral is with the group) and records attendance, sessions counted
        Onward.answer("editor1", toOrg1, "{\"answer\": \"accept\"}").statusCode(200).body("state", equalTo("accepted"));
        given().auth().oauth2(Tokens.of("resident1")).when().get("/referrals/" + referral).then()
                .body("state", equalTo("with_group"));
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        Onward.answer("editor1", toOrg1, "{\"answer\": \"record_attendance\"}").statusCode(200)
                .body("state", equalTo("attending")).body("first_attended_on", equalTo(today.toString()))
                .body("sessions_attended", equalTo(1));
        Onward.answer("linkworker1", toOrg1, "{\"answer\": \"record_attendance\", \"attended_on\": \"" + today + "\"}")
                .statusCode(200).body("sessions_attended", equalTo(2))
                .body("first_attended_on", equalTo(today.toString()));
        Onward.answer("editor2", toOrg2, "{\"answer\": \"decline\", \"reason\": \"Full this term\"}").statusCode(200)
                .body("state", equalTo("declined")).body("decline_reason", equalTo("Full this term"));

        // The person and the link worker see each answer, and who gave it
        for (String user : List.of("resident1", "linkworker1")) {
            given().auth().oauth2(Tokens.of(user)).when().get("/referrals/" + referral + "/timeline").then()
                    .statusCode(200)
                    .body("kind", equalTo(List.of("received", "start_conversation", "onward_sent", "match",
                            "onward_sent", "onward_accepted", "join_group", "onward_attending", "onward_attending",
                            "onward_declined")))
                    .body("find { it.kind == 'onward_accepted' }.actor_kind", equalTo("charity_editor"))
                    .body("find { it.kind == 'onward_declined' }.note", equalTo("Full this term"))
                    .body("find { it.kind == 'join_group' }.to_state", equalTo("with_group"));
        }
        // A coordinator sees every organisation's, with the referral they belong to
        given().auth().oauth2(Tokens.of("coordinator1")).when().get("/onward-referrals").then().statusCode(200)
                .body("id", hasItems(toOrg1, toOrg2)).body("find { it.id == '" + toOrg1 + "' }.referral_id",
                        equalTo(referral));
    }

    @Test
    void aFirstAttendanceOfAMatchedReferralIsItsJoinGroup() {
        String referral = Onward.inConversation("resident2");
        String onward = Onward.sent(referral, Onward.ORG1);
        // Accepted by the link worker for a group that answered by phone: not yet joined until attended
        Onward.answer("editor1", onward, "{\"answer\": \"waitlist\"}").statusCode(200)
                .body("state", equalTo("waiting_list"));
        given().auth().oauth2(Tokens.of("resident2")).when().get("/referrals/" + referral).then()
                .body("state", equalTo("matched"));
        Onward.answer("editor1", onward, "{\"answer\": \"accept\"}").statusCode(200);
        given().auth().oauth2(Tokens.of("resident2")).when().get("/referrals/" + referral).then()
                .body("state", equalTo("with_group"));
        Onward.answer("editor1", onward, "{\"answer\": \"record_attendance\"}").statusCode(200);
        Onward.answer("editor1", onward, "{\"answer\": \"stop_attending\"}").statusCode(200)
                .body("state", equalTo("stopped_attending")).body("sessions_attended", equalTo(1));
    }

    @Test
    void revokingConsentToShareLeavesTheGroupOnlyTheWithdrawal() {
        String referral = Onward.inConversation("resident1");
        String toOrg1 = Onward.sent(referral, Onward.ORG1);
        String toOrg2 = Onward.sent(referral, Onward.ORG2);
        Onward.get("editor1", toOrg1).body("person.given_name", equalTo("Arthur"));
        String share = Onward.consents("resident1", referral).extract().jsonPath()
                .getString("find { it.purpose == 'share' && it.organisation_id == '" + Onward.ORG1 + "' }.id");
        String contact = Onward.consents("resident1", referral).extract().jsonPath()
                .getString("find { it.purpose == 'contact' }.id");

        // Only the person revokes
        revoke("linkworker1", referral, share).statusCode(403);
        revoke("resident2", referral, share).statusCode(403);
        revoke("resident1", referral, share).statusCode(200).body("revoked_at", not(nullValue()))
                .body("wording_version", equalTo("share-2026-12"));

        String seen = Onward.get("editor1", toOrg1).statusCode(200).body("state", equalTo("withdrawn"))
                .body("person", nullValue()).body("needs", nullValue()).body("note", nullValue())
                .body("sessions_attended", nullValue()).extract().asString();
        String inbox = given().auth().oauth2(Tokens.of("editor1")).when().get("/onward-referrals").then()
                .body("find { it.id == '" + toOrg1 + "' }.state", equalTo("withdrawn")).extract().asString();
        for (String shown : List.of(seen, inbox.substring(inbox.indexOf(toOrg1)))) {
            String row = shown.substring(0, Math.min(shown.length(), shown.indexOf('}') + 1));
            assertFalse(row.contains("Arthur") || row.contains("loneliness") || row.contains("Likes mornings"), row);
        }
        // The other group keeps what the person still shares with it; the revoked group can answer no more
        Onward.get("editor2", toOrg2).body("state", equalTo("sent")).body("person.given_name", equalTo("Arthur"));
        for (String answer : List.of("accept", "waitlist", "record_attendance", "stop_attending")) {
            Onward.answer("editor1", toOrg1, "{\"answer\": \"" + answer + "\"}").statusCode(409);
        }
        Onward.answer("editor1", toOrg1, "{\"answer\": \"decline\", \"reason\": \"x\"}").statusCode(409);
        revoke("resident1", referral, share).statusCode(409).contentType("application/problem+json");
        revoke("resident1", referral, contact).statusCode(409);
        revoke("resident1", referral, UUID.randomUUID().toString()).statusCode(404);

        Onward.consents("resident1", referral).statusCode(200)
                .body("find { it.id == '" + share + "' }.revoked_at", not(nullValue()))
                .body("find { it.id == '" + contact + "' }.revoked_at", nullValue());
        given().auth().oauth2(Tokens.of("resident1")).when().get("/referrals/" + referral + "/timeline").then()
                .body("kind", hasItems("consent_revoked", "onward_withdrawn"))
                .body("find { it.kind == 'consent_revoked' }.actor_kind", equalTo("person"));
    }

    @Test
    void withdrawingClosesTheReferralAndWithdrawsItsOpenOnwardReferrals() {
        String referral = Onward.inConversation("resident1");
        String accepted = Onward.sent(referral, Onward.ORG1);
        String declined = Onward.sent(referral, Onward.ORG1);
        String sent = Onward.sent(referral, Onward.ORG2);
        Onward.answer("editor1", accepted, "{\"answer\": \"accept\"}").statusCode(200);
        Onward.answer("editor1", declined, "{\"answer\": \"decline\", \"reason\": \"Not near\"}").statusCode(200);

        given().auth().oauth2(Tokens.of("linkworker1")).when().post("/referrals/" + referral + "/withdraw").then()
                .statusCode(403);
        given().auth().oauth2(Tokens.of("resident1")).when().post("/referrals/" + referral + "/withdraw").then()
                .statusCode(200).body("state", equalTo("closed")).body("closing_reason", equalTo("withdrawn"))
                .body("closed_at", not(nullValue()));
        Onward.get("editor1", accepted).body("state", equalTo("withdrawn")).body("person", nullValue());
        Onward.get("editor2", sent).body("state", equalTo("withdrawn")).body("person", nullValue());
        // The group's own answer stays as it was, but nothing of the person who withdrew is shown any more
        Onward.get("editor1", declined).body("state", equalTo("declined")).body("person", nullValue());
        given().auth().oauth2(Tokens.of("resident1")).when().post("/referrals/" + referral + "/withdraw").then()
                .statusCode(409).contentType("application/problem+json");
        Onward.send("linkworker1", referral, Onward.body(UUID.randomUUID().toString(), Onward.ORG1, null))
                .statusCode(409);
        given().auth().oauth2(Tokens.of("resident1")).when().get("/referrals/" + referral + "/timeline").then()
                .body("kind", hasItem("withdrawn")).body("findAll { it.kind == 'onward_withdrawn' }.size()", equalTo(2))
                .body("find { it.kind == 'withdrawn' }.to_state", equalTo("closed"));
    }

    private static io.restassured.response.ValidatableResponse revoke(String user, String referral, String consent) {
        return given().auth().oauth2(Tokens.of(user)).when()
                .post("/referrals/" + referral + "/consents/" + consent + "/revoke").then();
    }
}
