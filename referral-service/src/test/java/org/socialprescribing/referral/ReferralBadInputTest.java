package org.socialprescribing.referral;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
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
    private String id;

    private static List<String> mine() {
        return given().auth().oauth2(Tokens.of("linkworker2")).when().get("/referrals").then().statusCode(200)
                .extract().jsonPath().getList("id");
    }

    private static ValidatableResponse post(String body) {
        return given().auth().oauth2(Tokens.of("linkworker2")).contentType(ContentType.JSON).body(body).when()
                .post("/referrals").then().contentType("application/problem+json");
    }

    @BeforeEach
    void storeOneAndRemember() {
        id = Referrals.by("linkworker2");
        before = mine();
    }

    @Test
    void malformedJsonIs400() {
        post("{\"needs\": ").statusCode(400)
                .body("type", equalTo("urn:social-prescribing:problem:malformed-request"));
        assertEquals(before, mine());
    }

    @Test
    void wrongTypeIs400NamingTheField() {
        post("{\"chosen_service_id\": \"not-a-uuid\", \"consent_to_contact\": true}").statusCode(400)
                .body("violations.field", hasItem("chosen_service_id"));
        post("{\"priority\": \"whenever\", \"consent_to_contact\": true}").statusCode(400);
        assertEquals(before, mine());
    }

    @Test
    void aReferralWithoutConsentToContactIs422() {
        post("{\"person\": {\"given_name\": \"Sam\"}}").statusCode(422)
                .body("violations.field", hasItem("consent_to_contact"));
        post("{\"person\": {\"given_name\": \"Sam\"}, \"consent_to_contact\": false}").statusCode(422)
                .body("violations.field", hasItem("consent_to_contact"));
        assertEquals(before, mine());
    }

    @Test
    void badPersonDetailsAre422NamingEachField() {
        post("{\"consent_to_contact\": true, \"person\": {\"given_name\": \"Sam\", \"postcode\": \"nowhere\","
                + " \"email\": \"not an address\", \"age_band\": \"ancient\", \"contact_by\": [\"pigeon\"],"
                + " \"date_of_birth\": \"2999-01-01\"}}").statusCode(422)
                .body("violations.field", hasItem("person.postcode")).body("violations.field", hasItem("person.email"))
                .body("violations.field", hasItem("person.age_band"))
                .body("violations.field", hasItem("person.date_of_birth"));
        post("{\"consent_to_contact\": true, \"person\": {\"given_name\": \"Sam\", \"nhs_number\": \"9434765918\"}}")
                .statusCode(422);
        assertEquals(before, mine());
    }

    @Test
    void aLinkWorkersReferralNeedsThePersonsName() {
        post("{\"consent_to_contact\": true}").statusCode(422);
        post("{\"consent_to_contact\": true, \"person\": {\"phone\": \"01234 567890\"}}").statusCode(422);
        assertEquals(before, mine());
    }

    @Test
    void anUnknownMoveOrReasonIs400AndMovesNothing() {
        Referrals.move("linkworker2", id, "{\"move\": \"teleport\"}").statusCode(400)
                .contentType("application/problem+json");
        Referrals.move("linkworker2", id, "{\"move\": \"close\", \"closing_reason\": \"bored\"}").statusCode(400);
        Referrals.move("linkworker2", id, "{}").statusCode(422);
        given().auth().oauth2(Tokens.of("linkworker2")).when().get("/referrals/" + id).then()
                .body("state", equalTo("received"));
    }

    @Test
    void anUnknownStateFilterIs400() {
        given().auth().oauth2(Tokens.of("linkworker2")).queryParam("state", "asleep").when().get("/referrals").then()
                .statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aBodyThatIsNotJsonIs415AndAnEmptyOne400() {
        given().auth().oauth2(Tokens.of("linkworker2")).contentType(ContentType.TEXT).body("consent please").when()
                .post("/referrals").then().statusCode(415).contentType("application/problem+json");
        given().auth().oauth2(Tokens.of("linkworker2")).contentType(ContentType.JSON).when().post("/referrals")
                .then().statusCode(400).contentType("application/problem+json");
        assertEquals(before, mine());
    }

    @Test
    void unknownPathIs404Problem() {
        given().when().get("/referralz").then().statusCode(404).contentType("application/problem+json");
    }
}
