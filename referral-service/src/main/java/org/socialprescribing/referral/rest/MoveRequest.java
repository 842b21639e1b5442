package org.socialprescribing.referral.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.socialprescribing.referral.workflow.ClosingReason;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * One move of a referral: {@code triage}, {@code contact_attempt}, {@code start_conversation}, {@code match},
 * {@code join_group}, {@code rematch} or {@code close} (with its {@code closing_reason}), and a note for the timeline.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record MoveRequest(@NotNull Move move, ClosingReason closingReason, @Size(max = 2000) String note) {

    /** The note is free text about the person: the move is printed, the note is not. */
    @Override
    public String toString() {
        return "MoveRequest[" + move + ", " + closingReason + "]";
    }

    /** The moves as the API names them. */
    public enum Move {
        TRIAGE, CONTACT_ATTEMPT, START_CONVERSATION, MATCH, JOIN_GROUP, REMATCH, CLOSE
    }
}
