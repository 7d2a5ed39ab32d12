package com.koto.progress;

import com.koto.tutoring.LearningEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Runs the progress listener asynchronously on its own executor (so a turn does not wait for the read
 * models; the events are applied by {@link ProgressApplier}'s lanes, which take at most
 * {@code koto.progress.listener-threads} database connections from the turns), and resubmits the learning events whose listeners had not completed:
 * once the application is ready (a crash between a turn's commit and its listener) and, by
 * {@link ProgressRollup}, any still incomplete {@code koto.progress.retry-after} after publication.
 * Only {@link LearningEvent}s are resubmitted here; other modules' publications are theirs to handle.
 *
 * <p>The application's own task executor stays what it was for every other {@code @Async} use:
 * {@code spring.task.execution.mode=force} (application.yml) keeps Spring Boot's
 * {@code applicationTaskExecutor} although this module declares an executor bean.
 */
@Configuration
@EnableAsync
class ProgressConfiguration {

    /** Bean name of the listener's executor ({@code @Async} qualifier). */
    static final String EXECUTOR = "progressListenerExecutor";

    private static final Logger log = LoggerFactory.getLogger(ProgressConfiguration.class);

    private final IncompleteEventPublications incomplete;

    ProgressConfiguration(IncompleteEventPublications incomplete) {
        this.incomplete = incomplete;
    }

    /**
     * The listener calls: virtual threads {@code progress-listener-N}, at most
     * {@code listener-threads × batch-size} at once (each waits for its event's batch,
     * {@link ProgressApplier}, holding no database connection meanwhile; the registry's own bookkeeping
     * around a call takes one briefly), with a queue of {@code listener-queue} events. An event refused by
     * a full queue is counted as {@code koto.progress.events{outcome=failed}} and left to the retry (its
     * publication is incomplete).
     */
    @Bean(EXECUTOR)
    ThreadPoolTaskExecutor progressListenerExecutor(ProgressProperties properties, MeterRegistry meters) {
        Counter refused = ProgressListener.counter(meters, "failed");
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setThreadFactory(Thread.ofVirtual().name("progress-listener-", 1).factory());
        int calls = Math.multiplyExact(properties.listenerThreads(), properties.batchSize());
        executor.setCorePoolSize(calls);
        executor.setMaxPoolSize(calls);
        executor.setQueueCapacity(properties.listenerQueue());
        executor.setRejectedExecutionHandler((task, pool) -> {
            refused.increment();
            log.debug("Progress listener queue full: the event is left to the retry");
        });
        // in-flight events finish at shutdown; queued ones stay incomplete and are resubmitted at the next start
        executor.setWaitForTasksToCompleteOnShutdown(false);
        executor.setAwaitTerminationSeconds(5);
        return executor;
    }

    @EventListener(ApplicationReadyEvent.class)
    void resubmitOutstanding() {
        resubmit();
    }

    /** Resubmits every incomplete publication of a learning event. */
    void resubmit() {
        incomplete.resubmitIncompletePublications(p -> p.getEvent() instanceof LearningEvent);
        log.debug("Resubmitted incomplete learning-event publications");
    }

    /** Resubmits the incomplete publications of learning events published before {@code before}. */
    void resubmitPublishedBefore(Instant before) {
        incomplete.resubmitIncompletePublications(
                p -> p.getEvent() instanceof LearningEvent && p.getPublicationDate().isBefore(before));
    }
}
