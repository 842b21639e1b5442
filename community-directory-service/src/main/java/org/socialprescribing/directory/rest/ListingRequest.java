package org.socialprescribing.directory.rest;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.socialprescribing.directory.service.ListingDetails;
import org.socialprescribing.directory.service.WebAddress;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A listing (service) as its editor sends it; field names as the public API's. */
public record ListingRequest(@JsonProperty("organization_id") UUID organizationId,
        @NotBlank @Size(max = 255) String name,
        @Size(max = 10000) String description,
        @Pattern(regexp = WebAddress.PATTERN, message = WebAddress.MESSAGE) @Size(max = 500) String url,
        @Email @Size(max = 255) String email,
        @Pattern(regexp = "active|inactive|temporarily closed|defunct", message = "must be active, inactive, temporarily closed (paused) or defunct (archived)") String status,
        @Size(max = 500) String fees,
        @JsonProperty("minimum_age") @Min(0) @Max(150) Integer minimumAge,
        @JsonProperty("maximum_age") @Min(0) @Max(150) Integer maximumAge,
        @JsonProperty("eligibility_description") @Size(max = 2000) String eligibilityDescription,
        @Size(max = 1000) String alert,
        @JsonProperty("delivery_modes") @Size(max = 3) List<@NotNull @Pattern(regexp = "in_person|online|phone", message = "must be in_person, online or phone") String> deliveryModes,
        @JsonProperty("eligibility_criteria") @Size(max = 6) List<@NotNull @Pattern(regexp = "lives_in_area|carer|veteran|parent|low_income|disabled", message = "must be lives_in_area, carer, veteran, parent, low_income or disabled") String> eligibilityCriteria,
        @JsonProperty("accepting_referrals") @Pattern(regexp = "open|waiting_list|closed", message = "must be open, waiting_list or closed") String acceptingReferrals,
        @JsonProperty("capacity_available") @Min(0) @Max(100000) Integer capacityAvailable,
        @JsonProperty("capacity_maximum") @Min(1) @Max(100000) Integer capacityMaximum,
        @JsonProperty("taxonomy_term_ids") @Size(max = 20) Set<@NotNull UUID> taxonomyTermIds) {

    ListingDetails details() {
        return new ListingDetails(name, description, url, email, status, fees, minimumAge, maximumAge,
                eligibilityDescription, alert, deliveryModes, eligibilityCriteria, acceptingReferrals,
                capacityAvailable, capacityMaximum, taxonomyTermIds);
    }
}
