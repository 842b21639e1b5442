package org.socialprescribing.portal.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The security headers every portal response carries (see web-portal/README.md for what each is for). */
@ConfigMapping(prefix = "portal.security-headers")
public interface SecurityHeadersConfig {

    /**
     * Whether to send {@code Strict-Transport-Security}: on in the prod profile (the portal is reached over https),
     * off elsewhere and for {@code ./suite up}, which runs the prod profile over plain http on localhost
     * ({@code PORTAL_SECURE_TRANSPORT=false}). A browser that saw it once refuses plain http for the whole host.
     */
    @WithDefault("false")
    boolean hsts();

    /** How long the browser keeps to https only after seeing {@code Strict-Transport-Security}. */
    @WithDefault("365D")
    Duration hstsMaxAge();
}
