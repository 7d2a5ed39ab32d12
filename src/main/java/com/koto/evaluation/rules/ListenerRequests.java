package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.Register;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A formal request to the listener without -(으)시-, on the learner's own words (session 10), category
 * {@code honorific}, subtype {@code honorific/si_missing}: in a formal (합쇼체) activity, a question that
 * asks the listener to do something for the speaker with -아/어 주다 takes -(으)시- on 주다 (보증금을 낮춰
 * 줄 수 있습니까? → 주실, 확인해 주겠습니까? → 주시겠습니까): the listener is the subject of 주다, and a
 * listener one speaks 합쇼체 to (a landlord, an official, a superior) is honoured. Only when the sentence
 * names no subject of its own (제가 …, 직원이 …), so the subject is the listener.
 * <p>Sources: Sohn, <i>The Korean Language</i> (1999), ch. 9 (subject honorification of the addressee;
 * the deferential level goes with it in requests); 국립국어원 『표준 언어 예절』 (2011), 높임법 (요청:
 * -아 주시겠습니까, -아 주실 수 있습니까); Yeon &amp; Brown, <i>Korean: A Comprehensive Grammar</i> (2019),
 * on -아/어 주다 and polite requests.
 */
final class ListenerRequests {

    private ListenerRequests() {
    }

    /** What follows 줄 수 in a formal question (있습니다? is the learner's slip for 있습니까). */
    private static final Set<String> ABLE = Set.of("있습니까", "있습니다", "있겠습니까");

    /**
     * The findings on the learner's raw answer.
     *
     * @param raw      the answer as typed
     * @param register the activity's register (only {@link Register#FORMAL})
     * @param accepted the normalised accepted answers (a word one of them writes is left alone)
     * @return findings; empty when none applies
     */
    static List<Finding> find(String raw, Register register, List<String> accepted) {
        List<Finding> out = new ArrayList<>();
        if (register != Register.FORMAL || raw.contains("\"") || raw.contains("“")) {
            return out;
        }
        for (SpeechLevels.AnalysedSentence s : SpeechLevels.analysedSentences(raw)) {
            List<String> words = s.words();
            String last = words.getLast();
            if (!raw.contains(last + "?") || words.stream().anyMatch(Lexicon.SELF::contains)
                    || words.stream().anyMatch(w -> w.startsWith("제가") || w.startsWith("저는") || w.startsWith("저희"))
                    || s.analysed().stream().anyMatch(w -> w.endsWith("JKS"))) {
                continue;
            }
            for (int i = 1; i < words.size(); i++) {
                String w = words.get(i);
                if (!s.analysed().get(i - 1).endsWith("EC") || accepted.stream()
                        .anyMatch(a -> (" " + a + " ").contains(" " + w + " "))) {
                    continue; // 주다 as the auxiliary after -아/어 (낮춰 줄, 해 주겠습니까)
                }
                if (w.equals("줄") && i + 2 == words.size() - 1 && words.get(i + 1).equals("수")
                        && ABLE.contains(last)) {
                    out.add(new Finding(ErrorCategory.HONORIFIC, w, "주실", "honorific/si_missing"));
                } else if (i == words.size() - 1 && w.equals("주겠습니까")) {
                    out.add(new Finding(ErrorCategory.HONORIFIC, w, "주시겠습니까", "honorific/si_missing"));
                }
            }
        }
        return out;
    }
}
