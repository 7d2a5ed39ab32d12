package com.koto.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Start-up seeding runs the modules' steps in the order of the one stage list, whatever the bean order. */
class SeedingTest {

    private static SeedStep step(SeedStep.Stage stage) {
        return new SeedStep() {
            @Override
            public SeedStep.Stage stage() {
                return stage;
            }

            @Override
            public void seed() {
            }
        };
    }

    @Test
    void stepsRunInStageOrderWhateverOrderTheBeansCameIn() {
        Seeding seeding = new Seeding(List.of(step(SeedStep.Stage.PROGRESS), step(SeedStep.Stage.DEMO_LESSONS),
                step(SeedStep.Stage.ACCOUNTS), step(SeedStep.Stage.LANGUAGE_PACKS)), null);
        assertThat(seeding.steps()).extracting(SeedStep::stage).containsExactly(SeedStep.Stage.ACCOUNTS,
                SeedStep.Stage.LANGUAGE_PACKS, SeedStep.Stage.DEMO_LESSONS, SeedStep.Stage.PROGRESS);
    }

    @Test
    void twoStepsCannotClaimOneStage() {
        assertThatThrownBy(() -> new Seeding(List.of(step(SeedStep.Stage.ACCOUNTS), step(SeedStep.Stage.ACCOUNTS)), null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("ACCOUNTS");
    }
}
