package org.socialprescribing.suite;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.socialprescribing.testsupport.Tokens;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import io.restassured.http.ContentType;

/**
 * Charities and coordinators in the real browser against the whole suite: an editor edits a listing (the form
 * catches mistakes with a GOV.UK error summary, the change shows in the history), an edit that crossed someone
 * else's save is refused with nothing lost silently, a charity asks to join and a coordinator verifies it, and a
 * coordinator adds another directory's feed and pulls it.
 * Every page passes axe-core at WCAG 2.2 AA.
 */
class StaffJourneyTest extends Browsers {

    /** editor1's demo listings that no other journey relies on. */
    private static final String BUGGY_WALKS = "b634d09c-3da8-56ae-a23f-f7ba5eeb990d";
    private static final String CHAIR_EXERCISE = "37be1740-35d8-509d-9ef0-b85bfde1279d";

    @Test
    void anEditorCorrectsAListingTheFormCatchesMistakesAndTheHistoryShowsTheChange() {
        String portal = suite.url(suite.ports().portal());
        try (BrowserContext context = newContext()) {
            Page page = context.newPage();
            signIn(page, portal, "editor1", "/my/listings");
            page.locator("a[href='/my/listings/" + BUGGY_WALKS + "/edit']").click();
            page.waitForURL(url -> url.endsWith("/edit"));
            assertEquals("Edit listing", page.locator("h1").innerText());
            assertEquals("Buggy Walks", page.locator("#name").inputValue());
            assertNoAccessibilityViolations(page);

            // Two mistakes: one the portal sees (not a number), one only the directory knows (ages reversed).
            page.locator("#maximum_age").fill("twelve");
            page.locator("button[type=submit]").click();
            assertTrue(page.title().startsWith("Error:"), page.title());
            assertTrue(page.locator(".govuk-error-summary").innerText().contains("Oldest age must be a whole number"));
            assertEquals("twelve", page.locator("#maximum_age").inputValue());
            assertNoAccessibilityViolations(page);
            page.locator("#minimum_age").fill("70");
            page.locator("#maximum_age").fill("60");
            page.locator("button[type=submit]").click();
            assertTrue(page.locator(".govuk-error-summary").innerText().contains("wrong way round"),
                    page.locator(".govuk-error-summary").innerText());
            assertNoAccessibilityViolations(page);

            page.locator("#minimum_age").fill("");
            page.locator("#maximum_age").fill("");
            page.locator("#description").fill("Pram-friendly walks for parents and carers, with a coffee after.");
            page.locator("#accepting_referrals-waiting").check();
            page.locator("button[type=submit]").click();
            page.waitForURL(url -> url.contains("saved="));
            assertTrue(page.locator(".govuk-notification-banner").innerText()
                    .contains("Your changes to Buggy Walks are saved"));
            given().when().get(suite.url(suite.ports().directory()) + "/services/" + BUGGY_WALKS).then()
                    .statusCode(200).body("accepting_referrals", org.hamcrest.Matchers.equalTo("waiting_list"));

            page.locator("a[href='/my/listings/" + BUGGY_WALKS + "/history']").click();
            page.waitForURL(url -> url.endsWith("/history"));
            String history = page.locator("table").innerText();
            assertTrue(history.contains("editor1") && history.contains("Pram-friendly walks"), history);
            assertNoAccessibilityViolations(page);

            page.navigate(portal + "/my/changes");
            String recent = page.locator("table").innerText();
            assertTrue(recent.contains("Buggy Walks") && recent.contains("editor1"), recent);
            assertNoAccessibilityViolations(page);
        }
    }

    @Test
    void onlyCoordinatorsSeeTheFeedPages() {
        String portal = suite.url(suite.ports().portal());
        try (BrowserContext context = newContext()) {
            Page page = context.newPage();
            signIn(page, portal, "editor1", "/my/listings");
            assertEquals(0, page.locator("a[href='/coordinator/feeds']").count(), "no Feeds link for an editor");
            var response = page.navigate(portal + "/coordinator/feeds");
            assertEquals(403, response.status());
            assertEquals("You cannot see this page", page.locator("h1").innerText());
            assertEquals(403, page.request().post(portal + "/coordinator/feeds/00000000-0000-4000-8000-000000000000"
                    + "/pull").status(), "nor start a pull");
            assertNoAccessibilityViolations(page);
        }
    }

    @Test
    void recordsThatAreNotThereSay404WithTheWayBack() {
        String portal = suite.url(suite.ports().portal());
        String nobody = "/00000000-0000-4000-8000-000000000000";
        try (BrowserContext context = newContext()) {
            Page page = context.newPage();
            signIn(page, portal, "coordinator1", "/my/listings");
            for (String[] expected : new String[][]{
                    {"/coordinator/feeds" + nobody, "Feed not found", "Back to the feeds", "/coordinator/feeds"},
                    {"/coordinator/join-requests" + nobody, "Request not found", "Back to the requests",
                            "/coordinator/join-requests"},
                    {"/my/listings" + nobody + "/edit", "Listing not available", "Back to your listings",
                            "/my/listings"}}) {
                var response = page.navigate(portal + expected[0]);
                assertEquals(404, response.status(), expected[0]);
                assertEquals(expected[1], page.locator("h1").innerText(), expected[0]);
                assertEquals(expected[3], page.getByText(expected[2]).getAttribute("href"), expected[0]);
                assertNoAccessibilityViolations(page);
            }
        }
    }

    @Test
    void anEditThatCrossedSomeoneElsesSaveIsRefusedAndShowsTheLatestVersion() {
        String portal = suite.url(suite.ports().portal());
        try (BrowserContext context = newContext()) {
            Page page = context.newPage();
            signIn(page, portal, "editor1", "/my/listings");
            page.navigate(portal + "/my/listings/" + CHAIR_EXERCISE + "/edit");
            page.locator("#description").fill("Editor's words, typed while someone else saved.");

            // Meanwhile a coordinator saves a change through the API.
            String directory = suite.url(suite.ports().directory());
            String coordinator = Tokens.of(suite.issuer(), "coordinator1");
            var current = given().auth().oauth2(coordinator).when().get(directory + "/listings/" + CHAIR_EXERCISE)
                    .then().statusCode(200).extract();
            given().auth().oauth2(coordinator).header("If-Match", current.header("ETag"))
                    .contentType(ContentType.JSON)
                    .body(Map.of("organization_id", "11111111-1111-4111-8111-111111111111", "name",
                            "Chair-Based Exercise", "description", "Coordinator's correction."))
                    .when().put(directory + "/listings/" + CHAIR_EXERCISE).then().statusCode(200);

            page.locator("button[type=submit]").click();
            String problem = page.locator(".govuk-error-summary").innerText();
            assertTrue(problem.contains("Someone else changed this listing")
                    && problem.contains("Your changes have not been saved"), problem);
            assertEquals("Coordinator's correction.", page.locator("#description").inputValue());
            assertNoAccessibilityViolations(page);
        }
    }

    @Test
    void aCharityAsksToJoinAndACoordinatorVerifiesIt() {
        String portal = suite.url(suite.ports().portal());
        String name = "Millbrook Repair Cafe " + UUID.randomUUID().toString().substring(0, 8);
        try (BrowserContext context = newContext()) {
            Page page = context.newPage();
            signIn(page, portal, "applicant1", "/my/goals");
            page.locator("a[href='/join']").first().click();
            assertEquals("List your organisation", page.locator("h1").innerText());
            assertNoAccessibilityViolations(page);
            // Question pages: one question a page, then "Check your answers"
            page.locator("a.govuk-button--start").click();
            page.waitForURL(url -> url.endsWith("/join/name"));
            assertEquals("What is your organisation called?", page.locator("h1").innerText());
            assertNoAccessibilityViolations(page);
            page.locator("button[type=submit]").click();
            assertTrue(page.locator(".govuk-error-summary").innerText().contains("Enter your organisation's name"));
            assertNoAccessibilityViolations(page);
            page.locator("#name").fill(name);
            page.locator("button[type=submit]").click();
            page.waitForURL(url -> url.endsWith("/join/description"));
            page.locator("#description").fill("We mend things on Saturdays.");
            page.locator("button[type=submit]").click();
            page.waitForURL(url -> url.endsWith("/join/email"));
            page.locator("button[type=submit]").click();
            page.waitForURL(url -> url.endsWith("/join/website"));
            page.locator("#website").fill("https://repair.example");
            page.locator("button[type=submit]").click();
            page.waitForURL(url -> url.endsWith("/join/message"));
            page.locator("#message").fill("I run the volunteers.");
            page.locator("button[type=submit]").click();
            page.waitForURL(url -> url.endsWith("/join/check"));
            assertEquals("Check your answers before sending your request", page.locator("h1").innerText());
            assertTrue(page.locator(".govuk-summary-list").innerText().contains(name));
            assertNoAccessibilityViolations(page);
            // A change goes back to its question with the answer so far, then straight back to the check page
            page.locator("a[href='/join/description?change=true']").click();
            assertEquals("We mend things on Saturdays.", page.locator("#description").inputValue());
            assertNoAccessibilityViolations(page);
            page.locator("#description").fill("We mend things together on the first Saturday of the month.");
            page.locator("button[type=submit]").click();
            page.waitForURL(url -> url.endsWith("/join/check"));
            assertTrue(page.locator(".govuk-summary-list").innerText().contains("first Saturday of the month"));
            page.locator("form[action='/join/check'] button[type=submit]").click();
            page.waitForURL(url -> url.contains("sent="));
            assertTrue(page.locator(".govuk-notification-banner").innerText().contains("Your request to list " + name));
            assertTrue(page.locator(".govuk-summary-list").innerText().contains("Waiting for a coordinator"));
            assertNoAccessibilityViolations(page);
        }
        try (BrowserContext context = newContext()) {
            Page page = context.newPage();
            signIn(page, portal, "coordinator1", "/my/listings");
            page.locator("a[href='/coordinator/join-requests']").click();
            assertEquals("Organisations waiting to be checked", page.locator("h1").innerText());
            assertNoAccessibilityViolations(page);
            page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                    new Page.GetByRoleOptions().setName(name)).click();
            assertEquals(name, page.locator("h1").innerText());
            assertTrue(page.locator(".govuk-summary-list").innerText().contains("I run the volunteers."));
            assertNoAccessibilityViolations(page);
            page.locator("form[action$='/reject'] button").click();
            assertTrue(page.locator(".govuk-error-summary").innerText().contains("Say why"));
            assertNoAccessibilityViolations(page);
            page.locator("form[action$='/approve'] button").click();
            page.waitForURL(url -> url.contains("approved="));
            assertTrue(page.locator(".govuk-notification-banner").innerText().contains(name + " is verified"));
        }
        given().queryParam("search", name).when().get(suite.url(suite.ports().directory()) + "/organizations")
                .then().statusCode(200).body("contents.name", org.hamcrest.Matchers.hasItem(name));
        try (BrowserContext context = newContext()) {
            Page page = context.newPage();
            signIn(page, portal, "applicant1", "/my/goals");
            page.locator("a[href='/my/listings']").first().click();
            assertEquals("Your listings", page.locator("h1").innerText());
            page.navigate(portal + "/join");
            assertTrue(page.locator(".govuk-summary-list").innerText().contains("Approved"));
            assertNoAccessibilityViolations(page);
        }
    }

    @Test
    void aCoordinatorAddsAnotherDirectorysFeedAndPullsIt() {
        String portal = suite.url(suite.ports().portal());
        String name = "Northshire directory " + UUID.randomUUID().toString().substring(0, 8);
        // Nothing listens on the discard port: the pull fails, and the page says so.
        String address = "http://127.0.0.1:9/oruk/" + name.hashCode();
        try (BrowserContext context = newContext()) {
            Page page = context.newPage();
            signIn(page, portal, "coordinator1", "/my/listings");
            page.locator("a[href='/coordinator/feeds']").click();
            assertEquals("Feeds from other directories", page.locator("h1").innerText());
            assertNoAccessibilityViolations(page);

            page.locator("#base_url").fill("directory.example");
            page.locator("form[action='/coordinator/feeds'] button").click();
            String errors = page.locator(".govuk-error-summary").innerText();
            assertTrue(errors.contains("Enter a name for the feed"), errors);
            assertTrue(errors.contains("starting with https://"), errors);
            assertEquals("directory.example", page.locator("#base_url").inputValue(), "what was typed is kept");
            assertNoAccessibilityViolations(page);

            page.locator("#name").fill(name);
            page.locator("#base_url").fill(address);
            page.locator("label[for='refresh_minutes-360']").click();
            page.locator("form[action='/coordinator/feeds'] button").click();
            page.waitForURL(url -> url.contains("registered="));
            assertTrue(page.locator(".govuk-notification-banner").innerText().contains(name + " is added"));
            assertTrue(page.locator("#feeds tbody tr").filter(new com.microsoft.playwright.Locator.FilterOptions()
                    .setHasText(name)).innerText().contains("every 6 hours"));
            assertNoAccessibilityViolations(page);

            // The same address again: the directory refuses it, and the form says why at the address.
            page.locator("#name").fill(name + " again");
            page.locator("#base_url").fill(address);
            page.locator("form[action='/coordinator/feeds'] button").click();
            assertTrue(page.locator(".govuk-error-summary a[href='#base_url']").innerText()
                    .contains("added already"));
            assertNoAccessibilityViolations(page);

            page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                    new Page.GetByRoleOptions().setName(name).setExact(true)).click();
            assertEquals(name, page.locator("h1").innerText());
            assertTrue(page.locator(".govuk-summary-list").innerText().contains(address));
            String feedPage = page.url();
            page.locator("form[action$='/pull'] button").click();
            if (!page.url().contains("pulled=true")) {
                // The scheduler pulls a new feed within a minute too, and its pull was running: the page says so.
                // Once it has ended (it cannot reach the address either), the coordinator's pull starts.
                assertTrue(page.locator(".govuk-error-summary").innerText().contains("being pulled"));
                assertNoAccessibilityViolations(page);
                awaitPull(page, feedPage, "Failed");
                page.locator("form[action$='/pull'] button").click();
            }
            assertTrue(page.url().contains("pulled=true"), page.url());
            assertTrue(page.locator(".govuk-notification-banner").innerText().contains("The pull has started"));
            assertNoAccessibilityViolations(page);
            // The coordinator's pull cannot reach the address: it fails, and the page says so.
            String pull = awaitPull(page, feedPage, "by coordinator1", "Failed");
            assertTrue(pull.contains("by coordinator1") && pull.contains("Failed"), pull);
            assertNoAccessibilityViolations(page);
        }
    }

    /**
     * Reloads the feed's page (for up to 30 s) until one of its pulls shows all of {@code texts}; returns that pull's
     * row, or the last one seen.
     */
    private static String awaitPull(Page page, String feedPage, String... texts) {
        String row = "";
        for (int attempt = 0; attempt < 30; attempt++) {
            page.navigate(feedPage);
            for (String candidate : page.locator("#pulls tbody tr").allInnerTexts()) {
                row = candidate;
                if (java.util.Arrays.stream(texts).allMatch(candidate::contains)) {
                    return candidate;
                }
            }
            page.waitForTimeout(1000);
        }
        return row;
    }
}
