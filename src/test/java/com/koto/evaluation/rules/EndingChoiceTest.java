package com.koto.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.evaluation.Evaluation;
import com.koto.evaluation.EvaluationRequest;
import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Endings and tense on the learner's own words, session 9 (helper eval14b): the modifier the next word
 * decides ({@link ModifierForms}), the ㄹ that stays and the -아/어 form before a stem ending
 * ({@link StemEndings}), -(으)ㄹ래 without a will, 왜냐하면 without its reason and -지 말다 on an
 * adjective ({@link ClauseEndings}), a loss told in the present ({@link StateTense}), -(으)ㄹ까 for a
 * promise ({@link EndingContrast#askedForPlan}). Each class with sentences it fails, written for this
 * test in other words and scenes than the gold sets', and correct sentences of the same shape left
 * alone by the rules themselves. Accepted answers are separated by {@code |}.
 */
class EndingChoiceTest {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0} ⇒ {3}")
    @CsvSource(delimiter = ';', value = {
        // an ㄹ-stem's modifier: ㄹ drops before -는 and -(으)ㄴ
        "저기 꽃을 팔는 가게가 있어요.; 저기 꽃을 파는 가게가 있어요.; 팔는→파는; irregular/l_deletion; POLITE",
        "좀 더 달은 커피 있어요?; 덜 쓴 커피 있어요?; 달은→단; irregular/l_deletion; POLITE",
        // -기 전에
        "출발하는 전에 전화해 주세요.; 출발하기 전에 전화해 주세요.; 출발하는→출발하기; ending/gi_before; POLITE",
        "밥을 먹는 전에 손을 씻으세요.; 식사 전에 손을 씻으세요.; 먹는→먹기; ending/gi_before; POLITE",
        // an embedded question before 알다/모르다
        "이 버스가 어디로 가는 알아요?; 이 버스 어디 가요?; 가는→가는지; ending/embedded_question; POLITE",
        "언제 시작하는 몰라요.; 시작 시간을 몰라요.; 시작하는→시작하는지; ending/embedded_question; POLITE",
        // a route named with the past modifier
        "명동 간 버스는 어디서 타요?; 명동행 버스는 어디서 타요?; 간→가는; tense/modifier; POLITE",
        "부산 간 기차를 어디서 타요?; 부산 가는 기차를 어디서 타요?; 간→가는; tense/modifier; POLITE",
        // -았/었- before the modifier -(으)ㄴ
        "어제 샀은 옷을 바꾸고 싶어요.; 어제 산 옷을 바꾸고 싶어요.; 샀은→산; ending/past_modifier; POLITE",
        "제가 만들었은 케이크예요.; 제가 만든 케이크예요.; 만들었은→만든; ending/past_modifier; POLITE",
        // the -아/어 form before -(으)세요, -고
        "여기 좀 봐세요.; 여기 좀 보세요.; 봐세요→보세요; ending/infinitive_before_consonant; POLITE",
        "내일 일찍 와세요.; 내일 일찍 오세요.; 와세요→오세요; ending/infinitive_before_consonant; POLITE",
        // the ㄹ of 말다 before -고
        "울지 마고 말해 봐.; 울지 말고 말해 봐.; 마고→말고; irregular/l_kept; CASUAL",
        "걱정하지 마고 푹 쉬어.; 걱정하지 말고 푹 쉬어.; 마고→말고; irregular/l_kept; CASUAL",
        // -(으)ㄹ래 without a will
        "이 서류는 어디에 내면 될래요?; 이 서류는 어디에 내면 될까요?; 될래요→될까요; ending/will_of_what_happens; POLITE",
        "몇 시에 가면 될래요?; 몇 시까지 가야 돼요?; 될래요→될까요; ending/will_of_what_happens; POLITE",
        // 왜냐하면 without its reason
        "왜냐하면 그 회사에서 일하고 싶습니다.; 왜냐하면 그 회사에서 일하고 싶기 때문입니다.; 싶습니다→싶기 때문입니다; ending/because; FORMAL",
        "왜냐하면 어제 너무 늦게 잤어요.; 왜냐하면 어제 너무 늦게 잤기 때문이에요.; 잤어요→잤기 때문이에요; ending/because; POLITE",
        // -지 말다 on an adjective
        "국을 너무 맵지 마세요.; 국은 안 맵게 해 주세요.; 맵지→맵게 하지; ending/adjective_prohibition; POLITE",
        // a loss told in the present
        "지하철에서 우산을 잃어버려요. 어디에 가야 돼요?; 지하철에서 우산을 잃어버렸어요. 어디에 가야 돼요?; 잃어버려요→잃어버렸어요; tense/past; POLITE",
        "지하철에서 가방을 잃어버립니다. 어떻게 해야 합니까?; 지하철에서 가방을 잃어버렸습니다. 어떻게 해야 합니까?; 잃어버립니다→잃어버렸습니다; tense/past; FORMAL",
        // -(으)ㄹ까 where the accepted answer promises
        "커피 마실래? 이번에는 내가 낼까?; 커피 마실래? 이번에는 내가 낼게.; 낼까→낼게; ending/offer_for_plan; CASUAL",
        "뭐 먹을래? 오늘은 내가 낼까?; 뭐 먹을래? 오늘은 내가 낼게.; 낼까→낼게; ending/offer_for_plan; CASUAL",
    })
    void catches(String answer, String accepted, String span, String subtype, Register register) {
        RuleRows.caught(EVALUATOR, answer, accepted, span, subtype, register);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "빵을 만드는 사람이 누구예요?", "어제 들은 노래가 좋았어요.", "길을 걸은 다음에 쉬었어요.", "팔은 괜찮아요.",
        "길은 좁아요.", "달은 밝아요.", "자기 전에 우유를 마셔요.", "한 시간 전에 왔어요.", "그런 전에 말해 주세요.",
        "어디로 가는지 알아요?", "무슨 말인지 모르겠어요.", "제가 아는 사람이에요.", "부산 가는 기차를 어디서 타요?",
        "어제 부산 간 친구가 돌아왔어요.", "강남 간 버스가 돌아왔어요.", "제가 산 옷이에요.", "어제 샀던 옷이에요.",
        "여기 좀 보세요.", "이 옷 좀 봐 주세요.", "돼지고기 주세요.", "와서 좀 봐요.", "과자를 샀어요.",
        "울지 말고 말해 봐.", "사과를 사고 싶어요.", "이 서류는 어디에 내면 될까요?", "같이 갈래요?", "뭐 먹을래?",
        "왜냐하면 시간이 없기 때문입니다.", "왜냐하면 내일 시험이 있거든요.", "왜 그렇게 생각해요?",
        "아프지 마세요.", "걱정하지 마세요.", "늦지 마세요.", "너무 맵게 하지 마세요.",
        "저는 우산을 자주 잃어버려요.", "지갑을 잃어버렸어요.", "잃어버리면 어떻게 해요?", "또 잃어버려요?", "자기 전에 책을 읽어요.", "주말에 영화를 봤어요. 일요일에요.",
    })
    void leavesCorrectSentencesAlone(String sentence) {
        assertThat(ModifierForms.find(sentence)).as(sentence).isEmpty();
        assertThat(ClauseEndings.find(sentence)).as(sentence).isEmpty();
        assertThat(StemEndings.onLearnerWords(sentence, List.of())).as(sentence).isEmpty();
        assertThat(TimeWords.inSentences(sentence)).as(sentence).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aTimeAnsweredWithYoIsNoCopula() {
        // 토요일에요 = 토요일에 + 요 (표준국어대사전 '요' 「조사」), not 토요일이에요 misspelt
        Evaluation e = EVALUATOR.evaluate(new EvaluationRequest(List.of("주말에 친구하고 영화를 보기로 했어요. 일요일이에요."),
                List.of(), "주말에 친구하고 영화를 보기로 했어요. 일요일에요.", "en", Register.POLITE, null));
        assertThat(e.errors()).as("%s", e.errors()).noneMatch(err -> "ending/copula".equals(err.subtype()));
    }
}
