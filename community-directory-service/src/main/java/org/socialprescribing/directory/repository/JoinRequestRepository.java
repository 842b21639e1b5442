package org.socialprescribing.directory.repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.socialprescribing.directory.JoinRequest;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;

/** Joining requests: the coordinator's queue (oldest first) and each requester's own. */
@ApplicationScoped
public class JoinRequestRepository implements PanacheRepositoryBase<JoinRequest, UUID> {

    public boolean pending(UUID organizationId, String requesterId) {
        return count("organization.id = ?1 and requesterId = ?2 and status = 'pending'", organizationId,
                requesterId) > 0;
    }

    /** Requests in a status (all when empty), of one requester (everyone's when empty), oldest first. */
    public List<JoinRequest> list(Optional<String> status, Optional<String> requesterId, int page, int perPage) {
        StringBuilder query = new StringBuilder("from JoinRequest r join fetch r.organization where 1 = 1");
        Parameters parameters = new Parameters();
        status.ifPresent(s -> {
            query.append(" and r.status = :status");
            parameters.and("status", s);
        });
        requesterId.ifPresent(r -> {
            query.append(" and r.requesterId = :requester");
            parameters.and("requester", r);
        });
        PanacheQuery<JoinRequest> found = find(query + " order by r.createdAt, r.id", parameters);
        return found.page(Page.of(page - 1, perPage)).list();
    }
}
