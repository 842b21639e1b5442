package org.socialprescribing.directory.service;

import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/**
 * Which version of the public directory this process has seen: bumped by every committed change
 * ({@link DirectoryChanged}). A copy of a public answer kept under one generation is never used under a later one,
 * so a change shows at once however the copy and the change interleave.
 */
@ApplicationScoped
public class DirectoryGeneration {

    private final AtomicLong generation = new AtomicLong();

    public long current() {
        return generation.get();
    }

    void directoryChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) DirectoryChanged change) {
        generation.incrementAndGet();
    }
}
