package org.socialprescribing.referral.rest;

import java.time.Instant;
import java.util.List;

import org.socialprescribing.referral.Referral;
import org.socialprescribing.referral.ReferralEvent;
import org.socialprescribing.referral.workflow.ClosingReason;
import org.socialprescribing.referral.workflow.ReferralState;

/**
 * What a guest may see of their referral: where it is and what happened when. No staff names, no notes, none of
 * their own details (whoever holds the pair learns nothing about the person).
 */
public record GuestStatusView(String reference, ReferralState state, Instant receivedAt, ClosingReason closingReason,
        List<Step> timeline) {

    /** One timeline entry, by kind and date only. */
    public record Step(String kind, Instant at) {
    }

    public static GuestStatusView of(Referral referral, List<ReferralEvent> events) {
        return new GuestStatusView(referral.reference, referral.state, referral.receivedAt, referral.closingReason,
                events.stream().map(e -> new Step(e.kind, e.at)).toList());
    }
}
