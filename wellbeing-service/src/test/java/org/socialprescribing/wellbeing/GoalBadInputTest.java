package org.socialprescribing.wellbeing;

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

/** Bad input gets a clear problem+json 4xx and changes nothing that is stored. */
@QuarkusTest
@WithTestResource(WellbeingTestResource.class)
class GoalBadInputTest {

    private List<String> before;

    private static List<String> storedGoalIds() {
        return given().auth().oauth2(Tokens.of("resident2")).when().get("/goals")
                .then().statusCode(200).extract().jsonPath().getList("id");
    }

    private static io.restassured.response.ValidatableResponse post(String body) {
        return given().auth().oauth2(Tokens.of("resident2")).contentType(ContentType.JSON).body(body)
                .when().post("/goals").then().contentType("application/problem+json");
    }

    @BeforeEach
    void rememberStoredGoals() {
        given().auth().oauth2(Tokens.of("resident2")).contentType(ContentType.JSON)
                .body("{\"title\":\"Something already stored\"}").when().post("/goals").then().statusCode(201);
        before = storedGoalIds();
    }

    @Test
    void malformedJsonIs400() {
        post("{\"title\": \"unterminated").statusCode(400)
                .body("type", equalTo("urn:social-prescribing:problem:malformed-request"))
                .body("status", equalTo(400));
        assertEquals(before, storedGoalIds());
    }

    @Test
    void wrongTypeIs400NamingTheField() {
        post("{\"title\": {\"nested\": true}}").statusCode(400)
                .body("violations.field", hasItem("title"));
        post("{\"title\": \"Fine\", \"targetDate\": \"not a date\"}").statusCode(400)
                .body("violations.field", hasItem("targetDate"));
        assertEquals(before, storedGoalIds());
    }

    @Test
    void missingRequiredFieldIs422ListingEachField() {
        post("{}").statusCode(422)
                .body("type", equalTo("urn:social-prescribing:problem:validation-failed"))
                .body("violations.field", hasItem("title"));
        post("{\"title\": \"   \", \"targetDate\": \"2001-01-01\"}").statusCode(422)
                .body("violations.field", hasItem("title"))
                .body("violations.field", hasItem("targetDate"));
        assertEquals(before, storedGoalIds());
    }

    @Test
    void aValueTheDatabaseCannotStoreIs400NotA500() {
        post("{\"title\": \"Walk\\u0000 daily\"}").statusCode(400)
                .body("type", equalTo("urn:social-prescribing:problem:malformed-request"));
        assertEquals(before, storedGoalIds());
    }

    @Test
    void emptyBodyIs400Problem() {
        given().auth().oauth2(Tokens.of("resident2")).contentType(ContentType.JSON)
                .when().post("/goals").then().statusCode(400).contentType("application/problem+json");
        assertEquals(before, storedGoalIds());
    }

    @Test
    void wrongContentTypeIs415Problem() {
        given().auth().oauth2(Tokens.of("resident2")).contentType(ContentType.TEXT).body("title")
                .when().post("/goals").then().statusCode(415).contentType("application/problem+json");
        assertEquals(before, storedGoalIds());
    }

    @Test
    void unknownPathAndMethodAreProblems() {
        given().when().get("/no-such-thing").then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:social-prescribing:problem:not-found"));
        given().auth().oauth2(Tokens.of("resident2")).when().delete("/goals")
                .then().statusCode(405).contentType("application/problem+json");
    }
}
