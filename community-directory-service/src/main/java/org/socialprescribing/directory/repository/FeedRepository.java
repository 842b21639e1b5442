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

    /** Takes the feed for a run unless a live run holds it; true if taken. */
    public boolean claim(UUID id, Instant now, Instant abandonedBefore) {
        return getEntityManager().createQuery("""
                update Feed f set f.runningSince = :now, f.lastStartedAt = :now, f.version = f.version + 1
                where f.id = :id and (f.runningSince is null or f.runningSince < :abandoned)""")
                .setParameter("now", now).setParameter("id", id).setParameter("abandoned", abandonedBefore)
                .executeUpdate() == 1;
    }

    public void release(UUID id) {
        getEntityManager().createQuery("update Feed f set f.runningSince = null, f.version = f.version + 1"
                + " where f.id = :id").setParameter("id", id).executeUpdate();
    }

    /** Enabled feeds not running whose last run started at least their refresh interval ago (or never ran). */
    public List<UUID> due(Instant now) {
        return getEntityManager().createNativeQuery("""
                SELECT id FROM feed WHERE enabled AND running_since IS NULL
                  AND (last_started_at IS NULL OR last_started_at + make_interval(mins => refresh_minutes) <= :now)
                ORDER BY last_started_at NULLS FIRST, id""", UUID.class).setParameter("now", now).getResultList();
    }
}
