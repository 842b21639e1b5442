package org.socialprescribing.portal.client;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * referral-service for the link worker's and coordinator's pages: reads with a timeout, a retry and a circuit
 * breaker (no answer is "unavailable", said on the page); moves and notes not retried, their refusals answered as an
 * {@link Outcome} for the page to show.
 */
@ApplicationScoped
public class Caseload {

    private final CaseloadApi api;

    public Caseload(@RestClient CaseloadApi api) {
        this.api = api;
    }

    /** A link worker's caseload (or a coordinator's unassigned queue), optionally in one state. */
    @Timeout(value = 4, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 200)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "noList")
    public Optional<List<CaseReferral>> list(String state) {
        return Optional.of(api.list(state));
    }

    Optional<List<CaseReferral>> noList(String state) {
        return Optional.empty();
    }

    @Timeout(value = 4, unit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "noReferral", skipOn = DirectoryBusyException.class)
    public Outcome<CaseReferral> get(String id) {
        return Outcome.of(() -> api.get(id));
    }

    Outcome<CaseReferral> noReferral(String id) {
        return Outcome.unavailable();
    }

    @Timeout(value = 4, unit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "noTimeline")
    public Optional<List<CaseReferral.Event>> timeline(String id) {
        return Optional.of(api.timeline(id));
    }

    Optional<List<CaseReferral.Event>> noTimeline(String id) {
        return Optional.empty();
    }

    /** Longer than the directory's worst case: the first ask matches the referral there and then. */
    @Timeout(value = 12, unit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "noSuggestions")
    public Optional<CaseReferral.Suggestions> suggestions(String id) {
        return Optional.of(api.suggestions(id));
    }

    Optional<CaseReferral.Suggestions> noSuggestions(String id) {
        return Optional.empty();
    }

    @Timeout(value = 4, unit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "notMoved", skipOn = DirectoryBusyException.class)
    public Outcome<CaseReferral> move(String id, Map<String, Object> move) {
        return Outcome.of(() -> api.move(id, move));
    }

    Outcome<CaseReferral> notMoved(String id, Map<String, Object> move) {
        return Outcome.unavailable();
    }

    @Timeout(value = 4, unit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "notNoted", skipOn = DirectoryBusyException.class)
    public Outcome<CaseReferral.Event> note(String id, Map<String, Object> note) {
        return Outcome.of(() -> api.note(id, note));
    }

    Outcome<CaseReferral.Event> notNoted(String id, Map<String, Object> note) {
        return Outcome.unavailable();
    }
}
