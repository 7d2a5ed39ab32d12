package com.koto.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.langpack.LangPacks;
import com.koto.support.ModuleTestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The evaluation module boots alone (its own beans only; the language packs it reads come from the real pack files)
 * and judges an answer through the evaluator other modules inject: without a Gemini key, the rules.
 */
@ApplicationModuleTest
class EvaluationModuleTest {

    @TestConfiguration(proxyBeanMethods = false)
    static class RealPacks {
        @Bean
        LangPacks langPacks() {
            return new TestPacks();
        }
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        ModuleTestDatabase.register(registry);
    }

    @Autowired
    Evaluator evaluator;

    @Test
    void theModulesEvaluatorFindsAWrongObjectParticleWithItsRules() {
        Evaluation e = evaluator.evaluate(EvaluationRequest.of(List.of("커피를 주세요"), "커피을 주세요", "id"));
        assertThat(e.passed()).isFalse();
        assertThat(e.source()).isEqualTo(EvaluationSource.RULES);
        assertThat(e.errors()).extracting(EvaluationError::original).contains("커피을");
        assertThat(e.errors()).extracting(EvaluationError::category).contains(ErrorCategory.PARTICLE_ALLOMORPH);
    }
}
