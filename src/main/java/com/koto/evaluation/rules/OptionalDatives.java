package com.koto.evaluation.rules;

import java.util.List;
import java.util.Set;

/**
 * Two ways a learner leaves the honorific dative 께 unsaid that are not errors (session 13, helper eval23b).
 * Both are read only as artefacts of the comparison ({@link Evidence#artefact}): alone they never fail an
 * answer (precision first).
 * <ul>
 * <li>{@link #plainForHonorific}: 한테/에게 where the accepted answer has 께 (어머니한테 보내려고요 for
 *     어머니께): 께 is the honorific form of 에게 (표준국어대사전 '께' 「조사」: '에게'의 높임말); using it is
 *     object honorification by choice of the speaker, and the plain dative to an elder is grammatical
 *     (Yeon &amp; Brown 2019, on 에게/한테/께; Sohn 1999 §9 on honorific particles as optional).</li>
 * <li>{@link #possessorOfNextNoun}: a bare person noun right before a noun with the copula (선생님 생신이라서
 *     for 선생님께): the person is the possessor of that noun, in its own clause, with the genitive 의 left out as between
 *     nouns (Sohn 1999, on the genitive and its omission), and the recipient of 드리다/주다 may be left unsaid
 *     when the situation gives it (표준국어대사전 '드리다' 「…에게 …을」, the dative not obligatory in speech).</li>
 * </ul>
 */
final class OptionalDatives {

    private static final Set<String> DATIVES = Set.of("께", "한테", "에게");

    private OptionalDatives() {
    }

    /**
     * 어머니한테 or 어머니에게 (the learner's {@code o}, one word) where the accepted {@code c} is the same
     * noun with 께 (어머니께).
     */
    static boolean plainForHonorific(String o, String c) {
        if (o.contains(" ") || c.contains(" ") || !c.endsWith("께")) {
            return false;
        }
        String noun = c.substring(0, c.length() - 1);
        return !noun.isEmpty() && (o.equals(noun + "한테") || o.equals(noun + "에게"));
    }

    /**
     * The learner's bare noun {@code o} (a common or proper noun, with 님 or another noun suffix) where the accepted {@code c}
     * is {@code o} with a dative (께, 한테, 에게), and the learner's next word is a noun with the copula
     * (생신이라서, 생일이니까): {@code o} is the possessor inside that copula clause, so it cannot be the
     * recipient of the later verb. A noun with a particle next (어머니 돈을 보내고, 동생 선물을 줬어요) is not
     * this: there the dative is missing (gold d-bank-sendmoney-04, shop-gift-02); nor a 하다 verb (선생님
     * 전화했어).
     */
    static boolean possessorOfNextNoun(String o, String c, String answer) {
        if (o.isEmpty() || o.contains(" ") || !c.startsWith(o) || !DATIVES.contains(c.substring(o.length()))) {
            return false;
        }
        List<Morphology.Word> words = Morphology.analyse(answer);
        for (int i = 0; i + 1 < words.size(); i++) {
            Morphology.Word w = words.get(i);
            if (!w.surface().equals(o)) {
                continue;
            }
            Morphology.Word next = words.get(i + 1);
            return !w.morphemes().isEmpty() && w.morphemes().stream().allMatch(m -> m.is("NNG", "NNP", "XSN"))
                    && next.startsWith("NNG") && next.has("VCP") && !next.has("XSV") && !next.has("XSA");
        }
        return false;
    }
}
