package org.socialprescribing.referral;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** A guest's calls in tests: no token, from an address the test names (forwarded by loopback, a trusted proxy). */
final class Guests {

    static final String REFERRAL = """
            {"needs": ["loneliness"], "free_text": "New to the area and on my own", "consent_to_contact": true,
             "person": {"given_name": "Morwenna", "email": "morwenna@example.org", "postcode": "dm2 3cd",
                        "contact_by": ["email"]}}""";

    private Guests() {
    }

    static ValidatableResponse refer(String body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/referrals/guest").then();
    }

    /** A guest referral that was received: its reference and secret. */
    static String[] referred() {
        var answer = refer(REFERRAL).statusCode(201).extract();
        return new String[]{answer.path("reference"), answer.path("secret")};
    }

    static ValidatableResponse status(String reference, String secret) {
        return given().contentType(ContentType.JSON)
                .body("{\"reference\": \"" + reference + "\", \"secret\": \"" + secret + "\"}").when()
                .post("/referrals/status").then();
    }
}
