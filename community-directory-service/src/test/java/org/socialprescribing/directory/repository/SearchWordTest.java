package org.socialprescribing.directory.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.socialprescribing.directory.DemoDataProfile;
import org.socialprescribing.directory.DirectoryTestResource;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Spelling correction over the demo directory's words: what is corrected to what, and what is left alone. */
@QuarkusTest
@TestProfile(DemoDataProfile.class)
@WithTestResource(DirectoryTestResource.class)
class SearchWordTest {

    private static final String FIRST_PUBLIC_SERVICE = """
            (SELECT s.id FROM service s JOIN organization o ON o.id = s.organization_id
              WHERE o.verified AND s.status <> 'defunct' ORDER BY s.id LIMIT 1)""";

    @Inject
    SearchWordRepository words;

    @Inject
    EntityManager em;

    @ParameterizedTest
    @CsvSource({
            "befriendng, befriending",
            "knittng, knitting",
            "anxety, anxiety",
            "Mindfullness, mindfulness",
            "potery, pottery",
            "walkng frends, walk friends"})
    void wordsTheDirectoryDoesNotKnowBecomeTheClosestItDoes(String asked, String searched) {
        assertEquals(searched, words.corrected(asked));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "walking", // a directory word
            "Walking", // whatever the case
            "walks", // not written anywhere, but it shares the stem of "walking"
            "mens shed", // "mens" shares the stem of "men"
            "choire", // misspelt, but its stem is "choir"'s, so the full-text search finds choirs as it is
            "café", // accents are folded before comparing
            "the", // a stop word
            "art", // three letters or fewer: too many words look alike
            "zzzzqx", // nothing similar enough
            "covid19", // letters and digits are one word to the full-text search, and left alone
            "over 50s"})
    void knownWordsStopWordsShortWordsAndUnlikeWordsStayAsTheyAre(String asked) {
        assertEquals(asked, words.corrected(asked));
    }

    @Test
    void searchSyntaxAroundTheWordsIsKept() {
        assertEquals("\"knitting club\" -debt or befriending",
                words.corrected("\"knittng club\" -debt or befriendng"));
    }

    @Test
    @TestTransaction
    void wordsOfNewListingsAreLearnt() {
        assertEquals("origmi", words.corrected("origmi"));
        addOrigamiClub("active");
        assertEquals("origami", words.corrected("origmi"));
    }

    @Test
    @TestTransaction
    void wordsOfChangedListingsAreLearnt() {
        assertEquals("quiltng", words.corrected("quiltng"));
        em.createNativeQuery("UPDATE service SET description = description || ' Quilting circle.'"
                + " WHERE id = " + FIRST_PUBLIC_SERVICE).executeUpdate();
        assertEquals("quilting", words.corrected("quiltng"));
    }

    @Test
    @TestTransaction
    void wordsOfAnUnverifiedOrganisationAreLearntOnlyOnceItIsVerified() {
        em.createNativeQuery("INSERT INTO organization (id, name)"
                + " VALUES ('6f1d2c3b-0000-4000-8000-000000000001', 'Paper Folders')").executeUpdate();
        em.createNativeQuery("""
                INSERT INTO service (id, organization_id, name, description, status)
                VALUES (gen_random_uuid(), '6f1d2c3b-0000-4000-8000-000000000001', 'Origami Club', 'Paper folding.',
                        'active')""").executeUpdate();
        assertEquals("origmi", words.corrected("origmi"));

        em.createNativeQuery(
                "UPDATE organization SET verified = true WHERE id = '6f1d2c3b-0000-4000-8000-000000000001'")
                .executeUpdate();
        assertEquals("origami", words.corrected("origmi"));
    }

    @Test
    @TestTransaction
    void wordsOfArchivedListingsAreRemoved() {
        em.createNativeQuery("UPDATE service SET description = description || ' Quilting circle.'"
                + " WHERE id = " + FIRST_PUBLIC_SERVICE).executeUpdate();
        assertEquals("quilting", words.corrected("quiltng"));

        em.createNativeQuery("UPDATE service SET status = 'defunct' WHERE id = " + FIRST_PUBLIC_SERVICE)
                .executeUpdate();
        assertTrue(words.reconcile().orElseThrow().removed() > 0);
        assertEquals("quiltng", words.corrected("quiltng"));
        assertEquals("befriending", words.corrected("befriendng"), "words other listings use stay");
    }

    @Test
    @TestTransaction
    void wordsOfDefunctListingsAreNotLearnt() {
        addOrigamiClub("defunct");
        assertEquals("origmi", words.corrected("origmi"));
    }

    @Test
    @TestTransaction
    void aPublicListingsWordThatWentMissingIsPutBack() {
        em.createNativeQuery("DELETE FROM search_word WHERE word = 'befriending'").executeUpdate();
        assertNotEquals("befriending", words.corrected("befriendng"));

        assertTrue(words.reconcile().orElseThrow().added() > 0);
        assertEquals("befriending", words.corrected("befriendng"));
    }

    /** A listing of a verified organisation's, with words no other listing uses. */
    private void addOrigamiClub(String status) {
        em.createNativeQuery("""
                INSERT INTO service (id, organization_id, name, description, status)
                SELECT gen_random_uuid(), id, 'Origami Club', 'Paper folding for all ages.', :status
                  FROM organization WHERE verified ORDER BY id LIMIT 1""").setParameter("status", status)
                .executeUpdate();
    }
}
