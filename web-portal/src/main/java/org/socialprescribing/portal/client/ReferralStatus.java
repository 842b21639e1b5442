package org.socialprescribing.portal.client;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a guest may see of their referral by its reference and secret: its state and its timeline, nothing personal. */
public record ReferralStatus(String reference, String state, @JsonProperty("received_at") Instant receivedAt,
        @JsonProperty("closing_reason") String closingReason, List<TimelineEntry> timeline) {

    public List<TimelineEntry> timelineOrNone() {
        return timeline == null ? List.of() : timeline;
    }
}
