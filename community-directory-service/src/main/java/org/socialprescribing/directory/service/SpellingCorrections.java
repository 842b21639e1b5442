package org.socialprescribing.directory.service;

import jakarta.enterprise.context.ApplicationScoped;

import org.socialprescribing.directory.config.SearchCacheConfig;
import org.socialprescribing.directory.repository.SearchWordRepository;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.quarkus.runtime.Startup;

/**
 * Search words corrected ({@link SearchWordRepository#corrected}), kept for the same words asked again. Searches
 * around a point are seldom asked twice, but their words are ("walking", "debt advice"), and correcting them asks
 * the database every time otherwise.
 * <p>
 * A correction is reused for as long as a search answer is ({@code directory.search-cache.time-to-live}) and never
 * after a change to the public directory commits in this process ({@link DirectoryGeneration}): a new listing's
 * words are known to the next search.
 */
@ApplicationScoped
@Startup // its metrics are there from the start
public class SpellingCorrections {

    /** Corrections kept at most: each is two texts of at most 200 characters, so well under 10 MB in all. */
    static final int MAX_KEPT = 10_000;

    private record Key(long generation, String text) {
    }

    private final SearchWordRepository words;
    private final DirectoryGeneration generation;
    private final Cache<Key, String> corrected;
    private final boolean keep;

    public SpellingCorrections(SearchWordRepository words, DirectoryGeneration generation, SearchCacheConfig config,
            MeterRegistry metrics) {
        this.words = words;
        this.generation = generation;
        this.keep = config.timeToLive().isPositive();
        this.corrected = Caffeine.newBuilder().maximumSize(MAX_KEPT).expireAfterWrite(config.timeToLive())
                .recordStats().build();
        CaffeineCacheMetrics.monitor(metrics, corrected, "directory-spelling-corrections");
    }

    /** {@code text} with the words the directory does not know replaced by the closest ones it does. */
    public String corrected(String text) {
        if (!keep) {
            return words.corrected(text);
        }
        // Looked up, then put: the database is not asked while holding the cache's lock.
        Key key = new Key(generation.current(), text);
        String kept = corrected.getIfPresent(key);
        if (kept == null) {
            kept = words.corrected(text);
            corrected.put(key, kept);
        }
        return kept;
    }
}
