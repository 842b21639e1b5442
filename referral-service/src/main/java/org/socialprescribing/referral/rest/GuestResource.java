package org.socialprescribing.referral.rest;

import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.socialprescribing.referral.service.GuestReferrals;
import org.socialprescribing.referral.service.IdempotentRequests;

import io.vertx.core.http.HttpServerRequest;

/**
 * A guest, with no account, refers themselves and later sees where it is with the reference and the secret they were
 * given. Both endpoints are open to anyone, so both are rate limited per client address.
 */
@Path("/referrals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Guests")
public class GuestResource {

    private final GuestReferrals guests;
    private final IdempotentRequests idempotent;
    private final GuestRateLimits limits;

    public GuestResource(GuestReferrals guests, IdempotentRequests idempotent, GuestRateLimits limits) {
        this.guests = guests;
        this.idempotent = idempotent;
        this.limits = limits;
    }

    @POST
    @Path("/guest")
    @PermitAll
    @GuestLimited(GuestRateLimits.Kind.SUBMISSION)
    @Operation(summary = "A guest refers themselves: the answer has the reference and a secret, shown only this once")
    @APIResponse(responseCode = "201", description = "Received; reference and secret (a replay: without the secret)")
    @APIResponse(responseCode = "400", description = "Malformed JSON, a wrong type, or a malformed Idempotency-Key")
    @APIResponse(responseCode = "422", description = "Invalid fields, no name, no e-mail or phone, no consent,"
            + " the hidden website field filled, or an Idempotency-Key used for another request")
    @APIResponse(responseCode = "429", description = GuestLimited.DESCRIPTION)
    public Response create(@Valid @NotNull GuestReferral request,
            @HeaderParam(IdempotentRequests.HEADER) String key, @Context HttpServerRequest http) {
        return idempotent.run("guest:" + clientOf(limits, http), key, "guest referral", request,
                Set.of(GuestReceipt.SECRET), () -> {
                    GuestReferrals.Received received = guests.create(request);
                    // No Location: a guest has no URL to read it at, only POST /referrals/status
                    return new IdempotentRequests.Answer(201, null,
                            new GuestReceipt(received.referral().reference, received.secret(),
                                    received.referral().state, received.referral().receivedAt));
                });
    }

    @POST
    @Path("/status")
    @PermitAll
    @GuestLimited(GuestRateLimits.Kind.STATUS_CHECK)
    @Operation(summary = "A guest's referral by its reference and secret (in the body, never in a URL)")
    @APIResponse(responseCode = "200", description = "Its state, received date, closing reason and timeline kinds")
    @APIResponse(responseCode = "400", description = "Malformed JSON or a wrong type")
    @APIResponse(responseCode = "404", description = "No referral with this reference and secret (either may be wrong)")
    @APIResponse(responseCode = "422", description = "A reference or secret not of their shape")
    @APIResponse(responseCode = "429", description = GuestLimited.DESCRIPTION)
    public GuestStatusView status(@Valid @NotNull GuestStatusRequest request) {
        GuestReferrals.Status status = guests.status(request);
        return GuestStatusView.of(status.referral(), status.timeline());
    }

    /** The address a guest's call counts against, for its rate limit and its Idempotency-Keys. */
    static String clientOf(GuestRateLimits limits, HttpServerRequest request) {
        String peer = request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
        return limits.client(peer, request.headers().getAll("X-Forwarded-For"));
    }
}
