package org.socialprescribing.directory.repository;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.socialprescribing.directory.CommunityService;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/**
 * Public search over published services: PostgreSQL full-text search (english, unaccented, name above description)
 * after misspelt words are corrected ({@link SearchWordRepository}), with the filters of {@link SearchSql}. A point
 * limits and orders
 * by the nearest of a service's locations. Only services of verified organisations that are not defunct are public.
 */
@ApplicationScoped
public class CommunityServiceRepository implements PanacheRepositoryBase<CommunityService, UUID> {

    private static final String FROM = """
             FROM service s JOIN organization o ON o.id = s.organization_id
            WHERE""";

    /** A page of matches in rank order with the number of all matches. */
    public RankedPage search(ServiceSearch search) {
        SearchSql sql = new SearchSql(search.filters(), search.near());
        search.freshSince().ifPresent(date -> sql.params.put("freshSince", date));
        String distance = "null";
        if (search.near().isPresent()) {
            distance = """
                    (SELECT min(earth_distance(%s, sal.earth_point))
                     FROM service_at_location sal WHERE sal.service_id = s.id)""".formatted(sql.point());
        }
        withinRadius(sql);
        return RankedPage.fetch(getEntityManager(), sql, "SELECT s.id, " + distance + " AS distance",
                FROM + sql.where, SearchOrder.of(search, sql), search);
    }

    /**
     * The next ids of every service the search matches, in id order after {@code after}: keyset paging for exports,
     * which stream all matches however many there are.
     */
    public List<UUID> idsAfter(ServiceSearch search, UUID after, int limit) {
        SearchSql sql = new SearchSql(search.filters(), search.near());
        withinRadius(sql);
        sql.and("s.id > cast(:after as uuid)");
        sql.params.put("after", after.toString());
        sql.params.put("limit", limit);
        return sql.rows(getEntityManager(), "SELECT s.id" + FROM + sql.where + " ORDER BY s.id LIMIT :limit").stream()
                .map(row -> (UUID) row[0]).toList();
    }

    /**
     * Within a radius, a service matches when one of its services at locations is within it and passes the tests
     * on the copies of its words and categories there (V18): most candidates near the point are ruled out on the
     * point's index, before their service is read.
     */
    private static void withinRadius(SearchSql sql) {
        if (!sql.atPlace().isEmpty()) {
            sql.and("EXISTS (SELECT 1 FROM service_at_location sal WHERE sal.service_id = s.id\n AND "
                    + sql.atPlace() + ")");
        }
    }

    /** The services with these ids, organisation loaded, in the order of {@code ids}. */
    public List<CommunityService> loadInOrder(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<CommunityService> found = new ArrayList<>(
                find("FROM CommunityService s JOIN FETCH s.organization WHERE s.id IN ?1", ids).list());
        found.sort(Comparator.comparingInt(s -> ids.indexOf(s.id)));
        return found;
    }

    /**
     * Listings for editors: every status except defunct (archived) unless asked, of these organisations (all when
     * {@code organisations} is empty and {@code everyOrganisation}); only those reviewed before {@code staleBefore}
     * when it is given. Oldest review first, so the most overdue come first.
     */
    public List<CommunityService> listings(java.util.Set<UUID> organisations, boolean everyOrganisation,
            Optional<java.time.LocalDate> staleBefore, int page, int perPage) {
        StringBuilder query = new StringBuilder("FROM CommunityService s JOIN FETCH s.organization o WHERE 1 = 1");
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        if (!everyOrganisation) {
            query.append(" AND o.id IN :organisations");
            params.put("organisations", organisations.isEmpty() ? java.util.Set.of(new UUID(0, 0)) : organisations);
        }
        staleBefore.ifPresent(date -> {
            query.append(" AND s.status <> 'defunct' AND (s.assuredDate IS NULL OR s.assuredDate < :staleBefore)");
            params.put("staleBefore", date);
        });
        query.append(" ORDER BY s.assuredDate NULLS FIRST, s.name, s.id");
        return find(query.toString(), params).page(io.quarkus.panache.common.Page.of(page - 1, perPage)).list();
    }

    /** A public service with its organisation (its other parts load on access, in batches). */
    public Optional<CommunityService> findPublic(UUID id) {
        return find("""
                FROM CommunityService s JOIN FETCH s.organization o
                WHERE s.id = ?1 AND o.verified = true AND s.status <> 'defunct'""", id).firstResultOptional();
    }
}
