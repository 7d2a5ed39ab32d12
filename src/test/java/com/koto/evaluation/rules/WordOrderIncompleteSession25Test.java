package com.koto.evaluation.rules;

import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Word order and omissions Korean grammar does not allow, as classes (session 25, s25d), with the correct
 * scramblings beside them: arguments scramble before the predicate, never after it in a written polite sentence;
 * a modifier, a name or 이번 comes before its head; a time phrase runs from the larger unit to the smaller; the
 * auxiliary 주다 follows the verb it completes. Rows: answer; accepted answers ({@code |}); register; verdict
 * ({@code PASS}, a subtype, or {@code NO prefix}); span ({@code original→correction} or {@code *}).
 */
class WordOrderIncompleteSession25Test {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0}: {3}")
    @CsvSource(delimiter = ';', value = {
            // the subject with 이/가 after a polite predicate (ClauseOrder, word_order/verb_final), the question word
            // kept with its predicate
            "실례합니다. 어디에 있어요 가장 가까운 지하철역이?; 실례합니다. 제일 가까운 지하철역이 어디에 있어요?|저기요, 여기서 가장 가까운 지하철역이 어디예요?; POLITE; word_order/verb_final; 어디에 있어요 가장 가까운 지하철역이→가장 가까운 지하철역이 어디에 있어요",
            "어제 아파요 머리가. 열도 나요.; 어제부터 머리가 아프고 열이 나요.|어제부터 두통이 있고 열도 있어요.; POLITE; word_order/verb_final; 아파요 머리가→머리가 아파요",
            "있어요 화장실이?; 화장실이 있어요?; POLITE; word_order/verb_final; 있어요 화장실이→화장실이 있어요",
            // the verb of -아/어도 되다 goes with 돼요
            "선생님, 숙제를 금요일까지 내도 돼요 이메일로?; 선생님, 숙제를 금요일까지 이메일로 내도 돼요?; POLITE; word_order/verb_final; 내도 돼요 이메일로→이메일로 내도 돼요",
            // scrambling before the predicate is right
            "지하철역이 어디에 있어요?; 지하철역이 어디에 있어요?; POLITE; PASS; *",
            "머리가 어제부터 아파요.; 어제부터 머리가 아파요.; POLITE; PASS; *",
            "창가 자리 있어요?; 창가 자리 있어요?|창가 자리가 있어요?; POLITE; PASS; *",
            // 이번 with the particle of the phrase after a time noun (NounPhraseOrder)
            "토요일 이번에 강남에서 같이 영화 볼래?; 이번 토요일에 강남에서 같이 영화 볼래?|토요일에 나랑 강남에서 영화 보자. 어때?; CASUAL; word_order/phrase; 토요일 이번에→이번 토요일에",
            "주말 이번에 뭐 해요?; 이번 주말에 뭐 해요?; POLITE; word_order/phrase; 주말 이번에→이번 주말에",
            "이번 토요일에 영화 볼래?; 이번 토요일에 영화 볼래?; CASUAL; PASS; *",
            // a time phrase of day, part of the day and hour written from the smallest unit (ClauseOrder)
            "7시 저녁 내일에 네 명 예약하고 싶어요.; 내일 저녁 7시에 네 명 예약하고 싶어요.|내일 저녁 일곱 시에 4명 자리 예약할 수 있어요?; POLITE; word_order/phrase; 7시 저녁 내일에→내일 저녁 7시에",
            "일곱 시 저녁 내일에 만나요.; 내일 저녁 일곱 시에 만나요.; POLITE; word_order/phrase; 일곱 시 저녁 내일에→내일 저녁 일곱 시에",
            "저녁 7시 내일 만나요.; 내일 저녁 7시에 만나요.; POLITE; word_order/phrase; 저녁 7시 내일→내일 저녁 7시",
            "7시 저녁 내일에 네 명 예약하고 싶어요.; 내일 저녁 7시에 네 명 예약하고 싶어요.; POLITE; NO particle_wrong; *",
            "내일 저녁에 7시에 네 명 예약하고 싶어요.; 내일 저녁 7시에 네 명 예약하고 싶어요.; POLITE; PASS; *",
            "목요일 저녁 7시에 만나요.; 목요일 저녁 7시에 만나요.; POLITE; PASS; *",
            // the name after the noun that names it (NounPhraseOrder)
            "이름으로 부디 2박 예약했습니다.; 부디라는 이름으로 2박 예약했습니다.|부디 이름으로 방을 2박 3일 예약했습니다.; FORMAL; word_order/phrase; 이름으로 부디→부디 이름으로",
            "이름으로 부디 예약했습니다.; 부디라는 이름으로 예약했습니다.; FORMAL; word_order/phrase; 이름으로 부디→부디 이름으로",
            "부디 이름으로 예약했습니다.; 부디라는 이름으로 예약했습니다.; FORMAL; PASS; *",
            // one pair of a time phrase turned round: the pair is marked, not the whole phrase
            "내일 3시 오후에 커트 예약하고 싶어요.; 내일 오후 3시에 커트 예약하고 싶어요.; POLITE; word_order/phrase; 3시 오후에→오후 3시에",
            "오전 내일 열 시에 예약하고 싶어요.; 내일 오전 열 시에 예약하고 싶어요.; POLITE; word_order/phrase; 오전 내일→내일 오전",
            // a modifier left without its noun before a question word (HeadlessModifiers)
            "실례합니다. 가장 가까운 어디에 있어요?; 실례합니다. 제일 가까운 지하철역이 어디에 있어요?|저기요, 여기서 가장 가까운 지하철역이 어디예요?; POLITE; incomplete/missing_word; 가까운→가까운 지하철역이",
            "가까운 데가 어디예요?; 가까운 지하철역이 어디예요?; POLITE; NO incomplete; *",
            "가까운 어디 가서 커피 마실래?; 가까운 카페에 가서 커피 마실래?; CASUAL; NO incomplete; *",
            // (lead) the noun written before its modifier is misplaced, not missing: word_order on the phrase turned round
            "지하철역이 가장 가까운 어디에 있어요?; 가장 가까운 지하철역이 어디에 있어요?; POLITE; word_order/phrase; 지하철역이 가장 가까운→가장 가까운 지하철역이",
            "병원 제일 가까운 어디에 있어요?; 제일 가까운 병원이 어디에 있어요?; POLITE; word_order/phrase; 병원 제일 가까운→제일 가까운 병원",
            "가방 제 파란 어디 있어요?; 제 파란 가방이 어디 있어요?; POLITE; word_order/phrase; 가방 제 파란→제 파란 가방",
            "지하철역이 가장 가까운 어디에 있어요?; 가장 가까운 지하철역이 어디에 있어요?; POLITE; NO incomplete; *",
            "저기요, 여기서 제일 가까운 지하철역 어디 있어요?; 가장 가까운 지하철역이 어디에 있어요?; POLITE; PASS; *",
            "지하철역이 어디에 있어요? 가장 가까운 거요.; 가장 가까운 지하철역이 어디에 있어요?; POLITE; PASS; *",
            // the main verb of 주다 left out after a noun with its particle: marked on the auxiliary (Certainty,
            // SentenceCheck); after an adverb the adverb stays in the span
            "서울역으로 주세요.; 서울역으로 가 주세요.|기사님, 서울역까지 가 주세요.; POLITE; incomplete; 주세요→가 주세요",
            "강남역으로 주세요.; 강남역으로 가 주세요.; POLITE; incomplete; 주세요→가 주세요",
            "저기 편의점 앞에서 주세요.; 저기 편의점 앞에서 세워 주세요.|기사님, 저 편의점 앞에 세워 주세요.; POLITE; incomplete; 주세요→세워 주세요",
            "좀 빨리 주세요; 좀 빨리 가 주세요; POLITE; incomplete; 빨리 주세요→빨리 가 주세요",
    })
    void rows(String answer, String accepted, String register, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, span);
    }
}
