package org.socialprescribing.portal.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The self-referral journey's settings. */
@ConfigMapping(prefix = "portal.referral")
public interface ReferralConfig {

    /**
     * Whether a guest's draft cookie is Secure (sent over HTTPS only): on in prod, off in dev and test, which run over
     * plain http.
     */
    @WithDefault("false")
    boolean secureDraftCookie();
}
