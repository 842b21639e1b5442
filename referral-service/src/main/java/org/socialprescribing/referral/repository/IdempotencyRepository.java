package org.socialprescribing.referral.repository;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.query.NativeQuery;
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

    /**
     * Stores the answer of a key this transaction claimed: one UPDATE, without reading the row back (it is on the
     * intake's every request).
     */
    public void answer(String caller, String key, int status, String location, String response) {
        // Typed, so that a null location or response is bound as text, not as an untyped null
        getEntityManager().createNativeQuery("UPDATE idempotency_key SET status = :status, location = :location,"
                + " response = cast(:response as jsonb) WHERE caller = :caller AND key = :key")
                .unwrap(NativeQuery.class).setParameter("status", status)
                .setParameter("location", location, String.class).setParameter("response", response, String.class)
                .setParameter("caller", caller).setParameter("key", key).executeUpdate();
    }

    /** Forgets every key stored before {@code cutoff}; how many. */
    public long forgetStoredBefore(Instant cutoff) {
        return delete("createdAt < ?1", cutoff);
    }
}
