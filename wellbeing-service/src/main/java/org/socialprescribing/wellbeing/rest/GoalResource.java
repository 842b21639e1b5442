package org.socialprescribing.wellbeing.rest;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.socialprescribing.wellbeing.service.GoalService;

import io.quarkus.security.Authenticated;

/** A resident's own wellbeing goals. */
@Path("/goals")
@Authenticated
@Tag(name = "Goals")
public class GoalResource {

    private final GoalService goals;
    private final JsonWebToken caller;

    public GoalResource(GoalService goals, JsonWebToken caller) {
        this.goals = goals;
        this.caller = caller;
    }

    @GET
    @RolesAllowed("resident")
    @Operation(summary = "The caller's goals, newest first")
    @APIResponse(responseCode = "200", description = "The caller's goals")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not a resident")
    public List<GoalView> mine() {
        return goals.listFor(caller.getSubject()).stream().map(GoalView::of).toList();
    }

    @POST
    @RolesAllowed("resident")
    @Operation(summary = "Set a new goal")
    @APIResponse(responseCode = "201", description = "Created; Location names the goal")
    @APIResponse(responseCode = "400", description = "Malformed JSON or a wrong type")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not a resident")
    @APIResponse(responseCode = "422", description = "Invalid fields, each listed")
    public Response create(@Valid @NotNull GoalRequest request) {
        GoalView goal = GoalView.of(goals.create(caller.getSubject(), request.title(), request.targetDate()));
        return Response.created(URI.create("/goals/" + goal.id())).type(MediaType.APPLICATION_JSON).entity(goal)
                .build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed("resident")
    @Operation(summary = "One of the caller's goals")
    @APIResponse(responseCode = "200", description = "The goal")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not a resident, or someone else's goal")
    @APIResponse(responseCode = "404", description = "No such goal")
    public GoalView get(@PathParam("id") UUID id) {
        return GoalView.of(goals.getOwned(id, caller.getSubject()));
    }
}
