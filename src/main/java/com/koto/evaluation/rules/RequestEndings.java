package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.text.Hangul;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The honorific imperative -(으)세요 where the task asks for a service or proposes doing something
 * together (session 7), found on the learner's own sentence-final predicate:
 * <ul>
 *   <li>{@code ending/request}: -(으)세요 tells the listener to do something (an instruction, advice,
 *       an offer: 앉으세요, 드세요); asking someone to do something for the speaker takes -아/어 주세요
 *       (서울역으로 가세요 to a driver → 가 주세요; 포장하세요 to a clerk → 포장해 주세요). 국립국어원
 *       『외국인을 위한 한국어 문법 1』 (2005), '-아/어 주다' (행위가 다른 사람을 위한 것) and '-(으)세요'
 *       (명령·권유); Yeon &amp; Brown 2011, ch. 9 (requests with -아/어 주세요). Said only where every
 *       accepted answer of the activity is a request with 주다 and one of them has the learner's verb
 *       before it, so the task is known to be a request for the speaker's benefit; never on a question
 *       (가세요? asks whether the listener goes);</li>
 *   <li>{@code ending/proposal}: -(으)세요(?) where every accepted answer proposes with the same verb in
 *       -(으)ㄹ래(요), -(으)ㄹ까(요), -자 or -(으)ㅂ시다 (같이 영화 보세요? → 볼래?): -(으)세요 speaks of the
 *       listener alone, a proposal includes the speaker (『외국인을 위한 한국어 문법 1』, '-(으)ㄹ까요',
 *       '-(으)ㅂ시다', '-자'; Sohn 1999, §8.1 on the propositive).</li>
 * </ul>
 * Also -고 before the auxiliary 주다 ({@link #connectiveBeforeGive}).
 * Left alone: -(으)세요 of 주다, 드리다, 계시다 and 드시다 (주세요 is the request itself), -아/어요 as a
 * proposal (같이 가요 is a standard propositive), and any activity with an accepted answer that is
 * not a request or proposal of that kind.
 */
final class RequestEndings {

    /** The point after a sentence-final mark (also 。), or a line break. */

    private RequestEndings() {
    }

    /**
     * Whether a word ends in a proposal: -(으)ㄹ래(요), -(으)ㄹ까(요) (ㄹ before 래/까, not 합니까), -자, or
     * -(으)ㅂ시다 (ㅂ before 시다).
     */
    private static boolean proposes(String w) {
        String base = w.endsWith("요") ? w.substring(0, w.length() - 1) : w;
        if (base.length() < 2) {
            return false;
        }
        char last = base.charAt(base.length() - 1);
        char before = base.charAt(base.length() - 2);
        int fin = Hangul.isSyllable(before) ? Hangul.finalIndex(before) : -1;
        return (last == '래' || last == '까') && fin == Hangul.Final.L || last == '자' && !w.endsWith("요")
                || base.endsWith("시다") && base.length() >= 3 && Hangul.isSyllable(base.charAt(base.length() - 3))
                        && Hangul.finalIndex(base.charAt(base.length() - 3)) == Hangul.Final.B;
    }

    /**
     * The findings on the learner's sentence-final predicates.
     *
     * @param raw      the learner's answer as written ('?' kept)
     * @param accepted the activity's accepted answers as written
     */
    static List<Finding> find(String raw, List<String> accepted) {
        List<Finding> out = new ArrayList<>(connectiveBeforeGive(raw));
        out.addAll(stemBeforeGive(raw, accepted));
        for (String sentence : SpeechLevels.SENTENCE_END.split(raw)) {
            List<String> words = SpeechLevels.sentences(sentence).stream().findFirst().orElse(List.of());
            if (words.isEmpty()) {
                continue;
            }
            String last = words.getLast();
            boolean question = sentence.strip().endsWith("?");
            String stem = imperativeStem(last);
            if (stem == null) {
                // a statement beside a request of the same turn is its background (자르려고 해요. 근데 … 자르지 말아
                // 주세요; session 27, s27h)
                if (!question && !RequestActs.requestInTurn(raw, sentence)) {
                    statement(words, accepted).or(() -> formalStatement(words, accepted)).ifPresent(out::add);
                }
                continue;
            }
            boolean negated = words.size() > 1 && (words.get(words.size() - 2).equals("안")
                    || words.get(words.size() - 2).equals("못")); // 안 자르세요: a prohibition (NegativeRequests)
            (question || negated ? Optional.<Finding>empty() : request(last, stem, accepted))
                    .or(() -> proposal(last, stem, accepted)).ifPresent(out::add);
        }
        return out;
    }

    /**
     * -고 before the auxiliary 주다 (가고 주세요 → 가 주세요): the auxiliary of a favour attaches to the
     * -아/어 form only (Yeon &amp; Brown 2011, ch. 9, -아/어 주다; 『외국인을 위한 한국어 문법 1』 '-아/어
     * 주다'), so a verb in -고 right before 주세요/주시겠어요/줘 is a wrong connective
     * ({@code ending/modifier_or_connective}), whatever the task. Only a verb Nori reads with the
     * connective -고 and a regular stem whose -아/어 form is sure ({@link SpeechLevels#infinitive}); not
     * 하고 alone (the particle 'and' written apart: 콜라 하고 주세요).
     */
    private static List<Finding> connectiveBeforeGive(String raw) {
        List<Finding> out = new ArrayList<>();
        for (List<String> words : SpeechLevels.sentences(raw)) {
            for (int i = 0; i + 1 < words.size(); i++) {
                String w = words.get(i);
                String next = words.get(i + 1);
                if (!w.endsWith("고") || w.length() < 2 || w.equals("하고")
                        || !(next.startsWith("주세") || next.startsWith("주시") || next.startsWith("줘") || next.startsWith("주실"))) {
                    continue;
                }
                List<Morphology.Word> a = Morphology.analyse(w);
                if (a.size() != 1 || !a.getFirst().verbal() || !a.getFirst().endsWith("EC")
                        || !a.getFirst().morphemes().getLast().form().equals("고") || a.getFirst().has("EP")) {
                    continue;
                }
                String form = SpeechLevels.infinitive(w.substring(0, w.length() - 1));
                if (form != null) {
                    out.add(new Finding(ErrorCategory.ENDING, w, form, "ending/modifier_or_connective"));
                }
            }
        }
        return out;
    }

    /**
     * A verb's bare stem before the auxiliary 주다 (음악 소리 좀 줄이 주시겠어요 → 줄여, 잠깐만 기다리 주세요 → 기다려;
     * session 25): the auxiliary of a favour attaches to the -아/어 form (Yeon &amp; Brown 2019, -아/어 주다; 한글 맞춤법
     * 제34항, 제36항 on the -어 form: 줄이어 → 줄여), so a stem with no ending is a form missing its -아/어
     * ({@code ending/infinitive}). The stem alone may read as a noun with a particle (줄이: 줄 + 이), so only where an
     * accepted answer has the -아/어 form of the learner's letters ({@link SpeechLevels#infinitive}) right before a
     * form of 주다, and the learner's next word is a form of 주다 too.
     */
    private static List<Finding> stemBeforeGive(String raw, List<String> accepted) {
        List<Finding> out = new ArrayList<>();
        for (List<String> words : SpeechLevels.sentences(raw)) {
            for (int i = 0; i + 1 < words.size(); i++) {
                String w = words.get(i);
                if (w.length() < 2 || !Hangul.isSyllable(w.charAt(w.length() - 1)) || !give(words.get(i + 1))) {
                    continue;
                }
                String form = SpeechLevels.infinitive(w);
                if (form == null || form.equals(w)) {
                    continue;
                }
                boolean anchored = false;
                for (String a : accepted) {
                    List<String> aw = AnswerWords.of(a);
                    for (int j = 0; j + 1 < aw.size() && !anchored; j++) {
                        anchored = aw.get(j).equals(form) && give(aw.get(j + 1));
                    }
                }
                if (anchored) {
                    out.add(new Finding(ErrorCategory.ENDING, w, form, "ending/infinitive"));
                }
            }
        }
        return out;
    }

    /** Whether the word is a form of the auxiliary 주다 of a favour (주세요, 주시겠어요, 줘, 주실래요, 주십시오 …). */
    private static boolean give(String word) {
        return word.startsWith("주세") || word.startsWith("주시") || word.startsWith("줘") || word.startsWith("주실")
                || word.startsWith("주십") || word.startsWith("줄래") || word.startsWith("주겠");
    }

    /** The stem of a -(으)세요 form (first morpheme: the verb, or the noun of a noun + 하다 verb); else null. */
    private static String imperativeStem(String word) {
        if (!word.endsWith("세요") || word.endsWith("주세요") || word.endsWith("계세요") || word.endsWith("드세요")
                || word.equals("안녕하세요") || word.equals("하세요")) {
            return null;
        }
        List<Morphology.Word> w = Morphology.analyse(word);
        if (w.size() != 1 || !w.getFirst().verbal() || !w.getFirst().endsWith("EF")) {
            return null;
        }
        Morphology.Morpheme first = w.getFirst().morphemes().getFirst();
        return first.is("VV", "NNG", "XR") ? first.form() : null;
    }

    /**
     * A plain 해요체 statement where a service is asked for ({@code ending/request_statement}): 도시락
     * 데워요 to a clerk says that someone heats it, it asks for nothing; asking someone to act for the
     * speaker takes -아/어 주세요 (『외국인을 위한 한국어 문법 1』 (2005), '-아/어 주다'; Yeon &amp; Brown 2011,
     * ch. 9). Said only where every accepted answer is a request ({@link #request}) and one has the
     * learner's -아/어 form itself before 주다 (데워요 → 데워 주세요), so the task is known to be a
     * service for the speaker; never on a question (데워요?), a past or any other ending, a verb of
     * 주다/드리다 itself, or a sentence whose subject is the speaker (제가 데워요) or that proposes (같이).
     * Also a form Nori reads as a noun ({@link #misreadAsNoun}: 좀 빨리 가요 to a driver → 가 주세요; session 17).
     */
    private static Optional<Finding> statement(List<String> words, List<String> accepted) {
        String learner = words.getLast();
        if (!learner.endsWith("요") || learner.length() < 2 || words.stream().anyMatch(w -> w.startsWith("제가")
                || w.startsWith("저는") || w.startsWith("내가") || w.startsWith("나는") || w.equals("같이") || w.equals("우리"))) {
            return Optional.empty();
        }
        String form = learner.substring(0, learner.length() - 1);
        if (form.startsWith("주") || form.startsWith("줘") || form.startsWith("드려")) {
            return Optional.empty();
        }
        if (words.size() > 1 && (words.get(words.size() - 2).endsWith("려고") || words.get(words.size() - 2).endsWith("기로"))) {
            // 하다 as the auxiliary of the speaker's intention or decision (자르려고 해요, 가기로 해요: Yeon &amp; Brown
            // 2019, -(으)려고 하다, -기로 하다): the plan is the speaker's, no service asked (session 27, s27h)
            return Optional.empty();
        }
        List<Morphology.Word> w = Morphology.analyse(learner);
        // the -아/어요 form (Nori reads 데워요 as 데우 + 어 + 요/JX, 줄여요 as 줄이 + ㅓ요/EF): a verb without
        // -았/었- or a modifier whose written form is the -아/어 syllable + 요 (TimeWords#pastOf; not -세요, -네요)
        boolean verb = w.size() == 1 && w.getFirst().verbal() && !w.getFirst().has("EP", "ETM", "VCP")
                && w.getFirst().morphemes().getFirst().is("VV");
        if (!verb && !misreadAsNoun(w, form) || TimeWords.pastOf(learner) == null) {
            return Optional.empty();
        }
        boolean same = false;
        for (String a : accepted) {
            List<String> aw = AnswerWords.of(a);
            // a form Nori misread in the learner's word must be a verb where the accepted answer has it (가 주세요);
            // 개 of 세 개 주세요 is a counter there (사과 세 개요 is an N(이)요 order)
            List<Morphology.Word> inContext = verb ? List.of() : Morphology.analyse(String.join(" ", aw));
            boolean requested = false;
            for (int i = 1; i < aw.size(); i++) {
                String x = aw.get(i);
                if (List.of("주세", "주시", "주실", "주겠", "줘", "줄래", "주면").stream().anyMatch(x::startsWith) || x.equals("줄")) {
                    requested = true;
                    same |= aw.get(i - 1).equals(form) && (verb || inContext.size() == aw.size()
                            && inContext.get(i - 1).startsWith("VV"));
                }
            }
            if (!requested) {
                return Optional.empty(); // an accepted answer that asks no service: the task may be a statement
            }
        }
        return same ? Optional.of(new Finding(ErrorCategory.ENDING, learner, form + " 주세요", "ending/request_statement"))
                : Optional.empty();
    }

    /**
     * A 합쇼체 statement where an accepted answer asks with the formal imperative -(으)십시오 of the same verb
     * ({@code ending/request_statement}, session 25): 어른 두 장 주십니다 says that an honoured person gives,
     * 줍니다 that someone gives; the formal request is 주십시오 (표준국어대사전 '-십시오': 하십시오할 자리에 쓰여,
     * 정중한 명령이나 권유를 나타내는 종결 어미; '-ㅂ니다': 하십시오할 자리에 쓰여, 현재 계속되는 동작이나 상태를
     * 평서형으로 나타내는 종결 어미; Yeon &amp; Brown 2019, the formal style). Only the learner's last word of a
     * sentence that is no question, in -(으)십니다 or -ㅂ/습니다, whose stem with -(으)십시오 is the last word of a
     * sentence of an accepted answer (주십니다 → 주십시오, 줍니다 → 주십시오, 앉습니다 → 앉으십시오); -(으)세요 is left
     * alone, since it also states what an honoured person does (선생님이 가르치세요). Never with the speaker as the
     * subject (제가, 저는), where the statement says what the speaker does.
     */
    private static Optional<Finding> formalStatement(List<String> words, List<String> accepted) {
        String learner = words.getLast();
        if (learner.length() < 3 || !learner.endsWith("니다") || words.stream().anyMatch(w -> w.startsWith("제가")
                || w.startsWith("저는") || w.startsWith("저도") || w.startsWith("우리"))) {
            return Optional.empty();
        }
        List<String> asked = new ArrayList<>();
        String head = learner.substring(0, learner.length() - 2);
        if (head.endsWith("십") && head.length() >= 2) {
            asked.add(head + "시오"); // 주십니다 → 주십시오, 앉으십니다 → 앉으십시오
        } else if (head.endsWith("습") && head.length() >= 2) {
            asked.add(head.substring(0, head.length() - 1) + "으십시오"); // 앉습니다 → 앉으십시오
        } else {
            char b = head.charAt(head.length() - 1);
            if (Hangul.isSyllable(b) && Hangul.finalIndex(b) == Hangul.Final.B) {
                asked.add(head.substring(0, head.length() - 1) + Hangul.withoutFinal(b) + "십시오"); // 줍니다 → 주십시오
            }
        }
        if (asked.isEmpty()) {
            return Optional.empty();
        }
        for (String a : accepted) {
            for (List<String> sentence : SpeechLevels.sentences(a)) {
                String last = sentence.getLast();
                if (asked.contains(last)) {
                    return Optional.of(new Finding(ErrorCategory.ENDING, learner, last, "ending/request_statement"));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A verb's -아/어요 that Nori reads as one noun (가요 'song', 사요, 자요; session 17, helper s17c): the written
     * form before 요, read before 주세요, is a verb's -아/어 form (가 주세요: 가/VV + 아/EC), which a noun of an
     * N(이)요 order is not (커피 주세요).
     */
    private static boolean misreadAsNoun(List<Morphology.Word> read, String form) {
        if (read.size() != 1 || read.getFirst().morphemes().size() != 1 || !read.getFirst().startsWith("NNG")) {
            return false;
        }
        List<Morphology.Word> asked = Morphology.analyse(form + " 주세요");
        return asked.size() == 2 && asked.getFirst().startsWith("VV") && asked.getFirst().endsWith("EC");
    }

    private static Optional<Finding> request(String learner, String stem, List<String> accepted) {
        String form = null;
        for (String a : accepted) {
            List<String> words = AnswerWords.of(a);
            boolean requested = false;
            for (int i = 0; i < words.size(); i++) {
                String w = words.get(i);
                // -고 싶어요, 부탁해요 and N(이)요 orders are requests too (Frames; 테이크아웃이요)
                requested |= w.contains("싶") || w.startsWith("부탁") || i == words.size() - 1 && w.endsWith("요")
                        && !Morphology.analyse(w).getFirst().verbal();
                if (i > 0 && (w.startsWith("주") || w.startsWith("줘") || w.startsWith("줄"))) {
                    requested = true;
                    if (form == null && sameVerb(learner, stem, words.get(i - 1), true)) {
                        form = words.get(i - 1) + " " + words.get(i);
                    }
                }
            }
            if (!requested) {
                return Optional.empty();
            }
        }
        return form == null ? Optional.empty()
                : Optional.of(new Finding(ErrorCategory.ENDING, learner, form, "ending/request"));
    }

    private static Optional<Finding> proposal(String learner, String stem, List<String> accepted) {
        String form = null;
        for (String a : accepted) {
            for (List<String> sentence : SpeechLevels.sentences(a)) {
                String last = sentence.getLast();
                List<Morphology.Word> w = Morphology.analyse(last);
                if (w.size() != 1 || !w.getFirst().verbal() || !proposes(last)) {
                    continue;
                }
                if (form == null && sameVerb(learner, stem, last, false)) {
                    form = last;
                }
            }
            if (SpeechLevels.sentences(a).stream().map(List::getLast).noneMatch(RequestEndings::proposes)) {
                return Optional.empty(); // an accepted answer that proposes nothing: the task may not be a proposal
            }
        }
        return form == null ? Optional.empty()
                : Optional.of(new Finding(ErrorCategory.ENDING, learner, form, "ending/proposal"));
    }

    /**
     * Whether the accepted word is a form of the learner's -(으)세요 verb: the same first morpheme, or
     * the written stem (가세요 → 가, 바꾸세요 → 바꾸) equal up to its last syllable, whose initial consonant
     * the accepted form keeps (바꿔, 볼래, 갈래); Nori reads 가세요 as 갈다, so the letters decide too.
     * For a request the -아/어 form has as many syllables as the stem (가, 바꿔, 포장해).
     */
    private static boolean sameVerb(String learner, String stem, String accepted, boolean infinitive) {
        if (stem.equals(firstMorpheme(accepted))) {
            return true;
        }
        String a = learner.endsWith("으세요") ? learner.substring(0, learner.length() - 3)
                : learner.substring(0, learner.length() - 2);
        if (a.isEmpty() || accepted.length() < a.length() || infinitive && accepted.length() != a.length()) {
            return false;
        }
        int n = a.length() - 1;
        char x = a.charAt(n);
        char y = accepted.charAt(n);
        return a.substring(0, n).equals(accepted.substring(0, n)) && Hangul.isSyllable(x)
                && Hangul.isSyllable(y) && Hangul.initialIndex(x) == Hangul.initialIndex(y);
    }

    private static String firstMorpheme(String word) {
        List<Morphology.Word> w = Morphology.analyse(word);
        return w.size() != 1 || w.getFirst().morphemes().isEmpty() ? null : w.getFirst().morphemes().getFirst().form();
    }

    /** The words of a text without punctuation. */
    private static final class AnswerWords {
        static List<String> of(String raw) {
            List<String> out = new ArrayList<>();
            SpeechLevels.sentences(raw).forEach(out::addAll);
            return out;
        }
    }
}
