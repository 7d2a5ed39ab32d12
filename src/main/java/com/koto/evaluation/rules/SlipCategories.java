package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.text.Hangul;
import java.util.List;
import java.util.Set;

/**
 * The category of a detected one-word slip named by what its two words differ in (session 19, s19e): a learner told
 * "spelling" for -(으)시- about himself, or "ending" for a vowel slip, learns the wrong reason. Only the category,
 * subtype and explanation change; the verdict and the span are the finding's own. Each class reads the learner's word
 * and its correction, and renames only when the difference is the one the class names:
 *
 * <ul>
 * <li>{@code honorific/si_extra}: the learner's word is the correction with the honorific -(으)시- added, nothing else
 * (부디십니다 for 부디입니다, 입으셔 for 입어). The accepted answer has no -시- there, so the learner honoured himself or a
 * thing (Sohn 1999, subject honorification; 표준국어대사전 '-시-'; docs/blind-brief.md: "-시- about oneself" is
 * honorific).</li>
 * <li>{@code honorific/self_ssi}: 씨 after a name in a copula sentence whose correction is the bare name (리나씨입니다
 * for 리나입니다): 씨 honours the person named, so one never says it after one's own name (표준국어대사전 '씨'⁴ 「의존
 * 명사」: 그 사람을 높이거나 대접하여 이르는 말; 국립국어원 『표준 언어 예절』 2011, 자기소개).</li>
 * <li>{@code ending/adjective_plain}: an adjective with the plain -ㄴ다 of action verbs (예쁜다 for 예쁘다); the plain
 * statement of an adjective is -다 on the stem (표준국어대사전 '-ㄴ다' 어미: 동사 어간 뒤에; Yeon &amp; Brown 2019, the
 * plain style).</li>
 * <li>{@code ending/quoted_name}: -이라고 after a name in a vowel (부디이라고 for 부디라고): the copula 이다 drops after a
 * vowel in a quoted name as in 부디예요 (docs/blind-brief.md: the copula's form after a noun is an ending; Yeon &amp;
 * Brown 2019, -(이)라고 하다).</li>
 * <li>{@code spelling/copula}: 에요 after a vowel on a noun or particle (시까지에요 for 시까지예요): the copula spelt as
 * it sounds, a spelling error by the brief's own example (얼마에요 → 얼마예요; 한글 맞춤법 제15항 붙임, 표준국어대사전
 * '이에요').</li>
 * <li>{@code tense/past}: a well-formed verb form with the past -았/었- left off the stem's contracted syllable
 * (사는데 for 샀는데): the past marker, not a letter, is what differs (Sohn 1999, -었-; 한글 맞춤법 제34항).</li>
 * <li>{@code ending/past_modifier}: -았/었- before the modifier -는 (왔는 for 온): no such form, a malformed ending,
 * not another time (Yeon &amp; Brown 2019, modifier forms; 표준 국어문법론, 관형사형 어미 -는/-(으)ㄴ). A well-formed -는 for
 * -(으)ㄴ (주문하는 for 주문한) is left as it was: writers file it as tense and as ending, and Nori tags the stems of
 * 싸는 and 따뜻하는 as verbs.</li>
 * <li>{@code vocabulary/voice}: the correction is the learner's verb with -아/어지다 (켜요 for 켜져요): 켜지다 is its own
 * headword, the intransitive of 켜다 (표준국어대사전 '켜지다'), another word, not another ending.</li>
 * </ul>
 */
final class SlipCategories {

    /** The forms of the honorific -(으)시- as Nori tags them (EP). */
    private static final Set<String> SI = Set.of("시", "으시", "세", "셔");
    /** The past -았/었- as Nori tags it (EP), written as its own syllable. */
    private static final Set<String> PAST = Set.of("았", "었", "였");

    private SlipCategories() {
    }

    /**
     * The learner's word and its correction when a finding changes one word into another (both one word, stripped,
     * different), as {@code {original, correction}}; null otherwise. Shared with {@link MorphemeNames}.
     */
    static String[] oneWordSides(Finding f) {
        if (f.original() == null || f.correction() == null) {
            return null;
        }
        String o = f.original().strip();
        String c = f.correction().strip();
        return o.isEmpty() || c.isEmpty() || o.contains(" ") || c.contains(" ") || o.equals(c) ? null
                : new String[] {o, c};
    }

    /**
     * @param f a finding as it will be reported, on the learner's words
     * @return the finding named by what its words differ in, or the finding itself
     */
    static Finding named(Finding f) {
        String[] sides = oneWordSides(f);
        if (sides == null) {
            return f;
        }
        String o = sides[0];
        String c = sides[1];
        String subtype = Subtypes.of(f);
        ErrorCategory category = f.category();
        if (category == ErrorCategory.ENDING && subtype.equals("ending/copula") && copulaAsSounds(o, c)) {
            return new Finding(ErrorCategory.SPELLING, o, c, "spelling/copula");
        }
        if (category == ErrorCategory.PARTICLE_ALLOMORPH && subtype.equals("particle_allomorph/quotative")
                && quotedName(o, c)) {
            return new Finding(ErrorCategory.ENDING, o, c, "ending/quoted_name");
        }
        if (category != ErrorCategory.SPELLING && category != ErrorCategory.ENDING && category != ErrorCategory.TENSE) {
            return f;
        }
        if (category != ErrorCategory.TENSE && siAdded(o, c)) {
            return new Finding(ErrorCategory.HONORIFIC, o, c, "honorific/si_extra");
        }
        if (category == ErrorCategory.ENDING && letterLeftOutOfAdverb(o, c)) {
            return new Finding(ErrorCategory.SPELLING, o, c, "spelling/letters");
        }
        List<Morphology.Morpheme> mo = morphemes(o);
        List<Morphology.Morpheme> mc = morphemes(c);
        if (mo == null || mc == null) {
            return f;
        }
        if (category == ErrorCategory.SPELLING && ssiAfterName(o, c, mc)) {
            return new Finding(ErrorCategory.HONORIFIC, o, c, "honorific/self_ssi");
        }
        if (category != ErrorCategory.TENSE && adjectivePlain(mo, mc)) {
            return new Finding(ErrorCategory.ENDING, o, c, "ending/adjective_plain");
        }
        if (category == ErrorCategory.SPELLING && pastLeftOff(o, c)) {
            return new Finding(ErrorCategory.TENSE, o, c, "tense/past");
        }
        if (category == ErrorCategory.TENSE && pastBeforeNeun(mo, mc)) {
            return new Finding(ErrorCategory.ENDING, o, c, "ending/past_modifier");
        }
        if (category == ErrorCategory.ENDING && inchoative(mo, mc)) {
            return new Finding(ErrorCategory.VOCABULARY, o, c, "vocabulary/voice");
        }
        return f;
    }

    /**
     * Whether the correction is an adverb of the dictionary (어떻게, 조용히, 천천히) and the learner's word is it with
     * one letter (jamo) left out before its last syllable (어떠게 for 어떻게): an adverb has no ending to get wrong, so
     * the word is misspelt,
     * not misconjugated (한글 맞춤법 제1항: the word is written as its form; session 27, s27e).
     */
    static boolean letterLeftOutOfAdverb(String o, String c) {
        String jo = Hangul.toJamo(o);
        String jc = Hangul.toJamo(c);
        // the last syllable the same: the letter is left out inside the word, not at its end, where an ending
        // stands (만나 for 만날 is the -(으)ㄹ modifier left off, an ending)
        return jo.length() + 1 == jc.length() && Hangul.editDistance(jo, jc) == 1
                && o.charAt(o.length() - 1) == c.charAt(c.length() - 1)
                && KnownWords.tags(c).contains(org.apache.lucene.analysis.ko.POS.Tag.MAG);
    }

    /** The morphemes of one word, or {@code null} when Nori reads it as more than one. */
    private static List<Morphology.Morpheme> morphemes(String word) {
        List<Morphology.Word> read = Morphology.analyse(word);
        return read.size() == 1 ? read.getFirst().morphemes() : null;
    }

    /**
     * Whether the learner's word {@code o} is the correction {@code c} with the honorific -(으)시- added and nothing
     * else (부디십니다 for 부디입니다, 입으셔 for 입어, 가실게요 for 갈게요): the one reading of this difference, for this
     * class and for {@link MorphemeNames}. Read first on Nori's morphemes (both words read as one word each, the
     * learner's with an EP -(으)시-: {@link #siAdded(List, List)}); where that does not hold, on the spelling
     * ({@link #siSpelt}), the fallback for forms Nori misreads (가실게요 → 갈게요).
     *
     * @param o the learner's word
     * @param c the correction
     */
    static boolean siAdded(String o, String c) {
        List<Morphology.Morpheme> mo = morphemes(o);
        List<Morphology.Morpheme> mc = mo == null ? null : morphemes(c);
        return mc != null && siAdded(mo, mc) || siSpelt(o, c);
    }

    /**
     * The spelling reading of {@link #siAdded(String, String)}, its fallback where Nori misreads a form (가실게요):
     * whether {@code c} is {@code o} with -(으)시- taken out and nothing else changed: 시 or 으시 dropped (예약하시고 →
     * 예약하고), 셔 or 으셔 for 어 (입으셔 → 입어), 십 for 입 after a noun (the copula: 부디십니다 → 부디입니다), 실 or 으실
     * for the ㄹ of the prospective (가실게요 → 갈게요). Never the word's first or last syllable (시간, 다시 are no
     * -시-: -시- stands after a stem and before an ending).
     */
    private static boolean siSpelt(String o, String c) {
        for (int i = 1; i < o.length(); i++) {
            char s = o.charAt(i);
            if (s != '셔' && i + 1 == o.length()) {
                continue; // -(으)시- is followed by an ending; 셔 holds the ending -어 itself
            }
            boolean eu = i > 1 && o.charAt(i - 1) == '으';
            int start = eu ? i - 1 : i;
            String head = o.substring(0, start);
            String tail = o.substring(i + 1);
            String candidate = switch (s) {
                case '시' -> head + tail;
                case '셔' -> head + "어" + tail;
                case '십' -> eu ? null : head + "입" + tail;
                case '실' -> start > 0 && !Hangul.hasFinal(o.charAt(start - 1))
                        ? o.substring(0, start - 1) + Hangul.withRieulFinal(o.charAt(start - 1)) + tail
                        : eu ? head + "을" + tail : null;
                default -> null;
            };
            if (c.equals(candidate)) {
                return true;
            }
        }
        return false;
    }

    /** 부디십니다 / 부디입니다, 입으셔 / 입어: the learner's morphemes are the correction's with -(으)시- added. */
    private static boolean siAdded(List<Morphology.Morpheme> learner, List<Morphology.Morpheme> correction) {
        if (correction.stream().anyMatch(SlipCategories::si) || learner.stream().noneMatch(SlipCategories::si)) {
            return false;
        }
        return learner.stream().filter(m -> !si(m)).toList().equals(correction);
    }

    private static boolean si(Morphology.Morpheme m) {
        return m.is("EP") && SI.contains(m.form());
    }

    /** 리나씨입니다 / 리나입니다: the correction is the learner's word without 씨, and a copula sentence. */
    static boolean ssiAfterName(String o, String c, List<Morphology.Morpheme> correction) {
        int at = o.indexOf('씨');
        return at > 0 && o.substring(0, at).concat(o.substring(at + 1)).equals(c)
                && correction.stream().anyMatch(m -> m.is("VCP"));
    }

    /** 예쁜다 / 예쁘다: an adjective's stem with the modifier ㄴ and 다 where the correction has the stem and 다. */
    static boolean adjectivePlain(List<Morphology.Morpheme> learner, List<Morphology.Morpheme> correction) {
        return learner.size() == 3 && correction.size() == 2 && learner.getFirst().is("VA")
                && learner.getFirst().equals(correction.getFirst()) && learner.get(1).is("ETM")
                && learner.get(1).form().equals("ᆫ") && learner.get(2).form().equals("다")
                && correction.get(1).form().equals("다");
    }

    /**
     * 사는데 / 샀는데: the words differ in one syllable only, the correction's with the ㅆ of the past on an open
     * syllable, before a syllable that opens with a consonant (는, 고, 다, 지); 있/었/았/였 are left (이어요 for 있어요
     * is a misspelling of 있다).
     */
    static boolean pastLeftOff(String o, String c) {
        if (o.length() != c.length() || o.length() < 2) {
            return false;
        }
        int at = onlyDifference(o, c);
        if (at < 0 || at + 1 >= o.length()) {
            return false;
        }
        char a = o.charAt(at);
        char e = c.charAt(at);
        char next = o.charAt(at + 1);
        return Hangul.isSyllable(a) && Hangul.isSyllable(e) && Hangul.isSyllable(next) && !Hangul.hasFinal(a)
                && Hangul.finalIndex(e) == Hangul.Final.SS && Hangul.withoutFinal(e) == a
                && "있었았였".indexOf(e) < 0 && Hangul.initialIndex(next) != Hangul.initialIndex('아');
    }

    /** The one index at which two words of one length differ, or -1. */
    private static int onlyDifference(String o, String c) {
        int at = -1;
        for (int i = 0; i < o.length(); i++) {
            if (o.charAt(i) != c.charAt(i)) {
                if (at >= 0) {
                    return -1;
                }
                at = i;
            }
        }
        return at;
    }

    /** 부디이라고 / 부디라고: -이라고 after a syllable with no final where the correction has -라고. */
    static boolean quotedName(String o, String c) {
        if (!o.endsWith("이라고") || o.length() < 4 || !c.equals(o.substring(0, o.length() - 3) + "라고")) {
            return false;
        }
        char before = o.charAt(o.length() - 4);
        return Hangul.isSyllable(before) && !Hangul.hasFinal(before);
    }

    /** 시까지에요 / 시까지예요: 에요 after a syllable with no final, the correction 예요. */
    static boolean copulaAsSounds(String o, String c) {
        if (!o.endsWith("에요") || o.length() < 3 || !c.equals(o.substring(0, o.length() - 2) + "예요")) {
            return false;
        }
        char before = o.charAt(o.length() - 3);
        return Hangul.isSyllable(before) && !Hangul.hasFinal(before) && before != '이';
    }

    /** 왔는 / 온: -았/었- before the modifier -는, where the correction is the verb's past modifier -(으)ㄴ. */
    static boolean pastBeforeNeun(List<Morphology.Morpheme> learner, List<Morphology.Morpheme> correction) {
        if (learner.size() != correction.size() + 1 || correction.size() < 2) {
            return false;
        }
        int n = correction.size() - 1;
        Morphology.Morpheme past = learner.get(n);
        return forms(learner.subList(0, n)).equals(forms(correction.subList(0, n))) && learner.get(n - 1).is("VV", "XSV")
                && past.is("EP") && (PAST.contains(past.form()) || past.form().endsWith("ㅆ") || past.form().endsWith("ᆻ"))
                && learner.get(n + 1).is("ETM") && learner.get(n + 1).form().equals("는") && pastModifier(correction.get(n));
    }

    /** The past modifier -(으)ㄴ as Nori reads it after a verb stem (ᆫ or 은; Nori tags a lone 온 as EF). */
    private static boolean pastModifier(Morphology.Morpheme m) {
        return m.is("ETM", "EF") && (m.form().equals("ᆫ") || m.form().equals("은"));
    }

    /** The morphemes' forms (Nori tags one stem VV or XSV, XSA by its context). */
    private static List<String> forms(List<Morphology.Morpheme> morphemes) {
        return morphemes.stream().map(Morphology.Morpheme::form).toList();
    }

    /** 켜요 / 켜져요: the correction is the learner's verb stem with -아/어 and the auxiliary 지다. */
    static boolean inchoative(List<Morphology.Morpheme> learner, List<Morphology.Morpheme> correction) {
        if (correction.size() < 3 || !learner.getFirst().is("VV") || !learner.getFirst().equals(correction.getFirst())
                || learner.stream().anyMatch(m -> m.is("VX"))) {
            return false;
        }
        return correction.get(1).is("EC") && (correction.get(1).form().equals("어") || correction.get(1).form().equals("아"))
                && correction.get(2).is("VX") && correction.get(2).form().equals("지");
    }
}
