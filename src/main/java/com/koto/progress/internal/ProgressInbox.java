package com.koto.progress.internal;

import com.koto.tutoring.LearningEvent;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The table {@code progress_inbox}: learning events accepted with the transaction that published them
 * and not yet applied to the read models. A row is written by {@link #add} in the publisher's
 * transaction (so it exists exactly when the turn committed, also across a crash) and deleted by the
 * transaction that applies it ({@link ProgressApplier}); several workers and instances share the table
 * with {@code FOR UPDATE SKIP LOCKED}.
 */
@Component
class ProgressInbox {

    private static final Map<String, Class<? extends LearningEvent>> TYPES = Map.of(
            "SessionStarted", LearningEvent.SessionStarted.class,
            "TurnRecorded", LearningEvent.TurnRecorded.class,
            "SessionCompleted", LearningEvent.SessionCompleted.class,
            "SessionEnded", LearningEvent.SessionEnded.class);

    /**
     * Advisory lock (hashed with {@code hashtext}) a rebuild holds exclusively for its transaction; workers
     * take it shared with each batch, so they pause, instead of failing on the rebuild's table lock.
     */
    static final String REBUILD_LOCK = "koto.progress.rebuild";

    private final JdbcClient db;
    private final JsonMapper json;

    ProgressInbox(JdbcClient db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    /** One pending event and its row id. */
    record Entry(long id, LearningEvent event) {
    }

    /** Inserts the event, in the caller's transaction if there is one. */
    void add(LearningEvent event) {
        db.sql("insert into progress_inbox (event_type, payload) values (?, ?)")
                .params(event.getClass().getSimpleName(), json.writeValueAsString(event)).update();
    }

    /**
     * Locks up to {@code limit} due events, oldest first, skipping rows another worker holds; in the
     * caller's transaction, which must delete them ({@link #remove}) or let them go by rolling back.
     * None while a rebuild runs.
     */
    List<Entry> lockDue(int limit) {
        // nothing while a rebuild runs (it holds REBUILD_LOCK exclusively and replays the log itself)
        return db.sql("""
                with gate as (select pg_try_advisory_xact_lock_shared(hashtext(?)) as open)
                select id, event_type, payload from progress_inbox, gate where gate.open and due_at <= now()
                order by id limit ? for update of progress_inbox skip locked""")
                .params(REBUILD_LOCK, limit)
                .query((rs, i) -> new Entry(rs.getLong(1), json.readValue(rs.getString(3), TYPES.get(rs.getString(2)))))
                .list();
    }

    /** Deletes applied events. */
    void remove(List<Entry> entries) {
        db.sql("delete from progress_inbox where id = any(cast(? as bigint[]))")
                .param(PgArrays.of(entries, e -> Long.toString(e.id()))).update();
    }

    /** Puts a failed event back for a retry after {@code delay}. */
    void defer(Entry entry, Duration delay) {
        db.sql("update progress_inbox set attempts = attempts + 1, due_at = now() + make_interval(secs => ?) where id = ?")
                .params(delay.toMillis() / 1000.0, entry.id()).update();
    }

    /** Makes every pending event due now (deferred ones included). */
    int retryNow() {
        return db.sql("update progress_inbox set due_at = now() where due_at > now()").update();
    }
}
