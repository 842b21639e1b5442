package org.socialprescribing.referral.rest;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.socialprescribing.problem.ProblemException;
import org.socialprescribing.referral.service.Caller;
import org.socialprescribing.referral.service.IdempotentRequests;
import org.socialprescribing.referral.service.ReferralAccess;
import org.socialprescribing.referral.service.ReferralMoves;
import org.socialprescribing.referral.service.ReferralService;
import org.socialprescribing.referral.workflow.ReferralState;

import io.quarkus.security.Authenticated;
import io.quarkus.security.PermissionsAllowed;
import io.quarkus.security.identity.SecurityIdentity;

/** Referrals to social prescribing: made, listed, read, moved through the loop, and their timelines. */
@Path("/referrals")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Referrals")
public class ReferralResource {

    private final ReferralService referrals;
    private final ReferralMoves moves;
    private final JsonWebToken token;
    private final SecurityIdentity identity;
    private final Clock clock;
    private final IdempotentRequests idempotent;

    public ReferralResource(ReferralService referrals, ReferralMoves moves, JsonWebToken token,
            SecurityIdentity identity, Clock clock, IdempotentRequests idempotent) {
        this.referrals = referrals;
        this.moves = moves;
        this.token = token;
        this.identity = identity;
        this.clock = clock;
        this.idempotent = idempotent;
    }

    @POST
    @RolesAllowed({"resident", "link-worker"})
    @Operation(summary = "Make a referral: a resident for themselves, a link worker for someone (assigned to them)")
    @APIResponse(responseCode = "201", description = "Received; Location names the referral")
    @APIResponse(responseCode = "400", description = "Malformed JSON, a wrong type, or a malformed Idempotency-Key")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Neither a resident nor a link worker")
    @APIResponse(responseCode = "422", description = "Invalid fields (each listed), no consent to contact, no person,"
            + " or an Idempotency-Key already used for another request")
    public Response create(@Valid @NotNull NewReferral request,
            @HeaderParam(IdempotentRequests.HEADER) String key) {
        return idempotent.run(token.getSubject(), key, "create referral", request, () -> {
            ReferralView created = ReferralView.of(referrals.create(caller(), request), clock);
            return new IdempotentRequests.Answer(201, URI.create("/referrals/" + created.id()), created);
        });
    }

    @GET
    @RolesAllowed({"resident", "link-worker", "coordinator"})
    @Operation(summary = "A resident's own referrals, a link worker's caseload (state: one state only), or the"
            + " coordinator's unassigned queue")
    @APIResponse(responseCode = "200", description = "At most 200: a resident's newest first, caseloads oldest first")
    @APIResponse(responseCode = "400", description = "An unknown state")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not a resident, link worker or coordinator")
    public List<ReferralView> list(@QueryParam("state") String state) {
        return referrals.visibleTo(caller(), Optional.ofNullable(state).map(ReferralResource::state)).stream()
                .map(r -> ReferralView.of(r, clock)).toList();
    }

    @GET
    @Path("/{id}")
    @PermissionsAllowed(ReferralAccess.READ)
    @Operation(summary = "One referral: for the person it is for, the link worker working it, and coordinators")
    @APIResponse(responseCode = "200", description = "The referral")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not theirs to see (whether or not it exists)")
    @APIResponse(responseCode = "404", description = "No such referral (staff only)")
    public ReferralView get(@PathParam("id") UUID id) {
        return ReferralView.of(referrals.get(id), clock);
    }

    @GET
    @Path("/{id}/timeline")
    @PermissionsAllowed(ReferralAccess.READ)
    @Operation(summary = "Who did what, when, oldest first")
    @APIResponse(responseCode = "200", description = "The timeline")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not theirs to see")
    @APIResponse(responseCode = "404", description = "No such referral (staff only)")
    public List<EventView> timeline(@PathParam("id") UUID id) {
        return referrals.timeline(id).stream().map(EventView::of).toList();
    }

    @POST
    @Path("/{id}/moves")
    @PermissionsAllowed(ReferralAccess.WORK)
    @Operation(summary = "Move the referral through the loop: triage, contact_attempt, start_conversation, match,"
            + " join_group, rematch, or close with a closing_reason")
    @APIResponse(responseCode = "200", description = "Moved; the referral as it is now")
    @APIResponse(responseCode = "400", description = "Malformed JSON, an unknown move or reason, or a"
            + " malformed Idempotency-Key")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not a link worker working it, nor a coordinator")
    @APIResponse(responseCode = "404", description = "No such referral")
    @APIResponse(responseCode = "409", description = "Not a move this referral's state allows (the state and the move named)")
    @APIResponse(responseCode = "422", description = "A close without its reason, a note too long, or an"
            + " Idempotency-Key already used for another request")
    public Response move(@PathParam("id") UUID id, @Valid @NotNull MoveRequest request,
            @HeaderParam(IdempotentRequests.HEADER) String key) {
        return idempotent.run(token.getSubject(), key, "move " + id, request,
                () -> new IdempotentRequests.Answer(200, null,
                        ReferralView.of(moves.move(caller(), id, request), clock)));
    }

    @POST
    @Path("/{id}/notes")
    @PermissionsAllowed(ReferralAccess.WORK)
    @Operation(summary = "A note on the timeline: what matters to the person (what_matters), a contact that moved"
            + " nothing (contact), or a note")
    @APIResponse(responseCode = "201", description = "The timeline entry")
    @APIResponse(responseCode = "400", description = "Malformed JSON or an unknown kind")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not a link worker working it, nor a coordinator")
    @APIResponse(responseCode = "404", description = "No such referral")
    @APIResponse(responseCode = "409", description = "The referral is closed")
    @APIResponse(responseCode = "422", description = "No note, or one over 2000 characters")
    public Response note(@PathParam("id") UUID id, @Valid @NotNull NoteRequest request) {
        return Response.status(Response.Status.CREATED).entity(EventView.of(moves.note(caller(), id, request)))
                .build();
    }

    private static ReferralState state(String name) {
        try {
            return ReferralState.valueOf(name.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidParameter("state", "must be one of received, triaged, contact_attempted,"
                    + " in_conversation, matched, with_group, closed");
        }
    }

    private Caller caller() {
        return Caller.of(identity, token.getSubject());
    }
}
