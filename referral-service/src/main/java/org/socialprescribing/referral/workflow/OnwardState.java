package org.socialprescribing.referral.workflow;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Where one onward referral to a community group stands, as the group answers it: sent, accepted, declined (with a
 * reason), on its waiting list, attending (from a first attended date, sessions counted), stopped attending, or
 * withdrawn (the person withdrew or revoked consent to share with this group, which then sees only that).
 */
public enum OnwardState {
    SENT, ACCEPTED, DECLINED, WAITING_LIST, ATTENDING, STOPPED_ATTENDING, WITHDRAWN;

    /** What the group or the link worker can record. */
    public enum Answer {
        ACCEPT, DECLINE, WAITLIST, RECORD_ATTENDANCE, STOP_ATTENDING, WITHDRAW
    }

    private static final Set<OnwardState> FINAL = EnumSet.of(DECLINED, STOPPED_ATTENDING, WITHDRAWN);

    public boolean isFinal() {
        return FINAL.contains(this);
    }

    /**
     * The state after this answer, or empty if it is not allowed. Recording attendance again while attending is
     * allowed (another session); a final state takes no answer.
     */
    public Optional<OnwardState> after(Answer answer) {
        if (isFinal()) {
            return Optional.empty();
        }
        OnwardState to = switch (answer) {
            case ACCEPT -> this == SENT || this == WAITING_LIST ? ACCEPTED : null;
            case DECLINE -> this == SENT || this == WAITING_LIST ? DECLINED : null;
            case WAITLIST -> this == SENT ? WAITING_LIST : null;
            case RECORD_ATTENDANCE -> this == ACCEPTED || this == ATTENDING ? ATTENDING : null;
            case STOP_ATTENDING -> this == ATTENDING ? STOPPED_ATTENDING : null;
            case WITHDRAW -> WITHDRAWN;
        };
        return Optional.ofNullable(to);
    }
}
