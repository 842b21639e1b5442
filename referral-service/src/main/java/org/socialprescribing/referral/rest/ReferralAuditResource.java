package org.socialprescribing.referral.rest;

import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.socialprescribing.referral.service.AuditService;
import org.socialprescribing.referral.service.PeopleAccess;

import io.quarkus.security.PermissionsAllowed;

/** One referral's audit trail: for the person it is for (who on the staff looked at it) and coordinators. */
@Path("/referrals/{id}/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "People's data")
public class ReferralAuditResource {

    private final AuditService audit;

    public ReferralAuditResource(AuditService audit) {
        this.audit = audit;
    }

    @GET
    @PermissionsAllowed(PeopleAccess.READ_AUDIT)
    @Operation(summary = "Who on the staff read or changed this referral, when, what and why; newest first")
    @APIResponse(responseCode = "200", description = "The referral's audit entries")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Neither the person it is for nor a coordinator")
    @APIResponse(responseCode = "404", description = "No such referral (coordinators only)")
    public List<AuditView> ofReferral(@PathParam("id") UUID id) {
        return audit.ofReferral(id).stream().map(AuditView::of).toList();
    }
}
