package org.socialprescribing.referral;

import static io.restassured.RestAssured.given;

import org.socialprescribing.testsupport.Tokens;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Making and moving referrals in tests, with real tokens of the demo users. */
final class Referrals {

    static final String SELF = """
            {"needs": ["loneliness"], "free_text": "Feeling isolated since moving", "consent_to_contact": true,
             "person": {"given_name": "Rosa", "postcode": "dm1 1ab", "contact_by": ["phone"]}}""";

    static final String FOR_SOMEONE = """
            {"needs": ["debt"], "priority": "priority", "consent_to_contact": true,
             "person": {"given_name": "Sam", "family_name": "Jones", "phone": "01234 567890",
                        "nhs_number": "943 476 5919", "preferred_language": "cy"}}""";

    private Referrals() {
    }

    /** A referral the user makes (a resident for themselves, a link worker for Sam); its id. */
    static String by(String user) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON)
                .body(user.startsWith("resident") ? SELF : FOR_SOMEONE).when().post("/referrals").then()
                .statusCode(201).extract().path("id");
    }

    static ValidatableResponse move(String user, String id, String move) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON).body(move).when()
                .post("/referrals/" + id + "/moves").then();
    }
}
