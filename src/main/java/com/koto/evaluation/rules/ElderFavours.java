package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.Register;
import com.koto.evaluation.text.Hangul;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An elder's own acts and the favours given to or by an honoured person, on the learner's own words
 * (session 16), category {@code honorific}, the word as written → the honoured word:
 * <ul>
 *   <li>{@code honorific/verb}, an elder named without a particle as the subject of a verb that has an
 *       honorific word of its own: 할머니 자 → 주무셔, 할머니 어디 아파요? → 편찮으세요 (자다/주무시다,
 *       아프다/편찮으시다; with 이/가/께서 {@link SpeechLevels} reads it, also 죽다/돌아가시다). Only where the
 *       sentence opens with the noun (after a vocative with its comma), no comma after it, and nothing but
 *       adverbs stands before the verb: a bare noun before another noun or an object is its possessor or the
 *       object. Not where the vocative calls an elder above the one spoken of (압존법 of the family:
 *       할아버지, 아버지 아직 자요);</li>
 *   <li>{@code honorific/si_missing}, the honoured listener's favour thanked for in -아/어 줘서: 어머니, …
 *       만들어 줘서 감사합니다 → 주셔서. The giver of -아/어 주다 is its subject, here the listener, whom
 *       -(으)시- raises (주체 높임; "와 주셔서 감사합니다"). Only where the answer calls the listener by an
 *       honoured title or kin term with a comma, or the accepted answers themselves say 주셔서 and never 줘서,
 *       and no other subject is named before it; not in a casual activity;</li>
 *   <li>{@code honorific/verb}, the speaker's favour to the honoured listener with 주다 where the accepted
 *       answers give it with 드리다: 포장해 줄까요? → 드릴까요, 도와줘도 돼요? → 도와드려도. In an offer
 *       (-(으)ㄹ까요), a request for leave (-아/어도 돼요) or a promise (-(으)ㄹ게요, -겠습니다) the speaker gives, and
 *       the humble 드리다 raises the receiver (객체 높임). Only where an accepted answer gives with 드리다 (the task's
 *       receiver is honoured), none has the learner's word, and the sentence names no other receiver (친구한테) nor
 *       the speaker as one (저한테 줘도 돼요: the listener gives); not in a casual activity.</li>
 * </ul>
 * <p>Sources: 국립국어원 『표준 언어 예절』 (2011), 높임법 (주체 높임: 주무시다, 편찮으시다, 돌아가시다; 객체
 * 높임: 드리다, 여쭙다, 모시다; 가정에서의 압존법); 국립국어원 『외국인을 위한 한국어 문법 1』 (2005), 주체 높임법과
 * 객체 높임법 (-아/어 드리다); Sohn, <i>The Korean Language</i> (1999), ch. 9; Yeon &amp; Brown, <i>Korean: A
 * Comprehensive Grammar</i> (2019), on -아/어 주다 and -아/어 드리다.
 */
final class ElderFavours {

    /** A word that ends in the infinitive -아/-어 (also 해, 와, 워). */
    private static final Pattern INFINITIVE_END_HAE = Pattern.compile(".*[아어여해와워]");
    /** A form of 드리다. */
    private static final Pattern HUMBLE_GIVE = Pattern.compile(".*(드리|드려|드릴|드립|드렸|드린).*");

    private ElderFavours() {
    }

    /** Verbs with an honorific word of their own, and that word's forms: 자다/주무시다, 아프다/편찮으시다, 죽다/돌아가시다. */
    private static final Map<String, String> OWN_HONORIFIC = Map.of("자", "주무[시셔셨세십]", "아프", "편찮",
            "죽", "돌아가[시셔셨세십]");

    /** Words that may stand between a bare elder subject and its verb (adverbs, question words, time words). */
    private static final Set<String> BETWEEN = Set.of("어디", "어디가", "왜", "언제", "지금", "아직", "벌써", "많이",
            "좀", "조금", "너무", "또", "오늘", "어제", "요즘", "자주", "일찍", "방금", "계속", "혹시");

    /** Elder kin by rank in the family, for 압존법 (the grandparents above the parents). */
    private static final Map<String, Integer> RANK = Map.of("할머니", 2, "할아버지", 2, "할머님", 2, "할아버님", 2,
            "어머니", 1, "아버지", 1, "어머님", 1, "아버님", 1, "부모님", 1);

    /** Thanks after a favour in -아/어서, also in the past of a farewell (그동안 도와주셔서 감사했습니다). */
    private static final Set<String> THANKS = Set.of("감사합니다", "감사해요", "감사드립니다", "고맙습니다", "고마워요",
            "감사드려요", "감사했습니다", "감사했어요", "고마웠습니다", "고마웠어요");

    /** Degree adverbs that may stand between the favour and the thanks (도와주셔서 정말 감사했습니다). */
    private static final Set<String> THANKS_ADVERBS = Set.of("정말", "너무", "진짜", "참", "많이", "대단히", "진심으로",
            "정말로", "늘", "항상");

    /** 주다 of the speaker's favour in an offer, a request for leave or a promise → 드리다. */
    private static final Map<String, String> GIVE_HUMBLE = Map.of("줄까요", "드릴까요", "줘도", "드려도", "주어도", "드려도",
            "줄게요", "드릴게요", "주겠습니다", "드리겠습니다", "주겠어요", "드리겠어요");

    /**
     * The findings on the learner's raw answer.
     *
     * @param raw      the answer as typed (commas mark vocatives)
     * @param register the activity's register
     * @param accepted the normalised accepted answers
     * @return findings; empty when none applies
     */
    static List<Finding> find(String raw, Register register, List<String> accepted) {
        List<Finding> out = new ArrayList<>();
        if (raw.contains("\"") || raw.contains("“") || raw.contains("'") || raw.contains("‘")) {
            return out; // quoted speech keeps the quoted speaker's words
        }
        String vocative = null;
        for (SpeechLevels.AnalysedSentence s : SpeechLevels.analysedSentences(raw)) {
            List<String> words = s.words();
            if (raw.contains(words.getFirst() + ",") && words.size() > 1) {
                vocative = words.getFirst();
            }
            bareElder(words, s.analysed(), raw, vocative, accepted, out);
            if (register != Register.CASUAL) {
                giverThanked(words, s.analysed(), raw, accepted, out);
                speakersFavour(words, s.analysed(), honouredVocative(raw), register, accepted, out);
            }
        }
        return out;
    }

    /** 할머니 자 → 주무셔, 할머니 어디 아파요 → 편찮으세요. */
    private static void bareElder(List<String> words, List<Morphology.Word> analysed, String raw, String vocative,
            List<String> accepted, List<Finding> out) {
        int b = raw.contains(words.getFirst() + ",") ? 1 : 0;
        int k = words.size() - 1;
        if (b >= k) {
            return;
        }
        String elder = words.get(b);
        if (!Persons.HONOURED.contains(elder) && !Persons.ELDER_KIN_RAISED.contains(elder)
                || raw.contains(elder + ",")) {
            return;
        }
        if (b == 1 && RANK.getOrDefault(words.getFirst(), 0) > RANK.getOrDefault(elder, 0)
                || b == 0 && vocative != null && RANK.getOrDefault(vocative, 0) > RANK.getOrDefault(elder, 0)) {
            return; // 할아버지, 아버지 아직 자요: the family's 압존법
        }
        for (int i = b + 1; i < k; i++) {
            if (!BETWEEN.contains(words.get(i))) {
                return;
            }
        }
        Morphology.Word verb = analysed.get(k);
        String said = words.get(k);
        // 자, 자요 ending the sentence after the noun are the verb (Nori reads the interjection 자, which opens a
        // sentence, or a noun 자요)
        boolean sleeps = (said.equals("자") || said.equals("자요")) && verb.morphemes().size() == 1
                && verb.startsWith("IC", "NNG");
        if (!sleeps && (verb.morphemes().isEmpty() || !verb.morphemes().getFirst().is("VV", "VA")
                || !OWN_HONORIFIC.containsKey(verb.morphemes().getFirst().form())
                || verb.morphemes().stream().anyMatch(m -> m.is("EP") && m.form().contains("시")))) {
            return;
        }
        if (accepted.stream().anyMatch(a -> (" " + a + " ").contains(" " + said + " "))) {
            return;
        }
        // the task speaks of the elder's sleep, illness or death: an accepted answer has the honorific word (a
        // bare title may also be a vocative without its comma: 선생님 오늘 아파요 of the speaker)
        java.util.regex.Pattern own = java.util.regex.Pattern.compile(
                OWN_HONORIFIC.get(sleeps ? "자" : verb.morphemes().getFirst().form()));
        String fixed = SpeechLevels.honour(said, "");
        if (fixed != null && !fixed.equals(said) && accepted.stream().anyMatch(a -> own.matcher(a).find())) {
            out.add(new Finding(ErrorCategory.HONORIFIC, said, fixed, "honorific/verb"));
        }
    }

    /** 어머니, 만들어 줘서 감사합니다 → 주셔서. */
    private static void giverThanked(List<String> words, List<Morphology.Word> analysed, String raw,
            List<String> accepted, List<Finding> out) {
        if (words.stream().noneMatch(THANKS::contains)) {
            return;
        }
        boolean honouredListener = false; // called by an honoured title or kin term with its comma, in any sentence
        for (String w : SpeechLevels.sentences(raw).stream().flatMap(List::stream).toList()) {
            honouredListener |= raw.contains(w + ",") && HonorificWords.honoured(w);
        }
        boolean acceptedHonours = accepted.stream().anyMatch(a -> a.contains("주셔서"))
                && accepted.stream().noneMatch(a -> a.contains("줘서") || a.contains("주어서"));
        if (!honouredListener && !acceptedHonours) {
            return;
        }
        for (int i = 0; i + 1 < words.size(); i++) {
            String w = words.get(i);
            Morphology.Word m = analysed.get(i);
            if (m.endsWith("JKS") && !HonorificWords.honoured(ArgumentCheck.stemAndParticle(w)[0])) {
                return; // 친구가 도와줘서: another giver
            }
            int j = i + 1;
            while (j + 1 < words.size() && THANKS_ADVERBS.contains(words.get(j))) {
                j++;
            }
            if (!THANKS.contains(words.get(j))) {
                continue;
            }
            String fixed = w.endsWith("줘서") ? w.substring(0, w.length() - 2) + "주셔서"
                    : w.endsWith("주어서") ? w.substring(0, w.length() - 3) + "주셔서" : null;
            if (fixed != null && accepted.stream().noneMatch(a -> (" " + a + " ").contains(" " + w + " "))) {
                out.add(new Finding(ErrorCategory.HONORIFIC, w, fixed, "honorific/si_missing"));
            }
        }
    }

    /**
     * Whether the answer calls its listener by an honoured title, elder kin term or N님 with a comma (할머니, 팀장님,
     * 박 선배님,): the listener is then the receiver of the speaker's favours and the giver of the favours asked.
     * 아저씨 and 아주머니 (everyday address of an older stranger) are not counted.
     */
    static boolean honouredVocative(String raw) {
        for (String w : SpeechLevels.sentences(raw).stream().flatMap(List::stream).toList()) {
            if (raw.contains(w + ",") && (Persons.HONOURED.contains(w) || Persons.ELDER_KIN_RAISED.contains(w)
                    || w.length() >= 2 && w.endsWith("님"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * 포장해 줄까요 → 드릴까요, 도와줘도 돼요 → 도와드려도, 따라 줄게요 → 드릴게요; to an honoured listener called with a
     * comma also the main verb (할머니, 월세는 25일에 줄게요 → 드릴게요: the listener receives). In a formal activity a
     * promise is corrected into the 합쇼체 promise (줄게요 → 드리겠습니다).
     */
    private static void speakersFavour(List<String> words, List<Morphology.Word> analysed, boolean honouredListener,
            Register register, List<String> accepted, List<Finding> out) {
        for (String w : words) {
            String[] sp = ArgumentCheck.stemAndParticle(w);
            if (Set.of("한테", "에게", "께").contains(sp[1]) && !HonorificWords.honoured(sp[0])
                    || Set.of("저한테", "저에게", "제게", "나한테", "나에게", "내게").contains(w)) {
                return; // 친구한테 사 줄까요, 저한테 줘도 돼요: another receiver, or the speaker receives
            }
        }
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            for (Map.Entry<String, String> e : GIVE_HUMBLE.entrySet()) {
                if (!w.endsWith(e.getKey())) {
                    continue;
                }
                String head = w.substring(0, w.length() - e.getKey().length());
                // the auxiliary after -아/어 (포장해 줄까요, 도와줘도, 따라 줄게요): a word of its own or 도와 joined to it
                boolean auxiliary = head.isEmpty()
                        ? i > 0 && (INFINITIVE_END_HAE.matcher(words.get(i - 1)).matches()
                                || analysed.get(i - 1).endsWith("EC") && infinitiveShape(words.get(i - 1)))
                        : INFINITIVE_END_HAE.matcher(head).matches();
                // the main verb given to the honoured listener (월세는 25일에 줄게요), not the listener's own giving
                boolean mainToListener = head.isEmpty() && !auxiliary && honouredListener
                        && !e.getKey().startsWith("줘") && !e.getKey().startsWith("주어");
                String humble = head + (register == Register.FORMAL && e.getKey().equals("줄게요") ? "드리겠습니다"
                        : e.getValue());
                if (!auxiliary && !mainToListener || accepted.stream().noneMatch(a -> HUMBLE_GIVE.matcher(a).matches())
                        || accepted.stream().anyMatch(a -> (" " + a + " ").contains(" " + w + " "))) {
                    continue;
                }
                out.add(new Finding(ErrorCategory.HONORIFIC, w, humble, "honorific/verb"));
                break;
            }
        }
    }

    /** Whether the word ends in an open syllable of the -아/어 vowels (따라, 보내, 써, 켜, 꺼): the shape of -아/어. */
    private static boolean infinitiveShape(String word) {
        char c = word.charAt(word.length() - 1);
        if (!Hangul.isSyllable(c) || Hangul.hasFinal(c)) {
            return false;
        }
        int v = Hangul.medialIndex(c);
        return v == Hangul.Medial.A || v == Hangul.Medial.AE || v == Hangul.Medial.EO || v == Hangul.Medial.E
                || v == Hangul.Medial.YEO || v == Hangul.Medial.WA || v == Hangul.Medial.WO;
    }
}
