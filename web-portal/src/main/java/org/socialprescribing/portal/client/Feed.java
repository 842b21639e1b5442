package org.socialprescribing.portal.client;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Another directory's Open Referral UK feed, as the directory returns it. The pages word its values (how often, its
 * state, when it was last pulled) in their own language.
 */
public record Feed(String id, String name, @JsonProperty("base_url") String baseUrl,
        @JsonProperty("refresh_minutes") int refreshMinutes, boolean enabled, boolean running,
        @JsonProperty("last_started_at") Instant lastStartedAt) {

    /** How often it is pulled, in the largest whole unit: "every 6 hours" is {@code every.hours() == 6}. */
    public Refresh every() {
        return new Refresh(refreshMinutes);
    }

    /**
     * An interval in minutes, as the pages say it: in whole days if it is some, else whole hours, else minutes. The
     * unit that does not fit is 0 (360 minutes: 0 days, 6 hours).
     */
    public record Refresh(int minutes) {

        public int days() {
            return minutes % 1440 == 0 ? minutes / 1440 : 0;
        }

        public int hours() {
            return days() == 0 && minutes % 60 == 0 ? minutes / 60 : 0;
        }
    }

    /** The state's GOV.UK tag colour (its words are the page's). */
    public String stateColour() {
        return running ? "govuk-tag--blue" : enabled ? "govuk-tag--green" : "govuk-tag--grey";
    }
}
