package org.socialprescribing.referral;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One staff read or change of a person's data: who (a Keycloak subject, never a name), in which role, when, what and
 * why. Written by AuditFilter only; never changed, except that erasure removes the reasons (free text) of the erased
 * person's entries.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    public UUID id;

    @Column(nullable = false)
    public Instant at;

    /** The member of staff's Keycloak subject. */
    @Column(nullable = false)
    public String actor;

    /** coordinator or link-worker. */
    @Column(name = "actor_role", nullable = false)
    public String actorRole;

    @Column(name = "person_id")
    public UUID personId;

    @Column(name = "referral_id")
    public UUID referralId;

    /** What they did: read referral, read timeline, move referral, export person data ... */
    @Column(nullable = false)
    public String action;

    /** Why: what they said in X-Audit-Reason, or the action's name. */
    public String reason;
}
