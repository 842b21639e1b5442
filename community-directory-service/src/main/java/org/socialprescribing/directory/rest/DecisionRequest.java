package org.socialprescribing.directory.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a coordinator turned a joining request down (shown to the requester). */
public record DecisionRequest(@NotBlank @Size(max = 2000) String reason) {
}
