package org.socialprescribing.directory.rest;

import java.util.UUID;

import org.socialprescribing.directory.Organization;

/** An organisation in HSDS 3.0 field names. */
public record OrganizationView(UUID id, String name, String description, String email, String website) {

    static OrganizationView of(Organization organization) {
        return new OrganizationView(organization.id, organization.name, organization.description, organization.email,
                organization.website);
    }
}
