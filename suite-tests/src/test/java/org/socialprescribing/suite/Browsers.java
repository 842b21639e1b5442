package org.socialprescribing.suite;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * The journeys' shared parts (journey classes extend it): Debian's Chromium (named by the CHROMIUM environment
 * variable) through Playwright,
 * signing in on the real Keycloak page, and axe-core at WCAG 2.2 AA.
 */
abstract class Browsers {

    /** One Playwright and one Chromium per journey class, closed after its last journey. */
    protected static Playwright playwright;
    protected static Browser browser;

    protected final RunningSuite suite = RunningSuite.get();

    @BeforeAll
    static void launchBrowser() {
        playwright = Playwright.create();
        browser = launch(playwright);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    private static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    static Browser launch(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    /** Signs in through the portal's /sign-in and waits for the page the portal sends this user to. */
    static void signIn(Page page, String portal, String username, String landsOn) {
        page.navigate(portal + "/sign-in");
        page.locator("#username").fill(username);
        page.locator("#password").fill("demo");
        page.locator("#kc-login").click();
        page.waitForURL(url -> url.startsWith(portal + landsOn));
    }

    /** What Chromium reported as blocked by the portal's Content-Security-Policy, since the last check. */
    private static final List<String> CSP_VIOLATIONS = Collections.synchronizedList(new ArrayList<>());

    /** A fresh browser context whose pages' Content-Security-Policy reports are checked with each axe check. */
    static BrowserContext newContext() {
        BrowserContext context = browser.newContext();
        context.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                CSP_VIOLATIONS.add(message.location() + ": " + message.text());
            }
        });
        return context;
    }

    /** Axe-core finds nothing at WCAG 2.2 AA, and the browser blocked nothing for the Content-Security-Policy. */
    static void assertNoAccessibilityViolations(Page page) {
        List<String> blocked = List.copyOf(CSP_VIOLATIONS);
        CSP_VIOLATIONS.clear();
        assertTrue(blocked.isEmpty(), "Content-Security-Policy violations up to " + page.url() + ":\n"
                + String.join("\n", blocked));
        AxeResults results = new AxeBuilder(page).withTags(WCAG_22_AA).analyze();
        String violations = results.getViolations().stream()
                .map(v -> v.getId() + ": " + v.getHelp() + " (" + v.getNodes().size() + " nodes)")
                .collect(Collectors.joining("\n"));
        assertTrue(results.getViolations().isEmpty(), "axe violations on " + page.url() + ":\n" + violations);
    }
}
