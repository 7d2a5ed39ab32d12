package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Precision classes of the tenth-wave probe of longer answers (session 17, helper s17g): correct Korean the
 * comparison misreads as a slip.
 * <ul>
 * <li>N대로 'according to N, as N says' (이 처방전대로 약을 지어 주세요 for 이 처방전으로): 대로 is a particle of its own,
 * 표준국어대사전 '대로' 조사 「1」 앞에 오는 말에 근거하거나 달라짐이 없음을 나타내는 보조사 (약속대로, 법대로); Yeon &amp;
 * Brown 2019, N대로 'in accordance with N'. It is no misspelling of (으)로: the noun is the accepted one and Nori
 * reads 대로 as the particle (JKB/JX). A slip in it (처방전데로) stays a spelling error.</li>
 * <li>-아/어 드릴까요? as an offer of help where an accepted answer of the activity itself offers with -아/어
 * 드릴까요? (제가 들어 드릴까요? beside 제가 좀 도와 드릴까요? 가방 들어 드릴게요.): -(으)ㄹ까요 asks the listener's wish
 * about the speaker's act, the polite offer (한국어기초사전 '-을까': 듣는 사람의 의사를 물음; Yeon &amp; Brown 2019,
 * -(으)ㄹ까요 'shall I …?' offering, and -아/어 드리다 'do for (an honoured person)'). The task accepts the offer
 * asked, so the learner's offer on another verb of service is no {@code ending/offer_for_plan}. Where no accepted
 * answer offers so (회의 자료는 내일까지 보내 드리겠습니다), the finding stands: there the task states a plan.</li>
 * </ul>
 */
final class OffersAndStandards {

    /** A sentence mark or a comma. */
    private static final Pattern PUNCTUATION_MARK = Pattern.compile("[.,?!]");
    /** One or more white-space characters. */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** A word that ends in the infinitive -아/-어 (also 봐, 줘, 해). */
    private static final Pattern INFINITIVE_END_GIVE = Pattern.compile(".*[어아여워와봐줘해]");

    private OffersAndStandards() {
    }

    /**
     * Whether a spelling finding reads the learner's N대로 'according to N' as a misspelling of the accepted N(으)로 or
     * N에.
     *
     * @param f      a finding of the comparison
     * @param answer the learner's normalised answer
     */
    static boolean accordingTo(Finding f, String answer) {
        if (f.category() != ErrorCategory.SPELLING || f.original() == null || f.correction() == null) {
            return false;
        }
        String o = f.original().strip();
        String c = f.correction().strip();
        if (o.contains(" ") || c.contains(" ") || !o.endsWith("대로") || o.length() < 3) {
            return false;
        }
        List<Morphology.Morpheme> ms = Evidence.morphemesIn(o, answer);
        if (ms.size() != 2 || !ms.getFirst().is("NNG", "NNP", "NNB", "NP") || !ms.getLast().form().equals("대로")
                || !ms.getLast().is("JKB", "JX")) {
            return false;
        }
        String noun = o.substring(0, o.length() - 2);
        return ms.getFirst().form().equals(noun) && c.startsWith(noun)
                && List.of("", "으로", "로", "에", "에서", "을", "를").contains(c.substring(noun.length()));
    }

    /**
     * Whether an {@code ending/offer_for_plan} finding is an offer of help, -아/어 드릴까요, in an activity one of whose
     * accepted answers offers with -아/어 드릴까요 itself.
     *
     * @param f           a finding
     * @param allAccepted all the activity's normalised accepted answers
     */
    static boolean offerAccepted(Finding f, List<String> allAccepted) {
        if (!"ending/offer_for_plan".equals(f.subtype()) || f.original() == null) {
            return false;
        }
        String o = f.original().strip();
        return offerOfHelp(o.substring(o.lastIndexOf(' ') + 1), allAccepted);
    }

    /**
     * Whether the learner's word is the offer -아/어 드릴까요 (드릴까요, 들어드릴까요) and an accepted answer offers with
     * -아/어 드릴까요 too, or promises the same kind of favour with -아/어 드릴게요 (session 19, s19a: 제가 들어 드릴까요?
     * for 제가 들어 드릴게요). -아/어 드리다 does a service for an honoured listener; -(으)ㄹ게요 tells the listener the
     * speaker will do it and -(으)ㄹ까요 asks whether the listener wants it, and to the one served both are the offer
     * of that service (Yeon &amp; Brown 2019, -아/어 드리다, -(으)ㄹ게요, -(으)ㄹ까요 'shall I …?'; 한국어기초사전 '-을까',
     * '-을게'). A plan told in 합쇼체 (보내 드리겠습니다) is no such offer and keeps the finding.
     */
    static boolean offerOfHelp(String word, List<String> accepted) {
        if (!word.endsWith("드릴까요")) {
            return false;
        }
        for (String a : accepted) {
            String[] words = SPACES.split(PUNCTUATION_MARK.matcher(a).replaceAll(" ").strip());
            for (int i = 0; i < words.length; i++) {
                // a service offered: -아/어 드릴까요 spaced (도와 드릴까요) or joined (도와드릴까요), not 드릴까요 of giving
                // alone; or promised with -아/어 드릴게요 (들어 드릴게요: the same favour told, session 19)
                if ((words[i].endsWith("드릴까요") || words[i].endsWith("드릴게요"))
                        && (words[i].length() > 4 || i > 0 && INFINITIVE_END_GIVE.matcher(words[i - 1]).matches()
                )) {
                    return true;
                }
            }
        }
        return false;
    }
}
