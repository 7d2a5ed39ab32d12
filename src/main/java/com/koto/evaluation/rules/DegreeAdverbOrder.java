package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A degree adverb after the adjective it grades, inside a noun phrase, on the learner's own words (session 9;
 * {@code word_order/adverb_after_modifier}): 가까운 제일 지하철역 → 제일 가까운, 싼 더 방 → 더 싼. An adverb
 * modifies the predicate after it (Korean is head-final: 제일 가까운 역), and a degree adverb cannot modify a
 * noun, so between a modifier and its noun it is misplaced. Only where the word after the adverb is a noun
 * (예쁜 아주 작은 집, two modifiers, stays) and the modifier is an adjective's -(으)ㄴ form.
 * <p>Sources: Sohn 1999, on word order (modifiers precede their heads; adverbs precede the predicate they
 * modify); Yeon &amp; Brown 2019, on adverbs of degree (제일/가장 + adjective for the superlative, 더 for
 * the comparative); 표준국어대사전 '제일' 「부사」.
 */
final class DegreeAdverbOrder {

    private DegreeAdverbOrder() {
    }

    /** Degree adverbs that grade an adjective. */
    private static final Set<String> DEGREE = Set.of("제일", "가장", "아주", "너무", "정말", "진짜", "더", "덜", "매우",
            "조금", "좀", "꽤", "훨씬", "되게");

    /**
     * The findings on the learner's raw answer.
     *
     * @param raw      the answer as typed
     * @param accepted the normalised accepted answers (a pair one of them writes is left alone)
     * @return word-order findings, the two words as written and swapped; empty when none applies
     */
    static List<Finding> find(String raw, List<String> accepted) {
        List<Finding> out = new ArrayList<>();
        for (SpeechLevels.AnalysedSentence sentence : SpeechLevels.analysedSentences(raw)) {
            List<String> words = sentence.words();
            List<Morphology.Word> analysed = sentence.analysed();
            for (int i = 0; i + 2 < words.size(); i++) {
                Morphology.Word modifier = analysed.get(i);
                Morphology.Word noun = analysed.get(i + 2);
                String pair = words.get(i) + " " + words.get(i + 1);
                if (!DEGREE.contains(words.get(i + 1)) || !modifier.startsWith("VA") || !modifier.endsWith("ETM")
                        || noun.verbal() || !noun.startsWith("NNG", "NNP", "NNBC")
                        || accepted.stream().anyMatch(a -> a.contains(pair))) {
                    continue;
                }
                out.add(new Finding(ErrorCategory.WORD_ORDER, pair, words.get(i + 1) + " " + words.get(i),
                        "word_order/adverb_after_modifier"));
            }
        }
        return out;
    }
}
