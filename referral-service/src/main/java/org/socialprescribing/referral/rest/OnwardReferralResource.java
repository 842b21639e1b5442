package org.socialprescribing.referral.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.socialprescribing.referral.service.Caller;
import org.socialprescribing.referral.service.CharityEditor;
import org.socialprescribing.referral.service.OnwardAccess;
import org.socialprescribing.referral.service.OnwardReferrals;

import io.quarkus.security.Authenticated;
import io.quarkus.security.PermissionsAllowed;
import io.quarkus.security.identity.SecurityIdentity;

/** The charity's inbox: onward referrals to their organisations, and the group's answers to them. */
@Path("/onward-referrals")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Onward referrals")
public class OnwardReferralResource {

    private final OnwardReferrals onward;
    private final JsonWebToken token;
    private final SecurityIdentity identity;

    public OnwardReferralResource(OnwardReferrals onward, JsonWebToken token, SecurityIdentity identity) {
        this.onward = onward;
        this.token = token;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({CharityEditor.ROLE, "coordinator"})
    @Operation(summary = "A charity editor's inbox: onward referrals to their organisations (a coordinator: all),"
            + " with only what the person agreed to share")
    @APIResponse(responseCode = "200", description = "At most 200, newest first")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Neither a charity editor nor a coordinator")
    public List<OnwardView> inbox() {
        return onward.inbox(caller(), CharityEditor.of(identity)).stream().map(s -> OnwardView.of(s, staff()))
                .toList();
    }

    @GET
    @Path("/{id}")
    @PermissionsAllowed(OnwardAccess.ANSWER)
    @Operation(summary = "One onward referral: for its organisation's editors, the link worker working the"
            + " referral, and coordinators")
    @APIResponse(responseCode = "200", description = "The onward referral, with only what the person agreed to share")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not theirs to see (whether or not it exists)")
    @APIResponse(responseCode = "404", description = "No such onward referral (editors and staff only)")
    public OnwardView get(@PathParam("id") UUID id) {
        return OnwardView.of(onward.get(id), staff());
    }

    @POST
    @Path("/{id}/answers")
    @PermissionsAllowed(OnwardAccess.ANSWER)
    @Operation(summary = "The group's answer: accept, decline (with a reason), waitlist, record_attendance"
            + " (attended_on) or stop_attending")
    @APIResponse(responseCode = "200", description = "Answered; the onward referral as it is now")
    @APIResponse(responseCode = "400", description = "Malformed JSON or an unknown answer")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not its organisation's editor, the link worker, or a coordinator")
    @APIResponse(responseCode = "404", description = "No such onward referral")
    @APIResponse(responseCode = "409", description = "Not an answer its state allows (both named)")
    @APIResponse(responseCode = "422", description = "A decline without its reason, or an attendance date out of range")
    public OnwardView answer(@PathParam("id") UUID id, @Valid @NotNull AnswerRequest request) {
        return OnwardView.of(onward.answer(caller(), id, request), staff());
    }

    private boolean staff() {
        return caller().staff();
    }

    private Caller caller() {
        return Caller.of(identity, token.getSubject());
    }
}
