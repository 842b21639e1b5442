package org.socialprescribing.directory.rest;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The Open Referral UK profile's rule for the public read API: {@code Access-Control-Allow-Origin: *} on every answer,
 * whatever the caller's origin and also without one (a generic CORS filter echoes the origin instead, and says
 * nothing to a caller without one). Only the public reads say it: the editors' and coordinators' endpoints allow no
 * other origin. Errors and 429s of the public reads carry it too, so a browser client can read the problem.
 */
public class PublicReadCors {

    @ServerResponseFilter
    public void allowAnyOrigin(ResourceInfo resource, ContainerResponseContext response) {
        RateLimited limited = RateLimits.limitOn(resource);
        if (limited != null && limited.value() == RateLimits.Kind.PUBLIC_READ) {
            response.getHeaders().putSingle("Access-Control-Allow-Origin", "*");
        }
    }
}
