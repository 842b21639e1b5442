package org.socialprescribing.portal;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Every kind of response the portal sends carries the security headers: pages, error pages, static files from the
 * webjar and from META-INF/resources, the sign-in redirect. The policy allows the one inline script by its hash and
 * nothing else inline.
 */
@QuarkusTest
@WithTestResource(StandInApis.class)
class SecurityHeadersTest {

    @Test
    void everyKindOfResponseCarriesTheHeaders() throws Exception {
        assertHeaders(given().when().get("/"), 200);
        assertHeaders(given().when().get("/services?search=walk"), 200);
        assertHeaders(given().when().get("/services/no-such-service"), 404);
        assertHeaders(given().when().get("/no-such-page"), 404);
        assertHeaders(given().when().get("/css/portal.css"), 200);
        assertHeaders(given().when().get("/js/init.js"), 200);
        assertHeaders(given().when().get("/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.css"), 200);
        assertHeaders(given().when().get("/assets/manifest.json"), 200);
        // The one-click "Still accurate" and "Verify" pages need a sign-in: the redirect to Keycloak carries them too
        assertHeaders(given().redirects().follow(false).when().get("/my/listings"), 302);
        assertHeaders(given().redirects().follow(false).when().get("/coordinator/join-requests/" + java.util.UUID
                .randomUUID()), 302);
        assertHeaders(given().when().get("/sign-out"), 405);
    }

    @Test
    void theOneInlineScriptIsAllowedByItsHashAndNoOtherIsInline() throws Exception {
        Response response = given().when().get("/");
        List<String> inline = new ArrayList<>();
        Matcher scripts = Pattern.compile("<script([^>]*)>(.*?)</script>", Pattern.DOTALL).matcher(response.asString());
        while (scripts.find()) {
            if (!scripts.group(1).contains("src=")) {
                inline.add(scripts.group(2));
            }
        }
        assertEquals(1, inline.size(), "only the js-enabled script is inline: " + inline);
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(inline.get(0).getBytes(StandardCharsets.UTF_8));
        String policy = response.header("Content-Security-Policy");
        assertTrue(policy.contains("script-src 'self' 'sha256-" + Base64.getEncoder().encodeToString(digest) + "'"),
                policy);
        assertTrue(response.asString().contains("<script type=\"module\" src=\"/js/init.js\"></script>"));
    }

    @Test
    void formsMayGoToThePortalAndToKeycloakOnly() {
        URI keycloak = URI.create(ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class));
        String policy = given().when().get("/").header("Content-Security-Policy");
        assertTrue(policy.contains("form-action 'self' " + keycloak.getScheme() + "://" + keycloak.getRawAuthority()
                + ";"), policy);
    }

    @Test
    void noStrictTransportSecurityOutsideProd() {
        assertNull(given().when().get("/").header("Strict-Transport-Security"));
    }

    private static void assertHeaders(Response response, int status) {
        assertEquals(status, response.statusCode(), response.asString());
        String policy = response.header("Content-Security-Policy");
        assertTrue(policy != null, "a Content-Security-Policy on a " + status);
        for (String directive : List.of("default-src 'self'", "script-src 'self' 'sha256-", "style-src 'self';",
                "img-src 'self' data:;", "form-action 'self'", "base-uri 'none'", "object-src 'none'",
                "frame-ancestors 'none'")) {
            assertTrue(policy.contains(directive), directive + " in " + policy);
        }
        assertFalse(policy.contains("unsafe-inline") || policy.contains("unsafe-eval"), policy);
        assertEquals("DENY", response.header("X-Frame-Options"));
        assertEquals("nosniff", response.header("X-Content-Type-Options"));
        assertEquals("same-origin", response.header("Referrer-Policy"));
        String permissions = response.header("Permissions-Policy");
        for (String feature : List.of("camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()",
                "interest-cohort=()")) {
            assertTrue(permissions != null && permissions.contains(feature), feature + " in " + permissions);
        }
    }
}
