package org.socialprescribing.referral.service;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.socialprescribing.referral.repository.IdempotencyRepository;

import io.quarkus.scheduler.Scheduled;

/** Forgets the Idempotency-Keys older than {@code referral.idempotency.keep-for}, and the answers they hold. */
@ApplicationScoped
public class IdempotencyExpiry {

    private static final Logger LOG = Logger.getLogger(IdempotencyExpiry.class);

    private final IdempotencyRepository keys;
    private final IdempotencyConfig config;
    private final Clock clock;

    public IdempotencyExpiry(IdempotencyRepository keys, IdempotencyConfig config, Clock clock) {
        this.keys = keys;
        this.config = config;
        this.clock = clock;
    }

    /** Tests call {@link #forgetExpired()} directly with a moved clock. */
    @Scheduled(every = "${referral.idempotency.forget-every:1h}", identity = "idempotency-expiry", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void regularly() {
        forgetExpired();
    }

    /** How many keys it forgot. */
    @Transactional
    public long forgetExpired() {
        long forgotten = keys.forgetStoredBefore(clock.instant().minus(config.keepFor()));
        if (forgotten > 0) {
            LOG.debugf("Forgot %d expired Idempotency-Keys", forgotten);
        }
        return forgotten;
    }
}
