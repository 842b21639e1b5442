package org.socialprescribing.directory.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.socialprescribing.directory.repository.SearchWordRepository;

import io.quarkus.scheduler.Scheduled;

/**
 * Prunes the spelling-correction word list every directory.search-words.prune-every ("off" to stop): words of
 * listings that were archived, changed or unpublished since. New words are added as listings are written.
 */
@ApplicationScoped
public class SearchWordPruner {

    private static final Logger LOG = Logger.getLogger(SearchWordPruner.class);

    private final SearchWordRepository words;

    public SearchWordPruner(SearchWordRepository words) {
        this.words = words;
    }

    @Scheduled(identity = "prune-search-words", every = "${directory.search-words.prune-every:6h}", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    public void prune() {
        int pruned = words.prune();
        if (pruned > 0) {
            LOG.infof("Spelling correction: %d words no public listing uses any more were removed", pruned);
        }
    }
}
