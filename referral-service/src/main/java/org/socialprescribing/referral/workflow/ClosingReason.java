package org.socialprescribing.referral.workflow;

import java.util.EnumSet;
import java.util.Set;

/**
 * Why a referral was closed, and from which states it can be: the person cannot have completed their time with a
 * group they never reached, and "unable to contact" means they were never reached.
 */
public enum ClosingReason {
    /** They took part with a group, and the link worker and they agree the work is done. */
    COMPLETED(EnumSet.of(ReferralState.WITH_GROUP)),
    /** They did not want social prescribing, or any of the groups offered. */
    PERSON_DECLINED(EnumSet.of(ReferralState.RECEIVED, ReferralState.TRIAGED, ReferralState.CONTACT_ATTEMPTED,
            ReferralState.IN_CONVERSATION, ReferralState.MATCHED, ReferralState.WITH_GROUP)),
    /** Every attempt to reach them failed. */
    UNABLE_TO_CONTACT(EnumSet.of(ReferralState.RECEIVED, ReferralState.TRIAGED, ReferralState.CONTACT_ATTEMPTED)),
    /** Their needs are for another service (clinical, crisis, statutory): the link worker says where they went. */
    NOT_APPROPRIATE(EnumSet.of(ReferralState.RECEIVED, ReferralState.TRIAGED, ReferralState.CONTACT_ATTEMPTED,
            ReferralState.IN_CONVERSATION)),
    /** They moved out of the scheme's area. */
    MOVED_AWAY(EnumSet.of(ReferralState.RECEIVED, ReferralState.TRIAGED, ReferralState.CONTACT_ATTEMPTED,
            ReferralState.IN_CONVERSATION, ReferralState.MATCHED, ReferralState.WITH_GROUP)),
    /** They withdrew the referral themselves. */
    WITHDRAWN(EnumSet.of(ReferralState.RECEIVED, ReferralState.TRIAGED, ReferralState.CONTACT_ATTEMPTED,
            ReferralState.IN_CONVERSATION, ReferralState.MATCHED, ReferralState.WITH_GROUP));

    private final Set<ReferralState> from;

    ClosingReason(Set<ReferralState> from) {
        this.from = from;
    }

    /** Whether a referral in this state can be closed for this reason. */
    public boolean allowedFrom(ReferralState state) {
        return from.contains(state);
    }
}
