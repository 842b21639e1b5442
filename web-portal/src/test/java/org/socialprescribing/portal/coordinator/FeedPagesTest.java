package org.socialprescribing.portal.coordinator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.oneOf;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialprescribing.portal.PortalSession;
import org.socialprescribing.portal.StandInApis;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The coordinator's feeds from other directories: the list and the form to add one, one feed with its recent pulls,
 * and pulling it now, signed in through the real Keycloak, against a stand-in directory: what each role sees, each
 * answer of the directory as a page and status, the form's errors with the values kept, escaping, and Welsh.
 */
@QuarkusTest
@WithTestResource(StandInApis.class)
class FeedPagesTest {

    static final String ID = "3c2b1a09-8f7e-4d6c-9b5a-4f3e2d1c0b9a";
    private static final String PATH = "/coordinator/feeds";
    private static final String SCRIPT = "<script>alert(1)</script>";

    static String feed(String id, String name, int refreshMinutes, boolean enabled, boolean running,
            String lastStartedAt) {
        return "{\"id\":\"" + id + "\",\"name\":\"" + name + "\",\"base_url\":\"https://directory.northshire.example"
                + "/api\",\"refresh_minutes\":" + refreshMinutes + ",\"enabled\":" + enabled + ",\"running\":"
                + running + ",\"last_started_at\":" + (lastStartedAt == null ? "null" : "\"" + lastStartedAt + "\"")
                + ",\"created_by\":\"coordinator1\",\"created_at\":\"2025-05-01T09:00:00Z\"}";
    }

    static String run(String requestedBy, String outcome, int created, String problems, String error) {
        return "{\"id\":\"7a6b5c4d-3e2f-4a1b-8c9d-0e1f2a3b4c5d\",\"feed_id\":\"" + ID + "\",\"trigger\":\""
                + (requestedBy == null ? "scheduled" : "on_demand") + "\",\"requested_by\":"
                + (requestedBy == null ? "null" : "\"" + requestedBy + "\"")
                + ",\"started_at\":\"2025-06-03T13:05:00Z\",\"finished_at\":\"2025-06-03T13:06:00Z\",\"outcome\":\""
                + outcome + "\",\"pages_read\":3,\"created\":" + created + ",\"updated\":4,\"unchanged\":5,"
                + "\"matched\":6,\"skipped\":1,\"withdrawn\":0,\"problems\":" + problems
                + ",\"possible_matches\":[],\"error\":" + (error == null ? "null" : "\"" + error + "\"") + "}";
    }

    private static String problem(int status, String detail) {
        return "{\"type\":\"about:blank\",\"title\":\"Problem\",\"status\":" + status + ",\"detail\":\"" + detail
                + "\"}";
    }

    private static PortalSession coordinator() {
        return PortalSession.as("coordinator1");
    }

    @BeforeEach
    void reset() {
        StandInApis.reset();
    }

    // The list

    @Test
    void theListShowsEachFeedHowOftenWhenAndItsState() {
        StandInApis.answer("GET", "/feeds", 200, "[" + feed(ID, "Northshire " + SCRIPT, 1440, true, false,
                "2025-06-03T13:05:00Z") + "," + feed("b1", "Eastdale", 360, true, true, null) + ","
                + feed("c1", "Westmoor", 10080, false, false, "2025-01-03T13:05:00Z") + ","
                + feed("d1", "Southby", 90, true, false, null) + "]");
        coordinator().given().when().get(PATH).then().statusCode(200).contentType(startsWith("text/html"))
                .body(allOf(containsString("<title>Feeds from other directories"),
                        containsString("href=\"/coordinator/feeds/" + ID + "\">Northshire &lt;script&gt;alert(1)"
                                + "&lt;/script&gt;</a>"),
                        containsString("https://directory.northshire.example/api"),
                        containsString(">every day<"), containsString(">every 6 hours<"),
                        containsString(">every 7 days<"), containsString(">every 90 minutes<"),
                        containsString("3 June 2025 at 14:05"), containsString("3 January 2025 at 13:05"),
                        containsString("Not yet"), containsString("Pulling now</strong>"),
                        containsString("On</strong>"), containsString("Paused</strong>"),
                        not(containsString(SCRIPT)), not(containsString("No feeds yet"))));
        List<StandInApis.Request> asked = StandInApis.requests("GET", "/feeds");
        assertTrue(asked.get(0).headers().get("authorization").startsWith("Bearer "));
    }

    @Test
    void noFeedsAndNoAnswerEachSaySoAndTheFormStillShows() {
        StandInApis.answer("GET", "/feeds", 200, "[]");
        coordinator().given().when().get(PATH).then().statusCode(200)
                .body(allOf(containsString("No feeds yet."), containsString("Add a feed"),
                        containsString(">Every hour</label>"),
                        containsString(">Every 6 hours</label>"), containsString(">Every day</label>"),
                        containsString(">Every 7 days</label>"),
                        containsString("value=\"1440\" checked"), not(containsString("govuk-error-summary"))));
        StandInApis.answer("GET", "/feeds", 503, problem(503, "Down"));
        coordinator().given().when().get(PATH).then().statusCode(200)
                .body(allOf(containsString("We cannot show the feeds right now. Try again in a few minutes."),
                        containsString("Add a feed"), not(containsString("No feeds yet"))));
        StandInApis.answer("GET", "/feeds", 500, problem(500, "Broken"));
        coordinator().given().when().get(PATH).then().statusCode(200)
                .body(containsString("We cannot show the feeds right now."));
    }

    @Test
    void theBannerAfterAddingNamesTheFeedEscaped() {
        StandInApis.answer("GET", "/feeds", 200, "[]");
        coordinator().given().queryParam("registered", SCRIPT).when().get(PATH).then().statusCode(200)
                .body(allOf(containsString("govuk-notification-banner--success"),
                        containsString("&lt;script&gt;alert(1)&lt;/script&gt; is added; the directory pulls it"
                                + " within a minute, then as often as you chose"),
                        not(containsString(SCRIPT))));
    }

    // Who may see them

    @Test
    void onlyACoordinatorSeesFeedsOrChangesThem() {
        StandInApis.answer("GET", "/feeds", 200, "[" + feed(ID, "Northshire", 1440, true, false, null) + "]");
        StandInApis.answer("GET", "/feeds/" + ID, 200, feed(ID, "Northshire", 1440, true, false, null));
        for (String user : List.of("editor1", "resident1")) {
            for (String path : List.of(PATH, PATH + "/" + ID)) {
                PortalSession.as(user).given().when().get(path).then().statusCode(403)
                        .contentType(startsWith("text/html"))
                        .body(allOf(containsString("You cannot see this page"), not(containsString("Northshire"))));
            }
            PortalSession.as(user).form().formParam("name", "X").formParam("base_url", "https://x.example")
                    .formParam("refresh_minutes", "1440").when().post(PATH).then().statusCode(403);
            PortalSession.as(user).form().when().post(PATH + "/" + ID + "/pull").then().statusCode(403);
        }
        assertEquals(List.of(), StandInApis.requests(), "nobody but a coordinator reaches the directory");
    }

    @Test
    void signedOutTheyGoToKeycloakFirst() {
        for (String path : List.of(PATH, PATH + "/" + ID)) {
            given().redirects().follow(false).when().get(path).then().statusCode(302)
                    .header("Location", containsString("/realms/social-prescribing/protocol/openid-connect/auth"));
        }
        for (String path : List.of(PATH, PATH + "/" + ID + "/pull")) {
            given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                    .formParam("name", "x").when().post(path).then().statusCode(oneOf(302, 401));
        }
        assertEquals(List.of(), StandInApis.requests());
    }

    // Adding a feed

    @Test
    void aFormWithoutNameOrAddressIsRefusedWithTheValuesKept() {
        StandInApis.answer("GET", "/feeds", 200, "[]");
        coordinator().form().formParam("name", " ").formParam("base_url", "directory.example <b>")
                .formParam("refresh_minutes", "360").when().post(PATH).then().statusCode(400)
                .body(allOf(containsString("<title>Error: Feeds from other directories"),
                        containsString("govuk-error-summary"),
                        containsString("<a href=\"#name\">Enter a name for the feed, such as the council it comes"
                                + " from</a>"),
                        containsString("<a href=\"#base_url\">Enter the address of the directory&#39;s API,"
                                + " starting with https:// or http://</a>"),
                        containsString("<p id=\"name-error\" class=\"govuk-error-message\">"),
                        containsString("<p id=\"base_url-error\" class=\"govuk-error-message\">"),
                        containsString("value=\"directory.example &lt;b&gt;\""),
                        containsString("value=\"360\" checked")));
        coordinator().form().formParam("name", "Northshire").formParam("base_url", "https://x.example")
                .formParam("refresh_minutes", "5").when().post(PATH).then().statusCode(400)
                .body(allOf(containsString("<a href=\"#refresh_minutes\">Choose how often to pull the feed</a>"),
                        containsString("value=\"Northshire\""), not(containsString(" checked"))));
        coordinator().form().formParam("name", "N".repeat(256)).formParam("base_url", "https://x.example")
                .formParam("refresh_minutes", "60").when().post(PATH).then().statusCode(400)
                .body(containsString("<a href=\"#name\">Enter a name of 255 characters or fewer</a>"));
        assertEquals(List.of(), StandInApis.requests("POST", "/feeds"), "nothing sent to the directory");
    }

    @Test
    void aFeedAddedGoesBackToTheListWhoseBannerNamesIt() {
        StandInApis.answer("POST", "/feeds", 201, feed(ID, "Northshire & Co", 360, true, false, null));
        coordinator().form().formParam("name", " Northshire & Co ")
                .formParam("base_url", "https://directory.northshire.example/api").formParam("refresh_minutes", "360")
                .when().post(PATH).then().statusCode(303)
                .header("Location", endsWith("/coordinator/feeds?registered=Northshire+%26+Co"));
        List<StandInApis.Request> sent = StandInApis.requests("POST", "/feeds");
        assertEquals(1, sent.size());
        String body = sent.get(0).body();
        assertTrue(body.contains("\"name\":\"Northshire & Co\"") && body.contains("\"refresh_minutes\":360")
                && body.contains("\"base_url\":\"https://directory.northshire.example/api\""), body);
        assertTrue(sent.get(0).headers().get("authorization").startsWith("Bearer "));
    }

    @Test
    void anAddressTheDirectoryRefusesIsAnErrorInTheFormsWords() {
        StandInApis.answer("GET", "/feeds", 200, "[]");
        StandInApis.answer("POST", "/feeds", 422, "{\"status\":422,\"detail\":\"base_url must be a public internet"
                + " address: 10.0.0.5 is on this machine or a private network.\",\"violations\":[{\"field\":"
                + "\"base_url\",\"message\":\"base_url must be a public internet address: 10.0.0.5 is on this"
                + " machine or a private network.\"}]}");
        coordinator().form().formParam("name", "Private").formParam("base_url", "https://10.0.0.5/api")
                .formParam("refresh_minutes", "60").when().post(PATH).then().statusCode(422)
                .body(allOf(containsString("<a href=\"#base_url\">Address must be a public internet address:"
                        + " 10.0.0.5 is on this machine or a private network.</a>"),
                        containsString("value=\"Private\""), containsString("value=\"https://10.0.0.5/api\""),
                        containsString("value=\"60\" checked")));
        coordinator().form().header("Accept-Language", "cy").formParam("name", "Private")
                .formParam("base_url", "https://10.0.0.5/api").formParam("refresh_minutes", "60").when().post(PATH)
                .then().statusCode(422)
                .body(allOf(containsString("<html lang=\"cy\""), containsString("<a href=\"#base_url\">Cyfeiriad:"
                        + " ni dderbyniodd y cyfeiriadur hwn (must be a public internet address: 10.0.0.5")));
        // a refusal naming a field the form has no input for links to the page's top, in the form's words
        StandInApis.answer("POST", "/feeds", 422, "{\"status\":422,\"detail\":\"Invalid\",\"violations\":["
                + "{\"field\":\"name\",\"message\":\"size must be between 0 and 255\"},"
                + "{\"field\":\"enabled\",\"message\":\"must be true or false\"}]}");
        coordinator().form().formParam("name", "Private").formParam("base_url", "https://x.example")
                .formParam("refresh_minutes", "60").when().post(PATH).then().statusCode(422)
                .body(allOf(containsString("<a href=\"#name\">Name: size must be between 0 and 255</a>"),
                        containsString("<a href=\"#main-content\">enabled: must be true or false</a>")));
    }

    @Test
    void anAddressAddedAlreadyIsAnErrorOnTheAddress() {
        StandInApis.answer("GET", "/feeds", 200, "[]");
        StandInApis.answer("POST", "/feeds", 409, problem(409, "A feed with this address is registered already."));
        coordinator().form().formParam("name", "Again").formParam("base_url", "https://directory.northshire.example")
                .formParam("refresh_minutes", "1440").when().post(PATH).then().statusCode(409)
                .body(allOf(containsString("<a href=\"#base_url\">A feed with this address is added already</a>"),
                        containsString("value=\"Again\""),
                        containsString("value=\"https://directory.northshire.example\"")));
    }

    @Test
    void addingWithoutAnAnswerKeepsTheValuesAndSaysSo() {
        StandInApis.answer("GET", "/feeds", 200, "[]");
        StandInApis.answer("POST", "/feeds", 503, problem(503, "Down"));
        coordinator().form().formParam("name", "Northshire").formParam("base_url", "https://n.example/api")
                .formParam("refresh_minutes", "10080").when().post(PATH).then().statusCode(503)
                .body(allOf(containsString("govuk-error-summary"), containsString("The directory did not answer."
                        + " Nothing has changed: try again in a few minutes."), containsString("value=\"Northshire\""),
                        containsString("value=\"10080\" checked")));
        StandInApis.answer("POST", "/feeds", 500, problem(500, "Broken"));
        coordinator().form().formParam("name", "Northshire").formParam("base_url", "https://n.example/api")
                .formParam("refresh_minutes", "10080").when().post(PATH).then().statusCode(503)
                .body(containsString("The directory did not answer."));
    }

    // One feed

    @Test
    void oneFeedShowsItsRecentPullsAndWhatTheLastSkipped() {
        StandInApis.answer("GET", "/feeds/" + ID, 200, feed(ID, "Northshire", 1440, true, false,
                "2025-06-03T13:05:00Z"));
        StandInApis.answer("GET", "/feeds/" + ID + "/runs", 200, "[" + run("coordinator1", "completed_with_problems",
                12345, "[{\"record\":\"svc-9\",\"name\":\"<b>Choir</b>\",\"field\":\"url\",\"reason\":\"must be"
                        + " http(s)\"}]",
                null)
                + "," + run(null, "failed", 0, "[]", "Connection <refused>") + "]");
        coordinator().given().when().get(PATH + "/" + ID).then().statusCode(200)
                .body(allOf(containsString("<h1 class=\"govuk-heading-l\">Northshire</h1>"),
                        containsString("https://directory.northshire.example/api"), containsString(">every day<"),
                        containsString("3 June 2025 at 14:05"), containsString("On</strong>"),
                        containsString("action=\"/coordinator/feeds/" + ID + "/pull\""),
                        containsString("by coordinator1"), containsString("on schedule"),
                        containsString("Completed with problems</strong>"), containsString("Failed</strong>"),
                        containsString("Connection &lt;refused&gt;"), containsString(">12,345<"),
                        containsString("Records the last pull skipped"), containsString("&lt;b&gt;Choir&lt;/b&gt;"),
                        containsString("must be http(s)"), not(containsString("<b>Choir")),
                        not(containsString("govuk-error-summary")), not(containsString("The pull has started"))));
        assertTrue(StandInApis.requests("GET", "/feeds/" + ID + "/runs").get(0).path().contains("per_page=10"));
    }

    @Test
    void aFeedNotPulledYetAndOneWhosePullsCannotBeRead() {
        StandInApis.answer("GET", "/feeds/" + ID, 200, feed(ID, "Northshire", 60, false, false, null));
        StandInApis.answer("GET", "/feeds/" + ID + "/runs", 200, "[]");
        coordinator().given().when().get(PATH + "/" + ID).then().statusCode(200)
                .body(allOf(containsString("Not pulled yet."), containsString("Not yet"),
                        containsString(">every hour<"), containsString("Paused</strong>"),
                        not(containsString("id=\"pulls\""))));
        StandInApis.answer("GET", "/feeds/" + ID + "/runs", 503, problem(503, "Down"));
        coordinator().given().when().get(PATH + "/" + ID).then().statusCode(200)
                .body(allOf(containsString("We cannot show its pulls right now. Try again in a few minutes."),
                        containsString("Northshire")));
    }

    @Test
    void aFeedThatIsNotThereIsA404PageAndOneThatCannotBeReadA503Page() {
        coordinator().given().when().get(PATH + "/" + ID).then().statusCode(404)
                .contentType(startsWith("text/html"))
                .body(allOf(containsString("Feed not found"), containsString("There is no such feed."),
                        containsString("href=\"/coordinator/feeds\"")));
        StandInApis.answer("GET", "/feeds/not-an-id", 400, problem(400, "id must be a UUID."));
        coordinator().given().when().get(PATH + "/not-an-id").then().statusCode(404)
                .body(containsString("There is no such feed."));
        StandInApis.answer("GET", "/feeds/" + ID, 503, problem(503, "Down"));
        coordinator().given().when().get(PATH + "/" + ID).then().statusCode(503)
                .body(allOf(containsString("Feed not available"),
                        containsString("We cannot show this feed right now. Try again in a few minutes.")));
        StandInApis.answer("GET", "/feeds/" + ID, 500, problem(500, "Broken"));
        coordinator().given().when().get(PATH + "/" + ID).then().statusCode(503)
                .body(containsString("We cannot show this feed right now."));
    }

    // Pulling now

    @Test
    void pullingNowGoesBackToTheFeedWithABanner() {
        StandInApis.answer("POST", "/feeds/" + ID + "/runs", 202, run("coordinator1", "running", 0, "[]", null));
        coordinator().form().when().post(PATH + "/" + ID + "/pull").then().statusCode(303)
                .header("Location", matchesPattern(".*/coordinator/feeds/" + ID + "\\?pulled=true$"));
        assertEquals(1, StandInApis.requests("POST", "/feeds/" + ID + "/runs").size());
        StandInApis.answer("GET", "/feeds/" + ID, 200, feed(ID, "Northshire", 1440, true, true, null));
        StandInApis.answer("GET", "/feeds/" + ID + "/runs", 200, "[" + run("coordinator1", "running", 0, "[]", null)
                + "]");
        coordinator().given().queryParam("pulled", "true").when().get(PATH + "/" + ID).then().statusCode(200)
                .body(allOf(containsString("govuk-notification-banner--success"),
                        containsString("The pull has started. Reload this page to see how it went."),
                        containsString("Pulling now</strong>"), containsString("Running</strong>")));
    }

    @Test
    void pullingAFeedBeingPulledAlreadyIsAnErrorSummary() {
        StandInApis.answer("GET", "/feeds/" + ID, 200, feed(ID, "Northshire", 1440, true, true, null));
        StandInApis.answer("GET", "/feeds/" + ID + "/runs", 200, "[]");
        StandInApis.answer("POST", "/feeds/" + ID + "/runs", 409,
                problem(409, "This feed is being pulled now; its run report says how it goes."));
        coordinator().form().when().post(PATH + "/" + ID + "/pull").then().statusCode(409)
                .body(allOf(containsString("<title>Error: Northshire"), containsString("govuk-error-summary"),
                        containsString("This feed is being pulled already. Wait for that pull to finish, then reload"
                                + " this page."),
                        containsString("The directory says: This feed is being pulled now; its run report says how"
                                + " it goes."),
                        not(containsString("The pull has started"))));
        // a conflict whose body is no problem JSON is the same page, without the directory's words
        StandInApis.reset();
        StandInApis.answer("GET", "/feeds/" + ID, 200, feed(ID, "Northshire", 1440, true, true, null));
        StandInApis.answer("GET", "/feeds/" + ID + "/runs", 200, "[]");
        StandInApis.answer("/feeds/" + ID + "/runs", 409, "<html><body>Conflict</body></html>",
                Map.of("Content-Type", "text/html"));
        coordinator().form().when().post(PATH + "/" + ID + "/pull").then().statusCode(409)
                .body(allOf(containsString("This feed is being pulled already."),
                        not(containsString("The directory says"))));
    }

    @Test
    void pullingAFeedThatIsNotThereOrWithoutAnAnswer() {
        coordinator().form().when().post(PATH + "/" + ID + "/pull").then().statusCode(404)
                .body(containsString("There is no such feed."));
        StandInApis.answer("GET", "/feeds/" + ID, 200, feed(ID, "Northshire", 1440, true, false, null));
        StandInApis.answer("GET", "/feeds/" + ID + "/runs", 200, "[]");
        StandInApis.answer("POST", "/feeds/" + ID + "/runs", 503, problem(503, "Down"));
        coordinator().form().when().post(PATH + "/" + ID + "/pull").then().statusCode(503)
                .body(allOf(containsString("govuk-error-summary"), containsString("The directory did not answer."
                        + " Nothing has changed: try again in a few minutes."), containsString("Northshire")));
        StandInApis.answer("POST", "/feeds/" + ID + "/runs", 500, problem(500, "Broken"));
        coordinator().form().when().post(PATH + "/" + ID + "/pull").then().statusCode(503)
                .body(containsString("The directory did not answer."));
    }

    // In Welsh

    @Test
    void theFeedsAndOneFeedInWelsh() {
        StandInApis.answer("GET", "/feeds", 200, "[" + feed(ID, "Northshire", 1440, true, false,
                "2025-06-03T13:05:00Z") + "]");
        StandInApis.answer("GET", "/feeds/" + ID, 200, feed(ID, "Northshire", 360, true, false,
                "2025-06-03T13:05:00Z"));
        StandInApis.answer("GET", "/feeds/" + ID + "/runs", 200, "[" + run(null, "completed", 3, "[]", null) + "]");
        coordinator().given().header("Accept-Language", "cy").when().get(PATH).then().statusCode(200)
                .body(allOf(containsString("<html lang=\"cy\""), containsString("Ffrydiau o gyfeiriaduron eraill"),
                        containsString(">bob dydd<"), containsString(">Bob dydd</label>"),
                        containsString("3 Mehefin 2025 am 14:05"),
                        containsString("Ychwanegu ffrwd"), containsString("Northshire"),
                        not(containsString("every day"))));
        coordinator().given().queryParam("lang", "cy").when().get(PATH + "/" + ID).then().statusCode(200)
                .body(allOf(containsString("<html lang=\"cy\""), containsString("Casglu nawr"),
                        containsString(">bob 6 awr<"), containsString("yn ôl yr amserlen"),
                        containsString("3 Mehefin 2025 am 14:05"), not(containsString("Pull now"))));
        coordinator().form().header("Accept-Language", "cy").formParam("name", "").formParam("base_url", "")
                .formParam("refresh_minutes", "1440").when().post(PATH).then().statusCode(400)
                .body(allOf(containsString("<title>Gwall: Ffrydiau o gyfeiriaduron eraill"),
                        containsString("Rhowch enw i&#39;r ffrwd, fel y cyngor y daw ohono")));
    }
}
