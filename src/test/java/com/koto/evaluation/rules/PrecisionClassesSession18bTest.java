package com.koto.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.evaluation.TestPacks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Precision classes of the eleventh-wave probes (session 18, helper s18b: questions, refusals, reasons, invitations
 * and honorifics toward elders), each with look-alikes that must still fail: a verb's -아/어야 and -아/어도 read as a
 * noun with the copula 야 or with 도 ({@link ArgumentCheck#modalConnective}); two predicates read as a noun phrase
 * turned round ({@code NounPhraseOrder}); and the readings of {@link SpokenExchanges}. Rows written for this test,
 * not taken from the gold sets; every {@code PASS} row failed on main (ea1add19) except the one marked.
 * Verdict: {@code PASS}, {@code FAIL}, or the category or subtype the answer fails with (with its span where given).
 */
class PrecisionClassesSession18bTest {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0}: {1} ⇒ {4}")
    @CsvSource(delimiter = ';', value = {
        // -아/어야 하다 and -아/어도 되다: connectives of one verb, not the copula
        "obligation for permission, another sentence; 팀장님, 내일 이사 때문에 오전에 쉬어야 할 것 같습니다. 괜찮으시겠습니까?; 팀장님, 내일 이사가 있어서 오전에 쉬어도 되겠습니까?; FORMAL; PASS; ; ",
        "permission for obligation, one slip; 약을 먹어도 돼요?; 약을 먹어야 돼요?; POLITE; ending/modifier_or_connective; 먹어도; 먹어야",
        // two predicates are no noun phrase
        "a guess and a second question; 3번 출구로 나가면 돼요? 아니면 갈아타야 돼요?; 몇 번 출구로 나가야 돼요? 갈아타야 돼요?; POLITE; PASS; ; ",
        "two nouns turned round; 자리 창가로 주세요.; 창가 자리로 주세요.; POLITE; word_order/phrase; 자리 창가로; 창가 자리로",
        // a copula sentence of reason, then 그래서
        "학생이에요. 그래서; 저는 학생이에요. 그래서 돈이 별로 없어요.; 저는 학생이라서 돈이 별로 없어요.; POLITE; PASS; ; ",
        "아니에요. 그래서; 저도 여기 사람이 아니에요. 그래서 잘 몰라요.; 저도 여기 사람이 아니라서 잘 몰라요.; POLITE; PASS; ; ",
        "misspelt 아니예요; 저도 여기 사람이 아니예요. 그래서 잘 몰라요.; 저도 여기 사람이 아니라서 잘 몰라요.; POLITE; ending/copula; ; ",
        "no sentence mark, no 그래서; 저도 여기 사람이 아니에요 잘 몰라요.; 저도 여기 사람이 아니라서 잘 몰라요.; POLITE; ending/copula; ; ",
        // 아니에요 declining
        "아니에요 declining; 아니에요, 괜찮아요.; 아니요, 괜찮아요.; POLITE; PASS; ; ",
        "아닙니다 declining (passed on main too); 아닙니다. 괜찮습니다.; 아니요, 괜찮습니다.; FORMAL; PASS; ; ",
        // 안 -(으)ㄹ래? inviting
        "안 먹을래?; 이번 주말에 같이 밥 안 먹을래?; 이번 주말에 같이 밥 먹을래?; CASUAL; PASS; ; ",
        "안 하실래요?; 커피 한잔 안 하실래요?; 커피 한잔 하실래요?; POLITE; PASS; ; ",
        "안 먹을래. refusing; 이번 주말에 같이 밥 안 먹을래.; 이번 주말에 같이 밥 먹을래?; CASUAL; vocabulary/extra_word; ; ",
        "안 먹어. refusing; 이번 주말에 같이 밥 안 먹어.; 이번 주말에 같이 밥 먹어.; CASUAL; vocabulary/extra_word; ; ",
        // the speaker as partner
        "나랑 for 우리; 주말에 나랑 밥 먹자.; 주말에 우리 밥 먹자.; CASUAL; PASS; ; ",
        "저랑 for 우리; 내일 저랑 점심 먹어요.; 내일 우리 점심 먹어요.; POLITE; PASS; ; ",
        // N(이)나 of a modest choice
        "산책이나 할까?; 주말에 산책이나 할까?; 주말에 같이 산책할까?|주말에 산책 하자.; CASUAL; PASS; ; ",
        "커피나 마시자; 심심한데 커피나 마시자.; 심심한데 커피 마시자.; CASUAL; PASS; ; ",
        "이나 after a vowel; 주말에 영화이나 볼까?; 주말에 영화 볼까?; CASUAL; particle_allomorph/disjunction; 영화이나; 영화나",
        "subject for object; 주말에 영화가 볼까?; 주말에 영화 볼까?; CASUAL; particle_wrong/subject_for_object; 영화가; 영화를",
        // 어떤 거 for 뭐
        "어떤 걸로; 음료는 어떤 걸로 하시겠어요?; 음료는 뭘로 하시겠어요?; POLITE; PASS; ; ",
        "어떤 거로; 사이즈는 어떤 거로 드릴까요?; 사이즈는 뭘로 드릴까요?; POLITE; PASS; ; ",
        // an estimate asked
        "육만 원 정도?; 요금은 육만 원 정도 나와요?; 요금은 얼마쯤 나와요?; POLITE; PASS; ; ",
        "오만 원쯤?; 이 가방은 오만 원쯤 해요?; 이 가방은 얼마쯤 해요?; POLITE; PASS; ; ",
        "a malformed number; 요금은 여섯만 원 정도 나와요?; 요금은 얼마쯤 나와요?; POLITE; counter/mixed_number; ; ",
        // 어서 before the verb
        "어서 오셔서; 어서 오셔서 앉으세요.; 와서 앉으세요.; POLITE; PASS; ; ",
        "어서 오셔서, to an elder; 할머니, 어서 오셔서 진지 드세요.; 할머니, 와서 진지 드세요.; POLITE; PASS; ; ",
        "malformed 와서; 할머니, 오서 드세요.; 할머니, 와서 드세요.; POLITE; ending/infinitive_contraction; 오서; 와서",
        "드새요; 어서 오셔서 드새요.; 와서 드세요.; POLITE; spelling/seyo; 드새요; 드세요",
    })
    void rows(String rule, String answer, String accepted, String register, String verdict, String original,
            String correction) {
        RuleRows.registerRow(EVALUATOR, rule, answer, accepted, register, verdict, original, correction);
    }

    @Test
    void modalConnectiveIsAVerbsEnding() {
        assertThat(ArgumentCheck.modalConnective(Morphology.analyse("어떻게 가야 돼요").get(1))).isTrue();
        assertThat(ArgumentCheck.modalConnective(Morphology.analyse("일찍 퇴근해도 돼요").get(1))).isTrue();
        assertThat(ArgumentCheck.modalConnective(Morphology.analyse("저는 친구도 있어요").get(1))).isFalse();
        assertThat(ArgumentCheck.modalConnective(Morphology.analyse("저는 학생이야").get(1))).isFalse();
    }

    @Test
    void negativeInvitationNeedsTheQuestion() {
        assertThat(SpokenExchanges.negativeInvitation("안", "영화 보러 안 갈래?")).isTrue();
        assertThat(SpokenExchanges.negativeInvitation("안", "영화 보러 안 갈래.")).isFalse();
        assertThat(SpokenExchanges.negativeInvitation("안", "영화 안 봐?")).isFalse();
    }

    @Test
    void declineWithCopulaStandsFirst() {
        assertThat(SpokenExchanges.declineWithCopula("아니에요", "아니요", "아니에요, 괜찮아요.")).isTrue();
        assertThat(SpokenExchanges.declineWithCopula("아니에요", "아니요", "아, 아니에요. 괜찮아요.")).isTrue();
        assertThat(SpokenExchanges.declineWithCopula("아니에요", "아니요", "학생이 아니에요.")).isFalse();
    }
}
