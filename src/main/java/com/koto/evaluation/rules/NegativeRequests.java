package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.text.AnswerText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request not to do something made with the short negation 안 and -(으)세요, where the task asks for a
 * prohibition (session 16, helper eval30c; {@code ending/negative_request}, read on the learner's own words
 * against the accepted answers): 너무 짧게 안 자르세요 → 자르지 마세요, 차가운 음료를 안 마세요 → 마시지 마세요.
 *
 * <p>안 + -(으)세요 says what the listener (or an honoured person) does not do; asking someone not to do it is
 * -지 마세요 / -지 마십시오 (표준국어대사전 '말다' 「보조 동사」 '-지 말다': 앞말이 뜻하는 행동을 하지 못하게 함;
 * Yeon &amp; Brown 2019, negative commands with -지 말다: 안 and 못 are not used in commands).
 *
 * <p>The rule: a statement of the learner ends in 안 + a verb's -(으)세요/-(으)십시오; an accepted answer ends a
 * sentence in -지 마세요/마십시오 (or -지 마) on a verb that opens with the learner's verb's first syllable. The
 * correction is that accepted phrase. A question (안 가세요?) and an answer with no prohibition accepted (할머니는
 * 커피를 안 드세요: an honoured person's habit) are not read.
 */
final class NegativeRequests {

    /** The spaces after a sentence-final mark. */
    private static final Pattern SENTENCE_GAP = Pattern.compile("(?<=[.?!])\\s+");

    /** 안 + a verb in -(으)세요/-(으)십시오 at the end of a sentence. */
    private static final Pattern NEGATED_REQUEST = Pattern.compile("(^| )(안 (\\S+?)(으)?(세요|십시오))$");
    /** An accepted prohibition: a verb in -지 + a form of 말다 (마세요, 마십시오, 마). */
    private static final Pattern PROHIBITION = Pattern.compile("(^| )((\\S+)지 (마세요|마십시오|마))$");

    private NegativeRequests() {
    }

    /**
     * @param raw      the answer as typed
     * @param expected the accepted answers as written
     * @return the learner's 안 … -(으)세요 → the accepted -지 마세요; empty when none applies
     */
    static List<Finding> find(String raw, List<String> expected) {
        List<Finding> out = new ArrayList<>();
        List<String[]> prohibitions = new ArrayList<>();
        for (String e : expected) {
            for (String s : SENTENCE_GAP.split(e.strip())) {
                Matcher m = PROHIBITION.matcher(AnswerText.normalise(s));
                if (m.find()) {
                    prohibitions.add(new String[] {m.group(3), m.group(2)});
                }
            }
        }
        if (prohibitions.isEmpty()) {
            return out;
        }
        for (String s : SENTENCE_GAP.split(raw.strip())) {
            if (s.strip().endsWith("?")) {
                continue;
            }
            Matcher m = NEGATED_REQUEST.matcher(AnswerText.normalise(s));
            if (!m.find() || m.group(3).isEmpty()) {
                continue;
            }
            char first = m.group(3).charAt(0);
            for (String[] p : prohibitions) {
                if (!p[0].isEmpty() && p[0].charAt(0) == first) {
                    out.add(new Finding(ErrorCategory.ENDING, m.group(2), p[1], "ending/negative_request"));
                    break;
                }
            }
        }
        return out;
    }
}
