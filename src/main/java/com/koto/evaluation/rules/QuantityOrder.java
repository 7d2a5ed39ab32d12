package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A quantity before the noun it counts, on the learner's own words (session 9 round 2;
 * {@code word_order/numeral_before_noun}): 두 권 책을 → 책 두 권을, 한 병 물을 → 물 한 병을, 하나 김밥하고 →
 * 김밥 하나하고. Korean counts a thing as noun + numeral + counter (책 두 권); a numeral with its counter
 * before a bare noun needs 의 (두 권의 책), and the numeral nouns 하나, 둘, 셋, 넷 never modify a noun
 * (their determiner forms are 한, 두, 세, 네). The particle stays at the end of the phrase, re-formed for
 * the counter or numeral that now closes it.
 * <p>Shapes, narrow on purpose: (a) a numeral (digits or a native numeral), a counter of things or
 * containers (개, 권, 장, 병, 잔, 마리, 벌, 켤레, 대, 그릇, 송이, 봉지, 상자; session 37: the bundles 단, 묶음,
 * 포기 and the packs 캔, 팩 — 세 단 시금치 → 시금치 세 단, 표준국어대사전 '단'⁷ 용례 '시금치 두 단') and a dictionary noun with
 * 을/를 or 이/가, or (session 13) with 하고, (이)랑 or 와/과 before the next item of a list; (b) 하나, 둘,
 * 셋 or 넷 and a dictionary noun. Neither fires after a bare noun or a quantity
 * (커피 두 잔 케이크를, 김밥 하나 라면 하나: a list whose nouns the quantities follow), on a noun of price, measure or part (한 개
 * 가격이, 둘 사이에, 하나 정도) or where an accepted answer writes the same two words.
 * <p>Sources: Yeon &amp; Brown 2019, on numerals and counters (noun + number + counter); Sohn 1999, on
 * classifier constructions (the quantifier floats after its noun; before it, with 의); 표준국어대사전
 * '하나' 「수사」 and '한' 「관형사」.
 */
final class QuantityOrder {

    private QuantityOrder() {
    }

    /** Counters of things and containers (not of time, money, order or people, which name other phrases). */
    private static final Set<String> THING_COUNTERS = Set.of("개", "권", "장", "병", "잔", "마리", "벌", "켤레", "대",
            "그릇", "송이", "봉지", "상자", "단", "묶음", "포기", "캔", "팩");

    /** Numeral nouns whose determiner form differs (하나/한, 둘/두, 셋/세, 넷/네). */
    private static final Set<String> NUMERAL_NOUNS = Set.of("하나", "둘", "셋", "넷");

    /** Native numerals a counter may follow (digits are accepted as well). */
    private static final Set<String> NATIVE = Set.of("한", "두", "세", "네", "다섯", "여섯", "일곱", "여덟", "아홉", "열",
            "스무");

    /** Nouns a quantity may stand before as it is: price, measure, part, extent (한 개 가격, 둘 사이, 하나 정도). */
    private static final Set<String> OPEN_AFTER_QUANTITY = Set.of("값", "가격", "요금", "비용", "정도", "이상", "이하",
            "사이", "중", "자리", "세트", "짜리", "분량", "무게", "크기", "사이즈", "차이", "모두", "전부", "다", "씩", "밖",
            "뿐", "더", "째", "만", "이내", "동안", "분", "사람", "명", "가지");

    /** Particles of a noun that is the object or subject of its verb. */
    private static final Set<String> CASE = Set.of("을", "를", "이", "가");

    /**
     * Particles that join the noun to the next item of a list (두 개 비빔밥하고 콜라 하나 → 비빔밥 두 개하고;
     * session 13, eval21e): the quantity counts that noun as it counts an object (Yeon &amp; Brown 2019, 하고
     * and (이)랑 joining nouns; the particle stays at the end of the noun phrase).
     */
    private static final Set<String> LIST = Set.of("하고", "이랑", "랑", "와", "과");

    /**
     * The findings on the learner's raw answer.
     *
     * @param raw      the answer as typed
     * @param accepted the normalised accepted answers (a pair one of them writes is left alone)
     * @return word-order findings, the quantity and its noun as written and in Korean order; empty when none
     */
    static List<Finding> find(String raw, List<String> accepted) {
        List<Finding> out = new ArrayList<>();
        for (SpeechLevels.AnalysedSentence sentence : SpeechLevels.analysedSentences(raw)) {
            List<String> words = sentence.words();
            List<Morphology.Word> analysed = sentence.analysed();
            for (int i = 0; i + 1 < words.size(); i++) {
                if (i > 0 && (bareNoun(words.get(i - 1), analysed.get(i - 1))
                        || numeral(words.get(i - 1)) || Lexicon.COUNTERS.contains(words.get(i - 1)))) {
                    continue; // 커피 두 잔 케이크를, 김밥 하나 라면 하나: the quantity counts the noun before it
                }
                String numeral = words.get(i);
                boolean withCounter = numeral(numeral) && !NUMERAL_NOUNS.contains(numeral)
                        && i + 2 < words.size() && THING_COUNTERS.contains(words.get(i + 1));
                int at = withCounter ? i + 2 : i + 1;
                if (!withCounter && !NUMERAL_NOUNS.contains(numeral)) {
                    continue;
                }
                String word = words.get(at);
                String[] parts = ArgumentCheck.stemAndParticle(word);
                String noun = parts[0];
                String particle = parts[1];
                Morphology.Word nounWord = analysed.get(at);
                String quantity = withCounter ? numeral + " " + words.get(i + 1) : numeral;
                if (listedAsVerb(word, nounWord, quantity, accepted)) {
                    // 비빔밥하고 read as a verb: the noun with the list particle (session 13)
                    particle = "하고";
                    noun = word.substring(0, word.length() - 2);
                    nounWord = new Morphology.Word(noun, nounWord.morphemes().subList(0, 1));
                }
                if (particle.isEmpty() && KnownWords.noun(word) && nounWord.startsWith("XR")) {
                    // 시금치 read as the root 시금 + 하 + 지 after 단 (session 37, s37b): the dictionary noun it is
                    nounWord = new Morphology.Word(word, List.of(new Morphology.Morpheme(word, "NNG")));
                }
                if (nounWord.verbal() || !nounWord.startsWith("NNG") || noun.isEmpty()
                        || !KnownWords.noun(noun) || OPEN_AFTER_QUANTITY.contains(noun)
                        || Lexicon.COUNTERS.contains(noun) || ArgumentCheck.isTimeNoun(noun)
                        || Numerals.number(noun) != null
                        || withCounter && !CASE.contains(particle) && !LIST.contains(particle)
                                && !(particle.isEmpty() && bareObject(words, analysed, i, at))) {
                    continue;
                }
                String original = quantity + " " + word;
                if (accepted.stream().anyMatch(a -> a.contains(original)) || closedByComma(raw, quantity, word)) {
                    continue;
                }
                String last = withCounter ? words.get(i + 1) : numeral;
                String moved = particle.isEmpty() ? ""
                        : Particles.of(particle).map(p -> p.formAfter(last)).orElse(particle);
                String correction = floated(noun, particle, quantity, accepted) ? word + " " + quantity
                        : noun + " " + quantity + moved;
                out.add(new Finding(ErrorCategory.WORD_ORDER, original, correction, "word_order/numeral_before_noun"));
            }
        }
        return out;
    }

    /**
     * Whether the learner closed the quantity with a comma before the noun (녹차 라테 아이스로 하나, 크루아상 하나 주세요;
     * session 37, s37a): the comma separates two items of a list, the quantity counting the item before it, so the
     * noun after the comma opens the next item and is not counted by the quantity (한글 맞춤법 부록 문장 부호, 쉼표
     * (1) '같은 자격의 어구를 열거할 때'; Yeon &amp; Brown 2019, noun + number + counter). 하나 크루아상 with no comma
     * keeps its finding.
     */
    private static boolean closedByComma(String raw, String quantity, String word) {
        return Pattern.compile("(^|\\s)" + Pattern.quote(quantity) + "\\s*[,，、]\\s*" + Pattern.quote(word)).matcher(raw).find();
    }

    /**
     * Whether a word Nori reads as a verbal noun with 하고 (비빔밥하고: 비빔밥/NNG 하/XSV 고/EC) is the noun with
     * the list particle 하고: only where an accepted answer counts that noun with the same quantity after it
     * (비빔밥 두 개하고), so that a verbal noun (세 개 구매하고 싶어요, 주문하고) is never read as a thing.
     */
    private static boolean listedAsVerb(String word, Morphology.Word analysed, String quantity,
            List<String> accepted) {
        List<Morphology.Morpheme> ms = analysed.morphemes();
        if (!word.endsWith("하고") || word.length() < 3 || ms.size() != 3 || !ms.get(0).is("NNG")
                || !ms.get(1).is("XSV") || !ms.get(2).is("EC")) {
            return false;
        }
        String noun = word.substring(0, word.length() - 2);
        return accepted.stream().anyMatch(a -> a.contains(noun + " " + quantity));
    }

    /**
     * Whether an accepted answer floats the quantity after the noun with its case particle (가방을 하나 더, 수하물이 하나 더;
     * session 28): then the learner's noun keeps its own particle and the quantity follows it (하나 가방이 → 가방이 하나),
     * the floated quantifier of Sohn 1999 (on classifier constructions: N-case Num-Cl) and Yeon &amp; Brown 2019 (사과를 두
     * 개 샀어요), rather than the particle moved onto the quantity.
     */
    private static boolean floated(String noun, String particle, String quantity, List<String> accepted) {
        if (!CASE.contains(particle)) {
            return false;
        }
        Pattern p = Pattern.compile("(^| )" + Pattern.quote(noun) + "(이|가|을|를) " + Pattern.quote(quantity) + "( |$)");
        return accepted.stream().anyMatch(a -> p.matcher(a).find());
    }

    /** Words that may follow a bare object before its verb (한 그릇 밥 더 주세요, 두 잔 커피 좀 주세요). */
    private static final Set<String> BEFORE_VERB = Set.of("더", "좀", "조금", "주세요", "주세요.", "줘", "줘요", "주시겠어요?");

    /**
     * Whether a noun with no particle after a quantity that opens its sentence is a bare object (session 14): the
     * next word is 더, 좀, 조금 or a form of 주다, so the noun cannot head a compound with a following noun
     * (Yeon &amp; Brown 2019, particles dropped in speech; the quantity still follows the noun: 밥 한 그릇 더 주세요).
     * Only at the start of the sentence, so that a quantity after another word is never read here.
     */
    private static boolean bareObject(List<String> words, List<Morphology.Word> analysed, int i, int at) {
        return i == 0 && at + 1 < words.size() && BEFORE_VERB.contains(words.get(at + 1));
    }

    /**
     * Digits, a native numeral (not 이, 사, 오: demonstratives and nouns as often as Sino-Korean numerals), or the question
     * numeral 몇 'how many', which takes the counter and its place as a numeral does (책을 몇 권; 표준국어대사전 '몇'
     * 「관형사」; session 29, s29c).
     */
    private static boolean numeral(String word) {
        return NATIVE.contains(word) || NUMERAL_NOUNS.contains(word) || word.equals("몇")
                || !word.isEmpty() && word.chars().allMatch(Character::isDigit);
    }

    /** A noun with no particle (the head a following quantity counts). */
    private static boolean bareNoun(String word, Morphology.Word analysed) {
        // 떡볶이 is a dictionary noun though its end reads as the particle 이 (and Nori splits it 떡 볶 이)
        if (Set.of("이", "그", "저").contains(word)) {
            return false; // the demonstrative before the phrase: 이 두 권 책을
        }
        return KnownWords.noun(word)
                || ArgumentCheck.stemAndParticle(word)[1].isEmpty() && analysed.endsWith("NNG", "NNP", "ETN");
    }
}
