package org.socialprescribing.referral.rest;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;

import jakarta.enterprise.context.ApplicationScoped;

import org.socialprescribing.referral.config.GuestLimitsConfig;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;

/**
 * A token bucket per client address and kind of guest call (Bucket4j), kept in memory per replica, as the
 * directory's RateLimits: several replicas each allow the limit. Time comes from the injected clock, so a test can
 * move it.
 */
@ApplicationScoped
public class GuestRateLimits {

    /** The kinds of call that are limited, each with its own allowance. */
    public enum Kind {
        SUBMISSION, STATUS_CHECK
    }

    private record Key(Kind kind, String address) {
    }

    private final GuestLimitsConfig config;
    private final ClientAddress clients;
    private final TimeMeter time;
    private final Cache<Key, Bucket> buckets;

    public GuestRateLimits(GuestLimitsConfig config, Clock clock) {
        this.config = config;
        this.clients = new ClientAddress(config.trustedProxies());
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return ChronoUnit.NANOS.between(Instant.EPOCH, clock.instant());
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
        this.buckets = Caffeine.newBuilder().maximumSize(config.maxAddresses()).build();
    }

    /** The address a call from {@code peer} with these {@code X-Forwarded-For} values counts against. */
    public String client(String peer, List<String> forwardedFor) {
        return clients.of(peer, forwardedFor);
    }

    /**
     * Counts one call of {@code kind} from {@code address}. Empty when it may go ahead; otherwise how many whole
     * seconds until it may (at least 1), for {@code Retry-After}.
     */
    public OptionalLong refusal(Kind kind, String address) {
        if (!config.enabled()) {
            return OptionalLong.empty();
        }
        Bucket bucket = buckets.get(new Key(kind, counted(address)), key -> bucket(kind));
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return OptionalLong.empty();
        }
        long nanos = probe.getNanosToWaitForRefill();
        return OptionalLong.of(Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L));
    }

    private Bucket bucket(Kind kind) {
        int requests = kind == Kind.SUBMISSION ? config.submissions() : config.statusChecks();
        Duration per = kind == Kind.SUBMISSION ? config.submissionsPer() : config.statusChecksPer();
        return Bucket.builder().addLimit(limit -> limit.capacity(requests).refillGreedy(requests, per))
                .withCustomTimePrecision(time).build();
    }

    /** An IPv6 address counts as its network (a host can take any address of its /64); IPv4 as itself. */
    String counted(String address) {
        if (address == null || address.indexOf(':') < 0) {
            return address == null ? "unknown" : address;
        }
        try {
            byte[] bytes = InetAddress.getByName(address).getAddress();
            if (bytes.length != 16) {
                return address;
            }
            int prefix = Math.max(0, Math.min(128, config.ipv6PrefixLength()));
            byte[] network = Arrays.copyOf(bytes, 16);
            for (int bit = prefix; bit < 128; bit++) {
                network[bit / 8] &= (byte) ~(1 << (7 - bit % 8));
            }
            return InetAddress.getByAddress(network).getHostAddress() + "/" + prefix;
        } catch (UnknownHostException e) {
            return address; // not a literal address (it came from the connection, so it always is)
        }
    }
}
