package org.socialprescribing.portal.client;

import java.time.temporal.ChronoUnit;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.ClientWebApplicationException;

/**
 * Calls the directory with a timeout, a retry and a circuit breaker. A service that does not exist is "absent"
 * inside the breaker (a 404 is an answer, not a failure); when the directory cannot answer, the result is empty and
 * the page says so.
 */
@ApplicationScoped
public class DirectoryClient {

    public static final int PER_PAGE = 20;

    /** What a lookup of one service found: the service, or that it does not exist, or no answer. */
    public record Lookup(Optional<ServiceListing> service, boolean unavailable) {
    }

    private final DirectoryApi api;

    public DirectoryClient(@RestClient DirectoryApi api) {
        this.api = api;
    }

    @Timeout(value = 4, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 200)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "searchUnavailable")
    public Optional<ServicePage> search(String text, int page) {
        return Optional.of(api.search(text, page, PER_PAGE));
    }

    Optional<ServicePage> searchUnavailable(String text, int page) {
        return Optional.empty();
    }

    @Timeout(value = 4, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 200)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "serviceUnavailable")
    public Lookup service(String id) {
        try {
            return new Lookup(Optional.of(api.service(id)), false);
        } catch (ClientWebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return new Lookup(Optional.empty(), false);
            }
            throw new IllegalStateException("The directory answered " + e.getResponse().getStatus(), e);
        }
    }

    Lookup serviceUnavailable(String id) {
        return new Lookup(Optional.empty(), true);
    }
}
