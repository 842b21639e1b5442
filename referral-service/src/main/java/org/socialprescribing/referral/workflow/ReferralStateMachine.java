package org.socialprescribing.referral.workflow;

import static org.socialprescribing.referral.workflow.ReferralState.CLOSED;
import static org.socialprescribing.referral.workflow.ReferralState.CONTACT_ATTEMPTED;
import static org.socialprescribing.referral.workflow.ReferralState.IN_CONVERSATION;
import static org.socialprescribing.referral.workflow.ReferralState.MATCHED;
import static org.socialprescribing.referral.workflow.ReferralState.RECEIVED;
import static org.socialprescribing.referral.workflow.ReferralState.TRIAGED;
import static org.socialprescribing.referral.workflow.ReferralState.WITH_GROUP;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The only moves a referral can make. Anything else is refused ({@link #next} is empty), and the API answers it with
 * 409 problem+json naming the state and the move. A closed referral is final: a person who comes back gets a new
 * referral, so the closed one's outcome stays as it was for the reports.
 */
public final class ReferralStateMachine {

    private static final Set<ReferralState> BEFORE_CONTACT = EnumSet.of(RECEIVED, TRIAGED, CONTACT_ATTEMPTED);

    private ReferralStateMachine() {
    }

    /** The state after this move, or empty if the move is not allowed from this state. */
    public static Optional<ReferralState> next(ReferralState state, ReferralMove move) {
        ReferralState to = switch (move) {
            case ReferralMove.Triage t -> state == RECEIVED ? TRIAGED : null;
            case ReferralMove.ContactAttempt c -> BEFORE_CONTACT.contains(state) ? CONTACT_ATTEMPTED : null;
            case ReferralMove.StartConversation s -> BEFORE_CONTACT.contains(state) ? IN_CONVERSATION : null;
            case ReferralMove.Match m -> state == IN_CONVERSATION || state == WITH_GROUP ? MATCHED : null;
            case ReferralMove.JoinGroup j -> state == MATCHED ? WITH_GROUP : null;
            case ReferralMove.Rematch r -> state == MATCHED || state == WITH_GROUP ? IN_CONVERSATION : null;
            case ReferralMove.Close close -> close.reason().allowedFrom(state) ? CLOSED : null;
        };
        return Optional.ofNullable(to);
    }

    public static boolean allowed(ReferralState state, ReferralMove move) {
        return next(state, move).isPresent();
    }
}
