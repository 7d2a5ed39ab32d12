package com.koto.evaluation.rules;

import com.koto.evaluation.text.Hangul;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Connective endings and constructions that say one relation between two clauses, any of which a teacher accepts for
 * another when the learner's clause is well formed (session 34, s34b; precision first on answers nobody has seen).
 * The inventory is Yeon &amp; Brown 2011 (Korean: A Comprehensive Grammar, ch. 7 on clausal connectives) and 국립국어원
 * 외국인을 위한 한국어 문법 1 (2005), 연결 어미:
 * <ul>
 * <li><b>time and condition</b> ({@link Relation#TIME}): sequence — V-고 나서, V-고서, V-(으)ㄴ 후에/후, V-(으)ㄴ
 * 다음에, V-(으)ㄴ 뒤에; condition and whenever — V-(으)면, V-고 나면, V-기만 하면, V-(으)ㄹ 때(마다). In the general
 * statements of a task (밥 먹고 나서 배가 아파요, 뭘 먹기만 하면 배가 아파요, 먹은 후에 배가 아파요, 먹으면 배가 아파요)
 * each states what follows the first event; Yeon &amp; Brown list -고 나서, -(으)ㄴ 후에 and -(으)ㄴ 다음에 as one
 * meaning, and -(으)면 / -기만 하면 / -(으)ㄹ 때마다 as its general-truth reading;</li>
 * <li><b>reason</b> ({@link Relation#REASON}): V-아/어서 and V-기 때문에 (Yeon &amp; Brown, -아/어서 vs -(으)니까 vs
 * -기 때문에), neither before a request, proposal or command (가세요, 갑시다, 줄래?), nor -아/어서 after the past
 * -았/었- (갔어서). -(으)니까 is left out both ways: for -아/어서 it is wrong in a past cause or an apology (어제
 * 아프니까 못 왔어요, 아프니까 일찍 퇴근하겠습니다: the development gold fails both), and -아/어서 for -(으)니까 is wrong
 * before any command, which a plain 해/마 does not show (조용히 해, 잊지 마);</li>
 * <li><b>contrast and background</b> ({@link Relation#CONTRAST}): V-지만, V-는데/-(으)ㄴ데 (Yeon &amp; Brown, -지만
 * and -는데 'but'); -는데 on an adjective (죄송하는데 for 죄송한데) is no such form and keeps its finding.</li>
 * </ul>
 * The learner's construction is read on the answer's own words (Nori): a verb or adjective with the connective, and
 * for the two-word constructions the word after it (나서, 나면, 후에, 다음에, 뒤에, 때, 하면, 때문에); the accepted span
 * of the finding must end in a connective of the same relation. Another relation (먹어서 for 먹으면, 먹지만 for
 * 먹어서) keeps its finding, as does a form that is no connective (먹고 나서면).
 */
final class ConnectiveChoices {

    /** The relation a connective says. */
    enum Relation { TIME, REASON, CONTRAST }

    private static final Pattern PUNCTUATION = Pattern.compile("[.,?!~]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Nouns after a past modifier that make 'after' (Yeon &amp; Brown: -(으)ㄴ 후에, 다음에, 뒤에). */
    private static final Set<String> AFTER_NOUNS = Set.of("후에", "후", "후에는", "후엔", "다음에", "다음", "다음에는",
            "뒤에", "뒤", "뒤에는");
    /** Ends of an accepted span that belong to a time or condition connective. */
    private static final Pattern TIME_END = Pattern.compile(".*(고|고서|나서|나면|면|후에|후|다음에|뒤에|때|때마다|때는|하면)$");
    private static final Pattern REASON_END = Pattern.compile(".*(서|때문에)$");
    private static final Pattern CONTRAST_END = Pattern.compile(".*(지만|는데|은데|ㄴ데|인데)$");
    /** Sentence ends of a request, proposal or command (-아/어서 cannot precede them). */
    private static final List<String> DIRECTIVE_ENDS = List.of("세요", "십시오", "ㅂ시다", "읍시다", "시다", "자", "자요",
            "줘", "줘요", "주세요", "래", "래요", "까요");

    private ConnectiveChoices() {
    }

    /**
     * Whether an ending finding replaces one connective of a relation by another of the same relation on a well-formed
     * clause of the learner (나서 for 나면, 먹기만 for 먹고).
     *
     * @param o      the finding's learner span
     * @param c      the finding's accepted span
     * @param answer the learner's normalised answer
     */
    static boolean interchangeable(String o, String c, String answer) {
        if (o == null || c == null || o.isBlank() || c.isBlank() || answer == null) {
            return false;
        }
        Relation accepted = relationOfSpan(c.strip());
        if (accepted == null) {
            return false;
        }
        String[] words = SPACES.split(PUNCTUATION.matcher(answer).replaceAll(" ").strip());
        String first = PUNCTUATION.matcher(o.strip().split(" ")[0]).replaceAll("");
        List<Morphology.Word> analysed = Morphology.analyse(PUNCTUATION.matcher(answer).replaceAll(" ").strip());
        for (int i = 0; i < words.length; i++) {
            if (!words[i].equals(first)) {
                continue;
            }
            for (int j = Math.max(0, i - 1); j <= i; j++) {
                Relation own = relationAt(words, j, analysed, answer);
                // the verb is checked where the finding is on it (먹기만 for 먹고); on the auxiliary of a two-word
                // construction (나서 for 나면) the verb is outside the finding, the same word in both
                if (own == accepted && (j < i || sameVerb(read(analysed, words[j]), c.strip()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Parts of the two-word constructions an accepted span may start with (나면, 하면, 후에, 다음에, 뒤에, 때). */
    private static final Set<String> CONSTRUCTION_PARTS = Set.of("나", "하", "후", "다음", "뒤", "때", "때문");

    /**
     * Whether the learner's verb is the accepted span's (막아서 for 막혀서 is another verb, a voice slip, not another
     * connective), or the span starts with a part of a two-word construction (나면 of 먹고 나면).
     */
    private static boolean sameVerb(Morphology.Word learner, String c) {
        List<Morphology.Word> cw = Morphology.analyse(c);
        if (learner == null || learner.morphemes().isEmpty() || cw.isEmpty() || cw.getFirst().morphemes().isEmpty()) {
            return false;
        }
        String accepted = cw.getFirst().morphemes().getFirst().form();
        return CONSTRUCTION_PARTS.contains(accepted) || accepted.equals(learner.morphemes().getFirst().form());
    }

    /** The relation of the connective an accepted span ends in, or null. */
    static Relation relationOfSpan(String c) {
        String last = PUNCTUATION.matcher(c.substring(c.lastIndexOf(' ') + 1)).replaceAll("");
        if (TIME_END.matcher(last).matches()) {
            return Relation.TIME;
        }
        if (REASON_END.matcher(last).matches()) {
            return Relation.REASON;
        }
        return CONTRAST_END.matcher(last).matches() ? Relation.CONTRAST : null;
    }

    /** The relation of the learner's connective construction starting at word {@code j}, or null. */
    private static Relation relationAt(String[] words, int j, List<Morphology.Word> analysed, String answer) {
        String w = words[j];
        String next = j + 1 < words.length ? words[j + 1] : "";
        Morphology.Word read = read(analysed, w);
        if (read == null || !read.verbal() || w.isEmpty()) {
            return null;
        }
        if (j > 0 && words[j - 1].endsWith("고") && w.startsWith("나")) {
            return null; // 먹고 나서면: the auxiliary 나다 of -고 나다 takes only 나서, 나면, 난 (read from the verb before it)
        }
        List<Morphology.Morpheme> ms = read.morphemes();
        boolean past = ms.stream().anyMatch(m -> m.is("EP") && (m.form().equals("었") || m.form().equals("았")
                || m.form().equals("였") || m.form().equals("ㅆ")));
        char end = w.charAt(w.length() - 1);
        if (w.endsWith("고") && (next.equals("나서") || next.equals("나면") || next.equals("난"))
                || w.endsWith("고서")) {
            return past ? null : Relation.TIME;
        }
        if (w.endsWith("기만") && next.startsWith("하면")) {
            return past ? null : Relation.TIME;
        }
        if (Hangul.isSyllable(end) && Hangul.finalIndex(end) == 4 && AFTER_NOUNS.contains(next)) {
            return Relation.TIME; // 먹은 후에, 끝난 다음에: the modifier ㄴ (final index 4)
        }
        if (Hangul.isSyllable(end) && Hangul.finalIndex(end) == 8 && next.startsWith("때")) {
            return Relation.TIME; // 먹을 때(마다): the modifier ㄹ (final index 8)
        }
        if (w.endsWith("면") && ms.getLast().is("EC")) {
            return Relation.TIME;
        }
        if (w.endsWith("기") && next.startsWith("때문에")) {
            return directiveAfter(w, answer) ? null : Relation.REASON;
        }
        if (w.endsWith("서") && ms.getLast().is("EC") && !w.endsWith("고서")) {
            return past || directiveAfter(w, answer) ? null : Relation.REASON;
        }
        // 죄송하는데 for 죄송한데: -는데 after an adjective is no form; Nori may read 하 of an adjective as XSV, so no
        // noun + 하는데 is taken either
        boolean adjective = ms.stream().anyMatch(m -> m.is("VA", "XSA", "XSV")) || w.endsWith("하는데");
        if ((w.endsWith("지만") || w.endsWith("는데") && !adjective || Hangul.isSyllable(w.length() > 1 ? w.charAt(w.length() - 2) : 'x')
                && w.endsWith("데") && !w.endsWith("는데") && Hangul.finalIndex(w.charAt(w.length() - 2)) == 4) && ms.getLast().is("EC")) {
            return Relation.CONTRAST;
        }
        return null;
    }

    private static Morphology.Word read(List<Morphology.Word> analysed, String surface) {
        for (Morphology.Word w : analysed) {
            if (w.surface().equals(surface)) {
                return w;
            }
        }
        return null;
    }

    /** Whether the sentence of the word ends in a request, proposal or command. */
    private static boolean directiveAfter(String word, String answer) {
        String last = Evidence.lastWordOfSentence(word, answer);
        return last != null && DIRECTIVE_ENDS.stream().anyMatch(last::endsWith);
    }
}
