package org.socialprescribing.portal.client;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.token.propagation.common.AccessToken;

/** referral-service's referrals as staff work them, called with the signed-in link worker's or coordinator's token. */
@RegisterRestClient(configKey = "referral")
@AccessToken
@Path("/referrals")
interface CaseloadApi {

    @GET
    List<CaseReferral> list(@QueryParam("state") String state);

    @GET
    @Path("/{id}")
    CaseReferral get(@PathParam("id") String id);

    @GET
    @Path("/{id}/timeline")
    List<CaseReferral.Event> timeline(@PathParam("id") String id);

    @GET
    @Path("/{id}/suggestions")
    CaseReferral.Suggestions suggestions(@PathParam("id") String id);

    @POST
    @Path("/{id}/moves")
    CaseReferral move(@PathParam("id") String id, Map<String, Object> move);

    @POST
    @Path("/{id}/notes")
    CaseReferral.Event note(@PathParam("id") String id, Map<String, Object> note);
}
