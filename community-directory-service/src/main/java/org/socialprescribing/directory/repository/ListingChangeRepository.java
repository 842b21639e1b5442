package org.socialprescribing.directory.repository;

import java.util.List;
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

    public List<ListingChange> recent(int page, int perPage) {
        return findAll(Sort.descending("changedAt").and("id")).page(Page.of(page - 1, perPage)).list();
    }
}
