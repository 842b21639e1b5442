package org.socialprescribing.referral.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.socialprescribing.referral.service.Caller;
import org.socialprescribing.referral.service.ReferralService;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

/** Self-referrals by residents and referrals by link workers. */
@Path("/referrals")
@Authenticated
@Tag(name = "Referrals")
public class ReferralResource {

    private final ReferralService referrals;
    private final JsonWebToken token;
    private final SecurityIdentity identity;

    public ReferralResource(ReferralService referrals, JsonWebToken token, SecurityIdentity identity) {
        this.referrals = referrals;
        this.token = token;
        this.identity = identity;
    }

    @POST
    @RolesAllowed({"resident", "link-worker"})
    @Operation(summary = "Make a referral (a resident refers themselves; a link worker refers someone)")
    @APIResponse(responseCode = "201", description = "Created; Location names the referral")
    @APIResponse(responseCode = "400", description = "Malformed JSON or a wrong type")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Neither a resident nor a link worker")
    @APIResponse(responseCode = "422", description = "Invalid fields (each listed), or no consent")
    public Response create(@Valid @NotNull ReferralRequest request) {
        ReferralView created = ReferralView.of(referrals.create(caller(), request.serviceId(), request.reason()));
        return Response.created(URI.create("/referrals/" + created.id())).entity(created).build();
    }

    @GET
    @RolesAllowed({"resident", "link-worker"})
    @Operation(summary = "Referrals the caller may see: a resident's own, or a link worker's open caseload")
    @APIResponse(responseCode = "200", description = "Newest first, at most 100")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Neither a resident nor a link worker")
    public List<ReferralView> list() {
        return referrals.visibleTo(caller()).stream().map(ReferralView::of).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"resident", "link-worker"})
    @Operation(summary = "One referral")
    @APIResponse(responseCode = "200", description = "The referral")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not allowed, or a resident asking for someone else's")
    @APIResponse(responseCode = "404", description = "No such referral")
    public ReferralView get(@PathParam("id") UUID id) {
        return ReferralView.of(referrals.get(caller(), id));
    }

    private Caller caller() {
        return new Caller(token.getSubject(), identity.hasRole("link-worker"));
    }
}
