package org.socialprescribing.referral.workflow;

/**
 * Where a referral is in social prescribing's loop: received, looked at, the person contacted, a conversation about
 * what matters to them, matched to community groups, with a group, and closed (with a {@link ClosingReason}).
 */
public enum ReferralState {
    RECEIVED, TRIAGED, CONTACT_ATTEMPTED, IN_CONVERSATION, MATCHED, WITH_GROUP, CLOSED;

    /** Whether the referral is still on someone's caseload. */
    public boolean open() {
        return this != CLOSED;
    }
}
