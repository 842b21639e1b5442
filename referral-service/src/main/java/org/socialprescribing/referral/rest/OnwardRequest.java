package org.socialprescribing.referral.rest;

import java.util.UUID;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * Sending the person to a directory service: which service, the organisation that runs it (whose editors will see
 * it), the person's agreement to share what they said with that organisation, and the link worker's note to the
 * group.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record OnwardRequest(@NotNull UUID serviceId, @NotNull UUID organisationId,
        @NotNull(message = "must say whether the person agrees to share with this organisation") @AssertTrue(message = "must be true: the group sees nothing of the person without their agreement") Boolean consentToShare,
        @Size(max = 2000) String note) {
}
