package org.socialprescribing.portal;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The portal's pages without a browser: the start page, the sign-in redirect to the real Keycloak (with PKCE), GOV.UK
 * Frontend's files, and error pages. The signed-in journey runs in a real browser in suite-tests.
 */
@QuarkusTest
@WithTestResource(PortalTestResource.class)
class PageResourceTest {

    @Test
    void startPageUsesTheGovukTemplate() {
        given().when().get("/").then().statusCode(200).contentType(containsString("text/html"))
                .body(allOf(containsString("govuk-skip-link"), containsString("govuk-header"),
                        containsString("govuk-phase-banner"), containsString("govuk-footer"),
                        containsString("href=\"/sign-in\"")));
    }

    @Test
    void protectedPagesRedirectToKeycloakWithPkce() {
        given().redirects().follow(false).when().get("/my/goals").then().statusCode(302)
                .header("Location", allOf(containsString("/realms/social-prescribing/protocol/openid-connect/auth"),
                        containsString("client_id=web-portal"), containsString("code_challenge_method=S256")));
    }

    @Test
    void theListingsDashboardAndItsFormsNeedASignIn() {
        given().redirects().follow(false).when().get("/my/listings").then().statusCode(302)
                .header("Location", containsString("/realms/social-prescribing/protocol/openid-connect/auth"));
        given().redirects().follow(false).when().post("/my/listings/" + java.util.UUID.randomUUID() + "/review")
                .then().statusCode(org.hamcrest.Matchers.oneOf(302, 401));
    }

    @Test
    void editingJoiningVerifyingAndFeedsNeedASignIn() {
        String id = java.util.UUID.randomUUID().toString();
        for (String path : new String[]{"/my/listings/" + id + "/edit", "/my/listings/" + id + "/history", "/join",
                "/join/name", "/join/check",
                "/coordinator/join-requests", "/coordinator/join-requests/" + id, "/my/changes", "/coordinator/feeds",
                "/coordinator/feeds/" + id}) {
            given().redirects().follow(false).when().get(path).then().statusCode(302)
                    .header("Location", containsString("/realms/social-prescribing/protocol/openid-connect/auth"));
        }
        for (String path : new String[]{"/my/listings/" + id + "/edit", "/join/name", "/join/check",
                "/coordinator/join-requests/" + id + "/approve", "/coordinator/join-requests/" + id + "/reject",
                "/coordinator/feeds", "/coordinator/feeds/" + id + "/pull"}) {
            given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                    .formParam("name", "x").when().post(path).then()
                    .statusCode(org.hamcrest.Matchers.oneOf(302, 401));
        }
    }

    @Test
    void govukFrontendIsServed() {
        given().when().get("/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.css").then()
                .statusCode(200);
        given().when().get("/assets/manifest.json").then().statusCode(200);
        given().when().get("/assets/../../../application.properties").then().statusCode(404);
    }

    @Test
    void searchPageWorksWithoutTheDirectoryAndSaysSo() {
        given().queryParam("search", "walking").when().get("/services").then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(allOf(containsString("name=\"search\""), containsString("value=\"walking\""),
                        containsString("We cannot search the directory right now")));
        given().when().get("/services/5f451587-0bb0-53da-afc2-4a4dbd6c0a1e").then().statusCode(503)
                .contentType(startsWith("text/html"));
    }

    @Test
    void searchTextIsEscapedInThePage() {
        given().queryParam("search", "<script>alert(1)</script>").when().get("/services").then().statusCode(200)
                .body(allOf(containsString("&lt;script&gt;"),
                        org.hamcrest.Matchers.not(containsString("<script>alert(1)</script>"))));
    }

    @Test
    void unknownPageIsAnHtml404() {
        given().when().get("/no-such-page").then().statusCode(404).contentType(startsWith("text/html"))
                .body(containsString("Page not found"));
    }
}
