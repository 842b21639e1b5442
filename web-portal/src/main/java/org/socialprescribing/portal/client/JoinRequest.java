package org.socialprescribing.portal.client;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A charity's request to join the directory, as the directory returns it. */
public record JoinRequest(String id, String status, Organisation organization,
        @JsonProperty("new_organization") boolean newOrganization,
        @JsonProperty("requester_username") String requesterUsername, String message,
        @JsonProperty("created_at") Instant createdAt, @JsonProperty("decided_by") String decidedBy,
        @JsonProperty("decided_at") Instant decidedAt, @JsonProperty("decision_reason") String decisionReason) {

    public record Organisation(String id, String name, String description, String email, String website) {
    }

    public String statusColour() {
        return switch (status) {
            case "approved" -> "govuk-tag--green";
            case "rejected" -> "govuk-tag--red";
            default -> "govuk-tag--yellow";
        };
    }
}
