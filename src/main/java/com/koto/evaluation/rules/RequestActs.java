package com.koto.evaluation.rules;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The speech act of a request made by one of its several constructions (session 27, s27h).
 *
 * <p>Korean asks someone to do something not only with -아/어 주세요 or the imperative -(으)세요 but also by
 * asking about a possibility, a permission or an objection (Yeon &amp; Brown 2019, on -(으)ㄹ 수 있다, -아/어도
 * 되다 and -(으)면 안 되다 as polite requests; 국립국어원 『외국인을 위한 한국어 문법 1』 (2005), '-아/어 주다',
 * '-(으)면 안 되다', '-아/어도 되다'; 표준 언어 예절 2011 on indirect requests):
 * <ul>
 *   <li>-(으)면 안 돼요? / 안 될까요? / 안 되나요? / 안 됩니까? 'would it not do if …' (25,000원에 주시면 안 돼요?), and
 *       N에 안 될까요? 'would it not do at N' with the price or the time proposed (이만 원에 안 될까요?);</li>
 *   <li>-(으)ㄹ 수 있어요? / 있을까요? / 있나요? / 있습니까? / 있으세요? 'could you …' (진료 좀 받을 수 있을까요?);</li>
 *   <li>-아/어도 돼요? / 될까요? / 되나요? / 됩니까? 'may I …' (창문 좀 열어도 될까요?);</li>
 *   <li>-아/어 주다 in any form, -지 말아 주세요, -지 마세요 / 마십시오 (the direct request and the prohibition).</li>
 * </ul>
 * The readings: an answer that makes a request by another construction does the task's act where the
 * task asks for a request ({@link #askedOtherwise}: no {@code vocabulary/off_task}), and a plain statement
 * beside a request sentence of the same turn is the request's background ({@link #requestInTurn}: no
 * {@code ending/request_statement}).
 */
final class RequestActs {

    /** The indirect request constructions at the end of a sentence. */
    private static final Pattern INDIRECT = Pattern.compile(
            "((면|에) 안 ?(돼요|되요|될까요|되나요|됩니까|될까|돼|되겠습니까|되겠어요)"
                    + "|[ㄹ을] ?수 (있어요|있을까요|있나요|있습니까|있으세요|있으신가요|있으실까요|있겠습니까|있겠어요|있어|있을까|있나)"
                    + "|[가-힣]도 (돼요|되요|될까요|되나요|됩니까|되겠습니까|되겠어요|돼|될까))$");
    /** The same endings that only ask, whatever the typed mark (될까요, 있을까요, 되나요, 됩니까 …). */
    private static final Pattern ASKING_ENDING = Pattern.compile("(까요|나요|니까|까|나|신가요|실까요)$");
    /** A sentence mark with what follows it. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.?!])\\s*");

    private RequestActs() {
    }

    /** A word that is a form of the auxiliary 주다/드리다 of a favour (주세요, 주시겠어요, 주실래요, 줘, 주십시오). */
    private static boolean give(String word) {
        return word.startsWith("주세") || word.startsWith("주시") || word.startsWith("주실") || word.startsWith("주십")
                || word.startsWith("줘") || word.startsWith("줄래") || word.startsWith("주겠") || word.startsWith("주면");
    }

    /** Whether one sentence as typed makes a request by an indirect construction asked as a question. */
    static boolean indirect(String sentence) {
        String s = sentence.strip();
        String bare = s.replaceAll("[.?!~,]+$", "").strip();
        if (!INDIRECT.matcher(decomposedL(bare)).find()) {
            return false;
        }
        return s.endsWith("?") || ASKING_ENDING.matcher(bare).find();
    }

    /**
     * Whether one sentence as typed makes a request to the listener: an indirect construction
     * ({@link #indirect}), a form of 주다 after the verb's -아/어 form, or a prohibition (-지 말아 주세요, -지 마세요).
     */
    static boolean request(String sentence) {
        if (indirect(sentence)) {
            return true;
        }
        List<String> words = List.of(sentence.strip().replaceAll("[.?!~,]+$", "").split("\\s+"));
        for (int i = 1; i < words.size(); i++) {
            String w = words.get(i);
            String before = words.get(i - 1);
            if (give(w) && !before.isEmpty() && "아어여해워와줘봐".indexOf(before.charAt(before.length() - 1)) >= 0) {
                return true;
            }
            if (before.endsWith("지") && (w.startsWith("마세요") || w.startsWith("마십시오") || w.startsWith("말아"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether another sentence of the learner's turn (as typed) than {@code sentence} makes a request
     * ({@link #request}): 머리를 좀 자르려고 해요. 근데 너무 짧게 자르지 말아 주세요. makes its request in the second
     * sentence, and the first states the speaker's own plan as its background.
     */
    static boolean requestInTurn(String raw, String sentence) {
        for (String other : SENTENCE_END.split(raw.strip())) {
            if (!other.isBlank() && !other.strip().equals(sentence.strip()) && request(other)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the answer, where an accepted answer asks the listener for something ({@link #asksForService}),
     * makes its request by an indirect construction asked as a question ({@link #indirect}) in one of its
     * sentences: 사장님, 25,000원에 주시면 안 돼요? for 좀 깎아 주세요 does the task's act in its own words, so it is
     * no answer to another task, even with no content word in common.
     *
     * @param asTyped  the learner's answer as typed (sentence marks kept)
     * @param accepted the normalised accepted answers
     */
    static boolean askedOtherwise(String asTyped, List<String> accepted) {
        if (asTyped == null || accepted.stream().noneMatch(RequestActs::asksForService)) {
            return false;
        }
        for (String sentence : SENTENCE_END.split(asTyped.strip())) {
            for (String clause : sentence.split(",")) {
                if (indirect(clause)) {
                    return true;
                }
            }
            if (indirect(sentence)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an accepted answer asks the listener for something: a form of 주다 after another word, the
     * imperative -(으)세요/-(으)십시오 (not 안녕하세요), 부탁, or an indirect construction itself.
     */
    static boolean asksForService(String accepted) {
        List<String> words = List.of(accepted.strip().split("\\s+"));
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i).replaceAll("[.?!~,]+$", "");
            if (i > 0 && give(w) || w.startsWith("부탁") || w.endsWith("십시오")
                    || w.endsWith("세요") && !w.startsWith("안녕")) {
                return true;
            }
        }
        return INDIRECT.matcher(decomposedL(accepted.replaceAll("[.?!~,]+$", "").strip())).find();
    }

    /**
     * The text with a final ㄹ of a syllable written out as its own letter before a space (갈 수 → 가ㄹ 수), so
     * the -(으)ㄹ modifier before 수 matches one pattern whatever the stem (갈, 받을, 줄).
     */
    private static String decomposedL(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            boolean beforeSu = i + 2 < text.length() && text.charAt(i + 1) == ' ' && text.charAt(i + 2) == '수'
                    || i + 1 < text.length() && text.charAt(i + 1) == '수';
            if (beforeSu && com.koto.evaluation.text.Hangul.isSyllable(ch)
                    && com.koto.evaluation.text.Hangul.finalIndex(ch) == com.koto.evaluation.text.Hangul.Final.L
                    && ch != '을') {
                out.append(com.koto.evaluation.text.Hangul.withoutFinal(ch)).append('ㄹ');
            } else {
                out.append(ch);
            }
        }
        return out.toString();
    }
}
