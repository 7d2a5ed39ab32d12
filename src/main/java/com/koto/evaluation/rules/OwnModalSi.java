package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * -(으)시- on the speaker's own act asked with permission or obligation (session 17, helper s17b), category
 * {@code honorific}, subtype {@code honorific/si_extra}: 다음 달에 이사 오셔도 돼요? → 와도, 하루에 몇 번 드셔야 돼요? →
 * 먹어야. -아/어도 되다 asks for permission and -아/어야 되다/하다 asks what one must do (Yeon &amp; Brown 2019,
 * permission and obligation); asked as a question in a task where the speaker asks for their own act, the one who
 * may or must act is the speaker, and -(으)시- is never used of oneself (Sohn 1999, ch. 9; 국립국어원 『표준 언어 예절』
 * 2011, 높임법: 자기에게는 높임말을 쓰지 않는다; 드시다 is 먹다 of an honoured subject only). The task's perspective
 * is read from the accepted answers, since the same words may ask an honoured listener about their own act:
 * <ul>
 *   <li>the learner's question (the sentence ends in ?) has a verb in -(으)셔도 or -(으)셔야 right before its last
 *       word, a form of 되다, 하다 or 괜찮다 (오셔도 돼요?, 드셔야 합니까?, 가셔도 괜찮아요?);</li>
 *   <li>an accepted answer asks with the same frame without -(으)시- (와도 돼요?, 먹어야 돼요?) and none has -(으)시-
 *       in it (셔도, 셔야): the task is the speaker's own permission or duty;</li>
 *   <li>the answer names no person as a subject or topic, calls no one by a vocative and has no N님/N씨 (할머니가
 *       드셔도 돼요?, 선생님, 내일 오셔야 돼요? stay: the honoured one may be the one who acts), and no subject but the
 *       speaker's (제가).</li>
 * </ul>
 * A statement (여기 앉으셔도 돼요: permission given to the listener) is never read. Beside {@link SpeakersOwnEating}
 * (the dose asked of a doctor or pharmacist, with 약 in the answer), this is the frame in any task.
 */
final class OwnModalSi {

    /** The verb after -도/-야 (되다, 괜찮다, 하다). */
    private static final Pattern PERMISSION_VERB = Pattern.compile("(돼|되|괜찮|해|하|합).*");

    /** A word of permission or obligation without -(으)시- followed by 되다/하다/괜찮다 (와도 돼요, 먹어야 해요). */
    private static final Pattern PLAIN_FRAME = Pattern.compile("(^|\\s)(\\S+)(도|야) (돼|되|괜찮|해|하|합)");

    /** The learner's word: -(으)셔도/-(으)셔야 (오셔도, 드셔야, 앉으셔도). */
    private static final Pattern SI_FRAME = Pattern.compile("\\S+셔(도|야)");

    /** Particles of a subject or topic. */
    private static final Set<String> SUBJECT = Set.of("이", "가", "은", "는", "께서", "께서는", "도");

    private OwnModalSi() {
    }

    /**
     * @param raw      the answer as typed
     * @param accepted the normalised accepted answers
     * @return findings; empty when none applies
     */
    static List<Finding> find(String raw, List<String> accepted) {
        List<Finding> out = new ArrayList<>();
        if (raw.contains("\"") || raw.contains("“") || !speakersOwn(accepted)) {
            return out;
        }
        List<List<String>> sentences = SpeechLevels.sentences(raw);
        for (List<String> words : sentences) {
            for (String w : words) {
                String[] split = ArgumentCheck.stemAndParticle(w);
                if (raw.contains(w + ",") && MisplacedSi.person(w) || w.endsWith("님") || w.endsWith("씨")
                        || split[1] != null && SUBJECT.contains(split[1]) && !w.equals("제가") && !w.equals("저는")
                        && !w.equals("저도") && MisplacedSi.person(split[0])
                        || w.endsWith("께서") || w.endsWith("께서는")) {
                    return out; // a person named: the honoured one may be the one who acts
                }
            }
        }
        for (List<String> words : sentences) {
            int n = words.size();
            String last = words.getLast();
            if (n < 2 || !raw.contains(last + "?") || !PERMISSION_VERB.matcher(last).matches()) {
                continue;
            }
            String w = words.get(n - 2);
            if (!SI_FRAME.matcher(w).matches()) {
                continue;
            }
            String fixed = SpeechLevels.plainForm(w);
            if (fixed != null && !fixed.equals(w) && !fixed.contains("셔")) {
                out.add(new Finding(ErrorCategory.HONORIFIC, w, fixed, "honorific/si_extra"));
            }
        }
        return out;
    }

    /** An accepted answer asks with the plain frame, and none raises anyone with -(으)셔도/-(으)셔야. */
    private static boolean speakersOwn(List<String> accepted) {
        if (accepted.isEmpty() || accepted.stream().anyMatch(a -> a.contains("셔도") || a.contains("셔야")
                || a.contains("시어도") || a.contains("시어야"))) {
            return false;
        }
        return accepted.stream().anyMatch(a -> {
            java.util.regex.Matcher m = PLAIN_FRAME.matcher(a);
            while (m.find()) {
                String verb = m.group(2);
                if (!verb.contains("시") && !verb.equals("저") && !verb.equals("나") && !verb.endsWith("께서")) {
                    return true;
                }
            }
            return false;
        });
    }
}
