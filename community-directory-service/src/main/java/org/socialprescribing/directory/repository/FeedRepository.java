package org.socialprescribing.directory.repository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.socialprescribing.directory.Feed;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** Registered feeds, and the claim a run holds on its feed. */
@ApplicationScoped
public class FeedRepository implements PanacheRepositoryBase<Feed, UUID> {

    public List<Feed> all() {
        return listAll(Sort.by("name").and("id"));
    }

    public boolean urlTaken(String baseUrl, UUID except) {
        return count("lower(baseUrl) = lower(?1) and id <> ?2", baseUrl, except) > 0;
    }

    /** Takes the feed for {@code runId} unless a live run holds it; true if taken. */
    public boolean claim(UUID id, UUID runId, Instant now, Instant abandonedBefore) {
        return getEntityManager().createNativeQuery("""
                UPDATE feed SET running_since = :now, last_started_at = :now, running_run_id = :run
                WHERE id = :id AND (running_since IS NULL OR running_since < :abandoned)""")
                .setParameter("now", now).setParameter("run", runId).setParameter("id", id)
                .setParameter("abandoned", abandonedBefore).executeUpdate() == 1;
    }

    /** Renews the run's claim; false if the run no longer holds the feed. */
    public boolean renew(UUID id, UUID runId, Instant now) {
        return getEntityManager().createNativeQuery(
                "UPDATE feed SET running_since = :now WHERE id = :id AND running_run_id = :run")
                .setParameter("now", now).setParameter("id", id).setParameter("run", runId).executeUpdate() == 1;
    }

    /** Frees the feed if this run still holds it. */
    public void release(UUID id, UUID runId) {
        getEntityManager().createNativeQuery("""
                UPDATE feed SET running_since = NULL, running_run_id = NULL WHERE id = :id AND running_run_id = :run""")
                .setParameter("id", id).setParameter("run", runId).executeUpdate();
    }

    /** Enabled feeds not running whose last run started at least their refresh interval ago (or never ran). */
    public List<UUID> due(Instant now) {
        return getEntityManager().createNativeQuery("""
                SELECT id FROM feed WHERE enabled AND running_since IS NULL
                  AND (last_started_at IS NULL OR last_started_at + make_interval(mins => refresh_minutes) <= :now)
                ORDER BY last_started_at NULLS FIRST, id""", UUID.class).setParameter("now", now).getResultList();
    }
}
