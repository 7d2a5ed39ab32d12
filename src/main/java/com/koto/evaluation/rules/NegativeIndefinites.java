package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * 아무것 'anything' and 아무 데 'anywhere' before a negative predicate without 도 (session 24, s24b): 아무것 못
 * 먹었습니다 → 아무것도, 아무것을 안 샀어요 → 아무것도, 아무 데 안 가요 → 아무 데도. With a negated predicate these
 * indefinites take 도 ('not … anything'; Yeon &amp; Brown 2019, on 아무 + 도 with negatives; 표준국어대사전 '아무것':
 * "주로 '아무것도' 꼴로 쓰여 부정의 뜻을 나타내는 말과 함께 쓰인다"), and a case particle in its place is wrong.
 * 아무거나, 아무것이나 and 아무 데나 ('any at all', with a positive predicate) are another construction and are left
 * alone, as is every sentence whose predicate after the indefinite is not negated. Negation is read from the
 * learner's words after it: 안, 못, the long negation -지 않다/못하다, and the negative stems 없다, 모르다, 아니다.
 * Subtypes {@code particle_missing/negative_do} (the bare word) and {@code particle_wrong/case_for_do} (을/를/이/가 for 도).
 */
final class NegativeIndefinites {

    /** The indefinite pronoun as written, bare or with a case particle, and its form with 도. */
    private static final Map<String, String> PRONOUNS = Map.ofEntries(Map.entry("아무것", "아무것도"),
            Map.entry("아무거", "아무것도"), Map.entry("아무것을", "아무것도"), Map.entry("아무것이", "아무것도"),
            Map.entry("아무거를", "아무것도"), Map.entry("아무거가", "아무것도"), Map.entry("아무걸", "아무것도"));

    /** The words 데 'place' and 곳 after the determiner 아무, bare or with 에. */
    private static final Map<String, String> PLACES = Map.of("데", "데도", "데에", "데도", "곳", "곳도", "곳에", "곳도");

    /** A negated predicate word: 안, 못, the auxiliaries 않다/못하다, 없다, 모르다, 아니다 in their written forms. */
    private static final Pattern NEGATION = Pattern.compile(
            "(안|못|않.*|못하.*|못해.*|못했.*|못합.*|없.*|모르.*|몰라.*|몰랐.*|모릅.*|모를.*|아니.*|아닙.*|아냐.*|아녜.*|아닌.*|아닐.*)");

    private NegativeIndefinites() {
    }

    /**
     * The findings on the learner's raw answer.
     *
     * @param raw the answer as typed
     * @return findings of the two subtypes above, the learner's word(s) and the form with 도; empty when none
     */
    static List<Finding> find(String raw) {
        List<Finding> out = new ArrayList<>();
        for (List<String> words : SpeechLevels.ownSentences(raw)) {
            for (int i = 0; i + 1 < words.size(); i++) {
                String w = words.get(i);
                String original;
                String correction;
                int after;
                if (PRONOUNS.containsKey(w)) {
                    original = w;
                    correction = PRONOUNS.get(w);
                    after = i + 1;
                } else if (w.equals("아무") && PLACES.containsKey(words.get(i + 1))) {
                    original = w + " " + words.get(i + 1);
                    correction = w + " " + PLACES.get(words.get(i + 1));
                    after = i + 2;
                } else {
                    continue;
                }
                if (!negated(words, after)) {
                    continue;
                }
                boolean bare = original.endsWith("것") || original.endsWith("거") || original.endsWith("데")
                        || original.endsWith("곳");
                out.add(new Finding(bare ? ErrorCategory.PARTICLE_MISSING : ErrorCategory.PARTICLE_WRONG, original,
                        correction, bare ? "particle_missing/negative_do" : "particle_wrong/case_for_do"));
            }
        }
        return out;
    }

    /**
     * Whether a word from {@code from} on, before the sentence ends, negates its predicate; a conditional clause ends
     * the search (아무거나 사면 안 돼요: the 안 of 안 되다 judges the condition, it does not negate the buying).
     */
    private static boolean negated(List<String> words, int from) {
        for (int k = from; k < words.size(); k++) {
            String w = words.get(k);
            if (w.endsWith("면")) {
                return false;
            }
            if (NEGATION.matcher(w).matches() || w.endsWith("지") && k + 1 < words.size()
                    && NEGATION.matcher(words.get(k + 1)).matches()) {
                return true;
            }
        }
        return false;
    }
}
