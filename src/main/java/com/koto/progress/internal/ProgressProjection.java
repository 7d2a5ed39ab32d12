package com.koto.progress.internal;

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
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Applies {@link LearningEvent}s to the read models, each once: an event's log entry
 * {@code (session_id, seq)} is claimed in {@code progress_applied} in the same transaction, so a
 * redelivered event changes nothing. Every update is a sum, a max or a min, so the figures do not
 * depend on the order events arrive in (the attempt number travels with each turn).
 *
 * <p>A batch of N events costs four round trips whatever N is: one multi-row claim, one multi-row
 * insert of the sessions not seen before, one {@code SELECT … FOR UPDATE} of the batch's sessions (in
 * {@code session_id} order, so two appliers never deadlock on them) followed by one multi-row update,
 * and the learner rows and lesson deltas of every event as one JDBC batch (one statement per event,
 * sent together), in learner order.
 */
@Component
public class ProgressProjection {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient db;
    private final NamedParameterJdbcTemplate batch;
    private final Accounts accounts;

    ProgressProjection(JdbcClient db, NamedParameterJdbcTemplate batch, Accounts accounts) {
        this.db = db;
        this.batch = batch;
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
        return apply(List.of(event)).getFirst();
    }

    /**
     * Applies each event of the batch that was not applied before (also a duplicate within the batch is
     * applied once), in the caller's transaction, which then commits asynchronously.
     *
     * @param events learning events of any sessions, in any order
     * A failure is thrown to the caller without marking its transaction rollback-only: the caller owns the
     * transaction and may roll back to a savepoint and go on (as {@link ProgressApplier} does for a single
     * event it defers) or let the exception roll it back.
     *
     * @return per event, in the same order, whether it changed the read models
     */
    @Transactional(propagation = Propagation.MANDATORY, noRollbackFor = RuntimeException.class)
    List<Boolean> apply(List<? extends LearningEvent> events) {
        Set<String> claimed = new HashSet<>(db.sql("""
                with async as (select set_config('synchronous_commit', 'off', true))
                insert into progress_applied (session_id, seq)
                select c.s, c.q from async, unnest(cast(? as uuid[]), cast(? as integer[])) as c(s, q)
                on conflict do nothing returning session_id, seq""")
                .params(PgArrays.of(events, e -> e.sessionId().toString()),
                        PgArrays.of(events, e -> Integer.toString(e.eventSeq())))
                .query((rs, i) -> rs.getString(1) + "/" + rs.getInt(2)).list());
        List<Boolean> changed = new ArrayList<>(events.size());
        List<LearningEvent> todo = new ArrayList<>();
        for (LearningEvent event : events) {
            boolean first = claimed.remove(event.sessionId() + "/" + event.eventSeq());
            changed.add(first);
            if (first) {
                todo.add(event);
            }
        }
        if (todo.isEmpty()) {
            return changed;
        }
        Map<LearningEvent, Long> grown = touchSessions(todo);
        // learner order: two appliers (or instances) lock learners' rows in the same order
        todo.sort(Comparator.comparing((LearningEvent e) -> e.learnerId()).thenComparing(LearningEvent::occurredAt));
        List<Map<String, Object>> turnRows = new ArrayList<>();
        List<Map<String, Object>> otherRows = new ArrayList<>();
        for (LearningEvent event : todo) {
            long g = grown.get(event);
            switch (event) {
                case LearningEvent.SessionStarted e -> otherRows.add(started(e, g));
                case LearningEvent.TurnRecorded e -> turnRows.add(turn(e, g));
                case LearningEvent.SessionCompleted e -> otherRows.add(completed(e, g));
                case LearningEvent.SessionEnded e -> otherRows.add(ended(e, g));
            }
        }
        execute(LEARNER_ROWS + TURN_ROWS + LESSON_DELTA, turnRows);
        execute(LEARNER_ROWS + LESSON_DELTA, otherRows);
        return changed;
    }

    private void execute(String sql, List<Map<String, Object>> rows) {
        if (rows.size() == 1) {
            batch.update(sql, rows.getFirst());
        } else if (!rows.isEmpty()) {
            batch.batchUpdate(sql, SqlParameterSourceUtils.createBatch(rows));
        }
    }

    private Map<String, Object> started(LearningEvent.SessionStarted e, long grown) {
        Optional<AccountView> account = accounts.find(e.learnerId());
        Map<String, Object> p = learnerParams(e.learnerId(), e.lessonId(), e.instructionLang(), e.occurredAt(), grown);
        p.put("username", account.map(AccountView::username).orElse(null));
        p.put("name", account.map(AccountView::displayName).orElse(null));
        p.put("started", 1);
        return rows(p, new Delta(e.lessonVersionId(), e.lessonId(), e.occurredAt()).started().reached(0));
    }

    private Map<String, Object> turn(LearningEvent.TurnRecorded e, long grown) {
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
        return rows(p, lessonShare);
    }

    private Map<String, Object> completed(LearningEvent.SessionCompleted e, long grown) {
        Map<String, Object> p = learnerParams(e.learnerId(), e.lessonId(), null, e.occurredAt(), grown);
        p.put("completed", 1);
        p.put("best", e.totalScore());
        return rows(p, new Delta(e.lessonVersionId(), e.lessonId(), e.occurredAt()).completed());
    }

    private Map<String, Object> ended(LearningEvent.SessionEnded e, long grown) {
        Map<String, Object> p = learnerParams(e.learnerId(), e.lessonId(), null, e.occurredAt(), grown);
        p.put("abandoned", 1);
        return rows(p, new Delta(e.lessonVersionId(), e.lessonId(), e.occurredAt()).abandoned());
    }

    /**
     * The batch's sessions: creates the rows of sessions not seen before, locks them all, widens each
     * session's [first, last] event time to include its events' times, adds the turns and scores, and
     * records the end of a session ({@code completed} wins over {@code ended}, whatever the order).
     *
     * @return per event, how much its session's span grew when it was added, in ms: the learner's time on
     *         task grows by as much
     */
    private Map<LearningEvent, Long> touchSessions(List<LearningEvent> events) {
        Map<UUID, LearningEvent> firstOf = new LinkedHashMap<>();
        for (LearningEvent e : events) {
            firstOf.putIfAbsent(e.sessionId(), e);
        }
        List<LearningEvent> firsts = List.copyOf(firstOf.values());
        db.sql("""
                insert into progress_sessions (session_id, learner_id, lesson_id, lesson_version_id, instruction_lang,
                    first_event_at, last_event_at)
                select * from unnest(cast(? as uuid[]), cast(? as uuid[]), cast(? as uuid[]), cast(? as uuid[]),
                    cast(? as text[]), cast(? as timestamptz[]), cast(? as timestamptz[]))
                on conflict (session_id) do nothing""")
                .params(PgArrays.of(firsts, e -> e.sessionId().toString()),
                        PgArrays.of(firsts, e -> e.learnerId().toString()),
                        PgArrays.of(firsts, e -> e.lessonId().toString()),
                        PgArrays.of(firsts, e -> e.lessonVersionId().toString()),
                        PgArrays.of(firsts, ProgressProjection::lang),
                        PgArrays.of(firsts, e -> e.occurredAt().toString()),
                        PgArrays.of(firsts, e -> e.occurredAt().toString()))
                .update();
        Map<UUID, Span> spans = new HashMap<>();
        db.sql("""
                select session_id, first_event_at, last_event_at from progress_sessions
                where session_id = any(cast(? as uuid[])) order by session_id for update""")
                .param(PgArrays.of(firsts, e -> e.sessionId().toString()))
                .query((rs, i) -> spans.put(rs.getObject(1, UUID.class), new Span(
                        rs.getTimestamp(2).toInstant(), rs.getTimestamp(3).toInstant())))
                .list();
        Map<LearningEvent, Long> grown = new IdentityHashMap<>();
        for (LearningEvent e : events) {
            grown.put(e, spans.get(e.sessionId()).add(e));
        }
        List<Span> changed = List.copyOf(spans.values());
        List<UUID> ids = List.copyOf(spans.keySet());
        db.sql("""
                update progress_sessions p set first_event_at = v.f, last_event_at = v.l, turns = p.turns + v.t,
                    score_sum = p.score_sum + v.s, instruction_lang = coalesce(p.instruction_lang, v.lang),
                    status = case when v.status = 'completed' then 'completed'
                        when v.status = 'ended' and p.status = 'active' then 'ended' else p.status end,
                    total_score = coalesce(v.total, p.total_score)
                from unnest(cast(? as uuid[]), cast(? as timestamptz[]), cast(? as timestamptz[]),
                    cast(? as integer[]), cast(? as integer[]), cast(? as text[]), cast(? as text[]),
                    cast(? as integer[])) as v(id, f, l, t, s, lang, status, total)
                where p.session_id = v.id""")
                .params(PgArrays.of(ids, UUID::toString),
                        PgArrays.of(changed, x -> x.first.toString()),
                        PgArrays.of(changed, x -> x.last.toString()),
                        PgArrays.of(changed, x -> Integer.toString(x.turns)),
                        PgArrays.of(changed, x -> Long.toString(x.score)),
                        PgArrays.of(changed, x -> x.lang),
                        PgArrays.of(changed, x -> x.status),
                        PgArrays.of(changed, x -> x.total == null ? null : Integer.toString(x.total)))
                .update();
        return grown;
    }

    /** A session's span and what the batch adds to it. */
    private static final class Span {
        Instant first;
        Instant last;
        int turns;
        long score;
        String lang;
        String status;
        Integer total;

        Span(Instant first, Instant last) {
            this.first = first;
            this.last = last;
        }

        /** Adds one event; returns how much the span grew, in ms. */
        long add(LearningEvent e) {
            long before = last.toEpochMilli() - first.toEpochMilli();
            Instant at = e.occurredAt();
            first = at.isBefore(first) ? at : first;
            last = at.isAfter(last) ? at : last;
            switch (e) {
                case LearningEvent.SessionStarted s -> lang = lang == null ? s.instructionLang() : lang;
                case LearningEvent.TurnRecorded t -> {
                    turns++;
                    score += t.score();
                    lang = lang == null ? t.instructionLang() : lang;
                }
                case LearningEvent.SessionCompleted c -> {
                    status = "completed";
                    total = c.totalScore();
                }
                case LearningEvent.SessionEnded x -> status = "completed".equals(status) ? status : "ended";
            }
            return (last.toEpochMilli() - first.toEpochMilli()) - before;
        }
    }

    private static String lang(LearningEvent e) {
        return switch (e) {
            case LearningEvent.SessionStarted s -> s.instructionLang();
            case LearningEvent.TurnRecorded t -> t.instructionLang();
            default -> null;
        };
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
    private static Map<String, Object> rows(Map<String, Object> p, Delta d) {
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
        return p;
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

    // the main statement of the WITH (an update count, so the statements of a batch can be sent together)
    private static final String LESSON_DELTA = """
            done as (select 1)
            insert into progress_lesson_deltas (lesson_version_id, lesson_id, started, completed, abandoned,
                reached_stage, activity_key, stage_index, score, first_try, first_try_pass, pass, pass_attempt,
                failed_answer, failed_example, occurred_at)
            values (:v, :l, :dStarted, :dCompleted, :dAbandoned, :reached, :activity, :stage, :dScore, :first,
                :firstPass, :pass, :passAttempt, :failed, :example, :dAt)""";

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
