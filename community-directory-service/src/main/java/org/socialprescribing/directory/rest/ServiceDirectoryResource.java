package org.socialprescribing.directory.rest;

import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.socialprescribing.directory.repository.ServiceSearch;
import org.socialprescribing.directory.service.DirectoryReadService;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Open Referral UK 3.0: public, read-only services and taxonomy (no sign-in, any origin). */
@Path("/")
@PermitAll
@Tag(name = "Open Referral UK")
public class ServiceDirectoryResource {

    private final DirectoryReadService directory;

    public ServiceDirectoryResource(DirectoryReadService directory) {
        this.directory = directory;
    }

    /** The ORUK profile's API description. */
    public record ApiInfo(String version, String profile, @JsonProperty("openapi_url") String openapiUrl) {
    }

    static final String ORUK_PROFILE = "https://openreferraluk.org/";

    @GET
    @Operation(summary = "API version and profile (Open Referral UK 3.0)")
    @APIResponse(responseCode = "200", description = "Version, profile and the OpenAPI document's address")
    public ApiInfo info(@jakarta.ws.rs.core.Context UriInfo uri) {
        return new ApiInfo("HSDS-UK-3.0", ORUK_PROFILE, uri.getBaseUriBuilder().path("q/openapi").build().toString());
    }

    @GET
    @Path("services")
    @Operation(summary = "Search published services (ORUK paging; search, taxonomy and age filters)")
    @APIResponse(responseCode = "200", description = "A page of services, best match first when searching")
    @APIResponse(responseCode = "400", description = "A parameter has a bad value (named in the problem)")
    public OrukViews.Paged<OrukViews.ServiceSummary> services(@QueryParam("search") String search,
            @QueryParam("taxonomy_term_id") String taxonomyTermId, @QueryParam("taxonomy_id") String taxonomyId,
            @QueryParam("minimum_age") String minimumAge, @QueryParam("maximum_age") String maximumAge,
            @QueryParam("page") String page, @QueryParam("per_page") String perPage) {
        ServiceSearch query = new ServiceSearch(QueryParameters.text("search", search),
                QueryParameters.uuid("taxonomy_term_id", taxonomyTermId),
                QueryParameters.uuid("taxonomy_id", taxonomyId),
                QueryParameters.age("minimum_age", minimumAge), QueryParameters.age("maximum_age", maximumAge),
                QueryParameters.page(page), QueryParameters.perPage(perPage));
        return OrukViews.Paged.of(directory.searchServices(query), OrukViews.ServiceSummary::of);
    }

    @GET
    @Path("services/{id}")
    @Operation(summary = "One published service, in full")
    @APIResponse(responseCode = "200", description = "The service with its organisation and taxonomy terms")
    @APIResponse(responseCode = "404", description = "No such published service")
    public OrukViews.ServiceSummary service(@PathParam("id") UUID id) {
        return OrukViews.ServiceSummary.full(directory.getService(id));
    }

    @GET
    @Path("taxonomies")
    @Operation(summary = "Taxonomies in use")
    @APIResponse(responseCode = "200", description = "A page of taxonomies")
    @APIResponse(responseCode = "400", description = "A parameter has a bad value (named in the problem)")
    public OrukViews.Paged<OrukViews.TaxonomyView> taxonomies(@QueryParam("page") String page,
            @QueryParam("per_page") String perPage) {
        return OrukViews.Paged.of(
                directory.listTaxonomies(QueryParameters.page(page), QueryParameters.perPage(perPage)),
                OrukViews.TaxonomyView::of);
    }

    @GET
    @Path("taxonomies/{id}")
    @Operation(summary = "One taxonomy")
    @APIResponse(responseCode = "200", description = "The taxonomy")
    @APIResponse(responseCode = "404", description = "No such taxonomy")
    public OrukViews.TaxonomyView taxonomy(@PathParam("id") UUID id) {
        return OrukViews.TaxonomyView.of(directory.getTaxonomy(id));
    }

    @GET
    @Path("taxonomy_terms")
    @Operation(summary = "Taxonomy terms (filter by taxonomy, parent, or top level only)")
    @APIResponse(responseCode = "200", description = "A page of terms")
    @APIResponse(responseCode = "400", description = "A parameter has a bad value (named in the problem)")
    public OrukViews.Paged<OrukViews.Term> taxonomyTerms(@QueryParam("taxonomy_id") String taxonomyId,
            @QueryParam("parent_id") String parentId, @QueryParam("top_only") String topOnly,
            @QueryParam("page") String page, @QueryParam("per_page") String perPage) {
        return OrukViews.Paged.of(directory.listTerms(QueryParameters.uuid("taxonomy_id", taxonomyId),
                QueryParameters.uuid("parent_id", parentId), QueryParameters.bool("top_only", topOnly),
                QueryParameters.page(page), QueryParameters.perPage(perPage)), OrukViews.Term::of);
    }

    @GET
    @Path("taxonomy_terms/{id}")
    @Operation(summary = "One taxonomy term")
    @APIResponse(responseCode = "200", description = "The term")
    @APIResponse(responseCode = "404", description = "No such term")
    public OrukViews.Term taxonomyTerm(@PathParam("id") UUID id) {
        return OrukViews.Term.of(directory.getTerm(id));
    }
}
