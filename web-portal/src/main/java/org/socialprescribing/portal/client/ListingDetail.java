package org.socialprescribing.portal.client;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A listing as its editor edits it (the directory's listing view), with the version the edit is based on. */
public record ListingDetail(String id, @JsonProperty("organization_id") String organizationId,
        @JsonProperty("organization_name") String organizationName, String name, String description, String url,
        String email, String status, String fees, @JsonProperty("minimum_age") Integer minimumAge,
        @JsonProperty("maximum_age") Integer maximumAge,
        @JsonProperty("eligibility_description") String eligibilityDescription, String alert,
        @JsonProperty("delivery_modes") List<String> deliveryModes,
        @JsonProperty("eligibility_criteria") List<String> eligibilityCriteria,
        @JsonProperty("accepting_referrals") String acceptingReferrals,
        @JsonProperty("capacity_available") Integer capacityAvailable,
        @JsonProperty("capacity_maximum") Integer capacityMaximum,
        @JsonProperty("taxonomy_term_ids") List<String> taxonomyTermIds, int version,
        @JsonProperty("origin_feed_id") String originFeedId) {
}
