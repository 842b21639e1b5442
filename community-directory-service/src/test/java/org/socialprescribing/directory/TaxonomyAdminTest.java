package org.socialprescribing.directory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.socialprescribing.testsupport.Tokens;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Coordinators manage the taxonomy; everyone else may only read it. A rename reaches search at once. */
@QuarkusTest
@WithTestResource(DirectoryTestResource.class)
class TaxonomyAdminTest {

    static String term(String name, String parentId) {
        return "{\"code\": \"t-" + name.hashCode() + "\", \"name\": \"" + name + "\", \"description\": \"About "
                + name + "\"" + (parentId == null ? "" : ", \"parent_id\": \"" + parentId + "\"") + "}";
    }

    static String create(String name, String parentId) {
        return given().auth().oauth2(Tokens.of("coordinator1")).contentType(ContentType.JSON)
                .body(term(name, parentId)).when().post("/taxonomy_terms").then().statusCode(201).extract()
                .path("id");
    }

    @Inject
    MeterRegistry metrics;

    /** How often a taxonomy change has dropped the kept search answers. */
    double answersClearedByTaxonomy() {
        return metrics.counter("directory.search-answers.cleared", "cause", "taxonomy").count();
    }

    @Test
    void coordinatorsAddAndMoveTermsAndReadsStayPublic() {
        double cleared = answersClearedByTaxonomy();
        String parent = create("Outdoor activities", null);
        String child = create("Wild swimming", parent);
        assertEquals(cleared, answersClearedByTaxonomy(), "new terms are on no listing: kept answers stay");
        given().when().get("/taxonomy_terms/" + child).then().statusCode(200).body("parent_id", equalTo(parent));
        given().queryParam("parent_id", parent).when().get("/taxonomy_terms").then().statusCode(200)
                .body("contents.name", hasItem("Wild swimming"));
        given().auth().oauth2(Tokens.of("coordinator1")).contentType(ContentType.JSON)
                .body(term("Open water swimming", parent)).when().put("/taxonomy_terms/" + child).then()
                .statusCode(200).body("name", equalTo("Open water swimming"));
        assertEquals(cleared + 1, answersClearedByTaxonomy(), "a changed term may be on listings: answers go");
    }

    @Test
    void aTermCannotMoveUnderItselfOrItsNarrowerTerms() {
        String top = create("Cycling", null);
        String below = create("Family cycling", top);
        given().auth().oauth2(Tokens.of("coordinator1")).contentType(ContentType.JSON).body(term("Cycling", below))
                .when().put("/taxonomy_terms/" + top).then().statusCode(422)
                .body("violations[0].field", equalTo("parent_id"));
        given().auth().oauth2(Tokens.of("coordinator1")).contentType(ContentType.JSON).body(term("Cycling", top))
                .when().put("/taxonomy_terms/" + top).then().statusCode(422);
        given().auth().oauth2(Tokens.of("coordinator1")).contentType(ContentType.JSON)
                .body(term("Orphan", "00000000-0000-4000-8000-000000000000")).when().post("/taxonomy_terms")
                .then().statusCode(422);
        given().when().get("/taxonomy_terms/" + top).then().body("parent_id", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void aRenamedTermIsFoundBySearchStraightAway() {
        String term = create("Tai chi", null);
        ListingTest.ensureOrganisations();
        String listing = given().auth().oauth2(Tokens.of("coordinator1")).contentType(ContentType.JSON)
                .body("{\"organization_id\": \"" + ListingTest.EDITOR1_ORG + "\", \"name\": \"Thursday Movement\","
                        + " \"taxonomy_term_ids\": [\"" + term + "\"]}")
                .when().post("/listings").then().statusCode(201).extract().path("id");
        ListingTest.place("coordinator1", listing, 0);
        assertFound("search", "qigong", listing, false);
        given().auth().oauth2(Tokens.of("coordinator1")).contentType(ContentType.JSON)
                .body("{\"name\": \"Tai chi and qigong\", \"description\": \"Slow flowing movement\"}").when()
                .put("/taxonomy_terms/" + term).then().statusCode(200);
        assertFound("search", "qigong", listing, true);
    }

    /**
     * Whether searching with this parameter finds the listing: among services, and among services at locations
     * within a kilometre of its place ({@link ListingTest#PLACES}), which test their own copies of the service's words
     * and categories (V18).
     */
    static void assertFound(String parameter, String value, String listing, boolean found) {
        org.hamcrest.Matcher<Iterable<? super String>> listed = found
                ? hasItem(listing)
                : org.hamcrest.Matchers.not(hasItem(listing));
        given().queryParam(parameter, value).when().get("/services").then().statusCode(200)
                .body("contents.id", listed);
        given().queryParam(parameter, value).queryParam("lat", 52.95).queryParam("lon", -1.15)
                .queryParam("proximity", 1000).when().get("/service_at_locations").then().statusCode(200)
                .body("contents.service_id", listed);
    }

    @Test
    void aListingsCategoriesFilterSearchAsTheyChange() {
        String parent = create("Gardening", null);
        String child = create("Community allotments", parent);
        ListingTest.ensureOrganisations();
        String listing = given().auth().oauth2(Tokens.of("coordinator1")).contentType(ContentType.JSON)
                .body(categorised("Plot Share", child)).when().post("/listings").then().statusCode(201).extract()
                .path("id");
        ListingTest.place("coordinator1", listing, 0);
        assertFound("taxonomy_term_id", parent, listing, true); // a broader term includes its narrower ones

        given().auth().oauth2(Tokens.of("coordinator1")).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(categorised("Plot Share", null)).when().put("/listings/" + listing).then().statusCode(200);
        assertFound("taxonomy_term_id", parent, listing, false);

        given().auth().oauth2(Tokens.of("coordinator1")).header("If-Match", "\"2\"").contentType(ContentType.JSON)
                .body(categorised("Plot Share", parent)).when().put("/listings/" + listing).then().statusCode(200);
        assertFound("taxonomy_term_id", parent, listing, true);
        assertFound("taxonomy_term_id", child, listing, false);
    }

    /** A listing of editor1's organisation in this category (none when null). */
    static String categorised(String name, String term) {
        return "{\"organization_id\": \"" + ListingTest.EDITOR1_ORG + "\", \"name\": \"" + name
                + "\", \"taxonomy_term_ids\": [" + (term == null ? "" : "\"" + term + "\"") + "]}";
    }

    @Test
    void onlyCoordinatorsWrite() {
        String body = term("Forbidden", null);
        given().contentType(ContentType.JSON).body(body).when().post("/taxonomy_terms").then().statusCode(401)
                .contentType("application/problem+json");
        for (String user : new String[]{"resident1", "linkworker1", "editor1", "commissioner1"}) {
            given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON).body(body).when()
                    .post("/taxonomy_terms").then().statusCode(403);
            given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON).body(body).when()
                    .put("/taxonomy_terms/00000000-0000-4000-8000-000000000000").then().statusCode(403);
        }
        given().auth().oauth2(Tokens.of("coordinator1")).contentType(ContentType.JSON).body(body).when()
                .put("/taxonomy_terms/00000000-0000-4000-8000-000000000000").then().statusCode(404);
        given().auth().oauth2(Tokens.of("coordinator1")).contentType(ContentType.JSON).body("{\"name\": \"\"}")
                .when().post("/taxonomy_terms").then().statusCode(422)
                .body("violations[0].field", equalTo("name"));
    }
}
