package org.socialprescribing.directory.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.socialprescribing.directory.service.FeedDetails;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A feed as a coordinator registers it: a name, the API root, how often to pull it (minutes, 15 to 31 days). */
public record FeedRequest(@NotBlank @Size(max = 255) String name,
        @JsonProperty("base_url") @NotBlank @Size(max = 500) String baseUrl,
        @JsonProperty("refresh_minutes") @Min(15) @Max(44640) Integer refreshMinutes, Boolean enabled) {

    FeedDetails details() {
        return new FeedDetails(name, baseUrl, refreshMinutes, enabled);
    }
}
