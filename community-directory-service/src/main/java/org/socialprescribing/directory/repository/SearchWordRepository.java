package org.socialprescribing.directory.repository;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Spelling correction for search: the words public listings use ({@code search_word}, added by triggers on service
 * and organization, reconciled by {@link #reconcile()}) and, for
 * a search word that is none of them and shares no stem with one, the most similar of them by trigrams. The corrected
 * text then goes through the full-text index like any other search, so a misspelt search costs what a correct one
 * does.
 */
@ApplicationScoped
public class SearchWordRepository {

    /**
     * How alike (pg_trgm similarity, 0 to 1) a directory word must be to replace a search word: 0.4 takes "gardn" to
     * "garden" (0.44) and "anxety" to "anxiety" (0.5); measured by SearchRelevanceTest and SearchWordTest.
     */
    static final double MIN_SIMILARITY = 0.4;

    /** Shorter words are left alone: with three letters or fewer almost any word is "similar". */
    static final int MIN_LENGTH = 4;

    /** A word of letters only: "covid19" is one word to the full-text search, and is left alone here. */
    private static final Pattern WORD = Pattern
            .compile("(?<![\\p{L}\\p{M}\\p{N}_])[\\p{L}\\p{M}]+(?![\\p{L}\\p{M}\\p{N}_])");

    private final EntityManager em;

    public SearchWordRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * The text with each word that the directory does not know replaced by the closest one it knows, when one is
     * close enough; everything else (other words, quotes, "or", "-") stays as it was.
     */
    public String corrected(String text) {
        Set<String> words = new LinkedHashSet<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            if (matcher.group().length() >= MIN_LENGTH) {
                words.add(matcher.group());
            }
        }
        if (words.isEmpty()) {
            return text;
        }
        Map<String, String> corrections = corrections(words);
        if (corrections.isEmpty()) {
            return text;
        }
        StringBuilder result = new StringBuilder();
        matcher.reset();
        while (matcher.find()) {
            matcher.appendReplacement(result,
                    Matcher.quoteReplacement(corrections.getOrDefault(matcher.group(), matcher.group())));
        }
        matcher.appendTail(result);
        return result.toString();
    }

    /** What a reconciliation did: words no public listing uses any more removed, missing ones added. */
    public record Reconciled(int removed, int added) {
    }

    /**
     * Makes the word list what public listings use: removes the words none uses any more (they would turn a search
     * into one that finds nothing) and adds any that a write left out, unless another replica is doing it now.
     *
     * @return what changed, or empty if another transaction holds the lock
     */
    public Optional<Reconciled> reconcile() {
        boolean locked = (Boolean) em
                .createNativeQuery("SELECT pg_try_advisory_xact_lock(hashtext('search_word.reconcile'))")
                .getSingleResult();
        if (!locked) {
            return Optional.empty();
        }
        Object[] row = (Object[]) em.createNativeQuery("SELECT removed, added FROM reconcile_search_words()")
                .getSingleResult();
        return Optional.of(new Reconciled(((Number) row[0]).intValue(), ((Number) row[1]).intValue()));
    }

    /**
     * For each word that is not a stop word, not a directory word and shares no stem with one: the most similar
     * directory word, if any is similar enough (ties go to the shorter, then the first alphabetically).
     */
    private Map<String, String> corrections(Set<String> words) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT q.word,
                       (SELECT w.word FROM search_word w
                         WHERE w.word % q.folded AND similarity(w.word, q.folded) >= :minimum
                         ORDER BY similarity(w.word, q.folded) DESC, length(w.word), w.word LIMIT 1)
                  FROM (SELECT word, immutable_unaccent(lower(word)) AS folded
                          FROM unnest(string_to_array(:words, ' ')) AS word) q
                 WHERE cardinality(ts_lexize('english_stem', q.folded)) > 0
                   AND NOT EXISTS (SELECT 1 FROM search_word w WHERE w.word = q.folded)
                   AND NOT EXISTS (SELECT 1 FROM search_word w
                                    WHERE w.lexeme = (ts_lexize('english_stem', q.folded))[1])""")
                .setParameter("words", String.join(" ", words))
                .setParameter("minimum", MIN_SIMILARITY)
                .getResultList();
        Map<String, String> corrections = new HashMap<>();
        for (Object[] row : rows) {
            if (row[1] != null) {
                corrections.put((String) row[0], (String) row[1]);
            }
        }
        return corrections;
    }
}
