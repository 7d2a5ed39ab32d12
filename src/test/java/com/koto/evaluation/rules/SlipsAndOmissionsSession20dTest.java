package com.koto.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.Evaluation;
import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a slip of form hid from the comparison (session 20, s20d; {@link OmissionsBesideSlips}): a number the task
 * gives, left out, or one adverbial particle left out, found by evaluating the answer again with its slips of form
 * and spacing repaired — through the whole rule evaluator, with correct answers and look-alikes whose only error must
 * stay the one reported; and a word left out after a clause of cause or background given on the word after it
 * ({@link SentenceCheck#closesClause}).
 */
class SlipsAndOmissionsSession20dTest {

    private static final RuleEvaluator RULES = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0} fails with {3}: {4} → {5}")
    @CsvSource(delimiter = ';', value = {
        // a particle allomorph and the period left out: the gap on the word after the repaired one
        "소형차을 빌리고 싶습니다.; 소형차를 3일 동안 빌리고 싶습니다.|작은 차를 사흘 동안 렌트하고 싶습니다.; FORMAL; INCOMPLETE; 빌리고; 3일 동안 빌리고",
        "카메라을 빌리고 싶어요.; 카메라를 2일 동안 빌리고 싶어요.; POLITE; INCOMPLETE; 빌리고; 2일 동안 빌리고",
        // a misspelt ending and the room number left out
        "물 두 병 배달해 주새요.; 302호로 물 두 병 배달해 주세요.; POLITE; INCOMPLETE; 물; 302호로 물",
        // a numeral joined to its counter and the quantity left out
        "비빔밥 두개하고 콜라 주세요.; 비빔밥 두 개하고 콜라 한 병 주세요.|비빔밥 2인분이랑 콜라 한 병 주세요.; POLITE; INCOMPLETE; 콜라; 콜라 한 병",
        // a numeral of the wrong system (and a spacing slip) and (으)로 left out
        "부디 이름 두박 예약 했습니다.; 부디 이름으로 2박 예약했습니다.|부디라는 이름으로 방을 이틀 예약했습니다.; FORMAL; PARTICLE_MISSING; 이름; 이름으로",
        "리나 이름 세박 예약했습니다.; 리나 이름으로 3박 예약했습니다.; FORMAL; PARTICLE_MISSING; 이름; 이름으로",
        "자카르타 있는 호텔에서 두 년 동안 일했습니다.; 자카르타에 있는 호텔에서 2년 동안 일했습니다.; FORMAL; PARTICLE_MISSING; 자카르타; 자카르타에",
        // a gap after a clause of cause goes on the word after it (SentenceCheck.closesClause)
        "너무 추우니까 타자.; 너무 추우니까 지하철 타자.; CASUAL; INCOMPLETE; 타자; 지하철 타자",
        // after an object, on the word before it, as before
        "소형차를 빌리고 싶습니다.; 소형차를 3일 동안 빌리고 싶습니다.; FORMAL; INCOMPLETE; 소형차를; 소형차를 3일 동안",
    })
    void theHiddenErrorIsReported(String answer, String accepted, Register register, ErrorCategory category,
            String original, String correction) {
        Evaluation e = RuleRows.evaluate(RULES, answer, accepted, register);
        assertThat(e.passed()).as("%s: %s", answer, e.errors()).isFalse();
        assertThat(e.errors()).as("%s", answer).anySatisfy(x -> {
            assertThat(x.category()).isEqualTo(category);
            assertThat(x.original()).isEqualTo(original);
            assertThat(x.correction()).isEqualTo(correction);
        });
    }

    @ParameterizedTest(name = "{0} passes against {1}")
    @CsvSource(delimiter = ';', value = {
        // only a spacing slip: the spaced answer passes, so does this one
        "비빔밥 두개하고 콜라 한 병 주세요.; 비빔밥 두 개하고 콜라 한 병 주세요.; POLITE",
        "지하철역에 어떻게가요?; 지하철역에 어떻게 가요?|지하철역이 어디예요?; POLITE",
        // a spacing slip beside a word the writers let pass (이번 주): no number or particle is missing
        "금요일 저녁 7시에 네 명 예약 하고 싶습니다.; 이번 주 금요일 저녁 7시에 네 명 예약하고 싶습니다.; FORMAL",
    })
    void correctAnswersWithASpacingSlipPass(String answer, String accepted, Register register) {
        Evaluation e = RuleRows.evaluate(RULES, answer, accepted, register);
        assertThat(e.passed()).as("%s: %s", answer, e.errors()).isTrue();
    }

    @ParameterizedTest(name = "{0} fails on {3} alone")
    @CsvSource(delimiter = ';', value = {
        // a slip of form beside a word left out that is no number (너무): the slip alone is reported
        "밤에 시끄러서 잠을 못 자요.; 밤에 너무 시끄러워서 잠을 못 자요.; POLITE; ENDING",
        // nothing left out: the allomorph alone
        "소형차을 3일 동안 빌리고 싶습니다.; 소형차를 3일 동안 빌리고 싶습니다.; FORMAL; PARTICLE_ALLOMORPH",
    })
    void theSlipAloneIsReported(String answer, String accepted, Register register, ErrorCategory category) {
        Evaluation e = RuleRows.evaluate(RULES, answer, accepted, register);
        assertThat(e.passed()).as("%s: %s", answer, e.errors()).isFalse();
        assertThat(e.errors()).as("%s", answer).allSatisfy(x -> assertThat(x.category()).isEqualTo(category));
    }
}
