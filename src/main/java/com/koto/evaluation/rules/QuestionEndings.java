package com.koto.evaluation.rules;

import com.koto.evaluation.text.Hangul;
import com.koto.evaluation.text.Hangul.Final;
import java.util.List;
import java.util.Set;

/**
 * The soft question endings of the polite level (해요체): -나요 (verbs, 있다/없다; in speech also
 * adjectives), -(으)ㄴ가요 (adjectives and the copula) and -(으)ㄹ까요 ask what -아/어요? asks, more
 * gently (국립국어원 『외국인을 위한 한국어 문법 1』, 종결 어미 -나요, -(으)ㄴ가요, -(으)ㄹ까요; Yeon &amp;
 * Brown 2019, on questions). Written on the stem of the accepted word they are the same question,
 * not a wrong ending: 먼가요 for 멀어요 (ㄹ drops before ㄴ), 가까운가요 for 가까워요 (ㅂ becomes 우),
 * 사나요 for 살아요 (ㄹ drops before ㄴ), 멀까요 for 멀어요.
 *
 * <p>Nori reads such a word as a modifier and the noun 가요 ('song') when it is not the last of the
 * answer, so the forms are built here from the accepted word's stem ({@code Resynthesis} keeps the
 * same conjugation rules: 한글 맞춤법 제18항 on ㄹ, ㅂ, ㅅ, ㅎ stems) and compared letter for letter;
 * a malformed form (멀은가요, 먼요) is none of them and stays the comparison's business.
 */
final class QuestionEndings {

    private QuestionEndings() {
    }

    /**
     * Whether the last word of {@code o} is the stem of the last word of {@code c}, a polite
     * (-아/어요) or formal (-ㅂ니까) predicate, with a soft question ending of the polite level.
     *
     * @param o the learner's span
     * @param c the accepted span
     */
    static boolean sameQuestion(String o, String c) {
        if (o.isBlank() || c.isBlank()) {
            return false;
        }
        String learner = last(o);
        String accepted = last(c);
        if (learner.equals(accepted)) {
            return false;
        }
        if (copulaQuestion(learner, accepted)) {
            return true;
        }
        if (!plainQuestionForm(accepted)) {
            return false;
        }
        List<String> stems = new java.util.ArrayList<>();
        String read = stem(accepted);
        if (read != null && !read.isEmpty()) {
            stems.add(read);
        }
        for (String existential : List.of("있", "없")) {
            // 재미있어요: Nori gives the contracted stem 재밌; the learner writes the stem as the accepted word does
            int at = accepted.lastIndexOf(existential);
            if (at > 0 && (accepted.startsWith(existential + "어요", at) || accepted.startsWith(existential + "습니까", at))) {
                stems.add(accepted.substring(0, at + 1));
            }
        }
        for (String stem : stems) {
            for (String form : forms(stem)) {
                if (learner.equals(form + "요")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The copula's soft question -(이)ㄴ가요 on the noun of an accepted N이에요/N예요/N입니까 (만든 건가요? for 만든
     * 거예요?, 학생인가요? for 학생이에요?): 이다 takes -ㄴ가요 as adjectives do, and after a vowel its 이 may drop
     * (거 + -ㄴ가요 = 건가요; 표준국어대사전 '-ㄴ가' 「어미」, '이다' 「조사」; 『외국인을 위한 한국어 문법 1』
     * '-은가요/-ㄴ가요'). The noun is written as the accepted word writes it; 거인가요 and 건가요 both match, 거인가
     * and 거예요가 do not.
     */
    static boolean copulaQuestion(String learner, String accepted) {
        String noun;
        if (accepted.endsWith("이에요") || accepted.endsWith("입니까")) {
            noun = accepted.substring(0, accepted.length() - 3);
        } else if (accepted.endsWith("예요")) {
            noun = accepted.substring(0, accepted.length() - 2);
        } else {
            return false;
        }
        if (noun.isEmpty() || !learner.endsWith("가요")) {
            return false;
        }
        List<Morphology.Word> read = Morphology.analyse(accepted);
        if (read.size() != 1 || read.getFirst().morphemes().stream().noneMatch(m -> m.is("VCP"))) {
            return false;
        }
        if (learner.equals(noun + "인가요")) {
            return true;
        }
        char last = noun.charAt(noun.length() - 1);
        return Hangul.isSyllable(last) && !Hangul.hasFinal(last)
                && learner.equals(noun.substring(0, noun.length() - 1) + (char) (last + 4) + "가요");
    }

    /** The question forms without 요: -나, -(으)ㄴ가, -는가, -(으)ㄹ까 on {@code stem}. */
    static List<String> forms(String stem) {
        char last = stem.charAt(stem.length() - 1);
        if (!Hangul.isSyllable(last)) {
            return List.of();
        }
        String head = stem.substring(0, stem.length() - 1);
        int f = Hangul.finalIndex(last);
        String bare = f == Final.L ? head + Hangul.withoutFinal(last) : stem; // ㄹ drops before ㄴ
        String modifier;
        String future;
        if (f == Final.NONE) {
            modifier = head + (char) (last + Final.N); // + ㄴ
            future = head + (char) (last + Final.L);
        } else if (f == Final.L) {
            modifier = head + (char) (last - Final.L + Final.N);
            future = stem;
        } else if (f == Final.B && IrregularForms.bIrregular(stem)) {
            modifier = head + Hangul.withoutFinal(last) + "운";
            future = head + Hangul.withoutFinal(last) + "울";
        } else if (f == Final.H && !stem.endsWith("좋")) {
            char open = Hangul.withoutFinal(last);
            modifier = head + (char) (open + 4);
            future = head + (char) (open + Final.L);
        } else if (f == Final.S && S_IRREGULAR.contains(stem)) {
            modifier = head + Hangul.withoutFinal(last) + "은";
            future = head + Hangul.withoutFinal(last) + "을";
        } else if (f == Final.D && D_IRREGULAR.contains(stem)) {
            modifier = stem + "은";
            future = head + (char) (Hangul.withoutFinal(last) + Final.L) + "을";
        } else {
            modifier = stem + "은";
            future = stem + "을";
        }
        return List.of(bare + "나", modifier + "가", bare + "는가", future + "까");
    }

    private static final Set<String> S_IRREGULAR = Set.of("낫", "짓", "붓", "젓", "긋");
    private static final Set<String> D_IRREGULAR = Set.of("듣", "걷", "묻", "싣", "깨닫");

    /** The dictionary stem of a polite or formal predicate (재미있어요 → 재미있, 공부해요 → 공부하); null if none. */
    private static String stem(String word) {
        List<Morphology.Word> read = Morphology.analyse(word);
        if (read.size() != 1) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (Morphology.Morpheme m : read.getFirst().morphemes()) {
            out.append(m.form());
            if (m.is("VV", "VA", "XSV", "XSA", "VX")) {
                return out.toString();
            }
            if (!m.tag().startsWith("N") && !m.is("XR")) {
                return null;
            }
        }
        return null;
    }

    /**
     * Whether the word ends in -아/어요 or -(스)ㅂ니까 (Nori: EF 아요/어요/여요 or the contracted 요, EC 아/어 +
     * 요, EF ㅂ니까/습니까) without -시-: the forms a soft question may stand for; not -ㄹ게요, -세요,
     * -죠, which do other things.
     */
    private static boolean plainQuestionForm(String word) {
        if (!(word.endsWith("요") || word.endsWith("니까"))) {
            return false;
        }
        List<Morphology.Word> read = Morphology.analyse(word);
        if (read.size() != 1 || read.getFirst().morphemes().size() < 2) {
            return false;
        }
        List<Morphology.Morpheme> ms = read.getFirst().morphemes();
        Morphology.Morpheme end = ms.getLast();
        Morphology.Morpheme before = ms.get(ms.size() - 2);
        if (ms.stream().anyMatch(m -> m.is("EP") && m.form().equals("시"))) {
            return false; // 가세요: a request as often as a question
        }
        // 비싸요: Nori gives the contracted -아요 of a vowel stem as 요
        return end.is("EF") && (Set.of("아요", "어요", "여요", "요").contains(end.form()) || end.form().endsWith("니까"))
                || end.is("JX") && end.form().equals("요") && before.is("EC") && Set.of("아", "어", "여").contains(before.form());
    }

    private static String last(String span) {
        String s = span.strip();
        return s.substring(s.lastIndexOf(' ') + 1);
    }
}
