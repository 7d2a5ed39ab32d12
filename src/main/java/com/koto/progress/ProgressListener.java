package com.koto.progress;

import com.koto.tutoring.LearningEvent;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Feeds tutoring's {@link LearningEvent}s into the read models. Each is an
 * {@code @ApplicationModuleListener}: asynchronous, after the turn's commit, in its own transaction,
 * with a publication recorded in the turn's transaction and completed only when the update
 * commits. Timed as {@code koto.progress.apply}.
 */
@Component
class ProgressListener {

    private final ProgressProjection projection;
    private final Timer timer;

    ProgressListener(ProgressProjection projection, MeterRegistry meters) {
        this.projection = projection;
        this.timer = Timer.builder("koto.progress.apply").description("Applying one learning event to the read models")
                .publishPercentiles(0.5, 0.95).register(meters);
    }

    @ApplicationModuleListener
    void on(LearningEvent.SessionStarted event) {
        apply(event);
    }

    @ApplicationModuleListener
    void on(LearningEvent.TurnRecorded event) {
        apply(event);
    }

    @ApplicationModuleListener
    void on(LearningEvent.SessionCompleted event) {
        apply(event);
    }

    @ApplicationModuleListener
    void on(LearningEvent.SessionEnded event) {
        apply(event);
    }

    private void apply(LearningEvent event) {
        timer.record(() -> projection.apply(event));
    }
}
