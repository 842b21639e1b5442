package org.socialprescribing.portal.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Only http(s) addresses with a host become links; only e-mail-like addresses become mailto: links. */
class SafeLinksTest {

    @Test
    void httpAndHttpsAddressesWithAHostAreLinks() {
        assertEquals("https://walks.example.org/tuesday?x=1",
                SafeLinks.webHref("https://walks.example.org/tuesday?x=1"));
        assertEquals("http://example.org", SafeLinks.webHref(" http://example.org "));
        assertEquals("HTTPS://EXAMPLE.ORG/", SafeLinks.webHref("HTTPS://EXAMPLE.ORG/"));
    }

    @Test
    void scriptsDataOtherSchemesAndAddressesWithoutAHostAreNot() {
        for (String address : new String[]{"javascript:alert(1)", "JavaScript:alert(1)", " javascript:alert(1)",
                "data:text/html,<script>alert(1)</script>", "vbscript:msgbox", "file:///etc/passwd",
                "ftp://example.org", "//evil.example/", "/relative/path", "www.example.org", "http:/no-host",
                "https://", "http://exa mple.org", "", "   "}) {
            assertNull(SafeLinks.webHref(address), address);
        }
        assertNull(SafeLinks.webHref(null));
    }

    @Test
    void emailAddressesBecomeMailtoLinksOnlyWhenTheyLookLikeOne() {
        assertEquals("mailto:walks@example.org", SafeLinks.mailtoHref("walks@example.org"));
        assertEquals("mailto:first.last+tag@sub.example.co.uk",
                SafeLinks.mailtoHref(" first.last+tag@sub.example.co.uk"));
        for (String email : new String[]{"javascript:alert(1)@x.org", "a@b", "no-at-sign.example.org", "a@@b.org",
                "a b@example.org", "a@example.org?bcc=all@example.org", "a@example.org,b@example.org",
                "\"><script>@x.org", "", null}) {
            assertNull(SafeLinks.mailtoHref(email), String.valueOf(email));
        }
    }
}
