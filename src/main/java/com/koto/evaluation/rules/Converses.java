package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The same question about a time asked from the other side (session 7, precision first). A state
 * that lasts until a time ends with the opposite event at that time, and a state that starts at a
 * time starts from it:
 * <ul>
 * <li>몇 시에 문 닫아요? asks what 몇 시까지 문 열어요? asks (닫다 at the point where 열다 stops; 켜다 /
 * 끄다 alike): 까지 marks the end of a range (표준국어대사전 '까지' 조사 「1」), 에 the point in time
 * ('에' 조사 「2」), and 열다/닫다, 켜다/끄다 are 반대말 (한국어기초사전);</li>
 * <li>몇 시부터 열어요? asks what 몇 시에 열어요? asks: 부터 marks the start of a range ('부터' 조사),
 * and opening, starting and doing business start the state the question is about.</li>
 * </ul>
 * A teacher accepts either question; the comparison with one accepted answer sees a contrast
 * (닫아요 for 열어요) and another particle (시에 for 시까지). Both findings are dropped when they make
 * one such converse; alone, each stays (몇 시에 문 열어요? for 몇 시까지 asks the opening time, and
 * 몇 시까지 닫아요 is no question).
 *
 * <p>And 문 may be left out of 문을 열다/닫다 in a question about opening hours: 열다 and 닫다 themselves
 * mean 'start / end the day's business' (표준국어대사전 '열다' 「4」, '닫다' 「3」: 그 가게는 아침 9시에
 * 연다), so 몇 시에 닫아요? lacks nothing.
 */
final class Converses {

    private Converses() {
    }

    /** Dictionary stems (Nori) of verbs that end a state at a point in time: 닫다, 끄다, 끝나다. */
    private static final Set<String> END = Set.of("닫", "끄", "끝나");
    /** Stems of the state itself (열다 'be open', 하다 'be open for business', 영업하다) or of its start. */
    private static final Set<String> STATE = Set.of("열", "켜", "하", "영업하", "오픈하", "시작하");
    /** Stems of an event that starts a state (여는 시간 = 시작하는 시간). */
    private static final Set<String> START = Set.of("열", "켜", "영업하", "오픈하", "시작하");
    private static final Set<String> TIME_HEADS = Set.of("시", "언제", "몇시", "시간");

    /**
     * The findings without two contrast findings that are each other's reverse (아이스 → 따뜻한 and
     * 따뜻한 → 아이스 in 아이스 아메리카노 한 잔이랑 뜨거운 라떼 한 잔 read against 따뜻한 라떼 한 잔, 아이스
     * 아메리카노 한 잔): the learner said both sides, each of its own item, in another order; items of a
     * list may come in any order (Sohn 1999 on conjoined noun phrases). Session 8 (eval11c).
     */
    static List<Finding> withoutSwappedContrasts(List<Finding> findings) {
        List<Finding> out = new ArrayList<>(findings);
        for (Finding a : findings) {
            for (Finding b : findings) {
                if (a != b && "vocabulary/contrast".equals(a.subtype()) && "vocabulary/contrast".equals(b.subtype())
                        && a.original() != null && a.correction() != null
                        && a.original().strip().equals(b.correction() == null ? null : b.correction().strip())
                        && a.correction().strip().equals(b.original() == null ? null : b.original().strip())) {
                    out.remove(a);
                    out.remove(b);
                }
            }
        }
        return out.size() == findings.size() ? findings : List.copyOf(out);
    }

    /**
     * The findings without those that only make a converse question.
     *
     * @param findings the findings of one comparison, contrasts marked ({@link Contrasts#mark})
     * @param answer   the learner's normalised answer
     * @param accepted the normalised accepted answer it was compared with
     */
    static List<Finding> drop(List<Finding> findings, String answer, String accepted) {
        if (findings.isEmpty()) {
            return findings;
        }
        List<Finding> out = new ArrayList<>(withoutSwappedContrasts(findings));
        String learnerTime = timeParticle(answer);
        String acceptedTime = timeParticle(accepted);
        if (learnerTime == null || acceptedTime == null || learnerTime.equals(acceptedTime)) {
            return out.size() == findings.size() ? findings : List.copyOf(out);
        }
        boolean learnerEnds = verb(answer, END);
        boolean acceptedEnds = verb(accepted, END);
        boolean converse = learnerEnds && !acceptedEnds && learnerTime.equals("에") && acceptedTime.equals("까지")
                && verb(accepted, STATE)
                || acceptedEnds && !learnerEnds && learnerTime.equals("까지") && acceptedTime.equals("에")
                        && verb(answer, STATE);
        boolean start = !learnerEnds && !acceptedEnds && verb(answer, START) && verb(accepted, START)
                && Set.of(learnerTime, acceptedTime).equals(Set.of("에", "부터"));
        if (!converse && !start) {
            return out.size() == findings.size() ? findings : List.copyOf(out);
        }
        out.removeIf(f -> converse && f.category() == ErrorCategory.VOCABULARY
                && "vocabulary/contrast".equals(f.subtype()) && (verb(f.original(), END) || verb(f.correction(), END))
                || timeParticleFinding(f));
        return out.size() == findings.size() ? findings : List.copyOf(out);
    }

    /**
     * An omission of 문 alone (시에 → 시에 문을) in a question about opening hours (a time word and 열다,
     * 닫다 or another verb of {@link #END} / {@link #START} in the answer): 열다/닫다 of a business need
     * no object (see the class comment).
     *
     * @param o      the omission finding's span (the learner's word beside the gap)
     * @param c      its correction (that word with the missing words)
     * @param answer the learner's normalised answer
     */
    static boolean doorLeftOut(String o, String c, String answer) {
        if (timeParticle(answer) == null || !(verb(answer, END) || verb(answer, START))) {
            return false;
        }
        String added = c.startsWith(o + " ") ? c.substring(o.length() + 1) : c.endsWith(" " + o)
                ? c.substring(0, c.length() - o.length() - 1) : c.equals(o) ? "" : null;
        return added != null && Set.of("문", "문을", "문이", "문은").contains(added.strip());
    }

    /** A particle finding on a time word between 에, 까지 and 부터 (시에 → 시까지). */
    private static boolean timeParticleFinding(Finding f) {
        if (f.category() != ErrorCategory.PARTICLE_WRONG && f.category() != ErrorCategory.PARTICLE_MISSING) {
            return false;
        }
        String o = f.original() == null ? "" : f.original().strip();
        String c = f.correction() == null ? "" : f.correction().strip();
        return !o.contains(" ") && !c.contains(" ") && timeParticle(o) != null && timeParticle(c) != null;
    }

    /**
     * The particle on the first time word of the text: 에, 까지 or 부터 on a word of {@link #TIME_HEADS}
     * (시에, 몇시까지, 언제부터; a bare 언제 counts as 에); null when there is none.
     */
    static String timeParticle(String text) {
        for (String word : text.strip().split(" ")) {
            for (String particle : List.of("까지", "부터", "에")) {
                if (word.endsWith(particle)) {
                    String head = word.substring(0, word.length() - particle.length());
                    if (TIME_HEADS.contains(head) || head.endsWith("시") && head.length() <= 3 && !head.equals("도시")) {
                        return particle;
                    }
                }
            }
            if (word.equals("언제")) {
                return "에";
            }
        }
        return null;
    }

    /** Whether a word of the text is a verb of one of the stems (열어요, 닫아요, 영업해요; Nori's reading). */
    private static boolean verb(String text, Set<String> stems) {
        if (text == null || text.isBlank()) {
            return false;
        }
        for (Morphology.Word w : Morphology.analyse(text)) {
            StringBuilder stem = new StringBuilder();
            for (Morphology.Morpheme m : w.morphemes()) {
                if (m.is("VV", "VA", "XSV")) {
                    stem.append(m.form());
                    if (stems.contains(stem.toString())) {
                        return true;
                    }
                    break;
                }
                if (!m.is("NNG", "XR")) {
                    break;
                }
                stem.append(m.form());
            }
        }
        return false;
    }
}
