package com.koto.evaluation.rules;

import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The precision classes of session 9, round 2 (eval15c, from the false alarms of set s): the soft
 * question -나요, the background connective -(으)ㄴ/는데 inside a sentence, the object particle for a
 * topicalised object, a noun specified by a modifier with 것, 에 left out before 도착하다, and a loan
 * compound that Nori reads in part as a name. Correct answers of other scenes than set s's that must pass
 * ({@code PASS}) and look-alikes that must still fail ({@code FAIL} = any category). Answers written for
 * this test; accepted answers separated by {@code |}.
 */
class FreeChoicesRound2Test {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0}: {1} ⇒ {3}")
    @CsvSource(delimiter = ';', value = {
        // FunctionWordChoices.softQuestion
        "-나요 for -아/어요 in a question; 이 지하철이 시청역까지 가나요?; 이 지하철 시청역에 가요?; PASS",
        "-나요 on 있다; 여기 화장실 있나요?; 여기 화장실 있어요?; PASS",
        // FunctionWordChoices.backgroundClause
        "-(으)ㄴ데 of background before a question; 방이 좀 추운데 담요 하나 더 있나요?; 방이 좀 추워요. 담요 하나 더 있어요?; PASS",
        "-(으)ㄴ데 of background before a request; 이 신발이 좀 작은데 더 큰 걸로 주세요.; 신발이 좀 작아요. 더 큰 걸로 주세요.; PASS",
        "-(으)ㄴ데 ending a sentence stays; 저기요, 이 신발 좀 작은데. 더 큰 거 있어요?; 신발이 좀 작아요. 더 큰 거 있어요?; HONORIFIC",
        // FunctionWordChoices.objectNotTopic
        "the object kept with 을 where the answer makes it the topic; 이 연고를 하루에 몇 번 발라야 돼요?; 이 연고는 하루에 몇 번 발라야 돼요?; PASS",
        "the object kept with 를 before a verb of reading; 이 서류를 어디에 내야 하는지 알려 주세요.; 이 서류는 어디에 내야 해요?; PASS",
        "the object particle before a copula stays; 제 이름을 민수예요.; 제 이름은 민수예요.; FAIL",
        // FunctionWordChoices.modifierOfThing
        "a noun then a modifier with 것; 녹차 차가운 걸로 한 잔 주세요.; 차가운 녹차 한 잔 주세요.; PASS",
        "a noun then a modifier with 거; 티셔츠 하얀 거 하나 주세요.; 하얀 티셔츠 하나 주세요.; PASS",
        "a modifier after its noun with no 것 stays; 녹차 차가운 한 잔 주세요.; 차가운 녹차 한 잔 주세요.; FAIL",
        // FunctionWordChoices.genitiveLeftOut
        "FORMAL|의 left out between a company and a name; 한국 전자 영업팀 김민수입니다.; 한국 전자의 영업팀 김민수입니다.; PASS",
        "의 left out between a city and its sight; 서울 야경이 정말 예뻐요.; 서울의 야경이 정말 예뻐요.; PASS",
        // Evidence.beforeMotionVerb (도착하다)
        "에 left out before 도착하다; 공항 도착하면 전화해 주세요.; 공항에 도착하면 전화해 주세요.; PASS",
        "에 left out before a past 도착하다; 방금 호텔 도착했어요.; 방금 호텔에 도착했어요.; PASS",
        // Evidence.acceptedElsewhere (a loan compound read in part as a name)
        "a loan compound another accepted answer uses; 피팅룸이 어디 있어요?; 탈의실이 어디예요?|피팅룸은 어디에 있어요?; PASS",
    })
    void row(String rule, String answer, String expected, String verdict) {
        RuleRows.variant(EVALUATOR, rule, answer, expected, verdict);
    }
}
