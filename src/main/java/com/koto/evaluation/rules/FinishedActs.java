package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.text.AnswerText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An act already done said in the non-past, and a request said as a proposal (session 30, helper s30d). Both read
 * the learner's own word against the same verb in an accepted answer, so a task that wants the present or the
 * proposal is never touched:
 * <ul>
 * <li><b>벌써/이미 with the non-past</b> ({@code tense/past}): 벌써 and 이미 say that the act has been done before now
 * (표준국어대사전 '벌써' 「부사」 「1」 예상보다 빠르게 어느새; '이미' 「부사」 다 끝나거나 지난 일을 이를 때), so a
 * statement of the act itself takes -았/었- (저는 벌써 먹었어요; 국립국어원 『외국인을 위한 한국어 문법 1』 (2005)
 * '-았/었-' 완료). Read on the last word of a statement (not a question: 벌써 가요? 'leaving already?' is right)
 * after 벌써/이미 in its sentence, an action verb in the non-past, where an accepted answer has the same stem with
 * -았/었- and none has the learner's form. A future time word, -고 있다 or -(으)ㄹ 거예요 are other words and left
 * alone.</li>
 * <li><b>-는데 of an act done before</b> ({@code tense/past}): -는데 sets the background of what follows, and an
 * earlier act (a booking being changed) is its past -았/었는데 (월요일에 예약했는데 수요일로 바꿀 수 있어요?;
 * 한국어기초사전 '-는데' 어미 ①, Yeon &amp; Brown 2019, -(으)ㄴ/는데 'background'). Only where an accepted answer
 * has the same stem in -았/었는데.</li>
 * <li><b>-아/어 주자 for a request</b> ({@code ending/request}): -자 proposes a joint act (표준국어대사전 '-자' 「어미」
 * 해라할 자리에 쓰여, 어떤 행동을 함께 하자는 뜻), so 빌려주자 asks to lend together, not the friend to lend; the
 * request of the 해체 is -아/어 줘 (Sohn 1999 §8.2, speech acts). Only where an accepted answer asks with the same
 * verb and 주다 (빌려줘, 빌려줄 수 있어?, 빌려줄래?) and none proposes.</li>
 * </ul>
 */
final class FinishedActs {

    /** Adverbs of a thing already done. */
    private static final Set<String> ALREADY = Set.of("벌써", "이미");
    /** Sentence breaks after a sentence mark. */
    private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.?!])\\s*");
    /** Stems of states and knowing, whose non-past with 벌써/이미 is right (이미 알아요, 벌써 있어요). */
    private static final Set<String> STATES = Set.of("알", "있", "없", "모르", "계시", "되", "아니", "이");

    private FinishedActs() {
    }

    /**
     * The findings on the learner's answer.
     *
     * @param raw      the answer as typed (its sentence marks tell statements from questions)
     * @param accepted the normalised accepted answers
     * @return the learner's word → the accepted answer's word; empty when none applies
     */
    static List<Finding> find(String raw, List<String> accepted) {
        List<Finding> out = new ArrayList<>();
        for (String sentence : SENTENCE_BREAK.split(raw)) {
            boolean question = sentence.strip().endsWith("?");
            String s = AnswerText.normalise(sentence);
            if (s.isEmpty()) {
                continue;
            }
            List<String> words = List.of(s.split(" "));
            int already = -1;
            for (int i = 0; i < words.size(); i++) {
                if (ALREADY.contains(words.get(i))) {
                    already = i;
                }
            }
            for (int i = 0; i < words.size(); i++) {
                String w = words.get(i);
                boolean last = i == words.size() - 1;
                if (last && !question && already >= 0 && already < i) {
                    pastInAccepted(w, s, accepted, false).ifPresent(c ->
                            out.add(new Finding(ErrorCategory.TENSE, w, c, "tense/past")));
                } else if (w.endsWith("는데") && w.length() > 2 && !w.endsWith("었는데") && !w.endsWith("았는데")
                        && !w.endsWith("했는데")) {
                    pastInAccepted(w, s, accepted, true).ifPresent(c ->
                            out.add(new Finding(ErrorCategory.TENSE, w, c, "tense/past")));
                }
                if (w.endsWith("주자") && w.length() > 2) {
                    requestInAccepted(w, accepted).ifPresent(c ->
                            out.add(new Finding(ErrorCategory.ENDING, w, c, "ending/request")));
                }
            }
        }
        return out;
    }

    /**
     * The accepted answer's word that is the learner's action verb with -았/었- before the same ending (먹어요 →
     * 먹었어요, 예약하는데 → 예약했는데); empty when the learner's word is no non-past action verb, when an accepted
     * answer has the learner's form, or when none has the past.
     */
    private static Optional<String> pastInAccepted(String w, String sentence, List<String> accepted, boolean connective) {
        List<Morphology.Morpheme> mine = Evidence.morphemesIn(w, sentence);
        if (mine.size() < 2 || !mine.getLast().is(connective ? "EC" : "EF") || mine.stream().anyMatch(m -> m.is("EP", "ETM", "VX"))) {
            return Optional.empty();
        }
        List<Morphology.Morpheme> stem = mine.subList(0, mine.size() - 1);
        Morphology.Morpheme head = stem.getLast();
        if (!head.is("VV", "XSV") || STATES.contains(head.form())) {
            return Optional.empty();
        }
        String found = null;
        for (String a : accepted) {
            for (Morphology.Word aw : Morphology.analyse(a)) {
                if (aw.surface().equals(w)) {
                    return Optional.empty(); // an accepted answer has the learner's form
                }
                List<Morphology.Morpheme> ms = aw.morphemes();
                if (found != null || ms.size() != stem.size() + 2) {
                    continue;
                }
                boolean same = true;
                for (int k = 0; k < stem.size() && same; k++) {
                    same = ms.get(k).form().equals(stem.get(k).form());
                }
                Morphology.Morpheme tense = ms.get(stem.size());
                Morphology.Morpheme end = ms.getLast();
                if (same && tense.is("EP") && Set.of("았", "었", "였").contains(tense.form())
                        && end.is(connective ? "EC" : "EF") && (!connective || end.form().equals(mine.getLast().form()))) {
                    found = aw.surface();
                }
            }
        }
        return Optional.ofNullable(found);
    }

    /** The accepted request with the learner's verb and 주다 (빌려줘, 빌려줄 수): the word, when no answer proposes. */
    private static Optional<String> requestInAccepted(String w, List<String> accepted) {
        String verb = w.substring(0, w.length() - 2); // 빌려 of 빌려주자
        if (verb.isEmpty()) {
            return Optional.empty();
        }
        String found = null;
        for (String a : accepted) {
            for (String aw : a.split(" ")) {
                if (aw.endsWith("주자") || aw.endsWith("줄까")) {
                    return Optional.empty();
                }
                if (found == null && aw.startsWith(verb + "줘")) {
                    found = verb + "줘";
                } else if (found == null && (aw.startsWith(verb + "줄") || aw.startsWith(verb + "주세요")
                        || aw.startsWith(verb + "주실"))) {
                    found = verb + "줘";
                }
            }
        }
        return Optional.ofNullable(found);
    }
}
