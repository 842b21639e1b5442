package org.socialprescribing.referral.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A guest's question "where is my referral?": its reference and the secret they were shown once, in the body (never
 * in a URL, where proxies and browsers' histories keep it). Only the shape is checked here; a wrong pair is a 404.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record GuestStatusRequest(
        @NotNull @Pattern(regexp = "(?i)SP-[0-9A-Z]{4}-[0-9A-Z]{4}", message = "must be a reference such as SP-7KQ4-M2XD") String reference,
        @NotNull @Pattern(regexp = "[A-Za-z0-9_-]{43}", message = "must be the secret you were given: 43 letters, digits, - or _") String secret) {
}
