package org.socialprescribing.referral.rest;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A guest's referral of themselves, with no account: as {@link NewReferral}, but the person is required (their name
 * and an e-mail address or phone number: there is no account to reach them through), and {@code website} is the
 * honeypot the portal hides from people; only a robot fills it.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record GuestReferral(
        @NotNull(message = "must say who you are and how to contact you") @Valid PersonDetails person,
        @Size(max = 20) List<@NotBlank @Size(max = 64) String> needs, @Size(max = 2000) String freeText,
        UUID chosenServiceId,
        @NotNull(message = "must say whether you agree to be contacted") @AssertTrue(message = "must be true: a referral needs your agreement to be contacted") Boolean consentToContact,
        @Size(max = 500) String website) {
}
