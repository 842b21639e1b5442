package org.socialprescribing.referral.rest;

import java.time.Instant;
import java.util.UUID;

import org.socialprescribing.referral.Referral;

public record ReferralView(UUID id, UUID serviceId, String reason, boolean selfReferral, Referral.Status status,
        Instant consentGivenAt, Instant createdAt) {

    static ReferralView of(Referral referral) {
        return new ReferralView(referral.id, referral.serviceId, referral.reason, referral.selfReferral,
                referral.status, referral.consentGivenAt, referral.createdAt);
    }
}
