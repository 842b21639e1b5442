package org.socialprescribing.portal.client;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One of a resident's own referrals, as referral-service lists them; only the fields the page shows. */
public record MyReferral(String id, String reference, String state, @JsonProperty("received_at") Instant receivedAt,
        @JsonProperty("closing_reason") String closingReason) {
}
