package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A modifier left without its noun (session 25, s25d; {@code incomplete/missing_word}): 가장 가까운 어디에 있어요? for
 * 가장 가까운 지하철역이 어디에 있어요?. An adnominal form (관형사형 -(으)ㄴ/-는/-(으)ㄹ) modifies the noun after it
 * (표준국어대사전 '-은' 「어미」 "앞말이 관형어 구실을 하게 하는 어미"; Sohn 1999, on the head-final noun phrase); before a
 * question word it modifies nothing the question asks about, so the noun it describes is missing, not dropped as an
 * understood subject. Only where an accepted answer has the learner's adnominal word, then one noun, then the
 * learner's next word (the question word with its particle), so the missing noun is the accepted answer's; the
 * span is the adnominal with that noun (가까운 → 가까운 지하철역이). An adnominal before a noun (가까운 데가, 가까운 역이)
 * and one before an accepted answer's other words are left alone.
 */
final class HeadlessModifiers {

    /** Question words a modifier cannot describe in a question (어디, 언제, 뭐, 누구, 무엇), read without their particle. */
    private static final Set<String> QUESTION_WORDS = Set.of("어디", "언제", "뭐", "누구", "무엇");

    private HeadlessModifiers() {
    }

    /**
     * @param raw      the answer as typed
     * @param accepted the accepted answers, normalised
     * @return the findings, one per headless modifier; empty when none
     */
    static List<Finding> find(String raw, List<String> accepted) {
        List<Finding> out = new ArrayList<>();
        for (SpeechLevels.AnalysedSentence sentence : SpeechLevels.analysedSentences(raw)) {
            List<String> words = sentence.words();
            List<Morphology.Word> analysed = sentence.analysed();
            for (int i = 0; i + 1 < words.size(); i++) {
                Morphology.Word modifier = analysed.get(i);
                Morphology.Word next = analysed.get(i + 1);
                boolean beforeVerb = modifier.verbal() && modifier.endsWith("ETM") && predicate(next);
                if (!beforeVerb && (!modifier.verbal() || !modifier.endsWith("ETM") || next.verbal() || !next.startsWith("NP")
                        || !QUESTION_WORDS.contains(next.morphemes().getFirst().form()))) {
                    continue;
                }
                String word = words.get(i);
                java.util.Optional<String> noun = beforeVerb ? nounAfter(word, accepted) : noun(word, words.get(i + 1), accepted);
                if (noun.isEmpty()) {
                    continue;
                }
                int before = writtenBefore(noun.get(), words, i);
                if (before >= 0) {
                    // the noun is there, before its modifier: 지하철역이 가장 가까운 → 가장 가까운 지하철역이
                    out.add(new Finding(ErrorCategory.WORD_ORDER, String.join(" ", words.subList(before, i + 1)),
                            String.join(" ", words.subList(before + 1, i + 1)) + " " + words.get(before),
                            "word_order/phrase"));
                } else if (!written(noun.get(), words)) {
                    out.add(new Finding(ErrorCategory.INCOMPLETE, word, word + " " + noun.get(),
                            "incomplete/missing_word"));
                }
            }
        }
        return out;
    }

    /**
     * Whether the learner wrote the noun elsewhere in the sentence (지하철역이 가장 가까운 어디에 있어요?): then it is not
     * left out but placed before its modifier, a word-order error for the other checks to name, not an omission
     * (session 25, lead).
     */
    private static boolean written(String noun, List<String> words) {
        String stem = ArgumentCheck.stemAndParticle(noun)[0];
        return words.stream().anyMatch(w -> ArgumentCheck.stemAndParticle(w)[0].equals(stem));
    }

    /**
     * Where the learner wrote the noun before its modifier, with at most two words (an adverb such as 가장, 제일, a
     * possessive such as 제) between: the index of that word, or -1. Korean puts a modifier before its head noun (Sohn
     * 1999, on the head-final noun phrase), so 지하철역이 가장 가까운 어디에 is the noun phrase turned round.
     */
    private static int writtenBefore(String noun, List<String> words, int modifier) {
        String stem = ArgumentCheck.stemAndParticle(noun)[0];
        for (int k = modifier - 1; k >= Math.max(0, modifier - 3); k--) {
            if (ArgumentCheck.stemAndParticle(words.get(k))[0].equals(stem)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Whether the word is a predicate of its own that a modifier cannot describe (추천해, 있어요, 사고): a verb or an
     * adjective, or a verbal noun with 하다, not itself an adnominal, a copula or an auxiliary (session 34, s34c).
     */
    private static boolean predicate(Morphology.Word w) {
        List<Morphology.Morpheme> m = w.morphemes();
        return w.verbal() && !w.endsWith("ETM") && !w.has("VCP") && !m.isEmpty()
                && (m.getFirst().is("VV", "VA") || m.size() > 1 && m.getFirst().is("NNG") && m.get(1).is("XSV"))
                && !Set.of("보", "주", "싶", "않", "있", "없").contains(m.getFirst().form())
                || w.verbal() && !m.isEmpty() && m.getFirst().is("VA", "VV") && Set.of("있", "없").contains(m.getFirst().form())
                        && m.getLast().is("EF");
    }

    /**
     * The noun an accepted answer has right after the learner's modifier word, its particle taken off (지성 피부에 좋은
     * 선크림 좀 추천해 → 선크림); empty when none has one. A modifier before the learner's verb modifies nothing, so the
     * noun the accepted answer has after it is the one left out (session 34, s34c).
     */
    private static java.util.Optional<String> nounAfter(String modifier, List<String> accepted) {
        for (String a : accepted) {
            String[] e = a.split(" ");
            for (int j = 0; j + 1 < e.length; j++) {
                if (e[j].equals(modifier)) {
                    List<Morphology.Word> n = Morphology.analyse(e[j + 1]);
                    if (n.size() == 1 && !n.getFirst().verbal() && n.getFirst().startsWith("NNG", "NNP")) {
                        return java.util.Optional.of(ArgumentCheck.stemAndParticle(e[j + 1])[0]);
                    }
                }
            }
        }
        return java.util.Optional.empty();
    }

    /** The one noun an accepted answer has between the two words; empty when none has. */
    private static java.util.Optional<String> noun(String modifier, String next, List<String> accepted) {
        for (String a : accepted) {
            String[] e = a.split(" ");
            for (int j = 0; j + 2 < e.length; j++) {
                if (e[j].equals(modifier) && e[j + 2].equals(next)) {
                    List<Morphology.Word> n = Morphology.analyse(e[j + 1]);
                    if (n.size() == 1 && !n.getFirst().verbal() && n.getFirst().startsWith("NNG", "NNP")) {
                        return java.util.Optional.of(e[j + 1]);
                    }
                }
            }
        }
        return java.util.Optional.empty();
    }
}
