package org.socialprescribing.portal.client;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Joining requests through the directory: asking, the coordinator's queue and decisions. The directory's refusals
 * (bad fields, listed already, decided already, Keycloak not answering) are answers the pages show; no answer at
 * all is "unavailable".
 */
@ApplicationScoped
public class JoinRequests {

    public static final int MAX = 100;

    private final JoinRequestsApi api;

    public JoinRequests(@RestClient JoinRequestsApi api) {
        this.api = api;
    }

    /** The coordinator's queue: every request in this status. */
    @Timeout(value = 4, unit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "noList")
    public Optional<List<JoinRequest>> list(String status) {
        return Optional.of(api.list(status, null, MAX));
    }

    Optional<List<JoinRequest>> noList(String status) {
        return Optional.empty();
    }

    /** The signed-in person's own requests (a coordinator's too). */
    @Timeout(value = 4, unit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "noneOfMine")
    public Optional<List<JoinRequest>> mine() {
        return Optional.of(api.list(null, true, MAX));
    }

    Optional<List<JoinRequest>> noneOfMine() {
        return Optional.empty();
    }

    @Timeout(value = 4, unit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "noAnswer", skipOn = DirectoryBusyException.class)
    public Outcome<JoinRequest> get(String id) {
        return Outcome.of(() -> api.get(id));
    }

    @Timeout(value = 4, unit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "noAnswerToAsk", skipOn = DirectoryBusyException.class)
    public Outcome<JoinRequest> ask(Map<String, Object> request) {
        return Outcome.of(() -> api.ask(request));
    }

    /** Longer than the directory's worst case (several calls to Keycloak, each with its own timeout). */
    @Timeout(value = 35, unit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "noAnswer", skipOn = DirectoryBusyException.class)
    public Outcome<JoinRequest> approve(String id) {
        return Outcome.of(() -> api.approve(id));
    }

    @Timeout(value = 4, unit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "noAnswerToReject", skipOn = DirectoryBusyException.class)
    public Outcome<JoinRequest> reject(String id, String reason) {
        return Outcome.of(() -> api.reject(id, Map.of("reason", reason)));
    }

    Outcome<JoinRequest> noAnswer(String id) {
        return Outcome.unavailable();
    }

    Outcome<JoinRequest> noAnswerToAsk(Map<String, Object> request) {
        return noAnswer(null);
    }

    Outcome<JoinRequest> noAnswerToReject(String id, String reason) {
        return noAnswer(id);
    }
}
