package org.socialprescribing.suite;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.socialprescribing.testsupport.Tokens;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import io.restassured.http.ContentType;

/**
 * A resident signs in through the real Keycloak login page in a real browser (Debian's Chromium, named by the
 * CHROMIUM environment variable), reaches the page that calls wellbeing-service with their token, and signs out.
 * Every page passes axe-core at WCAG 2.2 AA.
 */
class PortalJourneyTest extends Browsers {

    @Test
    void residentSignsInSeesTheirGoalsAndSignsOut() {
        String portal = suite.url(suite.ports().portal());
        given().auth().oauth2(Tokens.of(suite.issuer(), "resident1")).contentType(ContentType.JSON)
                .body("{\"title\": \"Go to the Tuesday walking group\"}")
                .when().post(suite.url(suite.ports().wellbeing()) + "/goals").then().statusCode(201);

        try (BrowserContext context = newContext()) {
            Page page = context.newPage();
            page.navigate(portal + "/");
            assertEquals("Find support and activities near you", page.locator("h1").innerText());
            assertNoAccessibilityViolations(page);

            page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                    new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
            page.waitForURL(url -> url.contains("/realms/social-prescribing/"));
            page.locator("#username").fill("resident1");
            page.locator("#password").fill("demo");
            page.locator("#kc-login").click();

            page.waitForURL(url -> url.startsWith(portal + "/my/goals"));
            assertEquals("Your wellbeing goals", page.locator("h1").innerText());
            assertTrue(page.locator("table.govuk-table").innerText().contains("Go to the Tuesday walking group"),
                    "the goal stored in wellbeing-service is shown");
            assertNoAccessibilityViolations(page);

            // A button in a form with its CSRF token, named "Sign out (resident1)" for screen readers
            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Sign out (resident1)")).click();
            page.waitForURL(url -> url.startsWith(portal + "/") && !url.contains("/my/"));
            assertTrue(page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                    new Page.GetByRoleOptions().setName("Sign in").setExact(true)).isVisible());
        }
    }

    @Test
    void anyoneSearchesTheDirectoryAndOpensAService() {
        String portal = suite.url(suite.ports().portal());
        try (BrowserContext context = newContext()) {
            Page page = context.newPage();
            page.navigate(portal + "/");
            page.locator("#search").fill("walking");
            page.locator("form button").first().click();
            page.waitForURL(url -> url.startsWith(portal + "/services?search=walking"));
            assertTrue(page.locator("#results-heading").innerText().contains("for \u201cwalking\u201d"));
            assertNoAccessibilityViolations(page);

            page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                    new Page.GetByRoleOptions().setName("Tuesday Riverside Health Walk")).click();
            assertEquals("Tuesday Riverside Health Walk", page.locator("h1").innerText());
            assertTrue(page.locator(".govuk-summary-list").innerText().contains("Ages 16 and over"));
            assertNoAccessibilityViolations(page);

            page.navigate(portal + "/services?search=zzzzqqqq");
            assertTrue(page.locator("h2").first().innerText().startsWith("No results"));
            assertNoAccessibilityViolations(page);
        }
    }

    @Test
    void aResidentSearchesNearAPostcodeAndSeesWhenAndWhere() {
        String portal = suite.url(suite.ports().portal());
        try (BrowserContext context = newContext()) {
            Page page = context.newPage();
            page.navigate(portal + "/services");
            page.locator("#postcode").fill("dm1 1ab");
            page.locator("#miles").selectOption("1");
            page.locator("#day").selectOption("TU");
            page.locator("form button").first().click();
            page.waitForURL(url -> url.contains("postcode=DM1+1AB") || url.contains("postcode=dm1+1ab"));
            assertTrue(page.locator("#results-heading").innerText().contains("near DM1 1AB"),
                    page.locator("#results-heading").innerText());
            String results = page.locator("ul[aria-labelledby=results-heading]").innerText();
            assertTrue(results.contains("miles away") && results.contains("Next: "), results);
            assertNoAccessibilityViolations(page);

            page.locator("ul[aria-labelledby=results-heading] h3 a").first().click();
            assertTrue(page.locator("h2", new Page.LocatorOptions().setHasText("When and where")).isVisible());
            assertTrue(page.locator("main").innerText().contains("Tuesday"), page.locator("main").innerText());
            assertNoAccessibilityViolations(page);

            page.navigate(portal + "/services?postcode=ZZ99+9ZZ");
            assertTrue(page.locator(".govuk-error-summary").innerText().contains("Enter a postcode in the area"));
            assertTrue(page.title().startsWith("Error:"), page.title());
            assertNoAccessibilityViolations(page);
        }
    }

    @Test
    void aCharityEditorSeesTheirListingsAndConfirmsOneIsStillAccurate() {
        String portal = suite.url(suite.ports().portal());
        try (BrowserContext context = newContext()) {
            Page page = context.newPage();
            page.navigate(portal + "/sign-in");
            page.locator("#username").fill("editor1");
            page.locator("#password").fill("demo");
            page.locator("#kc-login").click();
            page.waitForURL(url -> url.startsWith(portal + "/my/listings"));
            assertEquals("Your listings", page.locator("h1").innerText());
            // The one-click "Still accurate" buttons cannot be framed by another site (clickjacking)
            var headers = page.reload().headers();
            assertTrue(headers.get("content-security-policy").contains("frame-ancestors 'none'"), headers.toString());
            assertEquals("DENY", headers.get("x-frame-options"));
            // A forged post with the session cookie but without the form's CSRF token is refused, in words
            var forged = context.request().post(portal + "/my/listings/" + java.util.UUID.randomUUID() + "/review",
                    com.microsoft.playwright.options.RequestOptions.create()
                            .setForm(com.microsoft.playwright.options.FormData.create().set("x", "y"))
                            .setMaxRedirects(0));
            assertEquals(400, forged.status());
            assertTrue(forged.text().contains("This form could not be sent"), forged.text());
            String table = page.locator("table.govuk-table").innerText();
            assertTrue(table.contains("Tuesday Riverside Health Walk") && !table.contains("Debt Advice Drop-in"),
                    table);
            assertNoAccessibilityViolations(page);

            var row = page.locator("tr", new Page.LocatorOptions().setHasText("Tuesday Riverside Health Walk"));
            assertTrue(row.locator("button").innerText().startsWith("Still accurate"), row.innerText());
            row.locator("button").click();
            page.waitForURL(url -> url.contains("reviewed="));
            assertTrue(page.locator(".govuk-notification-banner").innerText()
                    .contains("Tuesday Riverside Health Walk is marked as still accurate"));
            String today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"))
                    .format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK));
            assertTrue(page.locator("tr", new Page.LocatorOptions().setHasText("Tuesday Riverside Health Walk"))
                    .innerText().contains(today));
            assertNoAccessibilityViolations(page);
        }
    }

    @Test
    void staffWithoutTheResidentRoleGetAnAccessiblePageNotTheirGoals() {
        String portal = suite.url(suite.ports().portal());
        try (BrowserContext context = newContext()) {
            Page page = context.newPage();
            page.navigate(portal + "/my/goals");
            page.locator("#username").fill("linkworker1");
            page.locator("#password").fill("demo");
            page.locator("#kc-login").click();
            page.waitForURL(url -> url.startsWith(portal + "/my/goals"));
            assertEquals("You cannot see this page", page.locator("h1").innerText());
            assertNoAccessibilityViolations(page);
        }
    }
}
