package org.socialprescribing.directory.service;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.socialprescribing.directory.Feed;
import org.socialprescribing.directory.FeedRun;
import org.socialprescribing.directory.client.FeedAddresses;
import org.socialprescribing.directory.config.FeedConfig;
import org.socialprescribing.directory.repository.FeedRepository;
import org.socialprescribing.directory.repository.FeedRunRepository;
import org.socialprescribing.problem.ProblemException;
import org.socialprescribing.problem.ProblemType;

/** Coordinators register other directories' feeds, pull them on demand and read the run reports. */
@ApplicationScoped
public class FeedService {

    private final FeedRepository feeds;
    private final FeedRunRepository runs;
    private final FeedRunLog log;
    private final FeedImporter importer;
    private final Clock clock;
    private final FeedConfig config;
    private final ExecutorService background = Executors.newVirtualThreadPerTaskExecutor();

    public FeedService(FeedRepository feeds, FeedRunRepository runs, FeedRunLog log, FeedImporter importer,
            Clock clock, FeedConfig config) {
        this.config = config;
        this.feeds = feeds;
        this.runs = runs;
        this.log = log;
        this.importer = importer;
        this.clock = clock;
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }

    @Transactional
    public List<Feed> list() {
        return feeds.all();
    }

    @Transactional
    public Feed get(UUID id) {
        return feeds.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Feed", id));
    }

    @Transactional
    public Feed register(FeedDetails details, String actor) {
        Feed feed = new Feed();
        feed.id = UUID.randomUUID();
        feed.createdBy = actor;
        feed.createdAt = Instant.now(clock);
        apply(feed, details);
        feeds.persist(feed);
        return feed;
    }

    @Transactional
    public Feed update(UUID id, FeedDetails details) {
        Feed feed = get(id);
        apply(feed, details);
        return feed;
    }

    @Transactional
    public List<FeedRun> runs(UUID feedId, int page, int perPage) {
        get(feedId);
        return runs.ofFeed(feedId, page, perPage);
    }

    @Transactional
    public FeedRun run(UUID feedId, UUID runId) {
        return runs.findByIdOptional(runId).filter(run -> run.feedId.equals(feedId))
                .orElseThrow(() -> ProblemException.notFound("Run", runId));
    }

    /** Starts a pull now and returns its (running) report; the pull goes on in the background. */
    public FeedRun pullNow(UUID feedId, String actor) {
        FeedRun run = log.start(feedId, "on_demand", actor);
        background.submit(() -> importer.run(run));
        return run;
    }

    /** Pulls, one after another, every enabled feed whose refresh interval has passed. Returns how many ran. */
    public int pullDue() {
        int ran = 0;
        for (UUID feedId : dueFeeds()) {
            FeedRun run;
            try {
                run = log.start(feedId, "scheduled", null);
            } catch (ProblemException alreadyRunning) {
                continue; // another replica (or an on-demand pull) got there first
            }
            importer.run(run);
            ran++;
        }
        return ran;
    }

    @Transactional
    List<UUID> dueFeeds() {
        return feeds.due(Instant.now(clock));
    }

    private void apply(Feed feed, FeedDetails details) {
        String url = details.baseUrl().strip();
        URI uri;
        try {
            uri = new URI(url);
            if (!uri.isAbsolute() || uri.getHost() == null
                    || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
                throw new URISyntaxException(url, "not an absolute http(s) URL");
            }
        } catch (URISyntaxException e) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED,
                    "base_url must be the feed's http(s) address, such as https://directory.example.gov.uk/api.",
                    "base_url");
        }
        if ("http".equals(uri.getScheme()) && !config.allowPlainHttp()) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED,
                    "base_url must start with https:// (plain http is allowed only in local runs).", "base_url");
        }
        if (!config.allowPrivateAddresses()) {
            FeedAddresses.refusal(uri).ifPresent(why -> {
                throw new ProblemException(ProblemType.VALIDATION_FAILED,
                        "base_url must be a public internet address: " + why + ".", "base_url");
            });
        }
        if (feeds.urlTaken(url, feed.id)) {
            throw new ProblemException(ProblemType.CONFLICT, "A feed with this address is registered already.");
        }
        feed.name = details.name().strip();
        feed.baseUrl = url;
        feed.refreshMinutes = details.refreshMinutes() == null ? 1440 : details.refreshMinutes();
        feed.enabled = details.enabled() == null || details.enabled();
    }
}
