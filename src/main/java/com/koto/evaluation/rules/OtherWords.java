package com.koto.evaluation.rules;

import com.koto.evaluation.text.Hangul;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.ko.POS;

/**
 * A "misspelling" ({@code spelling/letters}) whose learner's word is a well-formed word of another
 * lexeme or another construction, not a slip of letters in the accepted word (한글 맞춤법 제1항: a
 * misspelling writes one word with wrong letters). Such a finding's only evidence is the alignment with
 * the accepted answer, and the learner's own words contradict it: an alignment artefact
 * ({@link Evidence#artefact}), never decisive. Which word the task wants is meaning, for the model.
 *
 * <ul>
 * <li>{@link #nounWithCopula}: the accepted noun with the copula (스트라이크다 for 스트라이크);</li>
 * <li>{@link #otherNounOfOneHead}: another compound of the same head (노선을 for 호선을);</li>
 * <li>{@link #otherVerbInFrame}: another verb read in the learner's sentence (졸 뻔했어 for 잘 뻔했어,
 * 몇 호선으로 가요 for 타요).</li>
 * </ul>
 *
 * <p>Measured as a blanket rule, "a dictionary word is no misspelling" passed gold misspellings
 * (mecab-ko-dic holds 아퍼, 어름, 몬, 우포: docs/evaluation.md, session 5), so each condition here
 * asks more of the learner's word than being in the dictionary.
 */
final class OtherWords {

    private OtherWords() {
    }

    /** Copula endings after a noun ending in a vowel (스트라이크다, 스트라이크야, 차례예요). */
    private static final Set<String> AFTER_VOWEL = Set.of("다", "야", "예요", "입니다", "였어", "였다", "였어요", "라고");

    /** Copula endings after a noun ending in a consonant (학생이다, 학생이야, 학생이에요). */
    private static final Set<String> AFTER_CONSONANT = Set.of("이다", "이야", "이에요", "입니다", "이었어", "이었다",
            "이었어요", "이라고");

    /**
     * The accepted noun said as a sentence with the copula (대박, 스트라이크다! for 스트라이크!; 내 차례야 for
     * 내 차례): N이다 with the copula's form fitting the noun's last syllable (이다 after a consonant,
     * 다 after a vowel; Yeon &amp; Brown 2019 and 표준국어대사전 '이다'). The learner's word is the
     * accepted noun whole, made a predicate; no letter of the noun is wrong. A copula of the wrong form
     * (스트라이크이야) stays for the copula checks.
     *
     * @param o the learner's word, one 어절
     * @param c the accepted word, one 어절
     */
    static boolean nounWithCopula(String o, String c) {
        if (o.contains(" ") || c.contains(" ") || c.isEmpty() || !o.startsWith(c) || o.equals(c)) {
            return false;
        }
        String rest = o.substring(c.length());
        char last = c.charAt(c.length() - 1);
        if (!Hangul.isSyllable(last) || !KnownWords.noun(c)) {
            return false;
        }
        return Hangul.hasFinal(last) ? AFTER_CONSONANT.contains(rest) : AFTER_VOWEL.contains(rest);
    }

    /**
     * Another compound of the same head (노선을 for 호선을: 路線 'route' and 號線 'line number', both
     * 線): two dictionary nouns of two syllables or more, with the same particle, that differ only in
     * their first syllable, by a consonant of another place of articulation or by two jamo or more.
     * Korean compounds are head-final (Sohn 1999, on compounding), so the two name two kinds of one
     * thing, a choice of word; a learner's slip confuses consonants of one place (한글 맞춤법 제5항 on
     * 된소리: 싱발 for 신발 is no word) or changes the head (시정 for 시청, 진로 for 진료 differ in their
     * last syllable and stay misspellings).
     */
    static boolean otherNounOfOneHead(String o, String c) {
        if (o.contains(" ") || c.contains(" ") || o.length() != c.length() || o.length() < 2) {
            return false;
        }
        List<Morphology.Morpheme> mo = Morphology.morphemes(o);
        List<Morphology.Morpheme> mc = Morphology.morphemes(c);
        if (mo.isEmpty() || mc.isEmpty() || mo.size() != mc.size() || !mo.getFirst().is("NNG", "NNP")
                || !mc.getFirst().is("NNG", "NNP") || !mo.subList(1, mo.size()).equals(mc.subList(1, mc.size()))) {
            return false;
        }
        String a = mo.getFirst().form();
        String b = mc.getFirst().form();
        if (a.length() < 2 || a.length() != b.length() || !a.substring(1).equals(b.substring(1))
                || a.charAt(0) == b.charAt(0) || !KnownWords.noun(a) || !KnownWords.noun(b)) {
            return false;
        }
        String fa = a.substring(0, 1);
        String fb = b.substring(0, 1);
        return Evidence.otherOnset(fa, fb) || Hangul.jamoDistance(fa, fb) >= 2;
    }

    /**
     * Another verb, read in the learner's own sentence (영화가 너무 지루해서 졸 뻔했어 for 잘 뻔했어: 졸다
     * 'doze' and 자다 'sleep'; 몇 호선으로 가요 for 타요: 가다 and 타다): the learner's word and the accepted
     * word put in the learner's sentence both analyse as verbs or adjectives of the dictionary, on stems
     * that differ by two jamo or more or in the first consonant by place ({@link Evidence#otherOnset}).
     * Read in the sentence because a word alone is often another part of speech (졸 a noun, 가요 'song');
     * a polite form -아/어요 of a one-syllable stem that contracts (가요, 타요, 서요) is read as that stem
     * (Yeon &amp; Brown 2019, on -아/어요 contraction) where Nori takes it for a noun.
     *
     * @param o      the learner's word, one 어절
     * @param c      the accepted word, one 어절
     * @param answer the learner's normalised answer (holds {@code o})
     */
    static boolean otherVerbInFrame(String o, String c, String answer) {
        if (o.contains(" ") || c.contains(" ") || o.isEmpty() || c.isEmpty() || o.equals(c)) {
            return false;
        }
        String with = replaceWord(answer, o, c);
        if (with == null) {
            return false;
        }
        String sa = stem(o, answer);
        String sb = stem(c, with);
        if (sa == null || sb == null || sa.equals(sb)) {
            return false;
        }
        return predicate(sa) && predicate(sb)
                && (Hangul.jamoDistance(sa, sb) >= 2 || Evidence.otherOnset(sa, sb));
    }

    /** The verb or adjective stem of the word in the sentence, or null. */
    private static String stem(String word, String sentence) {
        for (Morphology.Word w : Morphology.analyse(sentence)) {
            if (w.surface().equals(word) && !w.morphemes().isEmpty()) {
                Morphology.Morpheme first = w.morphemes().getFirst();
                // a well-formed form: the stem and endings only (서워 read as 서 + 어 + 워 is no verb form)
                if (first.is("VV", "VA") && w.morphemes().stream().skip(1).allMatch(Morphology.Morpheme::isEnding)) {
                    return first.form();
                }
                break;
            }
        }
        String modifier = prospectiveModifier(word, sentence);
        if (modifier != null) {
            return modifier;
        }
        if (word.length() == 2 && word.endsWith("요")) {
            char s = word.charAt(0);
            int vowel = Hangul.isSyllable(s) ? Hangul.medialIndex(s) : -1;
            // 가요, 타요, 서요: the stem's ㅏ or ㅓ absorbed -아/어, no final consonant
            if (!Hangul.hasFinal(s) && (vowel == Hangul.Medial.A || vowel == Hangul.Medial.EO)) {
                return String.valueOf(s);
            }
        }
        return null;
    }

    /** Bound nouns after the modifier -(으)ㄹ (잘 뻔했어, 갈 수 있어, 올 거야, 할 줄 알아). */
    private static final Set<String> BOUND_AFTER_L = Set.of("뻔", "수", "것", "거", "줄", "때", "적", "리");

    /**
     * The stem of a one-syllable word ending in ㄹ right before a bound noun (잘 뻔했어: 자다 + -ㄹ), which
     * Nori may read as an adverb; the modifier -(으)ㄹ before 뻔하다, 수 있다, 것이다 (Yeon &amp; Brown 2019).
     */
    private static String prospectiveModifier(String word, String sentence) {
        if (word.length() != 1 || !Hangul.isSyllable(word.charAt(0))
                || Hangul.finalIndex(word.charAt(0)) != Hangul.Final.L) {
            return null; // no final ㄹ
        }
        String[] words = sentence.split(" ");
        for (int i = 0; i + 1 < words.length; i++) {
            if (words[i].equals(word) && BOUND_AFTER_L.stream().anyMatch(words[i + 1]::startsWith)) {
                String open = String.valueOf((char) (word.charAt(0) - 8));
                return predicate(open) ? open : predicate(word) ? word : null;
            }
        }
        return null;
    }

    private static boolean predicate(String stem) {
        Set<POS.Tag> tags = KnownWords.tags(stem);
        return tags.contains(POS.Tag.VV) || tags.contains(POS.Tag.VA);
    }

    /** The sentence with its first whole word {@code o} replaced by {@code c}, or null when absent. */
    private static String replaceWord(String sentence, String o, String c) {
        String[] words = sentence.split(" ");
        for (int i = 0; i < words.length; i++) {
            if (words[i].equals(o)) {
                words[i] = c;
                return String.join(" ", words);
            }
        }
        return null;
    }

}
