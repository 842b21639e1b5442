package org.socialprescribing.referral.rest;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.socialprescribing.referral.service.Caller;
import org.socialprescribing.referral.service.OnwardAccess;
import org.socialprescribing.referral.service.OnwardReferrals;
import org.socialprescribing.referral.service.PersonControls;
import org.socialprescribing.referral.service.ReferralAccess;

import io.quarkus.security.Authenticated;
import io.quarkus.security.PermissionsAllowed;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The closed loop on a referral: sending the person to a group with their consent to share, and the person's own
 * controls (withdraw, revoke consent to share, what they agreed to).
 */
@Path("/referrals")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Referrals")
public class ClosedLoopResource {

    private final OnwardReferrals onward;
    private final PersonControls controls;
    private final JsonWebToken token;
    private final SecurityIdentity identity;
    private final Clock clock;

    public ClosedLoopResource(OnwardReferrals onward, PersonControls controls, JsonWebToken token,
            SecurityIdentity identity, Clock clock) {
        this.onward = onward;
        this.controls = controls;
        this.token = token;
        this.identity = identity;
        this.clock = clock;
    }

    @POST
    @Path("/{id}/onward")
    @PermissionsAllowed(ReferralAccess.WORK)
    @Operation(summary = "Send the person to a directory service, with their consent to share with its organisation"
            + " (recorded); from the conversation this is the referral's match")
    @APIResponse(responseCode = "201", description = "Sent; Location names the onward referral")
    @APIResponse(responseCode = "400", description = "Malformed JSON or a wrong type")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not a link worker working it, nor a coordinator")
    @APIResponse(responseCode = "404", description = "No such referral")
    @APIResponse(responseCode = "409", description = "Already sent to this service, or the referral is not yet in"
            + " conversation or is closed")
    @APIResponse(responseCode = "422", description = "No consent to share, no service or organisation, a note too long")
    public Response send(@PathParam("id") UUID id, @Valid @NotNull OnwardRequest request) {
        OnwardView sent = OnwardView.of(onward.send(caller(), id, request), true);
        return Response.created(URI.create("/onward-referrals/" + sent.id())).entity(sent).build();
    }

    @POST
    @Path("/{id}/withdraw")
    @PermissionsAllowed(OnwardAccess.PERSON)
    @Operation(summary = "The person withdraws their referral: closed withdrawn, its open onward referrals withdrawn")
    @APIResponse(responseCode = "200", description = "Withdrawn; the referral as it is now")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not the person it is for (whether or not it exists)")
    @APIResponse(responseCode = "409", description = "Already closed")
    public ReferralView withdraw(@PathParam("id") UUID id) {
        return ReferralView.of(controls.withdraw(caller(), id), clock);
    }

    @GET
    @Path("/{id}/consents")
    @PermissionsAllowed(ReferralAccess.READ)
    @Operation(summary = "What the person agreed to on this referral: purpose, organisation, wording version, when,"
            + " revoked when")
    @APIResponse(responseCode = "200", description = "The consents, oldest first")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not theirs to see")
    @APIResponse(responseCode = "404", description = "No such referral (staff only)")
    public List<ConsentView> consents(@PathParam("id") UUID id) {
        return controls.consents(id).stream().map(ConsentView::of).toList();
    }

    @POST
    @Path("/{id}/consents/{consent_id}/revoke")
    @PermissionsAllowed(OnwardAccess.PERSON)
    @Operation(summary = "The person revokes consent to share with one organisation: its onward referrals are"
            + " withdrawn and it sees only that")
    @APIResponse(responseCode = "200", description = "Revoked; the consent as it is now")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not the person it is for (whether or not it exists)")
    @APIResponse(responseCode = "404", description = "No such consent on this referral")
    @APIResponse(responseCode = "409", description = "Already revoked, or consent to contact (withdraw instead)")
    public ConsentView revoke(@PathParam("id") UUID id, @PathParam("consent_id") UUID consentId) {
        return ConsentView.of(controls.revoke(caller(), id, consentId));
    }

    private Caller caller() {
        return Caller.of(identity, token.getSubject());
    }
}
