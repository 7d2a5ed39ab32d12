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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Applies one {@link LearningEvent} to the read models, once: the event's log entry
 * {@code (session_id, seq)} is claimed in {@code progress_applied} in the same transaction, so a
 * redelivered event changes nothing. Every update is a sum, a max or a min, so the figures do not
 * depend on the order events arrive in (the attempt number travels with each turn).
 */
@Component
class ProgressProjection {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient db;
    private final Accounts accounts;

    ProgressProjection(JdbcClient db, Accounts accounts) {
        this.db = db;
        this.accounts = accounts;
    }

    /**
     * Applies the event unless it was applied before. Its transaction commits asynchronously
     * ({@code synchronous_commit = off}, set with the claim; see docs/progress.md for why that is safe).
     *
     * @return whether it changed the read models
     */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean apply(LearningEvent event) {
        int claimed = db.sql("""
                with async as (select set_config('synchronous_commit', 'off', true))
                insert into progress_applied (session_id, seq) select ?, ? from async on conflict do nothing""")
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
        long grown = touchSession(e.sessionId(), e.learnerId(), e.lessonId(), e.lessonVersionId(), e.instructionLang(),
                e.occurredAt(), 0, 0, null, null);
        Optional<AccountView> account = accounts.find(e.learnerId());
        Map<String, Object> p = learnerParams(e.learnerId(), e.lessonId(), e.instructionLang(), e.occurredAt(), grown);
        p.put("username", account.map(AccountView::username).orElse(null));
        p.put("name", account.map(AccountView::displayName).orElse(null));
        p.put("started", 1);
        rows(p, false, new Delta(e.lessonVersionId(), e.lessonId(), e.occurredAt()).started().reached(0));
    }

    private void turn(LearningEvent.TurnRecorded e) {
        long grown = touchSession(e.sessionId(), e.learnerId(), e.lessonId(), e.lessonVersionId(), e.instructionLang(),
                e.occurredAt(), 1, e.score(), null, null);
        Map<String, Object> p = learnerParams(e.learnerId(), e.lessonId(), e.instructionLang(), e.occurredAt(), grown);
        p.put("turns", 1);
        p.put("score", e.score());
        p.put("week", week(e.occurredAt()));
        p.put("session", e.sessionId());
        p.put("seq", e.eventSeq());
        p.put("answer", e.answer());
        p.put("model", e.modelAnswer());
        // a failed answer's errors: weak-point examples, and one count per category (not per error span);
        // errors listed on a passed answer are notes and count nowhere
        List<Map<String, String>> errors = new ArrayList<>();
        if (!e.passed()) {
            for (LearningEvent.TurnError error : e.errors()) {
                errors.add(Map.of("category", error.category().wireName(), "original", nz(error.original()),
                        "correction", nz(error.correction())));
            }
        }
        p.put("errors", JSON.writeValueAsString(errors));
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
        rows(p, true, lessonShare);
    }

    private void completed(LearningEvent.SessionCompleted e) {
        long grown = touchSession(e.sessionId(), e.learnerId(), e.lessonId(), e.lessonVersionId(), null,
                e.occurredAt(), 0, 0, "completed", e.totalScore());
        Map<String, Object> p = learnerParams(e.learnerId(), e.lessonId(), null, e.occurredAt(), grown);
        p.put("completed", 1);
        p.put("best", e.totalScore());
        rows(p, false, new Delta(e.lessonVersionId(), e.lessonId(), e.occurredAt()).completed());
    }

    private void ended(LearningEvent.SessionEnded e) {
        long grown = touchSession(e.sessionId(), e.learnerId(), e.lessonId(), e.lessonVersionId(), null,
                e.occurredAt(), 0, 0, "ended", null);
        Map<String, Object> p = learnerParams(e.learnerId(), e.lessonId(), null, e.occurredAt(), grown);
        p.put("abandoned", 1);
        rows(p, false, new Delta(e.lessonVersionId(), e.lessonId(), e.occurredAt()).abandoned());
    }

    /**
     * Widens the session's [first, last] event time to include {@code at} (the row is locked, so
     * concurrent events of one session serialise here), adds a turn, and records the end of the session:
     * {@code completed} wins over {@code ended}, whatever the order.
     *
     * @param status     {@code completed}, {@code ended} or {@code null} (no change)
     * @param totalScore the completed session's total score, else {@code null}
     * @return how much the session's span grew, in ms: the learner's time on task grows by as much
     */
    private long touchSession(UUID sessionId, UUID learnerId, UUID lessonId, UUID versionId, String lang, Instant at,
            int turns, int score, String status, Integer totalScore) {
        Optional<Map<String, Object>> locked = span(sessionId);
        if (locked.isEmpty()) {
            db.sql("""
                    insert into progress_sessions (session_id, learner_id, lesson_id, lesson_version_id, instruction_lang,
                        first_event_at, last_event_at) values (?, ?, ?, ?, ?, ?, ?) on conflict (session_id) do nothing""")
                    .params(sessionId, learnerId, lessonId, versionId, lang, ts(at), ts(at)).update();
            locked = span(sessionId);
        }
        Map<String, Object> span = locked.orElseThrow();
        Instant first = ((Timestamp) span.get("first_event_at")).toInstant();
        Instant last = ((Timestamp) span.get("last_event_at")).toInstant();
        Instant newFirst = at.isBefore(first) ? at : first;
        Instant newLast = at.isAfter(last) ? at : last;
        db.sql("""
                update progress_sessions set first_event_at = :first, last_event_at = :last, turns = turns + :turns,
                    score_sum = score_sum + :score, instruction_lang = coalesce(instruction_lang, :lang),
                    status = case when :status = 'completed' then 'completed'
                        when :status = 'ended' and status = 'active' then 'ended' else status end,
                    total_score = coalesce(:total, total_score)
                where session_id = :id""")
                .param("first", ts(newFirst)).param("last", ts(newLast)).param("turns", turns).param("score", score)
                .param("lang", lang).param("status", status).param("total", totalScore).param("id", sessionId)
                .update();
        return (newLast.toEpochMilli() - newFirst.toEpochMilli()) - (last.toEpochMilli() - first.toEpochMilli());
    }

    private Optional<Map<String, Object>> span(UUID sessionId) {
        return db.sql("select first_event_at, last_event_at from progress_sessions where session_id = ? for update")
                .param(sessionId).query().listOfRows().stream().findFirst();
    }

    /** The parameters every event's learner rows take, zero counts; the caller sets its own. */
    private static Map<String, Object> learnerParams(UUID learnerId, UUID lessonId, String lang, Instant at,
            long timeMs) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", learnerId);
        p.put("lesson", lessonId);
        p.put("lang", lang);
        p.put("at", ts(at));
        p.put("time", timeMs);
        p.put("username", null);
        p.put("name", null);
        for (String zero : List.of("started", "completed", "abandoned", "turns", "score")) {
            p.put(zero, 0);
        }
        p.put("best", null);
        return p;
    }

    /**
     * The learner's rows and the event's lesson delta, in ONE statement (data-modifying CTEs, each on
     * its own table): {@code progress_learners}, {@code progress_learner_lessons}, for a turn also
     * {@code progress_learner_weeks}, {@code progress_weak_examples} and {@code progress_weak_points}
     * (from the JSON array {@code :errors}), and the {@code progress_lesson_deltas} row: the event's
     * lesson-level share (version counters, funnel, activity figures, failing answer), an insert, so
     * learners of one lesson never wait for each other here ({@link ProgressRollup} sums the deltas
     * into the aggregates).
     */
    private void rows(Map<String, Object> p, boolean turn, Delta d) {
        p.put("v", d.versionId);
        p.put("l", d.lessonId);
        p.put("dStarted", d.started);
        p.put("dCompleted", d.completed);
        p.put("dAbandoned", d.abandoned);
        p.put("reached", d.reachedStage);
        p.put("activity", d.activityKey);
        p.put("stage", d.stageIndex);
        p.put("dScore", d.score);
        p.put("first", d.firstTry);
        p.put("firstPass", d.firstTryPass);
        p.put("pass", d.pass);
        p.put("passAttempt", d.passAttempt);
        p.put("failed", d.failedAnswer);
        p.put("example", d.failedExample);
        p.put("dAt", ts(d.at));
        // a WITH of data-modifying statements needs a main query: it returns one row and changes nothing
        db.sql(LEARNER_ROWS + (turn ? TURN_ROWS : "") + LESSON_DELTA).params(p).query().listOfRows();
    }

    private static final String LEARNER_ROWS = """
            with learner as (
                insert into progress_learners (learner_id, username, display_name, region, instruction_lang,
                    sessions_started, sessions_completed, sessions_abandoned, turns, score_sum, average_score,
                    time_on_task_ms, last_active)
                values (:id, :username, :name,
                    case when :started > 0 then (select a.region from accounts a where a.id = :id) end,
                    :lang, :started, :completed, :abandoned, :turns, :score,
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
                    last_active = greatest(progress_learners.last_active, excluded.last_active)),
            lessons as (
                insert into progress_learner_lessons (learner_id, lesson_id, sessions_started, sessions_completed,
                    best_score, last_active) values (:id, :lesson, :started, :completed, :best, :at)
                on conflict (learner_id, lesson_id) do update set
                    sessions_started = progress_learner_lessons.sessions_started + excluded.sessions_started,
                    sessions_completed = progress_learner_lessons.sessions_completed + excluded.sessions_completed,
                    best_score = greatest(progress_learner_lessons.best_score, excluded.best_score),
                    last_active = greatest(progress_learner_lessons.last_active, excluded.last_active)),
            """;

    private static final String TURN_ROWS = """
            weeks as (
                insert into progress_learner_weeks (learner_id, week, turns, score_sum) values (:id, :week, 1, :score)
                on conflict (learner_id, week) do update set turns = progress_learner_weeks.turns + 1,
                    score_sum = progress_learner_weeks.score_sum + excluded.score_sum),
            examples as (
                insert into progress_weak_examples (session_id, seq, ordinal, learner_id, category, answer, original,
                    correction, corrected, occurred_at)
                select :session, :seq, cast(x.n - 1 as integer), :id, x.e ->> 'category', :answer, x.e ->> 'original',
                    x.e ->> 'correction', :model, :at
                from jsonb_array_elements(cast(:errors as jsonb)) with ordinality as x(e, n)),
            weak as (
                insert into progress_weak_points (learner_id, category, week, errors)
                select distinct :id, e ->> 'category', cast(:week as date), 1
                from jsonb_array_elements(cast(:errors as jsonb)) e
                on conflict (learner_id, category, week) do update set errors = progress_weak_points.errors + 1),
            """;

    private static final String LESSON_DELTA = """
            delta as (
                insert into progress_lesson_deltas (lesson_version_id, lesson_id, started, completed, abandoned,
                    reached_stage, activity_key, stage_index, score, first_try, first_try_pass, pass, pass_attempt,
                    failed_answer, failed_example, occurred_at)
                values (:v, :l, :dStarted, :dCompleted, :dAbandoned, :reached, :activity, :stage, :dScore, :first,
                    :firstPass, :pass, :passAttempt, :failed, :example, :dAt))
            select 1""";

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
