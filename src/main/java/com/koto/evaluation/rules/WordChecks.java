package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.text.AnswerText;
import com.koto.evaluation.text.Hangul;
import com.koto.evaluation.text.WordAlignment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Locates and classifies the differences between a learner's words and an accepted answer's
 * words, from their surface forms alone: particle differences on a shared stem, copula forms,
 * near-miss spellings, different words, missing and extra words, word order.
 */
final class WordChecks {

    /**
     * One located difference.
     *
     * @param category   its category
     * @param original   the learner's span
     * @param correction the accepted span
     */
    record Finding(ErrorCategory category, String original, String correction) {
    }

    /**
     * The differences found.
     *
     * @param errors     in sentence order
     * @param confidence how sure the classification is, 0–1
     */
    record Findings(List<Finding> errors, double confidence) {
    }

    /**
     * Native Korean numerals take a shortened form before a counter (하나 → 한 잔; Sohn 1999,
     * §6.4.2): the long form there is a wrong word, not a misspelling.
     */
    private static final Map<String, String> COUNTER_FORMS = Map.of(
            "하나", "한", "둘", "두", "셋", "세", "넷", "네", "스물", "스무");

    private WordChecks() {
    }

    static Findings compare(List<String> answer, List<String> expected) {
        if (isReordering(answer, expected)) {
            return new Findings(List.of(new Finding(ErrorCategory.WORD_ORDER,
                    String.join(" ", answer), String.join(" ", expected))), 0.9);
        }
        List<Finding> found = new ArrayList<>();
        double confidence = 1.0;
        List<WordAlignment.Pair> pairs = WordAlignment.align(answer, expected);
        for (int k = 0; k < pairs.size(); k++) {
            WordAlignment.Pair pair = pairs.get(k);
            if (pair.same()) {
                if (pair.respaced()) {
                    found.add(new Finding(ErrorCategory.SPACING, pair.answer(), pair.expected()));
                }
                continue;
            }
            if (pair.missing()) {
                StringBuilder missing = new StringBuilder(pair.expected());
                while (k + 1 < pairs.size() && pairs.get(k + 1).missing()) {
                    missing.append(' ').append(pairs.get(++k).expected());
                }
                found.add(new Finding(ErrorCategory.INCOMPLETE, "", missing.toString()));
                confidence = Math.min(confidence, 0.8);
                continue;
            }
            if (pair.extra()) {
                found.add(new Finding(ErrorCategory.VOCABULARY, pair.answer(), ""));
                confidence = Math.min(confidence, 0.5);
                continue;
            }
            if (pair.respaced()) {
                found.add(new Finding(ErrorCategory.SPACING, pair.answer(), pair.expected()));
                confidence = Math.min(confidence, 0.8);
            }
            for (String[] sub : subPairs(pair)) {
                Optional<Finding> word = compareWord(sub[0], sub[1]);
                if (word.isPresent()) {
                    found.add(word.get());
                    if (word.get().category() == ErrorCategory.VOCABULARY) {
                        confidence = Math.min(confidence, 0.6);
                    } else if (word.get().category() == ErrorCategory.SPELLING) {
                        confidence = Math.min(confidence, 0.85);
                    }
                }
            }
        }
        return new Findings(found, confidence);
    }

    /**
     * The word pairs to classify: one pair, except when one learner word stands for two accepted
     * words (커피을주세요 / 커피를 주세요), which is cut where it best matches both.
     */
    private static List<String[]> subPairs(WordAlignment.Pair pair) {
        String answer = AnswerText.unspaced(pair.answer());
        int space = pair.expected().indexOf(' ');
        if (!pair.respaced() || space < 0 || answer.length() < 2) {
            return List.<String[]>of(new String[] {answer, AnswerText.unspaced(pair.expected())});
        }
        String first = pair.expected().substring(0, space);
        String second = pair.expected().substring(space + 1);
        int bestCut = 1;
        double best = Double.MAX_VALUE;
        for (int cut = 1; cut < answer.length(); cut++) {
            double d = WordAlignment.distance(answer.substring(0, cut), first)
                    + WordAlignment.distance(answer.substring(cut), second);
            if (d < best) {
                best = d;
                bestCut = cut;
            }
        }
        List<String[]> subs = new ArrayList<>();
        subs.add(new String[] {answer.substring(0, bestCut), first});
        subs.add(new String[] {answer.substring(bestCut), second});
        subs.removeIf(sub -> sub[0].equals(sub[1]));
        return subs;
    }

    /** Same words, different order (Sohn 1999, §8.1: Korean is verb-final, other orders are freer). */
    private static boolean isReordering(List<String> answer, List<String> expected) {
        if (answer.size() != expected.size() || answer.size() < 2 || answer.equals(expected)) {
            return false;
        }
        List<String> a = new ArrayList<>(answer);
        List<String> e = new ArrayList<>(expected);
        a.sort(null);
        e.sort(null);
        return a.equals(e);
    }

    /**
     * Classifies two different words aligned with each other.
     *
     * @return the finding, or empty when the difference is an accepted variation
     *         (a correctly formed optional subject, object or topic particle)
     */
    static Optional<Finding> compareWord(String answer, String expected) {
        Optional<Particles.Split> split = Particles.split(answer, expected);
        if (split.isPresent()) {
            return particleFinding(split.get(), answer, expected);
        }
        if (expected.equals(COUNTER_FORMS.get(answer))) {
            return Optional.of(new Finding(ErrorCategory.VOCABULARY, answer, expected));
        }
        if (isNearMiss(answer, expected)) {
            return Optional.of(new Finding(ErrorCategory.SPELLING, answer, expected));
        }
        return Optional.of(new Finding(ErrorCategory.VOCABULARY, answer, expected));
    }

    private static Optional<Finding> particleFinding(Particles.Split split, String answer, String expected) {
        if (split.answer().isEmpty()) {
            return Optional.of(new Finding(ErrorCategory.PARTICLE_MISSING, answer, expected));
        }
        Particles.Particle learner = Particles.of(split.answer()).orElseThrow();
        if (split.expected().isEmpty()) {
            String right = learner.formAfter(split.stem());
            if (!right.equals(learner.form())) {
                return Optional.of(new Finding(learner.function() == Particles.Function.COPULA
                        ? ErrorCategory.ENDING : ErrorCategory.PARTICLE_ALLOMORPH, answer, split.stem() + right));
            }
            return switch (learner.function()) {
                case SUBJECT, OBJECT, TOPIC, ALSO -> Optional.empty();
                default -> Optional.of(new Finding(ErrorCategory.PARTICLE_WRONG, answer, expected));
            };
        }
        Particles.Particle accepted = Particles.of(split.expected()).orElseThrow();
        if (learner.function() == Particles.Function.COPULA || accepted.function() == Particles.Function.COPULA) {
            return Optional.of(new Finding(ErrorCategory.ENDING, answer, expected));
        }
        if (learner.function() == accepted.function() && learner.alternates()) {
            return Optional.of(new Finding(ErrorCategory.PARTICLE_ALLOMORPH, answer, expected));
        }
        return Optional.of(new Finding(ErrorCategory.PARTICLE_WRONG, answer, expected));
    }

    /**
     * A misspelling rather than another word: the same pronunciation key (연음: 마시써요 for
     * 맛있어요), or at most about a third of the jamo different (감사함니다, 안녕하새요, 괜찬아요).
     */
    static boolean isNearMiss(String answer, String expected) {
        if (Hangul.soundKey(answer).equals(Hangul.soundKey(expected))) {
            return true;
        }
        String a = Hangul.toJamo(answer);
        String e = Hangul.toJamo(expected);
        int distance = Hangul.editDistance(a, e);
        return distance <= Math.max(1, Math.round(e.length() * 0.3));
    }
}
