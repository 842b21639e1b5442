package org.socialprescribing.directory.service;

import java.util.List;

/** One page of results and where it sits among all of them (1-based pages). */
public record PageOf<T>(List<T> items, long totalItems, int page, int perPage) {

    public int totalPages() {
        return (int) ((totalItems + perPage - 1) / perPage);
    }
}
