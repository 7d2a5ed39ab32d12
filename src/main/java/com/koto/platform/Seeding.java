package com.koto.platform;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Runs the modules' {@link SeedStep}s at start in the order of {@link SeedStep.Stage} (not by bean order), each
 * under its {@link ClusterLock}. It is an application runner, so the application reports itself ready (readiness
 * probe) only once seeding is done.
 */
@Component
class Seeding implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(Seeding.class);

    private final List<SeedStep> steps;
    private final ClusterLock clusterLock;

    /** @throws IllegalStateException when two steps claim the same stage */
    Seeding(List<SeedStep> steps, ClusterLock clusterLock) {
        Map<SeedStep.Stage, SeedStep> byStage = new EnumMap<>(SeedStep.Stage.class);
        for (SeedStep step : steps) {
            SeedStep other = byStage.put(step.stage(), step);
            if (other != null) {
                throw new IllegalStateException("Two seeding steps for stage " + step.stage() + ": "
                        + other.getClass().getName() + " and " + step.getClass().getName());
            }
        }
        this.steps = steps.stream().sorted(Comparator.comparing(SeedStep::stage)).toList();
        this.clusterLock = clusterLock;
    }

    /** The steps in the order they run. */
    List<SeedStep> steps() {
        return steps;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (SeedStep step : steps) {
            long start = System.nanoTime();
            clusterLock.exclusively(step.stage().lock(), step::seed);
            log.debug("Seeding step {} done in {} ms", step.stage(), (System.nanoTime() - start) / 1_000_000);
        }
    }
}
