package com.koto.progress;

import com.koto.tutoring.LearningEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies learning events in batches: {@code koto.progress.listener-threads} lanes, each a platform
 * thread {@code progress-N} with its own queue; a learner's events always go to the same lane (by
 * learner id), so a lane never waits for another lane's row locks. A lane takes whatever has queued
 * up (at most {@code koto.progress.batch-size} events) and applies it in ONE transaction
 * ({@link ProgressProjection#apply(List)}: four round trips per batch, not per event), so when turns
 * arrive faster the batches grow and the cost per event falls; with one event queued it is applied at
 * once. A batch that fails is applied again event by event, so one bad event fails only itself.
 * Meter: {@code koto.progress.batch} (distribution summary, events per transaction).
 *
 * <p>Each lane holds at most one database connection, and only while it applies a batch.
 * {@link #apply} blocks its caller (the listener) until the event's batch committed, so the event's
 * publication in the registry is completed only then. Stopped with the application context: queued
 * events are failed (their publications stay incomplete and are resubmitted at the next start).
 */
@Component
class ProgressApplier implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ProgressApplier.class);

    private final ProgressProjection projection;
    private final TransactionTemplate tx;
    private final int batchSize;
    private final DistributionSummary batches;
    private final List<BlockingQueue<Pending>> lanes = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;

    ProgressApplier(ProgressProjection projection, PlatformTransactionManager transactions,
            ProgressProperties properties, MeterRegistry meters) {
        this.batches = DistributionSummary.builder("koto.progress.batch").baseUnit("events")
                .description("Learning events applied per transaction (one batch of a lane)").register(meters);
        this.projection = projection;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.batchSize = properties.batchSize();
        for (int i = 0; i < properties.listenerThreads(); i++) {
            lanes.add(new LinkedBlockingQueue<>());
        }
    }

    /** One event waiting for its batch, and the caller's result. */
    private record Pending(LearningEvent event, CompletableFuture<Boolean> done) {
    }

    /**
     * Applies the event with the next batch of its lane and waits until that batch committed.
     *
     * @return whether it changed the read models ({@code false}: applied before)
     * @throws RuntimeException the batch's failure (e.g. a lock time-out), or {@link CancellationException}
     *                          when the application stops first
     */
    boolean apply(LearningEvent event) {
        Pending pending = new Pending(event, new CompletableFuture<>());
        if (!running) {
            throw new CancellationException("The progress applier is stopped");
        }
        BlockingQueue<Pending> lane = lanes.get(Math.floorMod(event.learnerId().hashCode(), lanes.size()));
        lane.add(pending);
        if (!running) {
            failAll(lane); // stopped meanwhile: nobody will take it
        }
        try {
            return pending.done().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private void run(BlockingQueue<Pending> lane) {
        List<Pending> batch = new ArrayList<>(batchSize);
        while (running) {
            try {
                Pending first = lane.poll(500, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                lane.drainTo(batch, batchSize - 1);
                applyBatch(batch);
            } catch (InterruptedException e) {
                break;
            } finally {
                batch.clear();
            }
        }
        failAll(lane);
    }

    private void applyBatch(List<Pending> batch) {
        batches.record(batch.size());
        try {
            List<Boolean> changed = tx.execute(s -> projection.apply(batch.stream().map(Pending::event).toList()));
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).done().complete(changed.get(i));
            }
        } catch (RuntimeException e) {
            if (batch.size() == 1) {
                batch.getFirst().done().completeExceptionally(e);
                return;
            }
            log.debug("A batch of {} learning events failed ({}); applying them one by one", batch.size(), e.toString());
            for (Pending one : batch) {
                applyBatch(List.of(one));
            }
        }
    }

    private static void failAll(BlockingQueue<Pending> lane) {
        Pending left;
        while ((left = lane.poll()) != null) {
            left.done().completeExceptionally(new CancellationException("The application is stopping"));
        }
    }

    @Override
    public void start() {
        running = true;
        for (int i = 0; i < lanes.size(); i++) {
            BlockingQueue<Pending> lane = lanes.get(i);
            threads.add(Thread.ofPlatform().name("progress-" + (i + 1)).daemon().start(() -> run(lane)));
        }
    }

    @Override
    public void stop() {
        running = false;
        for (Thread thread : threads) {
            try {
                // the batch in progress finishes (≤ the statement time-out); the lane then fails what is left
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        for (Thread thread : threads) {
            thread.interrupt();
        }
        threads.clear();
        lanes.forEach(ProgressApplier::failAll);
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
