package com.koto.progress;

import com.koto.tutoring.LearningEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Feeds tutoring's {@link LearningEvent}s into the read models. Each method is what
 * {@code @ApplicationModuleListener} stands for (after the turn's commit, asynchronously, in its own
 * transaction, with a publication in Spring Modulith's registry that is completed only when the update
 * commits) except that it runs on the module's own bounded executor ({@link ProgressConfiguration#EXECUTOR})
 * instead of the application's, and that the update is made by {@link ProgressApplier} together with the
 * other events that arrived meanwhile (one transaction per batch), so under load the listener neither
 * takes the connections the turns need nor pays a transaction per event.
 *
 * <p>The update touches only rows of the event's learner and session, and appends one delta for the
 * lesson-level figures ({@link ProgressRollup} folds those in): learners never wait for each other's
 * row locks. Its commit is asynchronous ({@code synchronous_commit = off}, {@link ProgressProjection#apply}):
 * a crash can lose it only together with the later completion of its publication, which is then
 * resubmitted.
 *
 * <p>Meters: {@code koto.progress.apply} (timer: one listener call, from its start to the commit of its
 * event's batch), {@code koto.progress.events}
 * (counter, {@code outcome=applied}: an event changed the read models; {@code outcome=failed}: the
 * attempt failed or was refused by the full queue and the event will be retried; a duplicate that
 * changed nothing counts as neither).
 */
@Component
class ProgressListener {

    private final ProgressApplier applier;
    private final Timer timer;
    private final Counter applied;
    private final Counter failed;

    ProgressListener(ProgressApplier applier, MeterRegistry meters) {
        this.applier = applier;
        this.timer = Timer.builder("koto.progress.apply")
                .description("From a listener call to the commit of its event's batch of read-model updates")
                .publishPercentiles(0.5, 0.95).register(meters);
        this.applied = counter(meters, "applied");
        this.failed = counter(meters, "failed");
    }

    static Counter counter(MeterRegistry meters, String outcome) {
        return Counter.builder("koto.progress.events").description("Learning events applied to the progress read models")
                .tag("outcome", outcome).register(meters);
    }

    @Async(ProgressConfiguration.EXECUTOR)
    @TransactionalEventListener
    void on(LearningEvent.SessionStarted event) {
        apply(event);
    }

    @Async(ProgressConfiguration.EXECUTOR)
    @TransactionalEventListener
    void on(LearningEvent.TurnRecorded event) {
        apply(event);
    }

    @Async(ProgressConfiguration.EXECUTOR)
    @TransactionalEventListener
    void on(LearningEvent.SessionCompleted event) {
        apply(event);
    }

    @Async(ProgressConfiguration.EXECUTOR)
    @TransactionalEventListener
    void on(LearningEvent.SessionEnded event) {
        apply(event);
    }

    /**
     * Applies the event with its lane's next batch and returns when that batch committed; a failure is
     * counted and rethrown, so the publication stays incomplete (and is retried).
     */
    private void apply(LearningEvent event) {
        long start = System.nanoTime();
        boolean changed;
        try {
            changed = applier.apply(event);
        } catch (RuntimeException e) {
            failed.increment();
            throw e;
        }
        timer.record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
        if (changed) {
            applied.increment();
        }
    }
}
