package org.socialprescribing.directory.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;
import org.socialprescribing.directory.config.RateLimitConfig;
import org.socialprescribing.directory.rest.RateLimits.Kind;

/** The buckets themselves, with time moved by the test's clock: refill, separate kinds, separate addresses. */
class RateLimitsTest {

    /** A clock the test moves. */
    static final class MovingClock extends Clock {
        Instant now = Instant.parse("2026-12-04T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private static RateLimitConfig config(boolean enabled) {
        return new RateLimitConfig() {
            public boolean enabled() {
                return enabled;
            }

            public List<String> trustedProxies() {
                return List.of("127.0.0.1");
            }

            public long maxAddresses() {
                return 1000;
            }

            public int ipv6PrefixLength() {
                return 64;
            }

            public int publicReads() {
                return 3;
            }

            public Duration publicReadsPer() {
                return Duration.ofMinutes(1);
            }

            public int joinRequests() {
                return 1;
            }

            public Duration joinRequestsPer() {
                return Duration.ofHours(1);
            }
        };
    }

    @Test
    void aBucketRefillsAsTimePasses() {
        MovingClock clock = new MovingClock();
        RateLimits limits = new RateLimits(config(true), clock);
        for (int i = 0; i < 3; i++) {
            assertTrue(limits.refusal(Kind.PUBLIC_READ, "192.0.2.1").isEmpty());
        }
        OptionalLong wait = limits.refusal(Kind.PUBLIC_READ, "192.0.2.1");
        assertEquals(OptionalLong.of(20), wait, "three a minute: one every 20 s");
        clock.now = clock.now.plusSeconds(19);
        assertTrue(limits.refusal(Kind.PUBLIC_READ, "192.0.2.1").isPresent());
        clock.now = clock.now.plusSeconds(1);
        assertTrue(limits.refusal(Kind.PUBLIC_READ, "192.0.2.1").isEmpty());
        assertTrue(limits.refusal(Kind.PUBLIC_READ, "192.0.2.1").isPresent());
    }

    @Test
    void kindsAndAddressesHaveTheirOwnBuckets() {
        RateLimits limits = new RateLimits(config(true), new MovingClock());
        assertTrue(limits.refusal(Kind.JOIN_REQUEST, "192.0.2.1").isEmpty());
        assertEquals(OptionalLong.of(3600), limits.refusal(Kind.JOIN_REQUEST, "192.0.2.1"));
        assertTrue(limits.refusal(Kind.PUBLIC_READ, "192.0.2.1").isEmpty());
        assertTrue(limits.refusal(Kind.JOIN_REQUEST, "192.0.2.2").isEmpty());
    }

    @Test
    void ipv6AddressesCountAsTheirSlash64() {
        RateLimits limits = new RateLimits(config(true), new MovingClock());
        assertEquals("2001:db8:1:2:0:0:0:0/64", limits.counted("2001:db8:1:2:aaaa:bbbb:cccc:dddd"));
        assertEquals("2001:db8:1:2:0:0:0:0/64", limits.counted("2001:db8:1:2::1"));
        assertEquals("192.0.2.7", limits.counted("192.0.2.7"));
    }

    @Test
    void offMeansNeverRefused() {
        RateLimits limits = new RateLimits(config(false), new MovingClock());
        for (int i = 0; i < 10; i++) {
            assertTrue(limits.refusal(Kind.JOIN_REQUEST, "192.0.2.1").isEmpty());
        }
    }
}
