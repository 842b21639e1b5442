package org.socialprescribing.portal.client;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Another directory's Open Referral UK feed, as the directory returns it. */
public record Feed(String id, String name, @JsonProperty("base_url") String baseUrl,
        @JsonProperty("refresh_minutes") int refreshMinutes, boolean enabled, boolean running,
        @JsonProperty("last_started_at") Instant lastStartedAt) {

    public String refreshLabel() {
        return refreshLabel(refreshMinutes);
    }

    /** "every 15 minutes", "every 6 hours", "every day", "every 3 days". */
    public static String refreshLabel(int refreshMinutes) {
        if (refreshMinutes % 1440 == 0) {
            long days = refreshMinutes / 1440;
            return days == 1 ? "every day" : "every " + days + " days";
        }
        if (refreshMinutes % 60 == 0) {
            long hours = refreshMinutes / 60;
            return hours == 1 ? "every hour" : "every " + hours + " hours";
        }
        return "every " + refreshMinutes + " minutes";
    }

    public String lastPulled() {
        return lastStartedAt == null ? "Not yet" : UkDates.moment(lastStartedAt);
    }

    /** The state as a GOV.UK tag says it. */
    public String stateLabel() {
        return running ? "Pulling now" : enabled ? "On" : "Paused";
    }

    public String stateColour() {
        return running ? "govuk-tag--blue" : enabled ? "govuk-tag--green" : "govuk-tag--grey";
    }
}
