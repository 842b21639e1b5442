package org.socialprescribing.portal.client;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One pull of a feed and what it did, as the directory reports it. */
public record FeedRun(String id, String trigger, @JsonProperty("requested_by") String requestedBy,
        @JsonProperty("started_at") Instant startedAt, @JsonProperty("finished_at") Instant finishedAt,
        String outcome, @JsonProperty("pages_read") int pagesRead, int created, int updated, int unchanged,
        int matched, int skipped, int withdrawn, List<Map<String, String>> problems, String error) {

    public String started() {
        return startedAt == null ? "" : UkDates.moment(startedAt);
    }

    /** Who or what started it: "coordinator1" or "on schedule". */
    public String startedBy() {
        return requestedBy != null ? requestedBy : "on schedule";
    }

    public String outcomeLabel() {
        return switch (outcome) {
            case "running" -> "Running";
            case "completed" -> "Completed";
            case "completed_with_problems" -> "Completed with problems";
            case "failed" -> "Failed";
            default -> outcome;
        };
    }

    public String outcomeColour() {
        return switch (outcome) {
            case "running" -> "govuk-tag--blue";
            case "completed" -> "govuk-tag--green";
            case "completed_with_problems" -> "govuk-tag--yellow";
            default -> "govuk-tag--red";
        };
    }

    /** A record the pull skipped: its name (or id, or nothing for "more not listed"), the field and why. */
    public record Problem(String record, String field, String reason) {
    }

    public List<Problem> problemList() {
        return problems == null
                ? List.of()
                : problems.stream().map(p -> new Problem(p.getOrDefault("name", p.getOrDefault("record", "")),
                        p.getOrDefault("field", ""), p.getOrDefault("reason", ""))).toList();
    }
}
