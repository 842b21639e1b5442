package org.socialprescribing.referral.matching;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** community-directory-service's public Open Referral UK API (no token: it is the public read API). */
@RegisterRestClient(configKey = "directory")
interface DirectoryApi {

    @GET
    @Path("/taxonomy_terms/{id}")
    Term term(@PathParam("id") String id);

    /** A taxonomy term: only its name is needed, for the words of a suggestion. */
    record Term(String id, String name) {
    }

    @GET
    @Path("/services")
    DirectoryService.Page search(@QueryParam("taxonomy_term_id") String taxonomyTermId,
            @QueryParam("postcode") String postcode, @QueryParam("proximity") Integer proximityMetres,
            @QueryParam("per_page") int perPage);
}
