package com.koto.progress;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Progress settings ({@code koto.progress.*}); how they are used: {@code docs/progress.md}.
 *
 * @param rebuildOnStart  rebuild every read model from {@code session_events} once the application is
 *                        ready (e.g. after restoring a database backup), default {@code false}
 * @param listenerThreads lanes that apply learning events to the read models ({@link ProgressApplier}:
 *                        platform threads {@code progress-N}, not the application's executor),
 *                        default 2, at least 1; each holds one database connection while it applies
 *                        a batch
 * @param batchSize       learning events a lane applies in one transaction at most, default 256; the
 *                        listener's executor runs up to {@code listenerThreads × batchSize} listener
 *                        calls at once (virtual threads that wait for their batch)
 * @param listenerQueue   events waiting for those threads, default 50,000; an event arriving at a full
 *                        queue is not lost (its publication stays incomplete) and is applied by the
 *                        retry after {@code retryAfter}
 * @param rollupInterval  how often the lesson-level aggregates are rolled up from the deltas the
 *                        listener appends, default 500 ms (lesson analytics trail learners by about as
 *                        much)
 * @param rollupBatch     deltas rolled up per transaction, default 5,000
 * @param retryAfter      a learning-event publication still incomplete this long after it was
 *                        published (its listener failed, or the queue was full) is resubmitted,
 *                        default 2 minutes; checked every {@code retryAfter / 4}
 */
@ConfigurationProperties("koto.progress")
public record ProgressProperties(@DefaultValue("false") boolean rebuildOnStart, @DefaultValue("2") int listenerThreads,
        @DefaultValue("256") int batchSize, @DefaultValue("50000") int listenerQueue, @DefaultValue("500ms") Duration rollupInterval,
        @DefaultValue("5000") int rollupBatch, @DefaultValue("2m") Duration retryAfter) {

    public ProgressProperties {
        if (listenerThreads < 1 || batchSize < 1 || listenerQueue < 1 || rollupBatch < 1) {
            throw new IllegalArgumentException("koto.progress.listener-threads, batch-size, listener-queue and"
                    + " rollup-batch must be at least 1");
        }
        if (rollupInterval.isNegative() || rollupInterval.isZero() || retryAfter.isNegative() || retryAfter.isZero()) {
            throw new IllegalArgumentException("koto.progress.rollup-interval and retry-after must be positive");
        }
    }
}
