package com.koto.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.evaluation.hybrid.HybridEvaluator;
import com.koto.evaluation.model.EvaluationCache;
import com.koto.evaluation.model.GeminiEvaluator;
import com.koto.langpack.LangPacks;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class EvaluationConfigurationTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(EvaluationProperties.class)
    static class Packs {
        @Bean
        LangPacks langPacks() {
            return new TestPacks();
        }
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(Packs.class, EvaluationConfiguration.class);

    @Test
    void withoutAKeyThePrimaryEvaluatorIsTheRulesAlone() {
        runner.run(ctx -> {
            assertThat(ctx).doesNotHaveBean(GeminiEvaluator.class);
            assertThat(ctx.getBean(Evaluator.class)).isInstanceOf(HybridEvaluator.class);
            assertThat(ctx).hasSingleBean(EvaluationCache.class);
            Evaluation e = ctx.getBean(Evaluator.class).evaluate(
                    EvaluationRequest.of(List.of("커피를 주세요"), "커피을 주세요", "id"));
            assertThat(e.source()).isEqualTo(EvaluationSource.RULES);
            assertThat(e.errors().getFirst().original()).isEqualTo("커피을");
        });
    }

    @Test
    void aKeyEnablesGeminiWithTheConfiguredModelAndDefaults() {
        runner.withPropertyValues("koto.evaluation.gemini.api-key=k", "koto.evaluation.gemini.model=gemini-x")
                .run(ctx -> {
                    assertThat(ctx.getBean(GeminiEvaluator.class).model()).isEqualTo("gemini-x");
                    EvaluationProperties p = ctx.getBean(EvaluationProperties.class);
                    assertThat(p.timeoutBudget()).hasSeconds(2);
                    assertThat(p.confidenceThreshold()).isEqualTo(0.75);
                    assertThat(p.gemini().attempts()).isEqualTo(1);
                    assertThat(p.gemini().thinkingBudget()).isZero();
                });
    }

    @Test
    void theEnvironmentNamesOfTheIssueAlsoWork() {
        runner.withPropertyValues("GEMINI_API_KEY=k", "KOTO_GEMINI_MODEL=gemini-y")
                .run(ctx -> assertThat(ctx.getBean(GeminiEvaluator.class).model()).isEqualTo("gemini-y"));
    }
}
