package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code ending/listener_will}: the listener's own will asked with -(으)ㄹ까(요)? instead of -(으)ㄹ래(요)? (금요일에 우리
 * 집에서 생일 파티 하는데 올까? → 올래?; 너도 같이 갈까? → 갈래?; session 36, helper s36d), on the learner's own words.
 * -(으)ㄹ까(요)? asks what the speaker or 'we' should do, or what will happen; what the listener wants to do, as in an
 * invitation, is asked with -(으)ㄹ래(요)? (국립국어원 『외국인을 위한 한국어 문법 1』 (2005), '-(으)ㄹ까요' 「1」「2」 and
 * '-(으)ㄹ래요' (듣는 사람의 의향); Yeon &amp; Brown 2019, -(으)ㄹ래요 vs -(으)ㄹ까요). Two frames where the one who acts
 * can only be the listener:
 * <ul>
 *   <li>the listener named as subject, 너도/너는 (너도 같이 갈까? → 갈래?);</li>
 *   <li>오다 'come' to the speaker's own place, 우리 집/저희 집 named in the answer (우리 집에 올까? → 올래?): the
 *       speaker does not come to their own home (언제 찾으러 올까요? to a shop is the speaker's coming, and stays).</li>
 * </ul>
 * Only questions (a ? after the word); 우리 다음에 또 올까? ('we') and 비가 올까? have neither frame.
 */
final class ListenerWill {

    /** The listener as subject or topic (반말). */
    private static final Set<String> LISTENER = Set.of("너도", "너는", "넌");
    /** The speaker's own home. */
    private static final Set<String> OWN_HOME = Set.of("우리 집", "저희 집", "우리집", "저희집", "내 집", "제 집");

    private ListenerWill() {
    }

    /**
     * The findings on the learner's raw answer.
     *
     * @param raw the answer as written (? marks the questions)
     * @return {@code ending/listener_will} findings, the -(으)ㄹ까 word → -(으)ㄹ래; empty when none
     */
    static List<Finding> find(String raw) {
        List<Finding> out = new ArrayList<>();
        boolean ownHome = OWN_HOME.stream().anyMatch(raw::contains);
        for (String sentence : SpeechLevels.SENTENCE_END.split(raw)) {
            String s = sentence.strip();
            if (!s.endsWith("?")) {
                continue;
            }
            String[] words = s.substring(0, s.length() - 1).strip().split("\\s+");
            String last = words[words.length - 1];
            String stemPart = last.endsWith("까요") ? last.substring(0, last.length() - 2)
                    : last.endsWith("까") ? last.substring(0, last.length() - 1) : null;
            if (stemPart == null || stemPart.isEmpty() || !com.koto.evaluation.text.Hangul.hasRieulFinal(
                    stemPart.charAt(stemPart.length() - 1))) {
                continue;
            }
            boolean listener = java.util.Arrays.stream(words).anyMatch(LISTENER::contains);
            boolean comeHome = ownHome && (last.equals("올까") || last.equals("올까요"));
            if (listener || comeHome) {
                out.add(new Finding(ErrorCategory.ENDING, last, stemPart + (last.endsWith("요") ? "래요" : "래"),
                        "ending/listener_will"));
            }
        }
        return out;
    }
}
