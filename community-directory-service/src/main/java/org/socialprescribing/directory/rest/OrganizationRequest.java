package org.socialprescribing.directory.rest;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.socialprescribing.directory.service.OrganizationService;
import org.socialprescribing.directory.service.WebAddress;

/** An organisation's details as an editor or coordinator sends them. */
public record OrganizationRequest(
        @NotBlank @Size(max = 255) String name,
        @Size(max = 10000) String description,
        @Email @Size(max = 255) String email,
        @Pattern(regexp = WebAddress.PATTERN, message = WebAddress.MESSAGE) @Size(max = 500) String website) {

    OrganizationService.Details details() {
        return new OrganizationService.Details(name, description, email, website);
    }
}
