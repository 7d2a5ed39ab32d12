package com.koto.progress.internal;

import com.koto.tutoring.SessionRecords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rebuilds the progress read models from {@code session_events}: in one transaction, the derived
 * tables are emptied (the answer review queue keeps its rows, decisions and reports; only its failure
 * counts restart from 0) and every recorded session is replayed through the same projection the live
 * listeners use ({@link SessionRecords#replay}), whose lesson-level deltas are rolled up in the same
 * transaction (holding the roll-up's advisory lock). Live listeners wait on the table lock meanwhile and
 * then find their events applied (or time out and are retried). Run it from the command line with
 * {@code --koto.progress.rebuild-on-start=true} (start-up seeding, {@link ProgressSeeding}), or call
 * {@link #rebuild()} as an admin.
 */
@Service
public class ProgressRebuild {

    private static final Logger log = LoggerFactory.getLogger(ProgressRebuild.class);

    private final JdbcClient db;
    private final SessionRecords records;
    private final ProgressProjection projection;
    private final ProgressRollup rollup;

    ProgressRebuild(JdbcClient db, SessionRecords records, ProgressProjection projection, ProgressRollup rollup) {
        this.db = db;
        this.records = records;
        this.projection = projection;
        this.rollup = rollup;
    }

    /**
     * Rebuilds every read model (ADMIN).
     *
     * @return how many sessions were replayed
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public int rebuild() {
        return run();
    }

    /** The rebuild in one transaction (start-up seeding calls it without a signed-in admin). */
    @Transactional
    int run() {
        long start = System.nanoTime();
        // the workers pause (they take this lock shared per batch) rather than time out on the table lock
        db.sql("select pg_advisory_xact_lock(hashtext(?))").param(ProgressInbox.REBUILD_LOCK).query().singleRow();
        db.sql("lock table progress_applied in exclusive mode").update();
        // no roll-up (of any instance) runs meanwhile; the replay's deltas are rolled up before the commit
        db.sql("select pg_advisory_xact_lock(hashtext(?))").param(ProgressRollup.LOCK).query().singleRow();
        db.sql("truncate " + String.join(", ", ProgressProjection.TABLES)).update();
        db.sql("update progress_answers set failures = 0").update();
        int sessions = records.replay(projection::apply);
        rollup.rollUpAllInCurrentTransaction();
        db.sql("delete from progress_answers where failures = 0 and reports = 0 and status = 'open'").update();
        log.info("Rebuilt the progress read models from {} sessions in {} ms (committing)", sessions,
                (System.nanoTime() - start) / 1_000_000);
        return sessions;
    }
}
