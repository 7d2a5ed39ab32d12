package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The goal of a sending left bare, on the learner's own words, whatever the accepted answers say (session 36, helper
 * s36d), category {@code particle_missing}:
 * <ul>
 *   <li>{@code particle_missing/direction}: a room or flat number (201호, 1203호실) right before a verb of sending or
 *       delivering (신촌 3동 201호 보내 주세요 → 201호로; 배달해 주세요, 가져다주세요, 올려 주세요): the place a thing is
 *       sent to takes (으)로 or 에 (표준국어대사전 '보내다' ① 「…에/에게 …을」, '(으)로' 「조사」 ② 방향); a number in 호
 *       names a place only, so it cannot be the thing sent;</li>
 *   <li>{@code particle_missing/dative}: an honoured person by title bare right before 전하다/전달하다 (… 늦을 거예요.
 *       팀장님 전해 주세요 → 팀장님께): the one a message is passed to takes 에게, for a superior 께 (표준국어대사전
 *       '전하다' ③ 「…에/에게 …을」; 표준 언어 예절 2011, 께). Only where the title is not the answer's first word and has
 *       no comma after it (팀장님, 전해 주세요 calls the listener).</li>
 * </ul>
 */
final class BareGoalsOfSending {

    /** A room or flat number: digits and 호 or 호실. */
    private static final Pattern ROOM = Pattern.compile("[0-9]+(호|호실)");
    /** Forms of the verbs of sending and delivering at a word's start. */
    private static final Pattern SEND = Pattern.compile("(보내|보낼|보냈|배달해|배달하|배달할|가져다|갖다|올려|올려다).*");
    /** Forms of 전하다 and 전달하다 at a word's start. */
    private static final Pattern PASS_ON = Pattern.compile("(전해|전하|전할|전달해|전달하|전달할).*");

    private BareGoalsOfSending() {
    }

    /**
     * The findings on the learner's raw answer.
     *
     * @param raw the answer as written (a comma after a title marks it as the one called)
     * @return {@code particle_missing} findings, the bare word → with its particle; empty when none
     */
    static List<Finding> find(String raw) {
        List<Finding> out = new ArrayList<>();
        boolean first = true;
        for (List<String> words : SpeechLevels.sentences(raw)) {
            for (int i = 0; i + 1 < words.size(); i++) {
                String w = words.get(i);
                String next = words.get(i + 1);
                if (ROOM.matcher(w).matches() && SEND.matcher(next).matches()) {
                    out.add(new Finding(ErrorCategory.PARTICLE_MISSING, w, w + "로",
                            "particle_missing/direction"));
                } else if (!(first && i == 0) && PASS_ON.matcher(next).matches() && !raw.contains(w + ",")
                        && (HumbleMeeting.superior(w) || Persons.HONOURED.contains(w) && w.endsWith("님"))) {
                    out.add(new Finding(ErrorCategory.PARTICLE_MISSING, w, w + "께", "particle_missing/dative"));
                }
            }
            first = false;
        }
        return out;
    }
}
