package com.koto.evaluation.rules;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether a word of the learner's answer stands in a sentence about later: a sentence that proposes,
 * requests, wishes or plans (갈래?, 보자, 예약하고 싶습니다, 배달해 주세요, 갈 거예요, 갈게요, 가겠습니다),
 * whose act can only lie after the time of speaking (Yeon &amp; Brown 2019 on -(으)ㄹ래요, -자, -(으)ㄹ까요,
 * -고 싶다, -아/어 주세요, -(으)ㄹ 거예요, -(으)ㄹ게요; 표준국어대사전 '-자' 「어미」: 함께 행동하기를 요청함).
 * Read by {@link Contrasts} for pairs marked {@code later_only} (지난/이번: 지난 토요일에 같이 영화 볼래? for
 * 이번 토요일에 …, session 13): a past time word dates the act of such a sentence only by mistake, while in
 * a sentence about the past (지난 주말에 뭐 했어?) 지난 for 이번 may be the same weekend seen from another day.
 *
 * <p>Narrow on purpose: the word's clause must be the main clause of its sentence. A modifier clause
 * (지난주에 산 옷을 바꾸고 싶어요: the time word dates the buying) or a connective of reason, contrast or
 * sequence (지난주에 샀는데, 지난주에 주문해서) between the word and the sentence's end leaves it alone;
 * only the purpose -(으)러 (보러 갈래), -고 before 싶다 and -아/어 before 주다/드리다 are let through, which
 * belong to the final predicate. A past -았/었- in the final word (했을까요) is no sentence about later.
 */
final class LaterSentences {

    private LaterSentences() {
    }

    /** Final words of a proposal, request, wish or plan (Yeon &amp; Brown 2019; see the class comment). */
    private static final Pattern LATER_END = Pattern.compile(
            ".*(래|래요|자|까|까요|주세요|주십시오|주시겠어요|주시겠습니까|줘|줘요|줄래|줄래요|싶어요|싶어|싶습니다|싶은데요"
                    + "|거예요|거에요|거야|겁니다|게요|겠습니다|겠어요)");

    /**
     * Whether the word stands in the main clause of a sentence about later.
     *
     * @param asTyped the learner's answer as typed (sentence marks kept)
     * @param word    the learner's word (as in a finding's original, first word of it)
     * @return true when the sentence holding the word ends in a proposal, request, wish or plan, with no
     *         modifier clause or other connective between the word and that end
     */
    static boolean aboutLater(String asTyped, String word) {
        if (asTyped == null || word == null || word.isBlank()) {
            return false;
        }
        for (List<String> words : SpeechLevels.sentences(asTyped)) {
            int at = words.indexOf(word);
            if (at < 0) {
                continue;
            }
            String last = words.getLast();
            if (at == words.size() - 1 || !LATER_END.matcher(last).matches()) {
                return false;
            }
            List<Morphology.Word> analysed = SpeechLevels.analysed(String.join(" ", words));
            if (analysed.size() != words.size()) {
                return false;
            }
            Morphology.Word end = analysed.getLast();
            if (end.morphemes().stream().anyMatch(m -> m.is("EP") && (m.form().contains("ㅆ")
                    || m.form().contains("었") || m.form().contains("았") || m.form().contains("였")))) {
                return false; // 했을까요, 갔을 거예요: a guess about the past
            }
            for (int i = at + 1; i < words.size() - 1; i++) {
                Morphology.Word w = analysed.get(i);
                if (w.has("EF") || w.has("ETM") && !plan(w, words.get(i + 1))) {
                    return false; // 지난주에 산 옷: the time word dates the modifier clause (not 갈 거예요, a plan)
                }
                if (w.has("EC") && !joinsFinal(words.get(i), words.get(i + 1))) {
                    return false; // 지난주에 샀는데 …: another clause
                }
            }
            return true;
        }
        return false;
    }

    /** Whether a modifier is the -(으)ㄹ of -(으)ㄹ 거예요, a plan (갈 거예요; not 산 거예요, a thing bought). */
    private static boolean plan(Morphology.Word w, String next) {
        boolean future = w.morphemes().stream().anyMatch(m -> m.is("ETM")
                && (m.form().equals("ᆯ") || m.form().equals("ㄹ") || m.form().equals("을")));
        return future && (next.startsWith("거") || next.startsWith("것") || next.startsWith("겁"));
    }

    /** Whether a connective belongs to the final predicate: 보러 (purpose), 하고 싶다, 해 주다/드리다. */
    private static boolean joinsFinal(String word, String next) {
        if (word.endsWith("러")) {
            return true;
        }
        if (word.endsWith("고") && next.startsWith("싶")) {
            return true;
        }
        return next.startsWith("주") || next.startsWith("줘") || next.startsWith("줄") || next.startsWith("드리")
                || next.startsWith("드려") || next.startsWith("드릴"); // 배달해 주세요, 확인해 드릴게요
    }
}
