package com.koto.evaluation.rules;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A deadline the learner states with another limit word than 까지 (session 27, s27h).
 *
 * <p>Korean states the limit of a time by a delimiter or by a relational noun after the time phrase:
 * 까지 'by, until' (표준국어대사전 '까지' 「조사」 ①), 전에 / 전까지 'before' (표준국어대사전 '전' 「명사」 ③ 앞, 이전),
 * 안에 / 안으로 'within' ('안' 「명사」 ④ 일정한 기준이나 한계를 넘지 아니한 정도), 이내(에/로) 'within' ('이내'
 * 「명사」), 내(에/로) ('내' 「의존 명사」 일정한 범위의 안), 중(에/으로) 'during' ('중' 「의존 명사」 ②). A writer who
 * says 내일 아침 아홉 시 전에 보내 드리겠습니다 for 내일 아침까지 보내 드리겠습니다 states the deadline with 전에
 * at the end of the time phrase, so 까지 on its first noun is no particle left out: a Korean time phrase
 * takes its particle once, on its last word (Yeon &amp; Brown 2019, on time expressions and 전에/까지).
 *
 * <p>Accepted: the learner's bare noun where the accepted answer has it with 까지, followed within the
 * same time phrase (at most four words of nouns, numerals, digits or determiners with no particle) by a word
 * that ends in one of those limit words. Left alone: a bare time noun followed by a verb or by a noun with
 * another particle (금요일 내야 돼요 for 금요일까지 keeps its finding).
 */
final class Deadlines {

    /** A word that closes a time phrase with a limit: 까지, (이)전에/전까지/전으로, 안에/안으로, 이내(에/로), 내에/내로, 중에/중으로. */
    private static final Pattern LIMIT = Pattern.compile(
            "(.*)(까지|전에|전까지|전으로|이전에|이전까지|안에|안으로|이내|이내에|이내로|내에|내로|중에|중으로)");

    private Deadlines() {
    }

    /**
     * Whether the learner's bare {@code o}, where the accepted answer has {@code o}까지, heads a time phrase
     * whose last word states the limit (아침 … 아홉 시 전에, 오늘 … 다섯 시 안에, 금요일 오전 중에).
     *
     * @param o      the learner's word (normalised)
     * @param c      the accepted word
     * @param answer the learner's normalised answer
     */
    static boolean statedOtherwise(String o, String c, String answer) {
        if (o.isEmpty() || o.contains(" ") || !c.equals(o + "까지")) {
            return false;
        }
        List<Morphology.Word> words = Morphology.analyse(answer);
        for (int i = 0; i < words.size(); i++) {
            if (!words.get(i).surface().equals(o)) {
                continue;
            }
            for (int j = i + 1; j < words.size() && j <= i + 5; j++) {
                Morphology.Word w = words.get(j);
                var m = LIMIT.matcher(w.surface());
                if (m.matches() && (m.group(1).isEmpty() || timeWord(Morphology.analyse(m.group(1))))) {
                    return true;
                }
                if (!timeWord(List.of(w))) {
                    return false;
                }
            }
            return false;
        }
        return false;
    }

    /** Whether the words are of a time phrase without a particle: nouns, numerals, digits or determiners only. */
    private static boolean timeWord(List<Morphology.Word> words) {
        if (words.isEmpty()) {
            return false;
        }
        for (Morphology.Word w : words) {
            if (w.morphemes().isEmpty()) {
                return false;
            }
            for (Morphology.Morpheme m : w.morphemes()) {
                if (!(m.tag().startsWith("NN") || m.is("NR", "SN", "MM", "XSN"))) {
                    return false;
                }
            }
        }
        return true;
    }
}
