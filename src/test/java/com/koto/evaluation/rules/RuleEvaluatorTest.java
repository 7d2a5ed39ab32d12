package com.koto.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.Evaluation;
import com.koto.evaluation.EvaluationError;
import com.koto.evaluation.EvaluationRequest;
import com.koto.evaluation.EvaluationSource;
import com.koto.evaluation.TestPacks;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleEvaluatorTest {

    private final RuleEvaluator evaluator = new RuleEvaluator(new TestPacks());

    private Evaluation eval(String answer, String... expected) {
        return evaluator.evaluate(EvaluationRequest.of(List.of(expected), answer, "id"));
    }

    @Test
    void acceptedAnswerPassesWithFullScore() {
        Evaluation e = eval("커피를 주세요", "커피를 주세요");
        assertThat(e.passed()).isTrue();
        assertThat(e.score()).isEqualTo(100);
        assertThat(e.errors()).isEmpty();
        assertThat(e.source()).isEqualTo(EvaluationSource.RULES);
        assertThat(e.feedback()).isEqualTo("Bagus sekali!");
    }

    @Test
    void punctuationUnicodeFormAndExtraSpacesDoNotMatter() {
        String decomposed = java.text.Normalizer.normalize("커피를 주세요", java.text.Normalizer.Form.NFD);
        assertThat(eval("  " + decomposed.replace(" ", "   ") + "!! ", "커피를 주세요.").score()).isEqualTo(100);
    }

    @Test
    void wrongObjectParticleAllomorphIsLocatedAndExplainedInIndonesian() {
        Evaluation e = eval("커피을 주세요", "커피를 주세요");
        assertThat(e.passed()).isFalse();
        assertThat(e.modelAnswer()).isEqualTo("커피를 주세요");
        EvaluationError error = e.errors().getFirst();
        assertThat(error.category()).isEqualTo(ErrorCategory.PARTICLE_ALLOMORPH);
        assertThat(error.original()).isEqualTo("커피을");
        assertThat(error.correction()).isEqualTo("커피를");
        assertThat(error.explanation()).contains("setelah vokal");
        // issue 11: the summary names the kind of the main error (a particle), not "grammar"
        assertThat(e.feedback()).isEqualTo("Partikelnya perlu diperbaiki. Seharusnya: 커피를 주세요");
        assertThat(error.subtype()).isEqualTo("particle_allomorph/object");
        assertThat(e.score()).isBetween(1, 85);
    }

    @Test
    void spacingOnlyDifferencePassesWithANote() {
        Evaluation e = eval("커피를주세요", "커피를 주세요");
        assertThat(e.passed()).isTrue();
        assertThat(e.errors()).extracting(EvaluationError::category).containsExactly(ErrorCategory.SPACING);
        assertThat(e.feedback()).startsWith("Jawaban Anda diterima");
    }

    @Test
    void missingParticleIsParticleMissing() {
        Evaluation e = eval("도서관 공부해요", "도서관에서 공부해요");
        assertThat(e.passed()).isFalse();
        assertThat(e.errors().getFirst()).extracting(EvaluationError::category, EvaluationError::original,
                EvaluationError::correction).containsExactly(ErrorCategory.PARTICLE_MISSING, "도서관", "도서관에서");
    }

    @Test
    void particleOfAnotherFunctionIsParticleWrong() {
        Evaluation e = eval("도서관에 공부해요", "도서관에서 공부해요");
        assertThat(e.errors().getFirst()).extracting(EvaluationError::category, EvaluationError::original)
                .containsExactly(ErrorCategory.PARTICLE_WRONG, "도서관에");
    }

    @Test
    void directionParticleAfterRieulIsAllomorphError() {
        Evaluation e = eval("서울으로 가요", "서울로 가요");
        assertThat(e.errors().getFirst().category()).isEqualTo(ErrorCategory.PARTICLE_ALLOMORPH);
    }

    @Test
    void copulaFormIsAnEndingError() {
        Evaluation e = eval("학생예요", "학생이에요");
        assertThat(e.errors().getFirst()).extracting(EvaluationError::category, EvaluationError::correction)
                .containsExactly(ErrorCategory.ENDING, "학생이에요");
    }

    @Test
    void differentContentWordIsVocabulary() {
        Evaluation e = eval("라떼 주세요", "아메리카노 주세요");
        assertThat(e.errors().getFirst()).extracting(EvaluationError::category, EvaluationError::original,
                EvaluationError::correction).containsExactly(ErrorCategory.VOCABULARY, "라떼", "아메리카노");
        assertThat(e.feedback()).isEqualTo("Kata yang lebih tepat: 아메리카노");
    }

    @Test
    void nearMissIsSpelling() {
        assertThat(eval("감사함니다", "감사합니다").errors().getFirst().category()).isEqualTo(ErrorCategory.SPELLING);
        assertThat(eval("안녕하새요", "안녕하세요").errors().getFirst().category()).isEqualTo(ErrorCategory.SPELLING);
        assertThat(eval("정말 마시써요", "정말 맛있어요").errors().getFirst().category())
                .isEqualTo(ErrorCategory.SPELLING);
    }

    @Test
    void missingPredicateIsIncomplete() {
        Evaluation e = eval("아메리카노 한 잔", "아메리카노 한 잔 주세요");
        // given on the word before the gap (session 10, SpanChoices): never an empty original
        assertThat(e.errors().getFirst()).extracting(EvaluationError::category, EvaluationError::original,
                EvaluationError::correction).containsExactly(ErrorCategory.INCOMPLETE, "잔", "잔 주세요");
    }

    @Test
    void sameWordsInAnotherOrderIsWordOrder() {
        assertThat(eval("주세요 커피를", "커피를 주세요").errors().getFirst().category())
                .isEqualTo(ErrorCategory.WORD_ORDER);
    }

    @Test
    void closestAcceptedAnswerIsTheModelAnswer() {
        Evaluation e = eval("아이스 아메리카노 주세요", "따뜻한 라떼 주세요", "아이스 아메리카노 주세요");
        assertThat(e.passed()).isTrue();
        assertThat(e.modelAnswer()).isEqualTo("아이스 아메리카노 주세요");
        assertThat(eval("아이스 아메리카노 쥬세요", "따뜻한 라떼 주세요", "아이스 아메리카노 주세요").modelAnswer())
                .isEqualTo("아이스 아메리카노 주세요");
    }

    @Test
    void emptyAnswerFailsAsIncomplete() {
        Evaluation e = eval("  ", "커피를 주세요");
        assertThat(e.passed()).isFalse();
        assertThat(e.score()).isZero();
        assertThat(e.errors().getFirst().category()).isEqualTo(ErrorCategory.INCOMPLETE);
    }

    @Test
    void nonHangulAnswerIsEvaluatedNotThrown() {
        Evaluation e = eval("I want coffee please", "커피를 주세요");
        assertThat(e.passed()).isFalse();
    }

    @Test
    void patternsAlsoPass() {
        Evaluation e = evaluator.evaluate(new EvaluationRequest(List.of("커피를 주세요"),
                List.of("(커피|아메리카노)를? (한 잔 )?주세요"), "아메리카노를 한 잔 주세요", "en", null, null));
        assertThat(e.passed()).isTrue();
        assertThat(e.modelAnswer()).isEqualTo("커피를 주세요");
    }

    @Test
    void requestWithoutAcceptedAnswersIsRejected() {
        assertThatThrownBy(() -> eval("커피", "  ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aParticleErrorInsideAWronglySpacedAnswerIsStillLocated() {
        Evaluation e = eval("커피을주세요", "커피를 주세요");
        assertThat(e.passed()).isFalse();
        assertThat(e.errors().getFirst()).extracting(EvaluationError::category, EvaluationError::original)
                .containsExactly(ErrorCategory.PARTICLE_ALLOMORPH, "커피을");
    }
}
