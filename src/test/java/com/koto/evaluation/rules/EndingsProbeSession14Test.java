package com.koto.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Classes of session 14 (helper eval24b, the endings probe), each with look-alikes that must stay as they
 * are: a contrast pair the learner uses both sides of in reordered clauses ({@link Contrasts#reordered}),
 * the ㅂ-irregular stem before a consonant-initial ending ({@link StemEndings#bKeptBefore}), a 르-irregular
 * stem with the ㄹ of its -아/어 form and -았/었- before -고 named by their grammar, not spelling
 * ({@link SpellingAsGrammar}), -는 동안 and a dated thing's past modifier ({@link ModifierForms}), and the
 * joined 묻어보- of 물어보다 ({@link IrregularForms#askedWithD}), and 줘 → 주세요 against a politer accepted request
 * ({@link LearnerSpans#smallest}). Rows written for this test, not taken from
 * the gold sets. Verdict: {@code PASS}, {@code NOT CATEGORY}, or the subtype the answer fails with.
 */
class EndingsProbeSession14Test {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0}: {1} ⇒ {4}")
    @CsvSource(delimiter = ';', value = {
        // both sides of a contrast, in another order of clauses
        "both sides, reordered; 창문이 안 닫혀요. 계속 열려 있어서 방이 추운데 좀 봐 주세요.; 창문이 열려 있는데 안 닫혀요. 방이 추워요. 좀 봐 주세요.; POLITE; NOT VOCABULARY; ; ",
        "one side for the other; 창문이 안 열려요.; 창문이 안 닫혀요.; POLITE; vocabulary/contrast; 열려요; 닫혀요",
        "one side for the other, in a longer answer; 가게가 몇 시에 열어요?; 가게가 몇 시에 닫아요?; POLITE; vocabulary/contrast; 열어요; 닫아요",
        // the ㅂ-irregular stem keeps ㅂ before a consonant-initial ending
        "더워 before 네요; 정말 더워네요.; 정말 덥네요.; POLITE; ending/infinitive_before_consonant; 더워네요; 덥네요",
        "추워 before 네요; 오늘 너무 추워네요.; 오늘 너무 춥네요.; POLITE; ending/infinitive_before_consonant; 추워네요; 춥네요",
        "the ㅂ stem before 네요; 정말 덥네요.; 정말 덥네요.; POLITE; PASS; ; ",
        "우 before -(으)면; 더우면 에어컨 켜세요.; 더우면 에어컨 켜세요.; POLITE; PASS; ; ",
        // 르-irregular: ㄹ doubled only before -아/어
        "불르고; 노래를 불르고 싶어.; 노래를 부르고 싶어.; CASUAL; irregular/reu_kept; 불르고; 부르고",
        "몰르고; 저는 그 사람을 몰르고 있어요.; 저는 그 사람을 모르고 있어요.; POLITE; irregular/reu_kept; 몰르고; 모르고",
        "불러요 stays; 노래를 불러요.; 노래를 불러요.; POLITE; PASS; ; ",
        // -았/었- before -고 of a sequence
        "끝났고 before a proposal; 수업 끝났고 노래방 가자.; 수업 끝나고 노래방 가자.; CASUAL; tense/past_before_go; 끝났고; 끝나고",
        "a listing -았/었고 the accepted answer has too; 비가 왔고 바람도 불었어요.; 비가 왔고 바람도 불었어요.; POLITE; PASS; ; ",
        // -는 동안
        "먹은 동안; 이 약을 먹은 동안 술을 마셔도 돼요?; 이 약을 먹는 동안 술을 마셔도 돼요?; POLITE; ending/neun_dongan; 먹은; 먹는",
        "산 동안 (ㄹ-stem); 한국에서 산 동안 많이 배웠어요.; 한국에서 사는 동안 많이 배웠어요.; POLITE; ending/neun_dongan; 산; 사는",
        "본 동안; 영화를 본 동안 잤어요.; 영화를 보는 동안 잤어요.; POLITE; ending/neun_dongan; 본; 보는",
        "-는 동안 stays; 제가 자는 동안 전화가 왔어요.; 제가 자는 동안 전화가 왔어요.; POLITE; PASS; ; ",
        "-(으)ㄴ 후에 stays; 영화를 본 후에 잤어요.; 영화를 본 후에 잤어요.; POLITE; PASS; ; ",
        // a thing made or bought at a time before now
        "어제 사는 옷; 이거 어제 사는 옷이에요.; 이거 어제 산 옷이에요.; POLITE; TENSE; 사는; 산",
        "a habit keeps -는; 이거 제가 자주 먹는 김치예요.; 이거 제가 자주 먹는 김치예요.; POLITE; PASS; ; ",
        "the time word of another predicate; 어제 만난 사람은 제가 가르치는 학생이에요.; 어제 만난 사람은 제가 가르치는 학생이에요.; POLITE; PASS; ; ",
        // 물어보다 joined
        "묻어봐도; 선생님, 이 단어 뜻을 몰라서 묻어봐도 돼요?; 선생님, 이 단어 뜻을 몰라서 물어봐도 돼요?; POLITE; irregular/d; 묻어봐도; 물어봐도",
        "묻어볼게요; 길을 좀 묻어볼게요.; 길을 좀 물어볼게요.; POLITE; irregular/d; 묻어볼게요; 물어볼게요",
        "묻어 보다 of burying, apart; 땅에 씨앗을 묻어 봤어요.; 땅에 씨앗을 묻어 봤어요.; POLITE; PASS; ; ",
        // 줘 read against a politer accepted request: its smallest repair is 주세요
        "줘 against 주시겠어요; 빨리 와서 봐 줘.; 와서 좀 봐 주시겠어요?; POLITE; honorific/speech_level; 줘; 주세요",
        "줘 against 주실래요; 이거 좀 들어 줘.; 이거 좀 들어 주실래요?; POLITE; honorific/speech_level; 줘; 주세요",
    })
    void rows(String rule, String answer, String accepted, String register, String verdict, String original,
            String correction) {
        RuleRows.registerRow(EVALUATOR, rule, answer, accepted, register, verdict, original, correction);
    }

    @Test
    void spellingFindingsAreNamedByTheirGrammar() {
        Finding reu = SpellingAsGrammar.named(new Finding(ErrorCategory.SPELLING, "빨르지만", "빠르지만"));
        assertThat(reu.category()).isEqualTo(ErrorCategory.ENDING);
        assertThat(reu.subtype()).isEqualTo("irregular/reu_kept");
        Finding past = SpellingAsGrammar.named(new Finding(ErrorCategory.SPELLING, "먹었고", "먹고"));
        assertThat(past.category()).isEqualTo(ErrorCategory.TENSE);
        assertThat(past.subtype()).isEqualTo("tense/past_before_go");
        assertThat(SpellingAsGrammar.named(new Finding(ErrorCategory.SPELLING, "했고", "하고")).subtype())
                .isEqualTo("tense/past_before_go");
        // a regular stem is no 르-irregular one (따르다), and other letters stay spelling
        assertThat(SpellingAsGrammar.named(new Finding(ErrorCategory.SPELLING, "딸르고", "따르고")).category())
                .isEqualTo(ErrorCategory.SPELLING);
        assertThat(SpellingAsGrammar.named(new Finding(ErrorCategory.SPELLING, "먹코", "먹고")).category())
                .isEqualTo(ErrorCategory.SPELLING);
    }
}
