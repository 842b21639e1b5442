package org.socialprescribing.portal.client;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One step of a referral's timeline: what happened and when, and the state it led to (when it changed one). */
public record TimelineEntry(Instant at, String kind, @JsonProperty("to_state") String toState) {
}
