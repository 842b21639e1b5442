package org.socialprescribing.portal.client;

import java.util.Map;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * referral-service for a guest, without a token: a self-referral (answered with its reference and secret), and the
 * status of one by that pair. The guest's address goes as X-Forwarded-For, for the service's per-address limits.
 */
@RegisterRestClient(configKey = "referral")
@RegisterClientHeaders(ForwardedFor.class)
@Path("/referrals")
interface GuestReferralsApi {

    @POST
    @Path("/guest")
    SentReferral refer(@HeaderParam("Idempotency-Key") String idempotencyKey, Map<String, Object> referral);

    /** The pair goes in the body, never in a URL (which proxies and logs keep). */
    @POST
    @Path("/status")
    ReferralStatus status(Map<String, String> referenceAndSecret);
}
