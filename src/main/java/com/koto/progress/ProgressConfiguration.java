package com.koto.progress;

import org.springframework.context.annotation.Configuration;

/**
 * Progress wiring: the learning events are accepted by {@link ProgressListener} into
 * {@link ProgressInbox} and applied by {@link ProgressApplier}'s workers; {@link #resubmit} makes every
 * deferred event due now (what a restart does, since the workers read the inbox when they start).
 */
@Configuration
class ProgressConfiguration {

    private final ProgressApplier applier;

    ProgressConfiguration(ProgressApplier applier) {
        this.applier = applier;
    }

    /** Makes every pending learning event due now (a failed one included) and wakes the workers. */
    void resubmit() {
        applier.retryNow();
    }
}
