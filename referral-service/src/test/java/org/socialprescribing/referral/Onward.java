package org.socialprescribing.referral;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import org.socialprescribing.testsupport.Tokens;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/** The closed loop in tests: referrals brought to the conversation, sent to groups, answered, with real tokens. */
final class Onward {

    /** editor1's organisation and editor2's (the local realm's organisation_ids claims). */
    static final String ORG1 = "11111111-1111-4111-8111-111111111111";
    static final String ORG2 = "22222222-2222-4222-8222-222222222222";

    /** A resident's own referral with everything a person might give, to see what a group is (not) shown. */
    static final String EVERYTHING = """
            {"needs": ["loneliness", "gardening"], "free_text": "Lonely since my wife died", "consent_to_contact": true,
             "person": {"given_name": "Arthur", "family_name": "Pendleton", "email": "arthur@example.org",
                        "phone": "07700 900456", "contact_by": ["phone"], "best_time_to_call": "Mornings",
                        "postcode": "DM2 4QQ", "nhs_number": "943 476 5919", "access_needs": "Uses a wheelchair"}}""";

    private Onward() {
    }

    /** A referral of {@code resident} with {@link #EVERYTHING}, brought into conversation by linkworker1. */
    static String inConversation(String resident) {
        String id = given().auth().oauth2(Tokens.of(resident)).contentType(ContentType.JSON).body(EVERYTHING).when()
                .post("/referrals").then().statusCode(201).extract().path("id");
        Referrals.move("linkworker1", id, "{\"move\": \"start_conversation\"}").statusCode(200);
        return id;
    }

    static String body(String serviceId, String organisationId, String note) {
        return "{\"service_id\": \"" + serviceId + "\", \"organisation_id\": \"" + organisationId
                + "\", \"consent_to_share\": true" + (note == null ? "" : ", \"note\": \"" + note + "\"") + "}";
    }

    static ValidatableResponse send(String user, String referralId, String body) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON).body(body).when()
                .post("/referrals/" + referralId + "/onward").then();
    }

    /** Sent by linkworker1 to a new service of the organisation; the onward referral's id. */
    static String sent(String referralId, String organisationId) {
        return send("linkworker1", referralId, body(UUID.randomUUID().toString(), organisationId, "Likes mornings"))
                .statusCode(201).extract().path("id");
    }

    static ValidatableResponse answer(String user, String onwardId, String body) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON).body(body).when()
                .post("/onward-referrals/" + onwardId + "/answers").then();
    }

    static ValidatableResponse get(String user, String onwardId) {
        return given().auth().oauth2(Tokens.of(user)).when().get("/onward-referrals/" + onwardId).then();
    }

    static ValidatableResponse consents(String user, String referralId) {
        return given().auth().oauth2(Tokens.of(user)).when().get("/referrals/" + referralId + "/consents").then();
    }

    /** The Keycloak subject in a demo user's token. */
    static String subject(String user) {
        String payload = Tokens.of(user).split("\\.")[1];
        return JsonPath.from(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8))
                .getString("sub");
    }
}
