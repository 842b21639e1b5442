package org.socialprescribing.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.socialprescribing.referral.workflow.OnwardState;

/**
 * A referral onward to one directory service, and the group's answers to it ({@link OnwardState}, changed only
 * through {@link OnwardState#after}). One referral can go to several groups, each service once. The receiving
 * organisation sees what the person agreed to share with it, while that consent stands.
 */
@Entity
@Table(name = "onward_referral")
public class OnwardReferral {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "referral_id")
    public Referral referral;

    /** The directory service, by id only: no foreign key across services. */
    @Column(name = "service_id", nullable = false)
    public UUID serviceId;

    /** The directory organisation that runs it: its charity editors answer it. */
    @Column(name = "organisation_id", nullable = false)
    public UUID organisationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OnwardState state;

    @Column(name = "decline_reason")
    public String declineReason;

    @Column(name = "first_attended_on")
    public LocalDate firstAttendedOn;

    @Column(name = "sessions_attended", nullable = false)
    public int sessionsAttended;

    @Column(name = "sent_at", nullable = false)
    public Instant sentAt;

    /** When the group last answered it. */
    @Column(name = "answered_at")
    public Instant answeredAt;

    @Version
    public int version;

    /** What the link worker told the group about the person, shared with the person's consent. */
    public String note;

    /** The Keycloak subject of the link worker (or coordinator) who sent it. */
    @Column(name = "sent_by")
    public String sentBy;
}
