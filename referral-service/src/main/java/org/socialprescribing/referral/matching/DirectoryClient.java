package org.socialprescribing.referral.matching;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.ClientWebApplicationException;

/**
 * The directory's services for one need near a postcode, with the fault tolerance the portal's client has: a timeout,
 * one retry, a circuit breaker, and "no answer" (empty) when the directory cannot answer, so that matching waits
 * (the referral itself is never refused for it). A 400 (a postcode the directory does not know) is an answer: the
 * search without the postcode.
 */
@ApplicationScoped
public class DirectoryClient {

    static final int PER_NEED = 50;
    static final int WITHIN_METRES = 16_093;

    private final DirectoryApi api;
    private final java.util.Map<String, String> names = new java.util.concurrent.ConcurrentHashMap<>();

    public DirectoryClient(@RestClient DirectoryApi api) {
        this.api = api;
    }

    @Timeout(value = 4, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 200)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "noAnswer")
    public Optional<List<DirectoryService>> servicesFor(String termId, String postcode) {
        try {
            return Optional.of(api.search(termId, postcode, postcode == null ? null : WITHIN_METRES, PER_NEED)
                    .contents());
        } catch (ClientWebApplicationException e) {
            if (e.getResponse().getStatus() == 400 && postcode != null) {
                return Optional.of(api.search(termId, null, null, PER_NEED).contents());
            }
            throw e;
        }
    }

    Optional<List<DirectoryService>> noAnswer(String termId, String postcode) {
        return Optional.empty();
    }

    /** A need's words (its taxonomy term's name), kept once read; empty if the directory does not say. */
    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "noName")
    public Optional<String> needName(String termId) {
        String known = names.get(termId);
        if (known != null) {
            return Optional.of(known);
        }
        String name = api.term(termId).name();
        if (name != null && names.size() < 10_000) {
            names.put(termId, name);
        }
        return Optional.ofNullable(name);
    }

    Optional<String> noName(String termId) {
        return Optional.empty();
    }
}
