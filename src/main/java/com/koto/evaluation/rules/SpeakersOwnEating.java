package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * 드시다 (the honorific 먹다) about the speaker's own eating, on the learner's own words (session 10),
 * category {@code honorific}, subtype {@code honorific/si_extra}:
 * <ul>
 *   <li>the eater who is full: 많이 드셔서 배불러요 → 먹어서. The fullness (배부르다) is the speaker's own in a
 *       statement without -(으)시-, and the one who ate is the one who is full; only when no subject is named
 *       but the speaker's (제가, 저는);</li>
 *   <li>the patient's own medicine asked of the doctor or the pharmacist: 선생님, 약을 하루에 몇 번 드셔야
 *       합니까? → 먹어야. The listener called 선생님, 의사 선생님 or 약사님 gives the medicine, the speaker takes
 *       it; only in a question about the dose or its time (하루에, 몇 번, 식후, 식전), with no subject named.
 *       Session 16: also without the vocative where the answer names no person at all and the accepted answers
 *       take the medicine with the plain 먹다 and never with 드시다 (이 약은 하루에 몇 번 드셔야 돼요? → 먹어야, 이 약은 밥
 *       먹기 전에 드셔도 돼요? → 먹어도): the one who must or may take it is then the patient who asks.</li>
 *   <li>session 20 (s20b): the thanks after a meal, 잘 먹었습니다 / 잘 먹었어요, said with 드셨- (맛있게 잘 드셨습니다 →
 *       먹었습니다): the set phrase is the guest's own statement about their own eating (표준 언어 예절 2011, 식사 예절:
 *       먹고 나서 "잘 먹었습니다"); only as the sentence's last word right after 잘, in a statement (잘 드셨어요? asks
 *       the listener) with no other subject named.</li>
 * </ul>
 * <p>Sources: Sohn, <i>The Korean Language</i> (1999), ch. 9 (subject honorification is never used of
 * oneself); 국립국어원 『표준 언어 예절』 (2011), 높임법 (자기에게는 높임말을 쓰지 않는다; 드시다 is 먹다 of an
 * honoured subject); Yeon &amp; Brown, <i>Korean: A Comprehensive Grammar</i> (2019), on honorifics
 * (learners over-extend 드시다 to themselves).
 */
final class SpeakersOwnEating {

    /** A form of 드시다 or 하시다. */
    private static final Pattern HONORIFIC_EAT_DO = Pattern.compile(".*(드시|드셔|드세|드셨|드십|하시|하셔).*");
    /** A form of 먹다 at a word start. */
    private static final Pattern EAT_FORM = Pattern.compile(".*(^|\\s)(먹어|먹으면|먹기|먹을|먹습니|먹는).*");

    private SpeakersOwnEating() {
    }

    /** 배부르다 without -(으)시-: the speaker's own fullness. */
    private static final List<String> FULL = List.of("배불러", "배불렀", "배부릅", "배부르", "불러", "불렀", "부릅");

    /** Words that ask about a dose or its time. */
    private static final Set<String> DOSE = Set.of("하루에", "하루", "몇", "번", "식후에", "식전에", "식후", "식전",
            "식사", "후에", "전에");

    /** The medical listeners, who give the medicine rather than take it. */
    private static final Set<String> MEDICAL = Set.of("선생님", "의사선생님", "약사님");

    /** The findings on the learner's raw answer, without accepted answers (the vocative rule only). */
    static List<Finding> find(String raw) {
        return find(raw, List.of());
    }

    /**
     * The findings on the learner's raw answer, the dose asked without a vocative where the accepted answers
     * take the medicine plainly ({@link #patientAsks}).
     *
     * @param raw      the answer as typed
     * @param accepted the normalised accepted answers (none: only the vocative tells who takes the medicine)
     * @return findings; empty when none applies
     */
    static List<Finding> find(String raw, List<String> accepted) {
        List<Finding> out = new ArrayList<>();
        if (raw.contains("\"") || raw.contains("“")) {
            return out;
        }
        boolean medicalListener = patientAsks(raw, accepted);
        for (SpeechLevels.AnalysedSentence s : SpeechLevels.analysedSentences(raw)) {
            List<String> words = s.words();
            String first = words.getFirst();
            if (raw.contains(first + ",") && (MEDICAL.contains(first)
                    || first.equals("의사") && words.size() > 1 && words.get(1).equals("선생님"))) {
                medicalListener = true;
            }
            String last = words.getLast();
            boolean otherSubject = false;
            for (int i = 0; i < words.size(); i++) {
                String w = words.get(i);
                if (s.analysed().get(i).endsWith("JKS") && s.analysed().get(i).morphemes().size() > 1
                        && !w.equals("제가") && !w.equals("배가")
                        || (w.endsWith("께서") || w.endsWith("께서는"))) {
                    otherSubject = true;
                }
                if (otherSubject || !w.startsWith("드시") && !w.startsWith("드셔") && !w.startsWith("드셨")) {
                    continue;
                }
                boolean full = i + 1 < words.size() && FULL.stream().anyMatch(last::startsWith)
                        && (last.startsWith("배") || words.get(words.size() - 2).equals("배가"))
                        && !raw.contains(last + "?");
                boolean dose = medicalListener && raw.contains(last + "?") && words.stream().anyMatch(
                        x -> x.startsWith("약")) && words.stream().anyMatch(DOSE::contains);
                // 잘 먹었습니다, the guest's thanks after a meal, said with 드셨- (맛있게 잘 드셨습니다 → 먹었습니다; session 20)
                boolean thanks = i > 0 && i == words.size() - 1 && words.get(i - 1).equals("잘") && w.startsWith("드셨")
                        && !raw.contains(w + "?") && (w.endsWith("니다") || w.endsWith("어요"));
                if (!full && !dose && !thanks) {
                    continue;
                }
                String fixed = w.startsWith("드시") && Set.of("고", "지", "기").contains(w.substring(2, Math.min(3, w.length())))
                        ? "먹" + w.substring(2) : SpeechLevels.plainForm(w);
                if (fixed != null && !fixed.equals(w)) {
                    out.add(new Finding(ErrorCategory.HONORIFIC, w, fixed, "honorific/si_extra"));
                }
            }
        }
        return out;
    }

    /**
     * Whether the patient asks about their own medicine with no one named: the answer names no person (no
     * title, kin term or N님 that could be the one who takes it), an accepted answer takes the medicine with the
     * plain 먹다 (먹어야, 먹어도, 먹어요), and none raises the eater (드시다, 드셔, 복용하시).
     */
    private static boolean patientAsks(String raw, List<String> accepted) {
        if (accepted.isEmpty() || accepted.stream().anyMatch(a -> HONORIFIC_EAT_DO.matcher(a).matches())
                || accepted.stream().noneMatch(a -> EAT_FORM.matcher(a).matches())) {
            return false;
        }
        for (List<String> words : SpeechLevels.sentences(raw)) {
            for (String w : words) {
                if (MisplacedSi.person(ArgumentCheck.stemAndParticle(w)[0]) || MisplacedSi.person(w)) {
                    return false;
                }
            }
        }
        return true;
    }
}
