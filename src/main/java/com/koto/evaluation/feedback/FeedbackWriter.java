package com.koto.evaluation.feedback;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.EvaluationError;
import com.koto.langpack.LangPack;
import java.util.List;
import java.util.Map;

/**
 * Writes the learner-facing sentence of an evaluation from the language pack's feedback
 * templates ({@code good_job}, {@code good_with_notes}, {@code grammar_error}, {@code vocab_error},
 * {@code spelling_error}, {@code incomplete}, {@code try_again}), and error explanations from its
 * category explanations and L1 error patterns.
 */
public final class FeedbackWriter {

    private FeedbackWriter() {
    }

    /**
     * The explanation of one error in the pack's language (an L1 error pattern's text when one
     * matches the particle involved, else the category explanation).
     */
    public static String explain(LangPack pack, ErrorCategory category, String original, String correction) {
        if (category == ErrorCategory.ENDING && pack.patternFor(category.wireName(), original, correction).isEmpty()) {
            // packs may file the copula's 이에요/예요 under particle_allomorph: the teacher's text still applies
            var copula = pack.patternFor(ErrorCategory.PARTICLE_ALLOMORPH.wireName(), original, correction)
                    .filter(p -> p.particles().contains("이에요") || p.particles().contains("예요"));
            if (copula.isPresent()) {
                return copula.get().explanation();
            }
        }
        return pack.explain(category.wireName(), original, correction);
    }

    /**
     * The feedback sentence.
     *
     * @param passed      whether the answer passed
     * @param errors      located errors, most important first (notes on a pass)
     * @param modelAnswer the accepted answer closest to the learner's
     */
    public static String feedback(LangPack pack, boolean passed, List<EvaluationError> errors, String modelAnswer) {
        if (passed) {
            if (errors.isEmpty()) {
                return pack.feedback("good_job", Map.of("detail", "")).strip();
            }
            return pack.feedback("good_with_notes", Map.of("detail", errors.getFirst().explanation())).strip();
        }
        if (errors.isEmpty()) {
            return pack.feedback("try_again", Map.of("correct", modelAnswer));
        }
        EvaluationError first = errors.getFirst();
        return switch (first.category()) {
            case VOCABULARY -> pack.feedback("vocab_error",
                    Map.of("suggestion", first.correction().isEmpty() ? modelAnswer : first.correction()));
            case SPELLING -> pack.feedback("spelling_error", Map.of("correct", modelAnswer));
            case INCOMPLETE -> pack.feedback("incomplete", Map.of("correct", modelAnswer));
            default -> pack.feedback("grammar_error", Map.of("correct", modelAnswer));
        };
    }
}
