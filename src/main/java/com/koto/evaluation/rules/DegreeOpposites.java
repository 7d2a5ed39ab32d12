package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.text.AnswerText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * 더 'more' where the task asks for 덜 'less', or the reverse (session 33, s33d; {@code vocabulary/contrast}), read on
 * the learner's own words: 덜 is the antonym of 더 (표준국어대사전 '덜': 어떤 기준보다 정도가 약하게, 반대말 '더'¹), so
 * 더 맵게 해 주세요 asks for the dish hotter where the task asks for it milder. The two words are one letter apart, so
 * the comparison reads the swap as a misspelling (더 → 덜, spelling/letters) or, where 더 is one of the adverbs it lets
 * a learner add or drop, as nothing at all (설탕은 더 넣어 주세요 passed for 설탕은 덜 넣어 주세요).
 *
 * <p>Judged only where every accepted answer has the other word right before the learner's next word (덜 맵게 … 더
 * 맵게) and no accepted answer has the learner's word: an activity that accepts both (한 잔 더 주세요 beside 덜 달게)
 * is left alone, and so is 더 before another word than the accepted answers' (더 주세요 for 덜 맵게 해 주세요).
 */
final class DegreeOpposites {

    /** Each word with its antonym. */
    private static final Map<String, String> OPPOSITE = Map.of("더", "덜", "덜", "더");

    private DegreeOpposites() {
    }

    /**
     * The findings on the learner's 더 or 덜.
     *
     * @param raw      the learner's answer as written
     * @param accepted the accepted answers (normalised or as written)
     * @return one {@code vocabulary/contrast} finding per word swapped (더 → 덜); empty when none applies
     */
    static List<Finding> find(String raw, List<String> accepted) {
        List<Finding> out = new ArrayList<>();
        if (accepted.isEmpty()) {
            return out;
        }
        List<List<String>> acceptedWords = accepted.stream().map(AnswerText::wordsOf).toList();
        List<String> w = AnswerText.wordsOf(raw);
        for (int k = 0; k + 1 < w.size(); k++) {
            String x = w.get(k);
            String other = OPPOSITE.get(x);
            if (other == null) {
                continue;
            }
            String next = w.get(k + 1);
            boolean everyHasOther = acceptedWords.stream().allMatch(a -> followedBy(a, other, next));
            boolean anyHasOwn = acceptedWords.stream().anyMatch(a -> a.contains(x));
            if (everyHasOther && !anyHasOwn) {
                out.add(new Finding(ErrorCategory.VOCABULARY, x, other, "vocabulary/contrast"));
            }
        }
        return out;
    }

    /** Whether the words hold {@code word} right before {@code next}. */
    private static boolean followedBy(List<String> words, String word, String next) {
        for (int i = 0; i + 1 < words.size(); i++) {
            if (words.get(i).equals(word) && words.get(i + 1).equals(next)) {
                return true;
            }
        }
        return false;
    }
}
