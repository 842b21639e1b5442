package org.socialprescribing.directory.config;

import java.time.Duration;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How federated feeds are pulled. */
@ConfigMapping(prefix = "directory.feeds")
public interface FeedConfig {

    /** Services asked for per page (a feed may give fewer). */
    @WithDefault("100")
    int pageSize();

    /**
     * Longest one attempt at a request may take, counted from just before the address look-up to the body's last
     * byte (headers and body: a feed that drips its body a byte at a time still ends here; the look-up itself is
     * bounded by the JVM resolver's own time-out). An attempt that runs out of it is retried, so one page takes at
     * most {@code (retries + 1)} times this, plus the back-offs between attempts.
     */
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
     * Whether a feed's address may be this machine or a private network: true only
     * where every address is trusted, such as the local stack and tests ({@code FeedAddresses}).
     */
    @WithDefault("false")
    boolean allowPrivateAddresses();

    /**
     * Largest body one answer may have. Reading stops, and the answer is refused, as soon as it passes this: a
     * page is held in memory while it is read.
     */
    @WithDefault("20M")
    MemorySize maxPageSize();

    /** Pages one run reads at most; a feed that reports more (or never its last) stops there, keeping what it wrote. */
    @WithDefault("2000")
    int maxPages();

    /** Services one run takes at most; the run stops there, keeping what it wrote. */
    @WithDefault("200000")
    int maxRecords();

    /**
     * Whether a feed's address may be plain {@code http://}: true only where nothing travels over a network that
     * others share, such as the local stack and tests. Otherwise a feed must be {@code https://}.
     */
    @WithDefault("false")
    boolean allowPlainHttp();

    /** Problems listed in a run report; further ones are counted. */
    @WithDefault("500")
    int maxProblems();
}
