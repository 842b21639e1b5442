package org.socialprescribing.directory.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.socialprescribing.directory.CommunityService;
import org.socialprescribing.directory.DemoDataProfile;
import org.socialprescribing.directory.DirectoryTestResource;
import org.socialprescribing.directory.ServiceAtLocation;
import org.socialprescribing.directory.repository.CommunityServiceRepository;
import org.socialprescribing.directory.repository.ListItemReader;
import org.socialprescribing.directory.repository.ServiceAtLocationRepository;
import org.socialprescribing.directory.service.Match;
import org.socialprescribing.directory.service.SessionCalendar;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * A page of search results read past Hibernate ({@link ListItemReader}) shows, item by item, exactly what the same
 * records loaded through Hibernate show in a list: every field, every nested part, the next session. Over the whole
 * demo directory, with a location phone and accessibility added where the demo data has none.
 */
@QuarkusTest
@TestProfile(DemoDataProfile.class)
@WithTestResource(DirectoryTestResource.class)
class ListItemViewsTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 25, 9, 0);

    @Inject
    ListItemReader listItems;

    @Inject
    CommunityServiceRepository services;

    @Inject
    ServiceAtLocationRepository servicesAtLocations;

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager em;

    @Test
    @TestTransaction
    void servicesAtLocationsReadAsListItemsShowWhatHibernateLoads() throws Exception {
        List<UUID> ids = ids("SELECT id FROM service_at_location");
        UUID first = ids.get(0);
        em.createNativeQuery("""
                INSERT INTO phone (id, location_id, number, type, description)
                SELECT gen_random_uuid(), location_id, '0115 496 0000', 'voice', 'The hall'
                  FROM service_at_location WHERE id = cast(?1 as uuid)""").setParameter(1, first.toString())
                .executeUpdate();
        em.createNativeQuery("""
                INSERT INTO accessibility (id, location_id, description, details)
                SELECT gen_random_uuid(), location_id, 'Step-free', 'A ramp at the side door'
                  FROM service_at_location WHERE id = cast(?1 as uuid)""").setParameter(1, first.toString())
                .executeUpdate();
        em.createNativeQuery("""
                INSERT INTO schedule (id, service_id, freq, byday, opens_at, closes_at, description)
                SELECT gen_random_uuid(), service_id, 'WEEKLY', 'WE', '10:00', '12:00', 'Phone line'
                  FROM service_at_location WHERE id = cast(?1 as uuid)""").setParameter(1, first.toString())
                .executeUpdate();

        List<ServiceAtLocation> loaded = servicesAtLocations.loadInOrder(ids);
        assertEquals(views(loaded, this::view), views(listItems.servicesAtLocations(ids), this::view));

        assertTrue(loaded.stream().anyMatch(sal -> !sal.location.addresses.isEmpty()), "some with addresses");
        assertTrue(loaded.stream().anyMatch(sal -> !sal.location.phones.isEmpty()), "some with phones");
        assertTrue(loaded.stream().anyMatch(sal -> !sal.location.accessibility.isEmpty()), "some accessible");
        assertTrue(loaded.stream().anyMatch(sal -> !sal.sessionsHere().isEmpty()), "some with sessions there");
        assertTrue(loaded.stream().anyMatch(sal -> sal.sessionsToAttend().size() > sal.sessionsHere().size()),
                "some whose service also has sessions held anywhere");
        assertTrue(
                loaded.stream().anyMatch(sal -> sal.service.schedules.stream().anyMatch(
                        session -> session.serviceAtLocation != null && !session.serviceAtLocation.id.equals(sal.id))),
                "some whose service has sessions at another of its places");
        assertTrue(loaded.stream().anyMatch(sal -> !sal.service.costOptions.isEmpty()), "some with costs");
        assertTrue(loaded.stream().anyMatch(sal -> !sal.service.languages.isEmpty()), "some with languages");
    }

    @Test
    @TestTransaction
    void servicesReadAsListItemsShowWhatHibernateLoads() throws Exception {
        List<UUID> ids = ids("SELECT id FROM service");
        List<CommunityService> loaded = services.loadInOrder(ids);
        assertEquals(views(loaded, this::view), views(listItems.services(ids), this::view));
        assertTrue(loaded.stream().anyMatch(s -> !s.schedules.isEmpty()), "some with sessions");
    }

    @Test
    @TestTransaction
    void itemsComeInTheOrderAskedAndAMissingOneIsLeftOut() {
        List<UUID> ids = ids("SELECT id FROM service_at_location").subList(0, 5);
        List<UUID> asked = new ArrayList<>(ids);
        Collections.reverse(asked);
        asked.add(2, UUID.randomUUID());
        assertEquals(asked.stream().filter(ids::contains).toList(),
                listItems.servicesAtLocations(asked).stream().map(sal -> sal.id).toList());
        assertEquals(List.of(), listItems.services(List.of(UUID.randomUUID())));
    }

    @Test
    @TestTransaction
    void partsAListItemDoesNotShowAreNotThereToBeShownEmpty() {
        CommunityService item = listItems.services(ids("SELECT id FROM service").subList(0, 1)).get(0);
        assertThrows(NullPointerException.class, () -> ServiceViews.ServiceView.full(item, null),
                "a full record from a list item fails rather than showing no contacts, areas or categories");
    }

    /** Every id the query gives, in a scrambled order (pages come in rank order, not id order). */
    private List<UUID> ids(String query) {
        List<UUID> ids = new ArrayList<>(em.createNativeQuery(query + " ORDER BY md5(id::text)", UUID.class)
                .getResultList().stream().map(UUID.class::cast).toList());
        assertTrue(ids.size() > 20, "the demo directory is there");
        return ids;
    }

    private Object view(ServiceAtLocation sal) {
        return LocationViews.ServiceAtLocationView.of(
                new Match<>(sal, 120.0, SessionCalendar.next(sal.sessionsToAttend(), NOW)), false);
    }

    private Object view(CommunityService s) {
        return ServiceViews.ServiceView.summary(new Match<>(s, null, SessionCalendar.next(s.schedules, NOW)));
    }

    private <T> List<String> views(List<T> items, Function<T, Object> view) throws Exception {
        List<String> encoded = new ArrayList<>();
        for (T item : items) {
            encoded.add(json.writeValueAsString(view.apply(item)));
        }
        return encoded;
    }
}
