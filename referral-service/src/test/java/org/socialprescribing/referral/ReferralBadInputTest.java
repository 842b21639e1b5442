package org.socialprescribing.referral;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialprescribing.testsupport.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Bad input gets a clear problem+json 4xx and changes nothing that is stored. */
@QuarkusTest
@WithTestResource(ReferralTestResource.class)
class ReferralBadInputTest {

    private List<String> before;

    private static List<String> caseload() {
        return given().auth().oauth2(Tokens.of("linkworker1")).when().get("/referrals")
                .then().statusCode(200).extract().jsonPath().getList("id");
    }

    private static ValidatableResponse post(String body) {
        return given().auth().oauth2(Tokens.of("resident1")).contentType(ContentType.JSON).body(body)
                .when().post("/referrals").then().contentType("application/problem+json");
    }

    @BeforeEach
    void storeOneAndRemember() {
        ReferralAccessTest.referAs("resident1");
        before = caseload();
    }

    @Test
    void malformedJsonIs400() {
        post("{\"serviceId\": ").statusCode(400)
                .body("type", equalTo("urn:social-prescribing:problem:malformed-request"));
        assertEquals(before, caseload());
    }

    @Test
    void wrongTypeIs400NamingTheField() {
        post("{\"serviceId\": \"not-a-uuid\", \"reason\": \"x\", \"consentToShare\": true}").statusCode(400)
                .body("violations.field", hasItem("serviceId"));
        post("{\"serviceId\": \"5b0c3f0e-1111-4a6e-9c41-2f3d5b7a9e01\", \"reason\": [1], \"consentToShare\": true}")
                .statusCode(400).body("violations.field", hasItem("reason"));
        assertEquals(before, caseload());
    }

    @Test
    void missingFieldsAre422ListingEachField() {
        post("{}").statusCode(422).body("violations.field", hasItems("serviceId", "reason", "consentToShare"));
        assertEquals(before, caseload());
    }

    @Test
    void referralWithoutConsentIs422() {
        post("{\"serviceId\": \"5b0c3f0e-1111-4a6e-9c41-2f3d5b7a9e01\", \"reason\": \"x\", \"consentToShare\": false}")
                .statusCode(422).body("violations.field", hasItem("consentToShare"));
        assertEquals(before, caseload());
    }

    @Test
    void unknownPathIs404Problem() {
        given().when().get("/referralz").then().statusCode(404).contentType("application/problem+json");
    }
}
