package org.socialprescribing.referral;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

/**
 * What a person agreed to, in which wording, when and with whom: contact about a referral, or sharing what they said
 * with one receiving organisation. Revoked, it stays as the record that it was given and withdrawn.
 */
@Entity
public class Consent {

    public enum Purpose {
        CONTACT, SHARE
    }

    @Id
    public UUID id;

    @Column(name = "person_id", nullable = false)
    public UUID personId;

    @Column(name = "referral_id")
    public UUID referralId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Purpose purpose;

    /** The receiving organisation, for a {@link Purpose#SHARE} consent. */
    @Column(name = "organisation_id")
    public UUID organisationId;

    /** The version of the words the person agreed to (ConsentWording). */
    @Column(name = "wording_version", nullable = false)
    public String wordingVersion;

    @Column(name = "given_at", nullable = false)
    public Instant givenAt;

    /** The staff member who recorded it on the person's behalf (a link worker on the phone), or none. */
    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "revoked_at")
    public Instant revokedAt;
}
