package org.socialprescribing.portal.client;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One pull of a feed and what it did, as the directory reports it. The pages word its outcome and who started it in
 * their own language; the records it skipped and why are the directory's.
 */
public record FeedRun(String id, String trigger, @JsonProperty("requested_by") String requestedBy,
        @JsonProperty("started_at") Instant startedAt, @JsonProperty("finished_at") Instant finishedAt,
        String outcome, @JsonProperty("pages_read") int pagesRead, int created, int updated, int unchanged,
        int matched, int skipped, int withdrawn, List<Map<String, String>> problems, String error) {

    /** The outcome's GOV.UK tag colour (its words are the page's). */
    public String outcomeColour() {
        return switch (outcome == null ? "" : outcome) {
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
