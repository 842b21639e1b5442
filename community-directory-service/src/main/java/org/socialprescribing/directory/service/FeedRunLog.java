package org.socialprescribing.directory.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import org.socialprescribing.directory.Feed;
import org.socialprescribing.directory.FeedRun;
import org.socialprescribing.directory.ListingChange;
import org.socialprescribing.directory.config.FeedConfig;
import org.socialprescribing.directory.repository.FeedRecordStore;
import org.socialprescribing.directory.repository.FeedRepository;
import org.socialprescribing.directory.repository.FeedRunRepository;
import org.socialprescribing.directory.repository.ListingChangeRepository;
import org.socialprescribing.problem.ProblemException;
import org.socialprescribing.problem.ProblemType;

/** Starts runs (one at a time per feed), keeps their reports current, and closes them. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class FeedRunLog {

    private final FeedRepository feeds;
    private final FeedRunRepository runs;
    private final FeedRecordStore store;
    private final ListingChangeRepository changes;
    private final FeedConfig config;
    private final Clock clock;
    private final Event<DirectoryChanged> directoryChanged;

    public FeedRunLog(FeedRepository feeds, FeedRunRepository runs, FeedRecordStore store,
            ListingChangeRepository changes, FeedConfig config, Clock clock,
            Event<DirectoryChanged> directoryChanged) {
        this.directoryChanged = directoryChanged;
        this.feeds = feeds;
        this.runs = runs;
        this.store = store;
        this.changes = changes;
        this.config = config;
        this.clock = clock;
    }

    /** Claims the feed and opens its run report; 409 while another run holds the feed. */
    public FeedRun start(UUID feedId, String trigger, String requestedBy) {
        Feed feed = feeds.findByIdOptional(feedId).orElseThrow(() -> ProblemException.notFound("Feed", feedId));
        Instant now = Instant.now(clock);
        UUID runId = UUID.randomUUID();
        if (!feeds.claim(feed.id, runId, now, now.minus(config.abandonAfter()))) {
            throw new ProblemException(ProblemType.CONFLICT, "This feed is being pulled now; its run report says"
                    + " how far it has got.");
        }
        runs.abandon(feed.id, now);
        FeedRun run = new FeedRun();
        run.id = runId;
        run.feedId = feed.id;
        run.trigger = trigger;
        run.requestedBy = requestedBy;
        run.startedAt = now;
        run.outcome = "running";
        runs.persist(run);
        return run;
    }

    /**
     * After each page: the counts so far (a running report shows progress), every service the page listed marked
     * as seen by this run (skipped ones too, so that a record the feed still lists is never withdrawn because it
     * could not be read this time), and the claim renewed. False if another run has taken the feed over.
     */
    boolean progress(FeedRunState state, List<String> listedServiceIds) {
        Instant now = Instant.now(clock);
        store.markSeen(state.feedId, state.runId, listedServiceIds, now);
        copy(state, runs.findById(state.runId));
        return feeds.renew(state.feedId, state.runId, now);
    }

    /**
     * Closes the run. A run that read every page withdraws the services this feed keeps that it no longer lists;
     * one that stopped early withdraws nothing.
     */
    void finish(FeedRunState state, boolean complete, String error) {
        FeedRun run = runs.findById(state.runId);
        Instant now = Instant.now(clock);
        if (complete && !feeds.renew(state.feedId, state.runId, now)) {
            complete = false;
            error = "Another run took the feed over (this one ran longer than directory.feeds.abandon-after).";
        }
        if (complete) {
            for (UUID[] withdrawn : store.withdrawUnlisted(state.feedId, state.runId, now)) {
                record(withdrawn[0], withdrawn[1], state, now);
                run.withdrawn++;
            }
        }
        copy(state, run);
        run.finishedAt = now;
        run.error = error;
        run.outcome = !complete ? "failed" : state.skipped > 0 ? "completed_with_problems" : "completed";
        feeds.release(state.feedId, state.runId);
    }

    /** Closes a run that could not even begin (its feed or the database could not be read), freeing the feed. */
    void failed(UUID feedId, UUID runId, String error) {
        FeedRun run = runs.findById(runId);
        run.finishedAt = Instant.now(clock);
        run.outcome = "failed";
        run.error = error;
        feeds.release(feedId, runId);
    }

    private void record(UUID serviceId, UUID organizationId, FeedRunState state, Instant now) {
        ListingChange change = new ListingChange();
        change.id = UUID.randomUUID();
        change.serviceId = serviceId;
        change.organizationId = organizationId;
        change.changedBy = state.actor();
        change.changedAt = now;
        change.action = "withdrawn";
        Map<String, Object> what = new LinkedHashMap<>();
        what.put("feed", state.feedName);
        what.put("run_id", state.runId.toString());
        what.put("status", Map.of("after", "defunct"));
        change.changes = what;
        changes.persist(change);
        directoryChanged.fire(new DirectoryChanged("feed"));
    }

    private static void copy(FeedRunState state, FeedRun run) {
        run.pagesRead = state.pagesRead;
        run.created = state.created;
        run.updated = state.updated;
        run.unchanged = state.unchanged;
        run.matched = state.matched;
        run.skipped = state.skipped;
        List<Map<String, String>> problems = new ArrayList<>(state.problems);
        if (state.problemsNotListed > 0) {
            problems.add(Map.of("reason", state.problemsNotListed + " more problems not listed"));
        }
        run.problems = problems;
        run.possibleMatches = new ArrayList<>(state.possibleMatches.values());
    }
}
