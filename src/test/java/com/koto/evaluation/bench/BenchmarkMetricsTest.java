package com.koto.evaluation.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The benchmark's span and edit matching, which every reported span figure rests on. */
class BenchmarkMetricsTest {

    @Test
    void spanMatchComparesTheStringsAfterTrimmingAndFinalPunctuation() {
        assertThat(BenchmarkMetrics.sameSpan("커피을", "커피를", " 커피을 ", "커피를.")).isTrue();
        assertThat(BenchmarkMetrics.sameSpan("삼 시", "세 시", "삼 시에", "세 시에")).isFalse();
        assertThat(BenchmarkMetrics.sameSpan("민수아", "민수야", "민수아,", "민수야,")).isTrue();
        assertThat(BenchmarkMetrics.sameSpan("민수아,", "민수야,", "민수아", "민수야")).isTrue();
        assertThat(BenchmarkMetrics.sameSpan("민수아", "민수씨", "민수아,", "민수야,")).isFalse();
        assertThat(BenchmarkMetrics.sameSpan("수건", "수건 두 개", "", "두 개")).isTrue();
    }

    @Test
    void editMatchIgnoresWhereTheSpanBoundaryWasDrawn() {
        String answer = "다음 주 화요일 오후 삼 시에 예약하고 싶어요.";
        assertThat(BenchmarkMetrics.sameEdit(answer, "삼 시", "세 시", "삼 시에", "세 시에")).isTrue();
        assertThat(BenchmarkMetrics.sameEdit(answer, "삼", "세", "삼 시에", "세 시에")).isTrue();
        assertThat(BenchmarkMetrics.sameEdit("당신 우산 좀 빌려 주세요.", "당신", "", "당신 우산", "우산")).isTrue();
        assertThat(BenchmarkMetrics.sameEdit("다시 천천히 말해 줘.", "말해 줘", "말해 주세요", "줘.", "주세요.")).isTrue();
    }

    @Test
    void editMatchNeverMatchesADifferentChange() {
        String answer = "작은 차를 3일 동안 빌려고 싶어요.";
        assertThat(BenchmarkMetrics.sameEdit(answer, "빌려고", "빌리려고", "빌려고", "빌리고")).isFalse();
        assertThat(BenchmarkMetrics.sameEdit(answer, "차를", "차가", "빌려고", "빌리고")).isFalse();
        assertThat(BenchmarkMetrics.sameEdit(answer, "", "작은", "빌려고", "빌리고")).isFalse();
        assertThat(BenchmarkMetrics.sameEdit(answer, "없는 말", "말", "없는 말", "말")).isFalse();
    }

    @Test
    void routingCountsSureAndUnsureVerdictsByGold() {
        var rules = new com.koto.evaluation.rules.RuleEvaluator(new com.koto.evaluation.TestPacks());
        java.util.List<DevSet.Item> items = java.util.List.of(
                // the accepted answer itself: passed, and sure
                new DevSet.Item("a", "cafe", "polite", java.util.List.of("아메리카노 한 잔 주세요."), "아메리카노 한 잔 주세요.",
                        true, null, null, null, "en", null),
                // a wrong allomorph: failed, and sure
                new DevSet.Item("b", "cafe", "polite", java.util.List.of("커피를 주세요."), "커피을 주세요.",
                        false, java.util.Set.of("particle_allomorph"), null, null, "en", null));
        String routed = EvaluationBenchmark.routing(items, rules, "en", 0.75);
        assertThat(routed).contains("correct, passed       1      0").contains("wrong, failed         1      0")
                .contains("model asked          0.0 % of answers (0 of 2)")
                .contains("rules alone 100.0 %; with a model always wrong 100.0 %, always right 100.0 %");
        // above every confidence the rules give, every answer is the model's
        assertThat(EvaluationBenchmark.routing(items, rules, "en", 1.01)).contains("model asked          100.0 % of answers (2 of 2)")
                .contains("always wrong 0.0 %");
    }
}
