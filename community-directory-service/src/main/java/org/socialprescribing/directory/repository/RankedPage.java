package org.socialprescribing.directory.repository;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;

/**
 * One page of a search: the matching ids in rank order, each with its distance in metres from the searched point
 * (null when no point was given or the match has no coordinates), and how many match in all.
 */
public record RankedPage(Map<UUID, Double> distances, long total) {

    public List<UUID> ids() {
        return new ArrayList<>(distances.keySet());
    }

    /**
     * Runs a search's page query with the number of all matches counted in the same pass ({@code count(*) OVER ()}):
     * ranking already visits every match, so a separate count would visit them all again. Only a page past the end
     * needs a count of its own.
     *
     * @param select
     *            the id and the distance (or {@code null}) of each match, as "SELECT x.id, ... AS distance"
     * @param fromWhere
     *            FROM and WHERE, as {@link SearchSql} builds the WHERE
     * @param order
     *            the sort keys; ties left after them go by id
     */
    static RankedPage fetch(EntityManager em, SearchSql sql, String select, String fromWhere,
            List<SearchOrder.Key> order, ServiceSearch search) {
        // The sort keys are computed with each match, inside a subquery that the planner keeps as it is (OFFSET 0):
        // otherwise it carries every match's whole row (search_vector too) through the count and computes the keys
        // above it, which spilled the 13 000 matches of "walking" to disk and took 40 % longer (bench/README.md).
        StringBuilder keys = new StringBuilder();
        StringBuilder orderBy = new StringBuilder();
        for (int i = 0; i < order.size(); i++) {
            SearchOrder.Key key = order.get(i);
            if (key.inner() != null) {
                keys.append(", ").append(key.inner()).append(" AS sort_key_").append(i);
            }
            orderBy.append(key.outer().replace(SearchOrder.Key.KEY, "sort_key_" + i)).append(' ')
                    .append(key.direction()).append(", ");
        }
        sql.params.put("limit", search.perPage());
        sql.params.put("offset", search.offset());
        Map<UUID, Double> distances = new LinkedHashMap<>();
        long total = 0;
        for (Object[] columns : sql.rows(em, "SELECT id, distance, count(*) OVER () AS total FROM (" + select + keys
                + fromWhere + "\n OFFSET 0) matches ORDER BY " + orderBy + "id LIMIT :limit OFFSET :offset")) {
            distances.put((UUID) columns[0], columns[1] == null ? null : ((Number) columns[1]).doubleValue());
            total = ((Number) columns[2]).longValue();
        }
        if (distances.isEmpty() && search.offset() > 0) {
            total = ((Number) sql.rows(em, "SELECT count(*)" + fromWhere).get(0)[0]).longValue();
        }
        return new RankedPage(distances, total);
    }
}
