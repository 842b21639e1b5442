package org.socialprescribing.directory.repository;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.socialprescribing.directory.ListingChange;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

/** The change history of listings, newest first. */
@ApplicationScoped
public class ListingChangeRepository implements PanacheRepositoryBase<ListingChange, UUID> {

    public List<ListingChange> ofService(UUID serviceId) {
        return find("serviceId", Sort.descending("changedAt").and("id"), serviceId).list();
    }

    /** The newest changes to any listing (every organisation's when {@code organisations} is empty). */
    public List<ListingChange> recent(Optional<Set<UUID>> organisations, int page, int perPage) {
        Sort newest = Sort.descending("changedAt").and("id");
        var query = organisations.isEmpty()
                ? findAll(newest)
                : find("organizationId in ?1", newest, organisations.get());
        return query.page(Page.of(page - 1, perPage)).list();
    }
}
