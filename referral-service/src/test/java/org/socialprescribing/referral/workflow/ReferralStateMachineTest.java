package org.socialprescribing.referral.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * Every state against every move: the table below is the specification, written out whole, and the machine must
 * answer each of its cells (and refuse each empty one).
 */
class ReferralStateMachineTest {

    private static final ReferralState R = ReferralState.RECEIVED;
    private static final ReferralState T = ReferralState.TRIAGED;
    private static final ReferralState A = ReferralState.CONTACT_ATTEMPTED;
    private static final ReferralState V = ReferralState.IN_CONVERSATION;
    private static final ReferralState M = ReferralState.MATCHED;
    private static final ReferralState G = ReferralState.WITH_GROUP;
    private static final ReferralState C = ReferralState.CLOSED;

    /** The moves, the columns of the table below, in order. */
    private static final List<ReferralMove> MOVES = List.of(new ReferralMove.Triage(),
            new ReferralMove.ContactAttempt(), new ReferralMove.StartConversation(), new ReferralMove.Match(),
            new ReferralMove.JoinGroup(), new ReferralMove.Rematch(),
            new ReferralMove.Close(ClosingReason.COMPLETED), new ReferralMove.Close(ClosingReason.PERSON_DECLINED),
            new ReferralMove.Close(ClosingReason.UNABLE_TO_CONTACT),
            new ReferralMove.Close(ClosingReason.NOT_APPROPRIATE), new ReferralMove.Close(ClosingReason.MOVED_AWAY),
            new ReferralMove.Close(ClosingReason.WITHDRAWN));

    /** For each state, the state after each move of {@link #MOVES} ({@code null}: refused, a 409). */
    private static final Map<ReferralState, ReferralState[]> TABLE = new LinkedHashMap<>();

    static {
        // triage, attempt, talk, match, join, rematch, completed, declined, unable, not-appropriate, moved, withdrawn
        TABLE.put(R, new ReferralState[]{T, A, V, null, null, null, null, C, C, C, C, C});
        TABLE.put(T, new ReferralState[]{null, A, V, null, null, null, null, C, C, C, C, C});
        TABLE.put(A, new ReferralState[]{null, A, V, null, null, null, null, C, C, C, C, C});
        TABLE.put(V, new ReferralState[]{null, null, null, M, null, null, null, C, null, C, C, C});
        TABLE.put(M, new ReferralState[]{null, null, null, null, G, V, null, C, null, null, C, C});
        TABLE.put(G, new ReferralState[]{null, null, null, M, null, V, C, C, null, null, C, C});
        TABLE.put(C, new ReferralState[]{null, null, null, null, null, null, null, null, null, null, null, null});
    }

    @Test
    void theTableCoversEveryStateAndMove() {
        assertEquals(List.of(ReferralState.values()), List.copyOf(TABLE.keySet()));
        TABLE.values().forEach(row -> assertEquals(MOVES.size(), row.length));
        assertEquals(ClosingReason.values().length + 6, MOVES.size(), "every closing reason is a column");
    }

    @Test
    void everyStateAnswersEveryMoveAsTheTableSays() {
        List<String> wrong = new ArrayList<>();
        TABLE.forEach((state, row) -> {
            for (int i = 0; i < MOVES.size(); i++) {
                Optional<ReferralState> expected = Optional.ofNullable(row[i]);
                Optional<ReferralState> actual = ReferralStateMachine.next(state, MOVES.get(i));
                if (!expected.equals(actual)) {
                    wrong.add(state + " + " + MOVES.get(i) + ": expected " + expected + ", was " + actual);
                }
            }
        });
        assertEquals(List.of(), wrong);
    }

    @Test
    void aClosedReferralIsFinal() {
        for (ReferralMove move : MOVES) {
            assertFalse(ReferralStateMachine.allowed(C, move), move.toString());
        }
        assertFalse(C.open());
    }

    @Test
    void aCloseNeedsItsReason() {
        assertThrows(NullPointerException.class, () -> new ReferralMove.Close(null));
    }
}
