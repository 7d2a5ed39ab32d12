package com.koto.evaluation.rules;

import com.koto.evaluation.text.Hangul;
import java.util.List;

/**
 * Readings in which Nori repairs a misspelt verb form: the analyser finds a stem and endings for the
 * learner's word although the word as written is no form of them. A spelling finding on such a word
 * names a misspelling, not "another verb" ({@link Evidence#otherVerb}, {@link OtherWords#otherVerbInFrame}),
 * whatever the stem Nori settled on (session 18, s18c):
 * <ul>
 * <li><b>the past without ㅆ</b> (드셧어요 read as 들 + 시 + 었 + 어요; 갓어요, 햇어요): the pre-final ending
 * -았/었-/-였- is written with the final ㅆ in every form (했, 갔, 셨, 웠; 한글 맞춤법 제15항, the ending is
 * written in its own shape; 표준국어대사전 '-었-'), so a word Nori reads with it but written without any ㅆ
 * has the ㅆ written as ㅅ, the final both are heard as before a consonant (한글 맞춤법 제7항);</li>
 * <li><b>a modifier with 이</b> (빌일 read as 빌 + 일): after a verb or adjective stem the modifier endings
 * are -(으)ㄴ, -는, -(으)ㄹ and -던 (Yeon &amp; Brown 2019, modifier forms; 한국어기초사전 '-은', '-을');
 * 인 and 일 are the copula's (학생인, 학생일), so a verb stem with 인/일 is a misspelt form
 * (빌릴 → 빌일, the second ㄹ written as ㅇ).</li>
 * </ul>
 * A well-formed word of another verb (휴가를 내고 for 쓰고, 봐 for 와) has none of these, so it stays
 * another verb, a possible paraphrase.
 */
final class RepairedReadings {

    private RepairedReadings() {
    }

    /**
     * Whether a word of the learner's span that the accepted span does not have is read by Nori with a
     * past -았/었- it does not write, or with a copula modifier 인/일 right after a verb or adjective stem.
     *
     * @param o      the learner's span (one or more words)
     * @param c      the accepted span
     * @param answer the learner's normalised answer, in which the words are read (a word alone is often
     *               read otherwise)
     */
    static boolean misspeltVerb(String o, String c, String answer) {
        List<String> accepted = List.of(c.split(" "));
        List<String> span = List.of(o.split(" "));
        for (Morphology.Word w : Morphology.analyse(answer)) {
            if (span.contains(w.surface()) && !accepted.contains(w.surface()) && repaired(w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether Nori's reading of the word repairs it (see the class comment). */
    static boolean repaired(Morphology.Word read) {
        String word = read.surface();
        List<Morphology.Morpheme> m = read.morphemes();
        if (m.isEmpty() || !m.getFirst().is("VV", "VA", "VX")) {
            return false;
        }
        boolean past = m.stream().anyMatch(x -> x.is("EP") && (x.form().contains("었") || x.form().contains("았")
                || x.form().contains("였") || x.form().contains("ㅆ")));
        if (past && !writesSsangsiot(word)) {
            return true;
        }
        return m.size() > 1 && m.get(1).is("ETM") && (m.get(1).form().equals("일") || m.get(1).form().equals("인"));
    }

    /** Whether a syllable of the word has the final ㅆ (했, 갔, 셨). */
    private static boolean writesSsangsiot(String word) {
        for (int i = 0; i < word.length(); i++) {
            char s = word.charAt(i);
            if (Hangul.isSyllable(s) && Hangul.finalIndex(s) == Hangul.Final.SS) {
                return true;
            }
        }
        return false;
    }
}
