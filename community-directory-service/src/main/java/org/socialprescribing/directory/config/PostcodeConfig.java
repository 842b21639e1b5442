package org.socialprescribing.directory.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the directory finds postcodes. */
@ConfigMapping(prefix = "directory.postcodes")
public interface PostcodeConfig {

    /** Where postcodes come from. */
    enum Source {
        /** The postcode-centroid table (ONS Postcode Directory or Code-Point Open import). */
        TABLE,
        /** A postcodes.io-compatible API ({@code quarkus.rest-client.postcodes-io.url}), the table as fallback. */
        POSTCODES_IO
    }

    @WithDefault("table")
    Source locator();
}
