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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.socialprescribing.directory.service.DirectoryReadService;
import org.socialprescribing.directory.service.TaxonomyService;

/** Open Referral UK taxonomy terms: public reads; coordinators add, rename and move terms. */
@Path("/taxonomy_terms")
@Tag(name = "Open Referral UK")
public class TaxonomyTermResource {

    private final DirectoryReadService directory;
    private final TaxonomyService taxonomy;

    public TaxonomyTermResource(DirectoryReadService directory, TaxonomyService taxonomy) {
        this.directory = directory;
        this.taxonomy = taxonomy;
    }

    @GET
    @PermitAll
    @Operation(summary = "Taxonomy terms (filter by taxonomy, parent, or top level only)")
    @APIResponse(responseCode = "200", description = "A page of terms")
    @APIResponse(responseCode = "400", description = "A parameter has a bad value (named in the problem)")
    @APIResponse(responseCode = "429", description = RateLimited.DESCRIPTION)
    @RateLimited(RateLimits.Kind.PUBLIC_READ)
    public OrukViews.Paged<OrukViews.Term> list(@QueryParam("taxonomy_id") String taxonomyId,
            @QueryParam("parent_id") String parentId, @QueryParam("top_only") String topOnly,
            @QueryParam("page") String page, @QueryParam("per_page") String perPage) {
        return OrukViews.Paged.of(directory.listTerms(QueryParameters.uuid("taxonomy_id", taxonomyId),
                QueryParameters.uuid("parent_id", parentId), QueryParameters.bool("top_only", topOnly),
                QueryParameters.page(page), QueryParameters.perPage(perPage)), OrukViews.Term::of);
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "One taxonomy term")
    @APIResponse(responseCode = "200", description = "The term")
    @APIResponse(responseCode = "404", description = "No such term")
    @APIResponse(responseCode = "429", description = RateLimited.DESCRIPTION)
    @RateLimited(RateLimits.Kind.PUBLIC_READ)
    public OrukViews.Term get(@PathParam("id") UUID id) {
        return OrukViews.Term.of(directory.getTerm(id));
    }

    @POST
    @RolesAllowed("coordinator")
    @Operation(summary = "Add a taxonomy term (coordinators)")
    @APIResponse(responseCode = "201", description = "Created; Location names it")
    @APIResponse(responseCode = "400", description = "Malformed JSON or a wrong type")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not a coordinator")
    @APIResponse(responseCode = "422", description = "Invalid fields, an unknown parent or taxonomy")
    public Response create(@Valid @NotNull TermRequest request) {
        OrukViews.Term created = OrukViews.Term.of(taxonomy.create(request.details()));
        return Response.created(URI.create("/taxonomy_terms/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed("coordinator")
    @Operation(summary = "Rename, describe or move a taxonomy term (coordinators); search follows at once")
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "400", description = "Malformed JSON or a wrong type")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not a coordinator")
    @APIResponse(responseCode = "404", description = "No such term")
    @APIResponse(responseCode = "422", description = "Invalid fields, an unknown parent, or a parent below it")
    public OrukViews.Term update(@PathParam("id") UUID id, @Valid @NotNull TermRequest request) {
        return OrukViews.Term.of(taxonomy.update(id, request.details()));
    }
}
