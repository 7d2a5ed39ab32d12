package com.koto.evaluation.rules;

import com.koto.evaluation.text.Hangul;
import java.util.ArrayList;
import java.util.List;

/**
 * Two noun phrases joined by a list particle in the other order than an accepted answer's (콜라 하나하고 비빔밥 두 개
 * 주세요 for 비빔밥 두 개하고 콜라 하나 주세요; session 28, s28e). The list particles 하고, (이)랑, 와/과 join nouns of
 * equal rank, and the members of such a list may come in either order without a change of meaning (Sohn 1999, on
 * noun-phrase coordination; Yeon &amp; Brown 2019, N하고 N, N(이)랑 N, N와/과 N; 표준국어대사전 '하고' 「조사」 「3」). The
 * particle goes on every member but the last, so read against the accepted order the alignment finds it "missing" on
 * one member and "added" on the other. The members are put back in the accepted order before the comparison, the
 * learner's own particle re-formed for the new first member, so every other difference is still found.
 *
 * <p>Only where the accepted answer has the learner's two members, word for word, joined by a list particle in the
 * other order, and the learner's particle is the right form for its own member (콜라과 keeps its allomorph error).
 */
final class ConjunctOrder {

    /** The list particles, longest first (이랑 before 랑). */
    private static final List<String> LIST_PARTICLES = List.of("이랑", "하고", "랑", "와", "과");

    /** The case particles a list takes after its last member. */
    private static final java.util.Set<String> CASE_PARTICLES = java.util.Set.of("을", "를", "이", "가", "은", "는", "도");

    private ConjunctOrder() {
    }

    /**
     * The answer with its two list members in the accepted answer's order, or the answer itself.
     *
     * @param answer   the learner's normalised answer
     * @param accepted the accepted answer's words
     */
    static String inAcceptedOrder(String answer, List<String> accepted) {
        List<String> a = List.of(answer.split(" "));
        if (answer.chars().anyMatch(Character::isDigit)) {
            // 1킬로하고, 500그램: amounts in figures are read by the numeral checks, which already take the items in
            // either order (PreChecks, Numerals); a swap here would hand them a word Nori reads as a verb (그램하고)
            return answer;
        }
        for (int k = 0; k + 2 < a.size(); k++) {
            String joint = a.get(k);
            String particle = particle(joint);
            if (particle == null) {
                continue;
            }
            String firstEnd = joint.substring(0, joint.length() - particle.length());
            for (int s = 0; s <= k; s++) {
                List<String> left = new ArrayList<>(a.subList(s, k));
                left.add(firstEnd);
                for (int e = k + 2; e < a.size(); e++) { // the last word (the predicate) stays in place
                    List<String> right = a.subList(k + 1, e);
                    // the case particle of the whole list goes on its last member (우유와 빵을 → 빵과 우유를)
                    String[] split = ArgumentCheck.stemAndParticle(right.getLast());
                    String caseParticle = CASE_PARTICLES.contains(split[1]) && !split[0].isEmpty() ? split[1] : "";
                    if (!caseParticle.isEmpty()
                            && !Particles.of(caseParticle).orElseThrow().formAfter(split[0]).equals(caseParticle)) {
                        return answer; // 라면를: the learner's allomorph error stays on the learner's word
                    }
                    String newJoint = caseParticle.isEmpty() ? right.getLast() : split[0];
                    String newParticle = formAfter(particle, newJoint);
                    List<String> swapped = new ArrayList<>(right.subList(0, right.size() - 1));
                    swapped.add(newJoint + newParticle);
                    swapped.addAll(left);
                    if (!caseParticle.isEmpty()) {
                        String end = swapped.getLast();
                        swapped.set(swapped.size() - 1, end + Particles.of(caseParticle).orElseThrow().formAfter(end));
                    }
                    if (containsRun(accepted, swapped, right.size() - 1)) {
                        List<String> out = new ArrayList<>(a.subList(0, s));
                        out.addAll(swapped);
                        out.addAll(a.subList(e, a.size()));
                        return String.join(" ", out);
                    }
                }
            }
        }
        return answer;
    }

    /** The list particle the word ends in, in its right form for the noun before it, or null. */
    private static String particle(String word) {
        for (String p : LIST_PARTICLES) {
            if (word.length() > p.length() && word.endsWith(p)) {
                String noun = word.substring(0, word.length() - p.length());
                if (p.equals("하고") && Lexicon.HADA_NOUNS.contains(noun)) {
                    return null; // 예약하고: the verb 하다, not the particle
                }
                return formAfter(p, noun).equals(p) ? p : null;
            }
        }
        return null;
    }

    /** The particle's form after the noun: 와/과 and 랑/이랑 by its last letter; 하고 alike after any. */
    private static String formAfter(String particle, String noun) {
        boolean closed = Hangul.hasFinal(noun.charAt(noun.length() - 1));
        return switch (particle) {
            case "와", "과" -> closed ? "과" : "와";
            case "랑", "이랑" -> closed ? "이랑" : "랑";
            default -> particle;
        };
    }

    /**
     * Whether the accepted words hold the run, its joint word (at {@code joint}) allowed another list particle
     * (두 개하고 where the learner wrote 하나랑).
     */
    private static boolean containsRun(List<String> accepted, List<String> run, int joint) {
        for (int i = 0; i + run.size() <= accepted.size(); i++) {
            boolean all = true;
            for (int j = 0; j < run.size() && all; j++) {
                String x = accepted.get(i + j);
                String y = run.get(j);
                all = j == joint ? x.equals(y) || sameMemberOtherParticle(x, y) : x.equals(y);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameMemberOtherParticle(String x, String y) {
        String px = particle(x);
        String py = particle(y);
        return px != null && py != null
                && x.substring(0, x.length() - px.length()).equals(y.substring(0, y.length() - py.length()));
    }
}
