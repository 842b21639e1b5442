package org.socialprescribing.referral;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A person referred to a directory service, by themselves (self-referral) or by a link worker. */
@Entity
public class Referral {

    public enum Status {
        SUBMITTED, ACCEPTED, DECLINED, CLOSED
    }

    @Id
    public UUID id;

    /** The directory service referred to (owned by community-directory-service; no foreign key across services). */
    @Column(name = "service_id", nullable = false)
    public UUID serviceId;

    @Column(nullable = false)
    public String reason;

    @Column(name = "consent_given_at", nullable = false)
    public Instant consentGivenAt;

    /** The Keycloak subject of whoever made the referral. */
    @Column(name = "referred_by", nullable = false)
    public String referredBy;

    @Column(name = "self_referral", nullable = false)
    public boolean selfReferral;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public int version;
}
