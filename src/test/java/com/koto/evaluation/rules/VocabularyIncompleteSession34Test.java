package com.koto.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.evaluation.Evaluation;
import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 34 (helper s34d): learner confusions as data ({@code confusables.json}, 160 new pairs in families: places,
 * services, food, body, family, verbs of giving and learning, time words, ordinals; 한국어기초사전 definitions,
 * learner-error studies, KBBI for the Indonesian word that covers both) and the parts a task names that an answer leaves
 * out (a length of one, native day counts, measure nouns as counters, overnight time words, the next member of a list
 * of languages). Wrong answers each mechanism catches and correct near-neighbours that must pass; sentences of my own,
 * not from the development sets.
 */
class VocabularyIncompleteSession34Test {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0} for {1}: {3}")
    @CsvSource(delimiter = ';', value = {
            // places
            "옆집 사람이 너무 시끄러워요.; 옆방 사람이 너무 시끄러워요.; POLITE; vocabulary/confusable; 옆집→옆방",
            "도서관에서 이 소설을 샀어요.; 서점에서 이 소설을 샀어요.; POLITE; FAIL; *",
            "집에 타월이 없어요.; 방에 타월이 없어요.; POLITE; vocabulary/confusable; 집에→방에",
            "옆방 사람이 너무 시끄러워요.; 옆방 사람이 너무 시끄러워요.; POLITE; PASS; *",
            "집에 가고 싶어요.; 집에 가고 싶어요.; POLITE; PASS; *",
            // services
            "강남까지 배송돼요?; 강남까지 배달돼요?; POLITE; vocabulary/confusable; 배송돼요→배달돼요",
            "이 운동화 수리하고 싶어요.; 이 운동화 교환하고 싶어요.; POLITE; vocabulary/confusable; *",
            "포장해 주세요.; 배달해 주세요.; POLITE; vocabulary/confusable; 포장해→배달해",
            "물건이 언제 배송돼요?; 물건이 언제 배송돼요?; POLITE; PASS; *",
            "영수증을 이메일로 받을 수 있어요?; 영수증을 이메일로 보내 주세요.; POLITE; PASS; *",
            // body and injury
            "칼에 손가락이 잘랐어요.; 칼에 손가락을 베였어요.; POLITE; vocabulary/confusable; *",
            "목이 다쳤어요.; 목이 아파요.; POLITE; vocabulary/confusable; 다쳤어요→아파요",
            "손이 부러졌어요.; 팔이 부러졌어요.; POLITE; FAIL; *",
            "계단에서 넘어져서 발목을 다쳤어요.; 발목이 아파요.; POLITE; PASS; *",
            "머리카락을 잘랐어요.; 머리카락을 잘랐어요.; POLITE; PASS; *",
            // food and family
            "물고기 두 마리 주세요.; 생선 두 마리 주세요.; POLITE; vocabulary/confusable; 물고기→생선",
            "우리 오빠가 다음 달에 결혼해요.; 우리 언니가 다음 달에 결혼해요.; POLITE; vocabulary/confusable; 오빠가→언니가",
            "우리 언니가 다음 달에 결혼해요.; 우리 언니가 다음 달에 결혼해요.; POLITE; PASS; *",
            // verbs
            "저는 아이들에게 영어를 배워요.; 저는 아이들에게 영어를 가르쳐요.; POLITE; vocabulary/confusable; 배워요→가르쳐요",
            "동생한테 생일 선물을 줬어요.; 동생한테 생일 선물을 받았어요.; POLITE; vocabulary/confusable; 줬어요→받았어요",
            "여권을 서랍에 놓았어요.; 여권을 서랍에 넣었어요.; POLITE; vocabulary/confusable; 놓았어요→넣었어요",
            "나갈 때 문을 닫아 주세요.; 나갈 때 문을 잠가 주세요.; POLITE; vocabulary/confusable; 닫아→잠가",
            "과장님, 점심 드렸어요?; 과장님, 점심 드셨어요?; POLITE; vocabulary/confusable; 드렸어요→드셨어요",
            "영어를 가르쳐 주실 수 있어요?; 영어를 배우고 싶어요.; POLITE; PASS; *",
            "어제 어머니께 꽃을 드렸어요.; 어제 어머니께 꽃을 드렸어요.; POLITE; PASS; *",
            // adverbs, time, ordinals
            "아마 충전기 있어요?; 혹시 충전기 있어요?; POLITE; vocabulary/confusable; 아마→혹시",
            "혹시 내일 비가 올지도 몰라요.; 아마 내일 비가 올 거예요.; POLITE; PASS; *",
            "그 드라마는 너무 심심했어요.; 그 드라마는 너무 지루했어요.; POLITE; vocabulary/confusable; 심심했어요→지루했어요",
            "너무 심심해요.; 너무 심심해요.; POLITE; PASS; *",
    })
    void confusables(String answer, String accepted, String register, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, span);
    }

    @ParameterizedTest(name = "{0} for {1}: {2}")
    @CsvSource(delimiter = ';', value = {
            // a length of one, native day counts, measure nouns, the number after the noun it measures
            "이용권은 얼마예요?; 일주일 이용권은 얼마예요?|일주일 동안 쓰면 얼마예요?; incomplete; *",
            "회원권은 얼마예요?; 한 달 회원권은 얼마예요?|한 달 등록하면 얼마예요?; incomplete; 회원권은→한 달 회원권은",
            "월 회비가 얼마예요?; 한 달에 얼마예요?|한 달 회비가 얼마예요?; PASS; *",
            "자전거 빌리고 싶어요.; 자전거를 한 시간 빌리고 싶어요.|자전거 한 시간 빌릴 수 있어요?; incomplete; 자전거→자전거 한 시간",
            "목이 아파서 말을 못 해요.; 사흘 동안 목이 아파서 말을 못 해요.|사흘 전부터 목이 아파서 말을 못 해요.; incomplete; 목이→사흘 동안 목이",
            "귤 주세요.; 귤 세 봉지 주세요.|귤 세 봉지만 주세요.; incomplete; *",
            "이 구두 신어 봐도 돼요?; 이 구두 240 사이즈로 신어 봐도 돼요?|이 구두 240으로 신어 봐도 돼요?; incomplete; 구두→구두 240 사이즈로",
            "오늘 밤 로비에 짐을 둬도 돼요?; 오늘 밤에 로비에 짐을 둬도 돼요?|밤새 로비에 짐을 둬도 될까요?; PASS; *",
            "로비에 짐을 둬도 돼요?; 오늘 밤에 로비에 짐을 둬도 돼요?|밤새 로비에 짐을 둬도 될까요?; incomplete; *",
            // must pass
            "커피 주세요.; 커피 한 잔 주세요.|아메리카노 한 잔 주세요.; PASS; *",
            "한 달 회원권은 얼마예요?; 한 달 회원권은 얼마예요?|한 달에 얼마예요?; PASS; *",
            "1개월 회원권은 얼마예요?; 한 달 회원권은 얼마예요?|한 달에 얼마예요?; PASS; *",
            "2일 동안 목이 아파서 말을 못 해요.; 이틀 동안 목이 아파서 말을 못 해요.|이틀 전부터 목이 아파서 말을 못 해요.; PASS; *",
            "이 귤 세 봉지 주세요.; 귤 세 봉지 주세요.; PASS; *",
            "이 층에 화장실 있어요?; 2층에 화장실 있어요?; PASS; *",
            "하루에 두 번 드세요.; 하루에 두 번 드세요.; PASS; *",
    })
    void incomplete(String answer, String accepted, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.POLITE, answer, accepted, expected, span);
    }

    private static final String LANGUAGES = "저는 인도네시아어, 영어, 한국어 세 가지 언어를 할 수 있습니다.|"
            + "저는 인도네시아어와 영어와 한국어를 할 줄 압니다.";
    private static final String PROMPT = "At a job interview, say formally that you speak Indonesian, English and Korean.";

    @Test
    void theNextMemberOfAListOfLanguages() {
        Evaluation e = RuleRows.evaluate(EVALUATOR, "저는 인도네시아어와 영어를 할 수 있습니다.", LANGUAGES, Register.FORMAL, PROMPT);
        assertThat(e.passed()).isFalse();
        assertThat(e.errors()).anyMatch(x -> "incomplete/missing_item".equals(x.subtype())
                && x.original().equals("영어를") && x.correction().equals("영어와 한국어를"));
        Evaluation japanese = RuleRows.evaluate(EVALUATOR, "저는 영어하고 한국어를 할 수 있어요.",
                "저는 영어하고 한국어하고 일본어를 할 수 있어요.", Register.POLITE,
                "Tell a new friend that you can speak English, Korean and Japanese.");
        assertThat(japanese.errors()).anyMatch(x -> "incomplete/missing_item".equals(x.subtype()));
        for (String ok : new String[] {"저는 인도네시아어, 영어, 한국어를 할 수 있습니다.", "저는 인도네시아말, 영어, 한국말을 할 수 있습니다."}) {
            assertThat(RuleRows.evaluate(EVALUATOR, ok, LANGUAGES, Register.FORMAL, PROMPT).passed()).as(ok).isTrue();
        }
        assertThat(RuleRows.evaluate(EVALUATOR, "저는 한국어를 배워요.", "저는 한국어를 배워요.", Register.POLITE,
                "Tell a friend that you are learning Korean.").passed()).isTrue();
    }

    @Test
    void theTableGrew() {
        assertThat(Confusables.sizes()[0]).isGreaterThanOrEqualTo(96 + 150);
    }
}
