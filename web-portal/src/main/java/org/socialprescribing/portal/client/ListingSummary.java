package org.socialprescribing.portal.client;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A listing as the editor's dashboard shows it. */
public record ListingSummary(String id, String name, @JsonProperty("organization_name") String organizationName,
        String status, @JsonProperty("assured_date") LocalDate assuredDate, boolean stale,
        @JsonProperty("accepting_referrals") String acceptingReferrals) {

    public String lastReviewed() {
        return assuredDate == null ? "Never" : UkDates.day(assuredDate);
    }

    /** The listing's state in words: paused, archived, or taking people or not. */
    public String state() {
        return switch (status == null ? "active" : status) {
            case "temporarily closed" -> "Paused";
            case "defunct" -> "Archived";
            case "inactive" -> "Inactive";
            default -> switch (acceptingReferrals == null ? "open" : acceptingReferrals) {
                case "waiting_list" -> "Waiting list";
                case "closed" -> "Not taking new people";
                default -> "Taking new people";
            };
        };
    }
}
