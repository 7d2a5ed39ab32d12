package com.koto.evaluation.rules;

import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 6 (issue 11, helper eval6a): classes of correct answers the rules failed because the
 * learner's own well-formed words were read against another accepted sentence. Each class has a
 * row that passes (the learner's form is well formed) and a row that still fails (the error the
 * class must not hide). Answers written for this test, not taken from the gold sets. {@code PASS} =
 * passes (possibly unsure, with the model answer shown); a category = fails with that category.
 * Accepted answers are separated by {@code |}.
 */
class LearnerFormsTest {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0}: {1} ⇒ {4}")
    @CsvSource(delimiter = ';', value = {
        // a noun with another particle or none is no misspelling (Evidence.otherParticle)
        "bare 뭐 for contracted 뭘; 주말에 뭐 먹고 싶어요; 주말에 뭘 먹고 싶어요; polite; PASS",
        "-(이)라는 for 는; 선생님, '정'이라는 말은 무슨 뜻이에요; 선생님, '정'은 무슨 뜻이에요; polite; PASS",
        "a verb's -ㄹ is no contracted particle; 책을 빌리 수 있어요; 책을 빌릴 수 있어요; polite; FAIL",
        // a determiner before its noun is no misspelling of another part of speech (Evidence.determinerPhrase)
        "determiner 몇 before its counter; 그럼 다 해서 몇 명이야; 그럼 몇 명 와; casual; PASS",
        // a counter is a noun: 살 before the bound noun 수 is 사다 (Numerals.modifierBeforeBoundNoun)
        "살 수 is no age; 사과 하나 살 수 있어요; 사과 하나 주세요; polite; PASS",
        "long numeral before a counter stays wrong; 사과 하나 개 주세요; 사과 한 개 주세요; polite; VOCABULARY",
        // a dish's own counter with another particle of the same function (Numerals.accept)
        "접시 for 개 with 하고 for 랑; 만두 두 접시하고 콜라 주세요; 만두 두 개랑 콜라 주세요; polite; PASS",
        "another container stays wrong; 물 한 잔 주세요; 물 한 병 주세요; polite; VOCABULARY",
        // delimiters for case particles, the topic in topic position (Evidence.delimiterForCase, topicPosition)
        "까지 'even' for the subject; 이 요금은 세금까지 포함된 거예요; 요금에 세금이 포함돼요; polite; PASS",
        "topic 은 first in the sentence; 공항은 어떻게 가요; 공항에 어떻게 가요; polite; PASS",
        "까지 for 부터 stays wrong; 아침까지 머리가 아파요; 아침부터 머리가 아파요; polite; PARTICLE_WRONG",
        // two sentences for one joined by a connective (Evidence.sentenceForClause)
        "-ㄴ데요. for -지만; 좀 비싼데요. 만 원이면 살게요; 좀 비싸지만 만 원에 살게요; polite; PASS",
        "a polite ending inside the connective stays wrong; 좀 비싸요지만 만 원에 살게요; 좀 비싸지만 만 원에 살게요; polite; ENDING",
        // a name with a well-formed copula for the naming frame (Evidence.namingFrame)
        "name with 야 for N라고 해; 내 이름은 미나야. 서울에서 왔어; 미나라고 해. 서울에서 왔어; casual; PASS",
        "a copula that does not fit stays wrong; 저는 학생예요; 저는 학생이에요; polite; ENDING",
        // an omission the answer states in its next sentence (Evidence.statedElsewhere)
        // a "misspelling" of the ending alone, the stem right, is an ending or tense error (Evidence.endingSubtype)
        "another ending, the stem right; 내일은 더 더워진데요; 내일은 더 더워진대요; polite; ENDING",
        "ㅂ-irregular 와 for 워; 오늘 날씨가 추와요; 오늘 날씨가 추워요; polite; ENDING",
        "another modifier ending; 이건 어제 만들 빵이에요; 이건 어제 만든 빵이에요; polite; TENSE",
        "a slip in the stem stays spelling; 이 옷을 삿어요; 이 옷을 샀어요; polite; SPELLING",
        // a root with or without 하다, a case particle for a delimiter, the ordinal 제 (Evidence)
        "미안해 for 미안; 미안해, 오늘은 일이 있어서 못 가; 미안, 오늘은 일이 있어서 못 가; casual; PASS",
        "subject particle for 도; 아침 식사가 포함돼요; 아침 식사도 포함돼요; polite; PASS",
        "the ordinal 제 left out; 인천공항 2터미널로 가 주세요; 인천공항 제2터미널로 가 주세요; polite; PASS",
        "a subject for an object stays wrong; 영수증이 주세요; 영수증을 주세요; polite; PARTICLE_WRONG",
        // a sentence added after the predicate is no tense of it (Evidence.addedSentence)
        "a reason added in a second sentence; 창가 자리로 바꿔 주시겠습니까? 에어컨이 너무 추웠습니다; 창가 자리로 바꿔 주십시오; formal; PASS",
        "one verb in another tense stays; 어제 창가 자리로 바꿔요; 어제 창가 자리로 바꿨어요; polite; TENSE",
        "companion in the next sentence; 주말에 부산에 가려고요. 친구랑 같이요; 주말에 친구하고 부산에 갈 거예요; polite; PASS",
    })
    void rule(String rule, String answer, String expected, String register, String verdict) {
        RuleRows.check(EVALUATOR, rule, answer, expected, Register.fromWire(register), verdict);
    }
}
