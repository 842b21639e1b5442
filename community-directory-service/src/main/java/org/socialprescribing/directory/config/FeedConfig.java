package org.socialprescribing.directory.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How federated feeds are pulled. */
@ConfigMapping(prefix = "directory.feeds")
public interface FeedConfig {

    /** Services asked for per page (a feed may give fewer). */
    @WithDefault("100")
    int pageSize();

    /** Longest wait for one page, connecting included. */
    @WithDefault("PT30S")
    Duration timeout();

    /** Further attempts at a page after a timeout, a network error or a 5xx/429 answer. */
    @WithDefault("3")
    int retries();

    /** Wait before the first retry; doubled before each further one. */
    @WithDefault("PT2S")
    Duration retryBackoff();

    /** How often the scheduler looks for feeds that are due ("off" to pull on demand only). */
    @WithDefault("1m")
    String checkEvery();

    /** A run that has held its feed this long is taken to have died with its process; the feed is freed. */
    @WithDefault("PT6H")
    Duration abandonAfter();

    /**
     * Whether a feed's address may be this machine or a private network (and redirects are followed): true only
     * where every address is trusted, such as the local stack and tests ({@code FeedAddresses}).
     */
    @WithDefault("false")
    boolean allowPrivateAddresses();

    /** Problems listed in a run report; further ones are counted. */
    @WithDefault("500")
    int maxProblems();
}
