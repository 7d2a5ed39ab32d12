package com.koto.evaluation.rules;

import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Wrong words of Indonesian speakers (session 28, helper s28b): confusable pairs of {@code confusables.json} with the
 * sense that separates them (세탁기/세척기, 우표/도장, 봉투/가방, 면담/사무실 시간, 예약/약속, 빨리/일찍, 맡다/맡기다,
 * 계산서/영수증, 환불/교환/환전, 시간/시계), judged only where an accepted answer has the other member; the
 * correction keeps the learner's particle or 하다 ending ({@link Confusables#withLearnersEnding}); 개 for a vehicle
 * or machine an accepted answer counts with 대 ({@link CounterClasses#pieceForMachine}); and a background said as a
 * sentence of its own ({@link FunctionWordChoices#sentenceForBackground}). Each class has wrong answers it catches
 * and correct look-alikes that must pass.
 */
class VocabularySession28Test {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0} for {1} ({2}): {3}")
    @CsvSource(delimiter = ';', value = {
            // look-alike or L1-merged nouns where the accepted answer has the other member
            "세척기가 고장 났어요.; 세탁기가 고장 났어요.; POLITE; vocabulary/confusable; 세척기가→세탁기가",
            "도장 세 장만 주세요.; 우표 세 장 주세요.; POLITE; vocabulary/confusable; 도장→우표",
            "가방을 하나 더 주세요.; 봉투를 하나 더 주세요.; POLITE; vocabulary/confusable; 가방을→봉투를",
            "선생님, 사무실 시간이 언제예요?; 선생님, 면담 시간이 언제예요?; POLITE; vocabulary/confusable; 사무실→면담",
            "치과 약속을 하고 싶어요.; 치과 예약을 하고 싶어요.; POLITE; vocabulary/confusable; 약속을→예약을",
            "오늘 치과 약속이 있어서 못 가요.; 오늘 치과 예약이 있어서 못 가요.; POLITE; PASS; *",
            "계산서 주세요.; 영수증 주세요.; POLITE; vocabulary/confusable; 계산서→영수증",
            "시계가 별로 없어요.; 시간이 별로 없어요.; POLITE; vocabulary/confusable; 시계가→시간이",
            // the other member accepted, a synonym of the accepted word, the word in its own sense
            "더 큰 쇼핑백 있어요?; 더 큰 봉투 있어요?; POLITE; PASS; *",
            "이 세탁기 어떻게 써요?; 이 세탁기 어떻게 사용해요?; POLITE; PASS; *",
            "가방 안에 넣어 주세요.; 가방에 넣어 주세요.; POLITE; PASS; *",
            "내일 친구하고 약속이 있어요.; 내일 친구하고 약속이 있어요.; POLITE; PASS; *",
            "여기 도장 찍어 주세요.; 여기에 도장 찍어 주세요.; POLITE; PASS; *",
            // adverbs and verbs: 일찍 for 빨리 (cepat), 맡기다/맡다 (titip), 교환/환불/환전
            "역까지 일찍 가 주세요.; 역까지 빨리 가 주세요.; POLITE; vocabulary/confusable; 일찍→빨리",
            "내일 빨리 일어나야 돼요.; 내일 일찍 일어나야 돼요.; POLITE; vocabulary/confusable; 빨리→일찍",
            "열쇠 좀 맡겨 주세요.; 열쇠 좀 맡아 주세요.; POLITE; vocabulary/confusable; 맡겨→맡아",
            "가방을 맡고 싶어요.; 가방을 맡기고 싶어요.; POLITE; vocabulary/confusable; 맡고→맡기고",
            "이 신발 교환해 주세요.; 이 신발 환불해 주세요.; POLITE; vocabulary/confusable; 교환해→환불해",
            "이거 환전해 주세요.; 이거 환불해 주세요.; POLITE; vocabulary/confusable; 환전해→환불해",
            // the right word, a request of another frame the teacher accepts, the learner's word in another sense
            "역까지 빨리 가 주세요.; 역까지 빨리 가 주세요.; POLITE; PASS; *",
            "내일 아침에 일찍 일어나야 해요.; 내일 아침에 일찍 일어나야 해요.; POLITE; PASS; *",
            "짐을 맡겨도 돼요?; 짐 좀 맡아 주실 수 있어요?|짐을 맡기고 싶어요.; POLITE; PASS; *",
            "짐 좀 맡아 주세요.; 짐을 맡기고 싶어요.|짐을 맡겨도 돼요?; POLITE; PASS; *",
            "이 냄새 맡아 봐요.; 이 냄새 맡아 봐요.; POLITE; PASS; *",
            "달러를 원으로 바꿔 주세요.; 달러를 원으로 환전해 주세요.; POLITE; NO vocabulary/confusable; *",
            // the correction keeps the learner's particle or 하다 ending
            "머리를 검은색으로 색칠하고 싶어요.; 검은색으로 염색해 주세요.|머리를 검은색으로 염색하고 싶어요.; POLITE; vocabulary/confusable; 색칠하고→염색하고",
            "오늘 갈색으로 색칠해 주세요.; 오늘 갈색으로 염색하고 싶어요.|갈색으로 염색해 주세요.; POLITE; vocabulary/confusable; 색칠해→염색해",
            "가방은 필요 없어요.; 봉투는 필요 없어요.; POLITE; vocabulary/confusable; 가방은→봉투는",
            "세척기를 쓰고 싶어요.; 세탁기를 쓰고 싶어요.; POLITE; vocabulary/confusable; 세척기를→세탁기를",
            // 개 for a vehicle or machine where an accepted answer counts it with 대
            "자전거 두 개 빌리고 싶어요.; 자전거 두 대 빌리고 싶어요.; POLITE; counter/wrong_counter; 개→대",
            "택시 두 개 불러 주세요.; 택시 두 대 불러 주세요.; POLITE; counter/wrong_counter; 개→대",
            "노트북 한 개 더 있어요?; 노트북 한 대 더 있어요?; POLITE; counter/wrong_counter; 개→대",
            "이 건물에 엘리베이터가 있고 세탁기 세 개 있어요.; 이 건물에 엘리베이터가 있고 세탁기가 세 대 있어요.; POLITE; counter/wrong_counter; *",
            // 개 where no accepted answer says 대, 대 itself, 개 for a thing
            "자전거 한 개 빌리고 싶어요.; 자전거 하나 빌리고 싶어요.; POLITE; PASS; *",
            "자전거 한 대 빌리고 싶어요.; 자전거 한 대 빌리고 싶어요.; POLITE; PASS; *",
            "가방 한 개 있어요.; 가방 하나 있어요.; POLITE; PASS; *",
            "우산 두 개 주세요.; 우산 두 개랑 자전거 한 대 주세요.; POLITE; NO counter/; *",
            // a background said as a sentence of its own
            "소포를 보내려고 해요. 상자 하나 주세요.; 소포를 보내려고 하는데요, 상자 하나 주세요.; POLITE; PASS; *",
            "방을 바꾸고 싶어요. 방이 너무 시끄러워요.; 방을 바꾸고 싶은데요, 방이 너무 시끄러워요.; POLITE; PASS; *",
            "사이즈가 좀 작아요. 큰 거 있어요?; 사이즈가 좀 작은데요, 큰 거 있어요?; POLITE; PASS; *",
            "감기에 걸렸어요. 약 좀 주세요.; 감기에 걸렸는데요, 약 좀 주세요.; POLITE; PASS; *",
            // not a sentence of its own, or another verb: still judged
            "소포를 보냈어요. 상자 하나 주세요.; 소포를 보내려고 하는데요, 상자 하나 주세요.; POLITE; FAIL; *",
            "소포를 보내려고 해. 상자 하나 줘.; 소포를 보내려고 하는데요, 상자 하나 주세요.; POLITE; honorific; *",
            "사이즈가 좀 작아. 큰 거 있어요?; 사이즈가 좀 작은데요, 큰 거 있어요?; POLITE; FAIL; *",
            "너무 추울게요. 담요 좀 주시겠어요?; 너무 추운데 담요 좀 주시겠어요?; POLITE; FAIL; *",
            "엽서를 보내려고 해요. 도장 다섯 장 주세요.; 엽서를 보내려고 하는데요, 우표 다섯 장 주세요.; POLITE; vocabulary/confusable; 도장→우표",
    })
    void rows(String answer, String accepted, String register, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, span);
    }
}
