package org.socialprescribing.directory;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A charity's request to join the directory, and the coordinator's decision on it. */
@Entity
@Table(name = "join_request")
public class JoinRequest {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_id")
    public Organization organization;

    /** True when the request brought the organisation (unverified until approved). */
    @Column(name = "new_organization", nullable = false)
    public boolean newOrganization;

    /** The requester's account: the token subject, which the approval binds as the organisation's editor. */
    @Column(name = "requester_id", nullable = false)
    public String requesterId;

    @Column(name = "requester_username", nullable = false)
    public String requesterUsername;

    public String message;

    /** pending, approved or rejected. */
    @Column(nullable = false)
    public String status;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decision_reason")
    public String decisionReason;

    @Version
    public int version;
}
