package org.socialprescribing.portal.client;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.token.propagation.common.AccessToken;

/** community-directory-service's federated feeds, called with the signed-in coordinator's access token. */
@RegisterRestClient(configKey = "directory")
@RegisterClientHeaders(ForwardedFor.class)
@AccessToken
@Path("/feeds")
interface FeedsApi {

    @GET
    List<Feed> list();

    @POST
    Feed register(Map<String, Object> feed);

    @GET
    @Path("/{id}")
    Feed get(@PathParam("id") String id);

    @POST
    @Path("/{id}/runs")
    FeedRun pull(@PathParam("id") String id);

    @GET
    @Path("/{id}/runs")
    List<FeedRun> runs(@PathParam("id") String id, @QueryParam("per_page") int perPage);
}
