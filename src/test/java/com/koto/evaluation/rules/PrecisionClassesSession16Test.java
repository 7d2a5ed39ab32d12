package com.koto.evaluation.rules;

import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Precision classes of the sixth-wave probes and sets AA/AA3 (helper eval30a), each with look-alikes that must
 * still fail: the learner's dictionary noun against the accepted compound written in two words (항공편으로 for 항공
 * 우편으로, {@link SpokenSpelling#otherWord}); 장 counting tickets after a fare class ({@link PreChecks},
 * {@link WordingChoices#ticketsForParty}); N-용 before a noun ({@link WordingChoices#useSuffix}); a person noun
 * with the honorific -분/-님 ({@link Vocabulary#honouredNoun}); 새 N for N 새로 ({@link SlotWords#newForAnew});
 * 다/모두/전부 얼마 for 다 해서 얼마 (equivalents data); the present with a coming period (방학에, 휴가 때;
 * {@link Lexicon#comingPeriod}); (으)로 of means before 내다 ({@link FrameVariants#ownVerbsMeans}); the honoured
 * subject of 통화 가능하세요 ({@link FormChecks#honouredCaller}); a when-question's topic left out after the
 * sentence that names it ({@link TimeQuestions#topicLeftOut}); a fragment after the learner's own question
 * ({@link Afterthoughts#fragmentAfterQuestion}); a request said in the other sentence order
 * ({@link WordingChoices#predicateSaidElsewhere}); a place with a noun added after it
 * ({@link WordingChoices#placeThenAddedNoun}). Rows written for this test, not taken from the gold sets; every
 * {@code PASS} row failed before. Verdict: {@code PASS}, {@code FAIL}, or the category or subtype the answer
 * fails with (with its span where given).
 */
class PrecisionClassesSession16Test {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0}: {1} ⇒ {4}")
    @CsvSource(delimiter = ';', value = {
        // the learner's dictionary noun for the accepted compound in two words
        "항공편 for 항공 우편; 이 소포를 항공편으로 보내 주세요.; 이 소포를 항공 우편으로 보내 주세요.; POLITE; PASS; ; ",
        "a slip inside the compound; 이 소포를 항공우펀으로 보내 주세요.; 이 소포를 항공 우편으로 보내 주세요.; POLITE; SPELLING; 항공우펀으로; 항공 우편으로",
        // 장 for tickets after a fare class
        "청소년 두 장; 청소년 두 장 주세요.; 청소년 두 명이요.; POLITE; PASS; ; ",
        "two fare classes; 학생 한 장하고 어른 두 장 주세요.; 학생 한 명하고 어른 두 명이요.; POLITE; PASS; ; ",
        "a friend is no fare class; 친구 두 장 주세요.; 어른 두 명이요.; POLITE; counter/wrong_counter; 장; 명",
        // N-용 before a noun
        "어린이용 의자; 어린이용 의자 있어요?; 어린이 의자 있어요?; POLITE; PASS; ; ",
        "선물용 포장; 선물용 포장해 주세요.; 선물 포장해 주세요.; POLITE; PASS; ; ",
        "N-용 standing alone; 여권용을 주세요.; 여권을 주세요.; POLITE; vocabulary/word; 여권용을; 여권을",
        // a person noun with the honorific suffix
        "기사님 for 사람; 기사님 좀 불러 주세요.; 사람 좀 불러 주세요.; POLITE; PASS; ; ",
        "학생분 for 사람; 에어컨이 안 돼요. 학생분 좀 보내 주세요.; 에어컨이 안 돼요. 사람 좀 보내 주세요.; POLITE; PASS; ; ",
        "-분 on no person noun; 에어컨이 안 돼요. 사랑분 좀 보내 주세요.; 에어컨이 안 돼요. 사람 좀 보내 주세요.; POLITE; vocabulary/word; 사랑분; 사람",
        // 새 N for N 새로, and back
        "새 신발을; 새 신발을 사고 싶어요.; 신발을 새로 사고 싶어요.; POLITE; PASS; ; ",
        "새로 for 새; 휴대폰을 새로 샀어요.; 새 휴대폰을 샀어요.; POLITE; PASS; ; ",
        "새 before a verb; 안경을 새 맞추고 싶어요.; 안경을 새로 맞추고 싶어요.; POLITE; PARTICLE_MISSING; 새; 새로",
        // the sum asked with 다/모두 alone
        "다 얼마; 사과 두 개, 배 한 개 주세요. 다 얼마예요?; 사과 두 개, 배 한 개 주세요. 다 해서 얼마예요?; POLITE; PASS; ; ",
        "모두 얼마; 사과 두 개, 배 한 개 주세요. 모두 얼마예요?; 사과 두 개, 배 한 개 주세요. 모두 해서 얼마예요?; POLITE; PASS; ; ",
        "the sum in the past; 사과 세 개 주세요. 다 해서 얼마였어요?; 사과 세 개 주세요. 다 해서 얼마예요?; POLITE; tense/present; 얼마였어요; 얼마예요",
        // the present with a coming period
        "휴가 때 + present; 휴가 때 어디 가요?; 휴가 때 어디 갈 거예요?; POLITE; PASS; ; ",
        "연휴에 + present; 연휴에 고향에 가요.; 연휴에 고향에 갈 거예요.; POLITE; PASS; ; ",
        "방학에 + past; 방학에 뭐 하셨어요?; 방학에 뭐 하실 거예요?; POLITE; tense/future; 하셨어요; 하실 거예요",
        // (으)로 of means before 내다
        "카드로 내도; 카드로 내도 돼요?; 카드 돼요?; POLITE; PASS; ; ",
        "현금으로 내도; 현금으로 내도 될까요?; 현금 돼요?; POLITE; PASS; ; ",
        "(으)로 on an object; 커피로 마셔요.; 커피 마셔요.; POLITE; particle_wrong/direction; 커피로; 커피",
        // the honoured subject of 통화 + a -(으)시- predicate
        "통화 되세요; 박 과장님 통화 되세요?; 박 과장님과 통화할 수 있을까요?; POLITE; PASS; ; ",
        "the verb 통화하다; 박 과장님 통화할 수 있을까요?; 박 과장님과 통화할 수 있을까요?; POLITE; particle_missing/comitative; 과장님; 과장님과",
        // a when-question's topic left out after the sentence that names it in other words
        "아침 식사 … 몇 시에; 아침 식사가 포함돼요? 몇 시에 시작해요?; 조식이 포함돼요? 조식은 몇 시에 시작해요?; POLITE; PASS; ; ",
        "formal, 몇 시부터; 아침 식사도 됩니까? 몇 시부터 합니까?; 조식도 됩니까? 조식은 몇 시부터 합니까?; FORMAL; PASS; ; ",
        "the question word left out too; 수영장이 있습니까? 엽니까?; 수영장이 있습니까? 수영장은 몇 시에 엽니까?; FORMAL; INCOMPLETE; ; ",
        // a fragment after the learner's own question
        "요금이 어떻게 돼요? + fragment; 요금이 어떻게 돼요? 학생 한 명이요.; 학생 한 명 얼마예요?; POLITE; PASS; ; ",
        "the fragment alone; 학생 한 명이요.; 학생 한 명 얼마예요?; POLITE; incomplete/bare_noun; 명이요; 명이요 얼마예요",
        "after a statement; 입장료가 비싸요. 어른 한 명하고 어린이 한 명이요.; 어른 한 명, 어린이 한 명 얼마예요?; POLITE; INCOMPLETE; ; ",
        // the request said in the other sentence order
        "request first; 공원 입구에서 좀 기다려 줄래? 지하철이 늦게 와서 나 십 분 늦을 거야.; 지하철이 늦게 와서 10분 늦을 것 같아. 공원 입구에서 기다려 줘.; CASUAL; PASS; ; ",
        "request first, no 좀; 도서관 앞에서 기다려 줄래? 수업이 늦게 끝나서 나 조금 늦을 거야.; 수업이 늦게 끝나서 조금 늦을 것 같아. 도서관 앞에서 기다려 줘.; CASUAL; PASS; ; ",
        "the last verb gapped; 저는 커피를 마시고 친구는 주스를.; 저는 커피를 마시고 친구는 주스를 마셔요.; POLITE; INCOMPLETE; 주스를; 주스를 마셔요",
        "another verb; 카페에서 좀 있어. 버스가 늦게 와서 20분 늦을 것 같아.; 버스가 늦게 와서 20분 늦을 것 같아. 카페에서 기다려 줘.; CASUAL; INCOMPLETE; ; ",
        // a place with a noun added after it
        "앞에 차; 은행 앞에 차 좀 세워 주세요.; 은행 앞에서 세워 주세요.; POLITE; PASS; ; ",
        "앞을 차; 은행 앞을 차 좀 세워 주세요.; 은행 앞에서 세워 주세요.; POLITE; PARTICLE_WRONG; 앞을; 앞에서",
    })
    void rows(String rule, String answer, String accepted, String register, String verdict, String original,
            String correction) {
        RuleRows.registerRow(EVALUATOR, rule, answer, accepted, register, verdict, original, correction);
    }
}
