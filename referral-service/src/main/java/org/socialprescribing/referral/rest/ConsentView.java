package org.socialprescribing.referral.rest;

import java.time.Instant;
import java.util.UUID;

import org.socialprescribing.referral.Consent;

/** One consent: what was agreed (to be contacted, or sharing with one organisation), in which wording, when. */
public record ConsentView(UUID id, Consent.Purpose purpose, UUID organisationId, String wordingVersion,
        Instant givenAt, String recordedBy, Instant revokedAt) {

    static ConsentView of(Consent c) {
        return new ConsentView(c.id, c.purpose, c.organisationId, c.wordingVersion, c.givenAt, c.recordedBy,
                c.revokedAt);
    }
}
