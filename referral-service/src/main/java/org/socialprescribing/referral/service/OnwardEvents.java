package org.socialprescribing.referral.service;

import java.time.Instant;
import java.util.UUID;

import org.socialprescribing.referral.Referral;
import org.socialprescribing.referral.ReferralEvent;
import org.socialprescribing.referral.ReferralEvent.ActorKind;
import org.socialprescribing.referral.repository.ReferralEventRepository;
import org.socialprescribing.referral.workflow.ReferralState;

/**
 * Timeline entries of the closed loop. Like {@link Timeline}, but the actor may be a charity editor, whom
 * {@link Caller} does not know: the group's answers are on the referral's timeline so that the link worker and the
 * person see them.
 */
final class OnwardEvents {

    private OnwardEvents() {
    }

    /** How the timeline names someone answering for a group: staff as staff, anyone else as the charity. */
    static ActorKind kindOf(Caller caller) {
        return caller.staff() ? caller.actorKind() : ActorKind.CHARITY_EDITOR;
    }

    static void record(ReferralEventRepository events, Referral referral, String actor, ActorKind actorKind,
            Instant at, String kind, ReferralState from, ReferralState to, String note) {
        ReferralEvent event = new ReferralEvent();
        event.id = UUID.randomUUID();
        event.referralId = referral.id;
        event.at = at;
        event.actor = actor;
        event.actorKind = actorKind;
        event.kind = kind;
        event.fromState = from;
        event.toState = to;
        event.note = note;
        events.persist(event);
    }
}
