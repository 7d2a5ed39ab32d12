package com.koto.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.koto.content.LessonLibrary;
import com.koto.identity.Accounts;
import com.koto.progress.ProgressRecords.ActivityStats;
import com.koto.progress.ProgressRecords.FunnelStep;
import com.koto.progress.ProgressRecords.LearnerProgress;
import com.koto.progress.ProgressRecords.ReviewItem;
import com.koto.progress.ProgressRecords.VersionAnalytics;
import com.koto.progress.ProgressRecords.Weakness;
import com.koto.progress.internal.ProgressRebuild;
import com.koto.support.IntegrationTest;
import com.koto.support.TestDatabase;
import com.koto.tutoring.LearningEvent;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every read model against figures computed by hand from {@link ProgressFixture}'s events, delivered
 * through the real path (published in a transaction, accepted into the inbox with it, applied by the
 * workers): in order, twice each and shuffled, queued up into batches, committed while the workers are
 * stopped (a crash between the turn's commit and the update: applied once they start again), and with
 * a worker killed mid-update (the event is retried and applied once).
 */
@WithMockUser(username = "admin-progress", roles = "ADMIN")
class ProgressReadModelsTest extends ProgressEventsTest {

    @Autowired
    ProgressRebuild rebuild;
    @Autowired
    MeterRegistry meters;

    private int incomplete(ProgressFixture f) {
        return db.sql("""
                select count(*) from progress_inbox where payload like ? or payload like ? or payload like ?""")
                .params("%" + f.s1 + "%", "%" + f.s2 + "%", "%" + f.s3 + "%").query(Integer.class).single();
    }

    private void awaitApplied(ProgressFixture f) {
        await().atMost(Duration.ofSeconds(20)).until(() -> incomplete(f) == 0);
    }

    /** Deltas of the fixture's lesson not rolled up yet. */
    private int pendingDeltas(ProgressFixture f) {
        return db.sql("select count(*) from progress_lesson_deltas where lesson_id = ?").param(f.lessonId)
                .query(Integer.class).single();
    }

    /**
     * The figures right after the listener (lesson figures = aggregates + pending deltas), then again once
     * every delta of the lesson is rolled up into the aggregates: both must be the hand-computed ones.
     */
    private void assertFiguresBeforeAndAfterTheRollUp(ProgressFixture f) {
        assertFigures(f);
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            rollup.rollUp();
            return pendingDeltas(f) == 0;
        });
        assertFigures(f);
    }

    /** Both fixture learners registered in one region, unique to this fixture (accounts.region). */
    private String region(ProgressFixture f) {
        String region = "T" + f.lessonId.toString().substring(0, 6).toUpperCase(java.util.Locale.ROOT);
        db.sql("update accounts set region = ? where id in (?, ?)").params(region, f.learnerA.id(), f.learnerB.id())
                .update();
        return region;
    }

    @Test
    void figuresMatchTheHandComputedOnesInOrder() {
        ProgressFixture f = new ProgressFixture(library, accounts, "teacher-rm1");
        String region = region(f);
        f.events().forEach(this::publish);
        awaitApplied(f);
        assertFiguresBeforeAndAfterTheRollUp(f);
        // cohorts (instruction language, region): A alone in (en, region), B alone in (id, region)
        assertThat(progress.cohorts()).filteredOn(c -> region.equals(c.region()))
                .containsExactlyInAnyOrder(new ProgressRecords.Cohort("en", region, 1, 2, 1, 1, 70.0),
                        new ProgressRecords.Cohort("id", region, 1, 1, 0, 0, 50.0));
    }

    @Test
    void duplicateAndOutOfOrderEventsGiveTheSameFigures() {
        ProgressFixture f = new ProgressFixture(library, accounts, "teacher-rm2");
        List<LearningEvent> events = new ArrayList<>(f.events());
        events.addAll(f.events());
        Collections.shuffle(events, new Random(12));
        // the completion and the ending first, the starts last: nothing may depend on arrival order
        events.sort((x, y) -> Boolean.compare(x instanceof LearningEvent.SessionStarted,
                y instanceof LearningEvent.SessionStarted));
        events.forEach(this::publish);
        awaitApplied(f);
        assertFiguresBeforeAndAfterTheRollUp(f);
    }

    @Test
    void eventsThatQueuedUpAreAppliedInBatchesWithTheSameFigures() throws Exception {
        ProgressFixture f = new ProgressFixture(library, accounts, "teacher-rm4");
        List<LearningEvent> events = new ArrayList<>(f.events());
        events.addAll(f.events());
        Collections.shuffle(events, new Random(34));
        DistributionSummary batches = meters.get("koto.progress.batch").summary();
        long batches0 = batches.count();
        double batched0 = batches.totalAmount();
        // all 22 deliveries become due at the same commit: the workers find them queued up together
        tx.executeWithoutResult(s -> events.forEach(publisher::publishEvent));
        awaitApplied(f);
        assertFiguresBeforeAndAfterTheRollUp(f);
        long batchCount = batches.count() - batches0;
        assertThat(batches.totalAmount() - batched0).as("every delivery went through a batch")
                .isEqualTo(events.size());
        assertThat(batchCount).as("%d events (each twice) in few transactions", events.size())
                .isBetween(1L, 8L);
    }

    @Test
    void eventsCommittedWhileNoWorkerRunsAreAppliedOnceWhenTheWorkersStart() {
        ProgressFixture f = new ProgressFixture(library, accounts, "teacher-rm5");
        workers.stop(); // as after a crash: the turns committed, nothing applied them
        try {
            f.events().forEach(this::publish);
            assertThat(incomplete(f)).as("accepted with their transactions").isEqualTo(f.events().size());
            assertThat(db.sql("select count(*) from progress_sessions where session_id in (?, ?, ?)")
                    .params(f.s1, f.s2, f.s3).query(Integer.class).single()).isZero();
        } finally {
            workers.start(); // the next start
        }
        awaitApplied(f);
        workers.retryNow(); // nothing left: nothing applied twice
        assertFiguresBeforeAndAfterTheRollUp(f);
    }

    @Test
    void anEventWhoseListenerDiedAfterTheCommitIsAppliedOnceAfterRestart() throws Exception {
        ProgressFixture f = new ProgressFixture(library, accounts, "teacher-rm3");
        List<LearningEvent> events = f.events();
        LearningEvent victim = events.get(1); // A's first failed turn
        events.stream().filter(e -> e != victim).forEach(this::publish);
        awaitApplied(f);

        try (Connection blocker = DriverManager.getConnection(TestDatabase.url(), TestDatabase.USER, "")) {
            blocker.setAutoCommit(false);
            try (Statement st = blocker.createStatement()) {
                st.execute("lock table progress_applied in exclusive mode");
            }
            publish(victim); // committed: it is in the inbox
            // the listener now waits for the lock; kill it mid-transaction, as a crash would
            await().atMost(Duration.ofSeconds(20)).until(() -> cancelWaitingListener() > 0);
            // the lock is held until the event is deferred: released earlier, the one-by-one retry that
            // follows a failed batch could apply it at once on a slow machine (a race, not the case tested)
            await().atMost(Duration.ofSeconds(20)).until(() -> db.sql("""
                    select count(*) from progress_inbox where payload like ? and attempts = 1 and due_at > now()""")
                    .param("%" + f.s1 + "%").query(Integer.class).single() == 1);
            blocker.rollback();
        }
        assertThat(progress.learner(f.learnerA.id(), "en").turns()).isEqualTo(4);

        workers.retryNow(); // what the application does when it is ready after a restart
        awaitApplied(f);
        workers.retryNow(); // nothing left: nothing applied twice
        assertFiguresBeforeAndAfterTheRollUp(f);
    }

    @Test
    void aRebuildFromTheLogGivesTheLiveFigures() {
        // the fixture's sessions are not in session_events: the rebuild keeps only logged sessions' figures,
        // so compare a real learner's live figures with the rebuilt ones
        var api = api().newLearner("en");
        String session = api.startSession("cafe-ordering");
        api.post("/api/v1/sessions/" + session + "/events", java.util.Map.of("type", "user_input", "text", "안녕",
                "client_event_id", "rb-1"));
        api.post("/api/v1/sessions/" + session + "/events", java.util.Map.of("type", "user_input", "text",
                "안녕하세요", "client_event_id", "rb-2"));
        api.post("/api/v1/sessions/" + session + "/end", "{}");
        UUID learner = UUID.fromString(api.get("/api/v1/progress/me").json().path("learner_id").asString());
        await().atMost(Duration.ofSeconds(20)).until(() -> progress.of(learner, "en").sessionsAbandoned() == 1);
        LearnerProgress live = progress.learner(learner, "en");
        List<Weakness> liveWeak = progress.weaknesses(learner);
        UUID cafe = live.lessons().getFirst().lessonId();
        // every learning event of the JVM applied, so the live lesson figures are those of the logged sessions
        workers.retryNow();
        await().atMost(Duration.ofSeconds(30)).until(() -> rollup.refreshLag() == 0);
        List<VersionAnalytics> liveAnalytics = progress.lessonAnalytics(cafe, "en");

        rebuild.rebuild();

        assertThat(progress.learner(learner, "en")).isEqualTo(live);
        assertThat(progress.weaknesses(learner)).isEqualTo(liveWeak);
        assertThat(db.sql("select count(*) from progress_lesson_deltas").query(Integer.class).single())
                .as("the rebuild rolls its deltas up before it commits").isZero();
        assertThat(progress.lessonAnalytics(cafe, "en")).isEqualTo(liveAnalytics);
        assertThat(liveAnalytics).isNotEmpty();
        assertThat(live.turns()).isEqualTo(2);
        assertThat(live.sessionsStarted()).isEqualTo(1);
    }

    private int cancelWaitingListener() {
        return db.sql("""
                select count(*) from (select pg_cancel_backend(pid) from pg_stat_activity
                where wait_event_type = 'Lock' and query like '%insert into progress_applied%') x""")
                .query(Integer.class).single();
    }

    private void assertFigures(ProgressFixture f) {
        LearnerProgress a = progress.learner(f.learnerA.id(), "en");
        assertThat(a.username()).isEqualTo(f.learnerA.username());
        assertThat(a.instructionLang()).isEqualTo("en");
        assertThat(a.sessionsStarted()).isEqualTo(2);
        assertThat(a.sessionsCompleted()).isEqualTo(1);
        assertThat(a.sessionsAbandoned()).isEqualTo(1);
        assertThat(a.turns()).isEqualTo(5);
        assertThat(a.averageScore()).isEqualTo(70.0); // (40 + 100 + 90 + 20 + 100) / 5
        assertThat(a.timeOnTaskSeconds()).isEqualTo(900); // S1 5 min + S2 10 min
        assertThat(a.lastActive()).isEqualTo(ProgressFixture.T1.plusSeconds(600));
        assertThat(a.weekly()).containsExactly(
                new ProgressRecords.WeekScore(LocalDate.of(2026, 11, 2), 3, 76.67), // 230 / 3
                new ProgressRecords.WeekScore(LocalDate.of(2026, 11, 9), 2, 60.0)); // 120 / 2
        assertThat(a.lessons()).singleElement().satisfies(l -> {
            assertThat(l.lessonId()).isEqualTo(f.lessonId);
            assertThat(l.sessionsStarted()).isEqualTo(2);
            assertThat(l.sessionsCompleted()).isEqualTo(1);
            assertThat(l.bestScore()).isEqualTo(80);
            assertThat(l.lastActive()).isEqualTo(ProgressFixture.T1.plusSeconds(600));
        });

        List<Weakness> weak = progress.weaknesses(f.learnerA.id());
        assertThat(weak).extracting(Weakness::category, Weakness::failures)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("particle_missing", 2),
                        org.assertj.core.groups.Tuple.tuple("ending", 1));
        assertThat(weak.getFirst().weekly()).containsExactly(
                new ProgressRecords.WeekCount(LocalDate.of(2026, 11, 2), 1),
                new ProgressRecords.WeekCount(LocalDate.of(2026, 11, 9), 1));
        assertThat(weak.getFirst().examples()).extracting(ProgressRecords.Example::answer)
                .containsExactly("안녕 하세요!", "안녕"); // newest first
        assertThat(weak.getFirst().examples().getLast().correction()).isEqualTo("안녕하세요");

        LearnerProgress b = progress.learner(f.learnerB.id(), "en");
        assertThat(b.instructionLang()).isEqualTo("id");
        assertThat(b.sessionsStarted()).isEqualTo(1);
        assertThat(b.sessionsCompleted() + b.sessionsAbandoned()).isZero();
        assertThat(b.averageScore()).isEqualTo(50.0);
        assertThat(b.timeOnTaskSeconds()).isEqualTo(30);

        List<VersionAnalytics> analytics = progress.lessonAnalytics(f.lessonId, "en");
        assertThat(analytics).singleElement().satisfies(v -> {
            assertThat(v.version()).isEqualTo(1);
            assertThat(v.started()).isEqualTo(3);
            assertThat(v.completed()).isEqualTo(1);
            assertThat(v.abandoned()).isEqualTo(1);
            assertThat(v.funnel()).extracting(FunnelStep::sessions).containsExactly(3, 1, 0, 0, 1);
            assertThat(v.funnel().getFirst().label()).isEqualTo("Saying hello");
            assertThat(v.activities()).extracting(ActivityStats::activityKey)
                    .containsExactly("greet-barista", "ask-recommendation"); // hardest first
            ActivityStats greet = v.activities().getFirst();
            assertThat(greet.attempts()).isEqualTo(5);
            assertThat(greet.firstTries()).isEqualTo(3);
            assertThat(greet.firstTryPassRate()).isEqualTo(0.0);
            assertThat(greet.meanAttempts()).isEqualTo(2.0); // passed on attempt 2, twice
            assertThat(greet.meanScore()).isEqualTo(62.0); // 310 / 5
            assertThat(greet.topFailing()).extracting(ReviewItem::normalized, ReviewItem::failures)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("안녕", 2),
                            org.assertj.core.groups.Tuple.tuple("안녕 하세요", 1));
            ActivityStats ask = v.activities().get(1);
            assertThat(ask.firstTryPassRate()).isEqualTo(1.0);
            assertThat(ask.meanAttempts()).isEqualTo(1.0);
            assertThat(ask.meanScore()).isEqualTo(90.0);
        });
        assertThat(progress.cohorts()).extracting(ProgressRecords.Cohort::instructionLang).contains("en", "id");
    }
}
