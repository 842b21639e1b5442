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
 * A search is planned for its own words and point every time, never from a plan kept for other values (a generic plan
 * made broad searches twice as slow, bench/README.md), while the statements that load a page's records keep theirs.
 * pgjdbc prepares a statement on the server after five uses on one connection, so one transaction (one connection)
 * runs the same search more often than that and then asks PostgreSQL which statements it holds prepared.
 */
@QuarkusTest
@TestProfile(DemoDataProfile.class)
@WithTestResource(DirectoryTestResource.class)
class SearchPlanningTest {

    @Inject
    ServiceAtLocationRepository servicesAtLocations;

    @Inject
    EntityManager em;

    @Test
    @TestTransaction
    void searchesAreNeverPreparedOnTheServerWhileLoadingTheirRecordsIs() {
        ServiceFilters walking = new ServiceFilters(Optional.of("walking"), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Set.of(), Optional.empty(),
                Optional.empty());
        ServiceSearch search = new ServiceSearch(walking,
                Optional.of(new Near(52.95, -1.15, Optional.of(5000), Optional.empty())),
                ServiceSearch.SortOrder.RELEVANCE, 1, 20, Optional.empty());
        for (int i = 0; i < 8; i++) {
            RankedPage page = servicesAtLocations.search(search);
            assertFalse(page.ids().isEmpty(), "the demo data has walks near the town centre");
            assertEquals(page.ids().size(), servicesAtLocations.loadInOrder(page.ids()).size());
        }

        @SuppressWarnings("unchecked")
        List<String> prepared = em.createNativeQuery("SELECT statement FROM pg_prepared_statements WHERE NOT from_sql")
                .getResultList();
        assertTrue(prepared.stream().noneMatch(sql -> sql.contains("count(*) OVER ()")), prepared::toString);
        assertTrue(prepared.stream().anyMatch(sql -> sql.contains("from service_at_location")), prepared::toString);
    }
}
