package com.koto.evaluation.rules;

import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Tense and ending of session 27 (helper s27e), read on the learner's own words ({@link TurnEndings}, {@link TimeWords},
 * {@link SlipCategories#letterLeftOutOfAdverb}, {@link VerbPhraseForms}): a question word in a 합니다체 statement, a
 * request asked in the past, -(으)니까 as the reason of an apology, a planned event in the past after a future time
 * word, a past time word with a stacked particle before a present 해요체 predicate, an adverb misspelt, and the -히
 * adverb of a 하다 adjective in a request. Each mechanism has wrong answers it catches and correct look-alikes that
 * pass; the accepted answers are worded apart from the learner's.
 */
class TenseEndingSession27Test {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0} for {1} ({2}): {3}")
    @CsvSource(delimiter = ';', value = {
            // a question word as the focus of a formal statement
            "이 우산은 가격이 얼마입니다.; 이 우산 값이 얼마입니까?; FORMAL; ending/question_word_formal; 얼마입니다→얼마입니까",
            "실례합니다. 다음 기차는 몇 시에 출발합니다.; 다음 열차가 언제 떠납니까?; FORMAL; ending/question_word_formal; 출발합니다→출발합니까",
            "죄송하지만 회의실이 어디에 있습니다.; 회의실은 어느 쪽에 있습니까?; FORMAL; ending/question_word_formal; 있습니다→있습니까",
            "서류는 언제까지 내야 합니다.; 서류 마감이 언제입니까?; FORMAL; ending/question_word_formal; 합니다→합니까",
            "시청까지 어떻게 갑니다.; 시청으로 가는 길을 알려 주시겠습니까?; FORMAL; ending/question_word_formal; 갑니다→갑니까",
            // indefinite uses, embedded questions, 해요체, a question already asked
            "점심에 뭐 좀 먹었습니다.; 점심은 간단히 먹었습니다. 괜찮습니까?; FORMAL; NO ending/question_word_formal; *",
            "기차가 몇 시에 출발하는지 알고 싶습니다.; 기차 출발 시간을 알려 주시겠습니까?; FORMAL; NO ending/question_word_formal; *",
            "얼마 전에 이 회사에 들어왔습니다.; 저는 지난달에 입사했습니다. 잘 부탁드립니까?; FORMAL; NO ending/question_word_formal; *",
            "어느 날 길에서 선생님을 만났습니다.; 그날 선생님을 뵀습니다. 기억하십니까?; FORMAL; NO ending/question_word_formal; *",
            "이 가방은 얼마예요.; 이 가방 값이 얼마예요?; POLITE; NO ending/question_word_formal; *",
            "시간이 얼마 안 걸립니다.; 오래 걸립니까?; FORMAL; NO ending/question_word_formal; *",
            // a request asked in the past
            "저기요, 창문 좀 열어 주셨어요?; 창문 좀 열어 주시겠어요?|창문 좀 열어 주실 수 있어요?; POLITE; tense/request_past; 주셨어요→주시겠어요",
            "죄송하지만 천천히 말해 주셨습니까?; 천천히 말씀해 주시겠습니까?; FORMAL; tense/request_past; 주셨습니까→주시겠습니까",
            "민수야, 이 가방 좀 들어 줬어?; 이 가방 좀 들어 줄래?|가방 좀 들어 줘.; CASUAL; tense/request_past; 줬어→줄래",
            "여기 주소를 써 주셨어요?; 주소 좀 적어 주세요.|주소 좀 적어 주시겠어요?; POLITE; tense/request_past; 주셨어요→주시겠어요",
            // a favour asked about, or accepted answers that do not request
            "어제 메일 보내 주셨어요?; 메일 보내셨어요?; POLITE; NO tense/request_past; *",
            "벌써 예약해 주셨어요?; 예약하셨어요?|예약 다 됐어요?; POLITE; NO tense/request_past; *",
            "엄마가 이 옷 사 주셨어요?; 이 옷 어머니가 사 주신 거예요?; POLITE; NO tense/request_past; *",
            "사진 좀 찍어 주시겠어요?; 사진 한 장 찍어 주실 수 있어요?; POLITE; PASS; *",
            // -(으)니까 as the reason of an apology or thanks
            "길이 막혔으니까 늦었습니다. 죄송합니다.; 늦어서 죄송합니다. 길이 막혔습니다.; FORMAL; ending/reason_apology; 막혔으니까→막혀서",
            "약속을 잊어버렸으니까 정말 미안해.; 약속 잊어버려서 미안해.; CASUAL; ending/reason_apology; 잊어버렸으니까→잊어버려서",
            "도와주셨으니까 정말 감사합니다.; 도와주셔서 고맙습니다.; FORMAL; ending/reason_apology; 도와주셨으니까→도와주셔서",
            "정말 죄송합니다. 알람이 안 울렸으니까 늦게 일어났어요.; 늦어서 죄송해요. 알람이 안 울려서 늦잠을 잤어요.; POLITE; ending/reason_apology; 울렸으니까→울려서",
            // -(으)니까 before a request, of discovery, or the accepted answers' own
            "길을 잘 모르니까 좀 알려 주세요. 감사합니다.; 길 좀 가르쳐 주시겠어요?; POLITE; NO ending/reason_apology; *",
            "집에 도착하니까 친구가 와 있었어요. 죄송해요.; 친구가 먼저 와 있었어요.; POLITE; NO ending/reason_apology; *",
            "늦어서 죄송합니다. 버스가 안 왔습니다.; 늦게 와서 죄송합니다.; FORMAL; NO ending/reason_apology; *",
            "비가 오니까 우산 가져가세요. 고마워요.; 비 오니까 우산 챙겨요.; POLITE; NO ending/reason_apology; *",
            // a planned event in the past after a future time word
            "이번 토요일은 내 생일이야. 우리 집에서 파티 했어. 올래?; 토요일에 우리 집에서 생일 파티 하는데 올래?; CASUAL; tense/future; 했어→할 거야",
            "다음 주에 부산에 가요. 친구를 만났어요.; 다음 주에 부산에서 친구를 만날 거예요.; POLITE; tense/future; 만났어요→만날 거예요",
            "내일은 휴가입니다. 가족과 여행했습니다.; 내일부터 휴가라서 가족과 여행할 겁니다.; FORMAL; tense/future; 여행했습니다→여행할 겁니다",
            "이번 주말에 시간 있어? 같이 영화 봤어.; 이번 주말에 같이 영화 보자.|주말에 영화 볼래?; CASUAL; tense/future; 봤어→볼 거야",
            // the past of what is already done, with an accepted past, or a time of its own
            "다음 주에 이사해. 짐은 벌써 쌌어.; 다음 주에 이사 가. 짐은 다 쌌어.; CASUAL; NO tense/future; *",
            "내일 시험이야. 그래서 어제 공부 많이 했어.; 내일 시험이라 공부 많이 했어.; CASUAL; NO tense/future; *",
            "이번 금요일에 모임이 있어요. 식당을 예약했어요.; 금요일 모임 장소는 한식당이에요.; POLITE; NO tense/future; *",
            "내일 회의가 있습니다. 자료를 준비했습니다.; 내일 회의 자료를 준비했습니다.; FORMAL; NO tense/future; *",
            // a past time word with a stacked particle before a present 해요체 predicate
            "어젯밤에도 위층이 너무 시끄러워요.; 어젯밤에도 위층이 정말 시끄러웠어요.; POLITE; tense/time_word; 시끄러워요→시끄러웠어요",
            "지난주에도 날씨가 너무 추워요.; 지난주도 정말 추웠어요.; POLITE; tense/time_word; 추워요→추웠어요",
            "어제에는 하루 종일 바빠요.; 어제는 종일 바빴어요.; POLITE; tense; 바빠요→바빴어요",
            "작년에는 회사가 아주 멀어요.; 작년에는 회사가 정말 멀었어요.; POLITE; tense/time_word; 멀어요→멀었어요",
            "어제부터 머리가 너무 아파요.; 어제부터 머리가 아파요.; POLITE; NO tense; *",
            "어젯밤에도 늦게 자서 지금 너무 피곤해요.; 어젯밤에도 늦게 자서 피곤해요.; POLITE; NO tense; *",
            "지난주에 산 옷이 너무 커요.; 지난주에 산 옷이 커요.; POLITE; NO tense; *",
            "어제 일은 정말 미안해요.; 어제 일 미안해요.; POLITE; NO tense; *",
            // an adverb with a letter left out is misspelt; the -히 adverb of a 하다 adjective in a request
            "실례합니다. 시청에 어떠게 가요?; 시청까지 어떻게 가요?; POLITE; spelling; 어떠게→어떻게",
            "도서관에서는 좀 조용해 주세요.; 도서관에서는 조용히 해 주세요.; POLITE; ending/adjective_request; 조용해→조용히 해",
            "좀 천천해 주세요.; 천천히 해 주세요.; POLITE; FAIL; *",
    })
    void rows(String answer, String accepted, String register, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, span);
    }
}
