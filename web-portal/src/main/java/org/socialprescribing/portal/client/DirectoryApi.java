package org.socialprescribing.portal.client;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** community-directory-service's public Open Referral UK API (no token needed). */
@RegisterRestClient(configKey = "directory")
@RegisterClientHeaders(ForwardedFor.class)
interface DirectoryApi {

    @GET
    @Path("/services")
    ServicePage search(@QueryParam("search") String search, @QueryParam("postcode") String postcode,
            @QueryParam("proximity") Integer proximity, @QueryParam("taxonomy_term_id") String taxonomyTermId,
            @QueryParam("free") Boolean free, @QueryParam("day") String day, @QueryParam("sort") String sort,
            @QueryParam("page") int page, @QueryParam("per_page") int perPage);

    @GET
    @Path("/services/{id}")
    ServiceListing service(@PathParam("id") String id);

    @GET
    @Path("/taxonomy_terms")
    CategoryPage topTerms(@QueryParam("top_only") boolean topOnly, @QueryParam("taxonomy_id") String taxonomyId,
            @QueryParam("per_page") int perPage);

    record CategoryPage(List<Category> contents) {
    }
}
