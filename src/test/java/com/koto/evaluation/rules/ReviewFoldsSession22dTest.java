package com.koto.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The folds of the session 21 review (session 22, helper s22d), no change on any development set: the ㅂ-irregular stems
 * listed once ({@link IrregularForms#B_IRREGULAR}, which adds eight stems to the checks that read IrregularForms' own
 * list); every written form of a verb of going read by {@link SentenceCheck#goOrCome}; the repair chains as ordered
 * lists ({@link Repairs#first}); the split of a word around 으 ({@link StemEndings#aroundEu}); one dictionary walk in
 * {@link KnownWords}. Rows written for this test, not taken from the sets. Verdict: {@code PASS}, {@code FAIL}, or a
 * subtype with its span ({@code original→correction}, {@code *} for any).
 */
class ReviewFoldsSession22dTest {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{1} ⇒ {3} {4}")
    @CsvSource(delimiter = ';', value = {
        // the stems the one list adds to IrregularForms, conjugated regularly (한글 맞춤법 제18항 6)
        "POLITE; 방이 너무 어둡어요.; 방이 너무 어두워요.; irregular/b; 어둡어요→어두워요",
        "POLITE; 고향이 정말 그립어요.; 고향이 정말 그리워요.; irregular/b; 그립어요→그리워요",
        "POLITE; 모기 때문에 다리가 가렵어요.; 모기 때문에 다리가 가려워요.; irregular/b; 가렵어요→가려워요",
        "POLITE; 그 소식은 정말 놀랍어요.; 그 소식은 정말 놀라워요.; irregular/b; 놀랍어요→놀라워요",
        // the verbs whose forms look like theirs with the ㅂ left out stay right: 놀라다, 가리다
        "POLITE; 그 소식을 듣고 깜짝 놀랐어요.; 그 소식을 듣고 깜짝 놀랐어요.; PASS; ",
        "POLITE; 너무 놀라서 말을 못 했어요.; 너무 놀라서 말을 못 했어요.; PASS; ",
        "POLITE; 아이가 손으로 얼굴을 가려요.; 아이가 손으로 얼굴을 가려요.; PASS; ",
        "POLITE; 제 동생은 음식을 가려서 먹어요.; 제 동생은 음식을 가려서 먹어요.; PASS; ",
        "POLITE; 연기 때문에 눈이 따가워요.; 연기 때문에 눈이 따가워요.; PASS; ",
        // -(으)러 before a verb of going, read through goOrCome (a form Nori misreads: 가는데 as 갈다's)
        "CASUAL; 오늘 영화 보러 가는데 같이 갈래?; 오늘 영화 볼 거야. 같이 갈래?; PASS; ",
    })
    void rows(String register, String answer, String accepted, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, span == null ? "*" : span);
    }

    @Test
    void everyWrittenFormOfAVerbOfGoingIsRead() {
        assertThat(List.of("가요", "갑니다", "왔어요", "가는데", "들어가요", "돌아와요", "다녀요"))
                .allMatch(SentenceCheck::goOrCome);
        assertThat(List.of("가방", "오늘", "가방을", "오래")).noneMatch(SentenceCheck::goOrCome);
    }

    @Test
    void theFirstRepairThatAppliesWinsAndTheRestAreNotRun() {
        List<String> run = new ArrayList<>();
        String[] fixed = Repairs.first(() -> {
            run.add("a");
            return null;
        }, () -> {
            run.add("b");
            return new String[] {"먹자", "ending/eu_extra"};
        }, () -> {
            run.add("c");
            return new String[] {"x", "y"};
        });
        assertThat(fixed).containsExactly("먹자", "ending/eu_extra");
        assertThat(run).containsExactly("a", "b");
        assertThat(Repairs.first(() -> null)).isNull();
    }

    @Test
    void aWordIsSplitAroundEach으() {
        assertThat(StemEndings.aroundEu("먹으자")).containsExactly(new String[] {"먹", "자"});
        assertThat(StemEndings.aroundEu("으면")).isEmpty(); // no letters before it
        assertThat(StemEndings.aroundEu("먹어요")).isEmpty();
    }

    @Test
    void theDictionaryIsWalkedOnceForTagsAndCompounds() {
        assertThat(KnownWords.predicateStem("먹")).isTrue();
        assertThat(KnownWords.tags("없는말같은것")).isEmpty();
        assertThat(KnownWords.compoundParts("영화관")).containsExactly("영화", "관");
        assertThat(KnownWords.compoundParts("")).isEmpty();
    }
}
