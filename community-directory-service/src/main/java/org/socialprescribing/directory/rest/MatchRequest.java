package org.socialprescribing.directory.rest;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A possible match from a run report that a coordinator confirms: the feed's organisation is this one of ours. */
public record MatchRequest(@JsonProperty("imported_organization_id") @NotNull UUID importedOrganizationId,
        @JsonProperty("organization_id") @NotNull UUID organizationId) {

    /** The answer: the organisation now holding the feed's services, and how many moved. */
    record Confirmed(@JsonProperty("organization_id") UUID organizationId,
            @JsonProperty("services_moved") int servicesMoved) {
    }
}
