package org.socialprescribing.portal.listings;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.socialprescribing.portal.listings.ListingJson.NASTY;
import static org.socialprescribing.portal.listings.ListingJson.ORGANISATION;
import static org.socialprescribing.portal.listings.ListingJson.listing;
import static org.socialprescribing.portal.listings.ListingJson.newId;
import static org.socialprescribing.portal.listings.ListingJson.problem;
import static org.socialprescribing.portal.listings.ListingJson.quoted;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialprescribing.portal.PortalSession;
import org.socialprescribing.portal.StandInApis;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A listing's history ({@code GET /my/listings/{id}/history}) and the recent changes to every listing the person
 * edits ({@code GET /my/changes}): who, when (in the page's language, UK time) and what, the values as the directory
 * gives them.
 */
@QuarkusTest
@WithTestResource(StandInApis.class)
class ChangesPagesTest {

    private static final String WALK = newId();
    private static final String HISTORY = "/my/listings/" + WALK + "/history";
    private static final String API = "/listings/" + WALK;

    /** An edit on 3 June 2025 at 14:05 UK time (13:05 UTC, summer time). */
    private static String updated(String serviceName, String after) {
        return """
                {"id":"%s","service_id":"%s","service_name":%s,"organization_id":"%s","changed_by":"editor1",
                 "changed_at":"2025-06-03T13:05:00Z","action":"updated",
                 "changes":{"maximum_age":{"before":null,"after":65},"description":{"before":"Walks","after":%s},
                            "delivery_modes":{"before":["in_person"],"after":["in_person","online"]},
                            "taxonomy_term_ids":{"before":[],"after":["7b0e5a55-0000-4000-8000-000000000001"]}}}
                """.formatted(newId(), WALK, quoted(serviceName), ORGANISATION, quoted(after));
    }

    /** A feed's import on 3 January 2025 (winter: UK time is UTC): no before and after, so no fields listed. */
    private static String imported() {
        return """
                {"id":"%s","service_id":"%s","organization_id":"%s","changed_by":"feed:Northshire",
                 "changed_at":"2025-01-03T13:05:00Z","action":"imported",
                 "changes":{"feed":"Northshire","record":"created","external_id":"x1"}}
                """.formatted(newId(), WALK, ORGANISATION);
    }

    @BeforeEach
    void reset() {
        StandInApis.reset();
        StandInApis.answer("GET", API, 200, listing(WALK, "Buggy Walks", 3));
        StandInApis.answer("GET", API + "/history", 200, "[" + updated(null, "Pram-friendly walks.") + ","
                + imported() + "]");
        StandInApis.answer("GET", "/listings/changes", 200, "[" + updated("Buggy Walks", "Pram-friendly walks.")
                + "," + imported() + "]");
    }

    @Test
    void aListingsHistorySaysWhoChangedWhatAndWhen() {
        String page = PortalSession.as("editor1").given().when().get(HISTORY).then().statusCode(200)
                .body(allOf(containsString("<title>Changes to Buggy Walks –"), containsString("<html lang=\"en\""),
                        containsString("href=\"/my/listings/" + WALK + "/edit\">Edit Buggy Walks</a>"),
                        containsString("3 June 2025 at 14:05"), containsString("3 January 2025 at 13:05"),
                        containsString("editor1"), containsString("feed:Northshire"),
                        containsString("<strong>Updated</strong>"),
                        containsString("<strong>Imported from a feed</strong>"),
                        containsString("<li>Oldest age: (none) → 65</li>"),
                        containsString("<li>What it is: Walks → Pram-friendly walks.</li>"),
                        containsString("<li>How people take part: in_person → in_person, online</li>"),
                        containsString("<li>Categories: (none) → 7b0e5a55-0000-4000-8000-000000000001</li>"),
                        not(containsString("<li>record")), not(containsString(">Listing</th>"))))
                .extract().asString();
        assertTrue(page.indexOf("3 June 2025") < page.indexOf("3 January 2025"), "in the directory's order");
        assertTrue(StandInApis.requests("GET", API + "/history").get(0).headers().get("authorization")
                .startsWith("Bearer "));
    }

    @Test
    void aListingsHistoryInWelshHasWelshWordsAndMonths() {
        PortalSession.as("editor1").given().queryParam("lang", "cy").when().get(HISTORY).then().statusCode(200)
                .body(allOf(containsString("<html lang=\"cy\""), containsString("<title>Newidiadau i Buggy Walks"),
                        containsString("3 Mehefin 2025 am 14:05"), containsString("3 Ionawr 2025 am 13:05"),
                        containsString("<li>Oed hynaf: (dim) → 65</li>"),
                        containsString("Wedi&#39;i diweddaru"), containsString("Y diweddaraf yn gyntaf.")));
    }

    @Test
    void valuesFromTheDirectoryAreEscaped() {
        StandInApis.answer("GET", API + "/history", 200, "[" + updated(null, NASTY) + "]");
        StandInApis.answer("GET", "/listings/changes", 200, "[" + updated(NASTY, NASTY) + "]");
        PortalSession.as("editor1").given().when().get(HISTORY).then().statusCode(200)
                .body(allOf(containsString("Walks → &lt;script&gt;alert(1)&lt;/script&gt;</li>"),
                        not(containsString(NASTY))));
        PortalSession.as("editor1").given().when().get("/my/changes").then().statusCode(200)
                .body(allOf(containsString("/history\">&lt;script&gt;alert(1)&lt;/script&gt;</a>"),
                        not(containsString(NASTY))));
    }

    @Test
    void aHistoryTheDirectoryDoesNotGiveIsAWarning() {
        StandInApis.answer("GET", API + "/history", 503, problem(503, "Down"));
        PortalSession.as("editor1").given().when().get(HISTORY).then().statusCode(200)
                .body(allOf(containsString("govuk-warning-text"),
                        containsString("We cannot show the changes right now."), not(containsString("<table"))));
    }

    @Test
    void theHistoryOfAListingNotThereNotTheirsOrNotAnsweredIsAPageWithItsStatus() {
        int[][] statuses = {{404, 404}, {403, 403}, {503, 503}};
        String[] words = {"There is no such listing.", "belongs to an organisation you do not edit",
                "We cannot show this listing right now."};
        for (int i = 0; i < statuses.length; i++) {
            StandInApis.answer("GET", API, statuses[i][0], problem(statuses[i][0], "No"));
            PortalSession.as("editor2").given().when().get(HISTORY).then().statusCode(statuses[i][1])
                    .body(allOf(containsString("Listing not available"), containsString(words[i])));
        }
        assertEquals(0, StandInApis.requests("GET", API + "/history").size(), "no history asked for");
    }

    @Test
    void recentChangesNameTheListingAndLinkItsHistory() {
        PortalSession.as("editor1").given().when().get("/my/changes").then().statusCode(200)
                .body(allOf(containsString("<h1 class=\"govuk-heading-l\">Recent changes to listings</h1>"),
                        containsString("The 100 newest, newest first."), not(containsString("from every organisation")),
                        containsString(">Listing</th>"),
                        containsString("<a class=\"govuk-link\" href=\"/my/listings/" + WALK
                                + "/history\">Buggy Walks</a>"),
                        containsString("/history\">Listing</a>"), containsString("3 June 2025 at 14:05"),
                        containsString("<li>Oldest age: (none) → 65</li>"),
                        containsString("<a href=\"/my/listings\" class=\"govuk-back-link\">Back to listings</a>")));
        assertEquals("/listings/changes?per_page=100", StandInApis.requests("GET", "/listings/changes").get(0).path());
    }

    @Test
    void aCoordinatorsRecentChangesAreFromEveryOrganisation() {
        PortalSession.as("coordinator1").given().when().get("/my/changes").then().statusCode(200)
                .body(containsString("The 100 newest, newest first, from every organisation."));
    }

    @Test
    void recentChangesInWelshAreInWelsh() {
        PortalSession.as("editor1").given().header("Accept-Language", "cy").when().get("/my/changes").then()
                .statusCode(200).body(allOf(containsString("<html lang=\"cy\""),
                        containsString("Newidiadau diweddar i restrau"), containsString("3 Mehefin 2025 am 14:05"),
                        containsString("Y 100 diweddaraf"), containsString("Wedi&#39;i mewnforio o ffrwd")));
    }

    @Test
    void noChangesAndNoAnswerAreSaidInWords() {
        StandInApis.answer("GET", "/listings/changes", 200, "[]");
        PortalSession.as("editor2").given().when().get("/my/changes").then().statusCode(200)
                .body(allOf(containsString("No changes yet."), not(containsString("<table"))));
        StandInApis.answer("GET", "/listings/changes", 503, problem(503, "Down"));
        PortalSession.as("editor2").given().when().get("/my/changes").then().statusCode(200)
                .body(allOf(containsString("govuk-warning-text"), containsString("We cannot show the changes")));
    }

    @Test
    void residentsAndLinkWorkersGetThePortalsForbiddenPage() {
        for (String user : new String[]{"resident1", "linkworker1"}) {
            for (String path : new String[]{HISTORY, "/my/changes"}) {
                PortalSession.as(user).given().when().get(path).then().statusCode(403)
                        .body(containsString("You cannot see this page"));
            }
        }
        assertEquals(0, StandInApis.requests().size());
    }

    @Test
    void signedOutTheyAskForASignIn() {
        for (String path : new String[]{HISTORY, "/my/changes"}) {
            given().redirects().follow(false).when().get(path).then().statusCode(302)
                    .header("Location", containsString("/realms/social-prescribing/protocol/openid-connect/auth"));
        }
    }
}
