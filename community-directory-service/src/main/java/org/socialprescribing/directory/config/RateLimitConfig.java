package org.socialprescribing.directory.config;

import java.time.Duration;
import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Per-client-address limits on the endpoints anyone may call (see docs/security.md, "Rate limits"). A client
 * address is the connection's, or the one a trusted proxy (the web portal, an ingress) forwarded in
 * {@code X-Forwarded-For} ({@link #trustedProxies()}).
 */
@ConfigMapping(prefix = "directory.rate-limits")
public interface RateLimitConfig {

    /** Off only where one address rightly sends everything, such as a benchmark on loopback. */
    @WithDefault("true")
    boolean enabled();

    /** Client addresses remembered at most; the least recently seen are forgotten first (and start afresh). */
    @WithDefault("100000")
    long maxAddresses();

    /**
     * The proxies whose {@code X-Forwarded-For} is believed, as addresses or networks ({@code 10.0.0.0/8}): the web
     * portal and any ingress in front of the directory. The default is this host, where the local stack runs the
     * portal.
     */
    @WithDefault("127.0.0.1,::1")
    List<String> trustedProxies();

    /** IPv6 clients are counted by their network of this length: one host or household can hold a whole /64. */
    @WithDefault("64")
    int ipv6PrefixLength();

    /**
     * The public read API (search, records, taxonomy): generous, since each resident page makes a call or two, but
     * enough to stop one address from scraping or flooding it.
     */
    @WithDefault("300")
    int publicReads();

    @WithDefault("1M")
    Duration publicReadsPer();

    /** Joining requests: a person asks once or twice; more is someone filling the coordinators' queue. */
    @WithDefault("10")
    int joinRequests();

    @WithDefault("1H")
    Duration joinRequestsPer();
}
