package org.socialprescribing.directory.rest;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
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

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.socialprescribing.directory.service.Editor;
import org.socialprescribing.directory.service.OrganizationService;

import io.quarkus.security.identity.SecurityIdentity;

/** Organisations: public reads (verified only), coordinators add, editors keep their own current. */
@Path("/organizations")
@Tag(name = "Organizations")
public class OrganizationResource {

    static final String ORGANISATION_IDS_CLAIM = "organisation_ids";

    private final OrganizationService organizations;
    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public OrganizationResource(OrganizationService organizations, SecurityIdentity identity, JsonWebToken token) {
        this.organizations = organizations;
        this.identity = identity;
        this.token = token;
    }

    @GET
    @PermitAll
    @Operation(summary = "Published organisations by name (Open Referral UK; no sign-in)")
    @APIResponse(responseCode = "200", description = "A page of organisations")
    @APIResponse(responseCode = "400", description = "A parameter has a bad value (named in the problem)")
    @APIResponse(responseCode = "429", description = RateLimited.DESCRIPTION)
    @RateLimited(RateLimits.Kind.PUBLIC_READ)
    public OrukViews.Paged<OrganizationView> list(@QueryParam("search") String search,
            @QueryParam("page") String page, @QueryParam("per_page") String perPage) {
        return OrukViews.Paged.of(organizations.listPublished(QueryParameters.text("search", search),
                QueryParameters.page(page), QueryParameters.perPage(perPage)), OrganizationView::of);
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "A published organisation (no sign-in)")
    @APIResponse(responseCode = "200", description = "The organisation")
    @APIResponse(responseCode = "404", description = "No such published organisation")
    @APIResponse(responseCode = "429", description = RateLimited.DESCRIPTION)
    @RateLimited(RateLimits.Kind.PUBLIC_READ)
    public OrganizationView get(@PathParam("id") UUID id) {
        return OrganizationView.of(organizations.getPublished(id));
    }

    @POST
    @RolesAllowed("coordinator")
    @Operation(summary = "Add a verified organisation")
    @APIResponse(responseCode = "201", description = "Created; Location names it")
    @APIResponse(responseCode = "400", description = "Malformed JSON or a wrong type")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not a coordinator")
    @APIResponse(responseCode = "422", description = "Invalid fields, each listed")
    public Response create(@Valid @NotNull OrganizationRequest request) {
        OrganizationView created = OrganizationView.of(organizations.create(request.details()));
        return Response.created(URI.create("/organizations/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({"charity-editor", "coordinator"})
    @Operation(summary = "Update an organisation's details (its own editors, or a coordinator)")
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "400", description = "Malformed JSON or a wrong type")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not an editor of this organisation, nor a coordinator")
    @APIResponse(responseCode = "404", description = "No such organisation")
    @APIResponse(responseCode = "422", description = "Invalid fields, each listed")
    public OrganizationView update(@PathParam("id") UUID id, @Valid @NotNull OrganizationRequest request) {
        return OrganizationView.of(organizations.update(id, request.details(), editor()));
    }

    private Editor editor() {
        return Editor.of(identity.hasRole("coordinator"), token.getClaim(ORGANISATION_IDS_CLAIM));
    }
}
