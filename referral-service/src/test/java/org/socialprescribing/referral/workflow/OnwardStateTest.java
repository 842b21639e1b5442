package org.socialprescribing.referral.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.socialprescribing.referral.workflow.OnwardState.Answer;

/** Every onward referral state against every answer a group or link worker can give, as a whole table. */
class OnwardStateTest {

    private static final OnwardState S = OnwardState.SENT;
    private static final OnwardState OK = OnwardState.ACCEPTED;
    private static final OnwardState NO = OnwardState.DECLINED;
    private static final OnwardState W = OnwardState.WAITING_LIST;
    private static final OnwardState IN = OnwardState.ATTENDING;
    private static final OnwardState OUT = OnwardState.STOPPED_ATTENDING;
    private static final OnwardState X = OnwardState.WITHDRAWN;

    private static final Map<OnwardState, OnwardState[]> TABLE = new EnumMap<>(OnwardState.class);

    static {
        // accept, decline, waitlist, record attendance, stop attending, withdraw
        TABLE.put(S, new OnwardState[]{OK, NO, W, null, null, X});
        TABLE.put(OK, new OnwardState[]{null, null, null, IN, null, X});
        TABLE.put(NO, new OnwardState[]{null, null, null, null, null, null});
        TABLE.put(W, new OnwardState[]{OK, NO, null, null, null, X});
        TABLE.put(IN, new OnwardState[]{null, null, null, IN, OUT, X});
        TABLE.put(OUT, new OnwardState[]{null, null, null, null, null, null});
        TABLE.put(X, new OnwardState[]{null, null, null, null, null, null});
    }

    @Test
    void everyStateAnswersEveryAnswerAsTheTableSays() {
        assertEquals(OnwardState.values().length, TABLE.size());
        List<String> wrong = new ArrayList<>();
        TABLE.forEach((state, row) -> {
            assertEquals(Answer.values().length, row.length);
            for (Answer answer : Answer.values()) {
                Optional<OnwardState> expected = Optional.ofNullable(row[answer.ordinal()]);
                if (!expected.equals(state.after(answer))) {
                    wrong.add(state + " + " + answer + ": expected " + expected + ", was " + state.after(answer));
                }
            }
        });
        assertEquals(List.of(), wrong);
    }

    @Test
    void declinedStoppedAndWithdrawnAreFinal() {
        assertEquals(List.of(NO, OUT, X),
                java.util.Arrays.stream(OnwardState.values()).filter(OnwardState::isFinal).toList());
    }
}
