package org.socialprescribing.referral.rest;

import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.socialprescribing.referral.matching.Matching;
import org.socialprescribing.referral.service.ReferralAccess;

import io.quarkus.security.Authenticated;
import io.quarkus.security.PermissionsAllowed;

/** Directory services suggested for a referral, each with the parts of its score in words. */
@Path("/referrals/{id}/suggestions")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Matching")
public class MatchResource {

    private final Matching matching;

    public MatchResource(Matching matching) {
        this.matching = matching;
    }

    @GET
    @PermissionsAllowed(ReferralAccess.WORK)
    @Operation(summary = "The services suggested for the referral's needs, best first, each with why; made on first"
            + " ask. matching is pending while the directory cannot answer (tried again on a schedule)")
    @APIResponse(responseCode = "200", description = "matching (waiting, pending, done) and the suggestions")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not a link worker working it, nor a coordinator")
    @APIResponse(responseCode = "404", description = "No such referral")
    public Matching.Answer suggestions(@PathParam("id") UUID id) {
        return matching.suggestions(id);
    }

    @POST
    @PermissionsAllowed(ReferralAccess.WORK)
    @Operation(summary = "Match again: after the needs changed, or the directory did")
    @APIResponse(responseCode = "200", description = "matching and the new suggestions")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not a link worker working it, nor a coordinator")
    @APIResponse(responseCode = "404", description = "No such referral")
    public Matching.Answer refresh(@PathParam("id") UUID id) {
        return matching.refresh(id);
    }
}
