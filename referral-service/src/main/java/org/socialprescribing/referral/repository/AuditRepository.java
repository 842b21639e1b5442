package org.socialprescribing.referral.repository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.socialprescribing.referral.AuditEntry;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

/** The audit trail and its queries, newest first. */
@ApplicationScoped
public class AuditRepository implements PanacheRepositoryBase<AuditEntry, UUID> {

    /** What a coordinator may filter the trail by; every part optional. */
    public record Filter(UUID referralId, UUID personId, String actor, Instant from, Instant to) {
    }

    /** One page (0-based here) of the entries the filter matches, newest first, and how many match in all. */
    public List<AuditEntry> search(Filter filter, int pageIndex, int perPage) {
        return query(filter).page(Page.of(pageIndex, perPage)).list();
    }

    public long count(Filter filter) {
        return query(filter).count();
    }

    public List<AuditEntry> ofReferral(UUID referralId) {
        return find("referralId", Sort.descending("at", "id"), referralId).list();
    }

    public List<AuditEntry> ofPerson(UUID personId) {
        return find("personId", Sort.descending("at", "id"), personId).list();
    }

    /** Erasure keeps the trail of who saw the person's data, without the free text staff gave as reasons. */
    public void forgetReasons(UUID personId, List<UUID> referralIds) {
        if (referralIds.isEmpty()) {
            update("reason = null where personId = ?1", personId);
        } else {
            update("reason = null where personId = ?1 or referralId in ?2", personId, referralIds);
        }
    }

    private PanacheQuery<AuditEntry> query(Filter filter) {
        List<String> where = new ArrayList<>();
        Map<String, Object> values = new HashMap<>();
        if (filter.referralId() != null) {
            where.add("referralId = :referralId");
            values.put("referralId", filter.referralId());
        }
        if (filter.personId() != null) {
            where.add("personId = :personId");
            values.put("personId", filter.personId());
        }
        if (filter.actor() != null) {
            where.add("actor = :actor");
            values.put("actor", filter.actor());
        }
        if (filter.from() != null) {
            where.add("at >= :from");
            values.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.add("at < :to");
            values.put("to", filter.to());
        }
        Sort newestFirst = Sort.descending("at", "id");
        return where.isEmpty() ? findAll(newestFirst) : find(String.join(" and ", where), newestFirst, values);
    }
}
