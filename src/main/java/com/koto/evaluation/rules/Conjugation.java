package com.koto.evaluation.rules;

import static com.koto.evaluation.text.Hangul.Medial.A;
import static com.koto.evaluation.text.Hangul.Medial.AE;
import static com.koto.evaluation.text.Hangul.Medial.E;
import static com.koto.evaluation.text.Hangul.Medial.EO;
import static com.koto.evaluation.text.Hangul.Medial.EU;
import static com.koto.evaluation.text.Hangul.Medial.U;
import static com.koto.evaluation.text.Hangul.Medial.YEO;

import com.koto.evaluation.text.Hangul;
import com.koto.evaluation.text.Hangul.Final;
import java.util.Optional;
import java.util.Set;

/**
 * The irregular conjugation check: compares a learner's verb or adjective form with the accepted
 * form letter by letter (on the written syllables, so a wrong form is caught even where Nori
 * analyses it to the same lemma as the right one) and names the rule the learner missed.
 *
 * <p>Classes (Yeon &amp; Brown, <i>Korean: A Comprehensive Grammar</i>, 2nd ed. 2019, on irregular
 * verbs; Sohn, <i>The Korean Language</i>, 1999, on stem alternations; 국립국어원 표준국어대사전,
 * 용언의 불규칙 활용; 한글 맞춤법 제18항):
 * <ul>
 * <li>{@code irregular/d} ㄷ → ㄹ before a vowel: 듣다 → 들어요 (not 듣어요), 걷다 → 걸어요;</li>
 * <li>{@code irregular/b} ㅂ → 우/오 before a vowel: 어렵다 → 어려워요, 덥다 → 더워요, 돕다 → 도와요;</li>
 * <li>{@code irregular/s} ㅅ drops before a vowel, no contraction: 낫다 → 나아요, 짓다 → 지어요;</li>
 * <li>{@code irregular/h} ㅎ drops and -아/어 becomes ㅐ: 어떻다 → 어때요, 빨갛다 → 빨개요;</li>
 * <li>{@code irregular/reu} 르 → ㄹ + 라/러: 모르다 → 몰라요, 부르다 → 불러요;</li>
 * <li>{@code irregular/reo} 러 after 르 in 이르다, 푸르다: 푸르러요;</li>
 * <li>{@code irregular/u} 푸다 → 퍼요;</li>
 * <li>{@code irregular/l_deletion} ㄹ drops before ㄴ, ㅂ, ㅅ and takes no 으: 돌다 → 도세요 (not
 * 돌으세요), 살다 → 삽니다, 살면 (not 살으면);</li>
 * <li>{@code irregular/eu_deletion} ㅡ drops before -아/어: 바쁘다 → 바빠요, 쓰다 → 써요;</li>
 * </ul>
 * and two regular -아/어 faults reported with them: {@code ending/infinitive_contraction} (가어 for
 * 가: a stem in ㅏ, ㅓ, ㅐ, ㅔ, ㅕ absorbs -아/어) and {@code ending/infinitive} (깎으 for 깎아).
 */
final class Conjugation {


    private static final Set<Character> INFINITIVE = Set.of('아', '어', '았', '었');
    private static final Set<Character> AFTER_L_DROP = Set.of('으', '세', '시', '셔', '셨', '습', '십', '니', '는',
            '신', '실', '심');

    private Conjugation() {
    }

    /**
     * ㅂ becomes 우 only before a vowel-initial ending (매워요, 매운); before a consonant (-게, -고,
     * -지, -네요) the stem keeps its ㅂ (맵게, 맵고): 매웁게 and 매우게 for 맵게 over-apply the
     * ㅂ-irregular (Yeon &amp; Brown 2019, ㅂ-irregular verbs; 표준국어대사전, ㅂ 불규칙 활용).
     */
    static boolean overAppliedB(String learner, String accepted) {
        for (int i = 0; i + 1 < accepted.length(); i++) {
            char c = accepted.charAt(i);
            if (!Hangul.isSyllable(c) || Hangul.finalIndex(c) != Final.B) {
                continue;
            }
            String head = accepted.substring(0, i) + (char) (c - Final.B);
            String tail = accepted.substring(i + 1);
            if (learner.equals(head + "웁" + tail) || learner.equals(head + "우" + tail)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The rule a learner's form breaks, as a subtype ({@code irregular/d} …), when it is the
     * accepted form conjugated by the wrong rule; empty otherwise.
     *
     * @param learner  the learner's form, spaces removed
     * @param accepted the accepted form, spaces removed
     */
    static Optional<String> rule(String learner, String accepted) {
        if (learner.equals(accepted)) {
            return Optional.empty();
        }
        if (overAppliedB(learner, accepted)) {
            return Optional.of("irregular/b_kept");
        }
        if (infinitiveBeforeConsonant(learner, accepted)) {
            return Optional.of("ending/form");
        }
        int i = 0;
        while (i < learner.length() && i < accepted.length() && learner.charAt(i) == accepted.charAt(i)) {
            i++;
        }
        if (i >= learner.length()) {
            return Optional.empty();
        }
        char a = learner.charAt(i);
        char a1 = at(learner, i + 1);
        String aRest = learner.substring(Math.min(learner.length(), i + 1));
        // 가어 for 가, 가아요 for 가요: -아/어 not absorbed; 깎으 for 깎아
        if (i > 0 && (a == '어' || a == '아') && syllable(learner.charAt(i - 1)) && fin(learner.charAt(i - 1)) == Final.NONE
                && Set.of(A, EO, AE, E, YEO).contains(med(learner.charAt(i - 1)))
                && learner.substring(i + 1).equals(accepted.substring(i))) {
            return Optional.of("ending/infinitive_contraction");
        }
        if (i >= accepted.length()) {
            return Optional.empty();
        }
        char e = accepted.charAt(i);
        char e1 = at(accepted, i + 1);
        String eRest = accepted.substring(i + 1);
        if (!syllable(a) || !syllable(e)) {
            return Optional.empty();
        }
        if (a == '으' && (e == '아' || e == '어') && aRest.equals(eRest) && i > 0) {
            return Optional.of("ending/infinitive");
        }
        Optional<String> open = openStem(learner, accepted, i);
        if (open.isPresent()) {
            return open;
        }
        boolean sameOpen = ini(a) == ini(e) && med(a) == med(e);
        if (sameOpen && fin(a) == Final.D && fin(e) == Final.L && aRest.equals(eRest)) {
            return Optional.of("irregular/d");
        }
        if (sameOpen && fin(a) == Final.B && fin(e) == Final.NONE && INFINITIVE.contains(a1) && syllable(e1)
                && ini(e1) == ini('아') && (med(e1) == 9 || med(e1) == 14 || med(e1) == U)) {
            return Optional.of("irregular/b"); // 워/와/우
        }
        if (sameOpen && fin(a) == Final.S && fin(e) == Final.NONE && aRest.equals(eRest)) {
            return Optional.of("irregular/s");
        }
        if (fin(a) == Final.H && INFINITIVE.contains(a1) && ini(a) == ini(e) && (med(e) == AE || med(e) == 3)) {
            return Optional.of("irregular/h");
        }
        if (a == withoutFinal(e) && fin(e) == Final.L && (e1 == '라' || e1 == '러' || e1 == '랐' || e1 == '렀')
                && (a1 == '르' && INFINITIVE.contains(at(learner, i + 2)) || aRest.equals(eRest))) {
            // 모르아요 for 몰라요; 모르겠습니다 is right (르 stays before a consonant)
            return Optional.of("irregular/reu");
        }
        if (i > 0 && learner.charAt(i - 1) == '르' && (a == '어' || a == '었') && (e == '러' || e == '렀')) {
            return Optional.of("irregular/reo");
        }
        if (a == '푸' && (a1 == '어' || a1 == '었') && (e == '퍼' || e == '펐')) {
            return Optional.of("irregular/u");
        }
        if (sameOpen && fin(a) == Final.L && fin(e) == Final.NONE && AFTER_L_DROP.contains(a1)) {
            return Optional.of("irregular/l_deletion");
        }
        if (sameOpen && fin(a) == Final.L && fin(e) == Final.B && a1 == '습') {
            return Optional.of("irregular/l_deletion"); // 알습니다 for 압니다
        }
        if (i > 0 && a == '으' && fin(learner.charAt(i - 1)) == Final.L && learner.substring(i + 1).equals(accepted.substring(i))) {
            return Optional.of("irregular/l_deletion"); // 살으면 for 살면
        }
        if (med(a) == EU && fin(a) == Final.NONE && INFINITIVE.contains(a1) && ini(a) == ini(e)
                && (med(e) == A || med(e) == EO)) {
            return Optional.of("irregular/eu_deletion");
        }
        return Optional.empty();
    }

    /** Endings that follow the -아/어 form: -아/어요, -아/어서, -아/어도, -아/어야. */
    private static final String AFTER_INFINITIVE = "요서도야";

    /**
     * Faults of a stem that ends in a vowel, at the first letter where learner and accepted form part
     * ({@code i}):
     * <ul>
     * <li>the -아/어 left out where it contracts with the stem (보도 for 봐도, 마시서 for 마셔서, 하요 for
     * 해요): {@code ending/infinitive_contraction}; with a stem in ㅡ (아프서 for 아파서) the ㅡ drops
     * before -아/어, {@code irregular/eu_deletion} (Yeon &amp; Brown 2019, on the infinitive and the
     * 으-verbs; 한글 맞춤법 제34항, 제35항);</li>
     * <li>오다 with -아/-았- uncontracted (오았어요 for 왔어요, 나오아서 for 나와서): the stem 오- always
     * contracts, 와 (표준국어대사전 '오다', 활용 '와, 오니'; 한글 맞춤법 제35항);</li>
     * <li>the 으 of -(으)ㄹ, -(으)면, -(으)세요 … after a vowel (보을래 for 볼래, 가으면 for 가면): 으 is
     * inserted only after a consonant, {@code ending/eu_insertion} (Yeon &amp; Brown 2019, on
     * 으-initial endings; Sohn 1999, on the epenthetic vowel 으).</li>
     * </ul>
     */
    private static Optional<String> openStem(String learner, String accepted, int i) {
        char a = learner.charAt(i);
        char e = accepted.charAt(i);
        String aRest = learner.substring(i + 1);
        String eRest = accepted.substring(i + 1);
        if (fin(a) == Final.NONE && ini(a) == ini(e) && aRest.equals(eRest) && !aRest.isEmpty()
                && AFTER_INFINITIVE.indexOf(aRest.charAt(0)) >= 0 && fin(e) == Final.NONE) {
            int contracted = switch (med(a)) {
                case 8 -> 9; // ㅗ → ㅘ
                case 13 -> 14; // ㅜ → ㅝ
                case 20 -> YEO; // ㅣ → ㅕ
                case 11 -> 10; // ㅚ → ㅙ
                default -> -1;
            };
            if (a == '하' && e == '해' || contracted >= 0 && med(e) == contracted) {
                return Optional.of("ending/infinitive_contraction");
            }
            if (med(a) == EU && (med(e) == A || med(e) == EO)) {
                return Optional.of("irregular/eu_deletion");
            }
        }
        char a1 = at(learner, i + 1);
        if (a == '오' && (a1 == '아' && e == '와' || a1 == '았' && e == '왔')
                && learner.substring(Math.min(learner.length(), i + 2)).equals(eRest)) {
            return Optional.of("ending/infinitive_contraction");
        }
        if (fin(a) == Final.NONE && (a1 == '을' && e == Hangul.withRieulFinal(a)
                && learner.substring(Math.min(learner.length(), i + 2)).equals(eRest)
                || i > 0 && a == '으' && fin(learner.charAt(i - 1)) == Final.NONE
                        && learner.charAt(i - 1) == accepted.charAt(i - 1) && aRest.equals(accepted.substring(i))
                        && !aRest.isEmpty() && "면세시니려러".indexOf(aRest.charAt(0)) >= 0)) {
            return Optional.of("ending/eu_insertion");
        }
        return Optional.empty();
    }

    /** Vowels (medial indices) of the -아/어 form: ㅏ ㅐ ㅓ ㅕ ㅘ ㅙ ㅝ. */
    private static final Set<Integer> INFINITIVE_VOWELS = Set.of(0, 1, 4, 6, 9, 10, 14);

    /**
     * The -아/어 form where a consonant-initial ending attaches to the stem (바꿔고 for 바꾸고, 매워게 for
     * 맵게): -고, -게, -지, -기 take the bare stem (Yeon &amp; Brown 2019, on consonant-initial endings;
     * the ㅂ-irregular 워 appears only before a vowel, 한글 맞춤법 제18항).
     */
    static boolean infinitiveBeforeConsonant(String learner, String accepted) {
        int s = 0;
        while (s < learner.length() && s < accepted.length()
                && learner.charAt(learner.length() - 1 - s) == accepted.charAt(accepted.length() - 1 - s)) {
            s++;
        }
        if (s == 0 || "고게지기".indexOf(accepted.charAt(accepted.length() - s)) < 0) {
            return false;
        }
        int p = 0;
        int lEnd = learner.length() - s;
        int aEnd = accepted.length() - s;
        while (p < lEnd && p < aEnd && learner.charAt(p) == accepted.charAt(p)) {
            p++;
        }
        if (p == aEnd && lEnd - p == 1 && p > 0) {
            // 입어고 for 입고: the -아/어 syllable added to a stem that ends in a consonant
            char added = learner.charAt(p);
            return syllable(added) && ini(added) == 11 && fin(added) == 0 && (med(added) == 0 || med(added) == 4)
                    && syllable(accepted.charAt(p - 1)) && fin(accepted.charAt(p - 1)) != 0;
        }
        if (p >= lEnd || p >= aEnd) {
            return false;
        }
        char w = learner.charAt(lEnd - 1);
        char e = accepted.charAt(aEnd - 1);
        char wFirst = learner.charAt(p);
        char eFirst = accepted.charAt(p);
        return syllable(w) && syllable(e) && syllable(wFirst) && syllable(eFirst) && fin(w) == 0
                && INFINITIVE_VOWELS.contains(med(w)) && (fin(e) != 0 || !INFINITIVE_VOWELS.contains(med(e)))
                && ini(wFirst) == ini(eFirst) && lEnd - p <= 2 && aEnd - p <= 2;
    }

    private static char at(String s, int i) {
        return i < s.length() ? s.charAt(i) : ' ';
    }

    private static boolean syllable(char c) {
        return Hangul.isSyllable(c);
    }

    private static char withoutFinal(char c) {
        return Hangul.withoutFinal(c);
    }

    private static int ini(char c) {
        return Hangul.initialIndex(c);
    }

    private static int med(char c) {
        return Hangul.medialIndex(c);
    }

    private static int fin(char c) {
        return Hangul.finalIndex(c);
    }
}
