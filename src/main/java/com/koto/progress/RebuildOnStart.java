package com.koto.progress;

import com.koto.platform.SeedStep;
import org.springframework.stereotype.Component;

/**
 * The start-up seeding step that rebuilds the progress read models ({@link ProgressRebuild}) when
 * {@code koto.progress.rebuild-on-start} is set; after the demo lessons, before the demo learners.
 */
@Component
class RebuildOnStart implements SeedStep {

    private final ProgressRebuild rebuild;
    private final ProgressProperties properties;

    RebuildOnStart(ProgressRebuild rebuild, ProgressProperties properties) {
        this.rebuild = rebuild;
        this.properties = properties;
    }

    @Override
    public Stage stage() {
        return Stage.PROGRESS_REBUILD;
    }

    @Override
    public void seed() {
        if (properties.rebuildOnStart()) {
            rebuild.run();
        }
    }
}
