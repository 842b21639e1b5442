package org.socialprescribing.directory.rest;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.socialprescribing.directory.service.JoinRequestService;
import org.socialprescribing.problem.ProblemException;
import org.socialprescribing.problem.ProblemType;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Charities ask to join the directory; coordinators verify them. Any signed-in person may ask and sees their own
 * requests; coordinators see all and decide.
 */
@Path("/join_requests")
@Tag(name = "Joining requests")
@APIResponse(responseCode = "401", description = "No valid token")
public class JoinRequestResource {

    private static final Set<String> STATUSES = Set.of("pending", "approved", "rejected");

    private final JoinRequestService requests;
    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public JoinRequestResource(JoinRequestService requests, SecurityIdentity identity, JsonWebToken token) {
        this.requests = requests;
        this.identity = identity;
        this.token = token;
    }

    @POST
    @RolesAllowed({"resident", "link-worker", "charity-editor", "coordinator", "commissioner"})
    @Operation(summary = "Ask to join: a new organisation (unpublished until verified) or a listed one")
    @APIResponse(responseCode = "201", description = "Asked; Location names the request")
    @APIResponse(responseCode = "400", description = "Malformed JSON or a wrong type")
    @APIResponse(responseCode = "403", description = "A token without a person (a partner system)")
    @APIResponse(responseCode = "409", description = "Listed already, or asked already")
    @APIResponse(responseCode = "422", description = "Invalid fields, each listed")
    @APIResponse(responseCode = "429", description = RateLimited.DESCRIPTION)
    @RateLimited(RateLimits.Kind.JOIN_REQUEST)
    public Response ask(@Valid @NotNull JoinRequestBody body) {
        JoinRequestView view = JoinRequestView.of(requests.ask(Optional.ofNullable(body.organizationId()),
                Optional.ofNullable(body.organization()).map(OrganizationRequest::details), body.message(),
                requester()));
        return Response.created(URI.create("/join_requests/" + view.id())).entity(view).build();
    }

    @GET
    @RolesAllowed({"resident", "link-worker", "charity-editor", "coordinator", "commissioner"})
    @Operation(summary = "Joining requests: a coordinator's queue (oldest first), or my own (mine=true)")
    @APIResponse(responseCode = "200", description = "Requests")
    @APIResponse(responseCode = "400", description = "A parameter has a bad value")
    @APIResponse(responseCode = "403", description = "A token without a person")
    public List<JoinRequestView> list(@QueryParam("status") String status, @QueryParam("mine") String mine,
            @QueryParam("page") String page, @QueryParam("per_page") String perPage) {
        if (status != null && !STATUSES.contains(status)) {
            throw new ProblemException(ProblemType.INVALID_PARAMETER, "status must be pending, approved or rejected.",
                    "status");
        }
        return requests.list(Optional.ofNullable(status), coordinator(), QueryParameters.bool("mine", mine),
                requester(), QueryParameters.page(page), QueryParameters.perPage(perPage)).stream()
                .map(JoinRequestView::of).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"resident", "link-worker", "charity-editor", "coordinator", "commissioner"})
    @Operation(summary = "One joining request (its requester's or any, for a coordinator)")
    @APIResponse(responseCode = "200", description = "The request with its decision")
    @APIResponse(responseCode = "403", description = "Someone else's request")
    @APIResponse(responseCode = "404", description = "No such request")
    public JoinRequestView get(@PathParam("id") UUID id) {
        return JoinRequestView.of(requests.get(id, coordinator(), requester()));
    }

    @POST
    @Path("/{id}/approve")
    @RolesAllowed("coordinator")
    @Operation(summary = "Verify: publish the organisation and make the requester its charity-editor")
    @APIResponse(responseCode = "200", description = "Approved; the requester's next sign-in carries the role")
    @APIResponse(responseCode = "403", description = "Not a coordinator")
    @APIResponse(responseCode = "404", description = "No such request")
    @APIResponse(responseCode = "409", description = "Decided already")
    @APIResponse(responseCode = "503", description = "Keycloak could not be reached; nothing changed")
    public JoinRequestView approve(@PathParam("id") UUID id) {
        return JoinRequestView.of(requests.approve(id, identity.getPrincipal().getName()));
    }

    @POST
    @Path("/{id}/reject")
    @RolesAllowed("coordinator")
    @Operation(summary = "Turn the request down, saying why")
    @APIResponse(responseCode = "200", description = "Rejected")
    @APIResponse(responseCode = "400", description = "Malformed JSON")
    @APIResponse(responseCode = "403", description = "Not a coordinator")
    @APIResponse(responseCode = "404", description = "No such request")
    @APIResponse(responseCode = "409", description = "Decided already")
    @APIResponse(responseCode = "422", description = "No reason given")
    public JoinRequestView reject(@PathParam("id") UUID id, @Valid @NotNull DecisionRequest decision) {
        return JoinRequestView.of(requests.reject(id, decision.reason(), identity.getPrincipal().getName()));
    }

    private boolean coordinator() {
        return identity.hasRole("coordinator");
    }

    private JoinRequestService.Requester requester() {
        String subject = token.getSubject();
        if (subject == null || subject.isBlank()) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Sign in as a person to ask to join.");
        }
        return new JoinRequestService.Requester(subject, identity.getPrincipal().getName());
    }
}
