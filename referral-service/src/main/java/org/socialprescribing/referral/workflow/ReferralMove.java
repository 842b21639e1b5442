package org.socialprescribing.referral.workflow;

/**
 * What a person (or the scheduler) can do to a referral. Each move is allowed only from some states
 * ({@link ReferralStateMachine}); a close also names its reason.
 */
public sealed interface ReferralMove {

    /** A link worker or coordinator has looked at it: priority and needs confirmed. */
    record Triage() implements ReferralMove {
    }

    /** A call, text or letter that did not reach the person (the attempts are counted). */
    record ContactAttempt() implements ReferralMove {
    }

    /** The link worker reached the person and is talking with them about what matters to them. */
    record StartConversation() implements ReferralMove {
    }

    /** One or more groups were chosen with the person (onward referrals sent). */
    record Match() implements ReferralMove {
    }

    /** A group accepted them and they are taking part. */
    record JoinGroup() implements ReferralMove {
    }

    /** The groups did not work out: back to the conversation to choose again. */
    record Rematch() implements ReferralMove {
    }

    record Close(ClosingReason reason) implements ReferralMove {
        public Close {
            java.util.Objects.requireNonNull(reason, "a close needs its reason");
        }
    }
}
