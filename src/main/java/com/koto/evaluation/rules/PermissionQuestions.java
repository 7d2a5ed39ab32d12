package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * -(으)면 되다 where the task asks permission, -아/어도 되다 (session 20, s20b): 사진을 찍으면 됩니까? → 찍어도 됩니까?.
 * -아/어도 되다 asks whether an act is allowed (한국어기초사전 '-어도 되다': 허락이나 허용); -(으)면 되다 asks whether an
 * act is enough or is what one should do (한국어기초사전 '-으면 되다': 어떤 조건만 갖추어지면 문제가 없거나 충분함; 『외국인을
 * 위한 한국어 문법 1』 '-아/어도 되다' vs '-(으)면 되다'; Yeon &amp; Brown 2019). Both are correct Korean, so the learner's
 * -(으)면 is read as the error only where an accepted answer asks permission with the same verb: an accepted word of
 * that stem in -아/어도 right before a form of 되다, which is the correction. Category {@code ending}, subtype
 * {@code ending/permission} (the session 5 subtype for 찍어 돼요).
 */
final class PermissionQuestions {

    /** Forms of 되다 after -아/어도 or -(으)면 (돼요, 됩니까, 되나요, 될까요 …). */
    private static final List<String> DOEDA = List.of("돼", "됩니", "되나요", "될까요", "되죠", "되지요", "되요");

    /** The conditional -(으)면 as Nori tags it (EC). */
    private static final Set<String> CONDITIONAL = Set.of("면", "으면");

    private PermissionQuestions() {
    }

    /**
     * The findings on the learner's raw answer.
     *
     * @param raw      the answer as typed
     * @param accepted the normalised accepted answers
     * @return findings of subtype {@code ending/permission}; empty when none
     */
    static List<Finding> find(String raw, List<String> accepted) {
        List<Finding> out = new ArrayList<>();
        for (List<String> words : SpeechLevels.ownSentences(raw)) {
            for (int i = 0; i + 1 < words.size(); i++) {
                String w = words.get(i);
                if (!w.endsWith("면") || DOEDA.stream().noneMatch(words.get(i + 1)::startsWith)) {
                    continue;
                }
                String stem = conditionalStem(w);
                String asked = stem == null ? null : permissionInAccepted(stem, accepted);
                if (asked != null) {
                    out.add(new Finding(ErrorCategory.ENDING, w, asked, "ending/permission"));
                }
            }
        }
        return out;
    }

    /** The verb's stem where Nori reads the word as a stem and -(으)면 only (찍으면 → 찍); else null. */
    private static String conditionalStem(String w) {
        List<Morphology.Morpheme> ms = Morphology.morphemes(w);
        if (ms.size() != 2 || !ms.getFirst().is("VV", "VA") || !ms.getLast().is("EC")
                || !CONDITIONAL.contains(ms.getLast().form())) {
            return null;
        }
        return ms.getFirst().form();
    }

    /** The accepted word of that stem in -아/어도 right before 되다 (찍어도 of 찍어도 됩니까), or null. */
    private static String permissionInAccepted(String stem, List<String> accepted) {
        for (String a : accepted) {
            String[] ws = a.split(" ");
            for (int i = 0; i + 1 < ws.length; i++) {
                String x = ws[i];
                if (!x.endsWith("도") || DOEDA.stream().noneMatch(ws[i + 1]::startsWith)) {
                    continue;
                }
                List<Morphology.Morpheme> ms = Morphology.morphemes(x);
                if (!ms.isEmpty() && ms.getFirst().is("VV", "VA") && ms.getFirst().form().equals(stem)) {
                    return x;
                }
            }
        }
        return null;
    }
}
