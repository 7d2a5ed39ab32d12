package com.koto.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.Evaluation;
import com.koto.evaluation.EvaluationError;
import com.koto.evaluation.EvaluationRequest;
import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Numbers and counters on the learner's own words ({@link Counters}, issue 11, helper eval7a): the
 * number system a counter takes, the short native forms before a counter, the counter a person or
 * an animal takes. Each rule has a catching row and a correct answer that must pass; the answers
 * are written for this test, not taken from the gold sets. {@code PASS} = passes with no error but
 * spacing; {@code NOT <category>} = no error of that category; otherwise the category the answer
 * must fail with and the correction it must show.
 */
class CountersTest {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0}: {1} ⇒ {3} {4}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', value = {
        // the number system a counter takes (Yeon & Brown, numerals and counters; 표준 국어문법론, 수사)
        "Sino before 달; 한국에서 삼 달 살았어요.; 한국에서 석 달 살았어요.|한국에서 세 달 살았어요.|한국에서 3개월 살았어요.; VOCABULARY; 세 달",
        "개월 with Sino passes; 한국에서 삼 개월 살았어요.; 한국에서 세 달 살았어요.; PASS; ",
        "이 before 시 with the hour accepted; 내일 이 시에 만나요.; 내일 두 시에 만나요.|내일 2시에 봐요.; VOCABULARY; 두 시",
        "이 시간 'this time' passes; 이 시간에 보통 운동해요.; 보통 저녁에 운동해요.; NOT VOCABULARY; ",
        "이 달 'this month' passes; 이 달에 이사해요.; 이번 달에 이사해요.; NOT VOCABULARY; ",
        "Sino 12 before 시; 밤 십이 시에 자요.; 밤 열두 시에 자요.|밤 12시에 자요.; VOCABULARY; 열두 시",
        "digits pass; 밤 12시에 자요.; 밤 열두 시에 자요.; PASS; ",
        "native before 일 of days; 한국에 열다섯 일 있었어요.; 한국에 15일 있었어요.|한국에 십오 일 있었어요.; VOCABULARY; 십오 일",
        "native before 인분; 불고기 둘 인분 주세요.; 불고기 2인분 주세요.|불고기 이 인분 주세요.; VOCABULARY; 이 인분",
        "Sino before 인분 passes; 불고기 이 인분 주세요.; 불고기 2인분 주세요.; PASS; ",
        "사흘 passes; 작은 차를 사흘 동안 빌리고 싶어요.; 작은 차를 삼 일 동안 빌리고 싶어요.; NOT VOCABULARY; ",
        "한 일 'the work done' passes; 어제 한 일을 말해 주세요.; 어제 한 일을 말해 주세요.; PASS; ",
        "a number in two systems; 삼백두 호에 묵고 있어요.; 302호에 묵고 있어요.|삼백이 호에 묵고 있어요.; VOCABULARY; 삼백이 호",
        "a Sino room number passes; 삼백이 호에 묵고 있어요.; 302호에 묵고 있어요.; PASS; ",
        // the short forms before a counter
        "하나 before 잔; 커피 하나 잔 주세요.; 커피 한 잔 주세요.; VOCABULARY; 한 잔",
        "스물 before 살; 제 동생은 스물 살이에요.; 제 동생은 스무 살이에요.; VOCABULARY; 스무 살",
        "하나 without a counter passes; 커피 하나 주세요.; 커피 한 잔 주세요.; NOT VOCABULARY; ",
        "하나 before 살 수 passes; 이거 하나 살 수 있어요?; 이거 하나 살 수 있어요?; PASS; ",
        // the counter the noun takes (표준국어대사전 '명', '마리', '개')
        "개 for people; 사람 몇 개 있어요?; 몇 명이에요?|사람이 몇 명 있어요?; VOCABULARY; 몇 명",
        "개 for people with a price; 사람 한 개에 만 원이에요.; 한 명에 만 원이에요.|한 사람에 만 원이에요.; VOCABULARY; 한 명",
        "개 for an animal; 고양이 두 개 있어요.; 고양이 두 마리 있어요.; VOCABULARY; 두 마리",
        "a subject floating the count of things passes; 아이가 사과를 두 개 먹었어요.; 아이가 사과를 두 개 먹었어요.; PASS; ",
        "a person with 명 passes; 학생 세 명이 왔어요.; 학생 세 명이 왔어요.; PASS; "
    })
    void rule(String rule, String answer, String expected, String verdict, String correction) {
        Evaluation e = EVALUATOR.evaluate(new EvaluationRequest(List.of(expected.split("\\|")), List.of(), answer,
                "en", Register.POLITE, null));
        List<ErrorCategory> categories = e.errors().stream().map(EvaluationError::category).toList();
        if (verdict.startsWith("NOT ")) {
            assertThat(categories).as("%s: %s", rule, answer).doesNotContain(ErrorCategory.valueOf(verdict.substring(4)));
            return;
        }
        if (verdict.equals("PASS")) {
            assertThat(e.passed()).as("%s: %s should pass, got %s", rule, answer, e.errors()).isTrue();
            assertThat(categories).allMatch(c -> c == ErrorCategory.SPACING);
            return;
        }
        assertThat(e.passed()).as("%s: %s should fail", rule, answer).isFalse();
        assertThat(categories).as("%s: %s", rule, answer).contains(ErrorCategory.valueOf(verdict));
        assertThat(e.errors()).as("%s: %s", rule, answer).anyMatch(err -> err.correction().equals(correction));
    }
}
