package org.socialprescribing.directory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialprescribing.testsupport.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Bad input gets a clear problem+json 4xx and leaves the stored organisation as it was. */
@QuarkusTest
@WithTestResource(DirectoryTestResource.class)
class OrganizationBadInputTest {

    private static final String ORG = OrganizationAccessTest.EDITOR1_ORG;

    private static ValidatableResponse put(String body) {
        return given().auth().oauth2(Tokens.of("editor1")).contentType(ContentType.JSON).body(body)
                .when().put("/organizations/" + ORG).then().contentType("application/problem+json");
    }

    private static void assertUnchanged() {
        given().when().get("/organizations/" + ORG).then().statusCode(200)
                .body("name", equalTo("Riverside Walking Friends")).body("email", equalTo("walks@example.org"));
    }

    @BeforeEach
    void storeKnownState() {
        TestData.ensureOrganisation(ORG, "Riverside Walking Friends");
        given().auth().oauth2(Tokens.of("coordinator1")).contentType(ContentType.JSON)
                .body("{\"name\": \"Riverside Walking Friends\", \"email\": \"walks@example.org\"}")
                .when().put("/organizations/" + ORG).then().statusCode(200);
    }

    @Test
    void malformedJsonIs400() {
        put("{\"name\": ").statusCode(400).body("type", equalTo("urn:social-prescribing:problem:malformed-request"));
        assertUnchanged();
    }

    @Test
    void wrongTypeIs400NamingTheField() {
        put("{\"name\": [\"a\", \"b\"]}").statusCode(400).body("violations.field", hasItem("name"));
        assertUnchanged();
    }

    @Test
    void invalidAndMissingFieldsAre422ListingEachField() {
        put("{\"email\": \"not an email\", \"website\": \"ftp://x\"}").statusCode(422)
                .body("violations.field", hasItems("name", "email", "website"));
        assertUnchanged();
    }

    @Test
    void badIdAndUnknownPathAre404() {
        given().when().get("/organizations/not-a-uuid").then().statusCode(404)
                .contentType("application/problem+json");
        given().when().get("/services-that-do-not-exist").then().statusCode(404)
                .contentType("application/problem+json");
        assertUnchanged();
    }
}
