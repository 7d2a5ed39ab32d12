package com.koto.evaluation.feedback;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.EvaluationError;
import com.koto.langpack.ErrorPattern;
import com.koto.langpack.LangPack;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the learner-facing sentence of an evaluation from the language pack's feedback
 * templates ({@code good_job}, {@code good_with_notes}, {@code grammar_error}, {@code vocab_error},
 * {@code spelling_error}, {@code incomplete}, {@code try_again}, and the optional
 * {@code <kind>_error} keys that name the main error's kind), and error explanations chosen by
 * subtype from the pack's {@code category_explanations} and L1 error patterns.
 *
 * <p>An explanation never shows empty quotes: an error without an original span (something
 * missing) or without a correction (a word to remove) is worded by the subtype keys
 * {@code incomplete/missing_word} and {@code vocabulary/extra_word}.
 */
public final class FeedbackWriter {

    /** Subtype key used for any error whose original span is empty. */
    static final String MISSING = "incomplete/missing_word";
    /** Subtype key used for any error whose correction is empty. */
    static final String EXTRA = "vocabulary/extra_word";

    private FeedbackWriter() {
    }

    /**
     * The explanation of one error without a subtype (models, older callers): as
     * {@link #explain(LangPack, ErrorCategory, String, String, String)} with {@code subtype null}.
     */
    public static String explain(LangPack pack, ErrorCategory category, String original, String correction) {
        return explain(pack, category, null, original, correction);
    }

    /**
     * The explanation of one error in the pack's language.
     *
     * <ol>
     * <li>The specific sentence: the subtype's template ({@code category_explanations["particle_allomorph/object"]})
     * when the pack has one, else the category's template; for an empty original or correction the
     * {@code incomplete/missing_word} or {@code vocabulary/extra_word} template.</li>
     * <li>The teacher's L1 text: an error pattern written for this subtype is appended; a pattern
     * without subtype whose category and particle match (older packs) replaces the sentence.</li>
     * </ol>
     *
     * @param subtype    e.g. {@code particle_allomorph/object}; {@code null} when unknown
     * @param original   the learner's span ({@code ""} for a missing element)
     * @param correction the corrected span ({@code ""} for a word to remove)
     */
    public static String explain(LangPack pack, ErrorCategory category, String subtype, String original,
            String correction) {
        String o = quotable(original == null ? "" : original.strip());
        String c = quotable(correction == null ? "" : correction.strip());
        Map<String, String> params = Map.of("original", o, "correction", c, "added", added(o, c));
        Optional<ErrorPattern> bySubtype = pack.patternForSubtype(subtype);
        // a template that would quote an empty span is not used: the omission and extra-word wordings are
        Optional<String> template = pack.subtypeExplanation(subtype)
                .filter(t -> !(o.isEmpty() && t.contains("{original}")) && !(c.isEmpty() && t.contains("{correction}")));
        if (template.isEmpty() && o.isEmpty() && !c.isEmpty()) {
            template = pack.subtypeExplanation(MISSING);
        } else if (template.isEmpty() && c.isEmpty() && !o.isEmpty()) {
            template = pack.subtypeExplanation(EXTRA);
        }
        if (template.isEmpty() && bySubtype.isEmpty()) {
            Optional<ErrorPattern> legacy = legacyPattern(pack, category, o, c);
            if (legacy.isPresent()) {
                return legacy.get().explanation();
            }
        }
        String sentence = LangPack.render(template.orElseGet(
                () -> pack.categoryExplanations().getOrDefault(category.wireName(), category.wireName())), params);
        return bySubtype.map(p -> sentence + " " + p.explanation()).orElse(sentence);
    }

    private static Optional<ErrorPattern> legacyPattern(LangPack pack, ErrorCategory category, String original,
            String correction) {
        if (category == ErrorCategory.ENDING && pack.patternFor(category.wireName(), original, correction).isEmpty()) {
            // packs may file the copula's 이에요/예요 under particle_allomorph: the teacher's text still applies
            return pack.patternFor(ErrorCategory.PARTICLE_ALLOMORPH.wireName(), original, correction)
                    .filter(p -> p.particles().contains("이에요") || p.particles().contains("예요"));
        }
        return pack.patternFor(category.wireName(), original, correction);
    }

    /**
     * A learner's span as it can stand inside the packs' quotes: ASCII quotes the learner typed
     * ('눈치'라는) become typographic ones (‘눈치’라는), which 한글 맞춤법's 문장 부호 rules also use for
     * a quoted word, so the explanation never reads ''눈치'라는' (an empty pair of quotes to the
     * reader). Other text is unchanged.
     */
    static String quotable(String span) {
        if (span.indexOf('\'') < 0 && span.indexOf('"') < 0) {
            return span;
        }
        StringBuilder out = new StringBuilder(span.length());
        boolean single = false;
        boolean dbl = false;
        for (char ch : span.toCharArray()) {
            if (ch == '\'') {
                out.append(single ? '\u2019' : '\u2018');
                single = !single;
            } else if (ch == '"') {
                out.append(dbl ? '\u201D' : '\u201C');
                dbl = !dbl;
            } else {
                out.append(ch);
            }
        }
        return out.toString();
    }

    /** What the correction adds to the original (커피 → 커피를: 를); the whole correction otherwise. */
    static String added(String original, String correction) {
        if (!original.isEmpty() && correction.startsWith(original) && correction.length() > original.length()) {
            return correction.substring(original.length()).strip();
        }
        return correction;
    }

    /**
     * The feedback sentence.
     *
     * @param passed      whether the answer passed
     * @param errors      located errors, most important first (notes on a pass)
     * @param modelAnswer the accepted answer closest to the learner's
     */
    public static String feedback(LangPack pack, boolean passed, List<EvaluationError> errors, String modelAnswer) {
        return feedback(pack, passed, errors, modelAnswer, false);
    }

    /**
     * The feedback sentence; for an answer accepted as a variation the rules could not fully
     * check ({@code variant}), the pack's {@code accepted_variant} template shows the model answer
     * (falls back to {@code good_job} when the pack has none).
     */
    public static String feedback(LangPack pack, boolean passed, List<EvaluationError> errors, String modelAnswer,
            boolean variant) {
        if (passed && variant && errors.isEmpty() && pack.feedbackTemplates().containsKey("accepted_variant")) {
            return pack.feedback("accepted_variant", Map.of("correct", modelAnswer));
        }
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
        String kindKey = kindKey(first);
        if (kindKey != null && pack.feedbackTemplates().containsKey(kindKey)) {
            return pack.feedback(kindKey, Map.of("correct", modelAnswer));
        }
        return switch (first.category()) {
            case VOCABULARY -> pack.feedback("vocab_error",
                    Map.of("suggestion", first.correction().isEmpty() ? modelAnswer : first.correction()));
            case SPELLING -> pack.feedback("spelling_error", Map.of("correct", modelAnswer));
            case INCOMPLETE -> pack.feedback("incomplete", Map.of("correct", modelAnswer));
            default -> pack.feedback("grammar_error", Map.of("correct", modelAnswer));
        };
    }

    /**
     * The optional feedback key naming the kind of the main error: {@code counter_error} and
     * {@code conjugation_error} by subtype, else {@code particle_error}, {@code honorific_error},
     * {@code ending_error}, {@code tense_error}, {@code word_order_error} by category; {@code null}
     * for vocabulary, spelling and incomplete, which have their own required keys.
     */
    static String kindKey(EvaluationError e) {
        String subtype = e.subtype() == null ? "" : e.subtype();
        if (subtype.startsWith("counter/")) {
            return "counter_error";
        }
        if (subtype.startsWith("irregular/")) {
            return "conjugation_error";
        }
        return switch (e.category()) {
            case PARTICLE_MISSING, PARTICLE_ALLOMORPH, PARTICLE_WRONG -> "particle_error";
            case HONORIFIC -> "honorific_error";
            case ENDING -> "ending_error";
            case TENSE -> "tense_error";
            case WORD_ORDER -> "word_order_error";
            default -> null;
        };
    }
}
