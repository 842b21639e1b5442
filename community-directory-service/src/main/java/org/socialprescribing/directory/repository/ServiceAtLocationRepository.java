package org.socialprescribing.directory.repository;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.socialprescribing.directory.ServiceAtLocation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Public search over services at their locations: the same filters as services, and distance from a point. */
@ApplicationScoped
public class ServiceAtLocationRepository implements PanacheRepositoryBase<ServiceAtLocation, UUID> {

    private static final String FROM = """
             FROM service_at_location sal
             JOIN service s ON s.id = sal.service_id
             JOIN organization o ON o.id = s.organization_id
            WHERE""";

    /** A page of matches in rank order with the number of all matches. */
    public RankedPage search(ServiceSearch search) {
        // Within a radius, the candidates come from the point's index, which also carries each one's words and
        // categories (V18): those filters are tested there, and only the matches' services are read.
        SearchSql sql = new SearchSql(search.filters(), search.near());
        search.freshSince().ifPresent(date -> sql.params.put("freshSince", date));
        if (!sql.atPlace().isEmpty()) {
            sql.and(sql.atPlace());
        }
        // The service at location's own copy of its location's point (V15): no location is read to search.
        String distance = search.near().isPresent() ? "earth_distance(" + sql.point() + ", sal.earth_point)" : "null";
        return RankedPage.fetch(getEntityManager(), sql, "SELECT sal.id, " + distance + " AS distance",
                FROM + sql.where, SearchOrder.of(search, sql), search);
    }

    /** These service-at-locations with service, organisation and location loaded, in the order of {@code ids}. */
    public List<ServiceAtLocation> loadInOrder(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<ServiceAtLocation> found = new ArrayList<>(find("""
                FROM ServiceAtLocation sal JOIN FETCH sal.service s JOIN FETCH s.organization
                JOIN FETCH sal.location WHERE sal.id IN ?1""", ids).list());
        found.sort(Comparator.comparingInt(sal -> ids.indexOf(sal.id)));
        return found;
    }

    /** A public service-at-location (service and organisation published). */
    public Optional<ServiceAtLocation> findPublic(UUID id) {
        return find("""
                FROM ServiceAtLocation sal JOIN FETCH sal.service s JOIN FETCH s.organization o
                JOIN FETCH sal.location
                WHERE sal.id = ?1 AND o.verified = true AND s.status <> 'defunct'""", id).firstResultOptional();
    }
}
