package org.socialprescribing.portal.client;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.socialprescribing.portal.config.CategoriesConfig;

/**
 * Calls the directory with a timeout, a retry and a circuit breaker. A service that does not exist is "gone" and a
 * search the directory refuses (an unknown postcode) is "refused" inside the breaker: those are answers, not
 * failures. So is a 429 (this person searched a lot): {@link DirectoryBusyException} is neither retried nor counted
 * by the breaker, and reaches the page. A 503, another 5xx, a timeout or no connection is a failure (retried once,
 * counted by the breaker), and the answer says the directory is unavailable, for the page to tell the person.
 */
@ApplicationScoped
public class DirectoryClient {

    public static final int PER_PAGE = 20;

    /**
     * What a search found: a page of services, the search parameters the directory refused, or no answer. Not a
     * form's outcome: a search changes nothing, so there is no conflict and nothing gone.
     */
    public sealed interface SearchAnswer {

        /** A page of the services that match (maybe none). */
        record Found(ServicePage page) implements SearchAnswer {
        }

        /**
         * The directory refused the search: each refused parameter's message by the directory's name for it
         * ({@code postcode}, {@code taxonomy_term_id}), and the problem's detail for a refusal that names none.
         */
        record Refused(Map<String, String> parameters, String detail) implements SearchAnswer {
        }

        /** The directory did not answer. */
        record Unavailable() implements SearchAnswer {
        }
    }

    private final DirectoryApi api;
    private final CategoriesConfig categories;

    public DirectoryClient(@RestClient DirectoryApi api, CategoriesConfig categories) {
        this.api = api;
        this.categories = categories;
    }

    @Timeout(value = 4, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 200, abortOn = DirectoryBusyException.class)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS, skipOn = DirectoryBusyException.class)
    @Fallback(fallbackMethod = "searchUnavailable", skipOn = DirectoryBusyException.class)
    public SearchAnswer search(SearchRequest request) {
        Outcome<ServicePage> outcome = Outcome.of(() -> api.search(blankToNull(request.text()),
                blankToNull(request.postcode()), request.proximityMetres(), blankToNull(request.category()),
                request.freeOnly() ? true : null, blankToNull(request.day()), null, request.page(), PER_PAGE));
        return switch (outcome) {
            case Outcome.Done<ServicePage> done -> new SearchAnswer.Found(done.result());
            case Outcome.Invalid<ServicePage> refused ->
                new SearchAnswer.Refused(refused.fieldErrors(), refused.detail());
            // A 503 is counted and retried like no answer at all; a search is never in conflict, nor gone
            case Outcome.Unavailable<ServicePage> u -> throw failure("503");
            case Outcome.Conflict<ServicePage> c -> throw failure("409 to a search");
            case Outcome.Gone<ServicePage> g -> throw failure("404 to a search");
        };
    }

    SearchAnswer searchUnavailable(SearchRequest request) {
        return new SearchAnswer.Unavailable();
    }

    /**
     * One published service: {@link Outcome.Done} with it, {@link Outcome.Gone} when the directory has no such service
     * (404, or an id it cannot read), {@link Outcome.Unavailable} when it does not answer.
     */
    @Timeout(value = 4, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 200, abortOn = DirectoryBusyException.class)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS, skipOn = DirectoryBusyException.class)
    @Fallback(fallbackMethod = "serviceUnavailable", skipOn = DirectoryBusyException.class)
    public Outcome<ServiceListing> service(String id) {
        Outcome<ServiceListing> outcome = Outcome.of(() -> api.service(id));
        return switch (outcome) {
            case Outcome.Done<ServiceListing> done -> done;
            // Not a service the public can read: as good as none
            case Outcome.Gone<ServiceListing> g -> new Outcome.Gone<>(false);
            case Outcome.Invalid<ServiceListing> i -> new Outcome.Gone<>(false);
            case Outcome.Unavailable<ServiceListing> u -> throw failure("503");
            case Outcome.Conflict<ServiceListing> c -> throw failure("409 to a read");
        };
    }

    Outcome<ServiceListing> serviceUnavailable(String id) {
        return Outcome.unavailable();
    }

    /** The top-level categories to filter by; none when the directory cannot answer (the filter is then hidden). */
    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "noCategories")
    public List<Category> categories() {
        List<Category> terms = api.topTerms(true, categories.taxonomyId().orElse(null), 100).contents();
        return terms == null ? List.of() : terms;
    }

    List<Category> noCategories() {
        return List.of();
    }

    /**
     * An answer the page cannot show: for the breaker to count, and the fallback to say the directory is unavailable.
     */
    private static IllegalStateException failure(String answer) {
        return new IllegalStateException("The directory answered " + answer);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
