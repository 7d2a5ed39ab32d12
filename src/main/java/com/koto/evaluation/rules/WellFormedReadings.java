package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;

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
 * {@link Confusables#bareSubjectVoice}.</li>
 * </ul>
 */
final class WellFormedReadings {

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
                || f.category() == ErrorCategory.ENDING && sIrregularInfinitive(o)
                || f.category() == ErrorCategory.PARTICLE_WRONG && startWithE(o, c, answer)
                || (f.category() == ErrorCategory.SPELLING || f.category() == ErrorCategory.VOCABULARY)
                        && Confusables.bareSubjectVoice(o, c, answer);
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
