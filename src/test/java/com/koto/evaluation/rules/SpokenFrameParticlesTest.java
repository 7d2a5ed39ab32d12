package com.koto.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.evaluation.TestPacks;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 12 (eval19b): particles judged by the frame of the verb that governs the noun — a destination
 * before 어떻게 가요, a time with 에 for the (으)로 of a chosen time, a place with 에 before a verb of
 * stopping, the place of an event with 에서, the subject of the learner's own copula, and a means of payment
 * with 에, an office addressed with 에, the name a booking is under. Each class has a correct answer that passes and a wrong one of the same shape that is still caught
 * with its category, subtype and correction. The sentences are written for this test, not taken from the sets.
 */
class SpokenFrameParticlesTest {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = ';', value = {
        // register; answer; accepted (| between several); PASS or the subtype; original→correction
        // a destination left bare before 어떻게 가요, with a clause after it (Nori reads 어떻게 as 어떻 + 게, 가요 as 'song')
        "POLITE; 도서관 어떻게 가요? 버스 타도 돼요?; 도서관에 어떻게 가요? 버스 타도 돼요?; PASS; *",
        "POLITE; 도서관이 어떻게 가요? 버스 타도 돼요?; 도서관에 어떻게 가요? 버스 타도 돼요?; particle_wrong/subject_for_location; 도서관이→도서관에",
        // a time with 에 for the (으)로 of a chosen time; not with a verb of change
        "POLITE; 다음 주 월요일 오전에 예약하고 싶어요.; 다음 주 월요일 오전으로 예약하고 싶어요.; PASS; *",
        "POLITE; 회의를 세 시에 바꿔 주세요.; 회의를 세 시로 바꿔 주세요.; particle_wrong/location_for_direction; 시에→시로",
        "POLITE; 약속이 저녁에 바뀌었어요.; 약속이 저녁으로 바뀌었어요.; particle_wrong/location_for_direction; 저녁에→저녁으로",
        // the end point of a stop with 에 (내릴게요, 주차하다 take 에 and 에서 alike)
        "POLITE; 저 은행 앞에 내릴게요.; 저 은행 앞에서 내릴게요.; PASS; *",
        "POLITE; 저 약국 앞에 세워 주세요.; 저기 약국 앞에서 세워 주세요.|저 약국 앞에서 내릴게요.; PASS; *",
        "POLITE; 여기에 주차해도 돼요?; 여기서 주차해도 돼요?; PASS; *",
        "POLITE; 저 은행 앞에 밥을 먹을게요.; 저 은행 앞에서 밥을 먹을게요.; particle_wrong/location_for_action_place; 앞에→앞에서",
        // the place of an event with 에서 in the learner's own clause; 에서 before a verb of going stays wrong
        "CASUAL; 토요일에 학교에서 축제 한대. 같이 가자!; 토요일에 학교 축제 같이 가자!|토요일에 학교에서 하는 축제 같이 가자!; PASS; *",
        "CASUAL; 토요일에 학교에서 축제 같이 가자!; 토요일에 학교 축제 같이 가자!; particle_wrong/action_place; 학교에서→학교",
        // an office with 에 as the addressee of the learner's own verb of asking; not before another verb
        "POLITE; 인사팀에 박 대리님 좀 부탁드립니다.; 인사팀 박 대리님 좀 바꿔 주세요.|인사팀 박 대리님 계세요?; PASS; *",
        "POLITE; 인사팀에 박 대리님 좀 바꿔 주세요.; 인사팀 박 대리님 좀 바꿔 주세요.; particle_wrong/location_for_action_place; 인사팀에→인사팀",
        // a bare place before a verb's modifier (하는) is that verb's place missing 에서, not a genitive
        "CASUAL; 토요일에 학교 하는 축제 같이 가자!; 토요일에 학교에서 하는 축제 같이 가자!; particle_missing/action_place; 학교→학교에서",
        "POLITE; 화장실 차가운 물이 안 나와요.; 화장실에서 차가운 물이 안 나와요.; PASS; *",
        // the subject of the learner's own copula or adjective
        "POLITE; 제일 가까운 병원이 어느 쪽이에요?; 제일 가까운 병원에 어떻게 가요?|병원이 어디에 있어요?; PASS; *",
        // a means of payment with 에 before a verb of paying
        "POLITE; 저기요, 카드에 결제할 수 있어요?; 카드 돼요?|카드로 결제할 수 있어요?; particle_wrong/location_for_means; 카드에→카드로",
        "POLITE; 택시비는 현금에 낼게요. 여기서 내려 주세요.; 여기서 내려 주세요. 현금으로 낼게요.; PARTICLE_WRONG; *"
    })
    void particlesByTheGoverningVerb(String register, String answer, String accepted, String expected, String span) {
        if (expected.equals(expected.toUpperCase()) && !expected.equals("PASS")) {
            RuleRows.check(EVALUATOR, "spoken frames", answer, accepted,
                    com.koto.evaluation.Register.valueOf(register), expected);
            return;
        }
        RuleRows.subtypeRow(EVALUATOR, register, answer, accepted, expected, span);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        // answer; the own-word finding (original→correction), or NONE
        "편의점 앞에 세워 주세요. 카드에 계산해도 돼요?; 카드에→카드로",
        "현금에 낼게요.; 현금에→현금으로",
        "교통카드에 충전해 주세요.; NONE",
        "카드에 포인트가 쌓였어요.; NONE",
        // the name a booking is under, bare before 예약하다
        "리사 이름 3박 예약했어요.; 이름→이름으로",
        "민수 이름 두 명 예약하고 싶어요.; 이름→이름으로",
        "이름 알려 주세요.; NONE",
        "예약자 이름 써 주세요.; NONE"
    })
    void aMeansOfPaymentOrABookingNameTakesRo(String answer, String expected) {
        List<Finding> found = ParticleFrames.find(answer, List.of("아무 말"));
        if (expected.equals("NONE")) {
            assertThat(found).as(answer).isEmpty();
            return;
        }
        assertThat(found).as(answer).anySatisfy(f -> {
            assertThat(f.subtype()).isIn("particle_wrong/location_for_means", "particle_missing/means");
            assertThat(f.original() + "→" + f.correction()).isEqualTo(expected);
        });
    }
}
