package org.socialprescribing.directory.service;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/** Pulls feeds whose refresh interval has passed (directory.feeds.check-every; "off" for on-demand only). */
@ApplicationScoped
public class FeedScheduler {

    private static final Logger LOG = Logger.getLogger(FeedScheduler.class);

    private final FeedService feeds;

    public FeedScheduler(FeedService feeds) {
        this.feeds = feeds;
    }

    @Scheduled(identity = "pull-due-feeds", every = "${directory.feeds.check-every:1m}", delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void pullDueFeeds() {
        try {
            feeds.pullDue();
        } catch (RuntimeException e) {
            // Caught here, or the scheduler logs the whole trace at ERROR (a database message can quote values).
            FailureLog.error(LOG, "Pulling the due feeds failed; the next check tries again", e);
        }
    }
}
