package com.koto.evaluation.rules;

import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 35 (helper s35b): checks that fire from the grammar alone, with no accepted answer writing the word — an
 * adjective with -는데/-는지/-는군요 ({@link ModifierForms#adjectiveOnModifierEnding}), a person bare before 같이/함께
 * ({@link TogetherPartners}), 을/를 before a noun + 나다 or a second subject of 있다/없다 ({@link ObjectlessPredicates})
 * and the goal of 넣다/담다/두다 bare after a marked object ({@link PutGoals}). Per class, wrong answers it catches and
 * correct look-alikes it must pass; the accepted answers are other wordings on purpose. The sentences are written for
 * this test, not taken from the sets.
 */
class UnsupportedGrammarSession35bTest {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{1} ({3})")
    @CsvSource(delimiter = ';', value = {
            // an adjective with the endings built on the present modifier
            "POLITE; 다리가 아프는데 좀 쉬어도 돼요?; 다리가 아파서 좀 쉬고 싶어요.; ending/adjective_modifier; 아프는데→아픈데",
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
            // a person bare before 같이/함께
            "POLITE; 주말에 동생 같이 쇼핑할 거예요.; 주말에 쇼핑할 거예요.; particle_missing/comitative; 동생→동생이랑",
            "FORMAL; 내년부터 동료들 함께 일하게 됩니다.; 내년부터 일하게 됩니다.; particle_missing/comitative; 동료들→동료들과",
            "CASUAL; 어제 사촌 같이 게임했어.; 어제 게임했어.; particle_missing/comitative; 사촌→사촌이랑",
            "POLITE; 친구하고 같이 왔어요.; 친구하고 같이 왔어요.; PASS; *",
            "CASUAL; 우리 같이 밥 먹자.; 같이 밥 먹자.; PASS; *",
            "CASUAL; 다 같이 사진 찍자.; 같이 사진 찍자.; PASS; *",
            "POLITE; 엄마, 같이 시장에 가요.; 엄마, 같이 시장에 가요.; PASS; *",
            "CASUAL; 동생 같이 가도 돼?; 동생도 같이 가도 돼?; NO particle_missing/comitative; *",
            "POLITE; 우리 가족 같이 여행 갔어요.; 우리 가족 다 같이 여행 갔어요.; NO particle_missing/comitative; *",
            "POLITE; 그 선배는 후배들을 가족 같이 대해요.; 그 선배는 후배들한테 잘해 줘요.; NO particle_missing/comitative; *",
            // 을/를 before a noun + 나다, or before a second subject of 있다/없다
            "POLITE; 세탁기를 고장 나서 빨래를 못 했어요.; 세탁기가 고장 나서 빨래를 못 했어요.; particle_wrong/object_on_intransitive; 세탁기를→세탁기가",
            "POLITE; 어제 차를 사고 나서 기름을 넣었어요.; 어제 차를 사서 주유했어요.; NO particle_wrong/object_on_intransitive; *",
            "POLITE; 이 카메라를 보증 기간이 있어요?; 이 카메라 보증 돼요?; particle_wrong/object_on_intransitive; 카메라를→카메라는",
            "POLITE; 이 방을 창문이 없어요?; 창문 있는 방 있어요?; particle_wrong/object_on_intransitive; 방을→방은",
            "POLITE; 커피를 마실 시간이 없어요.; 커피 마실 시간이 없어요.; PASS; *",
            "POLITE; 이 카메라는 보증 기간이 있어요?; 이 카메라 보증 돼요?; NO particle_wrong/object_on_intransitive; *",
            // the goal of 넣다/담다/두다 bare after the object
            "POLITE; 이 케이크를 상자 넣어 주세요.; 케이크 포장해 주세요.; particle_missing/location; 상자→상자에",
            "POLITE; 반찬을 통 담아 주세요.; 반찬 포장해 주세요.; particle_missing/location; 통→통에",
            "POLITE; 열쇠를 책상 두고 나왔어요.; 열쇠를 방에 두고 나왔어요.; particle_missing/location; 책상→책상에",
            "POLITE; 설탕을 조금 넣어 주세요.; 설탕 조금만 넣어 주세요.; PASS; *",
            "POLITE; 케이크를 상자에 넣어 주세요.; 케이크 포장해 주세요.; PASS; *",
            "POLITE; 짐을 내일 놓을게요.; 짐은 내일 둘게요.; NO particle_missing/location; *",
    })
    void rows(String register, String answer, String accepted, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, span);
    }
}
