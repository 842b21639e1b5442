package org.socialprescribing.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

/**
 * A link worker works a demo referral in a real browser on the whole suite: their caseload, a referral with its
 * person, timeline and suggested groups (from the demo directory), a note of what matters, a move refused by the
 * state machine and one it allows. Every page passes axe-core at WCAG 2.2 AA.
 */
class CaseloadJourneyTest extends Browsers {

    @Test
    void aLinkWorkerWorksAReferralFromTheirCaseload() {
        String portal = suite.url(suite.ports().portal());
        try (BrowserContext context = newContext()) {
            Page page = context.newPage();
            signIn(page, portal, "linkworker1", "/");
            page.locator("a[href='/caseload']").first().click();
            assertEquals("Your caseload", page.locator("h1").innerText());
            assertTrue(page.locator("table.govuk-table").innerText().contains("Tom Evans"));
            assertNoAccessibilityViolations(page);

            page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                    new Page.GetByRoleOptions().setName("SP-DEMO-0006")).click();
            assertEquals("Referral SP-DEMO-0006", page.locator("h1").innerText());
            assertTrue(page.locator("main").innerText().contains("Suggested groups and services"));
            assertNoAccessibilityViolations(page);

            page.locator("#note-note").fill("Wants to be outdoors most days; used to keep bees.");
            page.locator("form[action$='/notes'] button").click();
            page.waitForURL(url -> url.contains("done=noted"));
            assertTrue(page.locator("main").innerText().contains("used to keep bees"));
            assertNoAccessibilityViolations(page);

            page.locator("#move-join_group").check();
            page.locator("form[action$='/moves'] button").click();
            assertTrue(page.locator(".govuk-error-summary").innerText().contains("That move is not possible"));
            assertNoAccessibilityViolations(page);

            page.locator("#move-match").check();
            page.locator("form[action$='/moves'] button").click();
            page.waitForURL(url -> url.contains("done=moved"));
            assertTrue(page.locator(".govuk-caption-l").innerText().contains("Matched"));
        }
    }
}
