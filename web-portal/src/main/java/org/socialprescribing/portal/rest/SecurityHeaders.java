package org.socialprescribing.portal.rest;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.socialprescribing.portal.config.SecurityHeadersConfig;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;

/**
 * Adds the security headers to every response the portal sends: pages, error pages, static files, the sign-in
 * redirects. They are set just before the headers go out ({@code addHeadersEndHandler}), so a handler that answers
 * on its own (the static files, OIDC's redirects, the CSRF refusal) cannot leave them out.
 */
@ApplicationScoped
public class SecurityHeaders {

    /**
     * The one inline script, in {@code layout.html}: it marks the page as having JavaScript before anything is drawn,
     * so GOV.UK Frontend's components do not flash. The CSP allows exactly this text by its hash; change both together
     * ({@code SecurityHeadersTest} checks that the page's script matches).
     */
    static final String JS_ENABLED_SCRIPT = "document.body.className += ' js-enabled' + ('noModule' in "
            + "HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');";

    /** Runs before the routes, so the end handler is in place whichever of them answers. */
    private static final int PRIORITY = 10_000;

    private final String contentSecurityPolicy;
    private final String strictTransportSecurity;

    public SecurityHeaders(SecurityHeadersConfig config,
            @ConfigProperty(name = "quarkus.oidc.auth-server-url") Optional<String> keycloak) {
        this.contentSecurityPolicy = contentSecurityPolicy(keycloak.map(SecurityHeaders::origin));
        this.strictTransportSecurity = config.hsts()
                ? "max-age=" + config.hstsMaxAge().toSeconds() + "; includeSubDomains"
                : null;
    }

    void register(@Observes Filters filters) {
        filters.register(context -> {
            context.addHeadersEndHandler(ignored -> set(context.response().headers()));
            context.next();
        }, PRIORITY);
    }

    void set(MultiMap headers) {
        headers.set("Content-Security-Policy", contentSecurityPolicy);
        headers.set("X-Frame-Options", "DENY");
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "same-origin");
        headers.set("Permissions-Policy", "accelerometer=(), autoplay=(), camera=(), display-capture=(), "
                + "geolocation=(), gyroscope=(), interest-cohort=(), magnetometer=(), microphone=(), midi=(), "
                + "payment=(), publickey-credentials-get=(), serial=(), usb=(), xr-spatial-tracking=()");
        if (strictTransportSecurity != null) {
            headers.set("Strict-Transport-Security", strictTransportSecurity);
        }
    }

    /**
     * Nothing inline but the one hashed script, nothing from other origins, no framing. Forms post only to the portal,
     * and to Keycloak: signing out posts to the portal, which redirects to Keycloak's logout, and a form posted after
     * the session ended is redirected to Keycloak's sign-in; browsers check form-action on those redirects too.
     */
    static String contentSecurityPolicy(Optional<String> keycloakOrigin) {
        return "default-src 'self'; script-src 'self' '" + sha256(JS_ENABLED_SCRIPT) + "'; style-src 'self'; "
                + "img-src 'self' data:; font-src 'self'; connect-src 'self'; "
                + "form-action 'self'" + keycloakOrigin.map(o -> " " + o).orElse("") + "; "
                + "base-uri 'none'; object-src 'none'; frame-ancestors 'none'";
    }

    static String sha256(String script) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    /** {@code http://localhost:8180/realms/x} → {@code http://localhost:8180}. */
    static String origin(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }
}
