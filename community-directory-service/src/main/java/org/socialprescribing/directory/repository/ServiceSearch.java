package org.socialprescribing.directory.repository;

import java.util.Optional;

/** A public search: filters, an optional point to search around, the order and the page (1-based). */
public record ServiceSearch(ServiceFilters filters, Optional<Near> near, SortOrder sort, int page, int perPage) {

    /** relevance (text rank, combined with distance when both are known), distance, or name. */
    public enum SortOrder {
        RELEVANCE, DISTANCE, NAME
    }

    public int offset() {
        return (page - 1) * perPage;
    }
}
