package com.koto.evaluation.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A state's -아/어서 of reason before a command, on the learner's own words (session 19), category {@code ending},
 * subtype {@code ending/reason_before_proposal}: 음식이 맛있어서 아버님도 많이 드세요 → 맛있으니까. The causal
 * -아/어서 cannot carry a command in the main clause any more than a proposal; the reason takes -(으)니까.
 * {@link ClauseEndings#reasonBeforeProposal} reads the proposals -자 and -(으)ㅂ시다 on the words alone; this check adds
 * the commands, which need the task: -(으)세요 and -(으)십시오 also make honorific statements (할머니가 피곤하셔서 주무세요),
 * so they count only where an accepted answer ends a sentence with the same word; -아/어라 and -지 마(세요) are
 * commands whatever the task says. The reason word and its -(으)니까 form are {@link ClauseEndings#because}'s (an
 * adjective, 있다/없다 or N하다 of a state; a verb's -아/어서 is also "and then": 앉아서 기다리세요). Not a question,
 * not a request with 주다 (추워서 창문 좀 닫아 주세요: heard and accepted, as in {@link ClauseEndings}), not through a
 * linking word (피곤해서 그런데 …) or another clause between, and not where an accepted answer has the reason word.
 * <p>Sources: 국립국어원 『외국인을 위한 한국어 문법 1』 (2005), '-아서/-어서' (이유: 뒤 절에 명령문·청유문이 올 수
 * 없다) and '-으니까/-니까'; Yeon &amp; Brown, <i>Korean: A Comprehensive Grammar</i> (2019), causal connectives
 * (-아/어서 not with imperatives or propositives).
 */
final class ReasonBeforeCommand {

    /** The plain imperative -아라/-어라/-여라 as Nori tags its ending. */
    private static final Set<String> PLAIN_IMPERATIVE = Set.of("아라", "어라", "여라");
    /** The endings of a negative command after -지 (나가지 마세요). */
    private static final Set<String> DONT = Set.of("마", "마요", "마세요", "마십시오", "마라");

    /** Words that link the reason to what follows as a clause of its own (피곤해서 그런데 쉬세요). */
    private static final Set<String> LINKS = Set.of("그런데", "그래서", "그러니까", "그런지", "그래", "그렇지만");

    private ReasonBeforeCommand() {
    }

    /**
     * The findings on the learner's raw answer.
     *
     * @param raw      the answer as typed (a question mark keeps a sentence a question)
     * @param accepted the normalised accepted answers
     * @return findings; empty when none applies
     */
    static List<Finding> find(String raw, List<String> accepted) {
        List<Finding> out = new ArrayList<>();
        if (raw.contains("\"") || raw.contains("“")) {
            return out;
        }
        for (SpeechLevels.AnalysedSentence s : SpeechLevels.analysedSentences(raw)) {
            List<String> words = s.words();
            int k = words.size() - 1;
            if (k < 1 || raw.contains(words.get(k) + "?") || !command(words, s.analysed().get(k), accepted)) {
                continue;
            }
            for (int r = k - 1; r >= 0; r--) {
                String w = words.get(r);
                Morphology.Word m = s.analysed().get(r);
                if (LINKS.contains(w) || m.has("MAJ")) {
                    break;
                }
                String because = w.length() >= 2 && w.endsWith("서") && m.verbal()
                        ? ClauseEndings.because(w.substring(0, w.length() - 1), r > 0 ? words.get(r - 1) : "") : null;
                if (because != null) {
                    if (accepted.stream().noneMatch(a -> (" " + a + " ").contains(" " + w + " "))) {
                        out.add(new Finding(com.koto.evaluation.ErrorCategory.ENDING, w, because,
                                "ending/reason_before_proposal"));
                    }
                    break;
                }
                if (r < k - 1 && m.verbal() && m.morphemes().getLast().is("EC") && !w.endsWith("러")) {
                    break; // another clause between
                }
            }
        }
        return out;
    }

    /** -아/어라, -지 마(세요), or a -(으)세요/-(으)십시오 (not of 주다) that an accepted answer ends a sentence with. */
    private static boolean command(List<String> words, Morphology.Word m, List<String> accepted) {
        int k = words.size() - 1;
        String last = words.get(k);
        if (m.morphemes().isEmpty()) {
            return false;
        }
        String ending = m.morphemes().getLast().form();
        if (m.morphemes().getFirst().is("VV") && PLAIN_IMPERATIVE.contains(ending) && last.endsWith("라")) {
            return true; // 먹어라
        }
        if (DONT.contains(last) && words.get(k - 1).endsWith("지")) {
            return true; // 나가지 마세요
        }
        return (last.endsWith("세요") || last.endsWith("십시오")) && !last.endsWith("주세요") && !last.endsWith("주십시오")
                && accepted.stream().anyMatch(a -> SpeechLevels.sentences(a).stream()
                        .anyMatch(sentence -> sentence.getLast().equals(last)));
    }
}
