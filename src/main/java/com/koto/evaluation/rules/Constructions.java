package com.koto.evaluation.rules;

import java.util.List;

/**
 * Constructions a teacher accepts for one another although they differ in structure, not only in
 * one word (issue 11: valid alternative constructions are never failed). Each rewrites the
 * learner's construction into the accepted answer's when the accepted answer uses the other one;
 * the comparison then goes on as usual ({@link Equivalents#rewrite}).
 *
 * <ul>
 * <li><b>a request by 부탁하다</b> for -아/어 주세요 (인천공항까지 부탁합니다 = 인천공항까지 가 주세요; 김 선생님 좀
 * 부탁드립니다 = 김 선생님 좀 바꿔 주시겠어요): 부탁하다 is "to ask someone to do something"
 * (표준국어대사전 부탁하다: 어떤 일을 해 달라고 청하거나 맡기다), so with the thing asked for as its object it
 * makes the request the accepted verb makes; 표준 언어 예절 (2011) lists 부탁드립니다 among polite requests;</li>
 * <li><b>N(이)라고 해요/합니다</b> for N이에요/예요/입니다 when saying one's name (Yeon &amp; Brown 2019,
 * on quotation: 저는 민수라고 해요 "I am called Minsu");</li>
 * <li><b>-는 거예요</b> for <b>-기예요</b> (제 취미는 음악을 듣는 거예요 = 음악 듣기예요): both nominalise the
 * verb (Yeon &amp; Brown 2019, on the nominalisers -기 and -는 것);</li>
 * <li><b>the accepted sentences in another order</b> (an apology after its reason).</li>
 * </ul>
 */
final class Constructions {

    private Constructions() {
    }

    /** Requests by 부탁하다, plain to humble (드리다), polite or formal. */
    private static final List<String> FAVOUR = List.of("부탁드리겠습니다", "부탁드립니다", "부탁드려요", "부탁드릴게요",
            "부탁합니다", "부탁해요", "부탁할게요");

    /** The auxiliary of a request after -아/어 (가 주세요). */
    private static final List<String> REQUEST = List.of("주시겠습니까", "주시겠어요", "주십시오", "주세요");

    /** The copula forms a name may end in, in the accepted answer. */
    private static final List<String> COPULA = List.of("이에요", "예요", "입니다", "이고", "고");

    /**
     * The learner's answer with each construction of the class comment rewritten into the accepted
     * answer's; the answer itself when none applies.
     */
    static String rewrite(String answer, String accepted) {
        return sentenceOrder(nominaliser(name(favour(answer, accepted), accepted), accepted), accepted);
    }

    /**
     * The accepted answer's sentences in another order (숙제를 못 했어요. 죄송합니다. for 죄송합니다. 숙제를 못
     * 했어요.): the answer is a rotation of the accepted words at a word that ends a sentence (-요, -다,
     * -까). Word order is fixed within a clause (the predicate last), not between sentences (Sohn 1999,
     * on word order).
     */
    private static String sentenceOrder(String answer, String accepted) {
        if (answer.equals(accepted) || answer.length() != accepted.length()) {
            return answer;
        }
        String[] e = accepted.split(" ");
        for (int k = 1; k < e.length; k++) {
            String last = e[k - 1];
            if (!(last.endsWith("요") || last.endsWith("다") || last.endsWith("까"))) {
                continue;
            }
            String head = String.join(" ", java.util.Arrays.copyOfRange(e, 0, k));
            String tail = String.join(" ", java.util.Arrays.copyOfRange(e, k, e.length));
            String[] t = tail.split(" ");
            String tailLast = t[t.length - 1];
            boolean tailEnds = tailLast.endsWith("요") || tailLast.endsWith("다") || tailLast.endsWith("까");
            if (tailEnds && answer.equals(tail + " " + head)) {
                return accepted;
            }
        }
        return answer;
    }

    private static String favour(String answer, String accepted) {
        List<String> a = List.of(answer.split(" "));
        List<String> e = List.of(accepted.split(" "));
        int fa = indexOfAny(a, FAVOUR);
        int re = indexOfAny(e, REQUEST);
        if (fa >= 0 && re > 0 && indexOfAny(a, REQUEST) < 0 && indexOfAny(e, FAVOUR) < 0 && infinitive(e.get(re - 1))) {
            // 인천공항까지 부탁합니다 → 인천공항까지 가 주세요
            return join(a, fa, fa + 1, e.get(re - 1) + " " + e.get(re));
        }
        int fe = indexOfAny(e, FAVOUR);
        int ra = indexOfAny(a, REQUEST);
        if (fe >= 0 && ra > 0 && indexOfAny(e, REQUEST) < 0 && infinitive(a.get(ra - 1))) {
            // 창가 자리로 해 주세요 → 창가 자리로 부탁드려요
            return join(a, ra - 1, ra + 1, e.get(fe));
        }
        return answer;
    }

    private static String name(String answer, String accepted) {
        String[] a = answer.split(" ");
        for (int i = 0; i + 1 < a.length; i++) {
            String w = a[i];
            if (!w.endsWith("라고") || !(a[i + 1].equals("해요") || a[i + 1].equals("합니다"))) {
                continue;
            }
            String name = w.endsWith("이라고") ? w.substring(0, w.length() - 3) : w.substring(0, w.length() - 2);
            String[] e = accepted.split(" ");
            for (int j = 0; j < e.length; j++) {
                for (String c : COPULA) {
                    if (name.isEmpty() || !e[j].equals(name + c)) {
                        continue;
                    }
                    // 저는 부디라고 해요 says what 제 이름은 부디예요 says: the accepted topic comes along
                    int from = j;
                    if (j > 0 && e[j - 1].startsWith("이름")) {
                        from = j > 1 && e[j - 2].equals("제") ? j - 2 : j - 1;
                    }
                    int start = i > 0 && List.of("저는", "전", "제가").contains(a[i - 1]) && from < j ? i - 1 : i;
                    String said = String.join(" ", java.util.Arrays.copyOfRange(e, from, j + 1));
                    return join(List.of(a), start, i + 2, said);
                }
            }
        }
        return answer;
    }

    private static String nominaliser(String answer, String accepted) {
        String[] a = answer.split(" ");
        for (int i = 0; i + 1 < a.length; i++) {
            if (!a[i].endsWith("는") || !List.of("거예요", "것이에요", "겁니다", "것입니다").contains(a[i + 1])) {
                continue;
            }
            List<Morphology.Word> w = Morphology.analyse(a[i]);
            if (w.isEmpty() || w.getFirst().morphemes().isEmpty() || !w.getFirst().morphemes().getFirst().is("VV", "VA")) {
                continue;
            }
            String stem = w.getFirst().morphemes().getFirst().form();
            for (String word : accepted.split(" ")) {
                if (word.startsWith(stem + "기")) {
                    return join(List.of(a), i, i + 2, word);
                }
            }
        }
        return answer;
    }

    /** A verb in -아/어 before an auxiliary (가, 바꿔, 해, 세워). */
    private static boolean infinitive(String word) {
        List<Morphology.Word> w = Morphology.analyse(word + " 주세요");
        return !w.isEmpty() && w.getFirst().verbal() && w.getFirst().morphemes().getLast().is("EC");
    }

    private static int indexOfAny(List<String> words, List<String> forms) {
        for (int i = 0; i < words.size(); i++) {
            if (forms.contains(words.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static String join(List<String> words, int from, int to, String replacement) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            if (i == from) {
                out.append(out.isEmpty() ? "" : " ").append(replacement);
            } else if (i < from || i >= to) {
                out.append(out.isEmpty() ? "" : " ").append(words.get(i));
            }
        }
        return out.toString();
    }
}
