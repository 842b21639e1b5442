package org.socialprescribing.directory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One pull of a feed and its report: what was created, updated, left unchanged, matched, skipped and why. */
@Entity
@Table(name = "feed_run")
public class FeedRun {

    @Id
    public UUID id;

    @Column(name = "feed_id", nullable = false)
    public UUID feedId;

    /** scheduled or on_demand. */
    @Column(nullable = false)
    public String trigger;

    @Column(name = "requested_by")
    public String requestedBy;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    /** running, completed, completed_with_problems or failed. */
    @Column(nullable = false)
    public String outcome;

    @Column(name = "pages_read", nullable = false)
    public int pagesRead;

    @Column(nullable = false)
    public int created;

    @Column(nullable = false)
    public int updated;

    @Column(nullable = false)
    public int unchanged;

    /** Records found to be ones the directory already had from elsewhere (linked, not duplicated). */
    @Column(nullable = false)
    public int matched;

    @Column(nullable = false)
    public int skipped;

    /** Services this feed had published that it no longer lists. */
    @Column(nullable = false)
    public int withdrawn;

    /** Each skipped record: record, name, field, reason. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Map<String, String>> problems = new ArrayList<>();

    /**
     * The feed's organisations imported as its own whose names match one the directory has from elsewhere, for a
     * coordinator to confirm: feed_organization_id, feed_organization_name, imported_organization_id,
     * organization_id, organization_name.
     */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "possible_matches", nullable = false)
    public List<Map<String, String>> possibleMatches = new ArrayList<>();

    /** Why the run stopped early, when it did. */
    public String error;
}
