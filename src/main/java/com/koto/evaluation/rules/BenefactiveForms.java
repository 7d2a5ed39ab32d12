package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.text.AnswerText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The connective -아/어서 where the auxiliary 주다 of a favour asks for the -아/어 form, on the learner's own
 * words (session 15, helper eval27c), subtype {@code ending/benefactive_seo}: 서울역으로 가서 주세요 → 가 주세요.
 * The auxiliary 주다 'do for someone' follows the verb's -아/어 form (가 주세요, 와 주세요); -아/어서 + 주다 is
 * two acts, 'go and then give' (표준국어대사전 '주다' 「보조 동사」 '앞말이 뜻하는 행동이 다른 사람의 행동에 영향을
 * 미침을 나타내는 말', built '-어 주다'; Yeon &amp; Brown 2019, -아/어 주다 'do something for someone'). Only a verb of
 * motion, which has nothing to give, and only where an accepted answer has the same verb's -아/어 form before
 * 주다 (사서 주세요 'buy it and give it to me' stays another sentence).
 */
final class BenefactiveForms {

    /** The -아/어 forms of motion verbs (가다, 오다 and their compounds). */
    private static final Set<String> MOTION = Set.of("가", "와", "나가", "나와", "들어가", "들어와", "내려가", "내려와",
            "올라가", "올라와", "돌아가", "돌아와", "다녀와", "따라와", "따라가", "건너가", "건너와");

    private BenefactiveForms() {
    }

    /**
     * The findings on the learner's answer.
     *
     * @param raw      the answer as typed
     * @param accepted the normalised accepted answers
     * @return the -아/어서 word → its -아/어 form; empty when none applies
     */
    static List<Finding> find(String raw, List<String> accepted) {
        List<Finding> out = new ArrayList<>();
        String[] words = AnswerText.normalise(raw).split(" ");
        for (int i = 0; i + 1 < words.length; i++) {
            String w = words[i];
            if (!w.endsWith("서") || !auxiliaryGive(words[i + 1])) {
                continue;
            }
            String form = w.substring(0, w.length() - 1);
            if (MOTION.contains(form) && acceptedBefore(form, accepted)) {
                out.add(new Finding(ErrorCategory.ENDING, w, form, "ending/benefactive_seo"));
            }
        }
        return out;
    }

    /** A form of 주다 or 드리다 (주세요, 줘, 주시겠어요, 드릴게요). */
    private static boolean auxiliaryGive(String w) {
        return w.startsWith("주") || w.startsWith("줘") || w.startsWith("줬") || w.startsWith("드리") || w.startsWith("드려");
    }

    /** Whether an accepted answer has {@code form} right before a form of 주다/드리다. */
    private static boolean acceptedBefore(String form, List<String> accepted) {
        for (String a : accepted) {
            List<String> ws = Arrays.asList(a.split(" "));
            for (int i = 0; i + 1 < ws.size(); i++) {
                if (ws.get(i).equals(form) && auxiliaryGive(ws.get(i + 1))) {
                    return true;
                }
            }
        }
        return false;
    }
}
