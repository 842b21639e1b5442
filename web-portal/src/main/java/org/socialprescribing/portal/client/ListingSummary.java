package org.socialprescribing.portal.client;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A listing as the editor's dashboard shows it, as the directory gives it; the page words its state and writes its
 * review date in the page's language.
 */
public record ListingSummary(String id, String name, @JsonProperty("organization_name") String organizationName,
        String status, @JsonProperty("assured_date") LocalDate assuredDate, boolean stale,
        @JsonProperty("accepting_referrals") String acceptingReferrals) {

    /**
     * The listing's state, one of {@code paused}, {@code archived}, {@code inactive} (its status says so) or else
     * whether it takes people: {@code waiting_list}, {@code closed}, {@code open}. The page words it.
     */
    public String state() {
        return switch (status == null ? "active" : status) {
            case "temporarily closed" -> "paused";
            case "defunct" -> "archived";
            case "inactive" -> "inactive";
            default -> switch (acceptingReferrals == null ? "open" : acceptingReferrals) {
                case "waiting_list" -> "waiting_list";
                case "closed" -> "closed";
                default -> "open";
            };
        };
    }
}
