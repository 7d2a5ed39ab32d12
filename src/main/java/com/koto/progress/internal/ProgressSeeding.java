package com.koto.progress.internal;

import com.koto.platform.SeedStep;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Progress's start-up seeding step, after the demo lessons: when asked, first the read models rebuilt from the
 * session log ({@code koto.progress.rebuild-on-start}, {@link ProgressRebuild}), then demo learners playing the
 * published lessons ({@code koto.demo.learners}, {@link DemoLearners}), whose events the live listeners apply.
 */
@Component
public class ProgressSeeding implements SeedStep {

    private final ProgressRebuild rebuild;
    private final DemoLearners demo;
    private final boolean rebuildOnStart;

    @Autowired
    ProgressSeeding(ProgressRebuild rebuild, DemoLearners demo, ProgressProperties properties) {
        this(rebuild, demo, properties.rebuildOnStart());
    }

    public ProgressSeeding(ProgressRebuild rebuild, DemoLearners demo, boolean rebuildOnStart) {
        this.rebuild = rebuild;
        this.demo = demo;
        this.rebuildOnStart = rebuildOnStart;
    }

    @Override
    public Stage stage() {
        return Stage.PROGRESS;
    }

    @Override
    public void seed() {
        if (rebuildOnStart) {
            rebuild.run();
        }
        demo.playConfigured();
    }
}
