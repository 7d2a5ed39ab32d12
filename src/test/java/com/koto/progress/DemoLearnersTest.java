package com.koto.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.koto.identity.Accounts;
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

    @Test
    void demoLearnersPlayEveryLessonThroughTheTurnPath() {
        int turns = demo.generate(3, 7);
        assertThat(turns).isPositive();
        UUID first = accounts.findByUsername("demo-learner-00001").orElseThrow().id();
        await().atMost(Duration.ofSeconds(30)).until(() -> db.sql("""
                select coalesce(sum(turns), 0) from progress_learners where username like 'demo-learner-0000%'""")
                .query(Integer.class).single() == turns);
        var p = progress.of(first, "en");
        assertThat(p.sessionsStarted()).isEqualTo(2); // both demo lessons
        assertThat(p.sessionsCompleted() + p.sessionsAbandoned()).isBetween(1, 2);
        assertThat(demo.generate(3, 7)).isZero(); // existing demo learners are skipped
    }
}
