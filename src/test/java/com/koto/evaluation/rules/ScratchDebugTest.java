package com.koto.evaluation.rules;

import com.koto.evaluation.EvaluationRequest;
import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("benchmark")
class ScratchDebugTest {
    @Test
    void debug() {
        RuleEvaluator ev = new RuleEvaluator(new TestPacks());
        String[] lines = System.getProperty("dbg", "").split("\\|");
        for (int i = 0; i + 1 < lines.length; i += 2) {
            for (String s : new String[] {lines[i], lines[i + 1]}) {
                System.out.println("ANALYSIS " + s + " => " + Morphology.analyse(com.koto.evaluation.text.AnswerText.normalise(s)));
            }
            var e = ev.evaluate(new EvaluationRequest(List.of(lines[i + 1].split("/")), List.of(), lines[i], "en", Register.POLITE, null));
            System.out.println("RESULT " + e.passed() + " " + e.errors());
        }
    }
}
