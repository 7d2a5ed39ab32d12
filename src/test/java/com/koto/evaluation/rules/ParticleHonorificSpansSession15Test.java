package com.koto.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.Evaluation;
import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 15 (helper eval27e): span and recall classes of particles and honorifics, each named on the
 * learner's own word and corrected as a teacher would. The goal of 가다/오다 written with 에서 is corrected
 * to the goal particle 에/(으)로, not to the accepted answer's 까지 ({@link SpanChoices}); a word the
 * equivalence lexicon rewrote into two is quoted as the learner wrote it ({@link LearnerSpans}); the name
 * a booking is under takes (으)로 with a number of nights between ({@link ArgumentParticles}); -(으)시- on
 * the speaker's own act is the verb's word alone ({@link SpanChoices}); 입니다 written apart from a noun
 * ending in a vowel ({@link Spacing#joinedCopula}). Answers written for this test, in other scenes than
 * the gold sets'; each class has catching rows and rows that must still pass or keep their correction.
 * The register is the first field; {@code PASS} = passes; otherwise the answer fails with that subtype on
 * the given original → correction ({@code *} = any span).
 */
class ParticleHonorificSpansSession15Test {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{1} ⇒ {3} {4}")
    @CsvSource(delimiter = ';', value = {
        // 에서 on the goal of 가다: the goal particle an accepted answer gives the noun, not 까지
        "POLITE; 기사님, 인천공항에서 가 주세요; 인천공항으로 가 주세요|기사님, 인천공항까지 가 주세요; particle_wrong/action_place_for_direction; 인천공항에서→인천공항으로",
        "POLITE; 아저씨, 명동에서 가 주세요; 명동으로 가 주세요|아저씨, 명동까지 가 주세요; particle_wrong/action_place_for_direction; 명동에서→명동으로",
        // 까지 stays: how long it takes (an extent), a starting point named, no goal particle accepted
        "POLITE; 공항에서 얼마나 걸려요?; 공항으로 가요|공항까지 얼마나 걸려요?; particle_wrong/action_place_for_until; 공항에서→공항까지",
        "POLITE; 여기서 시청에서 가 주세요; 시청으로 가 주세요|여기서 시청까지 가 주세요; FAIL_UNTIL; 시청에서→시청까지",
        "POLITE; 기사님, 동대문에서 가 주세요; 기사님, 동대문까지 가 주세요; particle_wrong/action_place_for_until; 동대문에서→동대문까지",
        "POLITE; 기사님, 시청까지 가 주세요; 시청으로 가 주세요|기사님, 시청까지 가 주세요; PASS; *",
        // the learner's word, not the lexicon's rewrite of it
        "POLITE; 200달러를 원화 바꾸고 싶어요; 200달러를 한국 돈으로 바꾸고 싶어요; particle_missing/direction; 원화→원화로",
        "POLITE; 200달러를 원화로 바꾸고 싶어요; 200달러를 한국 돈으로 바꾸고 싶어요; PASS; *",
        // the name a booking is under, with a number of nights or people between
        "FORMAL; 민수 이름에 3박 예약했습니다; 민수 이름으로 3박 예약했습니다; PARTICLE_WRONG; 이름에→이름으로",
        "POLITE; 김민수 이름에 두 명 예약했어요; 김민수 이름으로 두 명 예약했어요; PARTICLE_WRONG; 이름에→이름으로",
        "FORMAL; 민수 이름에 3박 예약했어; 민수 이름으로 3박 예약했습니다; PARTICLE_WRONG; 이름에→이름으로",
        "FORMAL; 민수 이름으로 3박 예약했습니다; 민수 이름으로 3박 예약했습니다; PASS; *",
        "POLITE; 그 호텔에 3박 예약했어요; 그 호텔에 3박 예약했어요; PASS; *",
        // -(으)시- on the speaker's own plan: the verb's word alone
        "POLITE; 저는 내일 친구하고 영화를 보실 거예요; 내일 친구하고 영화를 볼 거예요; honorific/si_extra; 보실→볼",
        "POLITE; 어머니께서 내일 영화를 보실 거예요; 어머니께서 내일 영화를 보실 거예요; PASS; *",
    })
    void namesTheLearnersWord(String register, String answer, String accepted, String expected, String span) {
        if (expected.equals("FAIL_UNTIL")) {
            Evaluation e = RuleRows.evaluate(EVALUATOR, answer, accepted, Register.valueOf(register));
            assertThat(e.passed()).as(answer + ": " + e.errors()).isFalse();
            assertThat(e.errors()).as(answer).noneMatch(x -> x.correction() != null && x.correction().endsWith("시청으로"));
            return;
        }
        if (expected.equals("PARTICLE_WRONG")) {
            // the span, whichever check (the comparison or the booking frame) names it
            Evaluation e = RuleRows.evaluate(EVALUATOR, answer, accepted, Register.valueOf(register));
            assertThat(e.passed()).as(answer + ": " + e.errors()).isFalse();
            assertThat(e.errors()).as(answer).anyMatch(x -> x.category() == ErrorCategory.PARTICLE_WRONG
                    && span.equals(x.original() + "→" + x.correction()));
            return;
        }
        RuleRows.subtypeRow(EVALUATOR, register, answer, accepted, expected, span);
    }

    @ParameterizedTest(name = "{1} ⇒ {3}")
    @CsvSource(delimiter = ';', value = {
        // 입니다 written apart from a noun ending in a vowel: a spacing note, the answer passes
        "FORMAL; 안녕하십니까, 저는 리나 입니다; 저는 리나입니다; 리나 입니다→리나입니다",
        "FORMAL; 제 이름은 부디 입니다; 제 이름은 부디입니다; 부디 입니다→부디입니다",
    })
    void notesTheCopulaWrittenApart(String register, String answer, String accepted, String span) {
        Evaluation e = RuleRows.evaluate(EVALUATOR, answer, accepted, Register.valueOf(register));
        assertThat(e.passed()).as(answer + ": " + e.errors()).isTrue();
        assertThat(e.errors()).as(answer).hasSize(1).allMatch(x -> "spacing/copula".equals(x.subtype())
                && span.equals(x.original() + "→" + x.correction()));
    }

    @ParameterizedTest(name = "{1} still fails")
    @CsvSource(delimiter = ';', value = {
        "FORMAL; 저는 리나 입니다. 김 부장님를 바꿔 주시겠습니까?; 저는 리나입니다. 김 부장님을 바꿔 주시겠습니까?; particle_allomorph/object; 부장님를→부장님을",
    })
    void otherErrorsStillFail(String register, String answer, String accepted, String expected, String span) {
        RuleRows.subtypeRow(EVALUATOR, register, answer, accepted, expected, span);
    }
}
