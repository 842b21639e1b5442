package org.socialprescribing.portal.client;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.token.propagation.common.AccessToken;

/** wellbeing-service's goals API, called with the signed-in user's access token. */
@RegisterRestClient(configKey = "wellbeing")
@AccessToken
@Path("/goals")
interface WellbeingApi {

    @GET
    List<GoalSummary> myGoals();
}
