package org.socialprescribing.directory.rest;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Asking to join: a new {@code organization}, or the {@code organization_id} of a listed one; a note if wanted. */
public record JoinRequestBody(@Valid OrganizationRequest organization,
        @JsonProperty("organization_id") UUID organizationId, @Size(max = 2000) String message) {
}
