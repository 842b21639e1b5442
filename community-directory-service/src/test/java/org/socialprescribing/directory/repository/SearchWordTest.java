package org.socialprescribing.directory.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
        em.createNativeQuery("""
                INSERT INTO service (id, organization_id, name, description, status)
                SELECT gen_random_uuid(), organization_id, 'Origami Club', 'Paper folding for all ages.', 'active'
                  FROM service ORDER BY id LIMIT 1""").executeUpdate();
        assertEquals("origami", words.corrected("origmi"));
    }

    @Test
    @TestTransaction
    void wordsOfChangedListingsAreLearnt() {
        assertEquals("quiltng", words.corrected("quiltng"));
        em.createNativeQuery("UPDATE service SET description = description || ' Quilting circle.'"
                + " WHERE id = (SELECT id FROM service ORDER BY id LIMIT 1)").executeUpdate();
        assertEquals("quilting", words.corrected("quiltng"));
    }
}
