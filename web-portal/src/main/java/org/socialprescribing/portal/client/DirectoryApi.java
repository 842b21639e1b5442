package org.socialprescribing.portal.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** community-directory-service's public Open Referral UK API (no token needed). */
@RegisterRestClient(configKey = "directory")
interface DirectoryApi {

    @GET
    @Path("/services")
    ServicePage search(@QueryParam("search") String search, @QueryParam("page") int page,
            @QueryParam("per_page") int perPage);

    @GET
    @Path("/services/{id}")
    ServiceListing service(@PathParam("id") String id);
}
