package org.socialprescribing.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.socialprescribing.directory.repository.CommunityServiceRepository;
import org.socialprescribing.directory.repository.ListItemReader;
import org.socialprescribing.directory.repository.Near;
import org.socialprescribing.directory.repository.RankedPage;
import org.socialprescribing.directory.repository.ServiceAtLocationRepository;
import org.socialprescribing.directory.repository.ServiceFilters;
import org.socialprescribing.directory.repository.ServiceSearch;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * A search within a radius keeps its plan between uses, as the statements that read a page's list items do; any other
 * search is planned for its own words every time, never from a plan kept for other values (a generic plan made broad
 * searches twice as slow, bench/README.md). pgjdbc prepares a statement on the server after five uses on one
 * connection, so one transaction (one connection) runs each search more often than that and then asks PostgreSQL
 * which statements it holds prepared.
 */
@QuarkusTest
@TestProfile(DemoDataProfile.class)
@WithTestResource(DirectoryTestResource.class)
class SearchPlanningTest {

    private static final ServiceFilters WALKING = new ServiceFilters(Optional.of("walking"), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Set.of(),
            Optional.empty(), Optional.empty());

    @Inject
    ServiceAtLocationRepository servicesAtLocations;

    @Inject
    CommunityServiceRepository services;

    @Inject
    ListItemReader listItems;

    @Inject
    EntityManager em;

    @Test
    @TestTransaction
    void searchesWithinARadiusKeepTheirPlanAndOthersArePlannedForTheirWordsEveryTime() {
        ServiceSearch nearTheTownCentre = search(Optional.of(new Near(52.95, -1.15, Optional.of(5000),
                Optional.empty())));
        ServiceSearch anywhere = search(Optional.empty());
        RankedPage first = servicesAtLocations.search(nearTheTownCentre);
        RankedPage firstAnywhere = services.search(anywhere);
        RankedPage servicesNearby = services.search(nearTheTownCentre);
        assertFalse(first.ids().isEmpty(), "the demo data has walks near the town centre");
        for (int i = 0; i < 8; i++) {
            assertEquals(first, servicesAtLocations.search(nearTheTownCentre), "a kept plan finds the same");
            assertEquals(first.ids().size(), listItems.servicesAtLocations(first.ids()).size());
            assertEquals(firstAnywhere, services.search(anywhere));
            assertEquals(servicesNearby, services.search(nearTheTownCentre));
        }

        @SuppressWarnings("unchecked")
        List<String> prepared = em.createNativeQuery("SELECT statement FROM pg_prepared_statements WHERE NOT from_sql")
                .getResultList();
        List<String> searches = prepared.stream().filter(sql -> sql.contains("count(*) OVER ()")).toList();
        assertEquals(2, searches.size(), prepared::toString);
        assertTrue(searches.stream().allMatch(sql -> sql.contains("earth_box")), "only the two within a radius: "
                + searches);
        assertTrue(prepared.stream().anyMatch(sql -> sql.contains("WITH ORDINALITY")), prepared::toString);
    }

    private static ServiceSearch search(Optional<Near> near) {
        return new ServiceSearch(WALKING, near, ServiceSearch.SortOrder.RELEVANCE, 1, 20, Optional.empty());
    }
}
