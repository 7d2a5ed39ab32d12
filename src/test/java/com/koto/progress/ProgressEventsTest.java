package com.koto.progress;

import com.koto.content.LessonLibrary;
import com.koto.identity.Accounts;
import com.koto.progress.internal.ProgressApplier;
import com.koto.progress.internal.ProgressRollup;
import com.koto.support.IntegrationTest;
import com.koto.tutoring.LearningEvent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Base of the tests that publish {@link LearningEvent}s straight into the progress module, as tutoring's
 * turn transaction does, and read the read models back: the beans they share and {@link #publish}.
 */
abstract class ProgressEventsTest extends IntegrationTest {

    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcClient db;
    @Autowired
    LessonLibrary library;
    @Autowired
    Accounts accounts;
    @Autowired
    Progress progress;
    @Autowired
    ProgressApplier workers;
    @Autowired
    ProgressRollup rollup;

    /** Publishes one event in its own transaction (the inbox holds it from the commit on, as in a turn). */
    void publish(LearningEvent event) {
        tx.executeWithoutResult(s -> publisher.publishEvent(event));
    }
}
