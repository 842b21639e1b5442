package org.socialprescribing.directory.rest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.socialprescribing.directory.config.ClockProducer;
import org.socialprescribing.directory.config.SearchCacheConfig;
import org.socialprescribing.directory.repository.ServiceSearch;
import org.socialprescribing.directory.service.DirectoryChanged;
import org.socialprescribing.directory.service.DirectoryGeneration;
import org.socialprescribing.directory.service.Match;
import org.socialprescribing.directory.service.PageOf;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.quarkus.runtime.Startup;

/**
 * Public search answers, encoded, kept for the same search asked again. A broad search ranks and counts every one of
 * its matches (thousands at scale), while most searches people make were made a moment ago by someone else.
 * <p>
 * An answer is reused until a change to the published directory commits in this process ({@link DirectoryChanged}),
 * until the first session it shows ends (so its "next session" stays true), or until its time to live passes: a
 * change made through another replica, or straight in the database, shows within that time. "Open now" searches are
 * not kept, since the time is part of them.
 */
@ApplicationScoped
@Startup // its metrics are there from the start
public class SearchAnswers {

    /** An answer to encode, and when its content changes by itself (the end of the first session it shows). */
    public record Answer(Object body, Optional<Instant> changesAt) {

        /** A page of matches as {@code body}: it changes when the first next session it shows ends. */
        public static Answer of(Object body, PageOf<? extends Match<?>> page) {
            return new Answer(body, page.items().stream().flatMap(match -> match.nextSession().stream())
                    .map(session -> session.end().atZone(ClockProducer.UK).toInstant()).min(Comparator
                            .naturalOrder()));
        }
    }

    /** What an answer depends on: the directory as it was, the route, the search as asked and the detail shown. */
    private record Key(long generation, String route, ServiceSearch search, boolean full) {
    }

    private record Encoded(byte[] json, long lifetimeNanos) {
    }

    /** What an entry holds besides its JSON: the key's search (up to 200 characters of words), the cache's own. */
    private static final int ENTRY_OVERHEAD = 1024;

    /** The counter of times the kept answers were all dropped, by cause. */
    static final String CLEARED = "directory.search-answers.cleared";

    /** Bumped by every committed change: answers computed before it are never reused. */
    private final DirectoryGeneration generation;
    private final Cache<Key, Encoded> answers;
    private final Duration timeToLive;
    private final ObjectMapper json;
    private final Clock clock;
    private final MeterRegistry metrics;

    public SearchAnswers(SearchCacheConfig config, DirectoryGeneration generation, ObjectMapper json, Clock clock,
            MeterRegistry metrics) {
        this.generation = generation;
        this.timeToLive = config.timeToLive();
        this.json = json;
        this.clock = clock;
        this.metrics = metrics;
        this.answers = Caffeine.newBuilder().maximumWeight(config.maxSize().asLongValue())
                .weigher((Key key, Encoded answer) -> ENTRY_OVERHEAD + answer.json().length)
                .expireAfter(new Expiry<Key, Encoded>() {
                    @Override
                    public long expireAfterCreate(Key key, Encoded answer, long now) {
                        return answer.lifetimeNanos();
                    }

                    @Override
                    public long expireAfterUpdate(Key key, Encoded answer, long now, long current) {
                        return answer.lifetimeNanos();
                    }

                    @Override
                    public long expireAfterRead(Key key, Encoded answer, long now, long current) {
                        return current;
                    }
                }).recordStats().build();
        CaffeineCacheMetrics.monitor(metrics, answers, "directory-search-answers");
    }

    /**
     * The search's answer as JSON: a kept one when there is one, else {@code search}'s, kept for the next asker
     * unless the directory changed while it was computed.
     */
    public byte[] json(String route, ServiceSearch asked, boolean full, Supplier<Answer> search) {
        if (timeToLive.isZero() || asked.filters().openAt().isPresent()) {
            return encode(search.get().body());
        }
        Key key = new Key(generation.current(), route, asked, full);
        Encoded kept = answers.getIfPresent(key);
        if (kept != null) {
            return kept.json();
        }
        Answer answer = search.get();
        byte[] encoded = encode(answer.body());
        Duration lifetime = lifetime(timeToLive, clock.instant(), answer.changesAt());
        if (lifetime.isPositive() && key.generation() == generation.current()) {
            answers.put(key, new Encoded(encoded, lifetime.toNanos()));
            if (key.generation() != generation.current()) {
                answers.invalidate(key); // a change committed between the check and the put
            }
        }
        return encoded;
    }

    /** How long an answer computed {@code now} stays true: its time to live, or less if its content changes first. */
    static Duration lifetime(Duration timeToLive, Instant now, Optional<Instant> changesAt) {
        return changesAt.map(at -> Duration.between(now, at)).filter(untilChange -> untilChange.compareTo(
                timeToLive) < 0).orElse(timeToLive);
    }

    /**
     * Forgets every answer once a change to the published directory commits, and counts why
     * ({@code directory.search-answers.cleared}, tagged with the kind of record that changed): a feed refreshed
     * every few minutes, say, would show there as the reason the answers are seldom reused.
     */
    void directoryChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) DirectoryChanged change) {
        answers.invalidateAll(); // unreachable already (DirectoryGeneration): this frees their memory
        metrics.counter(CLEARED, "cause", change.what()).increment();
    }

    private byte[] encode(Object body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write a search answer", e);
        }
    }
}
