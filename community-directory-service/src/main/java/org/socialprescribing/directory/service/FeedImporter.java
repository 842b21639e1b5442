package org.socialprescribing.directory.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.socialprescribing.directory.Feed;
import org.socialprescribing.directory.FeedRun;
import org.socialprescribing.directory.client.FeedUnavailableException;
import org.socialprescribing.directory.client.OrukFeedClient;
import org.socialprescribing.directory.config.FeedConfig;
import org.socialprescribing.directory.repository.FeedRepository;
import org.socialprescribing.directory.repository.TaxonomyTermRepository;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Pulls a feed page by page (the next page is fetched while this one is written), checks each record, and writes
 * each page in one transaction. If a page's transaction fails, its records are written one at a time, so one bad
 * record is reported and the good ones still land; a record is never half-written.
 */
@ApplicationScoped
public class FeedImporter {

    private static final Logger LOG = Logger.getLogger(FeedImporter.class);

    private final FeedRepository feeds;
    private final TaxonomyTermRepository terms;
    private final OrukFeedClient client;
    private final FeedPageWriter writer;
    private final FeedRunLog log;
    private final FeedConfig config;
    private final Clock clock;
    private final ExecutorService fetcher = Executors.newVirtualThreadPerTaskExecutor();

    public FeedImporter(FeedRepository feeds, TaxonomyTermRepository terms, OrukFeedClient client,
            FeedPageWriter writer, FeedRunLog log, FeedConfig config, Clock clock) {
        this.feeds = feeds;
        this.terms = terms;
        this.client = client;
        this.writer = writer;
        this.log = log;
        this.config = config;
        this.clock = clock;
    }

    @PreDestroy
    void stop() {
        fetcher.shutdownNow();
    }

    /** Runs a started run to its end; never throws (what went wrong is in the report, and the feed is freed). */
    public void run(FeedRun started) {
        FeedRunState state;
        String baseUrl;
        try {
            state = state(started);
            baseUrl = baseUrl(started.feedId);
        } catch (RuntimeException e) {
            String errorId = FailureLog.error(LOG, "Feed run " + started.id + " could not start", e);
            closeFailed(started, "The run could not start (" + e.getClass().getSimpleName() + ", error id " + errorId
                    + "); see the log.");
            return;
        }
        boolean complete = false;
        String error = null;
        try {
            int page = 1;
            CompletableFuture<OrukFeedClient.FeedPage> next = fetch(baseUrl, page);
            Set<String> seen = new HashSet<>();
            FeedRunLimits limits = new FeedRunLimits(config.maxPages(), config.maxRecords());
            while (next != null) {
                OrukFeedClient.FeedPage current = limits.take(next.join());
                next = current.lastPage() ? null : fetch(baseUrl, page + 1);
                writePage(state, read(baseUrl, current, state, seen));
                state.pagesRead++;
                if (!log.progress(state, listedIds(current))) {
                    error = "Another run took the feed over (this one ran longer than directory.feeds.abandon-after).";
                    break;
                }
                page++;
            }
            // A run stopped at a cap did not see the whole feed: it is not complete, so it withdraws nothing.
            error = error == null ? limits.stopped() : error;
            complete = error == null;
        } catch (CompletionException e) {
            if (e.getCause() instanceof FeedUnavailableException unavailable) {
                error = unavailable.getMessage();
            } else {
                String errorId = FailureLog.error(LOG, "Feed run " + started.id + " could not read a page",
                        e.getCause());
                error = "The feed could not be read (" + e.getCause().getClass().getSimpleName() + ", error id "
                        + errorId + "); see the log.";
            }
        } catch (FeedUnavailableException e) {
            error = e.getMessage();
        } catch (RuntimeException e) {
            String errorId = FailureLog.error(LOG, "Feed run " + started.id + " stopped", e);
            error = "The run stopped on an internal error (" + e.getClass().getSimpleName() + ", error id " + errorId
                    + "); see the log.";
        }
        try {
            log.finish(state, complete, error);
        } catch (RuntimeException e) {
            String errorId = FailureLog.error(LOG, "Feed run " + started.id + " could not be closed", e);
            closeFailed(started, "The run could not be closed (" + e.getClass().getSimpleName() + ", error id "
                    + errorId + "); see the log.");
            return;
        }
        LOG.infof("Feed run %s: %d pages, %d created, %d updated, %d unchanged, %d matched, %d skipped%s",
                started.id, state.pagesRead, state.created, state.updated, state.unchanged, state.matched,
                state.skipped, error == null ? "" : "; stopped: " + error);
    }

    /** Last resort: marks the run failed and frees the feed; if even that fails, the claim lapses on its own. */
    private void closeFailed(FeedRun started, String error) {
        try {
            log.failed(started.feedId, started.id, error);
        } catch (RuntimeException e) {
            FailureLog.error(LOG, "Feed run " + started.id
                    + " could not be marked failed; its feed is freed after abandon-after", e);
        }
    }

    /**
     * The ids of every service a page lists, whether or not they could be taken. An id PostgreSQL cannot store (a
     * NUL character) names no record that could have been imported, and would stop the run if it were kept.
     */
    private static List<String> listedIds(OrukFeedClient.FeedPage page) {
        return page.services().stream().map(s -> s.path("id").asText("").strip())
                .filter(id -> !id.isEmpty() && id.indexOf('\0') < 0).toList();
    }

    @Transactional
    FeedRunState state(FeedRun run) {
        Feed feed = feeds.findById(run.feedId);
        return new FeedRunState(feed.id, feed.name, run.id, config.maxProblems(), terms.listAll());
    }

    @Transactional
    String baseUrl(UUID feedId) {
        return feeds.findById(feedId).baseUrl;
    }

    private CompletableFuture<OrukFeedClient.FeedPage> fetch(String baseUrl, int page) {
        return CompletableFuture.supplyAsync(() -> client.page(baseUrl, page), fetcher);
    }

    /** The page's records that pass the checks; each one that does not is reported. */
    private List<FeedRecord> read(String baseUrl, OrukFeedClient.FeedPage page, FeedRunState state,
            Set<String> seen) {
        List<FeedRecord> records = new ArrayList<>();
        for (JsonNode item : page.services()) {
            String id = item.path("id").asText("");
            String name = item.path("name").isValueNode() ? item.path("name").asText() : null;
            try {
                JsonNode service = item.path("organization").isObject() || id.isBlank()
                        ? item
                        : client.service(baseUrl, id);
                FeedRecord record = FeedRecordReader.read(service);
                if (seen.add(record.externalId())) {
                    records.add(record);
                } else {
                    state.skip(record.externalId(), name, "id", "The feed lists this service more than once.");
                }
            } catch (InvalidFeedRecord e) {
                state.skip(id.isBlank() ? "(no id)" : id, name, e.field(), e.getMessage());
            } catch (FeedUnavailableException e) {
                state.skip(id, name, null, e.getMessage());
            }
        }
        return records;
    }

    private void writePage(FeedRunState state, List<FeedRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        try {
            state.add(writer.write(state, records, Instant.now(clock)));
        } catch (RuntimeException e) {
            if (records.size() == 1) {
                // Not the database's message: it quotes the record's values. The run names the record.
                FeedRecord record = records.get(0);
                String errorId = FailureLog.error(LOG, "Feed run " + state.runId + ": a record could not be stored",
                        e);
                state.skip(record.externalId(), record.fields().name(), null, "The directory could not store it ("
                        + FailureLog.classes(e) + ", error id " + errorId + ").");
                return;
            }
            for (FeedRecord record : records) {
                writePage(state, List.of(record));
            }
        }
    }
}
