package org.socialprescribing.directory.repository;

import java.util.Optional;

/**
 * A public search: filters, an optional point to search around, the order and the page (1-based), and whether fresh
 * listings (reviewed since a date) come first.
 */
public record ServiceSearch(ServiceFilters filters, Optional<Near> near, SortOrder sort, int page, int perPage,
        Optional<java.time.LocalDate> freshSince) {

    /**
     * Ranks listings reviewed since {@code date} above those overdue for review (the search's {@code prefer_fresh}).
     */
    public ServiceSearch preferringReviewedSince(java.time.LocalDate date) {
        return new ServiceSearch(filters, near, sort, page, perPage, Optional.of(date));
    }

    /** The same search with other filters. */
    public ServiceSearch withFilters(ServiceFilters otherFilters) {
        return new ServiceSearch(otherFilters, near, sort, page, perPage, freshSince);
    }

    /** relevance (text rank, combined with distance when both are known), distance, or name. */
    public enum SortOrder {
        RELEVANCE, DISTANCE, NAME
    }

    public int offset() {
        return (page - 1) * perPage;
    }
}
