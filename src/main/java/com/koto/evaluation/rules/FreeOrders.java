package com.koto.evaluation.rules;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Two shapes of correct answers the comparison misread on answers nobody had seen (session 34, s34b):
 * <ul>
 * <li><b>a sentence adverb before or after an argument</b> ({@link #adverbBesideArgument}): adverbs of time, manner,
 * company and order modify the predicate and may stand anywhere before it, before or after its object or subject
 * (어제 새로 신발 하나 샀어 = 어제 신발 새로 샀어; 같이 영화 볼래 = 영화 같이 볼래; 먼저 밥 먹어 = 밥 먼저 먹어):
 * Sohn 1999 §6.3 (scrambling of adverbials: only the predicate is fixed, at the end), Yeon &amp; Brown 2011 ch. 6
 * (adverbs: "sentence adverbs and most manner adverbs can be moved around the sentence"). Left out: the negation 안/못
 * and 잘 (bound before the verb), degree adverbs (더, 덜, 너무, 아주, 많이, 조금: they modify the next word, see
 * {@link DegreeAdverbOrder}), and any swap of a part that is not a whole noun phrase;</li>
 * <li><b>a phone call's confirmation question for the greeting</b> ({@link #confirmingOpener}): after 여보세요 a
 * caller confirms whom they reached (거기 피자집이죠? 거기 OO 식당이에요?) where an accepted answer greets
 * (안녕하세요): 표준 언어 예절 2011, 전화 예절 (전화를 걸 때: 인사 뒤에 상대방을 확인한다, "거기 OO이지요?"); both open
 * the call, neither is another word for the other's content;</li>
 * <li><b>two accepted words written as one</b> ({@link #joinedAcceptedWords}): a spacing slip read as another word.</li>
 * </ul>
 */
final class FreeOrders {

    /**
     * Adverbs of time, manner, company, order and repetition that move freely before the predicate (Sohn 1999 §6.3;
     * Yeon &amp; Brown 2011 ch. 6; 한국어기초사전 부사 entries).
     */
    static final Set<String> FREE_ADVERBS = Set.of("새로", "다", "좀", "같이", "함께", "빨리", "먼저", "벌써", "아직",
            "이미", "다시", "또", "혼자", "일찍", "늦게", "천천히", "미리", "곧", "방금", "아까", "지금", "오늘", "어제",
            "내일", "드디어", "처음", "직접", "꼭", "모두", "전부", "가끔", "자주", "항상", "늘", "매일", "보통", "잠깐",
            "잠시", "이따가", "나중에", "금방", "얼른", "그냥", "제일 먼저", "일단", "우선", "따로", "모레", "요즘", "매주",
            "주로", "진짜", "정말", "같이요", "혹시", "계속");

    private static final Pattern PUNCTUATION = Pattern.compile("[.,?!~]");

    private FreeOrders() {
    }

    /**
     * Whether a word-order finding only moves a free adverb across a whole noun phrase ({@code o} and {@code c} the same
     * words, one part before the other).
     */
    static boolean adverbBesideArgument(String o, String c, String answer) {
        String[] a = PUNCTUATION.matcher(o).replaceAll("").strip().split(" ");
        String cc = PUNCTUATION.matcher(c).replaceAll("").strip();
        if (a.length < 2 || a.length > 4) {
            return false;
        }
        String[] p = NaturalVariants.swappedParts(a, cc);
        if (p == null) {
            return false;
        }
        return (FREE_ADVERBS.contains(p[0]) && nounPhrase(p[1]) || FREE_ADVERBS.contains(p[1]) && nounPhrase(p[0]))
                && !afterDeterminer(a[0], answer);
    }

    /** Whether the word before the span's first word in the answer is a determiner (이 새로 신발: the noun phrase split). */
    private static boolean afterDeterminer(String first, String answer) {
        if (answer == null) {
            return true;
        }
        List<Morphology.Word> words = Morphology.analyse(PUNCTUATION.matcher(answer).replaceAll(" ").strip());
        for (int i = 1; i < words.size(); i++) {
            if (words.get(i).surface().equals(first)) {
                Morphology.Word before = words.get(i - 1);
                return before.startsWith("MM") && before.morphemes().size() == 1 || before.surface().endsWith("는")
                        && before.verbal() || before.verbal() && before.endsWith("ETM");
            }
        }
        return false;
    }

    /** A noun phrase: nouns, numerals and counters, with at most a particle at its end, no predicate. */
    private static boolean nounPhrase(String phrase) {
        List<Morphology.Word> words = Morphology.analyse(phrase);
        if (words.isEmpty() || words.stream().anyMatch(Morphology.Word::verbal)) {
            return false;
        }
        Morphology.Word first = words.getFirst();
        return first.startsWith("NNG", "NNP", "NP", "NR", "SN", "NNB") && !FREE_ADVERBS.contains(first.surface());
    }

    /**
     * Whether a vocabulary finding's learner word is two words of an accepted answer written together (배달가능해요 for
     * 배달 가능해요 where another accepted answer says 배달돼요): the learner wrote the accepted words, and only the
     * space between them is missing, which is a spacing matter (한글 맞춤법 제2항: 문장의 각 단어는 띄어 씀), not
     * another word. One word of at least three letters, split once into the two consecutive words of an accepted answer
     * (particles and endings as written).
     *
     * @param f        a finding of the comparison
     * @param accepted every accepted answer of the activity
     */
    static boolean joinedAcceptedWords(Finding f, List<String> accepted) {
        if (f.category() != com.koto.evaluation.ErrorCategory.VOCABULARY || f.original() == null || accepted == null) {
            return false;
        }
        String o = PUNCTUATION.matcher(f.original()).replaceAll("").strip();
        if (o.length() < 3 || o.contains(" ")) {
            return false;
        }
        for (String a : accepted) {
            String words = " " + PUNCTUATION.matcher(a).replaceAll(" ").replaceAll("\\s+", " ").strip() + " ";
            for (int k = 1; k < o.length(); k++) {
                if (words.contains(" " + o.substring(0, k) + " " + o.substring(k) + " ")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Greetings that open a call (표준 언어 예절 2011). */
    private static final Set<String> GREETINGS = Set.of("안녕하세요", "안녕하십니까", "여보세요");
    /** A copula question that confirms whom one reached (피자집이죠, 식당이에요, 김밥천국입니까, 거기 맞죠). */
    private static final Pattern CONFIRMING = Pattern.compile(
            ".+(이죠|죠|이지요|지요|입니까|인가요|이에요|예요|맞죠|맞나요|맞습니까|맞아요|이야|야)$");

    /**
     * Whether a vocabulary finding sets a call's confirmation question (거기 피자집이죠?) against the accepted greeting:
     * the learner's word is a noun with the copula in a confirming question, after 거기/여기 or with a question mark as
     * typed, and the accepted word is a greeting.
     *
     * @param o       the learner's word
     * @param c       the accepted word
     * @param answer  the learner's normalised answer
     * @param asTyped the answer as typed, or null
     */
    static boolean confirmingOpener(String o, String c, String answer, String asTyped) {
        if (o == null || c == null || o.contains(" ") || !GREETINGS.contains(PUNCTUATION.matcher(c).replaceAll("").strip())
                || !CONFIRMING.matcher(o).matches()) {
            return false;
        }
        List<Morphology.Word> words = Morphology.analyse(answer);
        for (int i = 0; i < words.size(); i++) {
            Morphology.Word w = words.get(i);
            if (!w.surface().equals(o)) {
                continue;
            }
            boolean copula = w.morphemes().stream().anyMatch(m -> m.is("VCP")) || o.startsWith("맞") || o.contains("맞");
            boolean there = i > 0 && List.of("거기", "거기가", "거기는", "여기", "여기가", "저기", "거기요")
                    .contains(words.get(i - 1).surface());
            boolean asked = asTyped != null && asTyped.contains(o + "?");
            return copula && (there || asked);
        }
        return false;
    }
}
