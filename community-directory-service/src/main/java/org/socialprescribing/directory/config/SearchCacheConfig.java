package org.socialprescribing.directory.config;

import java.time.Duration;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The public search's answer cache (see the service README, "Search answers are reused"). */
@ConfigMapping(prefix = "directory.search-cache")
public interface SearchCacheConfig {

    /**
     * How long an answer may be reused at most. A change made through this process shows at once; one made through
     * another replica, or straight in the database, shows within this time. Zero turns the cache off.
     */
    @WithDefault("30S")
    Duration timeToLive();

    /** The encoded answers kept at most, in bytes (least used go first). */
    @WithDefault("8M")
    MemorySize maxSize();
}
