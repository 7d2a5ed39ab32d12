package com.koto.progress;

import com.koto.tutoring.LearningEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Runs {@code @ApplicationModuleListener}s asynchronously (so a turn does not wait for the read
 * models) and, once the application is ready, resubmits the learning events whose listeners had not
 * completed when the application last stopped (a crash between a turn's commit and its listener).
 * Only {@link LearningEvent}s are resubmitted here; other modules' publications are theirs to handle.
 */
@Configuration
@EnableAsync
class ProgressConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ProgressConfiguration.class);

    private final IncompleteEventPublications incomplete;

    ProgressConfiguration(IncompleteEventPublications incomplete) {
        this.incomplete = incomplete;
    }

    @EventListener(ApplicationReadyEvent.class)
    void resubmitOutstanding() {
        resubmit();
    }

    /** Resubmits every incomplete publication of a learning event. */
    void resubmit() {
        incomplete.resubmitIncompletePublications(p -> p.getEvent() instanceof LearningEvent);
        log.debug("Resubmitted incomplete learning-event publications");
    }
}
