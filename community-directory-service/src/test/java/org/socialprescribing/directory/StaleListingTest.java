package org.socialprescribing.directory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.socialprescribing.testsupport.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Stale listings (not reviewed for six months, the default) over the demo directory, and "still accurate". */
@QuarkusTest
@TestProfile(DemoDataProfile.class)
@WithTestResource(DirectoryTestResource.class)
class StaleListingTest {

    @Test
    void coordinatorsSeeEveryStaleListingAndStillAccurateTakesOneOff() {
        LocalDate sixMonthsAgo = LocalDate.now(ZoneId.of("Europe/London")).minusMonths(6);
        var stale = given().auth().oauth2(Tokens.of("coordinator1")).queryParam("stale", true)
                .queryParam("per_page", 100).when().get("/listings").then().statusCode(200)
                .body("stale", everyItem(equalTo(true))).extract().jsonPath();
        List<String> ids = stale.getList("id");
        assertFalse(ids.isEmpty(), "the demo directory has overdue listings");
        stale.<String>getList("assured_date")
                .forEach(date -> assertTrue(LocalDate.parse(date).isBefore(sixMonthsAgo), date));

        given().auth().oauth2(Tokens.of("coordinator1")).when().post("/listings/" + ids.get(0) + "/review").then()
                .statusCode(200).body("stale", equalTo(false));
        given().auth().oauth2(Tokens.of("coordinator1")).queryParam("stale", true).queryParam("per_page", 100)
                .when().get("/listings").then().statusCode(200).body("id", not(hasItem(ids.get(0))));
    }

    @Test
    void editorsSeeOnlyTheirOwnOrganisationsListings() {
        given().auth().oauth2(Tokens.of("editor1")).queryParam("per_page", 100).when().get("/listings").then()
                .statusCode(200).body("organization_id", everyItem(equalTo(OrganizationAccessTest.EDITOR1_ORG)))
                .body("name", hasItem("Tuesday Riverside Health Walk"));
        given().auth().oauth2(Tokens.of("editor1")).queryParam("stale", true).when().get("/listings").then()
                .statusCode(200).body("organization_id", everyItem(equalTo(OrganizationAccessTest.EDITOR1_ORG)));
    }
}
