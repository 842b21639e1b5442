package org.socialprescribing.wellbeing.rest;

import java.time.LocalDate;

import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a resident sends to set a goal. */
public record GoalRequest(
        @NotBlank @Size(max = 200) String title,
        @FutureOrPresent LocalDate targetDate) {
}
