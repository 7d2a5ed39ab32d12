package com.koto.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.evaluation.TestPacks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Vocabulary recall through a wider confusion lexicon (session 20, helper s20c): collocations a learner gets wrong
 * (a noun with a verb that does not go with it: 텐트를 만들다, 꿈을 보다, 버스를 잃어버리다, 불을 죽이다 from Indonesian
 * 'matikan'), intransitive/transitive pairs judged on the learner's own case marking (화면이 깼는데, 표가 팔았어요, an
 * object across a phrase of means: 100달러를 한국 돈으로 바뀌고), confusables (늦게 말씀해 for 천천히, 발로 for 걸어서)
 * and contrasts (출근/퇴근, 출발/도착), all in {@code confusables.json} and {@code equivalents.json} with their sources
 * ({@link Confusables}, {@link Contrasts}). Each class has look-alikes that must pass: the other voice said on its own
 * marking (컵이 깨졌어요 for 컵을 깼어요), the verb said of another noun (이 재킷 입어 보고), 잠이 깨다 'wake up'.
 * Rows written for this test, not taken from the gold sets.
 * Verdict: {@code PASS}, {@code FAIL}, {@code NOT <CATEGORY>}, or the category or subtype the answer fails with.
 */
class LexiconCoverageSession20cTest {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0}: {1} ⇒ {4}")
    @CsvSource(delimiter = ';', value = {
        // collocations: the noun and a verb that does not go with it
        "텐트 + 만들다 after a wrong allomorph; 우리가 텐트을 만들게. 밥은 누가 만들래?; 우리가 텐트 칠게. 밥은 누가 만들래?; CASUAL; vocabulary/collocation; 만들게; 칠게",
        "사진 + 가져가다; 여기서 사진을 가져가도 돼요?; 여기서 사진을 찍어도 돼요?; POLITE; vocabulary/collocation; 가져가도; 찍어도",
        "감기약 + 마시다; 두통약 주세요. 몇 알 마셔야 돼요?; 두통약 주세요. 몇 알 먹어야 돼요?; POLITE; vocabulary/collocation; 마셔야; 먹어야",
        "짐 + 이사하다; 내가 짐 이사하는 거 도와줄게.; 내가 짐 옮기는 거 도와줄게.; CASUAL; vocabulary/collocation; 이사하는; 옮기는",
        "꿈 + 보다; 어젯밤에 무서운 꿈을 봤어요.; 어젯밤에 무서운 꿈을 꿨어요.; POLITE; vocabulary/collocation; 봤어요; 꿨어요",
        "버스 + 잃다; 막차를 잃어버렸어요.; 막차를 놓쳤어요.; POLITE; vocabulary/collocation; 잃어버렸어요; 놓쳤어요",
        "돈 + 찾다 for earning; 돈을 찾으러 한국에 왔어요.; 돈을 벌러 한국에 왔어요.; POLITE; vocabulary/collocation; 찾으러; 벌러",
        "우산 + 입다; 비가 와요. 우산을 입으세요.; 비가 와요. 우산을 쓰세요.; POLITE; vocabulary/collocation; 입으세요; 쓰세요",
        "신발 + 열다; 여기서 구두를 열어 주세요.; 여기서 구두를 벗어 주세요.; POLITE; vocabulary/collocation; 열어; 벗어",
        "불 + 죽이다; 자기 전에 에어컨을 죽여 주세요.; 자기 전에 에어컨을 꺼 주세요.; POLITE; vocabulary/collocation; 죽여; 꺼",
        "축구 + 놀다; 주말에 친구하고 농구를 놀았어요.; 주말에 친구하고 농구를 했어요.; POLITE; vocabulary/collocation; 놀았어요; 했어요",
        "머리 + 씻다; 아침에 머리를 씻었어요.; 아침에 머리를 감았어요.; POLITE; vocabulary/collocation; 씻었어요; 감았어요",
        "냄새 + 있다; 부엌에서 이상한 냄새가 있어요.; 부엌에서 이상한 냄새가 나요.; POLITE; vocabulary/collocation; 있어요; 나요",
        "계획 + 만들다; 방학 계획을 만들었어요.; 방학 계획을 세웠어요.; POLITE; vocabulary/collocation; 만들었어요; 세웠어요",
        "교통카드 + 채우다; 교통카드를 채우고 싶어요.; 교통카드를 충전하고 싶어요.; POLITE; vocabulary/collocation; 채우고; 충전하고",
        "the verb said of another noun; 이 구두 신어 봐도 돼요? 그리고 이 코트 입어 보고 싶어요.; 이 코트 입어 봐도 돼요? 이 구두도 신어 봐도 돼요?; POLITE; NOT VOCABULARY; ; ",
        "a sport with its own 하다; 친구들하고 축구하고 놀았어요.; 친구들하고 축구를 했어요.; POLITE; NOT VOCABULARY; ; ",
        "a withdrawal said two ways; 돈을 찾으러 은행에 가요.; 돈을 뽑으러 은행에 가요.; POLITE; PASS; ; ",
        "a hearing, not an answer; 지하철에서 전화 소리를 못 들었어요.; 지하철에서 전화를 못 받았어요.; POLITE; PASS; ; ",
        // voice: the learner's own case marking against the verb's sentence pattern
        "깨다 with a subject; 노트북 화면이 깼는데 고칠 수 있어요?; 노트북 화면이 깨졌는데 고칠 수 있어요?; POLITE; vocabulary/voice; 깼는데; 깨졌는데",
        "깨지다 with an object; 제가 접시를 깨졌어요.; 제가 접시를 깼어요.; POLITE; vocabulary/voice; 깨졌어요; 깼어요",
        "팔다 with a subject; 기차표가 다 팔았어요.; 기차표가 다 팔렸어요.; POLITE; vocabulary/voice; 팔았어요; 팔렸어요",
        "막다 with a subject across an adverb; 도로가 많이 막았어요.; 도로가 많이 막혔어요.; POLITE; vocabulary/voice; 막았어요; 막혔어요",
        "쏟아지다 with an object; 주스를 쏟아졌어요.; 주스를 쏟았어요.; POLITE; vocabulary/voice; 쏟아졌어요; 쏟았어요",
        "듣다 with a subject across 잘 안; 목소리가 잘 안 들어요.; 목소리가 잘 안 들려요.; POLITE; vocabulary/voice; 들어요; 들려요",
        "an object across a phrase of means; 50달러를 한국 돈으로 바뀌고 싶어요.; 50달러를 한국 돈으로 바꾸고 싶어요.; POLITE; vocabulary/voice; 바뀌고; 바꾸고",
        "the other voice on its own marking; 유리컵이 깨졌어요.; 유리컵을 깼어요.; POLITE; PASS; ; ",
        "잠이 깨다 is intransitive; 아침 일찍 잠이 깼어요.; 아침 일찍 잠이 깼어요.|아침 일찍 깼어요.; POLITE; PASS; ; ",
        "the agent breaks it; 제가 에어컨을 고장냈어요.; 에어컨이 고장났어요.; POLITE; NOT VOCABULARY; ; ",
        "money gathered on its own marking; 돈이 많이 모였어요.; 돈을 많이 모았어요.; POLITE; PASS; ; ",
        // confusables and contrasts
        "늦게 of speaking; 조금 늦게 읽어 주세요.; 조금 천천히 읽어 주세요.; POLITE; vocabulary/confusable; 늦게; 천천히",
        "늦게 of coming; 늦게 와도 돼요.; 늦게 와도 돼요.|천천히 오세요.; POLITE; PASS; ; ",
        "발로 for 걸어서; 공원까지 발로 가요.; 공원까지 걸어서 가요.; POLITE; vocabulary/confusable; 발로; 걸어서",
        "출근 for 퇴근; 오늘은 여섯 시에 출근해요.; 오늘은 여섯 시에 퇴근해요.; POLITE; vocabulary/contrast; 출근해요; 퇴근해요",
        "출발 for 도착; 비행기가 몇 시에 출발해요?; 비행기가 몇 시에 도착해요?; POLITE; vocabulary/contrast; 출발해요; 도착해요",
        "차가우니까 of the weather; 밖이 차가우니까 안에 있자.; 밖이 추우니까 안에 있자.; CASUAL; vocabulary/contrast; 차가우니까; 추우니까",
        "추우니까 written right; 밖이 추우니까 안에 있자.; 밖이 추우니까 안에 있자.|밖이 너무 추워. 안에 있자.; CASUAL; PASS; ; ",
    })
    void rows(String rule, String answer, String accepted, String register, String verdict, String original,
            String correction) {
        RuleRows.registerRow(EVALUATOR, rule, answer, accepted, register, verdict, original, correction);
    }

    @Test
    void theLexiconHoldsTheNewEntries() {
        int[] sizes = Confusables.sizes();
        assertThat(sizes[1]).as("collocations").isGreaterThanOrEqualTo(60);
        assertThat(sizes[2]).as("voice pairs").isGreaterThanOrEqualTo(31);
    }
}
