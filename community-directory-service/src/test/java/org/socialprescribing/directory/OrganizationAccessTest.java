package org.socialprescribing.directory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.socialprescribing.testsupport.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Access matrix of the directory with real Keycloak tokens: public reads for everyone; coordinators add; an editor
 * edits only the organisations in their token's organisation_ids claim.
 */
@QuarkusTest
@WithTestResource(DirectoryTestResource.class)
class OrganizationAccessTest {

    /** editor1's organisation in the realm file; editor2 is bound to another. */
    static final String EDITOR1_ORG = "11111111-1111-4111-8111-111111111111";
    static final String EDITOR2_ORG = "22222222-2222-4222-8222-222222222222";

    static String body(String name) {
        return "{\"name\": \"" + name + "\", \"description\": \"Walks\", \"website\": \"https://example.org\"}";
    }

    @Test
    void anonymousAndEveryRoleReadTheRootAndPublishedOrganisations() {
        String id = given().auth().oauth2(Tokens.of("coordinator1")).contentType(ContentType.JSON)
                .body(body("Public Choir")).when().post("/organizations").then().statusCode(201).extract().path("id");
        given().when().get("/").then().statusCode(200).body("version", equalTo("HSDS-UK-3.0"))
                .header("Content-Type", org.hamcrest.Matchers.startsWith("application/json"));
        given().when().get("/organizations/" + id).then().statusCode(200).body("name", equalTo("Public Choir"));
        for (String user : new String[]{"resident1", "linkworker1", "editor1", "coordinator1", "commissioner1"}) {
            given().auth().oauth2(Tokens.of(user)).when().get("/organizations/" + id).then().statusCode(200);
        }
    }

    @Test
    void publicReadsAllowAnyOrigin() {
        given().header("Origin", "https://another-council.example").when().get("/").then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("*"));
        given().when().get("/organizations").then().statusCode(200).header("Access-Control-Allow-Origin",
                equalTo("*"));
    }

    @Test
    void anonymousCannotWrite() {
        given().contentType(ContentType.JSON).body(body("X")).when().post("/organizations").then().statusCode(401)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(body("X")).when().put("/organizations/" + EDITOR1_ORG)
                .then().statusCode(401);
    }

    @ParameterizedTest
    @ValueSource(strings = {"resident1", "linkworker1", "editor1", "commissioner1"})
    void onlyCoordinatorsAddOrganisations(String user) {
        given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON).body(body("Not allowed"))
                .when().post("/organizations").then().statusCode(403).contentType("application/problem+json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"resident1", "linkworker1", "commissioner1"})
    void rolesThatDoNotEditListingsGet403OnUpdate(String user) {
        given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON).body(body("Not allowed"))
                .when().put("/organizations/" + EDITOR1_ORG).then().statusCode(403);
    }

    @Test
    void editorUpdatesOwnOrganisationButNotAnother() {
        TestData.ensureOrganisation(EDITOR1_ORG, "Riverside Walking Friends");
        TestData.ensureOrganisation(EDITOR2_ORG, "Northgate Money Advice");
        given().auth().oauth2(Tokens.of("editor1")).contentType(ContentType.JSON)
                .body(body("Riverside Walking Friends (renamed)"))
                .when().put("/organizations/" + EDITOR1_ORG).then().statusCode(200)
                .body("name", equalTo("Riverside Walking Friends (renamed)"));
        given().auth().oauth2(Tokens.of("editor1")).contentType(ContentType.JSON).body(body("Hijacked"))
                .when().put("/organizations/" + EDITOR2_ORG).then().statusCode(403)
                .contentType("application/problem+json");
        given().when().get("/organizations/" + EDITOR2_ORG).then().statusCode(200)
                .body("name", equalTo("Northgate Money Advice"));
    }

    @Test
    void coordinatorUpdatesAnyOrganisation() {
        TestData.ensureOrganisation(EDITOR2_ORG, "Northgate Money Advice");
        given().auth().oauth2(Tokens.of("coordinator1")).contentType(ContentType.JSON)
                .body(body("Northgate Money Advice"))
                .when().put("/organizations/" + EDITOR2_ORG).then().statusCode(200);
    }

    @Test
    void unknownOrganisationIs404() {
        given().when().get("/organizations/7d5e1c9a-0000-4000-8000-000000000042").then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.of("coordinator1")).contentType(ContentType.JSON).body(body("X"))
                .when().put("/organizations/7d5e1c9a-0000-4000-8000-000000000042").then().statusCode(404);
    }
}
