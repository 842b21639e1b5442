package org.socialprescribing.directory.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.socialprescribing.directory.DemoDataProfile;
import org.socialprescribing.directory.DirectoryTestResource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Leaving the typo-tolerant name scan out when the words alone fill the page must not change the page: over the
 * demo directory, each page of a text search is the same as the page of the full (typo-tolerant) search.
 */
@QuarkusTest
@TestProfile(DemoDataProfile.class)
@WithTestResource(DirectoryTestResource.class)
class ExactMatchesFirstTest {

    @Inject
    CommunityServiceRepository services;

    @Inject
    ServiceAtLocationRepository servicesAtLocations;

    static ServiceSearch search(String text, int page, int perPage) {
        ServiceFilters filters = new ServiceFilters(Optional.of(text), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Set.of(), Optional.empty(),
                Optional.empty());
        return new ServiceSearch(filters, Optional.empty(), ServiceSearch.SortOrder.RELEVANCE, page, perPage,
                Optional.empty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"walking", "group", "support", "advice", "walking football", "cafe", "art"})
    @Transactional
    void pagesTheWordsFillAreThePagesOfTheFullSearch(String text) {
        for (int page = 1; page <= 3; page++) {
            ServiceSearch search = search(text, page, 5);
            assertTrue(SearchOrder.exactMatchesRankFirst(search));
            RankedPage quick = services.search(search);
            RankedPage full = services.search(search, new SearchSql(search.filters()));
            assertEquals(full.ids(), quick.ids(), text + " page " + page);
            assertTrue(quick.total() <= full.total());
            assertEquals(servicesAtLocations.search(search, new SearchSql(search.filters())).ids(),
                    servicesAtLocations.search(search).ids(), text + " page " + page + " (at locations)");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"walkng", "befriendng", "choire"})
    @Transactional
    void typosStillFindNamesThatLookAlike(String text) {
        ServiceSearch search = search(text, 1, 5);
        RankedPage found = services.search(search);
        assertEquals(services.search(search, new SearchSql(search.filters())).ids(), found.ids());
        assertTrue(found.total() > 0, text);
    }
}
