package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import java.util.List;
import java.util.Optional;

/**
 * {@code ending/intended_condition} (session 9 round 2, helper eval15b): a question about the way to a
 * place asks it with the intention -(으)려면 'if one means to', not the plain condition -(으)면 'if, when'
 * (강남역에 가면 몇 호선을 타요? → 강남역에 가려면; 한국어기초사전 '-으려면': 어떤 행동을 할 의도가 있음을
 * 가정하여 말할 때; Yeon &amp; Brown 2019, <i>Korean: A Comprehensive Grammar</i>, -(으)려면 'if you intend to').
 * With -면 the going has already happened before the choice of line the question asks about, which is
 * not what a traveller asks. Indonesian <i>kalau mau ke …</i> and English <i>to get to …</i> both leave
 * the intention to the main verb, so learners write the plain condition (seen with two writers).
 *
 * <p>Shape, on the learner's own words of one question (it ends in ?): a place with 에 or 까지, then
 * 가면 or 오면, then a question word (몇, 어느, 무슨, 어떤, 어디, 어떻게) and a later word of taking a line
 * or vehicle (타-, 갈아타-). Never -면 되다 (어떻게 가면 돼요? 'how do I get there' is right: the word after
 * 가면 is then 돼요/됩니까), never a statement.
 */
final class IntendedGoals {

    private static final List<String> QUESTION_WORDS = List.of("몇", "어느", "무슨", "어떤", "어디", "어떻게");

    private IntendedGoals() {
    }

    /**
     * The finding on one sentence, split into words without punctuation.
     *
     * @param words    the sentence's words
     * @param question whether the sentence ends in a question mark
     * @return 가면 → 가려면 (오면 → 오려면), or empty
     */
    static Optional<Finding> find(List<String> words, boolean question) {
        if (!question) {
            return Optional.empty();
        }
        for (int i = 1; i + 2 < words.size(); i++) {
            String w = words.get(i);
            String place = words.get(i - 1);
            String after = words.get(i + 1);
            if (!(w.equals("가면") || w.equals("오면")) || !(place.endsWith("에") || place.endsWith("까지"))
                    || after.startsWith("돼") || after.startsWith("되")
                    || QUESTION_WORDS.stream().noneMatch(after::startsWith)) {
                continue;
            }
            boolean takes = words.subList(i + 2, words.size()).stream()
                    .anyMatch(x -> x.startsWith("타") || x.startsWith("갈아타"));
            if (takes) {
                return Optional.of(new Finding(ErrorCategory.ENDING, w, w.substring(0, 1) + "려면",
                        "ending/intended_condition"));
            }
        }
        return Optional.empty();
    }
}
