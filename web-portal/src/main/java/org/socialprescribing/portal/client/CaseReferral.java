package org.socialprescribing.portal.client;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A referral as referral-service shows it to staff (snake_case; lower-case states). Unknown fields are ignored. */
public record CaseReferral(String id, String reference, String route, String state,
        @JsonProperty("closing_reason") String closingReason, String priority, List<String> needs,
        @JsonProperty("free_text") String freeText, @JsonProperty("assigned_to") String assignedTo,
        @JsonProperty("contact_attempts") int contactAttempts, @JsonProperty("received_at") Instant receivedAt,
        @JsonProperty("last_contact_at") Instant lastContactAt,
        @JsonProperty("days_since_received") long daysSinceReceived,
        @JsonProperty("days_since_last_contact") Long daysSinceLastContact, Person person, int version) {

    /** The person, as far as the referral service knows them. */
    public record Person(@JsonProperty("given_name") String givenName, @JsonProperty("family_name") String familyName,
            String email, String phone, @JsonProperty("contact_by") List<String> contactBy,
            @JsonProperty("best_time_to_call") String bestTimeToCall, String postcode,
            @JsonProperty("date_of_birth") LocalDate dateOfBirth, @JsonProperty("age_band") String ageBand,
            @JsonProperty("preferred_language") String preferredLanguage,
            @JsonProperty("access_needs") String accessNeeds) {

        public String name() {
            return familyName == null || familyName.isBlank() ? givenName : givenName + " " + familyName;
        }
    }

    /** One timeline entry. */
    public record Event(Instant at, String actor, @JsonProperty("actor_kind") String actorKind, String kind,
            @JsonProperty("from_state") String fromState, @JsonProperty("to_state") String toState, String note) {
    }

    /** Match suggestions and whether matching is done or waits for the directory. */
    public record Suggestions(String matching, List<Suggestion> suggestions) {
    }

    public record Suggestion(@JsonProperty("service_id") String serviceId,
            @JsonProperty("service_name") String serviceName,
            @JsonProperty("organisation_name") String organisationName, int score, List<Reason> reasons) {
    }

    public record Reason(String factor, int points, String words) {
    }

    public boolean open() {
        return !"closed".equals(state);
    }
}
