package org.socialprescribing.referral.rest;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The person a referral is for: the minimum (docs/data-protection.md). A resident referring themselves may leave out
 * what their account already says; a link worker gives what the person told them.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record PersonDetails(@Size(max = 100) String givenName, @Size(max = 100) String familyName,
        @Email @Size(max = 255) String email,
        @Pattern(regexp = "\\+?[0-9 ()-]{7,20}", message = "must be a phone number") String phone,
        @Size(max = 4) List<@Pattern(regexp = "email|phone|text|letter", message = "must be email, phone, text or letter") String> contactBy,
        @Size(max = 200) String bestTimeToCall,
        @Pattern(regexp = "(?i)[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}", message = "must be a UK postcode") String postcode,
        @Past LocalDate dateOfBirth,
        @Pattern(regexp = "16-24|25-34|35-49|50-64|65-79|80\\+", message = "must be one of 16-24, 25-34, 35-49, 50-64, 65-79, 80+") String ageBand,
        @Pattern(regexp = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})*", message = "must be a language tag such as en or cy") String preferredLanguage,
        @Size(max = 1000) String accessNeeds,
        @Size(max = 20) String nhsNumber) {

    /** Who they are stays out of log lines and exception messages (docs/data-protection.md). */
    @Override
    public String toString() {
        return "PersonDetails[not printed: personal data]";
    }
}
