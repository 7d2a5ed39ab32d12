package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * -(으)시- written twice in a polite imperative (session 20, s20b): 드셔세요 → 드세요, 가셔세요 → 가세요, 하셔십시오 →
 * 하십시오. -(으)세요 and -(으)십시오 already hold -(으)시- (-(으)시- + -어요 → -(으)세요; -(으)시- + -ㅂ시오), so the
 * -시어 (셔) before them is one -시- too many (표준국어대사전 '-으세요' 「어미」, '-으십시오'; Yeon &amp; Brown 2019,
 * the honorific imperative; 표준 언어 예절 2011: 드세요, 드십시오, not 드시세요 for 드시다). The honorific verbs 드시다,
 * 주무시다, 계시다 drop their 시 as -(으)시- does (드세요, 주무세요, 계세요); a verb whose own stem ends in 시 (마시다,
 * 모시다) keeps it (마셔세요 → 마시세요). Category {@code ending}, subtype {@code ending/double_si}; the learner's word as
 * written and that word corrected. An accepted answer that writes the word itself leaves it alone.
 */
final class DoubledSi {

    /** A word with 셔 right before the imperative -세요 or -십시오, at least one syllable before it. */
    private static final Pattern DOUBLED = Pattern.compile("(.+)셔(세요|십시오)");

    /** Verbs whose own stem ends in 시 (표준국어대사전): their 시 is no honorific. */
    static final Set<String> SI_STEMS = Set.of("마", "모");

    private DoubledSi() {
    }

    /**
     * The findings on the learner's raw answer.
     *
     * @param raw      the answer as typed
     * @param accepted the normalised accepted answers
     * @return findings of subtype {@code ending/double_si}; empty when none
     */
    static List<Finding> find(String raw, List<String> accepted) {
        List<Finding> out = new ArrayList<>();
        for (List<String> words : SpeechLevels.ownSentences(raw)) {
            for (String w : words) {
                Matcher m = DOUBLED.matcher(w);
                if (!m.matches() || accepted.stream().anyMatch(a -> (" " + a + " ").contains(" " + w + " "))) {
                    continue;
                }
                String head = m.group(1);
                boolean ownSi = SI_STEMS.stream().anyMatch(head::endsWith);
                String fixed = head + (ownSi ? "시" : "") + m.group(2);
                out.add(new Finding(ErrorCategory.ENDING, w, fixed, "ending/double_si"));
            }
        }
        return out;
    }
}
