package org.socialprescribing.directory.service;

import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.interceptor.Interceptor;

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

    /** Before other observers of the change (they may drop copies, now unreachable, to free their memory). */
    void directoryChanged(
            @Observes(during = TransactionPhase.AFTER_SUCCESS) @Priority(Interceptor.Priority.LIBRARY_BEFORE) DirectoryChanged change) {
        generation.incrementAndGet();
    }
}
