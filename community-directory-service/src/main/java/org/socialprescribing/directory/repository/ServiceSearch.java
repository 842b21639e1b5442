package org.socialprescribing.directory.repository;

import java.util.Optional;
import java.util.UUID;

/**
 * What a public search asks for; every filter is optional. Ages describe the person: a service matches when its age
 * range overlaps {@code minimumAge..maximumAge}.
 */
public record ServiceSearch(Optional<String> text, Optional<UUID> taxonomyTermId, Optional<UUID> taxonomyId,
        Optional<Integer> minimumAge, Optional<Integer> maximumAge, int page, int perPage) {

    public int offset() {
        return (page - 1) * perPage;
    }
}
