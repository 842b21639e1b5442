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
import org.jboss.resteasy.reactive.ClientWebApplicationException;
import org.socialprescribing.portal.config.CategoriesConfig;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Calls the directory with a timeout, a retry and a circuit breaker. A service that does not exist is "absent" and a
 * search the directory refuses (an unknown postcode) is "refused" inside the breaker: those are answers, not
 * failures. So is a 429 (this person searched a lot): {@link DirectoryBusyException} is neither retried nor counted
 * by the breaker, and reaches the page. When the directory cannot answer, the result says so and the page tells the
 * person.
 */
@ApplicationScoped
public class DirectoryClient {

    public static final int PER_PAGE = 20;

    /** What a lookup of one service found: the service, or that it does not exist, or no answer. */
    public record Lookup(Optional<ServiceListing> service, boolean unavailable) {
    }

    /** A search's outcome: a page, or the parameter the directory refused and why, or no answer. */
    public record Outcome(Optional<ServicePage> page, String refusedField, String refusedMessage) {

        public boolean unavailable() {
            return page.isEmpty() && refusedField == null;
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
    public Outcome search(SearchRequest request) {
        try {
            return new Outcome(Optional.of(api.search(blankToNull(request.text()), blankToNull(request.postcode()),
                    request.proximityMetres(), blankToNull(request.category()), request.freeOnly() ? true : null,
                    blankToNull(request.day()), null, request.page(), PER_PAGE)), null, null);
        } catch (ClientWebApplicationException e) {
            busy(e);
            if (e.getResponse().getStatus() == 400) {
                JsonNode violation = e.getResponse().readEntity(JsonNode.class).path("violations").path(0);
                return new Outcome(Optional.empty(), violation.path("field").asText("search"),
                        violation.path("message").asText("is not valid"));
            }
            throw new IllegalStateException("The directory answered " + e.getResponse().getStatus(), e);
        }
    }

    Outcome searchUnavailable(SearchRequest request) {
        return new Outcome(Optional.empty(), null, null);
    }

    @Timeout(value = 4, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 200, abortOn = DirectoryBusyException.class)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS, skipOn = DirectoryBusyException.class)
    @Fallback(fallbackMethod = "serviceUnavailable", skipOn = DirectoryBusyException.class)
    public Lookup service(String id) {
        try {
            return new Lookup(Optional.of(api.service(id)), false);
        } catch (ClientWebApplicationException e) {
            busy(e);
            if (e.getResponse().getStatus() == 404) {
                return new Lookup(Optional.empty(), false);
            }
            throw new IllegalStateException("The directory answered " + e.getResponse().getStatus(), e);
        }
    }

    Lookup serviceUnavailable(String id) {
        return new Lookup(Optional.empty(), true);
    }

    /** The top-level categories to filter by; none when the directory cannot answer (the filter is then hidden). */
    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "noCategories")
    public List<Category> categories() {
        return api.topTerms(true, categories.taxonomyId().orElse(null), 100).contents();
    }

    List<Category> noCategories() {
        return List.of();
    }

    /** A 429 is the directory's answer to this person, to be passed on, not a failure of the directory. */
    private static void busy(ClientWebApplicationException e) {
        if (e.getResponse().getStatus() == 429) {
            throw DirectoryBusyException.of(e.getResponse().getHeaderString("Retry-After"));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
