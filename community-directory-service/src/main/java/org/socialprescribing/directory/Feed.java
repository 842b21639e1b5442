package org.socialprescribing.directory;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** Another directory's Open Referral UK feed, registered by a coordinator and pulled on a schedule. */
@Entity
public class Feed {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    /** The feed's API root; its services are read from {@code base_url + "/services"}. */
    @Column(name = "base_url", nullable = false)
    public String baseUrl;

    @Column(name = "refresh_minutes", nullable = false)
    public int refreshMinutes;

    @Column(nullable = false)
    public boolean enabled;

    /** Set while a run holds the feed (renewed as it goes); written only by the claim, never by an edit. */
    @Column(name = "running_since", insertable = false, updatable = false)
    public Instant runningSince;

    @Column(name = "last_started_at", insertable = false, updatable = false)
    public Instant lastStartedAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public int version;
}
