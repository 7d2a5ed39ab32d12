package com.koto.progress.internal;

import com.koto.tutoring.LearningEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Accepts tutoring's {@link LearningEvent}s for the read models: synchronously, inside the transaction
 * that publishes the event (the turn's), it inserts the event into {@link ProgressInbox} — one
 * statement, committed or rolled back with the turn, so an accepted event survives a crash and a
 * rolled-back turn leaves none — and, after the commit, wakes a {@link ProgressApplier} worker, which
 * applies it (with whatever else queued up) off the turn's thread.
 *
 * <p>Why an inbox and not Spring Modulith's event publication registry with an asynchronous listener
 * (what this module used until session 4): the registry gives the same guarantee, but marks every
 * publication processing and then completed with two more statements, each on a pooled connection
 * of its own, per event and listener. Measured (docs/progress.md): that bookkeeping cost more CPU than
 * the read-model update itself, and with the listener calls that batching needs waiting at once it
 * took the pool from the turns ({@code Connection is not available} during a backlog).
 */
@Component("progressListener")
public class ProgressListener {

    private final ProgressInbox inbox;
    private final ProgressApplier applier;

    ProgressListener(ProgressInbox inbox, ProgressApplier applier) {
        this.inbox = inbox;
        this.applier = applier;
    }

    @EventListener
    void on(LearningEvent event) {
        inbox.add(event);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    applier.wake();
                }
            });
        } else {
            applier.wake();
        }
    }
}
