package org.socialprescribing.referral.repository;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.socialprescribing.referral.IdempotencyRecord;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class IdempotencyRepository implements PanacheRepositoryBase<IdempotencyRecord, IdempotencyRecord.Key> {

    /**
     * Claims a caller's key for a request not yet answered (status 0 until its answer is stored). True when this
     * transaction holds it; false when another already has it. A concurrent claim of the same key waits here for
     * the first transaction: it then sees its answer, or claims the key itself if that one rolled back.
     */
    public boolean claim(String caller, String key, String operation, byte[] requestHash, Instant at) {
        return getEntityManager().createNativeQuery("INSERT INTO idempotency_key (caller, key, operation,"
                + " request_hash, status, created_at) VALUES (:caller, :key, :operation, :hash, 0, :at)"
                + " ON CONFLICT DO NOTHING").setParameter("caller", caller).setParameter("key", key)
                .setParameter("operation", operation).setParameter("hash", requestHash).setParameter("at", at)
                .executeUpdate() == 1;
    }

    /** Forgets every key stored before {@code cutoff}; how many. */
    public long forgetStoredBefore(Instant cutoff) {
        return delete("createdAt < ?1", cutoff);
    }
}
