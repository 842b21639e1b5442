package org.socialprescribing.referral;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.socialprescribing.referral.workflow.ReferralState;

/** One entry of a referral's timeline: who did what, when, and the move it made if any. Never changed. */
@Entity
@Table(name = "referral_event")
public class ReferralEvent {

    /** Who acted, as the timeline shows them. */
    public enum ActorKind {
        PERSON, GUEST, LINK_WORKER, COORDINATOR, CHARITY_EDITOR, PARTNER_SYSTEM, SCHEDULER
    }

    @Id
    public UUID id;

    @Column(name = "referral_id", nullable = false)
    public UUID referralId;

    @Column(nullable = false)
    public Instant at;

    /** The actor's Keycloak subject, a partner's client id, "guest" or "scheduler". */
    @Column(nullable = false)
    public String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "actor_kind", nullable = false)
    public ActorKind actorKind;

    /** What happened: received, triaged, contact_attempted, ... (snake_case, as the API shows it). */
    @Column(nullable = false)
    public String kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state")
    public ReferralState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state")
    public ReferralState toState;

    public String note;
}
