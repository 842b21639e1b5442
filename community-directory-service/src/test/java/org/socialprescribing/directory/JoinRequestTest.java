package org.socialprescribing.directory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.socialprescribing.directory.client.KeycloakEditorAccounts;
import org.socialprescribing.directory.config.AccountsConfig;
import org.socialprescribing.testsupport.Tokens;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Joining: a charity asks (a new organisation or a listed one), stays unpublished until a coordinator verifies it,
 * and verification makes the requester its charity-editor in the real Keycloak (their next token carries the role
 * and the organisation). Access for anonymous, each role, the requester and someone else.
 */
@QuarkusTest
@WithTestResource(DirectoryTestResource.class)
class JoinRequestTest {

    @Inject
    AccountsConfig accountsConfig;

    @Inject
    ObjectMapper json;

    static Map<String, Object> newOrganisation(String name) {
        return Map.of("organization", Map.of("name", name, "description", "We mend things together",
                "email", "hello@repair.example", "website", "https://repair.example"), "message",
                "I coordinate the volunteers.");
    }

    static String ask(String user, Object body) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON).body(body).when()
                .post("/join_requests").then().statusCode(201).body("status", equalTo("pending"))
                .body("requester_username", equalTo(user)).extract().path("id");
    }

    static JsonNode claims(String token) throws Exception {
        return new ObjectMapper().readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
    }

    @Test
    void aCharityAsksACoordinatorVerifiesAndTheRequesterBecomesItsEditor() throws Exception {
        String id = ask("applicant1", newOrganisation("Hilltop Repair Cafe"));
        String org = given().auth().oauth2(Tokens.of("applicant1")).when().get("/join_requests/" + id).then()
                .statusCode(200).body("new_organization", equalTo(true))
                .body("message", equalTo("I coordinate the volunteers.")).extract().path("organization.id");
        // Unpublished until verified; the requester is not its editor yet.
        given().when().get("/organizations/" + org).then().statusCode(404);
        given().auth().oauth2(Tokens.of("applicant1")).contentType(ContentType.JSON)
                .body(Map.of("organization_id", org, "name", "Repair cafe")).when().post("/listings").then()
                .statusCode(403);
        // Others do not see it; the coordinator's queue does.
        given().auth().oauth2(Tokens.of("resident1")).when().get("/join_requests/" + id).then().statusCode(403);
        given().auth().oauth2(Tokens.of("resident1")).when().get("/join_requests").then().statusCode(200)
                .body("id", not(hasItem(id)));
        given().auth().oauth2(Tokens.of("applicant1")).when().get("/join_requests").then().body("id", hasItem(id));
        given().auth().oauth2(Tokens.of("coordinator1")).queryParam("status", "pending").when().get("/join_requests")
                .then().statusCode(200).body("id", hasItem(id));
        for (String user : new String[]{"applicant1", "editor1", "resident1", "linkworker1", "commissioner1"}) {
            given().auth().oauth2(Tokens.of(user)).when().post("/join_requests/" + id + "/approve").then()
                    .statusCode(403);
        }

        given().auth().oauth2(Tokens.of("coordinator1")).when().post("/join_requests/" + id + "/approve").then()
                .statusCode(200).body("status", equalTo("approved")).body("decided_by", equalTo("coordinator1"));
        given().when().get("/organizations/" + org).then().statusCode(200).body("name", equalTo("Hilltop Repair Cafe"));
        String token = Tokens.fresh("applicant1");
        JsonNode claims = claims(token);
        assertTrue(claims.path("realm_access").path("roles").toString().contains("\"charity-editor\""),
                claims.toString());
        assertTrue(claims.path("organisation_ids").toString().contains(org), claims.toString());
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("organization_id", org, "name", "Saturday repair cafe")).when().post("/listings").then()
                .statusCode(201);
        // Decided once only.
        given().auth().oauth2(Tokens.of("coordinator1")).when().post("/join_requests/" + id + "/approve").then()
                .statusCode(409);
        given().auth().oauth2(Tokens.of("coordinator1")).contentType(ContentType.JSON)
                .body(Map.of("reason", "Changed my mind")).when().post("/join_requests/" + id + "/reject").then()
                .statusCode(409);
    }

    @Test
    void askingToEditAListedOrganisationAndBeingTurnedDown() {
        ListingTest.ensureOrganisations();
        String id = ask("resident2", Map.of("organization_id", OrganizationAccessTest.EDITOR2_ORG));
        given().auth().oauth2(Tokens.of("resident2")).contentType(ContentType.JSON)
                .body(Map.of("organization_id", OrganizationAccessTest.EDITOR2_ORG)).when().post("/join_requests")
                .then().statusCode(409);
        given().auth().oauth2(Tokens.of("coordinator1")).contentType(ContentType.JSON).body(Map.of("reason", " "))
                .when().post("/join_requests/" + id + "/reject").then().statusCode(422)
                .body("violations.field", hasItem("reason"));
        given().auth().oauth2(Tokens.of("editor2")).contentType(ContentType.JSON).body(Map.of("reason", "No"))
                .when().post("/join_requests/" + id + "/reject").then().statusCode(403);
        given().auth().oauth2(Tokens.of("coordinator1")).contentType(ContentType.JSON)
                .body(Map.of("reason", "The charity's trustees did not confirm you.")).when()
                .post("/join_requests/" + id + "/reject").then().statusCode(200).body("status", equalTo("rejected"));
        given().auth().oauth2(Tokens.of("resident2")).when().get("/join_requests/" + id).then().statusCode(200)
                .body("decision_reason", equalTo("The charity's trustees did not confirm you."))
                .body("new_organization", equalTo(false));
        given().when().get("/organizations/" + OrganizationAccessTest.EDITOR2_ORG).then().statusCode(200);
    }

    @Test
    void aTurnedDownOrganisationsNameCanBeAskedForAgain() {
        String first = ask("applicant1", newOrganisation("Quayside Knitters"));
        given().auth().oauth2(Tokens.of("resident1")).contentType(ContentType.JSON)
                .body(newOrganisation("The Quayside Knitters")).when().post("/join_requests").then().statusCode(409)
                .body("detail", containsString("decide soon"));
        given().auth().oauth2(Tokens.of("coordinator1")).contentType(ContentType.JSON)
                .body(Map.of("reason", "We could not reach the group.")).when()
                .post("/join_requests/" + first + "/reject").then().statusCode(200);
        ask("resident1", newOrganisation("The Quayside Knitters"));
        // A coordinator's own requests only, when asked for.
        given().auth().oauth2(Tokens.of("coordinator1")).queryParam("mine", "true").when().get("/join_requests")
                .then().statusCode(200).body("id", not(hasItem(first)));
    }

    @Test
    void whenKeycloakCannotBeReachedNothingChanges() {
        String id = ask("applicant1", newOrganisation("Lowfield Tool Library"));
        // The real client, pointed at a Keycloak that is not there (nothing listens on port 1).
        QuarkusMock.installMockForType(
                new KeycloakEditorAccounts(accountsConfig, "http://127.0.0.1:1/realms/social-prescribing", json),
                KeycloakEditorAccounts.class);
        given().auth().oauth2(Tokens.of("coordinator1")).when().post("/join_requests/" + id + "/approve").then()
                .statusCode(503).contentType("application/problem+json")
                .body("type", equalTo("urn:social-prescribing:problem:service-unavailable"));
        String org = given().auth().oauth2(Tokens.of("coordinator1")).when().get("/join_requests/" + id).then()
                .body("status", equalTo("pending")).extract().path("organization.id");
        given().when().get("/organizations/" + org).then().statusCode(404);
    }

    @Test
    void badRequestsAre4xxAndStoreNothing() {
        ListingTest.ensureOrganisations();
        given().auth().oauth2(Tokens.of("applicant1")).contentType(ContentType.JSON)
                .body(newOrganisation("The Riverside Walking Friends Ltd")).when().post("/join_requests").then()
                .statusCode(409).body("detail", containsString("organization_id"));
        given().auth().oauth2(Tokens.of("applicant1")).contentType(ContentType.JSON)
                .body(Map.of("organization_id", OrganizationAccessTest.EDITOR1_ORG, "organization",
                        Map.of("name", "Both")))
                .when().post("/join_requests").then().statusCode(422);
        given().auth().oauth2(Tokens.of("applicant1")).contentType(ContentType.JSON).body(Map.of("message", "hi"))
                .when().post("/join_requests").then().statusCode(422);
        given().auth().oauth2(Tokens.of("applicant1")).contentType(ContentType.JSON)
                .body(Map.of("organization", Map.of("description", "no name"))).when().post("/join_requests").then()
                .statusCode(422).body("violations.field", hasItem("organization.name"));
        given().auth().oauth2(Tokens.of("applicant1")).contentType(ContentType.JSON)
                .body(Map.of("organization_id", "00000000-0000-4000-8000-000000000000")).when()
                .post("/join_requests").then().statusCode(422).body("violations.field", hasItem("organization_id"));
        given().auth().oauth2(Tokens.of("applicant1")).contentType(ContentType.JSON).body("{\"organization\": [")
                .when().post("/join_requests").then().statusCode(400);
        given().auth().oauth2(Tokens.of("coordinator1")).queryParam("status", "maybe").when().get("/join_requests")
                .then().statusCode(400);
        given().auth().oauth2(Tokens.of("coordinator1")).when()
                .post("/join_requests/00000000-0000-4000-8000-000000000000/approve").then().statusCode(404);
        given().auth().oauth2(Tokens.of("coordinator1")).queryParam("status", "pending").when().get("/join_requests")
                .then().body("organization.name", not(hasItem("Both")));
    }

    @Test
    void anonymousAndPartnerSystemsCannotAsk() {
        given().contentType(ContentType.JSON).body(newOrganisation("Anon Cafe")).when().post("/join_requests")
                .then().statusCode(401).contentType("application/problem+json");
        given().when().get("/join_requests").then().statusCode(401);
        given().when().get("/join_requests/00000000-0000-4000-8000-000000000000").then().statusCode(401);
        given().when().post("/join_requests/00000000-0000-4000-8000-000000000000/approve").then().statusCode(401);
        given().auth().oauth2(Tokens.partnerSystem()).contentType(ContentType.JSON)
                .body(newOrganisation("Partner Cafe")).when().post("/join_requests").then().statusCode(403);
    }
}
