package org.socialprescribing.portal.client;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One page of the directory's search results (the Open Referral UK paging envelope). */
public record ServicePage(@JsonProperty("total_items") long totalItems, @JsonProperty("total_pages") int totalPages,
        @JsonProperty("page_number") int pageNumber, List<ServiceListing> contents) {
}
