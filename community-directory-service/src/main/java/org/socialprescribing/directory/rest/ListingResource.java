package org.socialprescribing.directory.rest;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.socialprescribing.directory.service.Editor;
import org.socialprescribing.directory.service.ListingService;
import org.socialprescribing.directory.service.PlacesUpdate;
import org.socialprescribing.problem.ProblemException;
import org.socialprescribing.problem.ProblemType;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Listings as charities and coordinators keep them current. A charity editor works on their own organisations'
 * listings only; a coordinator on any. Updates need {@code If-Match} with the {@code ETag} last read.
 */
@Path("/listings")
@RolesAllowed({"charity-editor", "coordinator"})
@Tag(name = "Listings")
public class ListingResource {

    private final ListingService listings;
    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public ListingResource(ListingService listings, SecurityIdentity identity, JsonWebToken token) {
        this.listings = listings;
        this.identity = identity;
        this.token = token;
    }

    @GET
    @Operation(summary = "Listings of my organisations (a coordinator: all), most overdue review first")
    @APIResponse(responseCode = "200", description = "Listings with their review state")
    @APIResponse(responseCode = "400", description = "A parameter has a bad value")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not an editor of that organisation, nor a coordinator")
    public List<ListingView> list(@QueryParam("organization_id") String organizationId,
            @QueryParam("stale") String stale, @QueryParam("page") String page,
            @QueryParam("per_page") String perPage) {
        return listings.list(QueryParameters.uuid("organization_id", organizationId),
                QueryParameters.bool("stale", stale), editor(), QueryParameters.page(page),
                QueryParameters.perPage(perPage)).stream().map(ListingView::of).toList();
    }

    @POST
    @Operation(summary = "Add a listing to one of my organisations")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag name it")
    @APIResponse(responseCode = "400", description = "Malformed JSON or a wrong type")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not an editor of that organisation, nor a coordinator")
    @APIResponse(responseCode = "422", description = "Invalid fields, each listed")
    public Response create(@Valid @NotNull ListingRequest request) {
        if (request.organizationId() == null) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "Say which organisation runs it.",
                    "organization_id");
        }
        ListingView created = ListingView.of(listings.create(request.organizationId(), request.details(),
                editor(), actor()));
        return Response.created(URI.create("/listings/" + created.id())).tag(String.valueOf(created.version()))
                .entity(created).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One listing, with its ETag")
    @APIResponse(responseCode = "200", description = "The listing; ETag is its version")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not an editor of its organisation, nor a coordinator")
    @APIResponse(responseCode = "404", description = "No such listing")
    public Response get(@PathParam("id") UUID id) {
        return tagged(listings.get(id, editor()));
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Replace a listing's details (pause: status temporarily closed; archive: defunct)")
    @APIResponse(responseCode = "200", description = "Updated; the new ETag")
    @APIResponse(responseCode = "400", description = "Malformed JSON or a wrong type")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not an editor of its organisation, nor a coordinator")
    @APIResponse(responseCode = "404", description = "No such listing")
    @APIResponse(responseCode = "409", description = "Kept by another directory's feed: change it at its source")
    @APIResponse(responseCode = "412", description = "Changed since the If-Match version: read it again")
    @APIResponse(responseCode = "422", description = "Invalid fields, each listed")
    @APIResponse(responseCode = "428", description = "No If-Match header")
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ListingRequest request) {
        return tagged(listings.update(id, version(ifMatch), request.details(), editor(),
                actor()));
    }

    @PUT
    @Path("/{id}/places")
    @Operation(summary = "Replace where and when it happens: places (an existing location or a new one) with their"
            + " sessions, and sessions of the service as a whole")
    @APIResponse(responseCode = "200", description = "Updated; the new ETag")
    @APIResponse(responseCode = "400", description = "Malformed JSON or a wrong type")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not an editor of its organisation, nor a coordinator")
    @APIResponse(responseCode = "404", description = "No such listing")
    @APIResponse(responseCode = "409", description = "Kept by another directory's feed: change it at its source")
    @APIResponse(responseCode = "412", description = "Changed since the If-Match version: read it again")
    @APIResponse(responseCode = "422", description = "Invalid fields, each listed")
    @APIResponse(responseCode = "428", description = "No If-Match header")
    public Response replacePlaces(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull PlacesUpdate places) {
        return tagged(listings.replacePlaces(id, version(ifMatch), places, editor(), actor()));
    }

    @POST
    @Path("/{id}/review")
    @Operation(summary = "Confirm the listing is still accurate (sets the review date to today)")
    @APIResponse(responseCode = "200", description = "Reviewed; the new ETag")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not an editor of its organisation, nor a coordinator")
    @APIResponse(responseCode = "404", description = "No such listing")
    @APIResponse(responseCode = "409", description = "Kept by another directory's feed: review it at its source")
    @APIResponse(responseCode = "412", description = "Changed since the If-Match version (when one is sent)")
    public Response review(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Optional<Integer> version = ifMatch == null ? Optional.empty() : Optional.of(version(ifMatch));
        return tagged(listings.confirmAccurate(id, version, editor(), actor()));
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "Who changed the listing, when, and what changed (newest first)")
    @APIResponse(responseCode = "200", description = "The changes")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not an editor of its organisation, nor a coordinator")
    @APIResponse(responseCode = "404", description = "No such listing")
    public List<ListingView.Change> history(@PathParam("id") UUID id) {
        return listings.history(id, editor()).stream().map(ListingView.Change::of).toList();
    }

    @GET
    @Path("/changes")
    @Operation(summary = "The newest changes across listings: a coordinator's of every organisation, an editor's of"
            + " their own")
    @APIResponse(responseCode = "200", description = "The changes, newest first")
    @APIResponse(responseCode = "400", description = "A parameter has a bad value")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Neither an editor nor a coordinator")
    public List<ListingView.Change> changes(@QueryParam("page") String page, @QueryParam("per_page") String perPage) {
        return listings.recentChanges(editor(), QueryParameters.page(page), QueryParameters.perPage(perPage))
                .stream().map(named -> ListingView.Change.of(named)).toList();
    }

    /** The listing's view, with its version as the ETag. */
    private static Response tagged(ListingService.Listing listing) {
        ListingView view = ListingView.of(listing);
        return Response.ok(view).tag(String.valueOf(view.version())).build();
    }

    /** The version an If-Match names: {@code "3"} or {@code W/"3"}. */
    private static int version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED,
                    "Send If-Match with the ETag of the listing you read, so no one's change is lost.");
        }
        try {
            return Integer.parseInt(ifMatch.strip().replaceFirst("^W/", "").replace("\"", ""));
        } catch (NumberFormatException e) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED,
                    "If-Match does not name a version of this listing; read it again.");
        }
    }

    private Editor editor() {
        return Editor.of(identity.hasRole("coordinator"),
                token.getClaim(OrganizationResource.ORGANISATION_IDS_CLAIM));
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }
}
