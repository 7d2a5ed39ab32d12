package com.koto.evaluation;

import com.koto.evaluation.rules.RuleEvaluator;
import com.koto.langpack.LangPacks;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/** Wires the evaluator other modules inject: one primary {@link Evaluator}. */
@Configuration(proxyBeanMethods = false)
class EvaluationConfiguration {

    @Bean
    @Primary
    Evaluator evaluator(LangPacks packs) {
        return new RuleEvaluator(packs);
    }
}
