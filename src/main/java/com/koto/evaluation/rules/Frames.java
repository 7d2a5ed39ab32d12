package com.koto.evaluation.rules;

import com.koto.evaluation.text.Hangul;
import java.util.List;
import java.util.Optional;

/**
 * Predicate frames a teacher accepts for one another when the verb is the same (Yeon &amp; Brown,
 * <i>Korean: A Comprehensive Grammar</i>, 2nd ed. 2019: -아/어 주세요 requests, -고 싶다 wishes,
 * -(으)ㄹ 수 있다 ability, -(으)려고 하다 intention, -기로 하다 decision, -(으)ㄹ 거예요 and
 * -(으)ㄹ게요 future and promise, -겠- intention in 합니다체).
 *
 * <ul>
 * <li><b>request</b>: in a request task, asking (보내 주세요), wishing (보내고 싶어요), asking whether it
 * can be done (바꿀 수 있어요?), announcing the intention (보내려고 해요) and saying what one came for
 * (보내러 왔어요, 보내려고 왔어요: -(으)러 오다 of purpose, Yeon &amp; Brown 2019) all make the request;</li>
 * <li><b>plan</b>: 등산할 거예요, 등산하려고 해요, 등산하기로 했어요, 전화할게요, 전화하겠습니다 all say
 * what the speaker will do.</li>
 * </ul>
 * Only present-tense, non-honorific frames are listed: 싶었어요 (past) or 싶으세요 (-시- about
 * oneself) are still compared and reported by {@link PredicateCheck}.
 */
final class Frames {

    private Frames() {
    }

    private static final List<String> REQUEST = List.of("주세요", "주시겠어요", "주시겠습니까", "주실수있어요",
            "주실수있을까요", "주실수있나요", "주십시오", "주시면좋겠어요", "줄수있어요", "고싶어요", "고싶습니다",
            "고싶은데요", "수있어요", "수있을까요", "수있나요", "수있습니까", "려고해요", "려고하는데요", "려고합니다",
            "려고요", "려고왔어요", "려고왔는데요", "려고왔습니다", "러왔어요", "러왔는데요", "러왔습니다");

    private static final List<String> PLAN = List.of("거예요", "겁니다", "게요", "려고해요", "려고합니다",
            "려고하는데요", "기로했어요", "기로했습니다", "겠어요", "겠습니다", "예정이에요", "예정입니다");

    /**
     * Whether the two predicates are frames of one group around the same verb.
     *
     * @param answer   the learner's predicate words
     * @param expected the accepted predicate words
     */
    static boolean equivalent(List<Morphology.Word> answer, List<Morphology.Word> expected) {
        String a = text(answer);
        String e = text(expected);
        Optional<String> fa = frame(REQUEST, a);
        Optional<String> fe = frame(REQUEST, e);
        boolean request = fa.isPresent() && fe.isPresent();
        // a request's verb as written (가려고 하는데요 for 가 주세요, which Nori reads as 갈 + 려고; session 12);
        // the plan group keeps Nori's stems (see docs/evaluation.md, session 12 eval19d: left alone)
        Optional<String> verb = verb(answer, request);
        if (verb.isEmpty() || !verb.equals(verb(expected, request))) {
            return false;
        }
        if (!request) {
            fa = frame(PLAN, a);
            fe = frame(PLAN, e);
        }
        // the same frame with other letters before it (깎으 주세요) is for PredicateCheck to explain
        return fa.isPresent() && fe.isPresent() && !fa.equals(fe);
    }

    /**
     * Whether the learner states a request as the speaker's own wish or intention (가고 싶어요, 가려고 하는데요,
     * 가려고요, 사러 왔어요) where the accepted answer asks the listener to give (가 주세요, 주시겠어요): the -(으)시-
     * of the accepted answer honours the listener as the giver, and the learner's frame has no giver; the
     * speaker's own act takes no -(으)시- (Sohn 1999 ch. 9), so no -(으)시- is missing. A request frame of the
     * {@link #REQUEST} group (Yeon &amp; Brown 2019), read on the written text, whatever stem Nori gives.
     *
     * @param answer   the learner's predicate, spaces removed
     * @param expected the accepted predicate, spaces removed
     */
    static boolean ownFrameForRequest(String answer, String expected) {
        Optional<String> fa = frame(REQUEST, answer);
        Optional<String> fe = frame(REQUEST, expected);
        return fa.isPresent() && fe.isPresent() && !fa.get().startsWith("주") && !fa.get().startsWith("줄")
                && fe.get().startsWith("주") && !fe.get().equals("주시면좋겠어요");
    }

    /**
     * The stem as written when Nori reads a vowel stem as a ㄹ stem (가려고 as 갈 + 려고, 가고 as 갈 + 고): a ㄹ
     * stem keeps its ㄹ before every ending but those in ㄴ, ㅂ, ㅅ (갈려고, 갈고, 가세요: 표준국어대사전, 'ㄹ'
     * 탈락; Yeon &amp; Brown 2019, ㄹ-irregular verbs), so a word that drops it before another consonant is the
     * vowel stem's (가다). Where the ㄹ may drop (가세요, 갑니다, 가는) Nori's reading stands.
     *
     * @param stem    Nori's stem (갈)
     * @param surface the written word (가려고)
     */
    static String vowelStem(String stem, String surface) {
        if (stem.isEmpty() || surface.startsWith(stem)) {
            return stem;
        }
        char last = stem.charAt(stem.length() - 1);
        String head = stem.substring(0, stem.length() - 1) + Hangul.withoutFinal(last);
        if (!Hangul.isSyllable(last) || !Hangul.hasRieulFinal(last) || !surface.startsWith(head)
                || surface.length() == head.length()) {
            return stem;
        }
        char next = surface.charAt(head.length());
        int initial = Hangul.isSyllable(next) ? Hangul.initialIndex(next) : -1;
        // ㄴ2, ㅂ7, ㅅ9: the endings before which a ㄹ stem drops its ㄹ; ㅇ11: a vowel ending, which it never drops before
        return initial < 0 || initial == 2 || initial == 7 || initial == 9 || initial == 11 ? stem : head;
    }

    /**
     * The ㄹ stem as written when Nori reads it as a ㄷ-irregular stem (걸려고 as 걷 + 려고): a ㄷ-irregular stem turns
     * its ㄷ into ㄹ only before a vowel, so before -(으)려고 it keeps 으 (걷다 → 걸으려고), and -려고 without 으
     * follows a vowel or ㄹ stem (걸다 → 걸려고) (한글 맞춤법 제18항 5, ㄷ 불규칙; 표준국어대사전 '-려고'; Yeon &amp;
     * Brown 2019, -(으)려고 and ㄹ-irregular verbs). Session 19 (s19a).
     *
     * @param stem    Nori's stem (걷)
     * @param surface the written word (걸려고)
     * @return the ㄹ stem (걸) for a written ㄹ right before 려; else {@code stem}
     */
    static String rieulStem(String stem, String surface) {
        if (stem.isEmpty() || surface.startsWith(stem)) {
            return stem;
        }
        char last = stem.charAt(stem.length() - 1);
        if (!Hangul.isSyllable(last) || Hangul.finalIndex(last) != Hangul.Final.D) {
            return stem;
        }
        String written = stem.substring(0, stem.length() - 1) + Hangul.withRieulFinal(Hangul.withoutFinal(last));
        return surface.startsWith(written + "려") ? written : stem;
    }

    private static Optional<String> frame(List<String> frames, String text) {
        return frames.stream().filter(text::endsWith).findFirst();
    }

    private static String text(List<Morphology.Word> words) {
        return String.join("", words.stream().map(Morphology.Word::surface).toList());
    }

    /** The stem of the first verb (a noun + 하다 verb as noun + 하), as written or as Nori reads it. */
    private static Optional<String> verb(List<Morphology.Word> words, boolean asWritten) {
        if (words.isEmpty()) {
            return Optional.empty();
        }
        List<Morphology.Morpheme> ms = words.getFirst().morphemes();
        for (int i = 0; i < ms.size(); i++) {
            Morphology.Morpheme m = ms.get(i);
            if (m.is("VV", "VA")) {
                String stem = rieulStem(m.form(), words.getFirst().surface());
                return Optional.of(asWritten ? vowelStem(stem, words.getFirst().surface()) : stem);
            }
            if (m.is("XSV", "XSA")) {
                return Optional.of((i > 0 ? ms.get(i - 1).form() : "") + m.form());
            }
        }
        return Optional.empty();
    }
}
