package org.socialprescribing.directory.rest;

import java.time.Instant;
import java.util.UUID;

import org.socialprescribing.directory.JoinRequest;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A joining request as its requester and coordinators see it. */
public record JoinRequestView(UUID id, String status, OrganizationView organization,
        @JsonProperty("new_organization") boolean newOrganization,
        @JsonProperty("requester_username") String requesterUsername, String message,
        @JsonProperty("created_at") Instant createdAt, @JsonProperty("decided_by") String decidedBy,
        @JsonProperty("decided_at") Instant decidedAt, @JsonProperty("decision_reason") String decisionReason) {

    static JoinRequestView of(JoinRequest r) {
        return new JoinRequestView(r.id, r.status, OrganizationView.of(r.organization), r.newOrganization,
                r.requesterUsername, r.message, r.createdAt, r.decidedBy, r.decidedAt, r.decisionReason);
    }
}
