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
 * Calls wellbeing-service with a timeout, a retry and a circuit breaker. When the service cannot answer, the page
 * says so instead of failing: the result is empty.
 */
@ApplicationScoped
public class WellbeingClient {

    private final WellbeingApi api;

    public WellbeingClient(@RestClient WellbeingApi api) {
        this.api = api;
    }

    @Timeout(value = 4, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 200)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "unavailable")
    public Optional<List<GoalSummary>> myGoals() {
        return Optional.of(api.myGoals());
    }

    Optional<List<GoalSummary>> unavailable() {
        return Optional.empty();
    }
}
