package org.socialprescribing.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

/**
 * The main journeys in Welsh, in a real browser on the whole suite: the header's switch ("Cymraeg") turns every page of
 * the portal Welsh and keeps it so, directory content stays as its listing gives it, and every page passes axe-core at
 * WCAG 2.2 AA (its language rules included: {@code <html lang>} and the switch's {@code lang} parts).
 */
class WelshJourneyTest extends Browsers {

    @Test
    void anyoneSwitchesToWelshSearchesAndOpensAService() {
        String portal = suite.url(suite.ports().portal());
        try (BrowserContext context = newContext()) {
            Page page = context.newPage();
            page.navigate(portal + "/");
            page.locator("a[hreflang='cy']").click();
            page.waitForURL(url -> url.contains("lang=cy"));
            assertEquals("cy", page.locator("html").getAttribute("lang"));
            assertEquals("Dod o hyd i gymorth a gweithgareddau yn agos atoch", page.locator("h1").innerText());
            assertEquals("en", page.locator("a[hreflang='en']").getAttribute("lang"), "English is named in English");
            assertNoAccessibilityViolations(page);

            page.locator("#search").fill("walking");
            page.locator("form button").first().click();
            page.waitForURL(url -> url.contains("/services?search=walking"));
            assertEquals("cy", page.locator("html").getAttribute("lang"), "the choice is kept in a cookie");
            assertNoAccessibilityViolations(page);

            page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                    new Page.GetByRoleOptions().setName("Tuesday Riverside Health Walk")).click();
            assertEquals("Tuesday Riverside Health Walk", page.locator("h1").innerText(),
                    "the listing's own words are not translated");
            assertEquals("cy", page.locator("html").getAttribute("lang"));
            assertNoAccessibilityViolations(page);

            page.navigate(portal + "/no-such-page");
            assertEquals("Heb ddod o hyd i'r dudalen", page.locator("h1").innerText());
            assertNoAccessibilityViolations(page);

            page.locator("a[hreflang='en']").click();
            assertEquals("en", page.locator("html").getAttribute("lang"));
        }
    }

    @Test
    void aResidentAsksToListTheirOrganisationInWelsh() {
        String portal = suite.url(suite.ports().portal());
        String name = "Caffi Trwsio " + UUID.randomUUID().toString().substring(0, 8);
        try (BrowserContext context = newContext()) {
            Page page = context.newPage();
            page.navigate(portal + "/?lang=cy");
            signIn(page, portal, "applicant1", "/my/goals");
            assertEquals("Eich nodau llesiant", page.locator("h1").innerText());
            assertNoAccessibilityViolations(page);

            page.navigate(portal + "/join");
            assertEquals("Rhestru eich sefydliad", page.locator("h1").innerText());
            assertNoAccessibilityViolations(page);
            page.locator("a.govuk-button--start").click();
            page.waitForURL(url -> url.endsWith("/join/name"));
            assertEquals("Beth yw enw eich sefydliad?", page.locator("h1").innerText());
            page.locator("button[type=submit]").click();
            assertTrue(page.locator(".govuk-error-summary").innerText().contains("Rhowch enw eich sefydliad"));
            assertTrue(page.title().startsWith("Gwall:"), page.title());
            assertNoAccessibilityViolations(page);
            page.locator("#name").fill(name);
            page.locator("button[type=submit]").click();
            for (String optional : new String[]{"description", "email", "website", "message"}) {
                page.waitForURL(url -> url.endsWith("/join/" + optional));
                page.locator("button[type=submit]").click();
            }
            page.waitForURL(url -> url.endsWith("/join/check"));
            assertEquals("Gwiriwch eich atebion cyn anfon eich cais", page.locator("h1").innerText());
            assertTrue(page.locator(".govuk-summary-list").innerText().contains("Heb ei roi"));
            assertNoAccessibilityViolations(page);
            page.locator("form[action='/join/check'] button[type=submit]").click();
            page.waitForURL(url -> url.contains("sent="));
            assertTrue(page.locator(".govuk-notification-banner").innerText()
                    .contains("Mae eich cais i restru " + name + " wedi'i anfon"));
            assertTrue(page.locator(".govuk-summary-list").innerText().contains("Yn aros am gydlynydd"));
            assertNoAccessibilityViolations(page);
        }
    }
}
