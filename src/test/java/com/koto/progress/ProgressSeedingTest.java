package com.koto.progress;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.progress.internal.DemoLearners;
import com.koto.progress.internal.ProgressRebuild;
import com.koto.progress.internal.ProgressSeeding;
import com.koto.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/** The start-up seeding step rebuilds the read models when asked: in one transaction, with nobody signed in. */
class ProgressSeedingTest extends IntegrationTest {

    @Autowired
    ProgressRebuild rebuild;
    @Autowired
    DemoLearners demo;
    @Autowired
    JdbcClient db;

    @Test
    void aRebuildAskedForAtStartRunsWithoutASignedInAdmin() {
        SecurityContextHolder.clearContext();
        String token = api().newLearnerToken("en");
        api().withToken(token).startSession("cafe-ordering");

        new ProgressSeeding(rebuild, demo, true).seed();

        assertThat(db.sql("select count(*) from progress_sessions").query(Integer.class).single()).isPositive();
    }
}
