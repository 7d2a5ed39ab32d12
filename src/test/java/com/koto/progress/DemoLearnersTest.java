package com.koto.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.koto.identity.Accounts;
import com.koto.progress.internal.DemoLearners;
import com.koto.support.IntegrationTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo generator plays real sessions whose figures reach the read models. */
class DemoLearnersTest extends IntegrationTest {

    @Autowired
    DemoLearners demo;
    @Autowired
    Accounts accounts;
    @Autowired
    Progress progress;
    @Autowired
    JdbcClient db;
    @Autowired
    com.koto.content.LessonCatalog catalog;

    @Test
    void demoLearnersPlayEveryLessonThroughTheTurnPath() {
        int turns = demo.generate(3, 7);
        assertThat(turns).isPositive();
        UUID first = accounts.findByUsername("demo-learner-00001").orElseThrow().id();
        await().atMost(Duration.ofSeconds(30)).until(() -> db.sql("""
                select coalesce(sum(turns), 0) from progress_learners where username like 'demo-learner-0000%'""")
                .query(Integer.class).single() == turns);
        int expected = catalog.published(accounts.find(first).orElseThrow().instructionLang()).size();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            var q = progress.of(first, "en");
            return q.sessionsCompleted() + q.sessionsAbandoned() == expected;
        });
        var p = progress.of(first, "en");
        // every published lesson of the learner's language (the demo lessons, and copies other tests published)
        int lessons = catalog.published(accounts.find(first).orElseThrow().instructionLang()).size();
        assertThat(lessons).isGreaterThanOrEqualTo(2);
        assertThat(p.sessionsStarted()).isEqualTo(lessons);
        assertThat(p.sessionsCompleted() + p.sessionsAbandoned()).isEqualTo(lessons); // each played to the end or ended
        assertThat(demo.generate(3, 7)).isZero(); // existing demo learners are skipped
    }
}
