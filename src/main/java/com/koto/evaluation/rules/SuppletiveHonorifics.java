package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Honorific vocabulary on the learner's own words that needs neither the accepted answer nor the
 * activity's context (session 9), category {@code honorific}, the learner's word as written and that word
 * corrected:
 * <ul>
 *   <li>{@code honorific/verb}: -(으)시- on 먹다 (떡 좀 먹으세요 → 드세요, 먹으셨어요 → 드셨어요, 먹으십시오 →
 *       드십시오): a verb with a suppletive honorific takes that word, never -(으)시- on the plain stem;
 *       whoever is honoured with -(으)시- is honoured with 드시다 (표준 언어 예절: 드시다/잡수시다, not
 *       먹으시다). 마시다 is left alone (마시세요 is standard beside 드세요). Also 먹어 before 보다 with -(으)시-
 *       (한번 먹어 보세요 → 드셔 보세요, session 10): the honoured listener is the one who eats;</li>
 *   <li>{@code particle_wrong/object_for_dative}: an honoured person (할머니, 선생님, 부모님 …) with 을/를
 *       right before the humble giving verb 드리다 (할머니를 드릴 건데 → 할머니께): 드리다 is 「…에게 …을」,
 *       its humble recipient takes 께, and a person cannot be what one gives. Not after another verb's
 *       -아/어 (할머니를 도와 드릴게요: 를 is 돕다's object).</li>
 * </ul>
 * <p>Sources: 국립국어원 『표준 언어 예절』 (2011), 높임법 (드시다, 께); 표준국어대사전 '드리다' 「…에게 …을」,
 * '께' 「조사」 (에게의 높임말); Sohn 1999, ch. 9 (suppletive honorific verbs); Yeon &amp; Brown 2019, on
 * honorifics.
 */
final class SuppletiveHonorifics {

    private SuppletiveHonorifics() {
    }

    /** 보다 "try" with -(으)시- (보세요, 보셨어요, 보십시오, 보실래요, 보시겠어요): the listener is who tries. */
    private static final List<String> TRY_HONOURED = List.of("보세요", "보셔", "보셨", "보십", "보실", "보시");

    /** The humble giving verb's forms at the start of a word (드려요, 드릴게요, 드렸어요, 드립니다). */
    private static final List<String> GIVE_HUMBLE = List.of("드리", "드려", "드릴", "드립", "드렸", "드린");

    /**
     * The findings on the learner's raw answer.
     *
     * @param raw      the answer as typed
     * @param accepted the normalised accepted answers (a word one of them writes is left alone)
     * @return findings; empty when none applies
     */
    static List<Finding> find(String raw, List<String> accepted) {
        List<Finding> out = new ArrayList<>();
        for (List<String> words : SpeechLevels.ownSentences(raw)) { // (none in quoted speech)
            for (int i = 0; i < words.size(); i++) {
                String w = words.get(i);
                if (accepted.stream().anyMatch(a -> (" " + a + " ").contains(" " + w + " "))) {
                    continue;
                }
                if (w.startsWith("먹으") && w.length() > 2 && Set.of('시', '세', '셔', '셨', '십', '신', '실')
                        .contains(w.charAt(2))) {
                    out.add(new Finding(ErrorCategory.HONORIFIC, w, "드" + w.substring(2), "honorific/verb"));
                    continue;
                }
                if (w.equals("먹어") && i + 1 < words.size() && TRY_HONOURED.stream().anyMatch(words.get(i + 1)::startsWith)) {
                    // 한번 먹어 보세요 → 드셔 보세요: -(으)시- on 보다 honours the one who eats (session 10)
                    out.add(new Finding(ErrorCategory.HONORIFIC, w, "드셔", "honorific/verb"));
                    continue;
                }
                if (i + 1 < words.size() && GIVE_HUMBLE.stream().anyMatch(words.get(i + 1)::startsWith)) {
                    String person = w.endsWith("을") || w.endsWith("를") ? w.substring(0, w.length() - 1) : null;
                    if (person != null && (Persons.HONOURED.contains(person) || person.endsWith("님")
                            && person.length() >= 2)) {
                        out.add(new Finding(ErrorCategory.PARTICLE_WRONG, w, person + "께",
                                "particle_wrong/object_for_dative"));
                    }
                }
            }
        }
        return out;
    }
}
