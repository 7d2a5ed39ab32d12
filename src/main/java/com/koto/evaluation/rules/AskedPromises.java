package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.text.AnswerText;
import com.koto.evaluation.text.Hangul;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The speaker's own act asked as an offer, -(으)ㄹ까(요)?, where the task has the speaker say what they will do,
 * -(으)ㄹ게(요) or -겠습니다 (session 16, helper eval30c; {@code ending/offer_for_plan}, read on the learner's own
 * words): 점심은 내가 살까? → 살게, 나중에 다시 전화할까? → 전화할게, 두 시간 할까요? → 할게요, 얕은 곳에 있을까 →
 * 있을게, 금요일까지 보내 드릴까요? → 드리겠습니다.
 *
 * <p>-(으)ㄹ까(요) asks the listener's opinion of the act (shall I …?), -(으)ㄹ게(요) tells the listener the
 * speaker's decision (I will …): 한국어기초사전 '-을까': 듣는 사람의 의사를 물어봄, '-을게': 말하는 사람이 어떤 행동을
 * 할 것을 약속하거나 의지를 나타냄; Yeon &amp; Brown 2019, -(으)ㄹ까요 and -(으)ㄹ게요. The comparison finds the same
 * ending where the answer is the accepted one with that one slip ({@link EndingContrast#askedForPlan}); this check
 * finds it on the learner's sentence end whatever else the answer changes.
 *
 * <p>The rule: a sentence of the learner ends in a verb's -(으)ㄹ까(요); an accepted statement has that verb's
 * -(으)ㄹ게(요) (the learner's word with 까 → 게) or its -겠습니다/-겠어요; no accepted answer has the learner's
 * word. Not read: a proposal to act together (같이, 우리, 함께 in the sentence: 같이 갈까? asks for a joint act), and
 * -(으)ㄹ까 before another word (갈까 해요, 갈까 봐).
 */
final class AskedPromises {

    /** The spaces after a sentence-final mark. */
    private static final Pattern SENTENCE_GAP = Pattern.compile("(?<=[.?!])\\s+");

    /** Words that make -(으)ㄹ까 a proposal of a joint act (같이 먹을까?), which the rule leaves alone. */
    private static final Set<String> TOGETHER = Set.of("같이", "우리", "함께", "우리도", "같이요");

    private AskedPromises() {
    }

    /**
     * @param raw      the answer as typed
     * @param expected the accepted answers as written
     * @return the learner's -(으)ㄹ까(요) word → the accepted promise, per sentence; empty when none applies
     */
    static List<Finding> find(String raw, List<String> expected) {
        List<Finding> out = new ArrayList<>();
        List<String> said = new ArrayList<>();
        List<String> all = new ArrayList<>();
        for (String e : expected) {
            for (String s : SENTENCE_GAP.split(e.strip())) {
                List<String> ws = List.of(AnswerText.normalise(s).split(" "));
                all.addAll(ws);
                if (!s.strip().endsWith("?")) {
                    said.addAll(ws);
                }
            }
        }
        for (String sentence : SENTENCE_GAP.split(raw.strip())) {
            List<String> words = List.of(AnswerText.normalise(sentence).split(" "));
            String w = words.getLast();
            if (words.stream().anyMatch(TOGETHER::contains) || all.contains(w)
                    || OffersAndStandards.offerOfHelp(w, expected)) { // an offer the activity accepts (s17g)
                continue;
            }
            String polite = w.endsWith("까요") ? "요" : w.endsWith("까") ? "" : null;
            if (polite == null) {
                continue;
            }
            String body = w.substring(0, w.length() - 1 - polite.length()); // 할, 살, 있을, 드릴
            if (body.isEmpty() || !Hangul.isSyllable(body.charAt(body.length() - 1))) {
                continue;
            }
            char end = body.charAt(body.length() - 1);
            String stem = end == '을' && body.length() > 1 ? body.substring(0, body.length() - 1)
                    : Hangul.hasRieulFinal(end) ? body.substring(0, body.length() - 1) + Hangul.withoutFinal(end) : null;
            if (stem == null) {
                continue;
            }
            String promise = body + "게" + polite;
            String correction = said.contains(promise) ? promise
                    : said.stream().filter(x -> x.equals(stem + "겠습니다") || x.equals(stem + "겠어요")).findFirst()
                            .orElse(null);
            if (correction != null) {
                out.add(new Finding(ErrorCategory.ENDING, w, correction, "ending/offer_for_plan"));
            }
        }
        return out;
    }
}
