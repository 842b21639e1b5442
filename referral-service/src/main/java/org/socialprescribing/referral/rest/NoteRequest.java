package org.socialprescribing.referral.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A note on a referral's timeline: what matters to the person, said in conversation ({@code what_matters}), or a
 * contact that was not a move (a message left, a call back arranged: {@code contact}), or anything else
 * ({@code note}).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record NoteRequest(Kind kind, @NotBlank @Size(max = 2000) String note) {

    public enum Kind {
        WHAT_MATTERS, CONTACT, NOTE
    }
}
