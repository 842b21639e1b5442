package org.socialprescribing.directory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;
import org.socialprescribing.testsupport.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * A location is its organisation's. An editor places their listings at their own organisations' locations (by id)
 * or at new ones; another organisation's venue, with its address and accessibility notes, is refused by id and
 * nothing changes. A coordinator, who runs the whole directory, may share a venue between organisations.
 */
@QuarkusTest
@WithTestResource(DirectoryTestResource.class)
class LocationOwnershipTest {

    private static String atLocation(String locationId) {
        return """
                {"places": [{"location_id": "%s",
                  "sessions": [{"freq": "WEEKLY", "byday": "WE", "opens_at": "10:00", "closes_at": "11:00"}]}]}"""
                .formatted(locationId);
    }

    /** A listing of editor2's organisation, placed at a new location; returns that location's id. */
    private static String editor2sLocation() {
        String theirs = ListingTest.create("editor2", ListingTest.EDITOR2_ORG, "Advice Surgery Venue").path("id");
        ListingTest.place("editor2", theirs, 0).statusCode(200);
        return given().when().get("/services/" + theirs).then().statusCode(200).extract()
                .path("service_at_locations[0].location_id");
    }

    @Test
    void anEditorMayNotPlaceTheirListingAtAnotherOrganisationsLocation() {
        String location = editor2sLocation();
        String mine = ListingTest.create("editor1", ListingTest.EDITOR1_ORG, "Borrowed Hall Walk").path("id");

        given().auth().oauth2(Tokens.of("editor1")).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(atLocation(location)).when().put("/listings/" + mine + "/places").then().statusCode(422)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("places[0].location_id"))
                .body("violations[0].message", containsString("another organisation"));
        given().when().get("/services/" + mine).then().body("service_at_locations", empty());
        given().auth().oauth2(Tokens.of("editor1")).when().get("/listings/" + mine).then().header("ETag", "\"0\"");
    }

    @Test
    void anEditorPlacesAListingAtTheirOwnOrganisationsLocation() {
        String first = ListingTest.create("editor1", ListingTest.EDITOR1_ORG, "Own Hall Walk").path("id");
        ListingTest.place("editor1", first, 0).statusCode(200);
        String location = given().when().get("/services/" + first).then().extract()
                .path("service_at_locations[0].location_id");
        String second = ListingTest.create("editor1", ListingTest.EDITOR1_ORG, "Own Hall Stretch").path("id");

        given().auth().oauth2(Tokens.of("editor1")).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(atLocation(location)).when().put("/listings/" + second + "/places").then().statusCode(200);
        given().when().get("/services/" + second).then()
                .body("service_at_locations[0].location_id", equalTo(location));
    }

    @Test
    void aCoordinatorMayShareAVenueBetweenOrganisations() {
        String location = editor2sLocation();
        String walk = ListingTest.create("editor1", ListingTest.EDITOR1_ORG, "Shared Venue Walk").path("id");

        given().auth().oauth2(Tokens.of("coordinator1")).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(atLocation(location)).when().put("/listings/" + walk + "/places").then().statusCode(200);
        given().when().get("/services/" + walk).then()
                .body("service_at_locations[0].location_id", equalTo(location));
        // Its editor saves the places again (new session times) and keeps the venue the coordinator shared.
        given().auth().oauth2(Tokens.of("editor1")).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(atLocation(location).replace("\"WE\"", "\"TH\"")).when().put("/listings/" + walk + "/places")
                .then().statusCode(200);
        given().when().get("/services/" + walk).then()
                .body("service_at_locations[0].location_id", equalTo(location));
    }
}
