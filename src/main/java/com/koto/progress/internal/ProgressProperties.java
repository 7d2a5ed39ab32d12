package com.koto.progress.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Progress settings ({@code koto.progress.*}); how they are used: {@code docs/progress.md}.
 *
 * @param rebuildOnStart  rebuild every read model from {@code session_events} once the application is
 *                        ready (e.g. after restoring a database backup), default {@code false}
 * @param listenerThreads workers that apply the learning events of the inbox to the read models
 *                        ({@link ProgressApplier}: platform threads {@code progress-N}), default 2, at
 *                        least 1; each holds one database connection while it applies a batch
 * @param batchSize       learning events a worker applies in one transaction at most, default 256
 * @param batchLinger     how long a worker waits before a batch when there is no backlog, so that one
 *                        transaction carries the events of that long, default 100 ms (the read models
 *                        trail the turns by as much more); 0 applies each event as soon as it commits
 * @param rollupInterval  how often the lesson-level aggregates are rolled up from the deltas the
 *                        listener appends, default 500 ms (lesson analytics trail learners by about as
 *                        much)
 * @param rollupBatch     deltas rolled up per transaction, default 5,000
 * @param retryAfter      a learning event whose update failed is tried again this long after the
 *                        failure, default 2 minutes (the other events go on meanwhile)
 */
@ConfigurationProperties("koto.progress")
public record ProgressProperties(@DefaultValue("false") boolean rebuildOnStart, @DefaultValue("2") int listenerThreads,
        @DefaultValue("256") int batchSize, @DefaultValue("100ms") Duration batchLinger,
        @DefaultValue("500ms") Duration rollupInterval,
        @DefaultValue("5000") int rollupBatch, @DefaultValue("2m") Duration retryAfter) {

    public ProgressProperties {
        if (listenerThreads < 1 || batchSize < 1 || rollupBatch < 1) {
            throw new IllegalArgumentException("koto.progress.listener-threads, batch-size and rollup-batch must be"
                    + " at least 1");
        }
        if (batchLinger.isNegative()) {
            throw new IllegalArgumentException("koto.progress.batch-linger must not be negative");
        }
        if (rollupInterval.isNegative() || rollupInterval.isZero() || retryAfter.isNegative() || retryAfter.isZero()) {
            throw new IllegalArgumentException("koto.progress.rollup-interval and retry-after must be positive");
        }
    }
}
