package org.socialprescribing.referral;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.socialprescribing.referral.workflow.ClosingReason;
import org.socialprescribing.referral.workflow.ReferralState;

/**
 * A referral to social prescribing: whose it is, who asked, what they need, where it is in the loop
 * ({@link ReferralState}, moved only through ReferralStateMachine) and who is working it.
 */
@Entity
public class Referral {

    /** Who asked: the person themselves, a link worker for them, or a partner system such as a GP's. */
    public enum Route {
        SELF, LINK_WORKER, PARTNER_SYSTEM
    }

    public enum Priority {
        ROUTINE, PRIORITY, URGENT
    }

    /** Whether match suggestions are still to come: waiting (not asked), pending (the directory was down), done. */
    public enum Matching {
        WAITING, PENDING, DONE
    }

    @Id
    public UUID id;

    /** What the person and staff quote: short, unambiguous, not guessable from another. */
    @Column(nullable = false, unique = true)
    public String reference;

    /** A guest's secret, hashed: with the reference it shows them the status, never the reference alone. */
    @Column(name = "guest_secret_hash")
    public byte[] guestSecretHash;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "person_id")
    public Person person;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Route route;

    /** The Keycloak subject of whoever made it (a resident or a link worker); none for a guest. */
    @Column(name = "referred_by")
    public String referredBy;

    @Column(name = "partner_client")
    public String partnerClient;

    /** The needs as directory taxonomy term ids. */
    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "referral_need", joinColumns = @JoinColumn(name = "referral_id"))
    @Column(name = "term_id")
    public Set<String> needs = new LinkedHashSet<>();

    @Column(name = "free_text")
    public String freeText;

    /** A directory service the person chose themselves, if any. */
    @Column(name = "chosen_service_id")
    public UUID chosenServiceId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Priority priority;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReferralState state;

    @Enumerated(EnumType.STRING)
    @Column(name = "closing_reason")
    public ClosingReason closingReason;

    /** The Keycloak subject of the link worker it is assigned to; none while it waits in the unassigned queue. */
    @Column(name = "assigned_to")
    public String assignedTo;

    @Column(name = "contact_attempts", nullable = false)
    public int contactAttempts;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Matching matching;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Column(name = "last_contact_at")
    public Instant lastContactAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Version
    public int version;

    /** When retention anonymised it (free text and timeline notes removed); none while it is kept whole. */
    @Column(name = "anonymised_at")
    public Instant anonymisedAt;
}
