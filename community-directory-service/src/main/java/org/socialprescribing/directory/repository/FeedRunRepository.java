package org.socialprescribing.directory.repository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.socialprescribing.directory.FeedRun;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

/** Run reports of feeds, newest first. */
@ApplicationScoped
public class FeedRunRepository implements PanacheRepositoryBase<FeedRun, UUID> {

    public List<FeedRun> ofFeed(UUID feedId, int page, int perPage) {
        return find("feedId", Sort.descending("startedAt").and("id"), feedId).page(Page.of(page - 1, perPage))
                .list();
    }

    /** Runs a dead process left "running" are closed as failed when their feed is claimed again. */
    public void abandon(UUID feedId, Instant now) {
        update("outcome = 'failed', finishedAt = ?1, error = 'The run stopped without finishing"
                + " (its process ended).' where feedId = ?2 and outcome = 'running'", now, feedId);
    }
}
