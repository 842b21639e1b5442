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
 * The coordinator's federated feeds through the directory. Its refusals (bad fields, an address registered already,
 * a pull running already) are answers the pages show; no answer at all is "unavailable". A 429 is the page that
 * says to wait, not "unavailable".
 */
@ApplicationScoped
public class Feeds {

    /** Run reports shown for a feed, newest first. */
    public static final int RECENT_RUNS = 10;

    private final FeedsApi api;

    public Feeds(@RestClient FeedsApi api) {
        this.api = api;
    }

    @Timeout(value = 4, unit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "noList")
    public Optional<List<Feed>> list() {
        return Optional.of(api.list());
    }

    Optional<List<Feed>> noList() {
        return Optional.empty();
    }

    @Timeout(value = 4, unit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "noFeed", skipOn = DirectoryBusyException.class)
    public Outcome<Feed> get(String id) {
        return Outcome.of(() -> api.get(id));
    }

    Outcome<Feed> noFeed(String id) {
        return Outcome.unavailable();
    }

    @Timeout(value = 4, unit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "noRuns")
    public Optional<List<FeedRun>> recentRuns(String id) {
        return Optional.of(api.runs(id, RECENT_RUNS));
    }

    Optional<List<FeedRun>> noRuns(String id) {
        return Optional.empty();
    }

    @Timeout(value = 4, unit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "noRegistration", skipOn = DirectoryBusyException.class)
    public Outcome<Feed> register(Map<String, Object> feed) {
        return Outcome.of(() -> api.register(feed));
    }

    Outcome<Feed> noRegistration(Map<String, Object> feed) {
        return Outcome.unavailable();
    }

    @Timeout(value = 4, unit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "noPull", skipOn = DirectoryBusyException.class)
    public Outcome<FeedRun> pull(String id) {
        return Outcome.of(() -> api.pull(id));
    }

    Outcome<FeedRun> noPull(String id) {
        return Outcome.unavailable();
    }
}
