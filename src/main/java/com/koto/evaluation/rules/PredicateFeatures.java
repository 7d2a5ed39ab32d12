package com.koto.evaluation.rules;

import com.koto.evaluation.text.Hangul;
import java.util.List;

/**
 * The grammatical features of a predicate (the verb, adjective or noun + copula that ends a
 * Korean clause) read from its Nori morphemes and its surface: lemma, tense, subject honorific
 * -(으)시-, and speech level.
 *
 * <p>Sources: tense and aspect markers 었/았 (past), -(으)ㄹ 거예요 and -(으)ㄹ게요 (future,
 * intention): Yeon &amp; Brown, <i>Korean: A Comprehensive Grammar</i> (2019), on tense and intention;
 * speech levels 합쇼체 (-ㅂ니다), 해요체 (-요) and 해체/해라체 (-아/어, -야, -다): Sohn,
 * <i>The Korean Language</i> (1999), on speech levels.
 *
 * @param lemma      normalised stem for comparing two predicates ({@code ""} when Nori found none)
 * @param tense      past, present or future
 * @param honorific  carries subject honorification (-시-, or an honorific stem such as 주무시다)
 * @param level      speech level of the final ending
 * @param verbal     whether the span inflects at all (a bare noun does not)
 */
record PredicateFeatures(String lemma, Tense tense, boolean honorific, Level level, boolean verbal) {

    enum Tense { PAST, PRESENT, FUTURE }

    enum Level { FORMAL, POLITE, PLAIN, NONE }

    private static final java.util.regex.Pattern HONORIFIC_ENDING =
            java.util.regex.Pattern.compile("으?(시|세|셔|셨|십)");

    static PredicateFeatures of(List<Morphology.Word> span) {
        String text = String.join("", span.stream().map(Morphology.Word::surface).toList());
        List<Morphology.Morpheme> ms = span.stream().flatMap(w -> w.morphemes().stream()).toList();
        boolean verbal = span.stream().anyMatch(Morphology.Word::verbal);
        return new PredicateFeatures(lemma(span), tense(ms, text), honorific(ms), level(text, verbal), verbal);
    }

    /** The speech level of a predicate's written form, from its final syllables. */
    static Level level(String text, boolean verbal) {
        if (text.isEmpty()) {
            return Level.NONE;
        }
        if (text.endsWith("요") || text.endsWith("죠")) {
            // -죠 is -지요 contracted (누구시죠?, 맞죠): 해요체 (Yeon & Brown 2019, on -지요)
            return Level.POLITE;
        }
        if (text.endsWith("니다") || text.endsWith("니까") || text.endsWith("시오") || text.endsWith("십시다")) {
            return Level.FORMAL;
        }
        // a noun with the plain copula 야 / 이야 / 이다 is a plain-level predicate even when Nori reads 야 as a vocative
        return verbal || text.endsWith("야") || text.endsWith("이다") ? Level.PLAIN : Level.NONE;
    }

    private static Tense tense(List<Morphology.Morpheme> ms, String text) {
        boolean modifierL = false;
        for (Morphology.Morpheme m : ms) {
            if (m.is("EP") && (m.form().contains("ㅆ") || m.form().contains("었") || m.form().contains("았")
                    || m.form().contains("였"))) {
                return Tense.PAST;
            }
            if (m.is("ETM") && (m.form().equals("ᆯ") || m.form().equals("ㄹ") || m.form().equals("을"))) {
                modifierL = true;
            } else if (modifierL && m.is("NNB") && (m.form().equals("것") || m.form().equals("거"))) {
                return Tense.FUTURE;
            }
            if (m.is("EF") && (m.form().startsWith("ᆯ게") || m.form().startsWith("ㄹ게") || m.form().startsWith("을게")
                    || m.form().startsWith("ᆯ께") || m.form().startsWith("ᆯ거"))) {
                return Tense.FUTURE;
            }
        }
        // -(으)ㄹ게요 / -(으)ㄹ께요 spelled in one word: a ㄹ 받침 before 게 or 께
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '게' || c == '께') && Hangul.hasRieulFinal(text.charAt(i - 1))) {
                return Tense.FUTURE;
            }
        }
        return Tense.PRESENT;
    }

    private static boolean honorific(List<Morphology.Morpheme> ms) {
        for (Morphology.Morpheme m : ms) {
            if (m.is("EP") && (m.form().equals("시") || m.form().equals("으시"))) {
                return true;
            }
            // Nori sometimes keeps -(으)시- inside the final ending (읽 + 으세요/EF)
            if (m.isEnding() && HONORIFIC_ENDING.matcher(m.form()).lookingAt()) {
                return true;
            }
            if (m.is("VV", "VA") && (m.form().endsWith("시") || m.form().startsWith("잡수")
                    || m.form().startsWith("잡숫"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first stem of the span with what it derives from (감사 + 하 → 감사하, 학생 + 이 → 학생이,
     * 좋 + 아 + 하 → 좋아하), with a final honorific 시 removed and the last syllable's 받침 dropped
     * so that Nori's irregular-stem readings (들/드시, 줏/주, 갈/가) compare equal.
     */
    private static String lemma(List<Morphology.Word> span) {
        for (Morphology.Word word : span) {
            List<Morphology.Morpheme> ms = word.morphemes();
            for (int i = 0; i < ms.size(); i++) {
                Morphology.Morpheme m = ms.get(i);
                if (!m.is("VV", "VA", "VX", "VCP", "XSV", "XSA")) {
                    continue;
                }
                StringBuilder lemma = new StringBuilder();
                if (m.is("VCP", "XSV", "XSA")) {
                    for (int j = 0; j < i; j++) {
                        if (ms.get(j).tag().startsWith("N") || ms.get(j).is("XR", "XSN")) {
                            lemma.append(ms.get(j).form());
                        }
                    }
                }
                lemma.append(m.form());
                if (i + 2 < ms.size() && ms.get(i + 1).is("EC") && ms.get(i + 2).is("VX")
                        && ms.get(i + 2).form().equals("하")) {
                    lemma.append("아하");
                }
                return normalise(lemma.toString());
            }
        }
        return "";
    }

    private static String normalise(String lemma) {
        String l = lemma;
        if (l.length() > 1 && l.endsWith("시")) {
            l = l.substring(0, l.length() - 1);
        }
        if (l.isEmpty()) {
            return l;
        }
        return l.substring(0, l.length() - 1) + Hangul.withoutFinal(l.charAt(l.length() - 1));
    }

    /** How sure it is that two predicates are forms of one word. */
    enum Kinship { SAME_LEMMA, SAME_START, DIFFERENT }

    /**
     * Whether two predicates are forms of the same word: by Nori lemma when both have one, else
     * (a misspelt or misread form) by their first syllable without its 받침.
     */
    static Kinship kinship(PredicateFeatures a, String aText, PredicateFeatures e, String eText) {
        if (!a.lemma().isEmpty() && !e.lemma().isEmpty()) {
            return a.lemma().equals(e.lemma()) ? Kinship.SAME_LEMMA : Kinship.DIFFERENT;
        }
        boolean sameStart = !aText.isEmpty() && !eText.isEmpty()
                && Hangul.withoutFinal(aText.charAt(0)) == Hangul.withoutFinal(eText.charAt(0));
        return sameStart ? Kinship.SAME_START : Kinship.DIFFERENT;
    }

    /**
     * Whether the word is a modifier (-는, -(으)ㄴ, -(으)ㄹ before a noun) or a connective that can never
     * end a sentence (-지만, -습니다만, the adverbial -게): such a word carries no speech level, only a
     * sentence ender does (Sohn, <i>The Korean Language</i> (1999), speech levels; Yeon &amp; Brown,
     * <i>Korean: A Comprehensive Grammar</i> (2011), on -게 and -지만). The promise -(으)ㄹ게 is a
     * sentence ender and is not one of them.
     */
    static boolean carriesNoSpeechLevel(Morphology.Word w) {
        if (w.endsWith("ETM")) {
            return true;
        }
        String s = w.surface();
        if (s.endsWith("니다만") || s.endsWith("지만")) {
            return true; // Nori reads 샀습니다만 as a sentence ender and 만
        }
        return w.endsWith("EC") && s.length() >= 2 && s.endsWith("게")
                && !Hangul.hasRieulFinal(s.charAt(s.length() - 2));
    }

    /**
     * Whether the first word is the second with -(으)시- added and nothing else changed (보실 / 볼, 읽으시고 /
     * 읽고, 앉으시면 / 앉으면, 오신 / 온, 가셔서 / 가서, 보셨는데 / 봤는데): one form of one verb, honouring its
     * subject in the first and not in the second. -(으)시- stands right after the stem, its 으 only after a
     * consonant stem, and the ending after it keeps its own shape (-ㄹ, -ㄴ, -ㅂ- fuse with 시 as they fuse
     * with a vowel stem: 보 + ㄹ → 볼, 보시 + ㄹ → 보실); Sohn 1999 ch. 9 (subject honorification); Yeon &amp;
     * Brown 2019, on -(으)시-. Read on the written syllables, since Nori reads some of these forms with
     * another stem (가셔서 as 갈 + 시 + 어서).
     *
     * @param honoured the word that may carry -(으)시- (as written, no spaces)
     * @param plain    the word without it
     */
    static boolean onlySiApart(String honoured, String plain) {
        if (honoured.equals(plain) || plain.isEmpty()) {
            return false;
        }
        String withoutSi = SpeechLevels.plainForm(honoured); // 셨, 셔, 세요, 십니
        if (plain.equals(withoutSi)) {
            return true;
        }
        for (int at = 1; at < honoured.length(); at++) {
            char c = honoured.charAt(at);
            if (!Hangul.isSyllable(c) || Hangul.withoutFinal(c) != '시') {
                continue;
            }
            String before = honoured.substring(0, at);
            String rest = honoured.substring(at + 1);
            int fin = Hangul.finalIndex(c);
            if (fin == 0) {
                // 보시고 → 보고, 읽으시고 → 읽고, 앉으시면 → 앉으면 (the 으 of the next ending stays)
                if (plain.equals(before + rest) || before.endsWith("으") && plain.equals(before.substring(0,
                        before.length() - 1) + rest)) {
                    return true;
                }
                continue;
            }
            // 보실 → 볼, 보신 → 본; 읽으실 → 읽을, 읽으신 → 읽은
            char prev = before.charAt(before.length() - 1);
            if (prev == '으' && before.length() >= 2) {
                if (plain.equals(before.substring(0, before.length() - 1) + (char) ('으' + fin) + rest)) {
                    return true;
                }
            } else if (Hangul.isSyllable(prev) && !Hangul.hasFinal(prev)
                    && plain.equals(before.substring(0, before.length() - 1) + (char) (prev + fin) + rest)) {
                return true;
            }
        }
        return false;
    }

    /** {@link #kinship} is not {@code DIFFERENT}. */
    static boolean sameWord(PredicateFeatures a, String aText, PredicateFeatures e, String eText) {
        return kinship(a, aText, e, eText) != Kinship.DIFFERENT;
    }
}
