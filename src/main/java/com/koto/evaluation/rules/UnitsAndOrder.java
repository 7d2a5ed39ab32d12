package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Units and phrase order read on the learner's own words, whatever the accepted answers say (session 37, helper s37b):
 * <ul>
 *   <li>{@code vocabulary/misused_word}, a room number said as a floor: a number of 200 or more with 층 (305층에 →
 *       305호에). No building has that many floors (the tallest has fewer than 170), so the number names a room, counted
 *       with 호 (표준국어대사전 '층'¹ ③ 「의존 명사」 건물의 층을 세는 단위; '호'⁵ ② 「의존 명사」 차례나 순서를 나타내는 말:
 *       '305호');</li>
 *   <li>{@code counter/sino_for_native}, the hour of the clock in Sino-Korean letters written as one word after a word of
 *       the time of day (밤 구시 → 아홉 시, 오후 삼시에 → 세 시에): read by {@link PreChecks#sinoNumbers}, the one check
 *       of Sino-Korean numbers before native counters (session 38, s38c);</li>
 *   <li>{@code word_order/phrase}, a length of time after the adverb it measures (늦게 하루 제출해도 → 하루 늦게, 일찍 10분
 *       → 10분 일찍): the measure phrase precedes 늦게/일찍/먼저 as a degree word precedes what it grades (Sohn 1999,
 *       adverbials of extent; 표준국어대사전 '늦다' 용례 '하루 늦게 도착하다'); only where the length is bare and a
 *       predicate follows it (늦게 하루 종일, 일찍 하루를 시작해요 are left alone);</li>
 *   <li>{@code word_order/phrase}, a modifier clause after its noun: a bare noun, then a phrase ending in the modifier
 *       위한 (N을/를 위한, 'for N') with a predicate right after it and no noun to modify (약 아이를 위한
 *       주세요 → 아이를 위한 약): a modifier stands before the noun it modifies (Sohn 1999 §6.1, relative clauses;
 *       표준국어대사전 '-은' 「어미」 앞말이 관형어 구실을 하게 하는).</li>
 *   <li>{@code word_order/phrase}, a noun of time order put before its clause (session 38, s38b): 전에 first in the
 *       clause and a verb's -기 form later with a predicate right after it (전에 엄마 오기 설거지해 → 엄마 오기 전에), or
 *       후에/다음에/뒤에 first and a verb's past modifier -(으)ㄴ with a predicate right after it (후에 밥 먹은 커피 마셔요 →
 *       밥 먹은 후에). 전, 후, 다음, 뒤 are nouns the clause modifies and follow it (표준국어대사전 '전'² ③ '-기 전에',
 *       '후'² ① '-(으)ㄴ 후에'; Yeon &amp; Brown 2019 on -기 전에 and -(으)ㄴ 후에); Indonesian 'sebelum ibu datang' puts
 *       them first. The -기 or -(으)ㄴ form followed by a predicate has nothing else to close it: a -기 form as the
 *       subject or object of a predicate of liking, ease or wish (전에 숙제하기 싫었어, 전에 엄마 오기 바랐어) and a
 *       modifier before a noun (후에 먹은 밥) are left alone, and 전에 alone ('before, formerly') with a finite verb too.</li>
 * </ul>
 */
final class UnitsAndOrder {

    /** A number with 층 and what follows it in the word. */
    private static final Pattern FLOOR = Pattern.compile("([0-9]+)층(.*)");
    /** Endings a number + unit word may carry (a particle, the copula or nothing). */
    private static final Set<String> AFTER_UNIT = Set.of("", "에", "에서", "으로", "이", "은", "도", "이에요", "입니다",
            "인데", "인데요", "까지", "부터", "의");
    /** The lowest number no floor reaches. */
    private static final int NO_FLOOR = 200;
    /** Adverbs a length of time measures. */
    private static final Set<String> MEASURED = Set.of("늦게", "일찍", "먼저");
    /** A length of time in one word (하루, 이틀, 10분, 2시간, 일주일). */
    private static final Pattern LENGTH = Pattern.compile("하루|이틀|사흘|나흘|일주일|[0-9]+(분|시간|일|주|주일)");
    /** Native or digit numbers before a unit of time in two words (한 시간, 십 분, 30 분). */
    private static final Pattern NUMBER = Pattern.compile("[0-9]+|한|두|세|네|다섯|여섯|일곱|여덟|아홉|열|십|이십|삼십|몇");
    /** Units of time after a number written apart. */
    private static final Set<String> TIME_UNITS = Set.of("분", "시간", "일", "주", "주일");

    private UnitsAndOrder() {
    }

    /**
     * The findings on the learner's raw answer.
     *
     * @param raw the answer as written
     * @return vocabulary and word-order findings, the learner's words → the corrected words; empty when none
     */
    static List<Finding> find(String raw) {
        List<Finding> out = new ArrayList<>();
        for (SpeechLevels.AnalysedSentence sentence : SpeechLevels.analysedSentences(raw)) {
            List<String> words = sentence.words();
            List<Morphology.Word> analysed = sentence.analysed();
            for (int i = 0; i < words.size(); i++) {
                String w = words.get(i);
                Matcher floor = FLOOR.matcher(w);
                if (floor.matches() && floor.group(1).length() <= 5 && Integer.parseInt(floor.group(1)) >= NO_FLOOR
                        && AFTER_UNIT.contains(floor.group(2))) {
                    out.add(new Finding(ErrorCategory.VOCABULARY, w, floor.group(1) + "호" + floor.group(2),
                            "vocabulary/misused_word"));
                }
                if (MEASURED.contains(w)) {
                    lengthAfter(words, analysed, i).ifPresent(out::add);
                }
                modifierAfterNoun(words, analysed, i).ifPresent(out::add);
            }
            // the hour joined to 시 (밤 구시 → 아홉 시), read by the one check of Sino-Korean numbers before native counters;
            // its other shape, apart (삼 시), is read on this path by Counters
            PreChecks.sinoNumbers(String.join(" ", words)).stream().map(PreChecks.Fix::finding)
                    .filter(f -> !f.original().contains(" ")).forEach(out::add);
            limitBeforeClause(words, analysed).ifPresent(out::add);
        }
        return out;
    }

    /** 늦게 하루 제출해도 → 하루 늦게: a bare length of time right after the adverb, a predicate after it. */
    private static java.util.Optional<Finding> lengthAfter(List<String> words, List<Morphology.Word> analysed, int i) {
        int end;
        if (i + 2 < words.size() && LENGTH.matcher(words.get(i + 1)).matches()) {
            end = i + 2;
        } else if (i + 3 < words.size() && NUMBER.matcher(words.get(i + 1)).matches()
                && TIME_UNITS.contains(words.get(i + 2))) {
            end = i + 3;
        } else {
            return java.util.Optional.empty();
        }
        if (!analysed.get(end).verbal()) {
            return java.util.Optional.empty(); // 늦게 하루 종일, 일찍 한 시간 전에
        }
        String length = String.join(" ", words.subList(i + 1, end));
        return java.util.Optional.of(new Finding(ErrorCategory.WORD_ORDER, words.get(i) + " " + length,
                length + " " + words.get(i), "word_order/phrase"));
    }

    /**
     * 약 아이를 위한 주세요 → 아이를 위한 약: a bare noun, then one to three words the last of which is a verb's modifier
     * form (위한, 먹을, 먹는) with a predicate right after it. Only where the noun is a dictionary noun (not a time word)
     * with no particle and the word before it, if any, is no modifier of its own.
     */
    private static java.util.Optional<Finding> modifierAfterNoun(List<String> words, List<Morphology.Word> analysed,
            int i) {
        Morphology.Word head = analysed.get(i);
        String noun = words.get(i);
        // 약 'medicine', which Nori reads as the adverb 약 'about' before anything (약 아이를 위한)
        boolean medicine = noun.equals("약") && i + 1 < words.size() && !Character.isDigit(words.get(i + 1).charAt(0))
                && !NUMBER.matcher(words.get(i + 1)).matches();
        if (head.morphemes().size() != 1 || !(head.startsWith("NNG") || medicine) || !KnownWords.noun(noun)
                || ArgumentCheck.isTimeNoun(noun) || i > 0 && analysed.get(i - 1).endsWith("ETM", "MM")) {
            return java.util.Optional.empty();
        }
        for (int k = i + 1; k < words.size() - 1 && k <= i + 3; k++) {
            Morphology.Word w = analysed.get(k);
            if (!w.endsWith("ETM")) {
                if (w.verbal() && !w.endsWith("JKO", "JKS", "JKB")) {
                    return java.util.Optional.empty(); // a clause of its own before the modifier
                }
                continue;
            }
            Morphology.Word after = analysed.get(k + 1);
            if (!words.get(k).endsWith("위한") || !after.verbal() || after.startsWith("NNG", "NNB", "NNP", "NP")) {
                return java.util.Optional.empty();
            }
            String modifier = String.join(" ", words.subList(i + 1, k + 1));
            return java.util.Optional.of(new Finding(ErrorCategory.WORD_ORDER, noun + " " + modifier,
                    modifier + " " + noun, "word_order/phrase"));
        }
        return java.util.Optional.empty();
    }

    /** Nouns of time order and the ending of the clause they follow (-기 전에, -(으)ㄴ 후에). */
    private static final Map<String, String> LIMITS = Map.of("전에", "기", "후에", "ᆫ", "다음에", "ᆫ", "뒤에", "ᆫ");

    /** Predicates a -기 form is the subject or object of (싫다, 좋다, 쉽다, 바라다, 시작하다 …; 위해, 때문에 after it). */
    private static final Set<String> TAKING_GI = Set.of("싫", "좋", "쉽", "어렵", "힘들", "편하", "불편하", "바라", "시작하",
            "원하", "위하", "귀찮", "무섭", "좋아하", "싫어하", "나쁘", "재미있", "재밌", "지루하", "괜찮", "필요하", "중요하", "끝나",
            "끝내", "그만두", "멈추", "잘하", "못하", "싫증나", "두렵", "부끄럽", "쉬", "바쁘", "때문", "약속하", "결심하",
            "계획하", "기대하", "연습하");

    /** 전에 엄마 오기 설거지해 → 엄마 오기 전에: a noun of time order first in the sentence, before its clause. */
    private static java.util.Optional<Finding> limitBeforeClause(List<String> words, List<Morphology.Word> analysed) {
        if (words.size() < 3 || !LIMITS.containsKey(words.getFirst())) {
            return java.util.Optional.empty();
        }
        String limit = words.getFirst();
        for (int k = 1; k < words.size() - 1 && k <= 4; k++) {
            Morphology.Word w = analysed.get(k);
            List<Morphology.Morpheme> m = w.morphemes();
            boolean closing = !m.isEmpty() && w.verbal()
                    && (LIMITS.get(limit).equals("기") ? m.getLast().is("ETN") && m.getLast().form().equals("기")
                            : m.getLast().is("ETM") && Set.of("ᆫ", "ㄴ", "은").contains(m.getLast().form()));
            if (!closing) {
                if (w.verbal() || m.isEmpty()) {
                    return java.util.Optional.empty(); // a clause of its own: 전에 한국에 갔어요 'I went before'
                }
                continue;
            }
            // the clause's predicate: right after a -(으)ㄴ form (후에 밥 먹은 커피 is a noun modified), after the
            // arguments of the main clause for a -기 form (전에 밥 먹기 손을 씻어요), which no noun follows bare
            int p = k + 1;
            while (LIMITS.get(limit).equals("기") && p < words.size() - 1 && !analysed.get(p).verbal()
                    && (analysed.get(p).caseMarked() || analysed.get(p).morphemes().size() == 1
                            && analysed.get(p).startsWith("MAG"))) {
                p++;
            }
            Morphology.Word after = analysed.get(p);
            String stem = VerbFrames.stem(after);
            if (!after.verbal() || after.endsWith("ETM") || TAKING_GI.contains(stem)
                    || after.morphemes().getFirst().tag().startsWith("NN") && !after.has("XSV")) {
                return java.util.Optional.empty();
            }
            String clause = String.join(" ", words.subList(1, k + 1));
            return java.util.Optional.of(new Finding(ErrorCategory.WORD_ORDER, limit + " " + clause,
                    clause + " " + limit, "word_order/phrase"));
        }
        return java.util.Optional.empty();
    }
}
