package org.socialprescribing.portal.client;

import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.ClientWebApplicationException;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reading a listing to edit it and saving the edit with the version it was based on. The directory's answers are
 * outcomes the page shows (its fields refused, someone else's change first, not yours), not failures; only no
 * answer at all is "unavailable". Saves are not retried: the person sees what happened.
 */
@ApplicationScoped
public class ListingEdits {

    /** What reading a listing found. */
    public record Lookup(Optional<ListingDetail> listing, int status) {
    }

    /** What a save did: saved (the new listing), refused fields, a conflict (412 or 409) or no answer. */
    public record Saved(Optional<ListingDetail> listing, Map<String, String> fieldErrors, int status,
            String detail) {

        public boolean conflict() {
            return status == 412;
        }
    }

    private final ListingsApi api;

    public ListingEdits(@RestClient ListingsApi api) {
        this.api = api;
    }

    @Timeout(value = 4, unit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "notRead")
    public Lookup read(String id) {
        try {
            return new Lookup(Optional.of(api.get(id)), 200);
        } catch (ClientWebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 403 || status == 404) {
                return new Lookup(Optional.empty(), status);
            }
            throw new IllegalStateException("The directory answered " + status, e);
        }
    }

    Lookup notRead(String id) {
        return new Lookup(Optional.empty(), 0);
    }

    @Timeout(value = 4, unit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "notSaved")
    public Saved save(String id, int version, Map<String, Object> listing) {
        try {
            return new Saved(Optional.of(api.update(id, "\"" + version + "\"", listing)), Map.of(), 200, null);
        } catch (ClientWebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 422 || status == 409 || status == 412 || status == 403 || status == 404) {
                JsonNode problem = e.getResponse().readEntity(JsonNode.class);
                Map<String, String> errors = new LinkedHashMap<>();
                for (JsonNode violation : problem.path("violations")) {
                    errors.putIfAbsent(violation.path("field").asText(), violation.path("message").asText());
                }
                return new Saved(Optional.empty(), errors, status, problem.path("detail").asText(null));
            }
            throw new IllegalStateException("The directory answered " + status, e);
        }
    }

    Saved notSaved(String id, int version, Map<String, Object> listing) {
        return new Saved(Optional.empty(), Map.of(), 0, null);
    }

    @Timeout(value = 4, unit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "noHistory")
    public Optional<List<ListingChange>> history(String id) {
        return Optional.of(api.history(id));
    }

    Optional<List<ListingChange>> noHistory(String id) {
        return Optional.empty();
    }

    /** The newest changes across the listings this person may edit (all, for a coordinator). */
    @Timeout(value = 4, unit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "noChanges")
    public Optional<List<ListingChange>> recentChanges() {
        return Optional.of(api.changes(100));
    }

    Optional<List<ListingChange>> noChanges() {
        return Optional.empty();
    }
}
