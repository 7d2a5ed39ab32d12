package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.text.AnswerText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A negation the accepted answer has and the learner's answer leaves out (session 23, s23a): 저는 매운 음식을 먹어요 for
 * 저는 매운 음식을 못 먹어요, 오늘은 학교에 가요 for 오늘은 학교에 안 가요. The answer states the opposite of what the task
 * asks, whatever the learner meant: the converse of an added 안/못 ({@link Certainty#intrinsic}, session 16). Subtype
 * {@code vocabulary/negation_left_out}, on the learner's predicate → the predicate negated.
 *
 * <p>Grammar (Sohn 1999, on negation; Yeon &amp; Brown 2019, on short and long negation): Korean negates a
 * predicate in three ways, and the accepted answer is read for each:
 * <ul>
 * <li>short negation: 안 (will not, does not) or 못 (cannot) as a word before the verb: 안 가요, 못 먹어요 → the learner's
 * 가요 / 먹어요 is corrected to 안 가요 / 못 먹어요 (the learner's own form, tense kept: 먹었어요 → 못 먹었어요);</li>
 * <li>long negation: the stem with -지 and 않다 or 못하다: 먹지 않아요, 가지 못해요 → the accepted span;</li>
 * <li>the lexical negatives 없다 of 있다 and 모르다 of 알다 (also 맛없다, 재미없다): 시간이 없어요 for the learner's 시간이
 * 있어요.</li>
 * </ul>
 *
 * <p>Precision first, the rule stays silent when
 * <ul>
 * <li>the learner's answer has any negation of its own: 안 or 못 (or a word beginning with them: 안가요 written
 * together, but also 안녕하세요, 안내, 못생기다 of fixed expressions), -지 않/-지 못/-지 마/-지 말, 없다, 모르다, 아니다
 * (먹을 수 없어요 or 안 먹어요 for 못 먹어요 is another question, left to the comparison);</li>
 * <li>any accepted answer of the activity has no negation this class reads, or more than one (가지 않으면 안 돼요 is
 * a duty, not a negation; another accepted answer that is positive makes the learner's positive one acceptable);</li>
 * <li>the negation stands in a question (안 갈래? offers, 안 추워요? asks for agreement; Sohn 1999 on negative
 * questions): a negative question and a positive one may ask the same; nor is the learner's predicate read in a
 * question of the learner's. Sentences are read one by one (이거 매워? 나 매운 거 잘 못 먹어: the question is another
 * sentence);</li>
 * <li>the learner's predicate is not the negated one: another stem, or another word before it (the negated
 * predicate's argument, compared without its case particle: 음식을 = 음식은).</li>
 * </ul>
 */
final class LeftOutNegation {

    static final String SUBTYPE = "vocabulary/negation_left_out";

    /** The short negators (Sohn 1999: 안 of will and fact, 못 of ability). */
    private static final Set<String> SHORT = Set.of("안", "못");

    /** The lexical negatives and the positive each negates (Sohn 1999, on negation). */
    private static final Map<String, String> LEXICAL = Map.of("없", "있", "모르", "알", "맛없", "맛있", "재미없", "재미있");

    /** Stems that negate in the learner's answer (없다, 모르다, 아니다, the long negation's auxiliaries, 말다). */
    private static final Set<String> NEGATING_STEMS = Set.of("없", "모르", "맛없", "재미없", "아니", "않", "말", "못하");

    /** Endings of a question or an offer written without a question mark. */
    private static final List<String> QUESTION_ENDINGS = List.of("까요", "래요", "나요", "니", "냐", "래", "까",
            "을래", "ㄹ래", "죠", "지요");

    /** Case and topic particles a noun before the predicate may carry in either sentence. */
    private static final List<String> PARTICLES = List.of("을", "를", "이", "가", "은", "는");

    private LeftOutNegation() {
    }

    /** What the accepted answer negates: the word before it, the negated stem, the stem the learner must not say bare. */
    private record Negated(String before, String stem, String word, String span, boolean shortForm) {
    }

    /**
     * The finding on the learner's answer, when every accepted answer negates one predicate and the answer says that
     * predicate without any negation.
     *
     * @param raw      the answer as typed
     * @param expected the accepted answers as written
     * @return at most one finding of subtype {@value #SUBTYPE}
     */
    static List<Finding> find(String raw, List<String> expected) {
        if (raw == null || expected.isEmpty()) {
            return List.of();
        }
        String answer = AnswerText.normalise(raw);
        if (answer.isEmpty() || negates(answer)) {
            return List.of();
        }
        List<Negated> negations = new ArrayList<>();
        for (String e : expected) {
            if (e == null || e.isBlank()) {
                continue;
            }
            List<Negated> found = new ArrayList<>();
            for (String sentence : sentences(e)) {
                List<Negated> n = negated(AnswerText.normalise(sentence));
                if (n == null || !n.isEmpty() && question(sentence)) {
                    return List.of(); // a negation not read, or a negative question (안 갈래?, 안 추워요?)
                }
                found.addAll(n);
            }
            if (found.size() != 1) {
                return List.of(); // a positive accepted answer, or two negations (가지 않으면 안 돼요)
            }
            negations.add(found.getFirst());
        }
        if (negations.isEmpty()) {
            return List.of();
        }
        for (String sentence : sentences(raw)) {
            if (question(sentence)) {
                continue; // the learner's question may ask what the negative one asks
            }
            String said = AnswerText.normalise(sentence);
            String[] words = said.split(" ");
            List<Morphology.Word> analysed = Morphology.analyse(said);
            if (said.isEmpty() || analysed.size() != words.length) {
                continue;
            }
            for (Negated n : negations) {
                for (int j = 0; j < words.length; j++) {
                    Morphology.Word w = analysed.get(j);
                    boolean same = w.verbal() && !n.stem().isEmpty() && n.stem().equals(VerbFrames.stem(w))
                            || words[j].equals(n.word()); // the very word the accepted answer negates (가요 'song' to Nori)
                    if (!same || !sameArgument(j > 0 ? words[j - 1] : "", n.before())) {
                        continue;
                    }
                    String correction = n.shortForm() ? n.span().split(" ")[0] + " " + words[j] : n.span();
                    return List.of(new Finding(ErrorCategory.VOCABULARY, words[j], correction, SUBTYPE));
                }
            }
        }
        return List.of();
    }

    /** The sentences of a text ({@link SpeechLevels#SENTENCE_END}), each with its final mark. */
    private static List<String> sentences(String raw) {
        List<String> out = new ArrayList<>();
        for (String part : SpeechLevels.SENTENCE_END.split(raw)) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    /**
     * The negated predicates of one accepted sentence: short (안/못 before a verb), long (-지 않다/못하다) or lexical
     * (없다, 모르다); null when the sentence negates in a way not read here (the prohibitive -지 마, 아니다, a word
     * beginning with 안/못).
     */
    private static List<Negated> negated(String accepted) {
        String[] words = accepted.split(" ");
        List<Morphology.Word> analysed = Morphology.analyse(accepted);
        if (accepted.isEmpty() || analysed.size() != words.length) {
            return null;
        }
        List<Negated> found = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            String before = i > 0 ? words[i - 1] : "";
            if (SHORT.contains(words[i]) && i + 1 < words.length) {
                // the word after a free-standing 안/못 is its predicate, even where the tagger reads a noun (가요 'song')
                String stem = analysed.get(i + 1).verbal() ? VerbFrames.stem(analysed.get(i + 1)) : "";
                found.add(new Negated(before, stem, words[i + 1], words[i] + " " + words[i + 1], true));
                i++;
                continue;
            }
            if (words[i].endsWith("지") && words[i].length() > 1 && i + 1 < words.length
                    && (words[i + 1].startsWith("않") || words[i + 1].startsWith("못하") || words[i + 1].startsWith("못했"))) {
                String stem = VerbFrames.stem(analysed.get(i));
                if (stem.isEmpty() || !words[i].startsWith(stem)) {
                    return null;
                }
                found.add(new Negated(before, stem, "", words[i] + " " + words[i + 1], false));
                i++;
                continue;
            }
            if (words[i].endsWith("지") && i + 1 < words.length && (words[i + 1].startsWith("마") || words[i + 1].startsWith("말"))) {
                return null; // the prohibitive (가지 마세요): another construction
            }
            if (words[i].startsWith("안") || words[i].startsWith("못") || words[i].contains("지않") || words[i].contains("지못")) {
                return null; // 안녕하세요, 못생겼어요, 안가요 joined: not read
            }
            String stem = analysed.get(i).verbal() ? VerbFrames.stem(analysed.get(i)) : "";
            if (LEXICAL.containsKey(stem)) {
                found.add(new Negated(before, LEXICAL.get(stem), "", words[i], false));
            } else if (stem.equals("아니")) {
                return null;
            }
        }
        return found;
    }

    /** Whether the answer has a negation of its own (see the class comment). */
    private static boolean negates(String answer) {
        if (answer.contains("지 않") || answer.contains("지않") || answer.contains("지 못") || answer.contains("지못")
                || answer.contains("지 마") || answer.contains("지마") || answer.contains("지 말") || answer.contains("지말")) {
            return true;
        }
        String[] words = answer.split(" ");
        for (String w : words) {
            if (w.startsWith("안") || w.startsWith("못") || w.startsWith("아니") || w.contains("없") || w.startsWith("모르")
                    || w.startsWith("몰라") || w.startsWith("몰랐")) {
                return true;
            }
        }
        for (Morphology.Word w : Morphology.analyse(answer)) {
            if (w.verbal() && NEGATING_STEMS.contains(VerbFrames.stem(w))) {
                return true;
            }
            if (w.morphemes().stream().anyMatch(m -> m.form().equals("안") || m.form().equals("못") || m.form().equals("없"))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a sentence ends with a question mark, or as a question or an offer. */
    private static boolean question(String sentence) {
        if (sentence.contains("?")) {
            return true;
        }
        String normalised = AnswerText.normalise(sentence);
        String last = normalised.substring(normalised.lastIndexOf(' ') + 1);
        return QUESTION_ENDINGS.stream().anyMatch(last::endsWith);
    }

    /** The word before the predicate in both sentences, the same up to a case or topic particle (or both absent). */
    private static boolean sameArgument(String learner, String accepted) {
        if (learner.equals(accepted)) {
            return true;
        }
        return !learner.isEmpty() && !accepted.isEmpty() && bare(learner).equals(bare(accepted));
    }

    private static String bare(String word) {
        for (String p : PARTICLES) {
            if (word.endsWith(p) && word.length() > p.length()) {
                return word.substring(0, word.length() - p.length());
            }
        }
        return word;
    }
}
