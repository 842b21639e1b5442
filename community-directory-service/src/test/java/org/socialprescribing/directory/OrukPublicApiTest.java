package org.socialprescribing.directory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The Open Referral UK read API over the demo directory: shapes checked against the published schemas, paging,
 * search (typos, accents), taxonomy with descendants, ages, and bad parameters (400 naming the parameter).
 */
@QuarkusTest
@TestProfile(DemoDataProfile.class)
@WithTestResource(DirectoryTestResource.class)
class OrukPublicApiTest {

    /** Published services in the demo data: all but the one of the unverified organisation. */
    static final int PUBLIC_DEMO_SERVICES = 272;
    static final String TELEPHONE_BEFRIENDING = "5f451587-0bb0-53da-afc2-4a4dbd6c0a1e";
    static final String PHYSICAL_ACTIVITY = "019f3188-9719-5967-856b-e0cde1b38adc";
    static final String WALKING_GROUPS = "e47947c4-b08e-5210-8900-97f9a3315f44";
    static final String DEMO_TAXONOMY = "b1980142-3169-59c9-91aa-01ff822f0aee";
    /** Open Eligibility's ids are UUIDv5 of each term's code (src/taxonomy/generate_taxonomy_sql.py). */
    static final String OPEN_ELIGIBILITY = "1dffc6d5-c970-5e4d-980c-5343704d3a76";
    static final String CARE = "5cc5e83e-e6b7-5428-8376-0f3b41c4a64d";
    static final String SUPPORT_NETWORK = "d6977775-cd89-54b7-8c93-07e0d8f4770a";

    @Test
    void rootNamesTheProfile() {
        given().when().get("/").then().statusCode(200).body("version", equalTo("HSDS-UK-3.0"))
                .body("openapi_url", startsWith("http"));
    }

    @Test
    void theOpenApiDocumentDescribesEachSearchAnswer() {
        // Both searches write their answers as bytes (SearchAnswers), so their shape is declared, not inferred.
        for (String[] route : new String[][]{{"/services", "ServiceView"},
                {"/service_at_locations", "ServiceAtLocationView"}}) {
            String schema = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                    .extract().jsonPath().getString("paths.'" + route[0] + "'.get.responses.'200'.content."
                            + "'application/json'.schema");
            org.junit.jupiter.api.Assertions.assertTrue(
                    schema != null && schema.contains("Paged") && schema.contains(route[1]),
                    route[0] + ": " + schema);
        }
    }

    @Test
    void serviceListConformsToTheProfileAndPages() {
        String body = given().queryParam("per_page", 100).queryParam("page", 3).when().get("/services").then()
                .statusCode(200)
                .body("total_items", equalTo(PUBLIC_DEMO_SERVICES)).body("total_pages", equalTo(3))
                .body("page_number", equalTo(3)).body("size", equalTo(72)).body("first_page", equalTo(false))
                .body("last_page", equalTo(true)).body("empty", equalTo(false)).body("contents", hasSize(72))
                .extract().asString();
        HsdsSchemas.assertEachConforms("service_list.json", body);
    }

    @Test
    void organisationsAreListedByNameVerifiedOnly() {
        String body = given().queryParam("per_page", 100).when().get("/organizations").then().statusCode(200)
                .body("total_items", equalTo(58)).body("contents.name", hasItem("Northgate Money Advice"))
                .body("contents.name", not(hasItem("Eastfield Community Allotment"))).extract().asString();
        HsdsSchemas.assertEachConforms("organization_list.json", body);
        given().queryParam("search", "money ADV").when().get("/organizations").then().statusCode(200)
                .body("contents.name", hasItem("Northgate Money Advice"));
        given().queryParam("search", "%").when().get("/organizations").then().statusCode(200)
                .body("total_items", equalTo(0));
        given().queryParam("per_page", 0).when().get("/organizations").then().statusCode(400)
                .body("violations[0].field", equalTo("per_page"));
    }

    @Test
    void anyOriginMayReadAsTheProfileSays() {
        // "*" itself, not the caller's origin echoed back, and also to a caller that sends no Origin (the profile).
        for (String path : List.of("/", "/services", "/service_at_locations", "/taxonomies", "/taxonomy_terms",
                "/services/" + UUID.randomUUID(), "/services?per_page=0")) {
            given().header("Origin", "https://another-council.example").when().get(path).then()
                    .header("Access-Control-Allow-Origin", equalTo("*"));
            given().when().get(path).then().header("Access-Control-Allow-Origin", equalTo("*"));
        }
    }

    @Test
    void onlyThePublicReadsAllowAnotherOrigin() {
        given().header("Origin", "https://another-council.example").when().get("/listings").then().statusCode(401)
                .header("Access-Control-Allow-Origin", org.hamcrest.Matchers.nullValue());
        given().header("Origin", "https://another-council.example").when().get("/feeds").then().statusCode(401)
                .header("Access-Control-Allow-Origin", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void pageBeyondTheEndIsEmptyNotAnError() {
        given().queryParam("page", 99).when().get("/services").then().statusCode(200)
                .body("empty", equalTo(true)).body("contents", hasSize(0))
                .body("total_items", equalTo(PUBLIC_DEMO_SERVICES));
        // The count comes with the page; past the end it is counted on its own, and agrees.
        int walking = given().queryParam("search", "walking").when().get("/service_at_locations").then()
                .statusCode(200).extract().path("total_items");
        given().queryParam("search", "walking").queryParam("page", 99).when().get("/service_at_locations").then()
                .statusCode(200).body("contents", hasSize(0)).body("total_items", equalTo(walking));
        org.junit.jupiter.api.Assertions.assertTrue(walking > 0);
    }

    @Test
    void fullServiceConformsAndCarriesItsTaxonomy() {
        String body = given().when().get("/services/" + TELEPHONE_BEFRIENDING).then().statusCode(200)
                .body("name", equalTo("Telephone Befriending"))
                .body("organization.name", equalTo("Harbour Befriending Service"))
                .body("attributes.taxonomy_term.name", hasItem("Befriending"))
                .extract().asString();
        HsdsSchemas.assertConforms("service.json", body);
    }

    @Test
    void servicesOfUnverifiedOrganisationsAreNotPublic() {
        given().queryParam("search", "gardening").when().get("/services").then().statusCode(200)
                .body("contents.name", not(hasItem("Community Gardening Sessions")));
        given().when().get("/services/7d5e1c9a-0000-4000-8000-000000000077").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @ParameterizedTest
    @CsvSource({
            "befriendng, Befriending",
            "debt, Debt",
            "cafe creme, Café Crème Conversation Club",
            "walking football, Walking Football for Over-50s",
            "choir, Community Choir"})
    void searchFindsByMeaningTyposAndAccents(String query, String expectedInTopResult) {
        List<String> names = given().queryParam("search", query).when().get("/services").then().statusCode(200)
                .extract().jsonPath().getList("contents.name");
        org.junit.jupiter.api.Assertions.assertFalse(names.isEmpty(), "no result for " + query);
        org.junit.jupiter.api.Assertions.assertTrue(names.get(0).contains(expectedInTopResult),
                query + " -> " + names);
    }

    @Test
    void aParentTermIncludesItsDescendants() {
        given().queryParam("taxonomy_term_id", PHYSICAL_ACTIVITY).queryParam("per_page", 100).when()
                .get("/services").then().statusCode(200)
                .body("contents.name", hasItems("Tuesday Riverside Health Walk", "Chair-Based Exercise"))
                .body("contents.name", not(hasItem("Debt Advice Drop-in")));
        given().queryParam("taxonomy_term_id", WALKING_GROUPS).when().get("/services").then().statusCode(200)
                .body("contents.name", not(hasItem("Chair-Based Exercise")));
    }

    @Test
    void agesSelectServicesWhoseRangeFitsThePerson() {
        given().queryParam("minimum_age", 10).queryParam("maximum_age", 12).queryParam("per_page", 100).when()
                .get("/services").then().statusCode(200)
                .body("contents.name", hasItems("Young Carers Club", "Community Lunch"))
                .body("contents.name", not(hasItem("Debt Advice Drop-in")))
                .body("contents.minimum_age", everyItem(org.hamcrest.Matchers.anyOf(
                        org.hamcrest.Matchers.nullValue(), org.hamcrest.Matchers.lessThanOrEqualTo(12))));
    }

    @Test
    void taxonomiesAndTermsAreListed() {
        given().when().get("/taxonomies").then().statusCode(200).body("total_items", equalTo(2))
                .body("contents.name", hasItems("Demo community support categories",
                        "Open Eligibility (Human Services)"));
        given().queryParam("top_only", "true").queryParam("taxonomy_id", DEMO_TAXONOMY).queryParam("per_page", 100)
                .when().get("/taxonomy_terms").then()
                .statusCode(200).body("contents.name", hasItem("Physical activity"))
                .body("contents.name", not(hasItem("Walking groups")));
        given().queryParam("parent_id", PHYSICAL_ACTIVITY).when().get("/taxonomy_terms").then().statusCode(200)
                .body("contents.name", equalTo(List.of("Exercise classes", "Walking groups")));
        given().when().get("/taxonomy_terms/" + WALKING_GROUPS).then().statusCode(200)
                .body("parent_id", equalTo(PHYSICAL_ACTIVITY));
    }

    /** Open Eligibility is seeded for every deployment (migration V8): its tree, and the demo services filed in it. */
    @Test
    void theOpenEligibilityTaxonomyIsSeededAndUsed() {
        given().queryParam("top_only", "true").queryParam("taxonomy_id", OPEN_ELIGIBILITY).when()
                .get("/taxonomy_terms").then().statusCode(200).body("total_items", equalTo(11))
                .body("contents.name", hasItems("Care", "Education", "Emergency", "Food", "Goods", "Health",
                        "Housing", "Legal", "Money", "Transit", "Work"));
        given().queryParam("taxonomy_id", OPEN_ELIGIBILITY).queryParam("per_page", 1).when().get("/taxonomy_terms")
                .then().body("total_items", equalTo(327));
        String peerSupport = given().queryParam("parent_id", SUPPORT_NETWORK).when().get("/taxonomy_terms").then()
                .statusCode(200).body("contents.code", hasItem("care/support-network/peer-support")).extract()
                .path("contents.find { it.name == 'Peer Support' }.id");
        given().when().get("/taxonomies/" + OPEN_ELIGIBILITY).then().statusCode(200).body("version", equalTo("1.05"))
                .body("description", containsString("CC BY-SA 3.0"));
        // Demo services are filed under Open Eligibility too: a parent term finds its descendants' services.
        given().queryParam("taxonomy_term_id", peerSupport).when().get("/services").then().statusCode(200)
                .body("total_items", greaterThan(0));
        int care = given().queryParam("taxonomy_term_id", CARE).when().get("/services").then().statusCode(200)
                .extract().path("total_items");
        assertTrue(care > 100, "services under Care: " + care);
    }

    @Test
    void searchTextWithControlCharactersIs400NotA500() {
        given().queryParam("search", "walk\u0000ing").when().get("/services").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("search"));
    }

    @ParameterizedTest
    @CsvSource({
            "/services, per_page, 0",
            "/services, per_page, 101",
            "/services, per_page, lots",
            "/services, page, -1",
            "/services, taxonomy_term_id, walking",
            "/services, taxonomy_id, 12",
            "/services, minimum_age, old",
            "/services, maximum_age, 999",
            "/taxonomy_terms, top_only, maybe",
            "/taxonomy_terms, parent_id, x",
            "/taxonomies, page, 0"})
    void badParametersAre400NamingTheParameter(String path, String parameter, String value) {
        given().queryParam(parameter, value).when().get(path).then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:social-prescribing:problem:invalid-parameter"))
                .body("violations[0].field", equalTo(parameter));
    }
}
