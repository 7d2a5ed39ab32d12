package com.koto.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.Evaluation;
import com.koto.evaluation.EvaluationError;
import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 16 (helper eval30e): recall of {@code honorific} on the learner's own words, as classes seen across
 * writers — -(으)시- on a thing or on the speaker ({@link MisplacedSi}, {@link SpeechLevels#plainForm} with
 * -(으)시겠-, {@link SpeakersOwnEating} without a vocative), an elder's own verbs and the favours given to or by
 * an honoured person ({@link ElderFavours}; 죽다 → 돌아가시다 in {@link SpeechLevels}). Sentences written for
 * this test in other scenes than the gold sets', with accepted answers that are paraphrases, so the comparison
 * alone would not name the error. The register is the first field; each class has rows that must still pass:
 * the -시- of an honoured subject, 있으세요 asked of the listener's own, 간접 높임, the family's 압존법.
 */
class HonorificRecallSession16Test {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{1} ⇒ {4} → {5}")
    @CsvSource(delimiter = ';', value = {
        // -(으)시- on a thing somewhere or served (사물 존대)
        "FORMAL; 상자 안에 서류가 들어 있으십니다.; 서류입니다.|상자에는 서류만 있습니다.; honorific/si_thing; 있으십니다; 있습니다",
        "FORMAL; 주문하신 커피가 나오셨습니다.; 커피 나왔습니다. 맛있게 드세요.|주문하신 음료 준비됐습니다.; honorific/si_thing; 나오셨습니다; 나왔습니다",
        "FORMAL; 화장실은 2층에 있으십니다.; 화장실은 위층에 있습니다.|위층으로 올라가시면 됩니다.; honorific/si_thing; 있으십니다; 있습니다",
        "POLITE; 그 책은 도서관에 있으세요?; 그 책은 도서관에 있어요?|도서관에서 빌릴 수 있어요?; honorific/si_thing; 있으세요; 있어요",
        // -(으)시- on the speaker's own: 제 + a thing, 제가/저는 having something, -(으)시겠-, a yes/no answer
        "FORMAL; 제 고향은 반둥이십니다.; 저는 반둥에서 왔습니다.|반둥 출신입니다.; honorific/si_extra; 반둥이십니다; 반둥입니다",
        "POLITE; 선생님, 제가 부탁이 있으세요.; 선생님, 부탁드려도 될까요?|선생님, 여쭤볼 게 있어요.; honorific/si_extra; 있으세요; 있어요",
        "POLITE; 저는 시간이 없으세요.; 죄송해요, 시간이 없어요.|오늘은 바빠요.; honorific/si_extra; 없으세요; 없어요",
        "FORMAL; 제가 내일 다시 연락하시겠습니다.; 내일 다시 연락드리겠습니다.|내일 또 전화드리겠습니다.; honorific/si_extra; 연락하시겠습니다; 연락하겠습니다",
        "POLITE; 네, 어제 다 하셨어요.; 네, 어제 숙제를 끝냈어요.|네, 다 끝냈어요.; honorific/si_extra; 하셨어요; 했어요",
        "POLITE; 이 약은 식후에 드셔야 돼요?; 이 약은 식후에 먹어야 돼요?|밥 먹고 먹어요?; honorific/si_extra; 드셔야; 먹어야",
        // an elder's own verbs: 자다/주무시다, 아프다/편찮으시다, 죽다/돌아가시다
        "CASUAL; 조용히 해. 할아버지 자.; 할아버지 주무시니까 조용히 해.|할아버지 주무셔. 떠들지 마.; honorific/verb; 자; 주무셔",
        "POLITE; 어머니, 할아버지 지금 자요?; 어머니, 할아버지 지금 주무세요?|할아버지 주무시고 계세요?; honorific/verb; 자요; 주무세요",
        "POLITE; 선생님, 어제 할머니가 죽었어요.; 선생님, 어제 저희 할머니께서 돌아가셨어요.|할머니가 돌아가셔서 수업에 못 와요.; honorific/verb; 죽었어요; 돌아가셨어요",
        // the honoured listener's favour (주셔서) and the speaker's favour to them (드리다)
        "POLITE; 선생님, 가르쳐 줘서 감사합니다.; 선생님, 정말 감사합니다.|가르쳐 주셔서 고맙습니다.; honorific/si_missing; 줘서; 주셔서",
        "POLITE; 사장님, 도와줘서 고맙습니다.; 사장님, 감사합니다.|사장님, 정말 고맙습니다.; honorific/si_missing; 도와줘서; 도와주셔서",
        "POLITE; 짐 들어 줄까요?; 제가 들어 드릴게요.|가방 들어 드릴까요?; honorific/verb; 줄까요; 드릴까요",
        "POLITE; 설거지 도와줘도 돼요?; 제가 설거지 도와드릴게요.|설거지 도와드릴까요?; honorific/verb; 도와줘도; 도와드려도",
    })
    void theHonorificIsCorrected(String register, String answer, String accepted, String subtype, String original,
            String correction) {
        Evaluation e = RuleRows.evaluate(EVALUATOR, answer, accepted, Register.valueOf(register));
        assertThat(e.passed()).as("%s: %s", answer, e.errors()).isFalse();
        assertThat(e.errors()).as("%s: %s", answer, e.errors()).anySatisfy(error -> {
            assertThat(error.category()).isEqualTo(ErrorCategory.HONORIFIC);
            assertThat(error.subtype()).isEqualTo(subtype);
            assertThat(error.original()).isEqualTo(original);
            assertThat(error.correction()).isEqualTo(correction);
        });
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = ';', value = {
        // a thing's place or a dish without -시-; the -시- of an honoured subject; the listener's own (간접 높임)
        "POLITE; 손님, 찾으시는 책은 2층에 있어요.; 찾으시는 책은 2층에 있어요.|그 책은 이 층에 있어요.",
        "FORMAL; 주문하신 커피 나왔습니다.; 커피 나왔습니다. 맛있게 드세요.|커피 나왔습니다.",
        "POLITE; 사장님께서 방금 나오셨어요.; 사장님이 방금 나오셨어요.|사장님 방금 나오셨어요.",
        "FORMAL; 부장님은 회의실에 계십니다.; 부장님은 지금 회의실에 계십니다.|회의실에 계십니다.",
        "POLITE; 선생님은 내일 시간이 있으세요?; 선생님, 내일 시간 있으세요?|내일 시간 괜찮으세요?",
        "POLITE; 혹시 질문 있으세요?; 질문 있으세요?|궁금한 거 있으세요?",
        "POLITE; 시간 있으세요?; 시간 괜찮으세요?|시간 있어요?",
        "POLITE; 할머니는 허리가 아프세요.; 할머니는 허리가 안 좋으세요.|할머니가 허리가 아프세요.",
        "POLITE; 수업이 몇 시에 있으세요?; 선생님, 수업이 몇 시예요?|수업은 몇 시에 시작해요?",
        "POLITE; 우산은 어디에 있으세요?; 우산 어디에서 팔아요?|우산 있어요?",
        // the speaker's elder kin may be raised; the speaker's own acts without -시-
        "POLITE; 제 어머니는 선생님이세요.; 어머니는 선생님이세요.|저희 어머니는 교사세요.",
        "FORMAL; 제가 안내해 드리겠습니다.; 제가 안내하겠습니다.|안내해 드리겠습니다.",
        "POLITE; 네, 선생님께서 어제 오셨어요.; 네, 선생님이 어제 오셨어요.|네, 어제 오셨어요.",
        // the listener's eating asked or told with 드시다
        "POLITE; 이 약은 식후에 드세요.; 식후에 드세요.|밥 먹고 드세요.",
        "POLITE; 매운 음식 드셔도 돼요?; 매운 음식 드셔도 괜찮아요?|매운 거 괜찮으세요?",
        // an elder's verbs honoured; the family's 압존법; an animal's death
        "CASUAL; 할머니 주무셔. 조용히 해.; 할머니 주무시니까 조용히 해.|조용히 해. 할머니 주무셔.",
        "POLITE; 할머니께서 주무세요.; 할머니께서 주무셔요.|할머니가 주무세요.",
        "POLITE; 할아버지, 아버지 아직 자요.; 할아버지, 아버지는 아직 자요.|아버지는 아직 주무세요.",
        "POLITE; 우리 강아지가 죽었어요.; 강아지가 죽었어요.|우리 개가 죽었어요.",
        "POLITE; 선생님 오늘 아파요. 그래서 못 가요.; 선생님, 오늘 아파서 못 가요.|선생님, 오늘 아파서 결석해요.",
        // favours: honoured already, to a familiar parent or a peer, the speaker's humble offer
        "POLITE; 어머니, 맛있게 만들어 주셔서 감사합니다.; 어머니, 감사합니다. 잘 먹겠습니다!|잘 먹겠습니다.",
        "POLITE; 엄마, 만들어 줘서 고마워요.; 엄마, 고마워요.|엄마, 맛있어요.",
        "POLITE; 민수 씨, 와 줘서 고마워요.; 민수 씨, 와 줘서 고마워요. 정말 반가워요.|와 줘서 고마워요.",
        "POLITE; 제가 도와드릴까요?; 도와드릴까요?|도와드릴게요.",
    })
    void correctNeighboursPass(String register, String answer, String accepted) {
        Evaluation e = RuleRows.evaluate(EVALUATOR, answer, accepted, Register.valueOf(register));
        assertThat(e.passed()).as("%s: %s", answer, e.errors()).isTrue();
        assertThat(e.errors()).as(answer).extracting(EvaluationError::category).doesNotContain(ErrorCategory.HONORIFIC);
    }
}
