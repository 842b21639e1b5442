package org.socialprescribing.referral.service;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How long an {@code Idempotency-Key} holds its first answer (ADR 0010). A client retries within minutes; after the
 * period the same key is a new request. The stored answers hold personal data, so they are not kept for longer.
 */
@ConfigMapping(prefix = "referral.idempotency")
public interface IdempotencyConfig {

    /** 24 hours unless set, as the common payment APIs keep theirs. */
    @WithDefault("PT24H")
    Duration keepFor();

    /** How often the expired keys are forgotten (read by {@link IdempotencyExpiry}'s {@code @Scheduled}). */
    @WithDefault("1h")
    String forgetEvery();
}
