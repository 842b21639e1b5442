package org.socialprescribing.directory.service;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.scheduler.Scheduled;

/** Pulls feeds whose refresh interval has passed (directory.feeds.check-every; "off" for on-demand only). */
@ApplicationScoped
public class FeedScheduler {

    private final FeedService feeds;

    public FeedScheduler(FeedService feeds) {
        this.feeds = feeds;
    }

    @Scheduled(identity = "pull-due-feeds", every = "${directory.feeds.check-every:1m}", delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void pullDueFeeds() {
        feeds.pullDue();
    }
}
