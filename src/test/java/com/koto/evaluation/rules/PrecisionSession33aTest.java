package com.koto.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.evaluation.Evaluation;
import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Precision of six classes of false alarms (session 33, helper s33a), on sentences of other tasks than the development
 * sets, with the wrong look-alikes each must still catch: the activity one goes to do as the object of 가다/오다
 * ({@link Lexicon#PURPOSE_OF_GOING}); the past greeting 안녕하셨어요 ({@link PastGreetings}); the pronouns of two persons
 * in reordered sentences ({@link TopicPronouns#otherPersonSaidToo}); a duration before a verbal noun
 * ({@link OptionalPieces#nounBeforeCountedAction}); the connective -ㄴ데 read as the bound noun 데
 * ({@link JoinedConnectives}); a noun stated with the copula for a nominalised clause ({@link CopulaStatements}).
 */
class PrecisionSession33aTest {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    /** answer; accepted ({@code |}-separated); register; PASS, SPACING (passes with a spacing note) or the category expected. */
    @ParameterizedTest(name = "{0} for {1}: {3}")
    @CsvSource(delimiter = ';', value = {
            // 가다/오다 take the activity one goes to do as their object (이사를 가다, 구경을 오다)
            "다음 달에 부산으로 이사를 가요.; 다음 달에 부산으로 이사 가요.; POLITE; PASS",
            "동생이 서울에 구경을 왔어요.; 동생이 서울에 구경 왔어요.; POLITE; PASS",
            "내일 공항에 마중을 갈게요.; 내일 공항에 마중 갈게요.; POLITE; PASS",
            "친구가 병문안을 왔어요.; 친구가 병문안 왔어요.; POLITE; PASS",
            "버스를 왔어요.; 버스가 왔어요.; POLITE; particle_wrong",
            "열을 나요.; 열이 나요.; POLITE; particle_wrong",
            // the time with 쯤 of a part of a period, which the particle above no longer hides (말쯤 for 말에)
            "다음 달 초쯤 이사를 갈 거예요.; 다음 달 초에 이사 갈 거예요.; POLITE; PASS",
            "3월쯤 유학을 가요.; 3월에 유학 가요.; POLITE; PASS",
            // the past greeting asks after the time since the last meeting
            "사장님, 안녕하셨습니까? 오랜만입니다.; 사장님, 안녕하십니까? 오랜만입니다.; FORMAL; PASS",
            "선생님, 안녕하셨어요? 오늘 수업 있으세요?; 선생님, 안녕하세요? 오늘 수업 있으세요?; POLITE; PASS",
            "선생님, 그동안 잘 지내세요?; 선생님, 그동안 잘 지내셨어요?; POLITE; tense",
            // both persons said: the learner tells first and asks back
            "나 어제 영화 봤어. 너는 뭐 했어?; 어제 뭐 했어? 나는 영화 봤어.; CASUAL; PASS",
            "너는 부산에 갔어.; 나는 부산에 갔어.; CASUAL; spelling",
            // a duration measures the action of a verbal noun
            "6개월 등록할게요.; 6개월 회원 등록할게요.; POLITE; PASS",
            "1년 계약하고 싶어요.; 1년 전세 계약하고 싶어요.; POLITE; PASS",
            "물 주세요.; 따뜻한 물 주세요.; POLITE; incomplete",
            // the connective -ㄴ데 where the accepted answer has the bound noun 데 and a predicate that takes it
            "배가 아픈데 약 있어요?; 배 아픈 데 먹는 약 있어요?; POLITE; PASS",
            "머리가 아픈데 약 있어요?; 머리 아픈 데 먹는 약 있어요?; POLITE; PASS",
            "머리 아픈데 먹는 약 있어요?; 머리 아픈 데 먹는 약 있어요?; POLITE; SPACING",
            // the noun stated with the copula
            "제 꿈은 의사예요.; 제 꿈은 의사가 되는 거예요.; POLITE; PASS",
            "제 장점은 인내심입니다.; 제 장점은 인내심이 강하다는 것입니다.; FORMAL; PASS",
            "제 장점은 책임감이에요.; 제 장점은 책임감이 강하다는 거예요.; POLITE; PASS",
            "제 장점은 인내심.; 제 장점은 인내심이 강하다는 것입니다.; FORMAL; incomplete",
    })
    void judged(String answer, String accepted, String register, String expected) {
        Evaluation e = RuleRows.evaluate(EVALUATOR, answer, accepted, Register.valueOf(register));
        switch (expected) {
            case "PASS" -> assertThat(e.errors()).as(answer + ": " + e.errors()).isEmpty();
            case "SPACING" -> assertThat(e.passed() && !e.errors().isEmpty()
                    && e.errors().stream().allMatch(x -> x.category().wireName().equals("spacing")))
                    .as(answer + ": " + e.errors()).isTrue();
            default -> {
                assertThat(e.passed()).as(answer + ": " + e.errors()).isFalse();
                assertThat(e.errors()).as(answer + ": " + e.errors())
                        .anyMatch(x -> expected.equals(x.category().wireName()));
            }
        }
        if (expected.equals("PASS")) {
            assertThat(e.passed()).as(answer).isTrue();
        }
    }
}
