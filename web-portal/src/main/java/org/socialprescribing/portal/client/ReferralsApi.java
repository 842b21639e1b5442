package org.socialprescribing.portal.client;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.token.propagation.common.AccessToken;

/** referral-service for a signed-in resident, called with their own access token: their referrals, and a new one. */
@RegisterRestClient(configKey = "referral")
@AccessToken
@Path("/referrals")
interface ReferralsApi {

    @POST
    SentReferral refer(Map<String, Object> referral);

    @GET
    List<MyReferral> mine();

    @GET
    @Path("/{id}/timeline")
    List<TimelineEntry> timeline(@PathParam("id") String id);
}
