package org.socialprescribing.directory.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Demo data for the local stack; never on in a real deployment. */
@ConfigMapping(prefix = "demo-data")
public interface DemoDataConfig {

    /** Load the demo directory at start ({@code DEMO_DATA_ENABLED=true}; {@code ./suite up} sets it). */
    @WithDefault("false")
    boolean enabled();
}
