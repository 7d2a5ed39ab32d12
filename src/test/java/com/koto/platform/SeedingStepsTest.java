package com.koto.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every start-up task that seeds data is a step of the one seeding list, none a start-up hook of its own. */
class SeedingStepsTest extends IntegrationTest {

    @Autowired
    Seeding seeding;

    @Test
    void everyStageHasItsModulesStepInStageOrder() {
        assertThat(seeding.steps()).extracting(SeedStep::stage).containsExactly(SeedStep.Stage.values());
        assertThat(seeding.steps()).extracting(step -> step.getClass().getSimpleName()).containsExactly(
                "BootstrapAdmin", "BundledLangPacks", "DemoContent", "ProgressSeeding");
    }
}
