package org.socialprescribing.referral;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.socialprescribing.testsupport.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Access matrix of /referrals with real Keycloak tokens: anonymous, each role, owner and non-owner. */
@QuarkusTest
@WithTestResource(ReferralTestResource.class)
class ReferralAccessTest {

    static final String BODY = """
            {"serviceId": "5b0c3f0e-1111-4a6e-9c41-2f3d5b7a9e01", "reason": "Feeling isolated since moving",
             "consentToShare": true}""";

    static String referAs(String user) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON).body(BODY)
                .when().post("/referrals")
                .then().statusCode(201).header("Location", org.hamcrest.Matchers.containsString("/referrals/"))
                .extract().path("id");
    }

    @Test
    void anonymousGets401() {
        given().when().get("/referrals").then().statusCode(401).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(BODY).when().post("/referrals").then().statusCode(401);
        given().when().get("/referrals/00000000-0000-4000-8000-000000000000").then().statusCode(401);
    }

    @ParameterizedTest
    @ValueSource(strings = {"editor1", "coordinator1", "commissioner1"})
    void rolesWithoutReferralWorkGet403(String user) {
        String token = Tokens.of(user);
        given().auth().oauth2(token).when().get("/referrals").then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(token).contentType(ContentType.JSON).body(BODY).when().post("/referrals")
                .then().statusCode(403);
        given().auth().oauth2(token).when().get("/referrals/00000000-0000-4000-8000-000000000000")
                .then().statusCode(403);
    }

    @Test
    void residentSelfRefersAndSeesOnlyTheirOwn() {
        String id = referAs("resident1");
        given().auth().oauth2(Tokens.of("resident1")).when().get("/referrals/" + id)
                .then().statusCode(200).body("selfReferral", equalTo(true)).body("status", equalTo("SUBMITTED"));
        given().auth().oauth2(Tokens.of("resident1")).when().get("/referrals").then().statusCode(200)
                .body("id", hasItem(id));
        given().auth().oauth2(Tokens.of("resident2")).when().get("/referrals/" + id)
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.of("resident2")).when().get("/referrals").then().statusCode(200)
                .body("id", not(hasItem(id)));
    }

    @Test
    void linkWorkerRefersAndSeesTheCaseload() {
        String byResident = referAs("resident2");
        String byLinkWorker = referAs("linkworker1");
        given().auth().oauth2(Tokens.of("linkworker2")).when().get("/referrals").then().statusCode(200)
                .body("id", hasItem(byResident)).body("id", hasItem(byLinkWorker));
        given().auth().oauth2(Tokens.of("linkworker2")).when().get("/referrals/" + byLinkWorker)
                .then().statusCode(200).body("selfReferral", equalTo(false));
    }

    @Test
    void unknownReferralIs404() {
        given().auth().oauth2(Tokens.of("linkworker1")).when().get("/referrals/7d5e1c9a-0000-4000-8000-000000000009")
                .then().statusCode(404).contentType("application/problem+json");
    }
}
