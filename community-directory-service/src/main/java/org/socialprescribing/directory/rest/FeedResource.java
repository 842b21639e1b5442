package org.socialprescribing.directory.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.socialprescribing.directory.service.FeedMatchService;
import org.socialprescribing.directory.service.FeedService;

import io.quarkus.security.identity.SecurityIdentity;

/** Federated directory: coordinators register other councils' Open Referral UK feeds and pull them. */
@Path("/feeds")
@RolesAllowed("coordinator")
@Tag(name = "Feeds")
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "Not a coordinator")
public class FeedResource {

    private final FeedService feeds;
    private final FeedMatchService matches;
    private final SecurityIdentity identity;

    public FeedResource(FeedService feeds, FeedMatchService matches, SecurityIdentity identity) {
        this.feeds = feeds;
        this.matches = matches;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "Registered feeds")
    @APIResponse(responseCode = "200", description = "Feeds, by name")
    public List<FeedView.FeedSummary> list() {
        return feeds.list().stream().map(FeedView.FeedSummary::of).toList();
    }

    @POST
    @Operation(summary = "Register a feed (it is pulled within a minute, then every refresh_minutes)")
    @APIResponse(responseCode = "201", description = "Registered; Location names it")
    @APIResponse(responseCode = "409", description = "A feed with this address is registered already")
    @APIResponse(responseCode = "422", description = "Invalid fields, each listed")
    public Response register(@Valid @NotNull FeedRequest request) {
        FeedView.FeedSummary feed = FeedView.FeedSummary
                .of(feeds.register(request.details(), identity.getPrincipal().getName()));
        return Response.created(URI.create("/feeds/" + feed.id())).entity(feed).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A feed")
    @APIResponse(responseCode = "200", description = "The feed")
    @APIResponse(responseCode = "404", description = "No such feed")
    public FeedView.FeedSummary get(@PathParam("id") UUID id) {
        return FeedView.FeedSummary.of(feeds.get(id));
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Rename, move, re-time, pause (enabled: false) or resume a feed")
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "404", description = "No such feed")
    @APIResponse(responseCode = "409", description = "Another feed has this address")
    @APIResponse(responseCode = "422", description = "Invalid fields, each listed")
    public FeedView.FeedSummary update(@PathParam("id") UUID id, @Valid @NotNull FeedRequest request) {
        return FeedView.FeedSummary.of(feeds.update(id, request.details()));
    }

    @POST
    @Path("/{id}/runs")
    @Operation(summary = "Pull the feed now; the report's outcome stays 'running' until it ends")
    @APIResponse(responseCode = "202", description = "Started; Location names the run report")
    @APIResponse(responseCode = "404", description = "No such feed")
    @APIResponse(responseCode = "409", description = "The feed is being pulled already")
    public Response pull(@PathParam("id") UUID id) {
        FeedView.RunReport run = FeedView.RunReport
                .of(feeds.pullNow(id, identity.getPrincipal().getName()));
        return Response.accepted(run).location(URI.create("/feeds/" + run.feedId() + "/runs/" + run.id())).build();
    }

    @GET
    @Path("/{id}/runs")
    @Operation(summary = "The feed's runs, newest first")
    @APIResponse(responseCode = "200", description = "Run reports")
    @APIResponse(responseCode = "400", description = "A parameter has a bad value")
    @APIResponse(responseCode = "404", description = "No such feed")
    public List<FeedView.RunReport> runs(@PathParam("id") UUID id, @QueryParam("page") String page,
            @QueryParam("per_page") String perPage) {
        return feeds.runs(id, QueryParameters.page(page), QueryParameters.perPage(perPage))
                .stream().map(FeedView.RunReport::of).toList();
    }

    @GET
    @Path("/{id}/runs/{run}")
    @Operation(summary = "A run report: created, updated, unchanged, matched, skipped (each with why), withdrawn")
    @APIResponse(responseCode = "200", description = "The report")
    @APIResponse(responseCode = "404", description = "No such feed or run")
    public FeedView.RunReport run(@PathParam("id") UUID id, @PathParam("run") UUID run) {
        return FeedView.RunReport.of(feeds.run(id, run));
    }

    @POST
    @Path("/{id}/possible_matches/confirm")
    @Operation(summary = "Confirm a possible match from a run report: the feed's organisation is this one, so its"
            + " services move under it (and the feed's next runs write there)")
    @APIResponse(responseCode = "200", description = "Merged: organization_id and services_moved")
    @APIResponse(responseCode = "404", description = "No such feed or organisation")
    @APIResponse(responseCode = "409", description = "The feed is being pulled now")
    @APIResponse(responseCode = "422", description = "Not this feed's own organisation, or not a published one it"
            + " does not keep")
    public MatchRequest.Confirmed confirmMatch(@PathParam("id") UUID id, @Valid @NotNull MatchRequest request) {
        FeedMatchService.Merged merged = matches.confirm(id, request.importedOrganizationId(),
                request.organizationId(), identity.getPrincipal().getName());
        return new MatchRequest.Confirmed(merged.organizationId(), merged.servicesMoved());
    }
}
