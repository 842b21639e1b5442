package org.socialprescribing.referral.rest;

import java.time.Instant;

import org.socialprescribing.referral.ReferralEvent;
import org.socialprescribing.referral.workflow.ReferralState;

/** One entry of a referral's timeline. */
public record EventView(Instant at, String actor, ReferralEvent.ActorKind actorKind, String kind,
        ReferralState fromState, ReferralState toState, String note) {

    /** The note is free text about the person: not printed. */
    @Override
    public String toString() {
        return "EventView[" + kind + " at " + at + "]";
    }

    static EventView of(ReferralEvent e) {
        return new EventView(e.at, e.actor, e.actorKind, e.kind, e.fromState, e.toState, e.note);
    }
}
