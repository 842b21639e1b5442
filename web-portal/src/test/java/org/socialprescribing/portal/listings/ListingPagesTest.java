package org.socialprescribing.portal.listings;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.socialprescribing.portal.listings.ListingJson.NASTY;
import static org.socialprescribing.portal.listings.ListingJson.newId;
import static org.socialprescribing.portal.listings.ListingJson.problem;
import static org.socialprescribing.portal.listings.ListingJson.summary;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialprescribing.portal.PortalSession;
import org.socialprescribing.portal.StandInApis;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The editor's dashboard ({@code GET /my/listings}) and its "still accurate" button
 * ({@code POST /my/listings/{id}/review}), signed in as each role, against the stand-in directory.
 */
@QuarkusTest
@WithTestResource(StandInApis.class)
class ListingPagesTest {

    private static final String WALK = newId();
    private static final String CHOIR = newId();
    private static final String CAFE = newId();

    @BeforeEach
    void reset() {
        StandInApis.reset();
        StandInApis.answer("GET", "/listings", 200, "[" + summary(WALK, "Buggy Walks", "active", "open", null, true)
                + "," + summary(CHOIR, "Community Choir", "temporarily closed", "open", "2025-06-03", false) + ","
                + summary(CAFE, "Repair Cafe", "active", "waiting_list", "2025-01-15", false) + "]");
    }

    @Test
    void anEditorSeesTheirListingsWithTheirReviewStateOverdueFirst() {
        String page = PortalSession.as("editor1").given().when().get("/my/listings").then().statusCode(200)
                .body(allOf(containsString("<h1 class=\"govuk-heading-l\">Your listings</h1>"),
                        containsString("<html lang=\"en\""), containsString("Buggy Walks"),
                        containsString("Riverside Walkers"), containsString("Your organisations&#39; listings"),
                        containsString("<strong>1 needs reviewing.</strong>"), containsString("Never"),
                        containsString("Review due"), containsString("3 June 2025"),
                        containsString("15 January 2025"), containsString("Paused"),
                        containsString("Waiting list"), containsString("Taking new people"),
                        containsString("href=\"/my/listings/" + WALK + "/edit\""),
                        containsString("action=\"/my/listings/" + WALK + "/review\""),
                        containsString("name=\"csrf-token\""), containsString("Still accurate")))
                .extract().asString();
        // Buggy Walks is overdue and never reviewed: its row says so, and no other row is due
        String walkRow = page.substring(page.indexOf("Buggy Walks"), page.indexOf("Community Choir"));
        assertTrue(walkRow.contains("Never") && walkRow.contains("Review due"), walkRow);
        String choirRow = page.substring(page.indexOf("Community Choir"), page.indexOf("Repair Cafe"));
        assertTrue(choirRow.contains("3 June 2025") && choirRow.contains("Paused") && !choirRow.contains("Review due"),
                choirRow);

        var asked = StandInApis.requests("GET", "/listings");
        assertEquals(1, asked.size(), asked.toString());
        assertEquals("/listings?per_page=100", asked.get(0).path());
        assertTrue(asked.get(0).headers().get("authorization").startsWith("Bearer "), "the editor's own token");
    }

    @Test
    void overdueOnlyAsksTheDirectoryForStaleListings() {
        StandInApis.answer("GET", "/listings", 200, "[" + summary(WALK, "Buggy Walks", "active", "open", null, true)
                + "," + summary(CAFE, "Repair Cafe", "active", "closed", null, true) + "]");
        PortalSession.as("editor1").given().queryParam("overdue", "only").when().get("/my/listings").then()
                .statusCode(200).body(allOf(containsString("2 need reviewing."),
                        containsString("Showing only those overdue for review."),
                        containsString("Not taking new people"), containsString("href=\"/my/listings\"")));
        assertTrue(StandInApis.requests("GET", "/listings").get(0).path().contains("stale=true"));
    }

    @Test
    void aCoordinatorSeesEveryOrganisationsListings() {
        PortalSession.as("coordinator1").given().when().get("/my/listings").then().statusCode(200)
                .body(allOf(containsString("Every organisation&#39;s listings"), containsString("Repair Cafe"),
                        not(containsString("Your organisations&#39; listings"))));
    }

    @Test
    void noListingsAndNoneOverdueAreSaidInWords() {
        StandInApis.answer("GET", "/listings", 200, "[]");
        PortalSession.as("editor2").given().when().get("/my/listings").then().statusCode(200)
                .body(allOf(containsString("You have no listings yet."), not(containsString("<table"))));
        PortalSession.as("editor2").given().queryParam("overdue", "only").when().get("/my/listings").then()
                .statusCode(200).body(allOf(containsString("None are overdue for review."),
                        containsString("Show every listing")));
    }

    @Test
    void theDirectoryNotAnsweringIsAWarningNotAnError() {
        StandInApis.answer("GET", "/listings", 503, problem(503, "Down"));
        PortalSession.as("editor1").given().when().get("/my/listings").then().statusCode(200)
                .body(allOf(containsString("govuk-warning-text"),
                        containsString("We cannot show your listings right now."), not(containsString("<table"))));
    }

    @Test
    void theBannersShowTheNameTheyAreGivenEscaped() {
        PortalSession.as("editor1").given().queryParam("saved", NASTY).when().get("/my/listings").then()
                .statusCode(200).body(allOf(containsString("govuk-notification-banner--success"),
                        containsString("Your changes to &lt;script&gt;alert(1)&lt;/script&gt; are saved"),
                        not(containsString(NASTY)), not(containsString("&amp;lt;"))));
        PortalSession.as("editor1").given().queryParam("reviewed", "Buggy Walks").when().get("/my/listings").then()
                .statusCode(200).body(containsString("Buggy Walks is marked as still accurate"));
        PortalSession.as("editor1").given().queryParam("failed", "1").when().get("/my/listings").then()
                .statusCode(200).body(allOf(containsString("govuk-error-summary"),
                        containsString("We could not save that. Nothing has changed")));
    }

    @Test
    void listingNamesFromTheDirectoryAreEscaped() {
        StandInApis.answer("GET", "/listings", 200, "[" + summary(WALK, NASTY, "active", "open", null, true) + "]");
        PortalSession.as("editor1").given().when().get("/my/listings").then().statusCode(200)
                .body(allOf(containsString("&lt;script&gt;alert(1)&lt;/script&gt;"), not(containsString(NASTY))));
    }

    @Test
    void theDashboardInWelshHasWelshWordsAndMonths() {
        PortalSession.as("editor1").given().queryParam("lang", "cy").when().get("/my/listings").then()
                .statusCode(200).body(allOf(containsString("<html lang=\"cy\""), containsString("Eich rhestrau"),
                        containsString("Mae angen adolygu un ohonynt."), containsString("3 Mehefin 2025"),
                        containsString("15 Ionawr 2025"), containsString("Erioed"),
                        containsString("Yn gywir o hyd"), containsString("Rhestr aros"),
                        not(containsString("Still accurate")), containsString("Buggy Walks")));
        PortalSession.as("editor1").given().header("Accept-Language", "cy").queryParam("saved", "Buggy Walks")
                .when().get("/my/listings").then().statusCode(200)
                .body(containsString("Mae eich newidiadau i Buggy Walks wedi"));
    }

    @Test
    void residentsAndLinkWorkersGetThePortalsForbiddenPage() {
        for (String user : new String[]{"resident1", "linkworker1"}) {
            PortalSession.as(user).given().when().get("/my/listings").then().statusCode(403)
                    .body(containsString("You cannot see this page"));
            PortalSession.as(user).form().when().post("/my/listings/" + WALK + "/review").then().statusCode(403);
        }
        assertEquals(0, StandInApis.requests().size(), "the directory is not asked");
    }

    @Test
    void signedOutTheDashboardAndTheButtonSendToKeycloak() {
        given().redirects().follow(false).when().get("/my/listings").then().statusCode(302)
                .header("Location", containsString("/realms/social-prescribing/protocol/openid-connect/auth"));
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded").formParam("x", "y")
                .when().post("/my/listings/" + WALK + "/review").then().statusCode(oneOf(302, 401));
        assertEquals(0, StandInApis.requests().size());
    }

    @Test
    void stillAccurateMarksTheListingAndSaysSoOnTheDashboard() {
        StandInApis.answer("POST", "/listings/" + WALK + "/review", 200,
                summary(WALK, "Buggy Walks & Talks", "active", "open", "2026-03-01", false));
        PortalSession.as("editor1").form().when().post("/my/listings/" + WALK + "/review").then().statusCode(303)
                .header("Location", endsWith("/my/listings?reviewed=Buggy+Walks+%26+Talks"));
        var posted = StandInApis.requests("POST", "/listings/" + WALK + "/review");
        assertEquals(1, posted.size());
        assertTrue(posted.get(0).headers().get("authorization").startsWith("Bearer "));
    }

    @Test
    void stillAccurateOnAListingThatIsNotThereNotTheirsOrKeptByAFeedSaysWhy() {
        Map<Integer, String[]> expected = Map.of(
                404, new String[]{"Listing not available", "There is no such listing."},
                403, new String[]{"Listing not available", "belongs to an organisation you do not edit"},
                409, new String[]{"You cannot review this listing here", "comes from another directory&#39;s feed"});
        expected.forEach((status, words) -> {
            StandInApis.answer("POST", "/listings/" + WALK + "/review", status, problem(status, "No"));
            PortalSession.as("editor1").form().when().post("/my/listings/" + WALK + "/review").then()
                    .statusCode(status).body(allOf(containsString("<h1 class=\"govuk-heading-l\">" + words[0]),
                            containsString(words[1]),
                            containsString("href=\"/my/listings\" class=\"govuk-back-link\"")));
        });
    }

    @Test
    void stillAccurateWithoutAnAnswerGoesBackToTheDashboardSayingNothingChanged() {
        for (int status : new int[]{503, 500}) {
            StandInApis.answer("POST", "/listings/" + WALK + "/review", status, problem(status, "Down"));
            PortalSession.as("editor1").form().when().post("/my/listings/" + WALK + "/review").then()
                    .statusCode(303).header("Location", endsWith("/my/listings?failed=1"));
        }
    }

    @Test
    void stillAccurateRefusedInWelshIsInWelsh() {
        StandInApis.answer("POST", "/listings/" + WALK + "/review", 404, problem(404, "No"));
        PortalSession.as("editor1").form().header("Accept-Language", "cy").when()
                .post("/my/listings/" + WALK + "/review").then().statusCode(404)
                .body(allOf(containsString("<html lang=\"cy\""), containsString("Does dim rhestr o"),
                        containsString("Yn ôl i")));
    }
}
