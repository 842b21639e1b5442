package org.socialprescribing.directory.config;

import java.time.Period;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** When a listing counts as stale: not reviewed ("still accurate") for this long. */
@ConfigMapping(prefix = "directory.review")
public interface ReviewConfig {

    @WithDefault("P6M")
    Period staleAfter();
}
