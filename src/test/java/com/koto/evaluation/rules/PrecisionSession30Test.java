package com.koto.evaluation.rules;

import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Precision of ending, honorific and pronoun findings (session 30, helper s30e), per mechanism correct answers that
 * must pass and wrong ones still caught, on other tasks than the development sets: a case particle kept before a
 * delimiter and a reason clause without 지다 ({@link StackedForms}), a polite command to the listener on a verbal noun
 * with 하다 ({@link RespectedSubjects#commandOfItsOwn}), and 당신 before a possessed noun said to a friend, 네
 * ({@link SpanChoices#friendPronoun(Finding, String)}).
 */
class PrecisionSession30Test {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0} for {1} ({2}): {3}")
    @CsvSource(delimiter = ';', value = {
            // a case particle kept before the delimiter: no ending between them
            "이 가방 빨간색으로도 있어요?; 이 가방 빨간색도 있어요?; POLITE; PASS; *",
            "이 바지 파란색으로도 있어요?; 이 바지 파란색도 있어요?; POLITE; PASS; *",
            "노란색으로도 있어요?; 노란색도 있어요?; POLITE; PASS; *",
            "흰색으로만 보여 주세요.; 흰색만 보여 주세요.; POLITE; PASS; *",
            "따뜻하는 커피 주세요.; 따뜻한 커피 주세요.; POLITE; FAIL; *",
            "만나고 반갑습니다.; 만나서 반갑습니다.; FORMAL; FAIL; *",
            // a reason clause on the stem itself, without 지다
            "늦어서 미안해.; 늦어져서 미안해.; CASUAL; PASS; *",
            "날씨가 추워서 창문을 닫았어요.; 날씨가 추워져서 창문을 닫았어요.; POLITE; PASS; *",
            "회의가 늦어서 못 갔어요.; 회의가 늦어져서 못 갔어요.; POLITE; PASS; *",
            "비가 와서 늦었어요.; 비가 와서 늦어졌어요.; POLITE; PASS; *",
            "늦고 죄송합니다.; 늦어서 죄송합니다.; FORMAL; FAIL; *",
            // a polite command to the listener on a verbal noun with 하다, in a sentence of its own
            "차가 막혀서 늦어요. 먼저 식사하세요.; 차가 막혀서 늦을 것 같아요.; POLITE; PASS; *",
            "조금 늦을 것 같아요. 먼저 출발하세요.; 조금 늦을 것 같아요.; POLITE; PASS; *",
            "제가 좀 늦어요. 먼저 주문하세요.; 제가 좀 늦을 것 같아요.; POLITE; PASS; *",
            "먼저 출발하세요.; 먼저 출발할게요.; POLITE; honorific/own_promise; 출발하세요→출발할게요",
            "회의실에서 기다리세요.; 회의실에서 기다릴게요.; POLITE; honorific/own_promise; 기다리세요→기다릴게요",
            "제가 먼저 출발하세요.; 제가 먼저 출발할게요.; POLITE; FAIL; *",
            "제가 지금 준비하세요.; 제가 지금 준비할게요.; POLITE; FAIL; *",
            // 당신 to a friend before a noun it possesses: 네; as the subject: 너
            "당신 책 좀 보여 줘.; 책 좀 보여 줘.; CASUAL; honorific/friend_pronoun; 당신→네",
            "당신 이름이 뭐야?; 이름이 뭐야?; CASUAL; honorific/friend_pronoun; 당신→네",
            "당신 가방 좀 들어 줘.; 가방 좀 들어 줘.; CASUAL; honorific/friend_pronoun; 당신→네",
            "당신 동생 몇 살이야?; 동생 몇 살이야?; CASUAL; honorific/friend_pronoun; 당신→네",
            "당신 우산 있어?; 우산 좀 빌려줄 수 있어?; CASUAL; honorific/friend_pronoun; 당신→너",
            "당신 내일 와?; 내일 올 수 있어?; CASUAL; honorific/friend_pronoun; 당신→너",
            "당신 지금 어디야?; 지금 어디야?; CASUAL; honorific/friend_pronoun; 당신→너",
            "당신 시간 있어?; 시간 있어?; CASUAL; honorific/friend_pronoun; 당신→너",
            // lead review: a weekday or part of the day after 당신 is a time, not a possessed noun
            "당신 토요일 저녁에 시간 있어?; 토요일 저녁에 시간 있어?; CASUAL; honorific/friend_pronoun; 당신→너",
            "당신 오후에 뭐 해?; 오후에 뭐 해?; CASUAL; honorific/friend_pronoun; 당신→너",
    })
    void rows(String answer, String accepted, String register, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, span);
    }
}
