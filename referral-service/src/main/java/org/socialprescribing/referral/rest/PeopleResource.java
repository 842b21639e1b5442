package org.socialprescribing.referral.rest;

import java.time.Clock;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.socialprescribing.referral.audit.AuditFilter;
import org.socialprescribing.referral.audit.Audited;
import org.socialprescribing.referral.service.PersonalData;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A person's data in this service: exported and erased, by a resident for themselves, or by a coordinator on a
 * person's request (audited, the erasure with its reason).
 */
@Path("/people")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "People's data")
public class PeopleResource {

    private final PersonalData data;
    private final JsonWebToken token;
    private final Clock clock;
    private final ObjectMapper json;

    public PeopleResource(PersonalData data, JsonWebToken token, Clock clock, ObjectMapper json) {
        this.data = data;
        this.token = token;
        this.clock = clock;
        this.json = json;
    }

    @GET
    @Path("/me/export")
    @RolesAllowed("resident")
    @Operation(summary = "Everything this service holds about the signed-in resident, as JSON")
    @APIResponse(responseCode = "200", description = "Their record, referrals, timelines, consents and staff access"
            + " (person null and empty lists when nothing is held)")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not a resident")
    public PersonExport exportOwn() {
        return PersonExport.of(data.ofAccount(token.getSubject()), clock, json);
    }

    @GET
    @Path("/{id}/export")
    @RolesAllowed("coordinator")
    @Audited("export person data")
    @Operation(summary = "Everything this service holds about one person, on their request (audited)")
    @APIResponse(responseCode = "200", description = "Their record, referrals, timelines, consents and staff access")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not a coordinator")
    @APIResponse(responseCode = "404", description = "No such person")
    public PersonExport export(@PathParam("id") UUID id) {
        return PersonExport.of(data.of(id), clock, json);
    }

    @DELETE
    @Path("/me")
    @RolesAllowed("resident")
    @Operation(summary = "Erase everything this service holds about the signed-in resident (see"
            + " docs/data-protection.md for the audit trail that is kept)")
    @APIResponse(responseCode = "204", description = "Erased, or nothing was held")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not a resident")
    public void eraseOwn() {
        data.eraseAccount(token.getSubject());
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed("coordinator")
    @Audited("erase person data")
    @Operation(summary = "Erase one person's data on their request; X-Audit-Reason says why (audited)")
    @APIResponse(responseCode = "204", description = "Erased")
    @APIResponse(responseCode = "400", description = "A reason over 500 characters")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not a coordinator")
    @APIResponse(responseCode = "404", description = "No such person")
    @APIResponse(responseCode = "422", description = "No X-Audit-Reason")
    public void erase(@PathParam("id") UUID id, @HeaderParam(AuditFilter.REASON) String reason) {
        data.erase(id, reason);
    }
}
