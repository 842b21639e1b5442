package org.socialprescribing.directory.rest;

import java.util.UUID;

import org.socialprescribing.directory.Organization;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An organisation in HSDS 3.0 field names (on its own, and nested in a service). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrganizationView(UUID id, String name, String description, String email, String website) {

    static OrganizationView of(Organization organization) {
        return new OrganizationView(organization.id, organization.name, organization.description, organization.email,
                organization.website);
    }
}
