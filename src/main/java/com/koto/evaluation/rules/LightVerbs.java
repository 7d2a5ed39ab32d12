package com.koto.evaluation.rules;

import java.util.List;
import java.util.regex.Pattern;

/**
 * 하다 and -받다 chosen on purpose, where the comparison took them for a misspelling of a verb one letter away
 * (session 25, helper s25a). Each is another real word in a frame of its own, so a {@code spelling/letters} finding
 * on it is no slip ({@link SpokenSpelling#otherWord}: such a finding never fails the answer alone; which word fits is
 * the model's to judge):
 * <ul>
 * <li><b>the light verb of a verbal noun</b>: 계산은 지금 해야 돼요, 아니면 나중에 해요? read against 돈은 지금 내요?
 * (해요 / 내요): 하다 does the act its noun names (표준국어대사전 '하다'¹ 「1」, with a noun of action: 계산을 하다),
 * and the noun is one an accepted answer of the activity makes a 하다 verb (지금 계산해요); the noun stands
 * before the word in the answer;</li>
 * <li><b>N(으)로 하다 'decide on N'</b>: 선물은 아기 옷으로 하자 read against 아기 옷 사자 (하자 / 사자): 하다 with N(으)로
 * chooses N (표준국어대사전 '하다'¹ 「13」 ((…을 …으로)) 무엇을 무엇으로 정하다; Yeon &amp; Brown 2019, -(으)로 하다);
 * the word right before is the noun with (으)로;</li>
 * <li><b>N받다 for N하다</b>: 환불받고 싶습니다 read against 환불하고 싶습니다: the suffix -받다 makes the noun's act
 * one the subject receives (표준국어대사전 '-받다' 「접사」 ((일부 명사 뒤에 붙어)) '피동'의 뜻: 교육받다, 환불받다
 * is the customer's side of 환불하다); the same dictionary noun before 받 and 하, either way round.</li>
 * </ul>
 * 돈은 지금 해요? for 내요 (돈 is no act), 아기 옷 하자 for 사자 (no (으)로) and a slip inside the noun keep their
 * finding.
 */
final class LightVerbs {

    /** The forms of 하다's stem at a word start (하, 해, 했, 한, 할, 합). */
    private static final Pattern HADA = Pattern.compile("(하|해|했|한|할|합)\\S*");
    /** Sentence marks and commas. */
    private static final Pattern MARKS = Pattern.compile("[.!?。,~]");

    private LightVerbs() {
    }

    /**
     * Whether the learner's word {@code o} is 하다 or N받다 in one of the frames above, where {@code c} is the accepted
     * word the comparison paired it with.
     *
     * @param answer   the learner's normalised answer
     * @param accepted the normalised accepted answers
     */
    static boolean chosen(String o, String c, String answer, List<String> accepted) {
        return receivedAct(o, c) || receivedAct(c, o) || lightVerb(o, c, answer, accepted);
    }

    /**
     * 받다 with its object for the accepted N받다 (재학증명서를 받고 싶습니다 for 재학증명서를 발급받고): the thing received
     * stands as the object of the plain verb, and the verbal noun before -받다 only names how it is received
     * (표준국어대사전 '받다'¹ 「1」 다른 사람이 주거나 보내오는 물건 따위를 가지다; '-받다' 「접사」: 발급받다, 처방받다).
     * The learner's word is the accepted word without its noun, in the same form, and the word before it in the answer
     * is an object with 을/를 (in either form: the allomorph is its own finding). Session 26 (helper s26a). Not for
     * 하다 (재학증명서를 하고 for 발급하고 is no sentence), nor without the object (받고 싶습니다 alone).
     *
     * @param o      the learner's word
     * @param c      the accepted word
     * @param answer the learner's normalised answer
     */
    static boolean receivedWithObject(String o, String c, String answer) {
        if (o.isEmpty() || o.contains(" ") || c.contains(" ") || !o.startsWith("받") || !c.endsWith(o)
                || c.length() < o.length() + 2) {
            return false;
        }
        String noun = c.substring(0, c.length() - o.length());
        if (!KnownWords.noun(noun)) {
            return false;
        }
        String[] words = MARKS.matcher(answer).replaceAll(" ").strip().split("\\s+");
        for (int i = 1; i < words.length; i++) {
            if (words[i].equals(o) && (words[i - 1].endsWith("을") || words[i - 1].endsWith("를"))) {
                return true;
            }
        }
        return false;
    }

    /** 환불받고 for 환불하고: the same noun with 받 where the accepted word has 하. */
    private static boolean receivedAct(String o, String c) {
        List<Morphology.Word> read = Morphology.analyse(o);
        if (read.size() != 1 || read.getFirst().morphemes().size() < 3) {
            return false;
        }
        List<Morphology.Morpheme> ms = read.getFirst().morphemes();
        String noun = ms.getFirst().form();
        return ms.getFirst().is("NNG") && ms.get(1).form().equals("받") && noun.length() >= 2 && KnownWords.noun(noun)
                && o.startsWith(noun + "받") && c.startsWith(noun) && HADA.matcher(c.substring(noun.length())).matches();
    }

    /** 해요 for 내요 after a verbal noun of the activity, 하자 for 사자 after N(으)로. */
    private static boolean lightVerb(String o, String c, String answer, List<String> accepted) {
        List<Morphology.Word> own = Morphology.analyse(o);
        List<Morphology.Word> theirs = Morphology.analyse(c);
        if (own.size() != 1 || own.getFirst().morphemes().isEmpty() || !own.getFirst().morphemes().getFirst().form().equals("하")
                || !own.getFirst().startsWith("VV") || c.startsWith("하") || c.startsWith("해")
                || theirs.size() == 1 && !theirs.getFirst().morphemes().isEmpty()
                        && theirs.getFirst().morphemes().getFirst().form().equals("하")) {
            return false;
        }
        List<Morphology.Word> words = Morphology.analyse(answer);
        int at = -1;
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).surface().equals(o)) {
                at = i;
            }
        }
        if (at < 1) {
            return false;
        }
        Morphology.Word before = words.get(at - 1);
        List<Morphology.Morpheme> bm = before.morphemes();
        if (bm.size() == 2 && bm.getFirst().is("NNG") && bm.getLast().is("JKB")
                && (bm.getLast().form().equals("로") || bm.getLast().form().equals("으로"))) {
            return true; // 아기 옷으로 하자
        }
        for (String noun : nounsBefore(o, answer)) {
            for (String a : accepted) {
                for (Morphology.Word w : Morphology.analyse(a)) {
                    List<Morphology.Morpheme> m = w.morphemes();
                    if (m.size() >= 2 && m.getFirst().form().equals(noun) && m.get(1).is("XSV")) {
                        return true; // 계산은 … 해요 where an accepted answer says 계산해요
                    }
                }
            }
        }
        return false;
    }

    /** The nouns (Nori NNG, two syllables or more) before the word in the answer. */
    private static List<String> nounsBefore(String o, String answer) {
        List<String> out = new java.util.ArrayList<>();
        for (Morphology.Word w : Morphology.analyse(MARKS.matcher(answer).replaceAll(" "))) {
            if (w.surface().equals(o)) {
                return out;
            }
            if (!w.morphemes().isEmpty() && w.morphemes().getFirst().is("NNG") && w.morphemes().getFirst().form().length() >= 2) {
                out.add(w.morphemes().getFirst().form());
            }
        }
        return out;
    }
}
