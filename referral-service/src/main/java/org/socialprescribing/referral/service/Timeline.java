package org.socialprescribing.referral.service;

import java.time.Instant;
import java.util.UUID;

import org.socialprescribing.referral.Referral;
import org.socialprescribing.referral.ReferralEvent;
import org.socialprescribing.referral.repository.ReferralEventRepository;
import org.socialprescribing.referral.workflow.ReferralState;

/** Writes a referral's timeline entries: one for every change, in the transaction of the change. */
final class Timeline {

    private Timeline() {
    }

    static ReferralEvent record(ReferralEventRepository events, Referral referral, Caller caller, Instant at,
            String kind, ReferralState from, ReferralState to, String note) {
        ReferralEvent event = new ReferralEvent();
        event.id = UUID.randomUUID();
        event.referralId = referral.id;
        event.at = at;
        event.actor = caller.subject();
        event.actorKind = caller.actorKind();
        event.kind = kind;
        event.fromState = from;
        event.toState = to;
        event.note = note;
        events.persist(event);
        return event;
    }
}
