package com.koto.progress;

import com.koto.identity.AccountView;
import com.koto.identity.Accounts;
import com.koto.tutoring.LearningEvent;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies one {@link LearningEvent} to the read models, once: the event's log entry
 * {@code (session_id, seq)} is claimed in {@code progress_applied} in the same transaction, so a
 * redelivered event changes nothing. Every update is a sum, a max or a min, so the figures do not
 * depend on the order events arrive in (the attempt number travels with each turn).
 */
@Component
class ProgressProjection {

    private final JdbcClient db;
    private final Accounts accounts;

    ProgressProjection(JdbcClient db, Accounts accounts) {
        this.db = db;
        this.accounts = accounts;
    }

    /**
     * Applies the event unless it was applied before.
     *
     * @return whether it changed the read models
     */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean apply(LearningEvent event) {
        int claimed = db.sql("insert into progress_applied (session_id, seq) values (?, ?) on conflict do nothing")
                .params(event.sessionId(), event.eventSeq()).update();
        if (claimed == 0) {
            return false;
        }
        switch (event) {
            case LearningEvent.SessionStarted e -> started(e);
            case LearningEvent.TurnRecorded e -> turn(e);
            case LearningEvent.SessionCompleted e -> completed(e);
            case LearningEvent.SessionEnded e -> ended(e);
        }
        return true;
    }

    private void started(LearningEvent.SessionStarted e) {
        long delta = touchSession(e.sessionId(), e.learnerId(), e.lessonId(), e.lessonVersionId(), e.instructionLang(),
                e.occurredAt(), 0, 0);
        learner(e.learnerId(), e.instructionLang(), e.occurredAt(), 1, 0, 0, 0, 0, delta);
        db.sql("""
                insert into progress_learner_lessons (learner_id, lesson_id, sessions_started, last_active)
                values (?, ?, 1, ?)
                on conflict (learner_id, lesson_id) do update set
                    sessions_started = progress_learner_lessons.sessions_started + 1,
                    last_active = greatest(progress_learner_lessons.last_active, excluded.last_active)""")
                .params(e.learnerId(), e.lessonId(), ts(e.occurredAt())).update();
        delta(new Delta(e.lessonVersionId(), e.lessonId(), e.occurredAt()).started().reached(0));
    }

    private void turn(LearningEvent.TurnRecorded e) {
        long delta = touchSession(e.sessionId(), e.learnerId(), e.lessonId(), e.lessonVersionId(), e.instructionLang(),
                e.occurredAt(), 1, e.score());
        learner(e.learnerId(), e.instructionLang(), e.occurredAt(), 0, 0, 0, 1, e.score(), delta);
        lessonActive(e.learnerId(), e.lessonId(), e.occurredAt());
        LocalDate week = week(e.occurredAt());
        db.sql("""
                insert into progress_learner_weeks (learner_id, week, turns, score_sum) values (?, ?, 1, ?)
                on conflict (learner_id, week) do update set turns = progress_learner_weeks.turns + 1,
                    score_sum = progress_learner_weeks.score_sum + excluded.score_sum""")
                .params(e.learnerId(), week, e.score()).update();
        boolean first = e.attempt() == 1;
        Delta lessonShare = new Delta(e.lessonVersionId(), e.lessonId(), e.occurredAt())
                .turn(e.activityKey(), e.stageIndex(), e.score(), first, e.passed(), e.attempt());
        if (e.stageCompleted()) {
            lessonShare.reached(e.stageIndex() + 1);
        }
        if (!e.passed()) {
            String normalized = Answers.normalise(e.answer());
            if (!normalized.isEmpty()) {
                lessonShare.failed(normalized, e.answer().strip());
            }
        }
        delta(lessonShare);
        if (e.passed()) {
            return;
        }
        Set<String> categories = new HashSet<>();
        int ordinal = 0;
        for (LearningEvent.TurnError error : e.errors()) {
            String category = error.category().wireName();
            categories.add(category);
            db.sql("""
                    insert into progress_weak_examples (session_id, seq, ordinal, learner_id, category, answer, original,
                        correction, corrected, occurred_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(e.sessionId(), e.eventSeq(), ordinal++, e.learnerId(), category, e.answer(),
                            nz(error.original()), nz(error.correction()), e.modelAnswer(), ts(e.occurredAt()))
                    .update();
        }
        // a weak point counts failed answers with an error of the category (not each error span)
        for (String category : categories) {
            db.sql("""
                    insert into progress_weak_points (learner_id, category, week, errors) values (?, ?, ?, 1)
                    on conflict (learner_id, category, week) do update set errors = progress_weak_points.errors + 1""")
                    .params(e.learnerId(), category, week).update();
        }
    }

    private void completed(LearningEvent.SessionCompleted e) {
        long delta = touchSession(e.sessionId(), e.learnerId(), e.lessonId(), e.lessonVersionId(), null,
                e.occurredAt(), 0, 0);
        db.sql("update progress_sessions set status = 'completed', total_score = ? where session_id = ?")
                .params(e.totalScore(), e.sessionId()).update();
        learner(e.learnerId(), null, e.occurredAt(), 0, 1, 0, 0, 0, delta);
        db.sql("""
                insert into progress_learner_lessons (learner_id, lesson_id, sessions_completed, best_score, last_active)
                values (?, ?, 1, ?, ?)
                on conflict (learner_id, lesson_id) do update set
                    sessions_completed = progress_learner_lessons.sessions_completed + 1,
                    best_score = greatest(progress_learner_lessons.best_score, excluded.best_score),
                    last_active = greatest(progress_learner_lessons.last_active, excluded.last_active)""")
                .params(e.learnerId(), e.lessonId(), e.totalScore(), ts(e.occurredAt())).update();
        delta(new Delta(e.lessonVersionId(), e.lessonId(), e.occurredAt()).completed());
    }

    private void ended(LearningEvent.SessionEnded e) {
        long delta = touchSession(e.sessionId(), e.learnerId(), e.lessonId(), e.lessonVersionId(), null,
                e.occurredAt(), 0, 0);
        db.sql("update progress_sessions set status = 'ended' where session_id = ? and status = 'active'")
                .params(e.sessionId()).update();
        learner(e.learnerId(), null, e.occurredAt(), 0, 0, 1, 0, 0, delta);
        lessonActive(e.learnerId(), e.lessonId(), e.occurredAt());
        delta(new Delta(e.lessonVersionId(), e.lessonId(), e.occurredAt()).abandoned());
    }

    /**
     * Widens the session's [first, last] event time to include {@code at} (the row is locked, so
     * concurrent events of one session serialise here) and adds a turn.
     *
     * @return how much the session's span grew, in ms: the learner's time on task grows by as much
     */
    private long touchSession(UUID sessionId, UUID learnerId, UUID lessonId, UUID versionId, String lang, Instant at,
            int turns, int score) {
        db.sql("""
                insert into progress_sessions (session_id, learner_id, lesson_id, lesson_version_id, instruction_lang,
                    first_event_at, last_event_at) values (?, ?, ?, ?, ?, ?, ?) on conflict (session_id) do nothing""")
                .params(sessionId, learnerId, lessonId, versionId, lang, ts(at), ts(at)).update();
        Map<String, Object> span = db.sql(
                "select first_event_at, last_event_at from progress_sessions where session_id = ? for update")
                .param(sessionId).query().singleRow();
        Instant first = ((Timestamp) span.get("first_event_at")).toInstant();
        Instant last = ((Timestamp) span.get("last_event_at")).toInstant();
        Instant newFirst = at.isBefore(first) ? at : first;
        Instant newLast = at.isAfter(last) ? at : last;
        db.sql("""
                update progress_sessions set first_event_at = ?, last_event_at = ?, turns = turns + ?,
                    score_sum = score_sum + ?, instruction_lang = coalesce(instruction_lang, ?) where session_id = ?""")
                .params(ts(newFirst), ts(newLast), turns, score, lang, sessionId).update();
        return (newLast.toEpochMilli() - newFirst.toEpochMilli()) - (last.toEpochMilli() - first.toEpochMilli());
    }

    private void learner(UUID learnerId, String lang, Instant at, int started, int completed, int abandoned, int turns,
            int score, long timeMs) {
        Optional<AccountView> account = started > 0 ? accounts.find(learnerId) : Optional.empty();
        // the region the learner registered in (accounts.region, the contract with ops; null when not configured)
        String region = started > 0 ? db.sql("select region from accounts where id = ?").param(learnerId)
                .query(String.class).optional().orElse(null) : null;
        db.sql("""
                insert into progress_learners (learner_id, username, display_name, region, instruction_lang,
                    sessions_started, sessions_completed, sessions_abandoned, turns, score_sum, average_score,
                    time_on_task_ms, last_active)
                values (:id, :username, :name, :region, :lang, :started, :completed, :abandoned, :turns, :score,
                    case when :turns = 0 then null else round(cast(:score as numeric) / :turns, 2) end, :time, :at)
                on conflict (learner_id) do update set
                    username = coalesce(excluded.username, progress_learners.username),
                    display_name = coalesce(excluded.display_name, progress_learners.display_name),
                    region = coalesce(excluded.region, progress_learners.region),
                    instruction_lang = case when excluded.instruction_lang is not null
                        and excluded.last_active >= progress_learners.last_active then excluded.instruction_lang
                        else coalesce(progress_learners.instruction_lang, excluded.instruction_lang) end,
                    sessions_started = progress_learners.sessions_started + excluded.sessions_started,
                    sessions_completed = progress_learners.sessions_completed + excluded.sessions_completed,
                    sessions_abandoned = progress_learners.sessions_abandoned + excluded.sessions_abandoned,
                    turns = progress_learners.turns + excluded.turns,
                    score_sum = progress_learners.score_sum + excluded.score_sum,
                    average_score = case when progress_learners.turns + excluded.turns = 0 then null
                        else round((progress_learners.score_sum + excluded.score_sum)::numeric
                            / (progress_learners.turns + excluded.turns), 2) end,
                    time_on_task_ms = progress_learners.time_on_task_ms + excluded.time_on_task_ms,
                    last_active = greatest(progress_learners.last_active, excluded.last_active)""")
                .param("id", learnerId).param("username", account.map(AccountView::username).orElse(null))
                .param("name", account.map(AccountView::displayName).orElse(null)).param("region", region)
                .param("lang", lang)
                .param("started", started).param("completed", completed).param("abandoned", abandoned)
                .param("turns", turns).param("score", score).param("time", timeMs).param("at", ts(at)).update();
    }

    private void lessonActive(UUID learnerId, UUID lessonId, Instant at) {
        db.sql("""
                insert into progress_learner_lessons (learner_id, lesson_id, last_active) values (?, ?, ?)
                on conflict (learner_id, lesson_id) do update set
                    last_active = greatest(progress_learner_lessons.last_active, excluded.last_active)""")
                .params(learnerId, lessonId, ts(at)).update();
    }

    /**
     * Appends the event's lesson-level share (version counters, funnel, activity figures, failing
     * answer) as one row of {@code progress_lesson_deltas}: an insert, so learners of one lesson never
     * wait for each other here. {@link ProgressRollup} sums the rows into the aggregates.
     */
    private void delta(Delta d) {
        db.sql("""
                insert into progress_lesson_deltas (lesson_version_id, lesson_id, started, completed, abandoned,
                    reached_stage, activity_key, stage_index, score, first_try, first_try_pass, pass, pass_attempt,
                    failed_answer, failed_example, occurred_at)
                values (:v, :l, :started, :completed, :abandoned, :reached, :activity, :stage, :score, :first,
                    :firstPass, :pass, :passAttempt, :failed, :example, :at)""")
                .param("v", d.versionId).param("l", d.lessonId).param("started", d.started)
                .param("completed", d.completed).param("abandoned", d.abandoned).param("reached", d.reachedStage)
                .param("activity", d.activityKey).param("stage", d.stageIndex).param("score", d.score)
                .param("first", d.firstTry).param("firstPass", d.firstTryPass).param("pass", d.pass)
                .param("passAttempt", d.passAttempt).param("failed", d.failedAnswer).param("example", d.failedExample)
                .param("at", ts(d.at)).update();
    }

    /** One row of {@code progress_lesson_deltas} being built. */
    private static final class Delta {
        final UUID versionId;
        final UUID lessonId;
        final Instant at;
        int started;
        int completed;
        int abandoned;
        Integer reachedStage;
        String activityKey;
        Integer stageIndex;
        int score;
        int firstTry;
        int firstTryPass;
        int pass;
        int passAttempt;
        String failedAnswer;
        String failedExample;

        Delta(UUID versionId, UUID lessonId, Instant at) {
            this.versionId = versionId;
            this.lessonId = lessonId;
            this.at = at;
        }

        Delta started() {
            started = 1;
            return this;
        }

        Delta completed() {
            completed = 1;
            return this;
        }

        Delta abandoned() {
            abandoned = 1;
            return this;
        }

        Delta reached(int stage) {
            reachedStage = stage;
            return this;
        }

        Delta turn(String activity, int stage, int score, boolean first, boolean passed, int attempt) {
            this.activityKey = activity;
            this.stageIndex = stage;
            this.score = score;
            this.firstTry = first ? 1 : 0;
            this.firstTryPass = first && passed ? 1 : 0;
            this.pass = passed ? 1 : 0;
            this.passAttempt = passed ? attempt : 0;
            return this;
        }

        Delta failed(String normalized, String example) {
            this.failedAnswer = normalized;
            this.failedExample = example;
            return this;
        }
    }

    /** Monday (UTC) of the event's ISO week. */
    static LocalDate week(Instant at) {
        return at.atZone(ZoneOffset.UTC).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** Every read-model table, in an order that truncates cleanly (used by the rebuild). */
    static final List<String> TABLES = List.of("progress_applied", "progress_sessions", "progress_learners",
            "progress_learner_weeks", "progress_learner_lessons", "progress_weak_points", "progress_weak_examples",
            "progress_versions", "progress_stage_reached", "progress_activities", "progress_lesson_deltas");

    private static Timestamp ts(Instant at) {
        return Timestamp.from(at);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
