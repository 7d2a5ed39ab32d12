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
        for (List<String> words : SpeechLevels.sentences(raw)) {
            List<Morphology.Word> analysed = SpeechLevels.analysed(String.join(" ", words));
            if (analysed.size() != words.size()) {
                continue;
            }
            for (int i = 0; i + 1 < words.size(); i++) {
                Morphology.Word modifier = analysed.get(i);
                Morphology.Word next = analysed.get(i + 1);
                if (!modifier.verbal() || !modifier.endsWith("ETM") || next.verbal() || !next.startsWith("NP")
                        || !QUESTION_WORDS.contains(next.morphemes().getFirst().form())) {
                    continue;
                }
                String word = words.get(i);
                noun(word, words.get(i + 1), accepted).ifPresent(n -> out.add(new Finding(
                        ErrorCategory.INCOMPLETE, word, word + " " + n, "incomplete/missing_word")));
            }
        }
        return out;
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
