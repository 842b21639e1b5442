package org.socialprescribing.portal.client;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Joining requests through the directory: asking, the coordinator's queue and decisions. The directory's refusals
 * (bad fields, listed already, decided already, Keycloak not answering) are outcomes the pages show; no answer at
 * all is "unavailable".
 */
@ApplicationScoped
public class JoinRequests {

    public static final int MAX = 100;

    /** What a call did: the request, or the directory's status with its message and refused fields (0: no answer). */
    public record Outcome(Optional<JoinRequest> request, int status, String detail, Map<String, String> fieldErrors) {

        static Outcome of(JoinRequest request) {
            return new Outcome(Optional.of(request), 200, null, Map.of());
        }
    }

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
    @Fallback(fallbackMethod = "noAnswer")
    public Outcome get(String id) {
        return call(() -> api.get(id));
    }

    @Timeout(value = 4, unit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "noAnswerToAsk")
    public Outcome ask(Map<String, Object> request) {
        return call(() -> api.ask(request));
    }

    /** Longer than the directory's worst case (several calls to Keycloak, each with its own timeout). */
    @Timeout(value = 35, unit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "noAnswer")
    public Outcome approve(String id) {
        return call(() -> api.approve(id));
    }

    @Timeout(value = 4, unit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "noAnswerToReject")
    public Outcome reject(String id, String reason) {
        return call(() -> api.reject(id, Map.of("reason", reason)));
    }

    Outcome noAnswer(String id) {
        return new Outcome(Optional.empty(), 0, null, Map.of());
    }

    Outcome noAnswerToAsk(Map<String, Object> request) {
        return noAnswer(null);
    }

    Outcome noAnswerToReject(String id, String reason) {
        return noAnswer(id);
    }

    private static Outcome call(Supplier<JoinRequest> call) {
        DirectoryAnswer<JoinRequest> answer = DirectoryAnswer.of(call);
        return new Outcome(answer.value(), answer.status(), answer.detail(), answer.fieldErrors());
    }
}
