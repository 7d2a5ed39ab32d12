package com.koto.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** The region settings ({@code koto.region.*}, {@link RegionProperties}) are checked when they are bound at start. */
class RegionPropertiesTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(RegionProperties.class)
    static class OnlyRegion {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(OnlyRegion.class);

    @Test
    void withoutSettingsTheRegionIsUnconfiguredWithEnglishAndKorean() {
        runner.withPropertyValues("koto.region.code=").run(context -> {
            assertThat(context).hasNotFailed();
            RegionProperties defaults = context.getBean(RegionProperties.class);
            assertThat(defaults.code()).isNull();
            assertThat(defaults.configuredCode()).isEmpty();
            assertThat(defaults.instructionLanguage()).isEqualTo("en");
            assertThat(defaults.targetLanguage()).isEqualTo("ko");
            assertThat(defaults).isEqualTo(RegionProperties.unconfigured());
        });
    }

    @Test
    void malformedSettingsStopTheStartWithTheVariableNamed() {
        runner.withPropertyValues("koto.region.code=Indonesia!").run(context -> assertThat(context).getFailure()
                .rootCause().hasMessageContaining("KOTO_REGION"));
        runner.withPropertyValues("koto.region.instruction-language=ind").run(context -> assertThat(context)
                .getFailure().rootCause().hasMessageContaining("KOTO_INSTRUCTION_LANG"));
        runner.withPropertyValues("koto.region.target-language=ja").run(context -> assertThat(context)
                .getFailure().rootCause().hasMessageContaining("KOTO_TARGET_LANG"));
        runner.withPropertyValues("koto.region.code=VN", "koto.region.instruction-language=vi",
                "koto.region.target-language=KO").run(context -> assertThat(context).hasNotFailed());
    }
}
