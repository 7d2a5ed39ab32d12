package com.koto.evaluation.rules;

import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Word order of session 27 (helper s27b), read on the learner's own words whatever the accepted answer: short negation
 * 안/못 before a noun + 하다 action verb after a particle, and 못 before a happening's 하다 verb ({@link ClauseOrder},
 * {@link NegationNouns}); an address, a date or a clock time written from the smallest unit up
 * ({@link ClauseOrder#unitsSmallToLarge}); bare nouns after a polite verb without a comma ({@link ClauseOrder}, the
 * comma excused by {@link Afterthoughts#nounsAfterComma}); and no word-order finding over a sentence mark
 * ({@link WordOrderCheck#notOneSentence}). Each has wrong answers it catches and correct look-alikes that pass; the
 * accepted answers are worded apart from the learner's, so only the check on the learner's words can fail them.
 */
class WordOrderSession27Test {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0} for {1} ({2}): {3}")
    @CsvSource(delimiter = ';', value = {
            // 안/못 before a noun + 하다 action verb, after a word with a particle (Nori reads 안 as 'inside' there)
            "도서관에서 안 공부했어요.; 어제는 집에 있었어요.; POLITE; word_order/negation; 안 공부했어요→공부 안 했어요",
            "주말에 못 청소했어요.; 토요일에 바빴어요.; POLITE; word_order/negation; 못 청소했어요→청소 못 했어요",
            "저는 아침에 안 운동해요.; 아침에는 시간이 없어요.; POLITE; word_order/negation; 안 운동해요→운동 안 해요",
            "다리가 아파서 오늘은 못 등산해요.; 다리가 아파서 산에 못 가요.; POLITE; word_order/negation; 못 등산해요→등산 못 해요",
            "비가 와서 내일 못 출발해요.; 비 때문에 여행을 미뤘어요.; POLITE; word_order/negation; 못 출발해요→출발 못 해요",
            // an adjective in -하다, a verb of its own, the noun before 안 하다, 안 before a happening
            "요즘 안 피곤해요.; 요즘 잘 지내요.; POLITE; NO word_order; *",
            "방이 안 깨끗해요.; 방이 더러워요.; POLITE; NO word_order; *",
            "저는 매운 음식을 안 좋아해요.; 매운 건 싫어요.; POLITE; NO word_order; *",
            "숙제 안 했어요.; 숙제를 못 끝냈어요.; POLITE; NO word_order; *",
            "어제는 도서관에 안 갔어요.; 어제 집에 있었어요.; POLITE; NO word_order; *",
            "기차가 아직 안 도착했어요.; 기차가 늦어요.; POLITE; NO word_order; *",
            // an address, a date or a clock time from the smallest unit up
            "우리 집은 205호 3층이에요.; 우리 집은 3층이에요.; POLITE; word_order/phrase; 205호 3층이에요→3층 205호예요",
            "제 생일은 20일 5월이에요.; 제 생일은 봄이에요.; POLITE; word_order/phrase; 20일 5월이에요→5월 20일이에요",
            "45분 7시에 출발해요.; 아침 일찍 출발해요.; POLITE; word_order/phrase; 45분 7시에→7시 45분에",
            "주소는 1203호 105동 한강아파트예요.; 주소 문자로 보내 드릴게요.; POLITE; word_order/phrase; 1203호 105동 한강아파트예요→한강아파트 105동 1203호예요",
            // large to small, a duration, hours and minutes of a length of time
            "2025년 5월 20일에 한국에 왔어요.; 작년에 한국에 왔어요.; POLITE; NO word_order; *",
            "7시 45분에 출발해요.; 아침 일찍 출발해요.; POLITE; NO word_order; *",
            "한강아파트 105동 1203호로 보내 주세요.; 집으로 보내 주세요.; POLITE; NO word_order; *",
            "3일 동안 부산에 있었어요.; 부산에 며칠 있었어요.; POLITE; NO word_order; *",
            "1시간 20분 걸려요.; 한 시간쯤 걸려요.; POLITE; NO word_order; *",
            // bare nouns after a polite or formal verb, no comma
            "어디에서 팔아요 교통 카드?; 교통카드는 어디서 사요?; POLITE; word_order/verb_final; 어디에서 팔아요 교통 카드→교통 카드 어디에서 팔아요",
            "예약하고 싶어요 창가 자리.; 창가 쪽으로 앉고 싶어요.; POLITE; word_order/verb_final; 예약하고 싶어요 창가 자리→창가 자리 예약하고 싶어요",
            "저는 학생인데 살 수 있어요 할인 티켓?; 학생 할인 돼요?; POLITE; word_order/verb_final; 살 수 있어요 할인 티켓→할인 티켓 살 수 있어요",
            "주문하고 싶어요 불고기 정식.; 점심 메뉴로 뭐가 좋아요?; POLITE; word_order/verb_final; 주문하고 싶어요 불고기 정식→불고기 정식 주문하고 싶어요",
            // a comma afterthought, a vocative or title, one noun, a noun with its numeral
            "빌릴 수 있어요, 우산?; 우산 좀 빌려 주세요.; POLITE; NO word_order; *",
            "살 수 있어요, 선불 유심 카드?; 유심 살 수 있어요?; POLITE; NO word_order; *",
            "감사합니다 사장님.; 고맙습니다.; FORMAL; NO word_order; *",
            "고마워요 언니.; 고마워요.; POLITE; NO word_order; *",
            "빌릴 수 있어요 우산 두 개?; 우산 좀 빌려 주세요.; POLITE; NO word_order; *",
            // two sentences: no word order across the sentence mark
            "안녕하세요, 민수입니다. 영업팀에서 일해요.; 안녕하세요. 영업팀 민수예요.; POLITE; NO word_order; *",
            "반갑습니다. 수지입니다. 인사팀에서 왔습니다.; 안녕하십니까. 인사팀 수지입니다.; FORMAL; NO word_order; *",
            "처음 뵙겠습니다. 하나입니다. 총무팀에서 일합니다.; 처음 뵙겠습니다. 총무팀 하나입니다.; FORMAL; NO word_order; *",
            "안녕하세요. 저는 토니예요. 디자인팀에서 왔어요.; 안녕하세요. 디자인팀 토니예요.; POLITE; NO word_order; *",
            // a word order error inside one sentence of several is still found
            "안녕하세요. 자리 창가로 주세요.; 안녕하세요. 창가 자리로 주세요.; POLITE; word_order/phrase; *",
            "저기요. 45분 7시에 출발해요?; 저기요. 몇 시에 출발해요?; POLITE; word_order/phrase; 45분 7시에→7시 45분에",
            "배고파요. 식당에서 안 식사했어요.; 배고파요. 밥을 못 먹었어요.; POLITE; word_order/negation; 안 식사했어요→식사 안 했어요",
            "네, 알겠습니다. 어디에서 팔아요 교통 카드?; 교통카드는 어디서 사요?; POLITE; word_order/verb_final; *",
    })
    void rows(String answer, String accepted, String register, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, span);
    }
}
