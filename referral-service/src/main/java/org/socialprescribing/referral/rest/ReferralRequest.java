package org.socialprescribing.referral.rest;

import java.util.UUID;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A referral to a directory service. The person must consent to their details being shared with the service.
 */
public record ReferralRequest(
        @NotNull UUID serviceId,
        @NotBlank @Size(max = 1000) String reason,
        @NotNull @AssertTrue(message = "consent is needed to share the referral with the service") Boolean consentToShare) {
}
