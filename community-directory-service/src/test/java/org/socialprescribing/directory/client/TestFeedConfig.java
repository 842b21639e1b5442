package org.socialprescribing.directory.client;

import java.math.BigInteger;
import java.time.Duration;

import org.socialprescribing.directory.config.FeedConfig;

import io.quarkus.runtime.configuration.MemorySize;

/** The feed settings as plain values, for tests of the client alone; {@link #production()} is the defaults. */
public record TestFeedConfig(int pageSize, Duration timeout, int retries, Duration retryBackoff, String checkEvery,
        Duration abandonAfter, boolean allowPrivateAddresses, MemorySize maxPageSize, int maxPages, int maxRecords,
        boolean allowPlainHttp, int maxProblems) implements FeedConfig {

    /** As a production service runs (shorter waits): https only, public addresses only. */
    public static TestFeedConfig production() {
        return new TestFeedConfig(100, Duration.ofSeconds(5), 1, Duration.ofMillis(10), "off", Duration.ofHours(6),
                false, new MemorySize(BigInteger.valueOf(20L << 20)), 2000, 200_000, false, 500);
    }

    public TestFeedConfig allowingPrivateAddresses() {
        return new TestFeedConfig(pageSize, timeout, retries, retryBackoff, checkEvery, abandonAfter, true,
                maxPageSize, maxPages, maxRecords, allowPlainHttp, maxProblems);
    }

    public TestFeedConfig allowingPlainHttp() {
        return new TestFeedConfig(pageSize, timeout, retries, retryBackoff, checkEvery, abandonAfter,
                allowPrivateAddresses, maxPageSize, maxPages, maxRecords, true, maxProblems);
    }
}
