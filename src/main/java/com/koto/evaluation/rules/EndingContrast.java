package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.text.Hangul;
import java.util.List;
import java.util.Optional;

/**
 * Two forms of one verb that differ only in their ending, read on the learner's own word: is the
 * difference a tense, another well-formed connective of the same meaning, or an ending error?
 *
 * <ul>
 * <li><b>tense</b>: the past marker -았/었/였- on exactly one side (삽니다 / 샀습니다, 찾아 / 찾았어), or on
 * an action verb the present modifier -는 against the past modifier -(으)ㄴ (맡기는 셔츠 / 맡긴 셔츠):
 * the error is in the tense, not in the ending (Yeon &amp; Brown, <i>Korean: A Comprehensive
 * Grammar</i> (2011), on the past tense and on noun-modifying forms; Sohn, <i>The Korean
 * Language</i> (1999), tense and aspect). The past before -아/어서 (걸렸어서) is left to the ending path:
 * there the ending itself is ill-formed.</li>
 * <li><b>interchangeable connectives</b>: the background connective -는데/-(으)ㄴ데 for the cause
 * connective -아/어서, or the reverse (운동했는데 오늘 다리가 아파 / 운동해서 …): both join a reason
 * to its result (Yeon &amp; Brown 2011, on -는데 'background' and -아/어서 'cause'; 표준국어대사전
 * '-는데' 어미). Not -(으)니까: it cannot give the reason of an excuse (Yeon &amp; Brown 2011). Also
 * -는데/-(으)ㄴ데 for -지만 of the same verb (죄송한데 / 죄송하지만 before a request; 한국어기초사전 '-은데':
 * 뒤의 말을 하기 위하여 그와 관련된 상황이나 상반되는 사실을 미리 말할 때 쓰는 연결 어미). Also the
 * copula's -(이)라 for -(이)라서 (중이라 / 중이라서; 표준국어대사전 '-라서'), and the soft statement
 * -는데요/-(으)ㄴ데요 for a present statement (만들고 싶은데요 / 싶습니다; 한국어기초사전 '-는데요').</li>
 * </ul>
 */
final class EndingContrast {

    private EndingContrast() {
    }

    /** The tense finding when {@code a} and {@code e} differ by tense only; empty otherwise. */
    static Optional<Finding> tense(Morphology.Word a, Morphology.Word e, PredicateFeatures fa, PredicateFeatures fe,
            String aSurface, String eSurface) {
        boolean pastA = fa.tense() == PredicateFeatures.Tense.PAST;
        boolean pastE = fe.tense() == PredicateFeatures.Tense.PAST;
        if (pastA != pastE && !a.surface().endsWith("서")) {
            return Optional.of(new Finding(ErrorCategory.TENSE, aSurface, eSurface, pastE ? "tense/past" : "tense/present"));
        }
        if (actionVerb(a) && actionVerb(e) && a.endsWith("ETM") && e.endsWith("ETM")) {
            String ma = last(a).form();
            String me = last(e).form();
            if (ma.equals("는") && pastModifier(me)) {
                return Optional.of(new Finding(ErrorCategory.TENSE, aSurface, eSurface, "tense/past"));
            }
            if (pastModifier(ma) && me.equals("는")) {
                return Optional.of(new Finding(ErrorCategory.TENSE, aSurface, eSurface, "tense/present"));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the learner asks with -(으)ㄹ까(요) where the accepted answer says what the speaker will do
     * (-(으)ㄹ게요, -(으)ㄹ 거예요, -겠-): 내가 살까? asks the listener whether to pay, 내가 살게 says one
     * will. The two differ in the ending that chooses the act (a question of opinion against a promise
     * or a plan), not in tense (한국어기초사전 '-을까': 듣는 사람의 의견을 물음, '-을게': 약속; Yeon &amp;
     * Brown 2019, -(으)ㄹ까요 and -(으)ㄹ게요). Subtype {@code ending/offer_for_plan}. Not -아/어도 될까(요), which asks
     * leave to do the act and so offers it (session 27).
     */
    static boolean askedForPlan(String learner, PredicateFeatures.Tense learnerTense, PredicateFeatures.Tense accepted) {
        String w = learner.strip();
        if (w.matches(".*[가-힣]도 ?될까요?")) {
            // -아/어도 될까요? asks leave to do the act, the polite way to offer it (제가 도와드려도 될까요? for 도와드릴게요;
            // Yeon & Brown 2019, -아/어도 되다 of permission; session 27, s27h): no question of opinion for a promise
            return false;
        }
        String body = w.endsWith("까요") ? w.substring(0, w.length() - 2) : w.endsWith("까") ? w.substring(0, w.length() - 1)
                : null;
        return accepted == PredicateFeatures.Tense.FUTURE && learnerTense == PredicateFeatures.Tense.PRESENT
                && body != null && !body.isEmpty() && Hangul.isSyllable(body.charAt(body.length() - 1))
                && Hangul.hasRieulFinal(body.charAt(body.length() - 1));
    }

    /**
     * Whether the learner's word is a well-formed form of the intransitive partner of the accepted word's
     * causative verb (줄어 of 줄다 for 줄여 of 줄이다, 남아 of 남다 for 남겨 …): another verb, a choice of
     * word, not a contraction missed (표준국어대사전 '줄이다': '줄다'의 사동사; Yeon &amp; Brown 2019,
     * causative verbs in -이/히/리/기/우).
     */
    static boolean voicePair(String learner, String accepted) {
        List<Morphology.Word> e = Morphology.analyse(accepted);
        if (e.size() != 1 || !e.getFirst().startsWith("VV") || learner.length() < 2) {
            return false;
        }
        String se = e.getFirst().morphemes().getFirst().form();
        // the learner's stem as written (Nori reads 줄어 as 주 + 어): 줄 + 어 for the accepted 줄이 + 어
        String s = se.substring(0, se.length() - 1);
        char after = learner.length() > s.length() ? learner.charAt(s.length()) : ' ';
        return List.of("이", "히", "리", "기", "우").stream().anyMatch(se::endsWith) && !s.isEmpty()
                && learner.startsWith(s) && (after == '어' || after == '아')
                && KnownWords.tags(s).contains(org.apache.lucene.analysis.ko.POS.Tag.VV);
    }

    /** Verbs of going a way (가다, 걷다 …), whose steps -고 and -다가 alike put in order. */
    private static final java.util.Set<String> MOVES = java.util.Set.of("가", "오", "걷", "걸", "내려가", "올라가",
            "건너", "지나", "들어가", "나가");

    /**
     * True when the learner's connective is a well-formed -는데/-(으)ㄴ데 where the accepted answer has
     * -아/어서, or a well-formed -아/어서 (no past marker) where it has -는데.
     */
    static boolean interchangeable(Morphology.Word a, Morphology.Word e, PredicateFeatures fa) {
        if (softStatement(a, e, fa)) {
            return true; // 만들고 싶은데요 for 만들고 싶습니다
        }
        if (!a.endsWith("EC") || !e.endsWith("EC")) {
            return false;
        }
        if (copulaReason(a.surface(), e.surface()) || copulaReason(e.surface(), a.surface())) {
            return true; // 수업 중이라 for 수업 중이라서
        }
        boolean backgroundA = background(a, fa);
        boolean causeA = cause(a, fa);
        String es = e.surface();
        boolean causeE = es.endsWith("서") && !es.endsWith("니까서");
        boolean backgroundE = es.endsWith("데");
        // -(으)ㄴ데 for -지만 on the same stem: both lead in to a request or a contrast (죄송한데 / 죄송하지만)
        boolean contrastE = es.endsWith("지만") && !a.morphemes().isEmpty() && !e.morphemes().isEmpty()
                && a.morphemes().getFirst().form().equals(e.morphemes().getFirst().form());
        boolean sameStem = !a.morphemes().isEmpty() && !e.morphemes().isEmpty()
                && a.morphemes().getFirst().form().equals(e.morphemes().getFirst().form());
        // -지만 for -는데 of contrast on the same stem (좋았지만 / 좋았는데 바람이 불었어; 한국어기초사전 '-지만')
        boolean contrastA = a.surface().endsWith("지만") && backgroundE && sameStem;
        // -고 for -다가 of a verb of going in a way told step by step (쭉 가고 / 가다가 … 왼쪽으로 가세요):
        // both give the order of the moves (Yeon & Brown 2019, -고 of sequence and -다가 of transition)
        String as = a.surface();
        boolean stepsA = as.endsWith("고") && es.endsWith("다가") && as.length() >= 2
                && as.substring(0, as.length() - 1).equals(es.substring(0, es.length() - 2))
                && MOVES.contains(as.substring(0, as.length() - 1)); // (Nori reads 가고 as 갈 + 고)
        return backgroundA && (causeE || contrastE) || causeA && backgroundE || contrastA || stepsA;
    }

    /**
     * A well-formed -는데요/-(으)ㄴ데요 sentence end for a present statement (-아/어요, -(스)ㅂ니다): the
     * polite soft statement, which leaves room for the listener's answer (통장을 만들고 싶은데요;
     * 한국어기초사전 '-는데요', '-은데요': 종결 어미, 듣는 사람의 반응을 기대하며 어떤 사실을 말함; Yeon
     * &amp; Brown 2019, on -는데요). -는데요 after a verb, 있다/없다 or the past, -(으)ㄴ데요 after an
     * adjective; not for a request, a promise or a question of the accepted answer, nor for another tense.
     */
    private static boolean softStatement(Morphology.Word a, Morphology.Word e, PredicateFeatures fa) {
        String s = a.surface();
        String es = e.surface();
        if (!s.endsWith("데요") || s.length() < 3 || fa.tense() == PredicateFeatures.Tense.PAST
                || !(es.endsWith("습니다") || es.endsWith("니다") && !es.endsWith("십니다") || es.endsWith("어요")
                        || es.endsWith("아요") || es.endsWith("해요"))
                || es.endsWith("세요") || es.endsWith("게요") || es.endsWith("래요")
                || e.morphemes().stream().anyMatch(m -> m.is("EP") && !m.form().contains("시"))) {
            return false;
        }
        // (싶다 is an adjective: 싶은데요)
        boolean adjectivePresent = !actionVerb(a) && !s.endsWith("있는데요") && !s.endsWith("없는데요");
        return adjectivePresent ? !s.endsWith("는데요") : s.endsWith("는데요");
    }

    /**
     * -(이)라 and -(이)라서 of the copula (수업 중이라 / 중이라서, 휴일이라 / 휴일이라서): -라서 is -라
     * emphasised, both give a reason (표준국어대사전 '-라서': ‘-라’를 강조하여 이르는 말; Yeon &amp; Brown
     * 2019, on -(이)라서).
     */
    private static boolean copulaReason(String shortForm, String longForm) {
        return shortForm.endsWith("라") && longForm.equals(shortForm + "서") && shortForm.length() >= 2;
    }

    private static boolean background(Morphology.Word a, PredicateFeatures fa) {
        String s = a.surface();
        if (!s.endsWith("데")) {
            return false;
        }
        // -는데 after a verb, 있다/없다 or the past; -(으)ㄴ데 after an adjective in the present
        boolean adjectivePresent = !actionVerb(a) && fa.tense() != PredicateFeatures.Tense.PAST
                && !s.endsWith("있는데") && !s.endsWith("없는데");
        return adjectivePresent ? !s.endsWith("는데") : s.endsWith("는데");
    }

    private static boolean cause(Morphology.Word a, PredicateFeatures fa) {
        String s = a.surface();
        // an ill-formed stem before -아서 (아프서) is found earlier, by Conjugation
        return s.endsWith("서") && !s.endsWith("니까서") && fa.tense() != PredicateFeatures.Tense.PAST;
    }

    private static boolean actionVerb(Morphology.Word w) {
        List<Morphology.Morpheme> ms = w.morphemes();
        return !ms.isEmpty() && (ms.getFirst().tag().startsWith("VV")
                || ms.size() > 1 && ms.getFirst().tag().startsWith("NNG") && ms.get(1).form().equals("하")
                        && ms.get(1).tag().startsWith("XSV"));
    }

    private static boolean pastModifier(String form) {
        return form.equals("ᆫ") || form.equals("ㄴ") || form.equals("은");
    }

    private static Morphology.Morpheme last(Morphology.Word w) {
        return w.morphemes().getLast();
    }
}
