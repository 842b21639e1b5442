package org.socialprescribing.portal.client;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.token.propagation.common.AccessToken;

/** community-directory-service's listings API, called with the signed-in editor's access token. */
@RegisterRestClient(configKey = "directory")
@RegisterClientHeaders(ForwardedFor.class)
@AccessToken
@Path("/listings")
interface ListingsApi {

    @GET
    List<ListingSummary> mine(@QueryParam("stale") Boolean stale, @QueryParam("per_page") int perPage);

    @POST
    @Path("/{id}/review")
    ListingSummary confirmAccurate(@PathParam("id") String id);

    @GET
    @Path("/{id}")
    ListingDetail get(@PathParam("id") String id);

    @PUT
    @Path("/{id}")
    ListingDetail update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            Map<String, Object> listing);

    @GET
    @Path("/changes")
    List<ListingChange> changes(@QueryParam("per_page") int perPage);

    @GET
    @Path("/{id}/history")
    List<ListingChange> history(@PathParam("id") String id);
}
