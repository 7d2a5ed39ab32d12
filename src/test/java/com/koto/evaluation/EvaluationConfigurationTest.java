package com.koto.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.evaluation.hybrid.HybridEvaluator;
import com.koto.evaluation.model.EvaluationCache;
import com.koto.evaluation.model.GeminiEvaluator;
import com.koto.langpack.LangPacks;
import com.koto.platform.Gemini;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.Environment;
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

        /** Platform's Gemini bean as the application builds it from {@code koto.gemini.*}. */
        @Bean
        Gemini gemini(Environment env) {
            return Gemini.of(env.getProperty("koto.gemini.api-key"), env.getProperty("koto.gemini.base-url"))
                    .withModel(Gemini.Use.EVALUATION, env.getProperty("koto.gemini.models.evaluation", "gemini-2.5-flash"));
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
        runner.withPropertyValues("koto.gemini.api-key=k", "koto.gemini.models.evaluation=gemini-x")
                .run(ctx -> {
                    assertThat(ctx.getBean(GeminiEvaluator.class).model()).isEqualTo("gemini-x");
                    EvaluationProperties p = ctx.getBean(EvaluationProperties.class);
                    assertThat(p.useModel()).isTrue();
                    assertThat(p.timeoutBudget()).hasSeconds(2);
                    assertThat(p.confidenceThreshold()).isEqualTo(0.75);
                    assertThat(p.modelAttempts()).isEqualTo(1);
                    assertThat(p.thinkingBudget()).isZero();
                });
    }

    @Test
    void theModelCanBeSwitchedOffWhileGeminiServesSpeech() {
        runner.withPropertyValues("koto.gemini.api-key=k", "koto.evaluation.use-model=false")
                .run(ctx -> assertThat(ctx).doesNotHaveBean(GeminiEvaluator.class));
    }

    @Test
    void theEnvironmentNamesOfTheIssueAlsoWork() {
        // application.yml maps the documented variables onto koto.gemini.*
        runner.withInitializer(new org.springframework.boot.test.context.ConfigDataApplicationContextInitializer())
                .withPropertyValues("GEMINI_API_KEY=k", "KOTO_GEMINI_MODEL=gemini-y")
                .run(ctx -> assertThat(ctx.getBean(GeminiEvaluator.class).model()).isEqualTo("gemini-y"));
    }
}
