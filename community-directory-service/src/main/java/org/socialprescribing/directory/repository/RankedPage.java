package org.socialprescribing.directory.repository;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Query;

/**
 * One page of a search: the matching ids in rank order, each with its distance in metres from the searched point
 * (null when no point was given or the match has no coordinates), and how many match in all.
 */
public record RankedPage(Map<UUID, Double> distances, long total) {

    public List<UUID> ids() {
        return new ArrayList<>(distances.keySet());
    }

    static RankedPage empty(long total) {
        return new RankedPage(Map.of(), total);
    }

    /** Reads rows of (id, distance) from a page query. */
    static RankedPage of(Query page, long total) {
        Map<UUID, Double> distances = new LinkedHashMap<>();
        for (Object row : page.getResultList()) {
            Object[] columns = (Object[]) row;
            distances.put((UUID) columns[0], columns[1] == null ? null : ((Number) columns[1]).doubleValue());
        }
        return new RankedPage(distances, total);
    }
}
