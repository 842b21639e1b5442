package org.socialprescribing.portal.client;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A directory service as the pages show it; only the fields they use (others are ignored). */
public record ServiceListing(String id, String name, String description, String url, String email, String fees,
        @JsonProperty("minimum_age") Integer minimumAge, @JsonProperty("maximum_age") Integer maximumAge,
        Organization organization) {

    public record Organization(String id, String name, String email, String website) {
    }

    /** Who it is for, in words: "Ages 16 and over", "Ages 8 to 17", "All ages". */
    public String ages() {
        if (minimumAge == null && maximumAge == null) {
            return "All ages";
        }
        if (maximumAge == null) {
            return "Ages " + minimumAge + " and over";
        }
        if (minimumAge == null) {
            return "Ages up to " + maximumAge;
        }
        return "Ages " + minimumAge + " to " + maximumAge;
    }

    /** The service's own e-mail address, or else its organisation's; {@code null} when neither has one. */
    public String contactEmail() {
        return email != null ? email : organization == null ? null : organization.email();
    }

    /** The service's own web page, or else its organisation's; {@code null} when neither has one. */
    public String website() {
        return url != null ? url : organization == null ? null : organization.website();
    }

    public String cost() {
        return fees == null || fees.isBlank() ? "Free" : fees;
    }
}
