package org.socialprescribing.referral.rest;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.socialprescribing.referral.workflow.OnwardState;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A group's answer to an onward referral: {@code accept}, {@code decline} (with its {@code reason}),
 * {@code waitlist}, {@code record_attendance} (one session, on {@code attended_on}, today if not given) or
 * {@code stop_attending}. Withdrawal is the person's, not an answer.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record AnswerRequest(@NotNull Answer answer, @Size(max = 500) String reason, LocalDate attendedOn) {

    /** The answers as the API names them. */
    public enum Answer {
        ACCEPT(OnwardState.Answer.ACCEPT), DECLINE(OnwardState.Answer.DECLINE), WAITLIST(
                OnwardState.Answer.WAITLIST), RECORD_ATTENDANCE(
                        OnwardState.Answer.RECORD_ATTENDANCE), STOP_ATTENDING(OnwardState.Answer.STOP_ATTENDING);

        public final OnwardState.Answer inWorkflow;

        Answer(OnwardState.Answer inWorkflow) {
            this.inWorkflow = inWorkflow;
        }
    }
}
