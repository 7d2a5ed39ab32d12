package com.koto.evaluation.rules;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words around a misplaced short negation 안/못 that Nori misreads (session 10, helper eval16d), for
 * {@link ClauseOrder}'s {@code word_order/negation}: a verbal noun + 하다/되다 verb (안 할인돼요 → 할인 안 돼요;
 * Nori reads 할인돼요 as 하 + ㄹ + 인 + 되) and a noun with a case particle (못 한라산에 올라갔어 → 한라산에 못;
 * Nori reads 한라산에 as 하 + ㄴ + 라산 + 에). With noun + 하다/되다 verbs the negation goes between the noun
 * and 하다/되다, and 안/못 stands right before the verb, after its object or adverbial; an adjective in
 * 하다 takes 안 before it (안 피곤해요, 안 필요해요 are right).
 * <p>Sources: Yeon &amp; Brown 2019, <i>Korean: A Comprehensive Grammar</i>, on short negation with 안 and
 * 못; Sohn 1999 §8.4, on negation; 표준국어대사전 '안' 「부사」, '못' 「부사」.
 */
final class NegationNouns {

    /** A form of 하다, also the nominal 함. */
    private static final Pattern HADA_FORM_NOMINAL = Pattern.compile("(하|해|했|합|할|한|함).*");
    /** A core particle (을, 를, 은, 는, 도, 이, 가) at the end. */
    private static final Pattern CORE_PARTICLE_END = Pattern.compile("(을|를|은|는|도|이|가)$");

    private NegationNouns() {
    }

    /** Verbal nouns of shops and offices that {@link Lexicon#HADA_NOUNS} leaves out (할인되다, 참석하다). */
    private static final Set<String> MORE_VERBAL_NOUNS = Set.of("할인", "세일", "참석", "이해", "기억", "합격", "성공",
            "실패", "제출", "발급", "수정", "계획", "출석", "결석", "지각", "신고", "참가");

    /**
     * Verbal nouns of leisure and daily chores whose X하다 is a verb headword of 표준국어대사전 (수영하다, 등산하다, 목욕하다)
     * and that the dictionary Nori reads with also lists as a root (XR), the mark {@link ClauseOrder} takes for an
     * adjective in -하다 (session 27, s27b): the verb's short negation splits them (수영 안 했어).
     */
    private static final Set<String> ACTIVITY_NOUNS = Set.of("수영", "등산", "낚시", "독서", "세수", "목욕", "빨래",
            "설거지", "관광", "촬영", "인사", "이야기", "노력", "참여", "숙박", "저축");

    /** 하다/되다 forms as written after a verbal noun (공부해요, 할인돼요, 예약됐어요, 청소할게요). */
    private static final Pattern LIGHT = Pattern.compile("(하|해|했|합|할|한|함|되|돼|됐|됩|될|된).*");

    /**
     * Scheduled events that someone holds: 수업을 하다 'hold class', 영업을 하다 'be open' (표준국어대사전 '하다'¹
     * 「동사」 「1」, with an event noun as its object; '수업', '영업', '공연' …).
     */
    private static final Set<String> HELD_EVENTS = Set.of("수업", "강의", "회의", "진료", "영업", "공연", "행사", "세일",
            "공사", "경기", "모임", "축제", "훈련", "레슨", "시험");

    /**
     * A {@code vocabulary/word} finding of 안 하다 where the accepted answer says 없다 of the same scheduled event (수업
     * 안 한대 for 수업 없다고 하셨어, 회의 안 해요 for 회의 없어요): that an event is not held and that there is none
     * state the same fact, the one of the event held (N을 하다), the other of its existence (N이 없다)
     * (표준국어대사전 '하다'¹ 「1」, '없다' 「1」; Sohn 1999, §8.4 on short negation). The word before 안 in the
     * answer is the event noun of {@link #HELD_EVENTS}, bare or with 을/를/은/는/도/이/가; the accepted span starts
     * with a form of 없다. 안 알아요 for 몰라요, or 숙제 안 해 for 숙제 없어 (homework one does oneself) keep the finding.
     *
     * @param o      the learner's span, 안 and a form of 하다
     * @param c      the accepted span
     * @param answer the normalised answer
     */
    static boolean eventNotHeld(String o, String c, String answer) {
        if (!o.startsWith("안 ") || !c.startsWith("없") || o.split(" ").length != 2
                || !HADA_FORM_NOMINAL.matcher(o.substring(2)).matches()) {
            return false;
        }
        String[] words = answer.split(" ");
        for (int i = 1; i + 1 < words.length; i++) {
            if (words[i].equals("안") && words[i + 1].equals(o.substring(2))) {
                return HELD_EVENTS.contains(CORE_PARTICLE_END.matcher(words[i - 1]).replaceAll(""))
                        || HELD_EVENTS.contains(words[i - 1]);
            }
        }
        return false;
    }

    /**
     * The verbal noun a word begins with when the word is that noun + 하다/되다, a verb (Nori misreads
     * unfamiliar nouns, so the closed lists decide): not 필요하다, an adjective that takes 안 before it.
     */
    static String verbalNoun(String word) {
        for (int n = Math.min(4, word.length() - 1); n >= 2; n--) {
            String noun = word.substring(0, n);
            if ((Lexicon.HADA_NOUNS.contains(noun) || Lexicon.DOEDA_NOUNS.contains(noun) || MORE_VERBAL_NOUNS.contains(noun)
                    || ACTIVITY_NOUNS.contains(noun))
                    && !noun.equals("필요") && LIGHT.matcher(word.substring(n)).matches()) {
                return noun;
            }
        }
        return null;
    }

    /** Case particles of an object or adverbial, longest first. */
    private static final List<String> CASE = List.of("에서", "에게", "한테", "으로", "에", "을", "를", "로");

    /** A dictionary noun of two or more syllables with an object or adverbial case particle (한라산에, 커피를). */
    static boolean argument(String word) {
        for (String p : CASE) {
            if (word.endsWith(p) && word.length() - p.length() >= 2) {
                return KnownWords.noun(word.substring(0, word.length() - p.length()));
            }
        }
        return false;
    }
}
