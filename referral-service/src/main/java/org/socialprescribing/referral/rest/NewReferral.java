package org.socialprescribing.referral.rest;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.socialprescribing.referral.Referral;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A referral as a resident (for themselves) or a link worker (for someone) makes it. Contact consent is required:
 * without it nobody may call the person about it.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record NewReferral(@Valid PersonDetails person,
        @Size(max = 20) List<@NotBlank @Size(max = 64) String> needs, @Size(max = 2000) String freeText,
        UUID chosenServiceId, Referral.Priority priority,
        @NotNull(message = "must say whether the person agrees to be contacted") @AssertTrue(message = "must be true: a referral needs the person's agreement to be contacted") Boolean consentToContact) {

    /** The person and their free text stay out of log lines and exception messages (docs/data-protection.md). */
    @Override
    public String toString() {
        return "NewReferral[not printed: personal data]";
    }
}
