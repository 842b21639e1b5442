package org.socialprescribing.portal;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Forms carry a CSRF token that must match the portal's cookie; a post without it (from another site) is refused with
 * a page that says what to do, and signing out is such a form, not a link. (A signed-in forged post is in
 * suite-tests' PortalJourneyTest, which has a real session.)
 */
@QuarkusTest
@WithTestResource(StandInApis.class)
class FormProtectionTest {

    @Test
    void aPageSetsAnHttpOnlyLaxTokenCookie() {
        String cookie = given().when().get("/").header("Set-Cookie");
        assertNotNull(cookie, "the token cookie");
        assertTrue(cookie.startsWith("csrf-token=") && cookie.toLowerCase(java.util.Locale.ROOT).contains("; httponly")
                && cookie.contains("SameSite=Lax"),
                cookie);
    }

    @Test
    void aForgedPostWithoutTheTokenIsRefusedInWords() {
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded").formParam("x", "y")
                .when().post("/sign-out").then().statusCode(400).contentType(startsWith("text/html"))
                .header("X-Frame-Options", "DENY")
                .body(allOf(containsString("This form could not be sent"), containsString("reload the page"),
                        not(containsString("Exception"))));
    }

    @Test
    void aPostWithSomeoneElsesTokenIsRefused() {
        String token = given().when().get("/").cookie("csrf-token");
        given().redirects().follow(false).cookie("csrf-token", token).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", "AAAAAAAAAAAAAAAAAAAAAA").when().post("/sign-out").then().statusCode(400)
                .body(containsString("This form could not be sent"));
    }

    @Test
    void signingOutIsAPostWithTheToken() {
        String token = given().when().get("/").cookie("csrf-token");
        Response response = given().redirects().follow(false).cookie("csrf-token", token)
                .contentType("application/x-www-form-urlencoded").formParam("csrf-token", token).when()
                .post("/sign-out");
        // Signed out already: straight back to the start page
        assertTrue(response.statusCode() == 303 && response.header("Location").endsWith("/"),
                response.statusCode() + " " + response.header("Location"));
        given().redirects().follow(false).when().get("/sign-out").then().statusCode(405);
    }
}
