package org.socialprescribing.portal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.socialprescribing.portal.config.SecurityHeadersConfig;

import io.vertx.core.MultiMap;

/** Strict-Transport-Security only when configured (prod); the policy names Keycloak's origin for form-action. */
class SecurityHeadersHstsTest {

    @Test
    void hstsWhenOnAndNotWhenOff() {
        MultiMap on = MultiMap.caseInsensitiveMultiMap();
        new SecurityHeaders(config(true), Optional.empty()).set(on);
        assertEquals("max-age=31536000; includeSubDomains", on.get("Strict-Transport-Security"));
        MultiMap off = MultiMap.caseInsensitiveMultiMap();
        new SecurityHeaders(config(false), Optional.empty()).set(off);
        assertNull(off.get("Strict-Transport-Security"));
        assertEquals("DENY", off.get("X-Frame-Options"));
    }

    @Test
    void keycloaksOriginIsTheOnlyOtherFormTarget() {
        MultiMap headers = MultiMap.caseInsensitiveMultiMap();
        new SecurityHeaders(config(false), Optional.of("https://id.example.org:8443/realms/social-prescribing"))
                .set(headers);
        assertEquals(true, headers.get("Content-Security-Policy")
                .contains("form-action 'self' https://id.example.org:8443;"));
    }

    private static SecurityHeadersConfig config(boolean hsts) {
        return new SecurityHeadersConfig() {
            @Override
            public boolean hsts() {
                return hsts;
            }

            @Override
            public Duration hstsMaxAge() {
                return Duration.ofDays(365);
            }
        };
    }
}
