package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.Register;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code honorific/si_missing}: a favour asked of a listener the answer calls by an honoured title, with -아/어 줄 수
 * 있어요? and no -(으)시- (사장님, 뜨거운 물이 안 나와요. 언제 고쳐 줄 수 있어요? → 주실; session 36, helper s36d), on the
 * learner's own words. The giver of -아/어 주다 is its subject, here the listener, and a listener one calls 사장님,
 * 선생님, 할머니 … is raised with -(으)시- on the verb of the favour (주체 높임: 국립국어원 『표준 언어 예절』 (2011),
 * "해 주실 수 있으세요/있어요?"; Sohn 1999, ch. 9; Yeon &amp; Brown 2019, -아/어 주시겠어요, -아/어 주실 수 있어요).
 *
 * <p>Only where the answer itself calls the listener by title with a comma (a clerk asked without a title may be
 * asked 데워 줄 수 있어요? — the sets accept that); only questions; only 줄 before 수 and a form of 있다; not where the
 * sentence names another subject (제가 사 줄 수 있어요?: the speaker gives); never in a casual activity.
 */
final class HonouredListenerFavours {

    /** The speaker and others as subject or topic: then the giver is not the listener. */
    private static final Set<String> OTHER_GIVERS = Set.of("제가", "저는", "전", "저도", "내가", "나는", "우리가", "저희가");

    private HonouredListenerFavours() {
    }

    /**
     * The findings on the learner's raw answer.
     *
     * @param raw      the answer as written (a comma after the title marks the vocative; ? marks a question)
     * @param register the activity's register (casual activities are not read)
     * @return {@code honorific/si_missing} findings, 줄 → 주실; empty when none
     */
    static List<Finding> find(String raw, Register register) {
        List<Finding> out = new ArrayList<>();
        if (register == Register.CASUAL || raw.contains("\"") || raw.contains("“")) {
            return out;
        }
        boolean called = false;
        for (String sentence : SpeechLevels.SENTENCE_END.split(raw)) {
            String[] words = sentence.strip().split("\\s+");
            if (words.length == 0 || words[0].isEmpty()) {
                continue;
            }
            String first = words[0].replaceAll("[,.?!~]", "");
            if (words[0].endsWith(",") && (HumbleMeeting.superior(first) || Persons.HONOURED.contains(first))) {
                called = true;
            }
            if (!called || !sentence.strip().endsWith("?")) {
                continue;
            }
            for (int i = 0; i + 2 < words.length; i++) {
                if (OTHER_GIVERS.contains(words[i]) || words[i].endsWith("께서")) {
                    break;
                }
                if (words[i].equals("줄") && words[i + 1].equals("수") && words[i + 2].startsWith("있")) {
                    out.add(new Finding(ErrorCategory.HONORIFIC, "줄", "주실", "honorific/si_missing"));
                    break;
                }
            }
        }
        return out;
    }
}
