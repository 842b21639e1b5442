package org.socialprescribing.directory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.socialprescribing.testsupport.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

/**
 * Listings kept current: the access matrix (anonymous, every role, owning editor, other editor, coordinator), ETag
 * and If-Match (412 on a stale write, 428 without one), pausing, "still accurate", the change history and bad bodies
 * that change nothing.
 */
@QuarkusTest
@WithTestResource(DirectoryTestResource.class)
class ListingTest {

    static final String EDITOR1_ORG = OrganizationAccessTest.EDITOR1_ORG;
    static final String EDITOR2_ORG = OrganizationAccessTest.EDITOR2_ORG;

    static String listing(String organizationId, String name) {
        return """
                {"organization_id": "%s", "name": "%s", "description": "Gentle walks",
                 "minimum_age": 16, "delivery_modes": ["in_person"], "accepting_referrals": "open",
                 "capacity_available": 5, "capacity_maximum": 12}""".formatted(organizationId, name);
    }

    /** The organisations that editor1 and editor2 are bound to in the realm. */
    static void ensureOrganisations() {
        TestData.ensureOrganisation(EDITOR1_ORG, "Riverside Walking Friends");
        TestData.ensureOrganisation(EDITOR2_ORG, "Northgate Money Advice");
    }

    static Response create(String user, String organizationId, String name) {
        ensureOrganisations();
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON)
                .body(listing(organizationId, name)).when().post("/listings");
    }

    @Test
    void theOwningEditorCreatesReadsAndUpdatesWithETags() {
        Response created = create("editor1", EDITOR1_ORG, "Canal Walk");
        created.then().statusCode(201).header("ETag", "\"0\"").body("stale", equalTo(false))
                .body("assured_date", equalTo(LocalDate.now(ZoneId.of("Europe/London")).toString()));
        String id = created.path("id");
        given().auth().oauth2(Tokens.of("editor1")).when().get("/listings/" + id).then().statusCode(200)
                .header("ETag", "\"0\"").body("name", equalTo("Canal Walk"));

        given().auth().oauth2(Tokens.of("editor1")).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(listing(EDITOR1_ORG, "Canal Walk").replace("\"open\"", "\"waiting_list\"")
                        .replace("\"capacity_available\": 5", "\"capacity_available\": 0"))
                .when().put("/listings/" + id).then().statusCode(200).header("ETag", "\"1\"")
                .body("accepting_referrals", equalTo("waiting_list"));
        // The public record shows it straight away.
        given().when().get("/services/" + id).then().statusCode(200)
                .body("accepting_referrals", equalTo("waiting_list"))
                .body("service_capacity[0].available", equalTo(0));
    }

    @Test
    void aStaleWriteIs412AndChangesNothing() {
        String id = create("editor1", EDITOR1_ORG, "River Yoga").path("id");
        given().auth().oauth2(Tokens.of("coordinator1")).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(listing(EDITOR1_ORG, "River Yoga (coordinator)")).when().put("/listings/" + id).then()
                .statusCode(200);
        given().auth().oauth2(Tokens.of("editor1")).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(listing(EDITOR1_ORG, "River Yoga (editor)")).when().put("/listings/" + id).then()
                .statusCode(412).contentType("application/problem+json");
        given().auth().oauth2(Tokens.of("editor1")).contentType(ContentType.JSON)
                .body(listing(EDITOR1_ORG, "River Yoga (no version)")).when().put("/listings/" + id).then()
                .statusCode(428).contentType("application/problem+json");
        given().auth().oauth2(Tokens.of("editor1")).when().get("/listings/" + id).then()
                .body("name", equalTo("River Yoga (coordinator)")).header("ETag", "\"1\"");
        given().auth().oauth2(Tokens.of("editor1")).header("If-Match", "\"0\"").when()
                .post("/listings/" + id + "/review").then().statusCode(412);
        given().auth().oauth2(Tokens.of("editor1")).header("If-Match", "\"1\"").when()
                .post("/listings/" + id + "/review").then().statusCode(200).header("ETag", "\"2\"");
    }

    @Test
    void pausingHidesItFromSearchAndArchivingFromThePublic() {
        String id = create("editor1", EDITOR1_ORG, "Pausable Walk").path("id");
        given().auth().oauth2(Tokens.of("editor1")).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(listing(EDITOR1_ORG, "Pausable Walk").replace("\"minimum_age\"",
                        "\"status\": \"defunct\", \"minimum_age\""))
                .when().put("/listings/" + id).then().statusCode(200).body("status", equalTo("defunct"));
        given().when().get("/services/" + id).then().statusCode(404);
        given().auth().oauth2(Tokens.of("editor1")).when().get("/listings/" + id).then().statusCode(200);
    }

    @Test
    void stillAccurateAndTheHistoryRecordWhoChangedWhat() {
        String id = create("editor1", EDITOR1_ORG, "History Walk").path("id");
        given().auth().oauth2(Tokens.of("editor1")).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(listing(EDITOR1_ORG, "History Walk, renamed")).when().put("/listings/" + id).then()
                .statusCode(200);
        given().auth().oauth2(Tokens.of("editor1")).when().post("/listings/" + id + "/review").then()
                .statusCode(200).body("stale", equalTo(false));
        given().auth().oauth2(Tokens.of("coordinator1")).when().get("/listings/" + id + "/history").then()
                .statusCode(200).body("action", equalTo(java.util.List.of("reviewed", "updated", "created")))
                .body("[1].changed_by", equalTo("editor1"))
                .body("[1].changes.name.before", equalTo("History Walk"))
                .body("[1].changes.name.after", equalTo("History Walk, renamed"));
    }

    @Test
    void accessMatrix() {
        String id = create("editor1", EDITOR1_ORG, "Matrix Walk").path("id");
        String body = listing(EDITOR1_ORG, "Matrix Walk");
        // anonymous: 401 everywhere
        given().when().get("/listings").then().statusCode(401).contentType("application/problem+json");
        given().when().get("/listings/" + id).then().statusCode(401);
        given().contentType(ContentType.JSON).body(body).when().post("/listings").then().statusCode(401);
        given().header("If-Match", "\"0\"").contentType(ContentType.JSON).body(body).when().put("/listings/" + id)
                .then().statusCode(401);
        given().when().get("/listings/" + id + "/history").then().statusCode(401);
        // roles without listing rights: 403
        for (String user : new String[]{"resident1", "linkworker1", "commissioner1"}) {
            given().auth().oauth2(Tokens.of(user)).when().get("/listings").then().statusCode(403);
            given().auth().oauth2(Tokens.of(user)).when().get("/listings/" + id).then().statusCode(403);
            given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON).body(body).when()
                    .post("/listings").then().statusCode(403);
        }
        // another organisation's editor: 403 on everything of this listing, and cannot add to it
        given().auth().oauth2(Tokens.of("editor2")).when().get("/listings/" + id).then().statusCode(403);
        given().auth().oauth2(Tokens.of("editor2")).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(body).when().put("/listings/" + id).then().statusCode(403);
        given().auth().oauth2(Tokens.of("editor2")).when().post("/listings/" + id + "/review").then()
                .statusCode(403);
        given().auth().oauth2(Tokens.of("editor2")).when().get("/listings/" + id + "/history").then()
                .statusCode(403);
        given().auth().oauth2(Tokens.of("editor2")).contentType(ContentType.JSON).body(body).when()
                .post("/listings").then().statusCode(403);
        given().auth().oauth2(Tokens.of("editor2")).queryParam("organization_id", EDITOR1_ORG).when()
                .get("/listings").then().statusCode(403);
        given().auth().oauth2(Tokens.of("editor2")).queryParam("per_page", 100).when().get("/listings").then()
                .statusCode(200).body("id", not(hasItem(id)));
        // the owner sees their own; the coordinator sees and edits any
        given().auth().oauth2(Tokens.of("editor1")).queryParam("per_page", 100).when().get("/listings").then()
                .statusCode(200).body("id", hasItem(id)).body("organization_id", everyItem(equalTo(EDITOR1_ORG)));
        given().auth().oauth2(Tokens.of("coordinator1")).when().get("/listings/" + id).then().statusCode(200);
        given().auth().oauth2(Tokens.of("coordinator1")).contentType(ContentType.JSON)
                .body(listing(EDITOR2_ORG, "Coordinator's listing")).when().post("/listings").then()
                .statusCode(201);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"name\": \"\" | name",
            "\"status\": \"paused\" | status",
            "\"delivery_modes\": [\"teleport\"] | delivery_modes[0]",
            "\"eligibility_criteria\": [\"wizard\"] | eligibility_criteria[0]",
            "\"accepting_referrals\": \"maybe\" | accepting_referrals",
            "\"minimum_age\": 40, \"maximum_age\": 20 | maximum_age",
            "\"capacity_available\": 30 | capacity_available",
            "\"taxonomy_term_ids\": [\"00000000-0000-4000-8000-000000000000\"] | taxonomy_term_ids",
            "\"url\": \"javascript:alert(1)\" | url",
            "\"delivery_modes\": [null] | delivery_modes[0]",
            "\"eligibility_criteria\": [\"carer\", null] | eligibility_criteria[1]",
            "\"taxonomy_term_ids\": [null] | taxonomy_term_ids"})
    void badFieldsAre422AndChangeNothing(String field, String named) {
        String id = create("editor1", EDITOR1_ORG, "Validated Walk").path("id");
        String body = "{\"organization_id\": \"" + EDITOR1_ORG + "\", \"name\": \"Changed\", \"capacity_maximum\": 12, "
                + field + "}";
        body = body.replace("\"name\": \"Changed\", \"capacity_maximum\": 12, \"name\": \"\"",
                "\"capacity_maximum\": 12, \"name\": \"\"");
        given().auth().oauth2(Tokens.of("editor1")).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(body).when().put("/listings/" + id).then().statusCode(422)
                .contentType("application/problem+json").body("violations.field", hasItem(named));
        given().auth().oauth2(Tokens.of("editor1")).when().get("/listings/" + id).then()
                .body("name", equalTo("Validated Walk")).header("ETag", "\"0\"");
    }

    static final String PLACES = """
            {"places": [{"location": {"name": "Canal Basin Hut", "transportation": "Bus 7 to the basin",
                          "latitude": 52.95, "longitude": -1.15,
                          "address": {"address_1": "1 Wharf Road", "city": "Millbrook", "postal_code": "dm1 1ab"},
                          "accessibility": ["Step-free access"]},
                         "sessions": [{"freq": "WEEKLY", "byday": "TU", "opens_at": "10:00", "closes_at": "11:30"}]}],
             "sessions": [{"freq": "MONTHLY", "byday": "2MO", "opens_at": "18:00", "closes_at": "19:00"}]}""";

    @Test
    void editorsReplaceWhereAndWhenAndThePublicSeesIt() {
        String id = create("editor1", EDITOR1_ORG, "Placed Walk").path("id");
        place("editor1", id, 0).header("ETag", "\"1\"");
        String record = given().when().get("/services/" + id).then().statusCode(200)
                .body("service_at_locations[0].location.name", equalTo("Canal Basin Hut"))
                .body("service_at_locations[0].location.addresses[0].postal_code", equalTo("DM1 1AB"))
                .body("service_at_locations[0].schedules[0].description", equalTo("Every Tuesday, 10:00 to 11:30"))
                .body("schedules[0].description", equalTo("Second Monday of the month, 18:00 to 19:00"))
                .extract().asString();
        HsdsSchemas.assertConforms("service.json", record);
        given().queryParam("search", "Placed Walk").queryParam("lat", 52.95).queryParam("lon", -1.15)
                .queryParam("proximity", 100).when().get("/service_at_locations").then().statusCode(200)
                .body("contents.service.name", hasItem("Placed Walk"));
        given().auth().oauth2(Tokens.of("coordinator1")).when().get("/listings/" + id + "/history").then()
                .body("[0].changes.places.after", org.hamcrest.Matchers.containsString("Canal Basin Hut"));
        // Replacing again (now with no places) leaves none, and another organisation's editor may not.
        given().auth().oauth2(Tokens.of("editor2")).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body("{\"places\": []}").when().put("/listings/" + id + "/places").then().statusCode(403);
        given().auth().oauth2(Tokens.of("editor1")).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body("{\"places\": []}").when().put("/listings/" + id + "/places").then().statusCode(200);
        given().when().get("/services/" + id).then().body("service_at_locations", org.hamcrest.Matchers.empty());
    }

    /** Gives the listing {@link #PLACES} as {@code user}, at version {@code version}. */
    static ValidatableResponse place(String user, String id, int version) {
        return given().auth().oauth2(Tokens.of(user)).header("If-Match", "\"" + version + "\"")
                .contentType(ContentType.JSON).body(PLACES).when().put("/listings/" + id + "/places").then()
                .statusCode(200);
    }

    @Test
    void aRenamedListingIsFoundByItsNewNameAroundAPoint() {
        String id = create("editor1", EDITOR1_ORG, "Heron Hide Walk").path("id");
        place("editor1", id, 0);
        TaxonomyAdminTest.assertFound("search", "heron", id, true);
        given().auth().oauth2(Tokens.of("editor1")).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(listing(EDITOR1_ORG, "Kingfisher Bank Walk")).when().put("/listings/" + id).then()
                .statusCode(200);
        TaxonomyAdminTest.assertFound("search", "kingfisher", id, true);
        TaxonomyAdminTest.assertFound("search", "heron", id, false);
    }

    @Test
    void aListingWithAVeryLongDescriptionIsPlacedAndFoundAroundAPoint() {
        // 1 600 different words: more than a service at a location copies for the point's index (V18).
        StringBuilder words = new StringBuilder();
        for (int i = 0; words.length() < 9_990; i++) {
            words.append("zq").append((char) ('a' + i % 26)).append((char) ('a' + i / 26 % 26))
                    .append((char) ('a' + i / 676 % 26)).append(' ');
        }
        String body = listing(EDITOR1_ORG, "Long Story Walk").replace("Gentle walks", words.toString().trim());
        ensureOrganisations();
        String id = given().auth().oauth2(Tokens.of("editor1")).contentType(ContentType.JSON).body(body).when()
                .post("/listings").then().statusCode(201).extract().path("id");
        place("editor1", id, 0);
        TaxonomyAdminTest.assertFound("search", "zqkbc", id, true);
    }

    @Test
    void aLocationThatMovesTakesItsServicesAlongInSearch() {
        String id = create("editor1", EDITOR1_ORG, "Wandering Hut Walk").path("id");
        place("editor1", id, 0);
        String locationId = given().when().get("/services/" + id).then().statusCode(200).extract()
                .path("service_at_locations[0].location_id");
        // A data fix (no endpoint moves a location): the copy of its point on each service at it follows (V15).
        TestData.execute("UPDATE location SET latitude = 53.05 WHERE id = cast(?1 as uuid)", locationId);
        for (String path : List.of("/service_at_locations", "/services")) {
            given().queryParam("search", "Wandering Hut").queryParam("lat", 53.05).queryParam("lon", -1.15)
                    .queryParam("proximity", 100).when().get(path).then().statusCode(200)
                    .body("total_items", equalTo(1)).body("contents[0].distance", equalTo(0));
            given().queryParam("search", "Wandering Hut").queryParam("lat", 52.95).queryParam("lon", -1.15)
                    .queryParam("proximity", 5000).when().get(path).then().statusCode(200)
                    .body("total_items", equalTo(0));
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"byday\": \"TU\" | \"byday\": \"Tuesdays\" | places[0].sessions[0].byday",
            "\"closes_at\": \"11:30\" | \"closes_at\": \"09:00\" | places[0].sessions[0].closes_at",
            "\"postal_code\": \"dm1 1ab\" | \"postal_code\": \"12345\" | places[0].location.address.postal_code",
            "\"freq\": \"WEEKLY\" | \"freq\": \"DAILY\" | places[0].sessions[0].freq"})
    void badPlacesAre422AndChangeNothing(String from, String to, String named) {
        String id = create("editor1", EDITOR1_ORG, "Unplaced Walk").path("id");
        given().auth().oauth2(Tokens.of("editor1")).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(PLACES.replace(from, to)).when().put("/listings/" + id + "/places").then().statusCode(422)
                .contentType("application/problem+json").body("violations.field", hasItem(named));
        given().when().get("/services/" + id).then().body("service_at_locations", org.hamcrest.Matchers.empty());
        given().auth().oauth2(Tokens.of("editor1")).when().get("/listings/" + id).then().header("ETag", "\"0\"");
    }

    @Test
    void recentChangesAreAnEditorsOwnAndEveryoneForACoordinator() {
        String mine = create("editor1", EDITOR1_ORG, "Changelog Walk").path("id");
        String theirs = create("editor2", EDITOR2_ORG, "Changelog Advice").path("id");
        given().auth().oauth2(Tokens.of("editor1")).queryParam("per_page", 100).when().get("/listings/changes")
                .then().statusCode(200).body("service_id", hasItem(mine))
                .body("service_id", not(hasItem(theirs))).body("[0].changed_at", notNullValue());
        given().auth().oauth2(Tokens.of("coordinator1")).queryParam("per_page", 100).when().get("/listings/changes")
                .then().statusCode(200).body("service_id", hasItems(mine, theirs))
                .body("service_name", hasItems("Changelog Walk", "Changelog Advice"));
        given().auth().oauth2(Tokens.of("resident1")).when().get("/listings/changes").then().statusCode(403);
        given().when().get("/listings/changes").then().statusCode(401);
        given().auth().oauth2(Tokens.of("coordinator1")).queryParam("page", "0").when().get("/listings/changes")
                .then().statusCode(400);
    }

    @Test
    void malformedBodiesAre400() {
        String id = create("editor1", EDITOR1_ORG, "Malformed Walk").path("id");
        given().auth().oauth2(Tokens.of("editor1")).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body("{\"name\": ").when().put("/listings/" + id).then().statusCode(400);
        given().auth().oauth2(Tokens.of("editor1")).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body("{\"name\": \"X\", \"minimum_age\": \"old\"}").when().put("/listings/" + id).then()
                .statusCode(400);
        assertEquals("Malformed Walk", given().auth().oauth2(Tokens.of("editor1")).when().get("/listings/" + id)
                .path("name"));
    }
}
