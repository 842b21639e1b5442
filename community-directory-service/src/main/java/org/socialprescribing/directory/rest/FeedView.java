package org.socialprescribing.directory.rest;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.socialprescribing.directory.Feed;
import org.socialprescribing.directory.FeedRun;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A registered feed, and a run report. */
final class FeedView {

    private FeedView() {
    }

    record FeedSummary(UUID id, String name, @JsonProperty("base_url") String baseUrl,
            @JsonProperty("refresh_minutes") int refreshMinutes, boolean enabled, boolean running,
            @JsonProperty("last_started_at") Instant lastStartedAt, @JsonProperty("created_by") String createdBy,
            @JsonProperty("created_at") Instant createdAt) {

        static FeedSummary of(Feed f) {
            return new FeedSummary(f.id, f.name, f.baseUrl, f.refreshMinutes, f.enabled, f.runningSince != null,
                    f.lastStartedAt, f.createdBy, f.createdAt);
        }
    }

    record RunReport(UUID id, @JsonProperty("feed_id") UUID feedId, String trigger,
            @JsonProperty("requested_by") String requestedBy, @JsonProperty("started_at") Instant startedAt,
            @JsonProperty("finished_at") Instant finishedAt, String outcome, @JsonProperty("pages_read") int pagesRead,
            int created, int updated, int unchanged, int matched, int skipped, int withdrawn,
            List<Map<String, String>> problems,
            @JsonProperty("possible_matches") List<Map<String, String>> possibleMatches, String error) {

        static RunReport of(FeedRun r) {
            return new RunReport(r.id, r.feedId, r.trigger, r.requestedBy, r.startedAt, r.finishedAt, r.outcome,
                    r.pagesRead, r.created, r.updated, r.unchanged, r.matched, r.skipped, r.withdrawn, r.problems,
                    r.possibleMatches, r.error);
        }
    }
}
