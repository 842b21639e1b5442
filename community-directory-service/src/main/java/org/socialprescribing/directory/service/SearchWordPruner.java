package org.socialprescribing.directory.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.socialprescribing.directory.repository.SearchWordRepository;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import io.quarkus.scheduler.Scheduled;

/**
 * Keeps the spelling-correction word list to what public listings use, every directory.search-words.prune-every
 * ("off" to stop): removes words of listings that were archived, changed or unpublished since, and puts back any
 * that a write left out. Writes add new words as they happen.
 */
@ApplicationScoped
public class SearchWordPruner {

    private static final Logger LOG = Logger.getLogger(SearchWordPruner.class);

    private final SearchWordRepository words;
    private final Event<DirectoryChanged> directoryChanged;

    public SearchWordPruner(SearchWordRepository words, Event<DirectoryChanged> directoryChanged) {
        this.words = words;
        this.directoryChanged = directoryChanged;
    }

    /** At 100 000 services a run takes a few seconds (bench/README.md); the timeout leaves room for far more. */
    @Scheduled(identity = "prune-search-words", every = "${directory.search-words.prune-every:6h}", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    @TransactionConfiguration(timeout = 600)
    public void prune() {
        words.reconcile().filter(done -> done.removed() + done.added() > 0).ifPresent(done -> {
            LOG.infof("Spelling correction: %d words no public listing uses any more removed, %d missing ones added",
                    done.removed(), done.added());
            directoryChanged.fire(new DirectoryChanged("spelling correction")); // corrected searches may differ
        });
    }
}
