package com.koto.evaluation.rules;

import com.koto.evaluation.EvaluationRequest;
import com.koto.evaluation.TestPacks;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

@EnabledIfSystemProperty(named = "koto.debug", matches = ".+")
class DebugProbe {
    @Test
    void probe() {
        String[] parts = System.getProperty("koto.debug").split("\\|");
        for (String p : List.of(parts)) {
            System.out.println(p + " => " + Morphology.analyse(com.koto.evaluation.text.AnswerText.normalise(p)));
        }
        var e = new RuleEvaluator(new TestPacks()).evaluate(EvaluationRequest.of(List.of(parts).subList(1, parts.length), parts[0], "en"));
        System.out.println(e);
    }
}
