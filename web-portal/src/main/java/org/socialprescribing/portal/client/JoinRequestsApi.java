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

/** community-directory-service's joining requests, called with the signed-in person's access token. */
@RegisterRestClient(configKey = "directory")
@RegisterClientHeaders(ForwardedFor.class)
@AccessToken
@Path("/join_requests")
interface JoinRequestsApi {

    @POST
    JoinRequest ask(Map<String, Object> request);

    @GET
    List<JoinRequest> list(@QueryParam("status") String status, @QueryParam("mine") Boolean mine,
            @QueryParam("per_page") int perPage);

    @GET
    @Path("/{id}")
    JoinRequest get(@PathParam("id") String id);

    @POST
    @Path("/{id}/approve")
    JoinRequest approve(@PathParam("id") String id);

    @POST
    @Path("/{id}/reject")
    JoinRequest reject(@PathParam("id") String id, Map<String, String> decision);
}
