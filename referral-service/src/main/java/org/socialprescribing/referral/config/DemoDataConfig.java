package org.socialprescribing.referral.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The demo referrals, for the demo users of the local realm. */
@ConfigMapping(prefix = "demo-data")
public interface DemoDataConfig {

    /** Load the demo referrals at start ({@code DEMO_DATA_ENABLED=true}; {@code ./suite up} sets it). */
    @WithDefault("false")
    boolean enabled();
}
