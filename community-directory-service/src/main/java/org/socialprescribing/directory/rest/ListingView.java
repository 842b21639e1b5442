package org.socialprescribing.directory.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.socialprescribing.directory.CommunityService;
import org.socialprescribing.directory.ListingChange;
import org.socialprescribing.directory.service.ListingService;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A listing as its editors see it: every status, its review state and the version to send back in If-Match. */
public record ListingView(UUID id, @JsonProperty("organization_id") UUID organizationId,
        @JsonProperty("organization_name") String organizationName, String name, String description, String url,
        String email, String status, String fees, @JsonProperty("minimum_age") Integer minimumAge,
        @JsonProperty("maximum_age") Integer maximumAge,
        @JsonProperty("eligibility_description") String eligibilityDescription, String alert,
        @JsonProperty("delivery_modes") List<String> deliveryModes,
        @JsonProperty("eligibility_criteria") List<String> eligibilityCriteria,
        @JsonProperty("accepting_referrals") String acceptingReferrals,
        @JsonProperty("capacity_available") Integer capacityAvailable,
        @JsonProperty("capacity_maximum") Integer capacityMaximum,
        @JsonProperty("taxonomy_term_ids") List<UUID> taxonomyTermIds,
        @JsonProperty("assured_date") LocalDate assuredDate, boolean stale,
        @JsonProperty("last_modified") Instant lastModified, int version,
        @JsonProperty("origin_feed_id") UUID originFeedId) {

    static ListingView of(ListingService.Listing listing) {
        CommunityService s = listing.service();
        return new ListingView(s.id, s.organization.id, s.organization.name, s.name, s.description, s.url, s.email,
                s.status, s.feesDescription, s.minimumAge, s.maximumAge, s.eligibilityDescription, s.alert,
                List.of(s.deliveryModes), List.of(s.eligibilityCriteria), s.referralState, s.capacityAvailable,
                s.capacityMaximum, s.taxonomyTerms.stream().map(t -> t.id).sorted().toList(), s.assuredDate,
                listing.stale(), s.lastModified, s.version, s.originFeedId);
    }

    /** The strong entity tag of this version. */
    String etag() {
        return "\"" + version + "\"";
    }

    /** One entry of a listing's change history. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Change(UUID id, @JsonProperty("service_id") UUID serviceId,
            @JsonProperty("service_name") String serviceName, @JsonProperty("organization_id") UUID organizationId,
            @JsonProperty("changed_by") String changedBy, @JsonProperty("changed_at") Instant changedAt,
            String action, Map<String, Object> changes) {

        static Change of(ListingChange c) {
            return new Change(c.id, c.serviceId, null, c.organizationId, c.changedBy, c.changedAt, c.action,
                    c.changes);
        }

        static Change of(ListingService.NamedChange named) {
            ListingChange c = named.change();
            return new Change(c.id, c.serviceId, named.serviceName(), c.organizationId, c.changedBy, c.changedAt,
                    c.action, c.changes);
        }
    }
}
