package org.socialprescribing.referral.config;

import java.time.Duration;
import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Per-client-address limits on the two endpoints anyone may call without an account: a guest's self-referral and a
 * guest's status check. Without them one address could fill the unassigned queue or try secrets by the thousand. A
 * client address is the connection's, or the one a trusted proxy (the web portal, an ingress) forwarded in
 * {@code X-Forwarded-For} ({@link #trustedProxies()}), as the directory counts its callers.
 */
@ConfigMapping(prefix = "referral.guest-limits")
public interface GuestLimitsConfig {

    /** Off only where one address rightly sends everything: the tests on loopback, a benchmark (its README says). */
    @WithDefault("true")
    boolean enabled();

    /** Client addresses remembered at most; the least recently seen are forgotten first (and start afresh). */
    @WithDefault("100000")
    long maxAddresses();

    /** The proxies whose {@code X-Forwarded-For} is believed, as addresses or networks ({@code 10.0.0.0/8}). */
    @WithDefault("127.0.0.1,::1")
    List<String> trustedProxies();

    /** IPv6 clients are counted by their network of this length: one household can hold a whole /64. */
    @WithDefault("64")
    int ipv6PrefixLength();

    /** Guest self-referrals: a person sends one, perhaps two; more is someone filling the queue. */
    @WithDefault("10")
    int submissions();

    @WithDefault("1H")
    Duration submissionsPer();

    /** Status checks: a guest looks now and then; many more is someone guessing secrets. */
    @WithDefault("60")
    int statusChecks();

    @WithDefault("1H")
    Duration statusChecksPer();
}
