package com.koto.evaluation.rules;

import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Vocabulary and particles of session 27 (helper s27g): a utensil for another ({@code vocabulary/other_item}, the
 * class 식사 도구 of {@code equivalents.json}), 오다 for the speaker's own going and 가다 for coming, 사 주세요 said to
 * a seller ({@link DeicticVerbs}), a country, a city or a place with 에게/한테 before a verb of going or sending and
 * one's home with 에서 before 들어가다/들어오다 ({@link WayParticles}). Each mechanism has wrong answers it catches and
 * correct look-alikes that must keep passing (or keep that subtype away).
 */
class VocabularySession27Test {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0} for {1} ({2}): {3}")
    @CsvSource(delimiter = ';', value = {
            // a utensil for another, in the same frame
            "칼 좀 주세요.; 가위 좀 주세요.; POLITE; vocabulary/other_item; 칼→가위",
            "포크 하나 주세요.; 젓가락 하나 주세요.; POLITE; vocabulary/other_item; 포크→젓가락",
            "숟가락 좀 더 주세요.; 젓가락 좀 더 주세요.; POLITE; vocabulary/other_item; 숟가락→젓가락",
            "빨대 주시겠어요?; 포크 주시겠어요?; POLITE; vocabulary/other_item; 빨대→포크",
            // one member written another way, a word outside the class, the accepted utensil itself
            "나이프 좀 주세요.; 칼 좀 주세요.; POLITE; PASS; *",
            "스푼 하나 주세요.; 숟가락 하나 주세요.; POLITE; PASS; *",
            "가위도 좀 주세요.; 가위 좀 주세요.; POLITE; PASS; *",
            "수저 좀 주세요.; 숟가락 좀 주세요.; POLITE; NO vocabulary/other_item; *",
            // 오다 for the speaker's own going where every accepted answer says 가다
            "시청에 어떻게 와요?; 시청에 어떻게 가요?|시청까지 어떻게 가야 돼요?; POLITE; vocabulary/come_for_go; 와요→가요",
            "실례합니다, 서울역까지 어떻게 와요?; 서울역까지 어떻게 가요?; POLITE; vocabulary/come_for_go; 와요→가요",
            "저는 내일 학교에 올 거예요.; 저는 내일 학교에 갈 거예요.; POLITE; vocabulary/come_for_go; 올→갈",
            "주말에 부산에 왔어요.; 주말에 부산에 갔어요.|지난 주말에 부산 여행을 갔어요.; POLITE; vocabulary/come_for_go; 왔어요→갔어요",
            // 가다 for the listener's coming where every accepted answer says 오다
            "우리 집에 언제 가?; 우리 집에 언제 와?|언제 우리 집에 올 거야?; CASUAL; vocabulary/go_for_come; 가→와",
            // the listener's movement asked or honoured, an accepted answer with the learner's verb, the same verb
            "사무실에 몇 시에 오세요?; 사무실에 몇 시에 가세요?; POLITE; NO vocabulary/come_for_go; *",
            "이쪽으로 와 주세요.; 이쪽으로 가 주세요.; POLITE; NO vocabulary/come_for_go; *",
            "시청에 어떻게 와요?; 시청에 어떻게 가요?|시청에 어떻게 와요?; POLITE; PASS; *",
            "여객터미널에 어떻게 가요?; 여객터미널에 어떻게 가요?; POLITE; PASS; *",
            "우리 집에 놀러 와.; 우리 집에 놀러 와.|우리 집에 놀러 올래?; CASUAL; PASS; *",
            // 사 주세요 to a seller, where the accepted answers ask for the thing
            "감기약 좀 사 주세요.; 감기약 좀 주세요.|감기약 있어요?; POLITE; vocabulary/buy_for_give; 사 주세요→주세요",
            "물 한 병 사 주세요.; 물 한 병 주세요.; POLITE; vocabulary/buy_for_give; 사 주세요→주세요",
            "이 사과 세 개 사 주세요.; 이 사과 세 개 주세요.; POLITE; vocabulary/buy_for_give; 사 주세요→주세요",
            "소화제 좀 사 주시겠어요?; 소화제 좀 주시겠어요?; POLITE; vocabulary/buy_for_give; 사 주시겠어요→주시겠어요",
            // buying asked of a parent or a friend, offered, or 사다 in an accepted answer
            "엄마, 이 가방 사 주세요.; 엄마, 이 가방 사 주세요.|엄마, 이 가방 갖고 싶어요.; POLITE; PASS; *",
            "생일 선물 사 줄게.; 생일 선물 사 줄게.; CASUAL; PASS; *",
            "커피 사 줄게요.; 제가 커피 살게요.; POLITE; NO vocabulary/buy_for_give; *",
            "오는 길에 우유 좀 사 줘.; 오는 길에 우유 좀 사다 줘.; CASUAL; NO vocabulary/buy_for_give; *",
            // a country, a city or a place with 에게/한테 before a verb of going or sending
            "이 소포를 인도네시아에게 보내고 싶어요.; 이 소포를 싱가포르로 부치려고 해요.; POLITE; particle_wrong/dative_for_location; 인도네시아에게→인도네시아로",
            "일본한테 여행 가고 싶어.; 일본으로 여행 가고 싶어.; CASUAL; FAIL; *",
            "공항에게 빨리 가 주세요.; 공항으로 가 주세요.; POLITE; FAIL; *",
            // a person, a country personified before an adjective, a place with 에
            "민수에게 소포를 보내고 싶어요.; 민수 씨한테 소포를 보내고 싶어요.; POLITE; PASS; *",
            "동생한테 가요.; 동생한테 가요.; POLITE; PASS; *",
            "한국에게 일본은 가까운 나라예요.; 일본은 한국과 가까워요.; POLITE; NO particle_wrong/dative_for_location; *",
            "인도네시아에 소포를 보내고 싶어요.; 인도네시아로 소포를 보내고 싶어요.; POLITE; PASS; *",
            // one's home with 에서 before 들어가다/들어오다
            "오늘 집에서 늦게 들어갈게.; 오늘 늦게 들어갈게.; CASUAL; particle_wrong/action_place_for_goal; 집에서→집에",
            "기숙사에서 일찍 들어갈게요.; 오늘은 일찍 들어갈게요.; POLITE; particle_wrong/action_place_for_goal; 기숙사에서→기숙사에",
            "어제 집에서 들어왔어.; 어제 집에 늦게 들어왔어.; CASUAL; particle_wrong/action_place_for_goal; 집에서→집에",
            "숙소에서 좀 늦게 들어가요.; 숙소에 좀 늦게 들어가요.; POLITE; FAIL; *",
            // the place left (work), the home with 에, leaving home, another goal named
            "회사에서 늦게 들어갈게.; 오늘 야근해서 늦게 들어갈게.; CASUAL; NO particle_wrong; *",
            "집에 늦게 들어갈게.; 오늘 늦게 들어갈게.; CASUAL; PASS; *",
            "집에서 일찍 나갈게요.; 내일은 일찍 나갈게요.; POLITE; NO particle_wrong; *",
            "집에서 방으로 들어갔어요.; 방에 들어갔어요.; POLITE; NO particle_wrong/action_place_for_goal; *",
    })
    void rows(String answer, String accepted, String register, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, span);
    }
}
