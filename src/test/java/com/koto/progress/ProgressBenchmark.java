package com.koto.progress;

import com.koto.console.progress.ProgressViewTimings;
import com.koto.content.LessonCatalog;
import com.koto.content.LessonSummary;
import com.koto.content.PublishedLesson;
import com.koto.evaluation.EvaluationSource;
import com.koto.progress.ProgressRecords.LearnerFilter;
import com.koto.progress.ProgressRecords.LearnerSort;
import com.koto.progress.internal.ProgressRollup;
import com.koto.support.Api;
import com.koto.support.IntegrationTest;
import com.koto.tutoring.LearningEvent;
import com.koto.tutoring.SessionRecords;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Figures for issue #12, printed, never asserted. Generates learners and turns with SQL
 * ({@code -Dkoto.bench.learners}, default 100,000; 10 logged turns per learner, so 1,000,000 turn
 * rows in {@code session_events} at the default) straight into accounts, sessions, session_events and
 * the read models, then times (server side, in-process, after warm-up) the service calls and
 * rendering each console view makes: learners grid first page (+ count), learner page (progress,
 * weak points, sessions, two SVG charts), session review (a session with its log), lesson
 * analytics; and the turn path's cost of publishing a learning event (the synchronous part: the
 * publication row; the read-model update itself runs after commit, asynchronously, timed as
 * {@code koto.progress.apply}). Run:
 * {@code ./mvnw -Pbenchmark test -Dvaadin.skip -Dtest=ProgressBenchmark [-Dkoto.bench.learners=N]}.
 */
@Tag("benchmark")
@WithMockUser(username = "bench-admin", roles = "ADMIN")
class ProgressBenchmark extends IntegrationTest {

    @Autowired
    JdbcClient db;
    @Autowired
    Progress progress;
    @Autowired
    SessionRecords records;
    @Autowired
    LessonCatalog catalog;
    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    MeterRegistry meters;
    @Autowired
    ProgressRollup rollup;

    @Test
    void figures() {
        int learners = Integer.getInteger("koto.bench.learners", 100_000);
        LessonSummary cafe = catalog.published("en").stream().filter(l -> l.slug().equals("cafe-ordering"))
                .findFirst().orElseThrow();
        PublishedLesson lesson = catalog.latest(cafe.id()).orElseThrow();
        long t0 = System.nanoTime();
        // generated on a connection of its own: the pool's statement (5 s) and socket (10 s) timeouts would cut
        // the generating statements, which run for minutes at 100,000 learners
        generate(learners, lesson);
        System.out.printf("%nGenerated %,d learners, %,d sessions, %,d session_events in %.1f s%n", learners,
                db.sql("select count(*) from sessions").query(Long.class).single(),
                db.sql("select count(*) from session_events").query(Long.class).single(),
                (System.nanoTime() - t0) / 1e9);

        UUID someone = db.sql("select learner_id from progress_learners order by last_active desc limit 1")
                .query(UUID.class).single();
        UUID session = db.sql("select session_id from progress_sessions where learner_id = ? limit 1")
                .param(someone).query(UUID.class).single();

        time("learners grid, first page (50, by last active) + count", () -> {
            progress.learners(LearnerFilter.NONE, LearnerSort.LAST_ACTIVE, false, 0, 50);
            return progress.countLearners(LearnerFilter.NONE);
        });
        time("learners grid, first page sorted by average score + count", () -> {
            progress.learners(LearnerFilter.NONE, LearnerSort.AVERAGE_SCORE, false, 0, 50);
            return progress.countLearners(LearnerFilter.NONE);
        });
        LearnerFilter byName = new LearnerFilter("bench-0042", null, null, null, null);
        time("learners grid, filter by name + count", () -> {
            progress.learners(byName, LearnerSort.NAME, true, 0, 50);
            return progress.countLearners(byName);
        });
        time("learner page (progress, weak points, sessions, 2 SVG charts)",
                () -> ProgressViewTimings.learnerPage(progress, someone));
        time("session review (session with its log)", () -> records.session(session));
        time("lesson analytics (funnel SVG + activities)",
                () -> ProgressViewTimings.lessonAnalytics(progress, cafe.id()));
        time("cohorts (instruction language × region, group by)", () -> progress.cohorts());
        // the same view while 2,000 deltas of the lesson wait for the roll-up (read your writes adds them)
        rollup.stop();
        try {
            db.sql("""
                    insert into progress_lesson_deltas (lesson_version_id, lesson_id, activity_key, stage_index, score,
                        first_try, pass, pass_attempt, failed_answer, failed_example, occurred_at)
                    select ?, ?, ?, 0, 40, 0, 0, 0, 'wrong ' || (j % 50), 'wrong ' || (j % 50), now()
                    from generate_series(1, 2000) j""").params(lesson.versionId(), cafe.id(), acts(lesson)[0]).update();
            time("lesson analytics with 2,000 deltas not rolled up yet",
                    () -> ProgressViewTimings.lessonAnalytics(progress, cafe.id()));
            long r = System.nanoTime();
            int rolled = rollup.rollUp();
            System.out.printf("roll-up of %,d deltas: %.1f ms%n", rolled, (System.nanoTime() - r) / 1e6);
        } finally {
            rollup.start();
        }

        // the turn path's synchronous share: publishing one TurnRecorded in the turn's transaction. Both
        // transactions write one row (a turn's transaction always writes, so its commit flushes the WAL
        // whether or not an event is published): the difference is the event's own cost
        db.sql("create table if not exists progress_bench_scratch (n integer)").update();
        List<Double> empty = new ArrayList<>();
        List<Double> publish = new ArrayList<>();
        UUID learner = someone;
        for (int i = 0; i < 1200; i++) {
            int n = i;
            long a = System.nanoTime();
            tx.executeWithoutResult(s -> db.sql("insert into progress_bench_scratch values (?)").param(n).update());
            long b = System.nanoTime();
            int seq = 1_000_000 + i;
            tx.executeWithoutResult(s -> {
                db.sql("insert into progress_bench_scratch values (?)").param(n).update();
                publisher.publishEvent(new LearningEvent.TurnRecorded(session, learner, seq, cafe.id(),
                        lesson.versionId(), "en", 0, "greeting", "greet-barista", 1, "b-" + seq, "안녕", null, 40,
                        false, List.of(), EvaluationSource.RULES, "안녕하세요", false, false, Instant.now()));
            });
            long c = System.nanoTime();
            if (i >= 200) {
                empty.add((b - a) / 1e6);
                publish.add((c - b) / 1e6);
            }
        }
        Collections.sort(empty);
        Collections.sort(publish);
        System.out.printf("turn transaction writing one row: p50 %.2f ms, p95 %.2f ms; with a TurnRecorded published: "
                + "p50 %.2f ms, p95 %.2f ms → added to p95: %.2f ms%n", p(empty, 0.5), p(empty, 0.95),
                p(publish, 0.5), p(publish, 0.95), p(publish, 0.95) - p(empty, 0.95));

        // real turns over HTTP
        Api api = api().newLearner("en");
        String s = api.startSession("cafe-ordering");
        List<Double> turns = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            long a = System.nanoTime();
            api.post("/api/v1/sessions/" + s + "/events", Map.of("type", "user_input", "text", "커피을 주세요",
                    "client_event_id", "bt-" + i));
            turns.add((System.nanoTime() - a) / 1e6);
        }
        Collections.sort(turns);
        System.out.printf("REST turn (failing answer, stays on the activity), n=%d: p50 %.1f ms, p95 %.1f ms%n",
                turns.size(), p(turns, 0.5), p(turns, 0.95));
        try {
            Thread.sleep(3000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Timer apply = meters.find("koto.progress.apply").timer();
        if (apply != null) {
            System.out.printf("read-model batches (koto.progress.apply, one transaction each, off the turn), n=%d: mean %.2f ms,"
                    + " max %.2f ms%n", apply.count(), apply.mean(TimeUnit.MILLISECONDS), apply.max(TimeUnit.MILLISECONDS));
        }
    }

    private static double p(List<Double> sorted, double q) {
        return sorted.get(Math.min(sorted.size() - 1, (int) (sorted.size() * q)));
    }

    private static void time(String what, Supplier<?> call) {
        for (int i = 0; i < 5; i++) {
            call.get();
        }
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            long a = System.nanoTime();
            call.get();
            ms.add((System.nanoTime() - a) / 1e6);
        }
        Collections.sort(ms);
        System.out.printf("%-62s p50 %7.1f ms   p95 %7.1f ms%n", what, p(ms, 0.5), p(ms, 0.95));
    }

    private static String[] acts(PublishedLesson lesson) {
        return lesson.document().stages().stream().flatMap(s -> s.activities().stream()).map(a -> a.key())
                .toArray(String[]::new);
    }

    /** Learners with 2 sessions each and 10 logged turns, in SQL, plus their read-model rows. */
    private void generate(int n, PublishedLesson lesson) {
        JdbcClient db = JdbcClient.create(new org.springframework.jdbc.datasource.SingleConnectionDataSource(
                com.koto.support.TestDatabase.url(), com.koto.support.TestDatabase.USER, "", true));
        UUID v = lesson.versionId();
        UUID l = lesson.lessonId();
        String[] acts = acts(lesson);
        db.sql("create temp table bench_learners as select gen_random_uuid() as id, i from generate_series(1, ?) i")
                .param(n).update();
        db.sql("""
                insert into accounts (id, username, password_hash, display_name, role, instruction_lang, region,
                    created_at, updated_at)
                select id, 'bench-' || lpad(i::text, 6, '0'), '{noop}x', 'Bench ' || i, 'LEARNER',
                    (array['en','id','vi'])[1 + i % 3], (array['ID','VN','KR',null])[1 + i % 4], now(), now()
                from bench_learners""").update();
        db.sql("""
                create temp table bench_sessions as select gen_random_uuid() as id, b.id as learner, b.i, k
                from bench_learners b, generate_series(0, 1) k""").update();
        db.sql("""
                insert into sessions (id, learner_id, lesson_id, lesson_version_id, instruction_lang, status, stage_index,
                    activity_index, attempts, total_score, started_at, updated_at, finished_at)
                select id, learner, ?, ?, 'en', case when k = 0 then 'completed' else 'ended' end, 0, 0, 0,
                    case when k = 0 then 60 + i % 40 end, now() - (i % 90) * interval '1 day', now(), now()
                from bench_sessions""").params(l, v).update();
        // 5 answers per session, each as user_input (with a stored result) + evaluation: 1,000,000 turn rows at 100k
        db.sql("""
                insert into session_events (session_id, seq, type, activity_key, client_event_id, payload, response, created_at)
                select s.id, t * 2 + e, case when e = 1 then 'user_input' else 'evaluation' end, ?,
                    case when e = 1 then 'bench-' || t end,
                    case when e = 1 then '{"text":"안녕"}'::jsonb else ('{"score":' || (40 + t * 10)
                        || ',"passed":false,"errors":[{"category":"ending","original":"안녕","correction":"안녕하세요"}],'
                        || '"feedback":"","model_answer":"안녕하세요","source":"rules"}')::jsonb end,
                    case when e = 1 then '{}'::jsonb end, now()
                from bench_sessions s, generate_series(1, 5) t, generate_series(1, 2) e""").param(acts[0]).update();
        db.sql("""
                insert into progress_learners (learner_id, username, display_name, instruction_lang, region,
                    sessions_started, sessions_completed, sessions_abandoned, turns, score_sum, average_score,
                    time_on_task_ms, last_active)
                select id, 'bench-' || lpad(i::text, 6, '0'), 'Bench ' || i, (array['en','id','vi'])[1 + i % 3],
                    (array['ID','VN','KR',null])[1 + i % 4], 2, 1, 1,
                    10, 10 * (30 + i % 60), 30 + i % 60, 600000 + i % 1000, now() - (i % 90) * interval '1 day'
                from bench_learners""").update();
        db.sql("""
                insert into progress_sessions (session_id, learner_id, lesson_id, lesson_version_id, instruction_lang, status,
                    first_event_at, last_event_at, turns, score_sum, total_score)
                select id, learner, ?, ?, 'en', case when k = 0 then 'completed' else 'ended' end,
                    now() - (i % 90) * interval '1 day', now() - (i % 90) * interval '1 day' + interval '5 minutes', 5, 300,
                    case when k = 0 then 60 + i % 40 end from bench_sessions""").params(l, v).update();
        db.sql("""
                insert into progress_learner_weeks (learner_id, week, turns, score_sum)
                select id, date_trunc('week', now() - w * interval '7 days')::date, 5, 5 * (30 + (i + w) % 60)
                from bench_learners, generate_series(0, 1) w""").update();
        db.sql("""
                insert into progress_learner_lessons (learner_id, lesson_id, sessions_started, sessions_completed, best_score,
                    last_active) select id, ?, 2, 1, 60 + i % 40, now() from bench_learners""").param(l).update();
        db.sql("""
                insert into progress_weak_points (learner_id, category, week, errors)
                select id, c, date_trunc('week', now())::date, 1 + i % 5 from bench_learners,
                    unnest(array['ending','particle_missing','spacing']) c""").update();
        db.sql("""
                insert into progress_weak_examples (session_id, seq, ordinal, learner_id, category, answer, original,
                    correction, corrected, occurred_at)
                select s.id, t * 2 + 1, 0, s.learner, 'ending', '안녕', '안녕', '안녕하세요', '안녕하세요',
                    now() - t * interval '1 minute' from bench_sessions s, generate_series(1, 5) t""").update();
        db.sql("""
                insert into progress_versions (lesson_version_id, lesson_id, started, completed, abandoned)
                values (?, ?, ?, ?, ?) on conflict (lesson_version_id) do update set started = excluded.started""")
                .params(v, l, 2 * n, n, n).update();
        for (int i = 0; i < lesson.document().stages().size(); i++) {
            db.sql("""
                    insert into progress_stage_reached (lesson_version_id, stage_index, sessions) values (?, ?, ?)
                    on conflict do nothing""").params(v, i, 2 * n / (i + 1)).update();
        }
        for (int i = 0; i < acts.length; i++) {
            db.sql("""
                    insert into progress_activities (lesson_version_id, activity_key, stage_index, attempts, score_sum,
                        first_tries, first_try_passes, passes, pass_attempt_sum) values (?, ?, 0, ?, ?, ?, ?, ?, ?)
                    on conflict do nothing""")
                    .params(v, acts[i], 3 * n, 3L * n * (50 + i), 2 * n, n * (i % 3 + 1) / 4, 2 * n, 3L * n).update();
            db.sql("""
                    insert into progress_answers (lesson_id, activity_key, normalized, example, failures, reports, last_seen)
                    select ?, ?, 'wrong ' || j, 'wrong ' || j, 1000 - j, j % 7, now() from generate_series(1, 200) j
                    on conflict do nothing""").params(l, acts[i]).update();
        }
        db.sql("analyze").update();
    }
}
