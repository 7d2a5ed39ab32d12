package com.koto.evaluation.rules;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A noun stated with the copula where the accepted answer states a clause about that noun, nominalised with 것 or 점
 * (제 강점은 책임감입니다 for 제 장점은 책임감이 강하다는 것입니다; 제 꿈은 의사예요 for 제 꿈은 의사가 되는 거예요;
 * session 33, s33a). 'N1은 N2이다' is the identificational copular sentence (국립국어원 『한국어 문법 1』, 서술절과
 * '이다' 구문; Sohn 1999 §6, the copula): after a topic such as 장점, 강점, 취미, 꿈, the noun names the strength, the
 * hobby, the aim itself, and the clause the accepted answer builds around it (N이 강하다는 것, N이 되는 것) says the
 * same of it. The learner's word has its predicate, so it is no bare noun, and nothing the task asks for is
 * missing. Conditions: the learner's span is one word, a noun and a well-formed copula that ends the sentence; the
 * accepted span holds that noun (bare or with 이/가/을/를) and ends in 것/거/점 with the copula. A noun without the
 * copula (책임감, 책임감이요) keeps its finding.
 */
final class CopulaStatements {

    /** A sentence-final copula after a noun (입니다, 이에요, 예요, 이야, 야, 이다, 이죠, 예요 …). */
    private static final Pattern COPULA_END = Pattern.compile("(입니다|이에요|예요|이야|야|이다|이죠|죠|입니까|이에요요)$");
    /** The nominaliser 것/거/점 with the copula, as the last word of the accepted span. */
    private static final Pattern NOMINALISED = Pattern.compile("(것|거|점)(입니다|이에요|예요|이야|이다|이죠)");

    /** The case and topic particles the accepted answer's noun may carry (책임감이 강하다는). */
    private static final java.util.Set<String> CASES = java.util.Set.of("이", "가", "을", "를", "은", "는");

    private CopulaStatements() {
    }

    /**
     * @param o      the learner's span (책임감입니다), or empty where the comparison names the accepted clause's tail as
     *               missing after the learner's word (강하다는 것입니다)
     * @param c      the accepted span
     * @param answer the learner's normalised answer
     */
    static boolean nounForNominalisedClause(String o, String c, String answer) {
        if (o.contains(" ") || !c.contains(" ")) {
            return false;
        }
        List<String> words = List.of(c.split(" "));
        if (!NOMINALISED.matcher(words.getLast()).matches()) {
            return false;
        }
        if (o.isEmpty()) {
            // the tail alone (강하다는 것입니다): a modifier clause's predicate and the nominaliser, after a learner's
            // word that is a noun with its copula
            if (words.size() != 2) {
                return false;
            }
            List<Morphology.Word> read = Morphology.analyse(words.getFirst());
            if (read.size() != 1 || !read.getFirst().verbal() || !read.getFirst().endsWith("ETM")) {
                return false;
            }
            for (String w : answer.split(" ")) {
                if (noun(w) != null) {
                    return true;
                }
            }
            return false;
        }
        String noun = noun(o);
        if (noun == null) {
            return false;
        }
        for (String w : words) {
            if (w.equals(noun) || w.equals(o) || w.startsWith(noun) && CASES.contains(w.substring(noun.length()))) {
                return true;
            }
        }
        return false;
    }

    /** The noun of a word that is a noun and a well-formed sentence-final copula (책임감입니다 → 책임감), or null. */
    private static String noun(String word) {
        java.util.regex.Matcher m = COPULA_END.matcher(word);
        if (!m.find() || m.start() < 1) {
            return null;
        }
        String noun = word.substring(0, m.start());
        // 입니다, 입니까, 이다 follow any noun; 이에요/예요 and 이야/야 must fit the noun's last syllable
        boolean fits = word.endsWith("입니다") || word.endsWith("입니까") || word.endsWith("이다")
                || Certainty.wellFormedCopula(word);
        return fits && KnownWords.noun(noun) ? noun : null;
    }

    /**
     * The same statement read against the accepted noun with its subject particle (제 장점은 책임감이에요 read against
     * 제 장점은 책임감이 강하다는 거예요: {@code particle_wrong/copula}, 책임감이에요 → 책임감이): the learner's copula is no
     * particle put for 이/가 but the predicate of a sentence that ends there. Conditions: the learner's span is the last
     * word of the answer, a noun with a well-formed copula, and the accepted span is that noun with 이/가.
     *
     * @param o      the learner's span
     * @param c      the accepted span
     * @param answer the learner's normalised answer
     */
    static boolean copulaForSubject(String o, String c, String answer) {
        String noun = o.contains(" ") ? null : noun(o);
        return noun != null && answer.endsWith(" " + o) && (c.equals(noun + "이") || c.equals(noun + "가"));
    }
}
