package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.text.Hangul;
import java.util.regex.Pattern;

/**
 * Session 14 (helper eval26a): findings on a learner's word that is a well-formed reading of its own,
 * dropped before the verdict (precision first: a correct answer failed is worse than a missed error).
 * <ul>
 * <li>A contracted quotation: -(으)ㄴ답니다, -는답니다, -답니다, -(이)랍니다 is -다고/-라고 합니다 shortened
 * (표준국어대사전 '-답니다' ①, '-ㄴ답니다'; 국립국어원 한국어 문법 1, 간접 인용의 축약형), so 오신답니다 for
 * 오신다고 하셨습니다 reports the same words: not a tense error. 오셨답니다 for 오신다고 is still one.</li>
 * <li>The -아/어 form of an ㅅ-irregular stem (낫다 → 나아, 짓다 → 지어; 표준국어대사전 낫다 「활용」 나아;
 * 한글 맞춤법 제18항 1): the form is right, not a slip of vowel harmony.</li>
 * <li>The time a start happened with 에 (지난달에 … 시작했어요; 표준국어대사전 '에' ① 시간, with 시작하다
 * an event at one point): not 부터 misused. Without 시작하다 (지난달에 배워요) it is left to the check.</li>
 * <li>An intransitive of a voice pair after a bare noun (보고서 작성 다 끝났습니다):
 * {@link Confusables#bareSubjectVoice}; and the transitive after a bare noun (숙제 다 끝냈어 for 숙제 끝났어):
 * {@link Confusables#bareObjectVoice} (session 34, s34b).</li>
 * <li>(session 17, helper s17c) The condition of a wish: -(으)면 좋겠다 and -았/었으면 좋겠다 (or 하다) say one wish,
 * the -았/었- of -았/었으면 marking no past (표준국어대사전 '-었으면': 바람을 나타낼 때, with 좋겠다 or 하다; Yeon
 * &amp; Brown 2019, -았/었으면 좋겠다): 마음에 드셨으면 for 드시면 before 좋- or 하- is no tense error.</li>
 * <li>(session 30, s30c) A counter for another counter attested for one piece of the same noun (티셔츠 두 벌 for 티셔츠
 * 두 장; {@link CounterClasses#attestedCount}, 표준국어대사전 '벌'², '장'¹³, '개'⁹).</li>
 * </ul>
 */
final class WellFormedReadings {

    /** A sentence mark or a comma. */
    private static final Pattern PUNCTUATION_MARK = Pattern.compile("[.,?!]");
    /** One or more white-space characters. */
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private WellFormedReadings() {
    }

    /** Whether the finding, on the learner's words as written, names a well-formed reading. */
    static boolean holds(Finding f, String answer) {
        if (f == null || f.original() == null || f.correction() == null || answer == null) {
            return false;
        }
        String o = f.original().strip();
        String c = f.correction().strip();
        if (o.isEmpty() || c.isEmpty() || o.contains(" ")) {
            return false;
        }
        return f.category() == ErrorCategory.TENSE && contractedQuotation(o, c)
                || f.category() == ErrorCategory.TENSE && wishCondition(o, c, answer)
                || f.category() == ErrorCategory.ENDING && sIrregularInfinitive(o)
                || f.category() == ErrorCategory.PARTICLE_WRONG && startWithE(o, c, answer)
                || (f.category() == ErrorCategory.SPELLING || f.category() == ErrorCategory.VOCABULARY)
                        && (Confusables.bareSubjectVoice(o, c, answer)
                                || Confusables.bareObjectVoice(o, c, answer)) // 숙제 다 끝냈어 for 끝났어 (session 34, s34b)
                // 티셔츠 두 벌 for 두 장: another counter attested for one piece of the noun (session 30, s30c)
                || f.category() == ErrorCategory.VOCABULARY && CounterClasses.attestedCount(o, c, answer);
    }

    /**
     * 드셨으면 for 드시면 (or the reverse) right before a 좋- or 하- word of the answer: the wish's condition, either
     * form. The two must differ only in -았/었- (the learner's and the accepted conditional of one stem).
     */
    static boolean wishCondition(String o, String c, String answer) {
        if (!o.endsWith("면") || !c.endsWith("면")) {
            return false;
        }
        String[] words = SPACES.split(PUNCTUATION_MARK.matcher(answer).replaceAll(" ").trim());
        boolean beforeWish = false;
        for (int i = 0; i + 1 < words.length; i++) {
            beforeWish |= words[i].equals(o) && (words[i + 1].startsWith("좋") || words[i + 1].startsWith("해")
                    || words[i + 1].startsWith("합") || words[i + 1].startsWith("하"));
        }
        String past = o.length() > c.length() ? o : c;
        String plain = past == o ? c : o;
        // the past one has ㅆ before 으면; without it the two are one stem's conditional (드셨으면 / 드시면)
        int at = past.length() - 3;
        return beforeWish && at >= 0 && past.endsWith("으면") && Hangul.isSyllable(past.charAt(at))
                && Hangul.finalIndex(past.charAt(at)) == Hangul.Final.SS
                && plain.length() == past.length() - 1 && past.substring(0, at).equals(plain.substring(0, at))
                && Hangul.isSyllable(plain.charAt(at))
                && Hangul.initialIndex(plain.charAt(at))
                        == Hangul.initialIndex(past.charAt(at));
    }

    /** 오신답니다 for 오신다고 하셨습니다, 학생이랍니다 for 학생이라고 했어요. */
    static boolean contractedQuotation(String o, String c) {
        if (o.length() <= 3 || !o.endsWith("답니다") && !o.endsWith("랍니다")) {
            return false;
        }
        String head = o.substring(0, o.length() - 3) + (o.endsWith("답니다") ? "다고 " : "라고 ");
        return c.startsWith(head + "하") || c.startsWith(head + "했");
    }

    /** 나아, 나아요, 지어, 지어요: the right -아/어 form of an ㅅ-irregular stem. */
    static boolean sIrregularInfinitive(String o) {
        String w = o.endsWith("요") ? o.substring(0, o.length() - 1) : o;
        for (String stem : OwnConjugation.S_IRREGULAR) {
            String form = OwnConjugation.infinitiveOf(stem);
            if (form != null && w.endsWith(form) && w.length() == form.length()) {
                return true;
            }
        }
        return false;
    }

    /** 지난달에 for 지난달부터 where a later word of the answer is 시작하다. */
    static boolean startWithE(String o, String c, String answer) {
        if (!o.endsWith("에") || o.length() < 2 || !c.equals(o.substring(0, o.length() - 1) + "부터")) {
            return false;
        }
        int at = answer.indexOf(o);
        int start = at < 0 ? -1 : answer.indexOf("시작", at + o.length());
        if (start < 0) {
            return false;
        }
        // only a 시작 of the same sentence: 3년 전에 배우고 있습니다. 고등학교 때 시작했습니다 keeps its 부터 (the
        // normalised answer has no sentence marks; a sentence-final ending between ends the sentence; session 16)
        for (String w : answer.substring(at + o.length(), start).trim().split(" ")) {
            if (w.endsWith("니다") || w.endsWith("요") || w.endsWith("니까")) {
                return false;
            }
        }
        return true;
    }
}
