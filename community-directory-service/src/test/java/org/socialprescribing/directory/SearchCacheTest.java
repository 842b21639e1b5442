package org.socialprescribing.directory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.socialprescribing.testsupport.Tokens;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Public search answers are kept for the same search asked again, and a committed change to the directory shows in
 * them at once: a listing's edit and pause, an organisation's new name, a new listing's words to a misspelt search
 * (a feed's pull: FeedImportTest).
 */
@QuarkusTest
@WithTestResource(DirectoryTestResource.class)
class SearchCacheTest {

    @Inject
    MeterRegistry metrics;

    /** Searches answered from kept answers so far. */
    double kept() {
        return gets("hit");
    }

    /** Searches that looked for a kept answer and found none so far. */
    double missed() {
        return gets("miss");
    }

    double gets(String result) {
        return gets("directory-search-answers", result);
    }

    double gets(String cache, String result) {
        return metrics.get("cache.gets").tag("cache", cache).tag("result", result).functionCounter().count();
    }

    static String search(String words) {
        return given().queryParam("search", words).when().get("/services").then().statusCode(200)
                .contentType(ContentType.JSON).extract().asString();
    }

    @Test
    void theSameSearchAgainGetsTheKeptAnswerAndEachRouteKeepsItsOwn() {
        ListingTest.create("editor1", ListingTest.EDITOR1_ORG, "Quillwort Walk").then().statusCode(201);
        double before = kept();
        String first = search("quillwort");
        assertEquals(before, kept(), "the first asking computes the answer");
        assertEquals(first, search("quillwort"));
        assertEquals(before + 1, kept());
        given().queryParam("search", "quillwort").when().get("/service_at_locations").then().statusCode(200)
                .body("total_items", equalTo(0)); // no place given: services at locations are another answer
        given().queryParam("search", "quillwort").queryParam("full", "true").when().get("/services").then()
                .statusCode(200).body("contents[0].name", equalTo("Quillwort Walk"))
                .body("contents[0].organization.name", equalTo("Riverside Walking Friends"));
        assertEquals(before + 1, kept(), "another route or level of detail is another answer");
    }

    @Test
    void anEditorsChangeShowsAtOnceInAKeptAnswer() {
        String id = ListingTest.create("editor1", ListingTest.EDITOR1_ORG, "Hornwort Walk").then().statusCode(201)
                .extract().path("id");
        given().queryParam("search", "hornwort").when().get("/services").then()
                .body("contents.name", hasItem("Hornwort Walk"));
        double before = kept();
        given().queryParam("search", "hornwort").when().get("/services").then()
                .body("contents.name", hasItem("Hornwort Walk"));
        assertEquals(before + 1, kept(), "the answer was kept before the change");
        double cleared = metrics.counter("directory.search-answers.cleared", "cause", "listing").count();
        given().auth().oauth2(Tokens.of("editor1")).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(ListingTest.listing(ListingTest.EDITOR1_ORG, "Hornwort Walk by the Weir")).when()
                .put("/listings/" + id).then().statusCode(200);
        assertEquals(cleared + 1, metrics.counter("directory.search-answers.cleared", "cause", "listing").count(),
                "the change is counted as the reason the answers went");
        given().queryParam("search", "hornwort").when().get("/services").then()
                .body("contents.name", hasItem("Hornwort Walk by the Weir"))
                .body("contents.name", not(hasItem("Hornwort Walk")));

        given().auth().oauth2(Tokens.of("editor1")).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(ListingTest.listing(ListingTest.EDITOR1_ORG, "Hornwort Walk by the Weir")
                        .replace("\"minimum_age\"", "\"status\": \"defunct\", \"minimum_age\""))
                .when().put("/listings/" + id).then().statusCode(200);
        given().queryParam("search", "hornwort").when().get("/services").then().body("total_items", equalTo(0));
    }

    @Test
    void aPlaceMovedUnderTheSameNameShowsAtOnceInAKeptAnswer() {
        String id = ListingTest.create("editor1", ListingTest.EDITOR1_ORG, "Pillwort Walk").then().statusCode(201)
                .extract().path("id");
        ListingTest.place("editor1", id, 0);
        nearTheHut().when().get("/service_at_locations").then().body("total_items", equalTo(1));
        double before = kept();
        nearTheHut().when().get("/service_at_locations").then().body("total_items", equalTo(1));
        assertEquals(before + 1, kept(), "the answer was kept before the change");

        // The same hut and sessions, 200 km north: the history's summary of the places does not change.
        given().auth().oauth2(Tokens.of("editor1")).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(ListingTest.PLACES.replace("\"latitude\": 52.95", "\"latitude\": 54.75")).when()
                .put("/listings/" + id + "/places").then().statusCode(200);
        nearTheHut().when().get("/service_at_locations").then().body("total_items", equalTo(0));
    }

    static io.restassured.specification.RequestSpecification nearTheHut() {
        return given().queryParam("search", "pillwort").queryParam("lat", "52.95").queryParam("lon", "-1.15")
                .queryParam("proximity", "5000");
    }

    @Test
    void aWriteThatIsRefusedKeepsTheAnswers() {
        String id = ListingTest.create("editor1", ListingTest.EDITOR1_ORG, "Bladderwort Walk").then()
                .statusCode(201).extract().path("id");
        String answer = search("bladderwort");
        given().auth().oauth2(Tokens.of("editor1")).header("If-Match", "\"7\"").contentType(ContentType.JSON)
                .body(ListingTest.listing(ListingTest.EDITOR1_ORG, "Bladderwort Walk, renamed")).when()
                .put("/listings/" + id).then().statusCode(412);
        double before = kept();
        assertEquals(answer, search("bladderwort"));
        assertEquals(before + 1, kept(), "nothing changed, so the kept answer is still true");
    }

    @Test
    void anOrganisationsNewNameShowsAtOnceInAKeptAnswer() {
        ListingTest.create("editor1", ListingTest.EDITOR1_ORG, "Moonwort Walk").then().statusCode(201);
        given().queryParam("search", "moonwort").when().get("/services").then()
                .body("contents[0].organization.name", equalTo("Riverside Walking Friends"));
        double before = kept();
        search("moonwort");
        assertEquals(before + 1, kept(), "the answer was kept before the change");
        try {
            given().auth().oauth2(Tokens.of("editor1")).contentType(ContentType.JSON)
                    .body(OrganizationAccessTest.body("Riverside Walking Friends and Ramblers")).when()
                    .put("/organizations/" + ListingTest.EDITOR1_ORG).then().statusCode(200);
            given().queryParam("search", "moonwort").when().get("/services").then()
                    .body("contents[0].organization.name", equalTo("Riverside Walking Friends and Ramblers"));
        } finally {
            given().auth().oauth2(Tokens.of("editor1")).contentType(ContentType.JSON)
                    .body(OrganizationAccessTest.body("Riverside Walking Friends")).when()
                    .put("/organizations/" + ListingTest.EDITOR1_ORG).then().statusCode(200);
        }
    }

    @Test
    void aKeptSpellingCorrectionGivesWayToANewListingsWordsAtOnce() {
        given().queryParam("search", "sneezewrt").when().get("/services").then().body("total_items", equalTo(0));
        double before = gets("directory-spelling-corrections", "hit");
        given().queryParam("search", "sneezewrt").when().get("/service_at_locations").then()
                .body("total_items", equalTo(0));
        assertEquals(before + 1, gets("directory-spelling-corrections", "hit"),
                "another route's search with the same words reuses their correction (there was none)");

        ListingTest.create("editor1", ListingTest.EDITOR1_ORG, "Sneezewort Walk").then().statusCode(201);
        given().queryParam("search", "sneezewrt").when().get("/services").then()
                .body("contents.name", hasItem("Sneezewort Walk"));
    }

    @Test
    void openNowSearchesAreNotKept() {
        double before = kept() + missed();
        given().queryParam("search", "walk").queryParam("open_now", "true").when().get("/services").then()
                .statusCode(200);
        given().queryParam("search", "walk").queryParam("open_now", "true").when().get("/services").then()
                .statusCode(200);
        assertEquals(before, kept() + missed(), "the time is part of an open-now search: not looked for, not kept");
    }
}
