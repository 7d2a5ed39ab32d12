package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.text.Hangul;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Everyday phrasings of the task's act that the word-by-word comparison misreads as errors (session 17, helper
 * s17a). Each is a class of correct Korean with its source; a finding of such a class is an alignment artefact,
 * not a slip, and does not fail the answer (precision first: with no other decisive finding the answer passes
 * with the model answer shown, or the model decides). Look-alikes outside each class keep their finding.
 * <ul>
 * <li><b>전화/연락 주다 for 전화/연락하다</b> ({@link #givenCall}): a noun of contact as the thing given (전화
 * 주시겠어요, 연락 주세요 for 전화해 주세요): 주다 with a call or a message as its object says the same act as the
 * noun's 하다 verb (표준국어대사전 '주다' 「1」 with an abstract object; 표준 언어 예절 2011, telephone manners:
 * '전화 주셔서 감사합니다'). Only where the learner's 주다 word is the accepted answer's own.</li>
 * <li><b>the buyer's wish for the seller's act</b> ({@link #buyersWish}): 사고 싶은데 (있나요) where the accepted
 * answer asks 팔아요: 사다 and 팔다 are converses of one sale (표준국어대사전 '사다' 반대말 '팔다'), and the
 * speaker's wish to buy, -고 싶다 or -(으)려고 (Yeon &amp; Brown 2019), asks the seller for the thing as the
 * question on 팔다 does. A bare 사요? (does the clerk buy?) keeps its contrast.</li>
 * <li><b>which way for how</b> ({@link #wayQuestion}): 어느 쪽으로/어느 방향으로/어디로 가면 돼요 for 어떻게 가요:
 * both ask the way to a place with 가다 (한국어기초사전 '쪽' 「1」 방향; Yeon &amp; Brown 2019 on question words
 * and -(으)면 되다).</li>
 * <li><b>-(으)면 돼요 for -(으)세요</b> ({@link #enoughIf}): telling the way or what to do with -(으)면 되다 'all
 * you need is to …' (가면 돼요 for 가세요): 되다 'be enough' is the predicate, so no -(으)시- is missing on it, and
 * the construction is polite advice in 해요체 (Yeon &amp; Brown 2019, -(으)면 되다; 국립국어원 한국어 문법 2).</li>
 * <li><b>a place before an activity noun</b> ({@link #placeOfActivity}): 부산 여행을 가다 for 부산에 가다: the
 * place noun modifies the activity noun (N 여행 'a trip to N', 표준국어대사전 '여행' ¶ 유럽 여행), and the activity
 * noun is the object of 가다 (여행을 가다, the lexicon's {@code activity_nouns}), so no 에 is missing.</li>
 * <li><b>the seat suffix -석</b> ({@link #seatSuffix}): 창가석 for 창가 자리/좌석: -석(席) forms a seat noun from
 * its place (표준국어대사전 '-석' 「접사」 '자리'의 뜻: 관람석, 운전석, 지정석), one word of the same meaning. Only
 * with the accepted answer's own place noun (통로석 for 창가 자리 stays another seat).</li>
 * <li><b>the tense of a quoted clause</b> ({@link #quotedTense}): 갔다고 for 간다고 in a message to be passed on
 * (나 갔다고 인사 좀 전해 줘): indirect quotation keeps the quoted clause's own tense (Yeon &amp; Brown 2019,
 * -다고 하다), and by the time the message is told the speaker has left; the two are one verb's past and
 * present, not a spelling slip. Only -았/었다고 against -ㄴ/는다고 of the same verb.</li>
 * <li><b>a stative verb before 있다</b> ({@link #verbBeforeState}): 앞에 서 있어 is 앞에 + 서 있어 'stand in front',
 * not 앞에서 written apart: -아/어 있다 takes a verb (표준국어대사전 '있다' 「보조 동사」 ((동사 뒤에서 '-어 있다'
 * 구성으로 쓰여))), so the spacing note that would join the verb to the particle is dropped.</li>
 * </ul>
 */
final class EverydayPhrasings {

    /** A form of 사다 of wish or purpose (사고 싶, 사려고 …) at a word start. */
    private static final Pattern BUY_WISH = Pattern.compile("(^| )사(고 싶|려고|려는|려면)");
    /** A word that starts with 팔 (팔다). */
    private static final Pattern SELL_START = Pattern.compile("(^| )팔");

    private EverydayPhrasings() {
    }

    /** Nouns of contact given with 주다 (전화 주세요, 연락 주세요, 문자 주세요, 답장 주세요). */
    private static final Set<String> CONTACT = Set.of("전화", "연락", "문자", "답장");

    /** Question words of way and direction before 가다 (어느 쪽으로, 어디로). */
    private static final Pattern WAY = Pattern.compile("(^| )(어느 쪽|어느 방향|어느 길|어디)으?로( |$)");

    /** The -(으)면 되다 'it is enough to' end, polite or formal. */
    private static final Pattern ENOUGH_IF = Pattern.compile("면 (돼요|됩니다|되세요|되십니다)$");

    /**
     * Whether a relative finding is one of this class's misreadings.
     *
     * @param f      the finding
     * @param answer the learner's normalised answer
     * @return true when the finding must not fail the answer
     */
    static boolean artefact(Finding f, String answer) {
        if (f.original() == null || f.correction() == null) {
            return false;
        }
        String o = f.original().strip();
        String c = f.correction().strip();
        return givenCall(f, o, c) || buyersWish(f, o, c) || wayQuestion(f, o, c) || enoughIf(f, o, c)
                || placeOfActivity(f, o, c, answer) || seatSuffix(f, o, c) || quotedTense(f, o, c);
    }

    /** 전화 주세요 for 전화해 주세요: the same 주다 word after a noun of contact. */
    static boolean givenCall(Finding f, String o, String c) {
        String[] ow = o.split(" ");
        String[] cw = c.split(" ");
        if (f.category() == ErrorCategory.HONORIFIC || ow.length != 2 || cw.length != 2 || !ow[1].equals(cw[1])
                || !ow[1].startsWith("주")) {
            return false;
        }
        String noun = ArgumentCheck.stemAndParticle(ow[0])[0];
        return CONTACT.contains(noun) && (cw[0].equals(noun + "해") || cw[0].equals(noun + "을 해")
                || cw[0].equals(noun + "를 해"));
    }

    /** 사고 싶은데 (있나요) for 팔아요: the speaker's wish to buy, where a contrast pairs 사다 with 팔다. */
    static boolean buyersWish(Finding f, String o, String c) {
        if (!"vocabulary/contrast".equals(Subtypes.of(f))) {
            return false;
        }
        boolean wish = BUY_WISH.matcher(o).find();
        boolean sell = SELL_START.matcher(c).find();
        return wish && sell;
    }

    /** 어느 쪽으로 가면 돼요 for 어떻게 가요: a way question on 가다 for another. */
    static boolean wayQuestion(Finding f, String o, String c) {
        if (f.category() != ErrorCategory.VOCABULARY || !WAY.matcher(o).find() || !c.contains("어떻게")) {
            return false;
        }
        return goes(o) && goes(c);
    }

    private static boolean goes(String span) {
        for (String w : span.split(" ")) {
            if (w.startsWith("가") && !w.startsWith("가장") && !w.startsWith("가까")) {
                return true;
            }
        }
        return false;
    }

    /** 가면 돼요 for 가세요: -(으)면 되다 has no -(으)시- to miss. */
    static boolean enoughIf(Finding f, String o, String c) {
        return "honorific/si_missing".equals(Subtypes.of(f)) && ENOUGH_IF.matcher(o).find()
                && (c.endsWith("세요") || c.endsWith("십시오") || c.endsWith("십니다"));
    }

    /** 부산 → 부산에 before 여행을 가다: the place modifies the activity noun. */
    static boolean placeOfActivity(Finding f, String o, String c, String answer) {
        if (f.category() != ErrorCategory.PARTICLE_MISSING || o.isEmpty() || o.contains(" ")
                || !(c.equals(o + "에") || c.equals(o + "으로") || c.equals(o + "로"))) {
            return false;
        }
        String[] words = answer.split(" ");
        for (int i = 0; i + 2 < words.length; i++) {
            if (words[i].equals(o)) {
                String[] next = ArgumentCheck.stemAndParticle(words[i + 1]);
                if (Equivalents.activityNoun(next[0]) && (next[1].isEmpty() || next[1].equals("을")
                        || next[1].equals("를")) && (words[i + 2].startsWith("가") || words[i + 2].startsWith("갈")
                        || words[i + 2].startsWith("갔") || words[i + 2].startsWith("떠나")
                        || words[i + 2].startsWith("다녀"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** 창가석으로 for 창가 좌석으로 / 창가 자리로: the suffix -석 on the accepted answer's own place noun. */
    static boolean seatSuffix(Finding f, String o, String c) {
        String[] cw = c.split(" ");
        if (o.contains(" ") || cw.length != 2) {
            return false;
        }
        String place = cw[0];
        String[] seat = ArgumentCheck.stemAndParticle(cw[1]);
        if (!(seat[0].equals("좌석") || seat[0].equals("자리")) || !o.startsWith(place + "석")) {
            return false;
        }
        String particle = o.substring(place.length() + 1);
        return particle.isEmpty() || Particles.isParticle(particle);
    }

    /** Whether a spelling or tense finding is 갔다고 for 간다고, one verb's past and present in a quoted clause. */
    static boolean quotedTense(Finding f) {
        return f.original() != null && f.correction() != null
                && quotedTense(f, f.original().strip(), f.correction().strip());
    }

    /** 갔다고 for 간다고: one verb's past and present in a quoted clause. */
    static boolean quotedTense(Finding f, String o, String c) {
        if (f.category() != ErrorCategory.SPELLING && f.category() != ErrorCategory.TENSE) {
            return false;
        }
        if (o.contains(" ") || c.contains(" ") || o.length() != c.length() || o.length() < 3
                || !o.endsWith("다고") || !c.endsWith("다고")) {
            return false;
        }
        int k = o.length() - 3; // the syllable before 다고
        if (!o.substring(0, k).equals(c.substring(0, k))) {
            return false;
        }
        char past = o.charAt(k);
        char present = c.charAt(k);
        return Hangul.isSyllable(past) && Hangul.isSyllable(present)
                && Hangul.initialIndex(past) == Hangul.initialIndex(present)
                && Hangul.medialIndex(past) == Hangul.medialIndex(present)
                && Hangul.finalIndex(past) == Hangul.Final.SS
                        && Hangul.finalIndex(present) == Hangul.Final.N; // ㅆ against ㄴ
    }

    /**
     * Whether a spacing note joins a verb to the word before it where the verb stands before 있다 (앞에 서 있어 →
     * 앞에서): the learner's word is the verb of -아/어 있다.
     *
     * @param f      a spacing finding
     * @param answer the learner's normalised answer
     */
    static boolean verbBeforeState(Finding f, String answer) {
        if (f.category() != ErrorCategory.SPACING || f.original() == null) {
            return false;
        }
        String[] ow = f.original().strip().split(" ");
        if (ow.length < 2) {
            return false;
        }
        String verb = ow[ow.length - 1];
        List<String> words = List.of(answer.split(" "));
        for (int i = 0; i + 1 < words.size(); i++) {
            if (words.get(i).equals(verb) && words.get(i + 1).startsWith("있") && i > 0
                    && words.get(i - 1).equals(ow[ow.length - 2])) {
                return true;
            }
        }
        return false;
    }
}
