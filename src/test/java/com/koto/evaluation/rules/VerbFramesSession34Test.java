package com.koto.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Verb case frames as data (session 34, helper s34a): the inventories of {@code verb-frames.json} grown to the common
 * A1–B1 verbs of everyday scenes, and the checks that read them on the learner's own words — a thing with 이/가 or 에
 * before a verb of 「…을」 ({@link ParticleFrames}, {@link EverydayFrames#objectWithE}), where a thing is left with
 * 에서 ({@link EverydayFrames#placement}), a place of existence or of an activity left bare ({@link EverydayFrames#existence},
 * {@link ActionPlace}), the end of a range and a deadline ({@link EverydayFrames#rangeEnd}, {@link AcceptedRoles}), what
 * a thing is good for, a partner before 같이 and what cuts ({@link GovernedParticles}, {@link CertainRoles},
 * {@link EverydayFrames#cause}). Wrong answers each check catches where the accepted answer differs in another way, and
 * the correct near-neighbours that must pass; sentences of my own, not from the development sets.
 */
class VerbFramesSession34Test {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0} for {1} ({2}): {3}")
    @CsvSource(delimiter = ';', value = {
            // 1. the object of a verb of 「…을」 written with 이/가 or 에
            "지갑이 잃어버렸어요. 경찰서가 어디예요?; 지갑을 잃어버렸어요. 경찰서가 어디에 있어요?; POLITE; particle_wrong/subject_for_object; 지갑이→지갑을",
            "여권이 또 잊어버렸어요.; 여권을 두고 왔어요.; POLITE; particle_wrong/subject_for_object; 여권이→여권을",
            "제 동생은 숙제가 벌써 끝냈어요.; 동생은 숙제를 다 했어요.; POLITE; particle_wrong/subject_for_object; 숙제가→숙제를",
            "우리 엄마는 김치가 잘 만들어요.; 엄마는 김치를 정말 잘 담가요.; POLITE; particle_wrong/subject_for_object; 김치가→김치를",
            "친구는 그 영화가 벌써 봤어.; 친구는 그 영화 벌써 봤대.; CASUAL; particle_wrong/subject_for_object; 영화가→영화를",
            "카드가 분실했어요. 정지해 주세요.; 카드를 잃어버렸어요. 카드를 정지해 주세요.; POLITE; particle_wrong/subject_for_object; 카드가→카드를",
            "저기요, 택시에 좀 불러 주세요.; 택시 좀 불러 주세요.; POLITE; particle_wrong/location_for_object; 택시에→택시를",
            "영수증에 다시 보여 주세요.; 영수증을 좀 보여 주시겠어요?; POLITE; particle_wrong/location_for_object; 영수증에→영수증을",
            "저는 배가 불러요.; 저는 배불러요.; POLITE; NO particle_wrong/subject_for_object; *",
            "이 펜이 잘 안 써져요.; 이 펜은 잘 안 나와요.; POLITE; NO particle_wrong/subject_for_object; *",
            "가수가 노래 불렀어요.; 가수가 노래를 불렀어요.; POLITE; PASS; *",
            "물이 마시고 싶어요.; 물을 마시고 싶어요.; POLITE; PASS; *",
            "시간이 없어요.; 시간이 없어요.; POLITE; PASS; *",
            "택시가 밖에서 기다리고 있어요.; 택시가 밖에서 기다리고 있어요.; POLITE; PASS; *",
            "호텔에 택시를 불러 주세요.; 호텔 앞으로 택시를 불러 주세요.; POLITE; NO particle_wrong/location_for_object; *",
            "손님이 많이 주문했어요.; 손님이 많이 주문했어요.; POLITE; PASS; *",
            "요리사가 음식 만들어요.; 요리사가 음식을 만들어요.; POLITE; NO particle_wrong/subject_for_object; *",
            // 2. where a thing is left, where a thing is, where an activity happens
            "식당에서 지갑을 두고 왔어요.; 지갑을 놓고 왔어요.; POLITE; particle_wrong/action_place_for_location; 식당에서→식당에",
            "지하 주차장에서 차를 세워 두세요.; 차는 주차장에 세우세요.; POLITE; particle_wrong/action_place_for_location; 주차장에서→주차장에",
            "오늘 밤 로비에서 가방을 둬도 돼요?; 가방을 맡겨도 돼요?; POLITE; particle_wrong/action_place_for_location; 로비에서→로비에",
            "냉장고에서 우유를 넣어 두세요.; 우유는 냉장고에 넣으세요.; POLITE; particle_wrong/action_place_for_location; 냉장고에서→냉장고에",
            "호텔에서 짐을 맡겨도 돼요?; 짐을 맡겨도 돼요?; POLITE; NO particle_wrong/action_place_for_location; *",
            "카페에서 노트북을 놓고 공부해요.; 카페에서 공부해요.; POLITE; NO particle_wrong/action_place_for_location; *",
            "가방에서 지갑을 꺼내 놓았어요.; 지갑을 꺼냈어요.; POLITE; NO particle_wrong/action_place_for_location; *",
            "우체국에서 우표를 붙였어요.; 우표를 붙였어요.; POLITE; NO particle_wrong/action_place_for_location; *",
            "사무실에서 전화를 걸었어요.; 전화를 걸었어요.; POLITE; NO particle_wrong/action_place_for_location; *",
            "저는 고기를 안 먹어요. 어떤 요리 고기가 없어요?; 고기 없는 요리가 뭐예요?; POLITE; particle_missing/location; 요리→요리에",
            "무슨 메뉴 땅콩이 있어요?; 땅콩이 들어간 메뉴가 뭐예요?; POLITE; particle_missing/location; 메뉴→메뉴에",
            "나 시간이 없어.; 나 시간 없어.; CASUAL; PASS; *",
            "내일 시간 있어? 카페 같이 숙제하자.; 내일 같이 숙제하자.; CASUAL; particle_missing/activity_place; 카페→카페에서",
            "주말에 도서관 혼자 공부해요.; 주말에 혼자 공부해요.; POLITE; particle_missing/activity_place; 도서관→도서관에서",
            "도서관 같이 가자.; 같이 가자.; CASUAL; NO particle_missing/activity_place; *",
            // 3. the end of a range, a deadline
            "9시부터 6시에 일해요.; 아홉 시부터 여섯 시까지 일해요.; POLITE; particle_wrong/location_for_until; 6시에→6시까지",
            "다음 주 화요일부터 금요일에 출장이에요.; 다음 주에 출장 가요.; POLITE; particle_wrong/location_for_until; 금요일에→금요일까지",
            "월요일부터 수요일까지 휴가예요.; 월요일부터 수요일까지 휴가예요.; POLITE; PASS; *",
            "금요일에 숙제를 낼게요.; 금요일까지 숙제를 낼게요.; POLITE; particle_wrong/location_for_until; 금요일에→금요일까지",
            "내일 오후에 서류를 보내 드릴게요.; 내일 오후까지 서류를 보내 드릴게요.; POLITE; particle_wrong; 오후에→오후까지",
            "금요일에 숙제를 낼게요.; 금요일에 숙제를 낼게요.; POLITE; PASS; *",
            // 4. what a thing is good for, a partner before 같이, what cuts
            "건성 피부 좋은 로션 있어요?; 건성 피부에 좋은 로션 있어요?; POLITE; particle_missing/target; 피부→피부에",
            "피부 좋은 사람이 부러워요.; 피부 좋은 사람이 부러워요.; POLITE; PASS; *",
            "나 같이 밥 먹을래?; 같이 밥 먹을래?; CASUAL; particle_missing/comitative; 나→나랑",
            "주말에 나 같이 등산 갈래?; 주말에 같이 등산 갈래?; CASUAL; particle_missing/comitative; 나→나랑",
            "나 같이 가도 돼?; 나 같이 가도 돼?; CASUAL; PASS; *",
            "나 같이 갈까?; 나 같이 갈까?; CASUAL; PASS; *",
            "유리 손을 다쳤어요. 밴드 있어요?; 손을 다쳤어요. 밴드 있어요?; POLITE; particle_missing/cause; 유리→유리에",
            "요리하다가 칼 손가락을 베었어요.; 요리하다가 손가락을 베었어요.; POLITE; particle_missing/cause; 칼→칼에",
            "칼로 손가락을 베었어요.; 칼에 손가락을 베었어요.; POLITE; NO particle_missing/cause; *",
            "칼 좀 빌려 주세요.; 칼 좀 빌려 주세요.; POLITE; PASS; *",
    })
    void rows(String answer, String accepted, String register, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, span);
    }

    /** The inventories hold the common everyday verbs, every entry with its source. */
    @Test
    void inventoriesAreBroadAndSourced() throws Exception {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(VerbFrames.LOCATION)) {
            JsonNode root = JsonMapper.builder().build().readTree(in);
            int verbs = 0;
            for (String section : new String[] {"object", "motion", "intransitive", "goal"}) {
                for (JsonNode e : root.path(section)) {
                    assertThat(e.path("source").asString()).as(e.toString()).isNotBlank();
                    verbs++;
                }
            }
            for (JsonNode e : root.path("arguments")) {
                assertThat(e.path("source").asString()).as(e.toString()).isNotBlank();
                verbs += e.path("stems").size();
            }
            assertThat(verbs).isGreaterThanOrEqualTo(250);
        }
        assertThat(VerbFrames.sizes()[0]).isGreaterThan(180);
        assertThat(VerbFrames.sizes()[4]).isGreaterThan(60);
    }
}
