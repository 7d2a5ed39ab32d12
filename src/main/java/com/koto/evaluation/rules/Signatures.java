package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.text.Hangul;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether a finding's own two spans show its category (session 15, issue 11): a tense finding whose
 * learner span and accepted span carry the same tense morphemes, or a -시- finding whose learner span
 * has no -시-, names an error that is not in the words it quotes. Such a finding is an alignment
 * artefact of a paraphrase (테이크아웃으로 할게요 paired with 테이크아웃이요 and called a tense), and
 * {@link Certainty#decisive} does not fail an answer on it.
 *
 * <p>One predicate per category family, each the morphological mark of that category:
 * <ul>
 * <li><b>tense</b>: the two sides differ in a tense/aspect morpheme — the pre-final endings -았/었-
 * (past), -았었/었었- (remote past), -겠- (future/conjecture) and -더- (retrospective), or the tense of
 * a modifier ending -(으)ㄴ (past of a verb), -는 (present), -(으)ㄹ (prospective, also in -(으)ㄹ 거예요)
 * and -던 (Sohn 1999, on tense and aspect suffixes; Yeon &amp; Brown 2019, on the past -았/었-,
 * the future -(으)ㄹ 거예요 and the modifier endings);</li>
 * <li><b>honorific/si_extra</b>: the learner's span holds more subject-honorific -(으)시- than the
 * accepted span (Sohn 1999, on subject honorification; Yeon &amp; Brown 2019, on -(으)시-), counted
 * on Nori's pre-final endings, on the honorific verbs of {@link Lexicon#HONORIFIC_WORDS} (드세요,
 * 계세요) and on the syllables -(으)시- is written with on the same verb (있으세요 for 있어요, which Nori
 * reads as one ending);</li>
 * <li><b>particle_wrong</b>, <b>particle_missing</b>: the two sides differ in a particle (Nori's J*
 * morphemes, or a word of one side that ends in a known particle after the other side's word).</li>
 * </ul>
 * Other categories (a word, a spelling, an order, a missing part) have no such single mark: their
 * findings always show it.
 */
final class Signatures {

    /** A sentence mark or a comma. */
    private static final Pattern PUNCTUATION_MARK = Pattern.compile("[.,!?]");
    /** One or more white-space characters. */
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Signatures() {
    }

    /** Whether the finding's (original, correction) pair shows its category's signature. */
    static boolean shown(Finding f) {
        if (f.original() == null || f.correction() == null) {
            return true;
        }
        String o = f.original().strip();
        String c = f.correction().strip();
        if (o.isEmpty() || c.isEmpty() || !hangul(o) || !hangul(c)) {
            return true; // a missing or added span, or one in another script: nothing to compare
        }
        String subtype = Subtypes.of(f);
        return switch (f.category()) {
            case TENSE -> subtype.equals("tense/vowel_harmony") || tense(o, c);
            // only -시- added; -시- left out may sit in an honorific verb (말씀하셨어 for 말씀드렸어): not judged
            case HONORIFIC -> !subtype.equals("honorific/si_extra") || honorifics(o) > honorifics(c) || writtenSi(o, c);
            case PARTICLE_WRONG, PARTICLE_MISSING -> particle(o, c);
            case ENDING -> !subtype.equals("ending/copula") || !quotative(o, c);
            case VOCABULARY -> !subtype.equals("vocabulary/other_item") || !headOf(o, c);
            default -> true;
        };
    }

    /**
     * The intrinsic subtypes whose claim is about the learner's own words and that {@link Certainty#decisive}
     * holds to their signature (session 15: si_extra, eval27b; the others eval28a).
     */
    static final java.util.Set<String> SIGNED_INTRINSIC = java.util.Set.of("honorific/si_extra", "ending/copula",
            "vocabulary/other_item");

    /**
     * Whether the learner's word is a noun with the quotative particle -(이)라고 in its well-formed shape (라고 after
     * a vowel, 이라고 after a consonant: 리나라고, 민수라고, 김준이라고) that the accepted span does not have. -(이)라고
     * 하다 names oneself (저는 리나라고 해요; 표준국어대사전 '라고' 조사, '이라고' 조사; Yeon &amp; Brown 2019, on
     * quotation and -(이)라고 하다): it is a quotation, not a form of the copula 이다, so a copula finding on it
     * names an error the words do not hold. 학생라고 (라고 after a consonant) keeps the finding.
     */
    static boolean quotative(String o, String c) {
        String w = o.contains(" ") ? o.substring(o.lastIndexOf(' ') + 1) : o;
        if (c.contains("라고") || !w.endsWith("라고") || w.length() < 3) {
            return false;
        }
        boolean afterConsonant = w.endsWith("이라고") && w.length() > 3 && Hangul.hasFinal(w.charAt(w.length() - 4));
        String noun = w.substring(0, w.length() - (afterConsonant ? 3 : 2));
        char before = noun.charAt(noun.length() - 1);
        // the same noun in the accepted copula (리나라고 / 리나예요): 있다라고 / 있다고 is a quotation ending, no name
        String accepted = c.contains(" ") ? c.substring(c.lastIndexOf(' ') + 1) : c;
        return accepted.startsWith(noun) && (Certainty.wellFormedCopula(accepted) || accepted.endsWith("입니다"))
                && (afterConsonant || Hangul.isSyllable(before) && !Hangul.hasFinal(before));
    }

    /**
     * An incomplete finding, as located on the learner's words, whose "missing" words follow them in the answer
     * itself (좀 → 좀 봐 주세요 where the learner wrote 좀 봐 주세요): an incomplete finding claims words the answer
     * lacks, so words the answer holds in that very place are not missing (issue 11: never fail a correct answer on
     * words it has). Both spans are whole words of the answer, the correction the original with words after it.
     */
    static boolean wordsInPlace(Finding f, String answer) {
        if (f.category() != ErrorCategory.INCOMPLETE || f.original() == null || f.correction() == null) {
            return false;
        }
        String o = f.original().strip();
        String c = f.correction().strip();
        if (o.isEmpty() || !c.startsWith(o + " ")) {
            return false;
        }
        String spaced = PUNCTUATION_MARK.matcher(answer).replaceAll(" ");
        String padded = " " + SPACES.matcher(spaced).replaceAll(" ").strip() + " ";
        return padded.contains(" " + c + " ");
    }

    /**
     * Whether the learner's noun is the head of the accepted compound noun (역 of 지하철역, 정류장 of 버스정류장):
     * Korean compounds are head-final, the last noun names the kind (Sohn 1999, on compounding; 국립국어원 한국어
     * 문법, 합성 명사), so the learner names the same thing less precisely, not another item. The reverse (인천공항
     * for 공항) is a hyponym, which {@link Contrasts} already reads.
     */
    static boolean headOf(String o, String c) {
        String mine = Certainty.nounRun(o.split(" ")[0]);
        String theirs = Certainty.nounRun(c.split(" ")[0]);
        // numbers are no compounds (오천 of 만오천 is another sum)
        return !mine.isEmpty() && theirs.length() > mine.length() && theirs.endsWith(mine)
                && Numerals.number(mine) == null && Numerals.number(theirs) == null
                && mine.chars().noneMatch(Character::isDigit) && theirs.chars().noneMatch(Character::isDigit);
    }

    /** Whether the two spans carry different tense/aspect morphemes (see the class comment). */
    static boolean tense(String o, String c) {
        if (!tenses(o).equals(tenses(c)) || count(o, '겠') != count(c, '겠') || pastFinals(o) != pastFinals(c)) {
            return true;
        }
        // on two predicates, the sentence enders built on the prospective -(으)ㄹ also mark the future
        return predicate(o) && predicate(c) && !prospectiveEnders(o).equals(prospectiveEnders(c));
    }

    /**
     * The sentence enders built on the prospective -(으)ㄹ, as written: the promissive -(으)ㄹ게(요) (께 as
     * misspelt), the intentive -(으)ㄹ래(요) and the tentative -(으)ㄹ까(요) (Sohn 1999, on the prospective
     * -(으)ㄹ in sentence enders; Yeon &amp; Brown 2019). 먹을래요? for 먹을게요 is another future of the same
     * verb; 테이크아웃으로 할게요 for 테이크아웃이요 has no predicate on the accepted side, so no tense to differ.
     */
    private static List<Character> prospectiveEnders(String span) {
        List<Character> out = new ArrayList<>();
        for (int i = 0; i + 1 < span.length(); i++) {
            char next = span.charAt(i + 1);
            if (Hangul.isSyllable(span.charAt(i)) && Hangul.hasRieulFinal(span.charAt(i))
                    && (next == '게' || next == '께' || next == '래' || next == '까')) {
                out.add(next == '께' ? '게' : next);
            }
        }
        return out;
    }

    /**
     * Whether a word of the span has a verb or adjective stem; the copula alone (포장이요) is none. A verb
     * syllable with 요 that Nori reads as a noun (가요, 'song') counts by its 다-form.
     */
    private static boolean predicate(String span) {
        for (Morphology.Word w : Morphology.analyse(span)) {
            if (w.has("VV", "VA", "VX", "XSV", "XSA")) {
                return true;
            }
            String s = w.surface();
            if (s.length() == 2 && s.charAt(1) == '요' && Hangul.isSyllable(s.charAt(0))) {
                List<Morphology.Word> stem = Morphology.analyse(s.charAt(0) + "다");
                if (!stem.isEmpty() && stem.getFirst().has("VV", "VA")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The tense/aspect morphemes of a span, in order, by meaning (았/었/였 are one past). */
    static List<String> tenses(String span) {
        List<String> out = new ArrayList<>();
        for (Morphology.Word w : Morphology.analyse(span)) {
            for (Morphology.Morpheme m : w.morphemes()) {
                if (m.is("EP")) {
                    switch (m.form()) {
                        case "았", "었", "였", "ㅆ" -> out.add("past");
                        case "았었", "었었" -> out.add("remote_past");
                        case "겠" -> out.add("future");
                        case "더" -> out.add("retrospective");
                        default -> {
                            // -시- and other pre-final endings carry no tense
                        }
                    }
                } else if (m.is("ETM")) {
                    out.add("modifier_" + switch (m.form()) {
                        case "ㄴ", "ᆫ", "은" -> "n";
                        case "ㄹ", "ᆯ", "을" -> "l";
                        default -> m.form();
                    });
                }
            }
        }
        return out;
    }

    /**
     * Syllables with a ㅆ final other than in 있/없 (했, 갔, 왔): the past -았/었- as written, counted so
     * a form Nori misreads still shows its past.
     */
    private static int pastFinals(String span) {
        int n = 0;
        for (char ch : span.toCharArray()) {
            if (Hangul.isSyllable(ch) && ch != '있' && ch != '없' && Hangul.finalIndex(ch) == SSANG_SIOS) {
                n++;
            }
        }
        return n;
    }

    /** How many subject-honorific -(으)시- a span holds: Nori's pre-final 시 and the honorific verbs. */
    static int honorifics(String span) {
        int n = 0;
        for (Morphology.Word w : Morphology.analyse(span)) {
            boolean pre = false;
            for (Morphology.Morpheme m : w.morphemes()) {
                if (m.is("EP") && (m.form().equals("시") || m.form().equals("으시") || m.form().equals("세")
                        || m.form().equals("셔"))) {
                    pre = true;
                }
            }
            boolean verb = Lexicon.HONORIFIC_WORDS.stream().anyMatch(p -> p.getValue().stream().anyMatch(w.surface()::startsWith));
            if (pre || verb) {
                n++;
            }
        }
        return n;
    }

    /**
     * -(으)시- as written on the same verb (가실게요 for 갈게요, which Nori may read as another stem): a word of
     * {@code with} after its first syllable holds a syllable of -(으)시- (시, 셔, 셨, 세, 십, 실, 신, 심) that the
     * word of {@code without} in the same place lacks, both words starting with the same consonant and vowel.
     * Any two words of the same verb are compared (남기시겠어요 / 남겨 드릴까요); a word of an added clause (물
     * 마실 때요 against 아파요) pairs with nothing. -으시- after a consonant (괜찮으세요) is -(으)시- wherever
     * it stands (Yeon &amp; Brown 2019: -으시- after a consonant stem, -시- after a vowel).
     */
    static boolean writtenSi(String with, String without) {
        if (afterConsonant(with) > afterConsonant(without)) {
            return true; // 괜찮으세요, 있으세요: -으시- after a consonant stem, whatever word it pairs with
        }
        for (String a : with.split(" ")) {
            for (String b : without.split(" ")) {
                if (writtenSiWord(a, b)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean writtenSiWord(String a, String b) {
        if (a.equals(b) || !Hangul.isSyllable(a.charAt(0)) || !Hangul.isSyllable(b.charAt(0))
                || Hangul.withoutFinal(a.charAt(0)) != Hangul.withoutFinal(b.charAt(0))) {
            return false;
        }
        for (int i = 1; i < a.length(); i++) {
            if (SI.indexOf(a.charAt(i)) >= 0 && b.substring(1).indexOf(a.charAt(i)) < 0) {
                return true;
            }
        }
        return false;
    }

    /** How often -으시- is written after a consonant stem (으 before a syllable of {@link #SI}). */
    private static int afterConsonant(String span) {
        int n = 0;
        for (int i = 0; i + 1 < span.length(); i++) {
            if (span.charAt(i) == '으' && SI.indexOf(span.charAt(i + 1)) >= 0) {
                n++;
            }
        }
        return n;
    }

    /** The syllables -(으)시- is written with (가시고, 가셔서, 가셨어요, 가세요, 가십니다, 가실, 가신, 가심). */
    private static final String SI = "시셔셨세십실신심";

    /** Whether the two spans differ in a particle: Nori's particles, or a particle added to a shared word. */
    static boolean particle(String o, String c) {
        if (!particles(o).equals(particles(c))) {
            return true;
        }
        String[] a = o.split(" ");
        String[] b = c.split(" ");
        if (a.length != b.length) {
            return true; // 카페 → 카페 에서, or words regrouped: not judged here
        }
        for (int i = 0; i < a.length; i++) {
            if (!a[i].equals(b[i]) && (particleAfter(a[i], b[i]) || particleAfter(b[i], a[i])
                    || sameNoun(a[i], b[i]) || POSSESSIVES.contains(a[i] + "/" + b[i]))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The pronouns and their possessive forms, 의 contracted (나의 → 내, 저의 → 제, 너의 → 네; Yeon &amp;
     * Brown 2019, on the possessive particle 의): one for the other is a particle error.
     */
    private static final java.util.Set<String> POSSESSIVES = java.util.Set.of("나/내", "내/나", "저/제", "제/저",
            "너/네", "네/너");

    /**
     * Two nominal words with the same first syllable (개마다 / 개씩): the same noun with other particles or
     * delimiters after it, whichever way Nori reads them.
     */
    private static boolean sameNoun(String a, String b) {
        if (a.charAt(0) != b.charAt(0)) {
            return false;
        }
        int shared = 0;
        while (shared < Math.min(a.length(), b.length()) && a.charAt(shared) == b.charAt(shared)) {
            shared++;
        }
        if (DELIMITERS.contains(a.substring(shared)) || DELIMITERS.contains(b.substring(shared))) {
            return true;
        }
        List<Morphology.Word> x = Morphology.analyse(a);
        List<Morphology.Word> y = Morphology.analyse(b);
        return x.size() == 1 && y.size() == 1 && !x.getFirst().verbal() && !y.getFirst().verbal();
    }

    /**
     * Delimiters after a counted noun that Nori reads as suffixes (개씩, 명마다; 표준국어대사전: -씩, -쯤, -끼리
     * 접미사, 마다 조사): the learners' corpus and the gold sets file one for another as a particle error.
     */
    private static final java.util.Set<String> DELIMITERS = java.util.Set.of("마다", "씩", "쯤", "끼리");

    /** Nori's particles of a span, in order. */
    private static List<String> particles(String span) {
        List<String> out = new ArrayList<>();
        for (Morphology.Word w : Morphology.analyse(span)) {
            for (Morphology.Morpheme m : w.morphemes()) {
                if (m.isParticle()) {
                    out.add(m.form());
                }
            }
        }
        return out;
    }

    /** Whether {@code longer} is {@code word} or its noun part with a known particle after it. */
    private static boolean particleAfter(String word, String longer) {
        for (int i = 1; i < longer.length(); i++) {
            if (Particles.isParticle(longer.substring(i)) && (word.startsWith(longer.substring(0, i)))) {
                return true;
            }
        }
        return false;
    }

    /** The index of ㅆ among the final consonants of a Hangul syllable. */
    private static final int SSANG_SIOS = 20;

    private static int count(String s, char ch) {
        return (int) s.chars().filter(x -> x == ch).count();
    }

    private static boolean hangul(String s) {
        return s.chars().anyMatch(ch -> Hangul.isSyllable((char) ch));
    }
}
