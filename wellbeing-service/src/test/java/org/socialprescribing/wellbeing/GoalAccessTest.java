package org.socialprescribing.wellbeing;

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

/** Access matrix of /goals with real Keycloak tokens: anonymous, each role, owner and non-owner. */
@QuarkusTest
@WithTestResource(WellbeingTestResource.class)
class GoalAccessTest {

    private static String createGoalAs(String user, String title) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON)
                .body("{\"title\":\"" + title + "\"}")
                .when().post("/goals")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void anonymousGets401AsProblem() {
        given().when().get("/goals").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer");
        given().contentType(ContentType.JSON).body("{\"title\":\"x\"}").when().post("/goals").then().statusCode(401);
        given().when().get("/goals/00000000-0000-4000-8000-000000000000").then().statusCode(401);
    }

    @Test
    void tamperedTokenGets401() {
        String token = Tokens.of("resident1");
        String tampered = token.substring(0, token.length() - 4) + "AAAA";
        given().auth().oauth2(tampered).when().get("/goals").then().statusCode(401);
    }

    @Test
    void partnerSystemTokenWithoutRoleGets403() {
        given().auth().oauth2(Tokens.partnerSystem()).when().get("/goals").then().statusCode(403);
    }

    @ParameterizedTest
    @ValueSource(strings = {"linkworker1", "editor1", "coordinator1", "commissioner1"})
    void otherRolesGet403(String user) {
        String token = Tokens.of(user);
        given().auth().oauth2(token).when().get("/goals").then().statusCode(403)
                .contentType("application/problem+json").body("status", equalTo(403));
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"title\":\"x\"}")
                .when().post("/goals").then().statusCode(403);
    }

    @Test
    void residentCreatesListsAndReadsOwnGoal() {
        String id = createGoalAs("resident1", "Walk to the park twice a week");
        given().auth().oauth2(Tokens.of("resident1")).when().get("/goals/" + id)
                .then().statusCode(200).body("title", equalTo("Walk to the park twice a week"))
                .body("status", equalTo("ACTIVE"));
        given().auth().oauth2(Tokens.of("resident1")).when().get("/goals")
                .then().statusCode(200).body("id", hasItem(id));
    }

    @Test
    void nonOwnerCannotReadOrListSomeoneElsesGoal() {
        String id = createGoalAs("resident1", "Join a choir");
        given().auth().oauth2(Tokens.of("resident2")).when().get("/goals/" + id)
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.of("resident2")).when().get("/goals")
                .then().statusCode(200).body("id", not(hasItem(id)));
        given().auth().oauth2(Tokens.of("linkworker1")).when().get("/goals/" + id).then().statusCode(403);
    }

    @Test
    void unknownGoalIs404Problem() {
        given().auth().oauth2(Tokens.of("resident1")).when().get("/goals/7d5e1c9a-0000-4000-8000-000000000001")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:social-prescribing:problem:not-found"));
    }
}
