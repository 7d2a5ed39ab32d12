package com.koto.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 35 (helper s35b): checks that fire from the grammar alone, with no accepted answer writing the word — an
 * adjective with -는데/-는지/-는군요 ({@link ModifierForms#adjectiveOnModifierEnding}), 을/를 before a noun + 나다 or a
 * second subject of 있다/없다 ({@link ObjectlessPredicates}) and the goal of 넣다/담다/두다 bare after a marked object
 * ({@link PutGoals}). Per class, wrong answers it catches and
 * correct look-alikes it must pass; the accepted answers are other wordings on purpose. The sentences are written for
 * this test, not taken from the sets.
 */
class UnsupportedGrammarSession35bTest {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{1} ({3})")
    @CsvSource(delimiter = ';', value = {
            // an adjective with the endings built on the present modifier
            "POLITE; 다리가 아프는데 좀 쉬어도 돼요?; 다리가 아파요. 좀 쉬어도 돼요?; ending/adjective_modifier; 아프는데→아픈데",
            "POLITE; 요즘 일이 바쁘는데 주말에 만나요.; 요즘 바빠서 주말에 봐요.; ending/adjective_modifier; 바쁘는데→바쁜데",
            "CASUAL; 날씨가 좋는데 산책 갈래?; 날씨 좋으니까 산책하자.; ending/adjective_modifier; 좋는데→좋은데",
            "POLITE; 이 방은 좀 춥는데 담요 있어요?; 방이 추워요. 담요 좀 주세요.; ending/adjective_modifier; 춥는데→추운데",
            "POLITE; 배고프는데 뭐 먹을까요?; 배가 고파요. 뭐 먹을래요?; ending/adjective_modifier; 배고프는데→배고픈데",
            "POLITE; 이 옷이 괜찮는지 봐 주세요.; 이 옷 어때요?; ending/adjective_modifier; 괜찮는지→괜찮은지",
            "POLITE; 죄송하는데 다시 말해 주세요.; 죄송하지만 한 번 더 말씀해 주세요.; ending/adjective_modifier; 죄송하는데→죄송한데",
            "POLITE; 이 식당 맛있는데 좀 비싸요.; 이 식당은 맛있지만 비싸요.; PASS; *",
            "POLITE; 재미없는데 다른 거 봐요.; 재미없으니까 다른 영화 봐요.; PASS; *",
            "POLITE; 어제는 좋았는데 오늘은 아파요.; 어제는 괜찮았는데 오늘은 아파요.; PASS; *",
            "CASUAL; 지금 뭐 하는데?; 지금 뭐 해?; PASS; *",
            // 을/를 before a noun + 나다, or before a second subject of 있다/없다
            "POLITE; 세탁기를 고장 나서 빨래를 못 했어요.; 세탁기가 고장 나서 빨래를 못 했어요.; particle_wrong; 세탁기를→세탁기가",
            "POLITE; 어제 차를 사고 나서 기름을 넣었어요.; 어제 차를 사서 주유했어요.; NO particle_wrong/object_on_intransitive; *",
            "POLITE; 이 카메라를 보증 기간이 있어요?; 이 카메라 보증 돼요?; particle_wrong/object_on_intransitive; 카메라를→카메라는",
            "POLITE; 이 방을 창문이 없어요?; 창문 있는 방 있어요?; particle_wrong/object_on_intransitive; 방을→방은",
            "POLITE; 커피를 마실 시간이 없어요.; 커피 마실 시간이 없어요.; PASS; *",
            "POLITE; 이 카메라는 보증 기간이 있어요?; 이 카메라 보증 돼요?; NO particle_wrong/object_on_intransitive; *",
            // the goal of 넣다/담다/두다 bare after the object
            "POLITE; 이 케이크를 상자 넣어 주세요.; 케이크 포장해 주세요.; particle_missing/location; 상자→상자에",
            "POLITE; 반찬을 그릇 담아 주세요.; 반찬 포장해 주세요.; particle_missing/location; 그릇→그릇에",
            "POLITE; 열쇠를 책상 두고 나왔어요.; 열쇠를 방에 두고 나왔어요.; particle_missing/location; 책상→책상에",
            "POLITE; 설탕을 조금 넣어 주세요.; 설탕 조금만 넣어 주세요.; PASS; *",
            "POLITE; 케이크를 상자에 넣어 주세요.; 케이크 포장해 주세요.; PASS; *",
            "POLITE; 짐을 내일 놓을게요.; 짐은 내일 둘게요.; NO particle_missing/location; *",
    })
    void rows(String register, String answer, String accepted, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, span);
    }

    /** The two particle checks on the learner's words alone: the finding as original→correction, or NONE. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "에어컨을 고장 나서 더워요.; 에어컨을→에어컨이",
            "컴퓨터를 고장 났어요.; 컴퓨터를→컴퓨터가",
            "냉장고를 고장 났어요.; 냉장고를→냉장고가",
            "아이를 열 나요.; NONE",
            "집을 사고 나서 이사했어요.; NONE",
            "이 휴대폰을 1년 보증이 있어요?; 휴대폰을→휴대폰은",
            "이 호텔을 수영장이 있어요?; 호텔을→호텔은",
            "이 가방을 다른 색이 없어요?; 가방을→가방은",
            "한국어를 공부할 시간이 없어요.; NONE",
            "이 옷을 입을 필요가 없어요.; NONE",
            "이 휴대폰은 보증이 있어요?; NONE",
    })
    void objectlessPredicates(String answer, String expected) {
        List<Finding> found = ObjectlessPredicates.find(answer);
        if (expected.equals("NONE")) {
            assertThat(found).as(answer).isEmpty();
        } else {
            assertThat(found).as(answer).anyMatch(f -> expected.equals(f.original() + "→" + f.correction()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "옷을 세탁기 넣었어요.; 세탁기→세탁기에",
            "짐을 트렁크 실어 주세요.; 트렁크→트렁크에",
            "편지를 우체통 넣었어요.; 우체통→우체통에",
            "우표를 봉투 붙여 주세요.; 봉투→봉투에",
            "꽃을 꽃병 꽂아 주세요.; 꽃병→꽃병에",
            "음식을 냉장고 넣어 두세요.; 냉장고→냉장고에",
            "설탕을 한 숟가락 넣어 주세요.; NONE",
            "설탕을 조금 넣어 주세요.; NONE",
            "물을 2컵 넣어 주세요.; NONE",
            "예약을 미리 해 두세요.; NONE",
            "짐은 트렁크 실어 주세요.; NONE",
            "가방을 여기 두세요.; NONE",
    })
    void putGoals(String answer, String expected) {
        List<Finding> found = PutGoals.find(answer);
        if (expected.equals("NONE")) {
            assertThat(found).as(answer).isEmpty();
        } else {
            assertThat(found).as(answer).anyMatch(f -> expected.equals(f.original() + "→" + f.correction()));
        }
    }
}
