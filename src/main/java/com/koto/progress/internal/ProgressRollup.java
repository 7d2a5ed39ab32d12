package com.koto.progress.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The lesson-level aggregates ({@code progress_versions}, {@code progress_stage_reached},
 * {@code progress_activities}, the failure counts of {@code progress_answers}) are rolled up here, in
 * batches, from the deltas the listener appends ({@code progress_lesson_deltas}): every
 * {@code koto.progress.rollup-interval}, one transaction deletes up to {@code koto.progress.rollup-batch}
 * deltas and adds their sums with one upsert per key. Delete and upsert commit together, so a delta
 * counts exactly once; sums and maxima do not depend on order. One instance at a time rolls up: the
 * transaction first takes the PostgreSQL advisory lock {@value #LOCK} with {@code pg_try_advisory_xact_lock}
 * and skips the round when another instance holds it (a non-blocking variant of the platform's
 * {@code ClusterLock}, released with the transaction).
 *
 * <p>On the same timer, on every instance: the gauge {@code koto.progress.lag} (seconds; the age of the
 * oldest learning event not yet in the read models: the oldest event of {@code progress_inbox}, or the
 * oldest delta not rolled up, whichever is older; 0 when none; NaN while the database cannot be read).
 */
@Component
public class ProgressRollup implements SmartLifecycle {

    /** Name of the advisory lock of the roll-up (hashed with {@code hashtext}). */
    static final String LOCK = "koto.progress.rollup";

    private static final Logger log = LoggerFactory.getLogger(ProgressRollup.class);

    /**
     * One round: delete the oldest deltas and add their sums to the aggregates, one upsert per key
     * (the statements of a WITH run on one snapshot; each touches another table).
     */
    private static final String ROLL_UP = """
            with batch as (
                delete from progress_lesson_deltas where id in (
                    select id from progress_lesson_deltas order by id limit :limit)
                returning *),
            versions as (
                insert into progress_versions (lesson_version_id, lesson_id, started, completed, abandoned)
                select lesson_version_id, lesson_id, sum(started), sum(completed), sum(abandoned) from batch
                where started + completed + abandoned > 0 group by lesson_version_id, lesson_id
                on conflict (lesson_version_id) do update set started = progress_versions.started + excluded.started,
                    completed = progress_versions.completed + excluded.completed,
                    abandoned = progress_versions.abandoned + excluded.abandoned),
            reached as (
                insert into progress_stage_reached (lesson_version_id, stage_index, sessions)
                select lesson_version_id, reached_stage, count(*) from batch where reached_stage is not null
                group by lesson_version_id, reached_stage
                on conflict (lesson_version_id, stage_index) do update set
                    sessions = progress_stage_reached.sessions + excluded.sessions),
            activities as (
                insert into progress_activities (lesson_version_id, activity_key, stage_index, attempts, score_sum,
                    first_tries, first_try_passes, passes, pass_attempt_sum)
                select lesson_version_id, activity_key, min(stage_index), count(*), sum(score), sum(first_try),
                    sum(first_try_pass), sum(pass), sum(pass_attempt)
                from batch where activity_key is not null group by lesson_version_id, activity_key
                on conflict (lesson_version_id, activity_key) do update set
                    attempts = progress_activities.attempts + excluded.attempts,
                    score_sum = progress_activities.score_sum + excluded.score_sum,
                    first_tries = progress_activities.first_tries + excluded.first_tries,
                    first_try_passes = progress_activities.first_try_passes + excluded.first_try_passes,
                    passes = progress_activities.passes + excluded.passes,
                    pass_attempt_sum = progress_activities.pass_attempt_sum + excluded.pass_attempt_sum),
            answers as (
                insert into progress_answers (lesson_id, activity_key, normalized, example, failures, last_seen)
                select lesson_id, activity_key, failed_answer, (array_agg(failed_example order by id))[1], count(*),
                    max(occurred_at)
                from batch where failed_answer is not null group by lesson_id, activity_key, failed_answer
                on conflict (lesson_id, activity_key, normalized) do update set
                    failures = progress_answers.failures + excluded.failures,
                    last_seen = greatest(progress_answers.last_seen, excluded.last_seen))
            select count(*) from batch""";

    private static final String LAG = """
            select greatest(0, extract(epoch from now() - least(
                (select created_at from progress_inbox order by id limit 1),
                (select created_at from progress_lesson_deltas order by id limit 1))))""";

    private final JdbcClient db;
    private final TransactionTemplate tx;
    private final ProgressProperties properties;
    private volatile double lagSeconds;
    private volatile ScheduledExecutorService timer;
    private long nextWarning;

    ProgressRollup(JdbcClient db, PlatformTransactionManager transactions, ProgressProperties properties,
            MeterRegistry meters) {
        this.db = db;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.properties = properties;
        Gauge.builder("koto.progress.lag", this, r -> r.lagSeconds).baseUnit("seconds")
                .description("Age of the oldest learning event not yet applied to the progress read models (0: none)")
                .register(meters);
    }

    /**
     * One round on this instance, unless another holds the lock: rolls up at most
     * {@code koto.progress.rollup-batch} deltas.
     *
     * @return deltas rolled up, or -1 when another instance was rolling up
     */
    int rollUpOnce() {
        Integer n = tx.execute(status -> {
            db.sql("set local synchronous_commit = off").update();
            if (!Boolean.TRUE.equals(db.sql("select pg_try_advisory_xact_lock(hashtext(?))").param(LOCK)
                    .query(Boolean.class).single())) {
                return -1;
            }
            return batch(properties.rollupBatch());
        });
        return n == null ? 0 : n;
    }

    /**
     * Rolls up until no delta is left (rounds of {@code rollup-batch}, each its own transaction); stops
     * early when another instance holds the lock.
     *
     * @return deltas rolled up by this call
     */
    public int rollUp() {
        int total = 0;
        while (true) {
            int n = rollUpOnce();
            if (n <= 0) {
                return total;
            }
            total += n;
            if (n < properties.rollupBatch()) {
                return total;
            }
        }
    }

    /**
     * Rolls up every delta inside the caller's transaction, waiting for the lock (the rebuild: its replay
     * and the roll-up commit together).
     *
     * @return deltas rolled up
     */
    @Transactional(propagation = Propagation.MANDATORY)
    int rollUpAllInCurrentTransaction() {
        db.sql("select pg_advisory_xact_lock(hashtext(?))").param(LOCK).query().singleRow();
        int total = 0;
        int n;
        do {
            n = batch(properties.rollupBatch());
            total += n;
        } while (n > 0);
        return total;
    }

    private int batch(int limit) {
        return db.sql(ROLL_UP).param("limit", limit).query(Integer.class).single();
    }

    /** Reads the lag now (also what the gauge shows until the next tick). */
    public double refreshLag() {
        Double seconds = db.sql(LAG).query(Double.class).optional().orElse(null);
        lagSeconds = seconds == null ? 0 : seconds;
        return lagSeconds;
    }

    /** The value of {@code koto.progress.lag} as of the last tick. */
    double lagSeconds() {
        return lagSeconds;
    }

    private void tick() {
        try {
            rollUp();
            refreshLag();
        } catch (RuntimeException e) {
            lagSeconds = Double.NaN;
            long now = System.nanoTime();
            if (now - nextWarning >= 0) {
                nextWarning = now + TimeUnit.MINUTES.toNanos(1);
                log.warn("Progress roll-up failed (retried every {}): {}", properties.rollupInterval(), e.toString());
            } else {
                log.debug("Progress roll-up failed", e);
            }
        }
    }

    @Override
    public void start() {
        ScheduledExecutorService t = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("progress-rollup").daemon().factory());
        nextWarning = System.nanoTime();
        long every = properties.rollupInterval().toMillis();
        t.scheduleWithFixedDelay(this::tick, every, every, TimeUnit.MILLISECONDS);
        timer = t;
    }

    @Override
    public void stop() {
        ScheduledExecutorService t = timer;
        timer = null;
        if (t != null) {
            t.shutdown();
            try {
                t.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return timer != null;
    }
}
