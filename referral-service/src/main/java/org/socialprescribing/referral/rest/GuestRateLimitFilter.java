package org.socialprescribing.referral.rest;

import java.util.Optional;
import java.util.OptionalLong;

import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.socialprescribing.problem.Problem;
import org.socialprescribing.problem.ProblemType;

import io.vertx.core.http.HttpServerRequest;

/**
 * Counts each call of a {@link GuestLimited} endpoint against its client address and answers 429 problem+json with
 * {@code Retry-After} past the limit, before the body is read or anything is stored.
 */
public class GuestRateLimitFilter {

    private final GuestRateLimits limits;

    public GuestRateLimitFilter(GuestRateLimits limits) {
        this.limits = limits;
    }

    @ServerRequestFilter
    public Optional<Response> limit(ResourceInfo resource, HttpServerRequest request, UriInfo uri) {
        GuestLimited limited = resource.getResourceMethod() == null
                ? null
                : resource.getResourceMethod().getAnnotation(GuestLimited.class);
        if (limited == null) {
            return Optional.empty();
        }
        OptionalLong wait = limits.refusal(limited.value(), GuestResource.clientOf(limits, request));
        if (wait.isEmpty()) {
            return Optional.empty();
        }
        Problem problem = Problem.of(ProblemType.TOO_MANY_REQUESTS, "Too many requests from your address in a short "
                + "time. Try again in " + wait.getAsLong() + " seconds.", "/" + uri.getPath().replaceFirst("^/", ""));
        return Optional.of(Response.status(429).type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.RETRY_AFTER, wait.getAsLong()).entity(problem).build());
    }
}
