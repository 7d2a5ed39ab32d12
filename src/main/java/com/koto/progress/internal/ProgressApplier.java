package com.koto.progress.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import javax.sql.DataSource;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies the learning events of {@link ProgressInbox} to the read models, in batches:
 * {@code koto.progress.listener-threads} workers (platform threads {@code progress-N}) each lock what is
 * due in the inbox (at most {@code koto.progress.batch-size} events, oldest first, skipping rows another
 * worker or instance holds), apply it with {@link ProgressProjection#apply(List)} and delete it, in ONE
 * transaction: four round trips per batch, not per event. After a batch that did not fill up (no
 * backlog), and after being woken, a worker waits {@code koto.progress.batch-linger} (100 ms) so that
 * the next batch carries what arrived meanwhile; with a backlog it goes on at once. A worker is woken after the commit of
 * every transaction that added events on this instance ({@link #wake}) and otherwise looks every second
 * (events of an instance that crashed, deferred ones that became due).
 *
 * <p>A batch that fails is rolled back and its events are taken one at a time; an event that fails alone
 * is rolled back to a savepoint and deferred by {@code koto.progress.retry-after} in the same transaction
 * (its row stays, locked until the deferral commits; {@code attempts} counts) so it cannot hold up the
 * others and no other worker retries it before it is due. Each worker holds at most one database connection, only while it applies
 * a batch. Stopped with the application context (the batch in progress commits or rolls back; what is
 * pending stays in the inbox for the next start).
 *
 * <p>Meters: {@code koto.progress.events} (counter; {@code outcome=applied}: an event changed the read
 * models, {@code outcome=failed}: an event failed alone and was deferred; a duplicate that changed
 * nothing counts as neither), {@code koto.progress.apply} (timer, one batch's transaction),
 * {@code koto.progress.batch} (distribution summary, events per batch).
 */
@Component
public class ProgressApplier implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ProgressApplier.class);

    /** How long an idle worker sleeps before it looks at the inbox again, in ms. */
    private static final long IDLE_MS = 1_000;

    private final ProgressInbox inbox;
    private final ProgressProjection projection;
    private final TransactionTemplate tx;
    private final DataSource dataSource;
    private final ProgressProperties properties;
    private final Counter applied;
    private final Counter failed;
    private final Timer timer;
    private final DistributionSummary batches;
    private final Object signal = new Object();
    private final List<Thread> threads = new ArrayList<>();
    private boolean signalled;
    private volatile boolean running;

    ProgressApplier(ProgressInbox inbox, ProgressProjection projection, PlatformTransactionManager transactions,
            DataSource dataSource, ProgressProperties properties, MeterRegistry meters) {
        this.dataSource = dataSource;
        this.inbox = inbox;
        this.projection = projection;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.properties = properties;
        this.applied = counter(meters, "applied");
        this.failed = counter(meters, "failed");
        this.timer = Timer.builder("koto.progress.apply").description("One batch of learning events applied (one transaction)")
                .publishPercentiles(0.5, 0.95).register(meters);
        this.batches = DistributionSummary.builder("koto.progress.batch").baseUnit("events")
                .description("Learning events applied per transaction").register(meters);
    }

    private static Counter counter(MeterRegistry meters, String outcome) {
        return Counter.builder("koto.progress.events").description("Learning events applied to the progress read models")
                .tag("outcome", outcome).register(meters);
    }

    /** Wakes one idle worker: events were committed to the inbox. */
    void wake() {
        synchronized (signal) {
            signalled = true;
            signal.notify();
        }
    }

    /** Makes every deferred event due now and wakes the workers (what a restart would do). */
    public void retryNow() {
        inbox.retryNow();
        synchronized (signal) {
            signalled = true;
            signal.notifyAll();
        }
    }

    private void run() {
        int alone = 0; // after a failed batch of k events: the next k batches take one event each
        while (running) {
            try {
                int limit = alone > 0 ? 1 : properties.batchSize();
                int taken = applyDue(limit);
                if (taken < 0) {
                    alone = -taken;
                } else if (taken == 0) {
                    alone = 0;
                    idle();
                    linger();
                } else if (alone > 0) {
                    alone--;
                } else if (taken < limit) {
                    linger(); // no backlog: let the next batch gather what arrives meanwhile
                }
            } catch (InterruptedException e) {
                break;
            } catch (RuntimeException e) {
                // the database is unreachable or the like: look again later
                log.debug("Progress worker round failed", e);
                try {
                    Thread.sleep(IDLE_MS);
                } catch (InterruptedException stop) {
                    break;
                }
            }
        }
    }

    /**
     * Waits {@code koto.progress.batch-linger} before the next batch unless the application is stopping:
     * at a steady trickle of events one transaction then carries the events of that many milliseconds
     * instead of one or two (the lag grows by as much).
     */
    private void linger() throws InterruptedException {
        long ms = properties.batchLinger().toMillis();
        if (ms > 0 && running) {
            Thread.sleep(ms);
        }
    }

    private void idle() throws InterruptedException {
        synchronized (signal) {
            if (!signalled) {
                signal.wait(IDLE_MS);
            }
            signalled = false;
        }
    }

    /**
     * One transaction: lock up to {@code limit} due events, apply, delete. A single event is applied under a
     * savepoint: when it fails, the transaction rolls back to the savepoint, defers the event and commits,
     * so the event's row stays locked from its take to its deferral and no other worker can take it in
     * between (it would fail the same way and count a second failure).
     *
     * @return how many were applied; {@code -k} when a batch of k &gt; 1 failed (rolled back; taken one by one
     *         next); a single event that fails is deferred and counts as 1
     */
    private int applyDue(int limit) {
        List<ProgressInbox.Entry> taken = new ArrayList<>();
        RuntimeException[] alone = new RuntimeException[1];
        long start = System.nanoTime();
        try {
            Integer n = tx.execute(s -> {
                List<ProgressInbox.Entry> due = inbox.lockDue(limit);
                taken.addAll(due);
                if (due.isEmpty()) {
                    return 0;
                }
                Connection connection = DataSourceUtils.getConnection(dataSource); // the transaction's own
                Savepoint savepoint = due.size() == 1 ? savepoint(connection) : null;
                try {
                    List<Boolean> changed = projection.apply(due.stream().map(ProgressInbox.Entry::event).toList());
                    inbox.remove(due);
                    return (int) changed.stream().filter(Boolean::booleanValue).count();
                } catch (RuntimeException e) {
                    if (savepoint == null) {
                        throw e;
                    }
                    rollback(connection, savepoint);
                    inbox.defer(due.getFirst(), properties.retryAfter());
                    alone[0] = e;
                    return 0;
                }
            });
            if (taken.isEmpty()) {
                return 0;
            }
            if (alone[0] != null) {
                // counted after the commit: whoever sees the failure counted also sees it deferred (a
                // retryNow() in between would otherwise find nothing to bring forward)
                failed.increment();
                ProgressInbox.Entry one = taken.getFirst();
                log.warn("Learning event {} of session {} could not be applied to the progress read models (retried in {}): {}",
                        one.event().getClass().getSimpleName(), one.event().sessionId(), properties.retryAfter(),
                        alone[0].toString());
                return 1;
            }
            timer.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            batches.record(taken.size());
            applied.increment(n == null ? 0 : n);
            return taken.size();
        } catch (RuntimeException e) {
            if (taken.size() > 1) {
                log.debug("A batch of {} learning events failed ({}); taking them one by one", taken.size(), e.toString());
                return -taken.size();
            }
            throw e; // nothing taken (the database is unreachable or the like), or the deferral itself failed
        }
    }

    private static Savepoint savepoint(Connection connection) {
        try {
            return connection.setSavepoint();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot set a savepoint for a learning event", e);
        }
    }

    private static void rollback(Connection connection, Savepoint savepoint) {
        try {
            connection.rollback(savepoint);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot roll back a learning event to its savepoint", e);
        }
    }

    @Override
    public void start() {
        running = true;
        for (int i = 0; i < properties.listenerThreads(); i++) {
            threads.add(Thread.ofPlatform().name("progress-" + (i + 1)).daemon().start(this::run));
        }
    }

    @Override
    public void stop() {
        running = false;
        synchronized (signal) {
            signal.notifyAll();
        }
        for (Thread thread : threads) {
            try {
                thread.join(Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        threads.forEach(Thread::interrupt);
        threads.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
