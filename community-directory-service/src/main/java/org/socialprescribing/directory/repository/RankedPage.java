package org.socialprescribing.directory.repository;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

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
     */
    static RankedPage fetch(EntityManager em, SearchSql sql, String select, String fromWhere, String order,
            ServiceSearch search) {
        Query page = sql.query(em, select + ", count(*) OVER () AS total" + fromWhere + "\n ORDER BY " + order
                + " LIMIT :limit OFFSET :offset");
        page.setParameter("limit", search.perPage());
        page.setParameter("offset", search.offset());
        Map<UUID, Double> distances = new LinkedHashMap<>();
        long total = 0;
        for (Object row : page.getResultList()) {
            Object[] columns = (Object[]) row;
            distances.put((UUID) columns[0], columns[1] == null ? null : ((Number) columns[1]).doubleValue());
            total = ((Number) columns[2]).longValue();
        }
        if (distances.isEmpty() && search.offset() > 0) {
            total = ((Number) sql.query(em, "SELECT count(*)" + fromWhere).getSingleResult()).longValue();
        }
        return new RankedPage(distances, total);
    }
}
