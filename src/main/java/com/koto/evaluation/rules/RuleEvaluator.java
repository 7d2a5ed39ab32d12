package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.Evaluation;
import com.koto.evaluation.EvaluationError;
import com.koto.evaluation.EvaluationRequest;
import com.koto.evaluation.EvaluationSource;
import com.koto.evaluation.Evaluator;
import com.koto.evaluation.feedback.FeedbackWriter;
import com.koto.evaluation.text.AnswerText;
import com.koto.evaluation.text.Hangul;
import com.koto.evaluation.text.WordAlignment;
import com.koto.langpack.LangPack;
import com.koto.langpack.LangPacks;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The offline evaluator: compares the learner's answer with the activity's accepted answers
 * at jamo level, picks the closest one as the model answer, and locates the differences word
 * by word ({@link WordChecks}). Deterministic, thread-safe, no I/O.
 *
 * <p>Pass rule: the answer equals an accepted answer or matches one of its patterns after
 * {@link AnswerText#normalise normalisation}; a difference in spacing alone passes with a
 * {@code spacing} note.
 */
public final class RuleEvaluator implements Evaluator {

    private static final int MAX_CACHED_PATTERNS = 4096;

    private final LangPacks packs;
    private final Map<String, Pattern> patterns = new ConcurrentHashMap<>();

    public RuleEvaluator(LangPacks packs) {
        this.packs = packs;
    }

    @Override
    public Evaluation evaluate(EvaluationRequest request) {
        List<String> accepted = request.expected().stream().map(AnswerText::normalise).toList();
        if (accepted.stream().allMatch(String::isEmpty)) {
            throw new IllegalArgumentException("An evaluation needs at least one non-empty accepted answer.");
        }
        LangPack pack = packs.forInstructionLang(request.instructionLang());
        String answer = AnswerText.normalise(request.answer());

        int exact = accepted.indexOf(answer);
        if (exact >= 0) {
            return pass(pack, request.expected().get(exact), List.of(), 100);
        }
        String unspaced = AnswerText.unspaced(answer);
        for (int i = 0; i < accepted.size(); i++) {
            if (!unspaced.isEmpty() && AnswerText.unspaced(accepted.get(i)).equals(unspaced)) {
                EvaluationError note = error(pack, ErrorCategory.SPACING, answer, accepted.get(i));
                return pass(pack, request.expected().get(i), List.of(note), 95);
            }
        }
        if (matchesPattern(request.patterns(), answer)) {
            return pass(pack, request.expected().getFirst(), List.of(), 100);
        }

        int best = closest(accepted, unspaced);
        String model = request.expected().get(best);
        String target = accepted.get(best);
        if (answer.isEmpty()) {
            List<EvaluationError> errors = List.of(error(pack, ErrorCategory.INCOMPLETE, "", target));
            return new Evaluation(0, false, errors, FeedbackWriter.feedback(pack, false, errors, model), model,
                    EvaluationSource.RULES, 1.0);
        }
        WordChecks.Findings findings = WordChecks.compare(AnswerText.words(answer), AnswerText.words(target));
        List<EvaluationError> errors = new ArrayList<>();
        for (WordChecks.Finding f : findings.errors()) {
            errors.add(error(pack, f.category(), f.original(), f.correction()));
        }
        boolean passed = errors.stream().allMatch(e -> e.category() == ErrorCategory.SPACING);
        if (passed) {
            // only accepted variations (e.g. a correctly formed optional particle) and spacing notes
            return pass(pack, model, errors, errors.isEmpty() ? 100 : 95);
        }
        errors.sort((a, b) -> Boolean.compare(a.category() == ErrorCategory.SPACING,
                b.category() == ErrorCategory.SPACING));
        int score = score(unspaced, AnswerText.unspaced(target), errors.size());
        return new Evaluation(score, false, errors, FeedbackWriter.feedback(pack, false, errors, model), model,
                EvaluationSource.RULES, findings.confidence());
    }

    private Evaluation pass(LangPack pack, String model, List<EvaluationError> notes, int score) {
        return new Evaluation(score, true, notes, FeedbackWriter.feedback(pack, true, notes, model), model,
                EvaluationSource.RULES, 1.0);
    }

    private static EvaluationError error(LangPack pack, ErrorCategory category, String original, String correction) {
        return new EvaluationError(category, original, correction,
                FeedbackWriter.explain(pack, category, original, correction));
    }

    /** Index of the accepted answer with the smallest jamo distance to the answer (first on ties). */
    private static int closest(List<String> accepted, String unspacedAnswer) {
        String answerJamo = Hangul.toJamo(unspacedAnswer);
        int best = 0;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = 0; i < accepted.size(); i++) {
            if (accepted.get(i).isEmpty()) {
                continue;
            }
            int d = Hangul.editDistance(answerJamo, Hangul.toJamo(AnswerText.unspaced(accepted.get(i))));
            if (d < bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        return best;
    }

    /** 0–85 for a failed answer: jamo similarity to the model answer, less 5 points per error. */
    private static int score(String answer, String target, int errorCount) {
        String a = Hangul.toJamo(answer);
        String t = Hangul.toJamo(target);
        double similarity = 1.0 - Hangul.editDistance(a, t) / (double) Math.max(1, Math.max(a.length(), t.length()));
        long raw = Math.round(similarity * 100) - 5L * errorCount;
        return (int) Math.max(0, Math.min(85, raw));
    }

    private boolean matchesPattern(List<String> regexes, String answer) {
        for (String regex : regexes) {
            Pattern p = patterns.get(regex);
            if (p == null) {
                try {
                    p = Pattern.compile(regex);
                } catch (PatternSyntaxException e) {
                    continue; // a broken pattern in content must not break evaluation
                }
                if (patterns.size() >= MAX_CACHED_PATTERNS) {
                    patterns.clear();
                }
                patterns.put(regex, p);
            }
            if (p.matcher(answer).matches()) {
                return true;
            }
        }
        return false;
    }
}
