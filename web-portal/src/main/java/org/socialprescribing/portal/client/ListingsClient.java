package org.socialprescribing.portal.client;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The editor's listings, with a timeout, a retry and a circuit breaker for reads; "still accurate" is not retried
 * (it is safe to repeat, but the person sees the outcome either way).
 */
@ApplicationScoped
public class ListingsClient {

    public static final int MAX = 100;

    private final ListingsApi api;

    public ListingsClient(@RestClient ListingsApi api) {
        this.api = api;
    }

    @Timeout(value = 4, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 200)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "unavailable")
    public Optional<List<ListingSummary>> mine(boolean overdueOnly) {
        return Optional.of(api.mine(overdueOnly ? true : null, MAX));
    }

    Optional<List<ListingSummary>> unavailable(boolean overdueOnly) {
        return Optional.empty();
    }

    /**
     * "Still accurate": {@link Outcome.Done} (the listing, reviewed today), {@link Outcome.Gone} (404; 403: not this
     * editor's), {@link Outcome.Conflict} (409: kept by another directory's feed) or no answer.
     */
    @Timeout(value = 4, unit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "notConfirmed", skipOn = DirectoryBusyException.class)
    public Outcome<ListingSummary> confirmAccurate(String id) {
        return Outcome.of(() -> api.confirmAccurate(id));
    }

    Outcome<ListingSummary> notConfirmed(String id) {
        return Outcome.unavailable();
    }
}
