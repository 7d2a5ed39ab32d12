package com.koto.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.koto.content.LessonLibrary;
import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.EvaluationSource;
import com.koto.identity.Accounts;
import com.koto.progress.ProgressRecords.ActivityStats;
import com.koto.progress.ProgressRecords.FunnelStep;
import com.koto.progress.ProgressRecords.ReviewItem;
import com.koto.progress.ProgressRecords.VersionAnalytics;
import com.koto.progress.internal.ProgressProjection;
import com.koto.progress.internal.ProgressProperties;
import com.koto.support.IntegrationTest;
import com.koto.support.TestDatabase;
import com.koto.tutoring.LearningEvent;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The write path of the read models under concurrency (issue #12 a) and its meters (issue #14):
 * many learners of one lesson applied by the listener's own bounded executor with no failure and the
 * exact lesson figures (no hot aggregate row is updated per event any more); the gauge
 * {@code koto.progress.lag} and the counter {@code koto.progress.events}.
 */
@WithMockUser(username = "admin-progress-listener", roles = "ADMIN")
class ProgressListenerTest extends ProgressEventsTest {

    @Autowired
    ProgressProperties properties;
    @Autowired
    MeterRegistry meters;
    @Autowired
    ApplicationContext context;

    private double events(String outcome) {
        return meters.get("koto.progress.events").tag("outcome", outcome).counter().count();
    }

    private int incomplete(UUID lessonId) {
        return db.sql("select count(*) from progress_inbox where payload like ?")
                .param("%" + lessonId + "%").query(Integer.class).single();
    }

    @Test
    void manyLearnersOfOneLessonAreAppliedOnTheBoundedExecutorWithExactLessonFigures() throws Exception {
        ProgressFixture f = new ProgressFixture(library, accounts, "teacher-pl1");
        int learners = 60;
        List<String> stages = f.version.document().stages().stream().map(s -> s.key()).toList();
        List<List<LearningEvent>> perLearner = new ArrayList<>();
        for (int i = 0; i < learners; i++) {
            UUID learner = UUID.randomUUID();
            UUID session = UUID.randomUUID();
            perLearner.add(List.of(
                    new LearningEvent.SessionStarted(session, learner, 1, f.lessonId, f.version.versionId(), 1, "en",
                            stages, ProgressFixture.T0),
                    turn(f, session, learner, 3, 1, "안녕", 40, false, ProgressFixture.T0.plusSeconds(60)),
                    turn(f, session, learner, 7, 2, "안녕하세요", 100, true, ProgressFixture.T0.plusSeconds(120))));
        }
        double applied0 = events("applied");
        double failed0 = events("failed");

        // which threads run the listener: sampled while 6 publishers (turns of 60 learners) run at once
        Set<String> listenerThreads = ConcurrentHashMap.newKeySet();
        AtomicInteger mostAtOnce = new AtomicInteger();
        AtomicBoolean sampling = new AtomicBoolean(true);
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (sampling.get()) {
                int now = 0;
                for (Map.Entry<Thread, StackTraceElement[]> t : Thread.getAllStackTraces().entrySet()) {
                    for (StackTraceElement frame : t.getValue()) {
                        if (frame.getClassName().equals(ProgressProjection.class.getName())) {
                            listenerThreads.add(t.getKey().getName());
                            now++;
                            break;
                        }
                    }
                }
                mostAtOnce.accumulateAndGet(now, Math::max);
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        // 6 publishers: with the 2 listener threads and the roll-up they stay within the pool of 10 connections
        try (ExecutorService publishers = Executors.newFixedThreadPool(6)) {
            List<java.util.concurrent.Future<?>> published = new ArrayList<>();
            for (List<LearningEvent> one : perLearner) {
                published.add(publishers.submit(() -> one.forEach(this::publish)));
            }
            for (var done : published) {
                done.get(); // a publishing transaction that failed fails the test here, not as a missing count
            }
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> incomplete(f.lessonId) == 0);
        sampling.set(false);
        sampler.join();

        assertThat(events("applied") - applied0).isEqualTo(3.0 * learners);
        assertThat(events("failed") - failed0).as("no listener failed (no lock timeout, no pool timeout)").isZero();
        assertThat(listenerThreads).as("the listener runs on its own executor's threads").isNotEmpty()
                .allSatisfy(name -> assertThat(name).startsWith("progress-"));
        assertThat(mostAtOnce.get()).isBetween(1, properties.listenerThreads());
        assertThat(context.containsBean("applicationTaskExecutor"))
                .as("the application's executor for every other @Async use is still there").isTrue();

        assertLessonFigures(f, learners);
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            rollup.rollUp();
            return db.sql("select count(*) from progress_lesson_deltas where lesson_id = ?").param(f.lessonId)
                    .query(Integer.class).single() == 0;
        });
        assertThat(db.sql("select attempts from progress_activities where lesson_version_id = ? and activity_key = ?")
                .params(f.version.versionId(), "greet-barista").query(Integer.class).single())
                .as("rolled up into the aggregate row").isEqualTo(2 * learners);
        assertLessonFigures(f, learners);
    }

    private void assertLessonFigures(ProgressFixture f, int learners) {
        List<VersionAnalytics> analytics = progress.lessonAnalytics(f.lessonId, "en");
        assertThat(analytics).singleElement().satisfies(v -> {
            assertThat(v.started()).isEqualTo(learners);
            assertThat(v.funnel()).extracting(FunnelStep::sessions).startsWith(learners, 0);
            ActivityStats greet = v.activities().getFirst();
            assertThat(greet.activityKey()).isEqualTo("greet-barista");
            assertThat(greet.attempts()).isEqualTo(2 * learners);
            assertThat(greet.firstTries()).isEqualTo(learners);
            assertThat(greet.firstTryPassRate()).isEqualTo(0.0);
            assertThat(greet.meanAttempts()).isEqualTo(2.0);
            assertThat(greet.meanScore()).isEqualTo(70.0); // (40 + 100) / 2
            assertThat(greet.topFailing()).extracting(ReviewItem::normalized, ReviewItem::failures)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("안녕", learners));
        });
    }

    @Test
    void theLagGaugeIsTheAgeOfTheOldestUnappliedEventAndTheCounterCountsOutcomes() throws Exception {
        ProgressFixture f = new ProgressFixture(library, accounts, "teacher-pl2");
        workers.retryNow();
        await().atMost(Duration.ofSeconds(30)).until(() -> rollup.refreshLag() == 0);
        assertThat(meters.get("koto.progress.lag").gauge().value()).isZero();
        double applied0 = events("applied");
        double failed0 = events("failed");

        LearningEvent start = f.events().getFirst();
        try (Connection blocker = DriverManager.getConnection(TestDatabase.url(), TestDatabase.USER, "")) {
            blocker.setAutoCommit(false);
            try (Statement st = blocker.createStatement()) {
                st.execute("lock table progress_applied in exclusive mode");
            }
            publish(start); // committed; its listener now waits for the lock
            Thread.sleep(1500);
            double lag = rollup.refreshLag();
            assertThat(lag).isBetween(1.4, 60.0);
            assertThat(meters.get("koto.progress.lag").gauge().value()).isGreaterThanOrEqualTo(1.4);
            // the worker gives up at the lock timeout (2 s): failed, the event stays in the inbox (deferred)
            await().atMost(Duration.ofSeconds(20)).until(() -> events("failed") > failed0);
            blocker.rollback();
        }
        // the one attempt while the table was locked failed at the lock timeout and applied nothing; the event was
        // deferred under the lock it was taken with (ProgressApplier.applyDue rolls back to a savepoint), so no
        // other worker could take it again before it is due
        assertThat(events("failed") - failed0).isEqualTo(1.0);
        assertThat(events("applied")).isEqualTo(applied0);
        assertThat(rollup.refreshLag()).as("still pending after the failure").isGreaterThanOrEqualTo(2.0);

        workers.retryNow();
        await().atMost(Duration.ofSeconds(20)).until(() -> events("applied") > applied0);
        // its lesson delta is rolled up within a tick or two, then nothing is pending
        await().atMost(Duration.ofSeconds(20)).until(() -> rollup.refreshLag() == 0);
        assertThat(events("applied") - applied0).isEqualTo(1.0);
        assertThat(progress.learner(f.learnerA.id(), "en").sessionsStarted()).isEqualTo(1);
        publish(start); // delivered again: a duplicate changes nothing and is not counted
        await().atMost(Duration.ofSeconds(20)).until(() -> incomplete(f.lessonId) == 0);
        assertThat(events("applied") - applied0).isEqualTo(1.0);
        assertThat(progress.learner(f.learnerA.id(), "en").sessionsStarted()).isEqualTo(1);
    }

    private static LearningEvent.TurnRecorded turn(ProgressFixture f, UUID session, UUID learner, int seq, int attempt,
            String answer, int score, boolean passed, java.time.Instant at) {
        return new LearningEvent.TurnRecorded(session, learner, seq, f.lessonId, f.version.versionId(), "en", 0,
                f.version.document().stages().getFirst().key(), "greet-barista", attempt, "c-" + seq, answer, null,
                score, passed, passed ? List.of() : List.of(new LearningEvent.TurnError(ErrorCategory.ENDING, "안녕",
                        "안녕하세요")), EvaluationSource.RULES, "안녕하세요", false, false, at);
    }
}
