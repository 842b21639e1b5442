package org.socialprescribing.directory.service;

import org.socialprescribing.directory.client.OrukFeedClient;

/**
 * The caps on one run (directory.feeds.max-pages, directory.feeds.max-records): a feed that reports page after page
 * (or never its last one), or more services than any directory holds, stops at a cap instead of running until the run
 * is abandoned. What was read up to the cap is written; the run then ends, saying which cap stopped it.
 */
final class FeedRunLimits {

    private final int maxPages;
    private final int maxRecords;
    private int pages;
    private int records;
    private String stopped;

    FeedRunLimits(int maxPages, int maxRecords) {
        this.maxPages = maxPages;
        this.maxRecords = maxRecords;
    }

    /** The part of the next page this run takes: all of it, or up to a cap (then marked the last one taken). */
    OrukFeedClient.FeedPage take(OrukFeedClient.FeedPage page) {
        pages++;
        int room = maxRecords - records;
        if (page.services().size() > room || (page.services().size() == room && !page.lastPage())) {
            records = maxRecords;
            stopped = "Stopped at directory.feeds.max-records (" + maxRecords + " services); the feed lists more."
                    + " What was read up to there is kept, and nothing was withdrawn.";
            return new OrukFeedClient.FeedPage(page.services().subList(0, room), true);
        }
        records += page.services().size();
        if (pages >= maxPages && !page.lastPage()) {
            stopped = "Stopped at directory.feeds.max-pages (" + maxPages + " pages); the feed reports more."
                    + " What was read up to there is kept, and nothing was withdrawn.";
            return new OrukFeedClient.FeedPage(page.services(), true);
        }
        return page;
    }

    /** Why the run stopped at a cap, or null if it did not. */
    String stopped() {
        return stopped;
    }
}
