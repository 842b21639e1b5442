package org.socialprescribing.directory.service;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where and when a listing happens, as its editor replaces it in one go (it is also the request body, so it carries
 * the JSON names and the field rules): places, each an existing location by id or a new one, with its sessions; and
 * sessions of the service as a whole (a phone line's hours).
 */
public record PlacesUpdate(@NotNull @Size(max = 50) List<@Valid @NotNull Place> places,
        @Size(max = 50) List<@Valid @NotNull Session> sessions) {

    public record Place(@JsonProperty("location_id") UUID locationId, @Valid NewLocation location,
            @Size(max = 50) List<@Valid @NotNull Session> sessions) {
    }

    public record NewLocation(@NotBlank @Size(max = 255) String name, @Size(max = 2000) String description,
            @Size(max = 2000) String transportation,
            @DecimalMin("-90") @DecimalMax("90") Double latitude,
            @DecimalMin("-180") @DecimalMax("180") Double longitude,
            @NotNull @Valid Address address, @Size(max = 10) List<@NotBlank @Size(max = 255) String> accessibility) {
    }

    public record Address(@JsonProperty("address_1") @NotBlank @Size(max = 255) String address1,
            @NotBlank @Size(max = 100) String city,
            @JsonProperty("state_province") @Size(max = 100) String stateProvince,
            @JsonProperty("postal_code") @NotBlank @Pattern(regexp = "(?i)\\s*(GIR\\s*0AA|[A-Z]{1,2}[0-9][A-Z0-9]?\\s*[0-9][A-Z]{2})\\s*", message = "must be a UK postcode") String postalCode) {
    }

    public record Session(
            @NotNull @Pattern(regexp = "WEEKLY|MONTHLY", message = "must be WEEKLY or MONTHLY") String freq,
            @Min(1) @Max(52) Integer interval,
            @NotNull @Pattern(regexp = "([-+]?[1-5]?(MO|TU|WE|TH|FR|SA|SU))(,[-+]?[1-5]?(MO|TU|WE|TH|FR|SA|SU))*", message = "must be iCalendar days, e.g. TU or 2MO,-1FR") String byday,
            @JsonProperty("opens_at") @NotNull LocalTime opensAt,
            @JsonProperty("closes_at") @NotNull LocalTime closesAt,
            @JsonProperty("valid_from") LocalDate validFrom, @JsonProperty("valid_to") LocalDate validTo,
            LocalDate dtstart, @Size(max = 500) String description) {
    }
}
