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
 * Reading a listing to edit it and saving the edit with the version it was based on. The directory's answers are
 * outcomes the page shows (its fields refused, someone else's change first, not yours, no such listing), not
 * failures; only no answer at all is {@link Outcome.Unavailable}. Saves are not retried: the person sees what
 * happened.
 */
@ApplicationScoped
public class ListingEdits {

    public static final int MAX_CHANGES = 100;

    private final ListingsApi api;

    public ListingEdits(@RestClient ListingsApi api) {
        this.api = api;
    }

    /** The listing: {@link Outcome.Done}, {@link Outcome.Gone} (404; 403: not this editor's) or no answer. */
    @Timeout(value = 4, unit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "notRead", skipOn = DirectoryBusyException.class)
    public Outcome<ListingDetail> read(String id) {
        return Outcome.of(() -> api.get(id));
    }

    Outcome<ListingDetail> notRead(String id) {
        return Outcome.unavailable();
    }

    /**
     * Saves the listing, sending {@code If-Match: "<version>"}: {@link Outcome.Done} (the listing as saved),
     * {@link Outcome.Invalid} (400, 422), {@link Outcome.Conflict} (412 stale: someone else saved first; 409: kept
     * by a feed), {@link Outcome.Gone} or no answer.
     */
    @Timeout(value = 4, unit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "notSaved", skipOn = DirectoryBusyException.class)
    public Outcome<ListingDetail> save(String id, int version, Map<String, Object> listing) {
        return Outcome.of(() -> api.update(id, "\"" + version + "\"", listing));
    }

    Outcome<ListingDetail> notSaved(String id, int version, Map<String, Object> listing) {
        return Outcome.unavailable();
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
        return Optional.of(api.changes(MAX_CHANGES));
    }

    Optional<List<ListingChange>> noChanges() {
        return Optional.empty();
    }
}
