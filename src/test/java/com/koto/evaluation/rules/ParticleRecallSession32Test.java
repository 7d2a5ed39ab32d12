package com.koto.evaluation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Particle recall of session 32 (helper s32h): the allomorph after an acronym read letter by letter
 * ({@link Particles#letterNameEnd}). Per mechanism, wrong answers it catches and correct look-alikes it must pass, on
 * other tasks than the development sets.
 */
class ParticleRecallSession32Test {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @Test
    void letterNames() {
        assertEquals("이", Particles.of("가").orElseThrow().formAfter("ATM"));
        assertEquals("을", Particles.of("를").orElseThrow().formAfter("SIM"));
        assertEquals("를", Particles.of("을").orElseThrow().formAfter("KTX"));
        assertEquals("로", Particles.of("으로").orElseThrow().formAfter("HTML"));
        assertEquals("은", Particles.of("는").orElseThrow().formAfter("HTML"));
        assertEquals("는", Particles.of("은").orElseThrow().formAfter("PC"));
        assertEquals("가", Particles.of("가").orElseThrow().formAfter("NET")); // NET may be read 넷: not judged
        assertEquals("를", Particles.of("를").orElseThrow().formAfter("iPhone")); // read as a word: not judged
    }

    @ParameterizedTest(name = "{0} for {1} ({2}): {3}")
    @CsvSource(delimiter = ';', value = {
            // the allomorph after an acronym follows the name of its last letter
            "학교 앞에 ATM가 있어요?; 학교 앞에 ATM이 있어요?; POLITE; particle_allomorph/subject; ATM가→ATM이",
            "SNS을 자주 해요.; SNS를 자주 해요.; POLITE; particle_allomorph/object; SNS을→SNS를",
            "PC은 어디에 있어요?; PC는 어디에 있어요?; POLITE; particle_allomorph/topic; PC은→PC는",
            "파일은 PDF으로 보내 주세요.; 파일은 PDF로 보내 주세요.; POLITE; particle_allomorph/direction; PDF으로→PDF로",
            "KTX을 타고 부산에 갈 거예요.; KTX를 타고 부산에 갈 거예요.; POLITE; particle_allomorph/object; KTX을→KTX를",
            "학교 앞에 ATM이 있어요?; 학교 앞에 ATM이 있어요?; POLITE; PASS; *",
            "SNS를 자주 해요.; SNS를 자주 해요.; POLITE; PASS; *",
            "파일은 PDF로 보내 주세요.; 파일은 PDF로 보내 주세요.; POLITE; PASS; *",
            "아이폰을 샀어요.; iPhone을 샀어요.; POLITE; PASS; *",
    })
    void rows(String answer, String accepted, String register, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, span);
    }
}
