package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number the task gives left out of the answer (session 9, helper eval14c; {@code
 * incomplete/missing_number}): every accepted answer of the activity states the same number — a
 * quantity (우표 다섯 장), a time (10시 이후에는), a length of time (10분 늦을 거야), a room (805호) —
 * and the learner's answer has no number of that value in any form (digits, Sino-Korean or native
 * letters), while it says the words around it. The number is the content the task asks the learner
 * to pass on (국립국어원 『국제 통용 한국어 표준 교육과정』 2017, 과제 수행: the information of the
 * message), so an answer without it is incomplete however it words the rest; a comparison reads the
 * gap beside another difference as a paraphrase.
 *
 * <p>Shapes: the number phrase of the first accepted answer that has an anchor is inserted at the
 * learner's neighbouring word: after the counted noun that stands bare right before it (우표하고 →
 * 우표 다섯 장하고, the particle moving to the counter as in the accepted answer), else before the first
 * word after it that the learner wrote (늦을 → 10분 늦을; 조금 → 밤 10시 이후에는 조금, with the accepted
 * words between that the learner lacks), else after the last word before it.
 *
 * <p>Since session 34 (s34d) also a length of time of one every accepted answer states (한 달 회원권, 1박, 하루 동안,
 * 일주일): the length is what is asked about, not a count one may drop; the native day counts (이틀 동안, 사흘 전부터)
 * and container or measure nouns as counters (두 바구니, 세 봉지, 한 근) are read as numbers; the demonstrative 이 before
 * a noun (이 사과) is not taken for the number two; and a number phrase after the noun it measures goes on that noun where
 * the learner's next word is another (운동화 → 운동화 245 사이즈로).
 *
 * <p>Left alone (precision first): the number one of a count (an omitted 한 잔 is accepted: 커피 주세요), a number
 * some accepted answer does not state, any learner word that may be the number (a numeral, digits,
 * 반 for 30, 13–24 o'clock for 1–12, 만 and thousands for their groups), and an answer with no word in
 * common with the accepted answer around the number.
 */
final class MissingNumbers {

    /** Digits at the start. */
    private static final Pattern LEADING_DIGITS = Pattern.compile("^[0-9]+");
    /** 만 or 천 at the start. */
    private static final Pattern THOUSANDS_START = Pattern.compile("^[만천]");
    /** One or more white-space characters. */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** A thousands separator between digits. */
    private static final Pattern THOUSANDS_COMMA = Pattern.compile("(?<=[0-9]),(?=[0-9])");
    /** Sentence-final marks (also 。 and …) at the end. */
    private static final Pattern TRAILING_SENTENCE_MARKS = Pattern.compile("[.?!。…]+$");

    static final String SUBTYPE = "incomplete/missing_number";

    /**
     * Whether the words a gap leaves out hold digits, so the gap is a number the task gives ({@link #SUBTYPE}):
     * 20분, 3일 동안, 302호로. Read by the placement of a gap after a clause ({@code SentenceCheck}) and by the
     * omissions taken beside a slip of form ({@code OmissionsBesideSlips}).
     */
    static boolean numberGap(String gap) {
        return DIGITS.matcher(gap).find();
    }

    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final Pattern THOUSANDS = Pattern.compile("([일이삼사오육칠팔구십백]+)천");
    private static final Pattern PUNCT = Pattern.compile("[.,?!~。…]");

    /** Numeral words that are other words too: 이 'this', 일 'work', 네 'yes' (Sohn 1999, on homonyms). */
    private static final Set<String> AMBIGUOUS = Set.of("이", "일", "네");

    /** The old native forms of three and four before some counters (석 달, 넉 달, 서 말; 표준국어대사전 '석', '넉'). */
    private static final java.util.Map<String, Integer> OLD_NATIVE = java.util.Map.of("석", 3, "넉", 4, "서", 3, "너", 4);

    /**
     * Foreign currencies, units counted with Sino-Korean numerals like 원 (오백 달러, 100유로; Yeon &amp; Brown
     * 2019, on Sino-Korean numerals with money; 표준국어대사전 '달러', '유로', '엔', '위안'): 오백 달러를 states
     * the number as 500달러를 does (session 15).
     */
    private static final Set<String> CURRENCIES = Set.of("달러", "유로", "엔", "위안", "파운드", "루피아");

    /** Nouns of the time of day that belong to a clock time (밤 10시, 오후 세 시). */
    private static final Set<String> DAYTIME = Set.of("밤", "아침", "저녁", "오전", "오후", "낮", "새벽");

    /**
     * Nouns that name one clock time, with the hours they state: 정오 'noon' (표준국어대사전 '정오': 낮 열두 시) and
     * 자정 'midnight' (표준국어대사전 '자정': 밤 열두 시; also 0 and 24 o'clock). 정오에 states 열두 시에 / 12시에.
     * 점심때 'lunchtime' names no one hour and is left out.
     */
    private static final java.util.Map<String, Set<Integer>> CLOCK_NOUNS = java.util.Map.of("정오", Set.of(12),
            "자정", Set.of(12, 0, 24));

    private MissingNumbers() {
    }

    /**
     * The first number every accepted answer states and the answer does not, located at its neighbour.
     *
     * @param raw      the learner's answer as written
     * @param accepted the activity's accepted answers as written
     * @return an {@code incomplete/missing_number} finding, or empty
     */
    static Optional<Finding> find(String raw, List<String> accepted) {
        if (raw.isBlank() || accepted.isEmpty()) {
            return Optional.empty();
        }
        return missing(raw, accepted).or(() -> uncountedMember(words(raw), accepted));
    }

    /** The first number other than one that every accepted answer states and the answer does not. */
    private static Optional<Finding> missing(String raw, List<String> accepted) {
        Set<Integer> required = null;
        for (String a : accepted) {
            Set<Integer> stated = new HashSet<>();
            List<String> words = words(a);
            for (int i = 0; i < words.size(); i++) {
                Integer v = stated(words, i);
                if (v != null) {
                    stated.add(v);
                }
            }
            if (required == null) {
                required = stated;
            } else {
                required.retainAll(stated);
            }
        }
        boolean oneLength = accepted.stream().allMatch(a -> oneLength(words(a)));
        required.removeIf(v -> v < 1 || v == 1 && !oneLength);
        if (required.isEmpty()) {
            return Optional.empty();
        }
        List<String> learner = words(raw);
        Set<Integer> said = new HashSet<>();
        for (int i = 0; i < learner.size(); i++) {
            if (!demonstrative(learner, i)) {
                said.addAll(mayBe(learner.get(i)));
            }
        }
        for (int value : required.stream().sorted().toList()) {
            if (said.contains(value) || OptionalPieces.halfStated(raw, value) || accepted.stream().anyMatch(a -> countedOtherwise(learner, words(a), value))
                    || accepted.stream().anyMatch(a -> otherNumberThere(learner, words(a), value))
                    || accepted.stream().anyMatch(a -> durationStated(learner, words(a), value))
                    || accepted.stream().anyMatch(a -> stayAsDays(learner, words(a), value))
                    || accepted.stream().anyMatch(a -> nounCountedOtherwise(learner, words(a), value))) {
                continue;
            }
            for (String a : accepted) {
                Optional<Finding> f = located(raw, learner, words(a), value);
                if (f.isPresent()) {
                    return f;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Container and measure nouns used as counters (두 바구니, 한 근, 세 팩, 두 주; 표준국어대사전 '바구니' ②, '근'⁶ 「의존 명사」;
     * Yeon &amp; Brown 2019, on nouns used as counters), beside {@link Lexicon#COUNTERS} and the units (session 34, s34d).
     */
    private static final List<String> MEASURES = List.of("바구니", "근", "판", "팩", "통", "묶음", "다발", "쌍", "세트", "박스",
            "주일", "주간", "주", "개월", "초");

    /** A length of one in one word (하루, 일주일 동안, 한달짜리, 1박, 1개월은), not a rate (하루에, 일주일에). */
    private static final Pattern ONE_LENGTH = Pattern.compile(
            "(하루|일주일|한달|1달|1박|1주일|1주|1개월|1년)(만|동안|간|짜리|요|이요|예요|은|는|이|가|을|를|도)?");

    /** Units of a length of time (한 달, 1시간, 한 주, 1박, 일 년, 1개월): one of them is content, not a count one may drop. */
    private static final Set<String> LENGTH_UNITS = Set.of("달", "시간", "주", "주일", "주간", "박", "년", "개월");

    /**
     * Whether the accepted answer states a length of time of one (한 달 회원권, 1박, 하루, 일주일 동안; session 34,
     * s34d): the one of a length of time is what the task asks about (한 달 회원권은 얼마예요? asks the price of a month),
     * while the one of a count (커피 한 잔 주세요) may be dropped (표준국어대사전 '달' ②, '박'⁸, '하루' ①).
     */
    private static boolean oneLength(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            String w = bare(words.get(i));
            if (ONE_LENGTH.matcher(w).matches()) {
                return true;
            }
            Integer v = stated(words, i);
            if (v != null && v == 1 && i + 1 < words.size()) {
                String next = bare(words.get(i + 1));
                if (next.endsWith("에") || next.endsWith("마다")) {
                    continue; // 한 달에, 하루에: a rate (per month), said as 매달, 월 … as well
                }
                if (LENGTH_UNITS.contains(ArgumentCheck.stemAndParticle(next)[0]) || LENGTH_UNITS.contains(next)
                        || LENGTH_UNITS.stream().anyMatch(u -> next.matches(u + "(동안|간|짜리|권)?.*"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the learner's word is the demonstrative 이 'this' before a noun that counts nothing (이 사과, 이 운동화),
     * not the Sino-Korean two before a counter (이 층, 이 인분; 표준국어대사전 '이'⁷ 관형사 'this'; session 34, s34d).
     */
    private static boolean demonstrative(List<String> learner, int i) {
        if (!bare(learner.get(i)).equals("이") || i + 1 >= learner.size()) {
            return false;
        }
        String next = bare(learner.get(i + 1));
        return !Lexicon.COUNTERS.stream().anyMatch(next::startsWith) && unitOf(next) == null
                && !next.startsWith("시") && !next.startsWith("분") && !next.startsWith("호") && !next.startsWith("인분")
                && KnownWords.noun(ArgumentCheck.stemAndParticle(next)[0]);
    }

    /** The particles that join the members of a list of nouns (Yeon &amp; Brown 2019: 하고, (이)랑, 와/과). */
    private static final List<String> LIST_PARTICLES = List.of("하고", "이랑", "랑", "와", "과");

    /**
     * A member of a list left uncounted after a counted one (session 15; {@code incomplete/missing_number}):
     * the learner counts one noun of the list and joins the next bare (비빔밥 두 개하고 콜라 주세요; with a comma
     * since session 16: 어른 두 장, 어린이 주세요), while every
     * accepted answer counts that noun too (콜라 하나, 콜라 한 병), also by one. In an order each item of a
     * list is counted where one is (Yeon &amp; Brown 2019, numerals and counters: noun + number + counter for
     * each thing ordered); having counted the first, the learner leaves the second's quantity unsaid, the
     * information the task gives (국립국어원 『국제 통용 한국어 표준 교육과정』 2017, 과제 수행). This is where the
     * number one counts: an order with no number at all (콜라 주세요) stays accepted.
     *
     * <p>The finding puts the accepted count after the learner's noun (콜라 → 콜라 하나). Left alone: a noun
     * with a particle or a count of its own anywhere in the answer, a noun some accepted answer does not count
     * right after it (하나씩 of both nouns), and a count word that is not a numeral or a counter after one.
     */
    private static Optional<Finding> uncountedMember(List<String> learner, List<String> accepted) {
        for (int i = 0; i + 2 < learner.size(); i++) {
            String counted = bare(learner.get(i));
            String particle = LIST_PARTICLES.stream().filter(counted::endsWith).findFirst().orElse(null);
            // a comma after the count lists the next noun as a list particle does (어른 두 장, 어린이 주세요; session 16)
            boolean comma = particle == null && learner.get(i).endsWith(",");
            if (particle == null && !comma || !countWord(comma ? counted
                    : counted.substring(0, counted.length() - particle.length()), i > 0 ? bare(learner.get(i - 1)) : "")) {
                continue;
            }
            String noun = learner.get(i + 1);
            if (!noun.equals(bare(noun)) || !KnownWords.noun(noun) || Numerals.number(noun) != null
                    || countedLater(learner, i + 2)) {
                continue;
            }
            String first = null;
            for (String a : accepted) {
                String count = countedIn(words(a), noun);
                if (count == null) {
                    first = null;
                    break;
                }
                first = first == null ? count : first;
            }
            if (first != null) {
                return Optional.of(new Finding(ErrorCategory.INCOMPLETE, noun, noun + " " + first, SUBTYPE));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a word from {@code from} to the end of its sentence may be a number (generous, {@link #mayBe}):
     * the noun is then counted after all (콜라 하나요, 아메리카노 아이스로 한 잔이요).
     */
    private static boolean countedLater(List<String> learner, int from) {
        for (int k = from; k < learner.size(); k++) {
            if (!mayBe(learner.get(k)).isEmpty()) {
                return true;
            }
            if (sentenceEnd(learner.get(k))) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the word (its list particle taken off) counts a noun: a native numeral (둘, 하나), digits with a counter
     * (2개, 2인분), or a counter after a numeral word ({@code previous}: 두 개, 한 그릇).
     */
    private static boolean countWord(String core, String previous) {
        if (core.isEmpty()) {
            return false;
        }
        // a numeral alone counts natively (둘이랑, 하나하고); a Sino-Korean letter alone is no count (사과: 사 + 과)
        if (Numerals.nativeNumber(core) != null || DIGITS.matcher(core).lookingAt()) {
            return true;
        }
        boolean counter = Lexicon.COUNTERS.contains(core) || core.equals("인분");
        return counter && !AMBIGUOUS.contains(previous) && Numerals.number(previous) != null;
    }

    /**
     * The count right after the noun in the words (하나, 한 병, 1병), punctuation taken off; null when the noun is
     * not there bare or not followed by a numeral.
     */
    private static String countedIn(List<String> words, String noun) {
        for (int i = 0; i + 1 < words.size(); i++) {
            if (!bare(words.get(i)).equals(noun)) {
                continue;
            }
            String next = bare(words.get(i + 1));
            Integer n = AMBIGUOUS.contains(next) ? null : Numerals.number(next);
            if (n == null && DIGITS.matcher(next).lookingAt()) {
                return next;
            }
            if (n == null) {
                return null;
            }
            String counter = i + 2 < words.size() ? bare(words.get(i + 2)) : "";
            if (Lexicon.COUNTERS.contains(counter) || counter.equals("인분")) {
                return next + " " + counter; // 한 병, 다섯 개
            }
            return Lexicon.COUNTER_FORMS.containsValue(next) ? null : next; // 한 with another word after it
        }
        return null;
    }

    /**
     * Whether the learner writes a number of another value where the accepted answer states {@code value}:
     * a numeral word right before the word that follows the accepted number (오만 원 for 50만 원, 다섯 분 for
     * 10분). That is a wrong number, which the comparison reports as another word (오만 → 오십만), not a
     * number left out (session 12).
     */
    private static boolean otherNumberThere(List<String> learner, List<String> accepted, int value) {
        for (int i = 0; i < accepted.size(); i++) {
            Integer v = stated(accepted, i);
            if (v == null || v != value) {
                continue;
            }
            String word = bare(accepted.get(i));
            String rest = THOUSANDS_START.matcher(LEADING_DIGITS.matcher(word).replaceFirst("")).replaceFirst("");
            // the counter joined to the digits (10분), else the next word (50만 원, 다섯 장)
            String counter = !rest.isEmpty() && !word.equals(rest) ? rest
                    : i + 1 < accepted.size() ? bare(accepted.get(i + 1)) : "";
            for (int k = 0; !counter.isEmpty() && k + 1 < learner.size(); k++) {
                String w = bare(learner.get(k));
                if (!mayBe(w).isEmpty() && !AMBIGUOUS.contains(w) && bare(learner.get(k + 1)).equals(counter)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the noun the accepted answer counts with the number (삼겹살 600그램) stands in the learner's answer
     * with a number of its own right after it (삼겹살 한 근): the learner measures the same thing in another unit
     * (근 'a unit of weight; of meat, 600 grams', 표준국어대사전 '근'⁶; 되, 말, 평 likewise), so the quantity is
     * said and whether it is the same amount is no missing word (session 16). A noun with no number after it
     * (삼겹살 주세요) is still missing its quantity, and a part of the day before a clock time ({@link #DAYTIME}: 저녁
     * 7시에) is no counted noun (session 33, s33d).
     */
    private static boolean nounCountedOtherwise(List<String> learner, List<String> accepted, int value) {
        for (int i = 1; i < accepted.size(); i++) {
            Integer v = stated(accepted, i);
            String noun = bare(accepted.get(i - 1));
            if (v == null || v != value || noun.length() < 2 || !KnownWords.noun(noun) || DAYTIME.contains(noun)) {
                // 저녁 7시에: the part of the day names the clock time's half of the day, it is not what the number
                // counts, so 저녁 두 명 (the party's number after it) says no time (session 33, s33d)
                continue;
            }
            for (int k = 0; k + 1 < learner.size(); k++) {
                String next = bare(learner.get(k + 1));
                if (bare(learner.get(k)).equals(noun) && !AMBIGUOUS.contains(next)
                        && (Numerals.number(next) != null || DIGITS.matcher(next).lookingAt())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A wrong number said in a sentence of its own without a predicate but the copula (session 25, lead; {@code
     * vocabulary/other_number}): 자리 있어요? 세 명이요. or 예약하고 싶어요. 세 명이요. where every accepted answer
     * counts that counter with another number (네 명 자리 있어요?). The N(이)요 fragment shares the predicate of the
     * sentence before it (표준국어대사전 '요' 「조사」; Sohn 1999, on afterthought and ellipsis), so the comparison,
     * which excuses the fragment's shape, never compared its number; the number is the content the task asks for
     * (국립국어원 『국제 통용 한국어 표준 교육과정』 2017, 과제 수행), so another one is a wrong word whatever the shape.
     * Only a numeral word or digits written apart before a counter that closes a sentence after the first (세
     * 명이요., 3 명요.; not 사과 한 개에 얼마예요?, a price per piece), with no predicate but the copula, where every
     * accepted answer counts the same counter with one and the same number and none with the learner's.
     *
     * @param raw      the learner's answer as written
     * @param accepted the activity's accepted answers as written
     * @return the finding (the learner's numeral → the accepted one), or empty
     */
    static Optional<Finding> otherNumberInFragment(String raw, List<String> accepted) {
        List<SpeechLevels.AnalysedSentence> sentences = SpeechLevels.analysedSentences(raw);
        if (sentences.size() < 2 || accepted.isEmpty()) {
            return Optional.empty();
        }
        for (SpeechLevels.AnalysedSentence sentence : sentences.subList(1, sentences.size())) {
            List<String> w = sentence.words();
            // the count closes the fragment (세 명이요., 두 잔인데요.), as an answer to the sentence before it
            int k = w.size() - 2;
            Integer learnerValue = k < 0 ? null : countedApart(w, k);
            if (learnerValue == null || sentence.analysed().stream().flatMap(x -> x.morphemes().stream())
                    .anyMatch(m -> m.isStem() && !m.is("VCP"))) {
                continue;
            }
            String counter = counterOf(w.get(k + 1));
            Set<Integer> values = new HashSet<>();
            String acceptedNumeral = null;
            boolean everyCounts = true;
            for (String a : accepted) {
                List<String> aw = words(a);
                boolean counts = false;
                for (int i = 0; i + 1 < aw.size(); i++) {
                    Integer v = countedApart(aw, i);
                    if (v != null && counterOf(bare(aw.get(i + 1))).equals(counter)) {
                        values.add(v);
                        counts = true;
                        acceptedNumeral = acceptedNumeral == null ? bare(aw.get(i)) : acceptedNumeral;
                    }
                }
                everyCounts &= counts;
            }
            if (everyCounts && values.size() == 1 && !values.contains(learnerValue)) {
                return Optional.of(new Finding(com.koto.evaluation.ErrorCategory.VOCABULARY, w.get(k),
                        acceptedNumeral, "vocabulary/other_number"));
            }
        }
        return Optional.empty();
    }

    /**
     * Another number in the place of the one the task states (session 26, s26f; {@code vocabulary/other_number}):
     * every accepted answer counts one unit — an hour (3시에), money (100달러를), people, nights, days — with one and
     * the same number, and the learner counts the same unit with one other number (천 달러를 for 100달러를, 두 시에 for
     * 3시에, 사흘 동안 for 2박). The number is the fact the message passes on (국립국어원 『국제 통용 한국어 표준
     * 교육과정』 2017, 과제 수행), so another one is a wrong fact, not a paraphrase; Korean counts an hour, a sum, a
     * length of stay in one notation or another (3시 = 세 시 = 오후 3시 = 15시; 2박 = 이틀 묵다; 한글 맞춤법 제44항;
     * 표준국어대사전 '박'⁸, '이틀'; Yeon &amp; Brown 2019, on native and Sino-Korean numbers), which are one value here.
     * Precision: a unit the learner counts twice or with a compound number (만 오천 원, 2~3명, 3시에서 4시) is not
     * read, nor a unit an accepted answer counts twice (커피 한 잔하고 녹차 한 잔 against 두 잔); a date (3월 5일) is not a
     * length of days; nights stand for days only where the accepted answer counts no days and the learner no nights (2박 3일 is
     * one stay); 분 after a native numeral counts people (세 분), after digits or a Sino-Korean numeral minutes.
     *
     * @param raw      the learner's answer as written
     * @param accepted the activity's accepted answers as written
     * @return the finding (the learner's numeral → the accepted value in the learner's notation), or empty
     */
    static Optional<Finding> otherNumberInSlot(String raw, List<String> accepted) {
        if (accepted.isEmpty()) {
            return Optional.empty();
        }
        java.util.Map<String, List<Counted>> mine = counted(raw, false);
        List<java.util.Map<String, List<Counted>>> theirs = accepted.stream().map(a -> counted(a, true)).toList();
        for (var entry : mine.entrySet()) {
            String unit = entry.getKey();
            Set<Integer> own = values(entry.getValue(), unit);
            if (entry.getValue().size() != 1 || own.contains(null)) {
                continue;
            }
            Set<Integer> stated = new HashSet<>();
            boolean every = true;
            for (var t : theirs) {
                List<Counted> c = t.get(unit);
                Set<Integer> v = c == null ? Set.of() : values(c, unit);
                // counted once: 커피 한 잔하고 녹차 한 잔 may be said 두 잔 in all
                every &= c != null && c.size() == 1 && !v.contains(null);
                stated.addAll(v);
            }
            if (!every || stated.size() != 1 || stated.equals(own)) {
                continue;
            }
            Counted learner = entry.getValue().get(0);
            int value = theirs.get(0).get(unit).get(0).value();
            return Optional.of(new Finding(ErrorCategory.VOCABULARY, learner.surface(),
                    learner.corrected(value), ArgumentCheck.OTHER_NUMBER));
        }
        return Optional.empty();
    }

    /** A number counting a unit in an answer: its value (null when not read), the surface and how to restate it. */
    private record Counted(Integer value, String surface, String notation) {

        /** Another value written as the learner wrote this one: digits, Sino-Korean or native letters, days. */
        String corrected(int v) {
            return switch (notation) {
                case "digits" -> v + surface.replaceFirst("^[0-9]+", "");
                case "days" -> v < DAY_WORDS.size() ? DAY_WORDS.get(v) : Numerals.sinoLetters(v) + " 일";
                case "native" -> nativeLetters(v);
                default -> Numerals.sinoLetters(v);
            };
        }
    }

    /** The native words for lengths of days, 1–10 (표준국어대사전 '하루', '이틀', '사흘', '나흘', '닷새', '열흘'). */
    private static final List<String> DAY_WORDS = List.of("", "하루", "이틀", "사흘", "나흘", "닷새", "엿새", "이레",
            "여드레", "아흐레", "열흘");

    /** Units counted with a number: the longest first is taken (시간 before 시, 달러 before 달). */
    private static final List<String> UNITS = List.of("시간", "시", "분", "달러", "유로", "엔", "원", "명", "개월", "개",
            "잔", "장", "병", "권", "대", "마리", "벌", "켤레", "그릇", "살", "박", "일", "달", "년", "월", "층", "호", "인분",
            "송이", "캔", "봉지", "상자", "접시");

    /** What may follow a counted unit in one word: 쯤, 동안, a particle or the copula (3시쯤에, 2박이에요, 305호인데요). */
    private static final Pattern UNIT_TAIL = Pattern.compile("^(쯤|정도|동안|씩|째|짜리|반)?(이|가|을|를|은|는|에|에는|에도|"
            + "에서|에서는|도|만|부터|까지|으로|로|이나|나|하고|과|와|이랑|랑|의|이요|요|예요|이에요|입니다|입니까|인데요|인데|"
            + "이고|이야|야|이니까|밖에)?$");

    private static final Pattern LEADING_NUMBER = Pattern.compile("^([0-9]+)(.*)$");

    /** The unit a word starts with, followed only by what {@link #UNIT_TAIL} allows; null otherwise. */
    private static String unitOf(String word) {
        return UNITS.stream().filter(u -> word.startsWith(u) && UNIT_TAIL.matcher(word.substring(u.length())).matches())
                .max(java.util.Comparator.comparingInt(String::length)).orElse(null);
    }

    /** The numbers counting a unit in a text, by unit (분 after a native numeral as "분/사람"). */
    private static java.util.Map<String, List<Counted>> counted(String text, boolean acceptedSide) {
        List<String> w = words(THOUSANDS_COMMA.matcher(text).replaceAll("")).stream().map(MissingNumbers::bare).toList();
        java.util.Map<String, List<Counted>> out = new java.util.LinkedHashMap<>();
        for (int i = 0; i < w.size(); i++) {
            String x = w.get(i);
            Matcher digits = LEADING_NUMBER.matcher(x);
            boolean compound = i > 0 && (Numerals.amount(w.get(i - 1)) != null || LEADING_NUMBER.matcher(w.get(i - 1)).matches()
                    && unitOf(LEADING_NUMBER.matcher(w.get(i - 1)).replaceFirst("$2")) == null);
            if (digits.matches() && digits.group(1).length() < 7) {
                String unit = unitOf(digits.group(2));
                Integer v = Integer.valueOf(digits.group(1));
                if (unit == null && digits.group(2).isEmpty() && i + 1 < w.size()) {
                    unit = unitOf(w.get(i + 1));
                } else if (unit == null && i + 1 < w.size()) {
                    // 5천 원, 1만 원: a compound amount before the unit is not read
                    String next = unitOf(w.get(i + 1));
                    if (next != null) {
                        out.computeIfAbsent(next, k -> new ArrayList<>()).add(new Counted(null, x, "digits"));
                    }
                    continue;
                }
                if ("일".equals(unit) && i > 0 && w.get(i - 1).matches("[0-9]+월|[일이삼사오육칠팔구십유시]+월")) {
                    unit = "일/날짜"; // 3월 5일: a date, not a length of days
                }
                if (unit != null) {
                    out.computeIfAbsent(unit, k -> new ArrayList<>()).add(new Counted(compound ? null : v, x, "digits"));
                }
                continue;
            }
            int day = DAY_WORDS.indexOf(DAY_WORDS.stream().filter(d -> !d.isEmpty() && x.startsWith(d)
                    && UNIT_TAIL.matcher(x.substring(d.length())).matches()).findFirst().orElse("-"));
            if (day > 0) {
                out.computeIfAbsent("일", k -> new ArrayList<>()).add(new Counted(day, DAY_WORDS.get(day), "days"));
                continue;
            }
            if (i + 1 >= w.size() || x.equals("이") || x.equals("일")) {
                continue; // 이 'this', 일 'work'; 네 before a unit is four
            }
            String unit = unitOf(w.get(i + 1));
            Long amount = Numerals.amount(x);
            if (unit == null || amount == null || amount > 100_000_000L) {
                continue;
            }
            boolean nativeWord = Numerals.nativeNumber(x) != null || List.of("한", "두", "세", "네", "하나", "둘", "셋", "넷")
                    .contains(x);
            if (nativeWord && (unit.equals("일") || unit.equals("월") || unit.equals("년"))) {
                continue; // 한 일 'the thing done', not a date
            }
            if (nativeWord && unit.equals("분")) {
                unit = "분/사람"; // 세 분: three people
            }
            out.computeIfAbsent(unit, k -> new ArrayList<>())
                    .add(new Counted(compound ? null : (int) (long) amount, x, nativeWord ? "native" : "sino"));
        }
        if (acceptedSide && out.containsKey("박") && !out.containsKey("일")) {
            out.put("일", out.get("박")); // 2박: a stay of two nights, said 이틀 (표준국어대사전 '박'⁸)
        }
        if (!acceptedSide && out.containsKey("박")) {
            out.remove("일"); // 2박 3일: one stay
        }
        return out;
    }

    /** The distinct values of a unit's numbers, hours of the clock by twelve (15시 is 3시); null for one not read. */
    private static Set<Integer> values(List<Counted> counted, String unit) {
        Set<Integer> out = new HashSet<>();
        for (Counted c : counted) {
            out.add(c.value() == null ? null : unit.equals("시") ? (c.value() + 11) % 12 + 1 : c.value());
        }
        return out;
    }

    /** A native numeral 1–99 as a counter takes it (두, 세, 열두, 스무). */
    private static String nativeLetters(int n) {
        String[] tens = {"", "열", "스물", "서른", "마흔", "쉰", "예순", "일흔", "여든", "아흔"};
        String[] units = {"", "한", "두", "세", "네", "다섯", "여섯", "일곱", "여덟", "아홉"};
        if (n == 20) {
            return "스무";
        }
        return n < 1 || n > 99 ? String.valueOf(n) : tens[n / 10] + units[n % 10];
    }

    /**
     * The value of a numeral word or of digits written apart right before a counter (세 명이요, 네 명, 3 명), or null.
     * 네 before a counter is the number four, not 'yes'.
     */
    private static Integer countedApart(List<String> words, int k) {
        String w = bare(words.get(k));
        if (counterOf(bare(words.get(k + 1))).isEmpty()) {
            return null;
        }
        if (DIGITS.matcher(w).matches()) {
            return w.length() < 7 ? Integer.parseInt(w) : null;
        }
        Integer v = Numerals.nativeNumber(w);
        return v != null ? v : w.equals("이") || w.equals("일") ? null : Numerals.sino(w);
    }

    /** The longest counter of {@link Lexicon#COUNTERS} the word starts with (명이요 → 명), or "". */
    private static String counterOf(String word) {
        return Lexicon.COUNTERS.stream().filter(word::startsWith).max(java.util.Comparator.comparingInt(String::length))
                .orElse("");
    }

    /** The words of a text, sentence punctuation kept on them (as typed). */
    private static List<String> words(String text) {
        return List.of(SPACES.split(text.strip()));
    }

    private static String bare(String word) {
        return PUNCT.matcher(word).replaceAll("");
    }

    /**
     * The value the accepted word states as a number: digits (10분, 805호인데요, 5장이랑), a numeral
     * word right before a counter (다섯 장, 십 분), or a native numeral in full form right after a noun (비빔밥 둘);
     * null otherwise.
     */
    private static Integer stated(List<String> words, int i) {
        String w = bare(words.get(i));
        Matcher m = DIGITS.matcher(w);
        if (m.lookingAt()) {
            return m.group().length() < 7 ? Integer.parseInt(m.group()) : null;
        }
        for (int d = 1; d < DAY_WORDS.size(); d++) {
            // 이틀 동안, 사흘 전부터: a native length of days is a number the task gives (표준국어대사전 '이틀'; session 34)
            if (w.startsWith(DAY_WORDS.get(d)) && UNIT_TAIL.matcher(w.substring(DAY_WORDS.get(d).length())).matches()) {
                return d;
            }
        }
        if (i > 0 && !AMBIGUOUS.contains(w) && !Lexicon.COUNTER_FORMS.containsValue(w) && !w.equals("스물") && !w.equals("열")
                && Numerals.nativeNumber(w) != null && KnownWords.noun(bare(words.get(i - 1)))) {
            // a native numeral in its full form standing alone after the noun it counts (비빔밥 둘, 콜라 하나 주세요):
            // the count without a counter, said of things in speech (Sohn 1999, on numerals; Yeon & Brown 2019,
            // native numbers; session 19, s19c)
            return Numerals.nativeNumber(w);
        }
        if (i + 1 < words.size() && (!AMBIGUOUS.contains(w) || fourBeforeCounter(words, i))) {
            String next = bare(words.get(i + 1));
            boolean counter = Lexicon.COUNTERS.stream().anyMatch(next::startsWith)
                    || next.startsWith("시") || next.startsWith("분") || next.startsWith("호")
                    // 만 오천 원: an amount of money is read whole elsewhere, so 원 is not a unit here
                    || unitOf(next) != null && !"원".equals(unitOf(next))
                    || MEASURES.stream().anyMatch(u -> next.startsWith(u) && UNIT_TAIL.matcher(next.substring(u.length())).matches())
                    || CURRENCIES.contains(ArgumentCheck.stemAndParticle(next)[0]);
            if (counter) {
                Integer v = Numerals.nativeNumber(w);
                return v != null ? v : Numerals.sino(w);
            }
        }
        return null;
    }

    /**
     * Whether 네 at word i is the numeral four: written without a mark after it (네, is 'yes') and followed by a
     * counter with nothing, a particle or a copula after it (네 명인데, 네 명이에요, 네 개요; session 27, s27c). 네 'yes'
     * opens an answer and 네 'your' stands before a noun, never before a unit noun (표준국어대사전 '네'⁷ 「관형사」 그 수량이
     * 넷임을 나타내는 말; 국립국어원 표준 국어문법론, 수 관형사). The counters of {@link Lexicon#COUNTERS} and 시간.
     */
    private static boolean fourBeforeCounter(List<String> words, int i) {
        if (!words.get(i).equals("네") || i + 1 >= words.size()) {
            return false;
        }
        String next = bare(words.get(i + 1));
        for (String c : Lexicon.COUNTERS) {
            if (next.startsWith(c)) {
                String rest = next.substring(c.length());
                if (rest.isEmpty() || Particles.isParticle(rest) || COPULA_REST.matcher(rest).lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** What follows a counter as a copula, 요 or a delimiter (명인데, 명이에요, 개요, 명이요). */
    private static final Pattern COPULA_REST = Pattern.compile("(인데|이에|예요|이요|요|입니|이었|였|이라|이고|짜리|씩|쯤|정도)");

    /**
     * Whether the accepted answer states the value in a length of time (7일, 12개월, 두 주) that the learner states
     * in other units (일주일, 1년, 14일): the same amount ({@link Numerals#duration}), no number left out.
     */
    private static boolean durationStated(List<String> learner, List<String> accepted, int value) {
        for (int j = 0; j < accepted.size(); j++) {
            Integer v = stated(accepted, j);
            if (v == null || v != value) {
                continue;
            }
            for (String e : lengthsAt(accepted, j)) {
                for (int i = 0; i < learner.size(); i++) {
                    for (String l : lengthsAt(learner, i)) {
                        if (Numerals.sameDuration(l, e)) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    /**
     * The lengths of time at word i: the word itself and the word with the next (14일, 삼 개월), particles off, and a
     * suffix that makes the length a modifier or a pass taken off (7일짜리, 일주일짜리, 7일권, 3일간; 표준국어대사전 '-짜리'
     * 「접사」 '그만한 수나 양을 가진 것'; '-권'⁹ 「접사」 '자격이나 권리가 있는 표'; '-간' 「접사」 '동안': the suffix keeps the
     * length it follows; session 27, s27c and s27f).
     */
    private static List<String> lengthsAt(List<String> words, int i) {
        List<String> out = new ArrayList<>();
        String[] one = Numerals.lengthAndParticle(LENGTH_SUFFIX.matcher(bare(words.get(i))).replaceFirst(""));
        if (one != null) {
            out.add(one[0]);
        }
        if (i + 1 < words.size()) {
            String[] two = Numerals.lengthAndParticle(bare(words.get(i)) + " " + bare(words.get(i + 1)));
            if (two != null) {
                out.add(two[0]);
            }
        }
        return out;
    }

    /** The days of the week in order (표준국어대사전 '요일'). */
    private static final List<String> WEEKDAYS = List.of("월요일", "화요일", "수요일", "목요일", "금요일", "토요일", "일요일");

    /**
     * Whether the accepted answer states a stay in nights or days (3박, 3일, 사흘) that the learner states as the days
     * it runs between (금요일에 체크인해서 월요일에 체크아웃할 거예요, 금요일부터 일요일까지): two days of the week, or two
     * dates of the month (5일부터 8일까지), the later one written second; the nights are the days between them, the
     * days one more (표준국어대사전 '박' 「의존 명사」 객지에서 묵는 밤의 횟수를 세는 단위, '1박 2일'; session 27, s27c). The
     * length is said by its ends, so no number is missing; a wrong range is not judged here.
     */
    private static boolean stayAsDays(List<String> learner, List<String> accepted, int value) {
        boolean stay = false;
        for (int i = 0; i < accepted.size() && !stay; i++) {
            Integer v = stated(accepted, i);
            String w = bare(accepted.get(i));
            String unit = LEADING_DIGITS.matcher(w).replaceFirst("");
            if (unit.equals(w) && i + 1 < accepted.size()) {
                unit = bare(accepted.get(i + 1));
            }
            stay = v != null && v == value && (unit.startsWith("박") || unit.startsWith("일") || unit.startsWith("밤"));
        }
        if (!stay) {
            return false;
        }
        List<Integer> days = new ArrayList<>();
        List<Integer> dates = new ArrayList<>();
        for (String l : learner) {
            String w = bare(l);
            for (int d = 0; d < WEEKDAYS.size(); d++) {
                if (w.startsWith(WEEKDAYS.get(d)) || w.startsWith(WEEKDAYS.get(d).substring(0, 1) + "욜")) {
                    days.add(d);
                }
            }
            Matcher m = DATE.matcher(w);
            if (m.matches()) {
                dates.add(Integer.parseInt(m.group(1)));
            }
        }
        List<Integer> gaps = new ArrayList<>();
        if (days.size() >= 2) {
            gaps.add(Math.floorMod(days.getLast() - days.getFirst(), 7));
        }
        if (dates.size() >= 2 && dates.getLast() > dates.getFirst()) {
            gaps.add(dates.getLast() - dates.getFirst());
        }
        return gaps.stream().anyMatch(g -> g > 0 && (value == g || value == g + 1));
    }

    /** A date of the month in digits with its particle (5일부터, 8일까지, 5일에). */
    private static final Pattern DATE = Pattern.compile("([0-9]{1,2})일(부터|까지|에|에서|날|에는)?");

    /** A suffix after a length of time, with a particle after it or none (짜리, 짜리로, 권을, 간). */
    private static final Pattern LENGTH_SUFFIX = Pattern.compile("(짜리|권|간)(이|가|을|를|은|는|도|로|으로|예요|이에요|요)?$");

    /** Every value a learner's word may write (generous: a word that may be a number counts as that number). */
    private static Set<Integer> mayBe(String word) {
        Set<Integer> out = new HashSet<>();
        String w = THOUSANDS_COMMA.matcher(bare(word)).replaceAll("");
        CLOCK_NOUNS.forEach((noun, hours) -> {
            if (w.startsWith(noun)) {
                out.addAll(hours); // 정오에 for 열두 시에 (session 20, s20a)
            }
        });
        Numerals.DAY_COUNTS.forEach((noun, days) -> {
            if (w.startsWith(noun)) {
                out.add(days); // 사흘 for 3일 (session 22, s22a)
            }
        });
        Matcher m = DIGITS.matcher(w);
        while (m.find()) {
            if (m.group().length() < 10) {
                long v = Long.parseLong(m.group());
                out.add((int) Math.min(v, Integer.MAX_VALUE));
                if (v % 10000 == 0) {
                    out.add((int) (v / 10000));
                }
                if (v % 1000 == 0) {
                    out.add((int) (v / 1000));
                }
            }
        }
        for (int k = 1; k <= w.length(); k++) {
            String head = w.substring(0, k);
            Integer old = OLD_NATIVE.get(head);
            if (old != null) {
                out.add(old); // 석 달 for 3개월
            }
            for (int j = 1; j < k; j++) {
                Integer sino = Numerals.sino(head.substring(0, j));
                Integer unit = Numerals.nativeNumber(head.substring(j));
                if (sino != null && unit != null) {
                    out.add(sino + unit); // 삼백두 (a mixed number, reported by Counters) for 302
                }
            }
            Integer n = Numerals.nativeNumber(head);
            Integer s = Numerals.sino(head);
            if (n != null) {
                out.add(n);
            }
            if (s != null) {
                out.add(s);
            }
            if (head.endsWith("만") && head.length() > 1) {
                Integer g = Numerals.sino(head.substring(0, head.length() - 1));
                if (g != null) {
                    out.add(g);
                }
            }
        }
        Matcher t = THOUSANDS.matcher(w);
        if (t.lookingAt() && Numerals.sino(t.group(1)) != null) {
            int v = Numerals.sino(t.group(1)) * 1000; // 오백천 (a wrong grouping, reported by Counters) for 50만
            out.add(v);
            out.add(v / 1000);
            if (v % 10000 == 0) {
                out.add(v / 10000);
            }
        }
        if (w.contains("반")) {
            out.add(30); // 두 시 반 for 2시 30분
        }
        if (w.startsWith("유월")) {
            out.add(6); // 유월 and 시월 for 6월 and 10월 (한글 맞춤법 제52항, the months written by their sound; session 14)
        }
        if (w.startsWith("시월")) {
            out.add(10);
        }
        new ArrayList<>(out).stream().filter(v -> v > 12 && v <= 24).forEach(v -> out.add(v - 12));
        return out;
    }

    /** The finding for the number {@code value} of this accepted answer, at the learner's neighbouring word. */
    private static Optional<Finding> located(String raw, List<String> learner, List<String> accepted, int value) {
        int at = -1;
        for (int i = 0; i < accepted.size() && at < 0; i++) {
            Integer v = stated(accepted, i);
            if (v != null && v == value) {
                at = i;
            }
        }
        if (at < 0) {
            return Optional.empty();
        }
        int start = at;
        while (start > 0 && !sentenceEnd(accepted.get(start - 1))) {
            start--;
        }
        int stop = at;
        while (stop + 1 < accepted.size() && !sentenceEnd(accepted.get(stop))) {
            stop++;
        }
        List<String> sentence = accepted.subList(start, stop + 1);
        if (start > 0 && sentence.stream().allMatch(w -> learnerWord(learner, w) == null)) {
            // a sentence of its own that the learner left out altogether (주소는 … 502호예요): after the last word
            String last = bare(learner.getLast());
            return Optional.of(new Finding(ErrorCategory.INCOMPLETE, last,
                    last + ". " + TRAILING_SENTENCE_MARKS.matcher(String.join(" ", sentence)).replaceAll(""), SUBTYPE));
        }
        int end = at + 1; // the phrase: the number and its counter word
        if (!DIGITS.matcher(bare(accepted.get(at))).matches() && end < accepted.size() && stated(accepted, at) != null
                && !DIGITS.matcher(bare(accepted.get(at))).lookingAt()) {
            end = at + 2; // 다섯 장하고
        } else if (DIGITS.matcher(bare(accepted.get(at))).matches() && end < accepted.size()) {
            end = at + 2; // 10 분
        }
        // the unit the learner wrote without its number (달러를 for 500달러를, 오백 달러를): the number goes
        // before it, as the numeral goes before its counter (Yeon & Brown 2019, numerals and counters; session 15)
        Optional<Finding> unit = unitWithoutNumber(learner, accepted, at, end);
        if (unit.isPresent()) {
            return unit;
        }
        // the counted noun bare right before the number, which the learner wrote with the particle (우표하고);
        // from session 15 also the day before a clock time and its word of the time of day (토요일에 for 토요일
        // 저녁 7시에: the time joins the day, the particle 에 moving to the end of the time phrase, as a time
        // phrase runs from the larger unit to the smaller; Yeon & Brown 2019, time expressions)
        if (at > 0) {
            int before = at - 1;
            if (before > 0 && DAYTIME.contains(bare(accepted.get(before)))
                    && learnerWord(learner, accepted.get(before)) == null) {
                before--;
            }
            String noun = bare(accepted.get(before));
            String last = bare(accepted.get(end - 1));
            long bareNoun = learner.stream().filter(l -> bare(l).equals(noun)).count();
            for (String l : learner) {
                String lb = bare(l);
                if (lb.length() > noun.length() && lb.startsWith(noun) && KnownWords.noun(noun)
                        && last.endsWith(lb.substring(noun.length()))
                        // the noun written bare as it stands there (영화 for 영화 두 장, 내일 for 내일 아침 8시에): the number
                        // phrase follows the noun it counts or the day it narrows (session 37, s37d)
                        || lb.equals(noun) && bareNoun == 1 && noun.length() >= 2 && KnownWords.noun(noun)
                                && Numerals.number(noun) == null && inAcceptedPlace(learner, l, accepted, before)
                                && learnerWord(learner, accepted.get(end - 1)) == null) { // (영수증 하나 주세요: no counter)
                    return Optional.of(new Finding(ErrorCategory.INCOMPLETE, lb,
                            TRAILING_SENTENCE_MARKS.matcher(String.join(" ", accepted.subList(before, end))).replaceAll(""),
                            SUBTYPE));
                }
            }
        }
        // the word right before it, written by the learner as it stands, where the word right after it is not the
        // learner's (이 운동화 245 사이즈로 신어 봐도 for 이 운동화 입어 봐도 → 운동화 245 사이즈로: the number phrase follows
        // the noun it measures; the span convention puts it on the neighbouring word; session 34, s34d)
        if (at > 0 && end < accepted.size() && !sentenceEnd(accepted.get(at - 1))
                && learnerWord(learner, accepted.get(end)) == null) {
            String previous = bare(accepted.get(at - 1));
            if (previous.length() >= 2 && KnownWords.noun(previous) && Numerals.number(previous) == null
                    && learner.stream().filter(l -> bare(l).equals(previous)).count() == 1) {
                return Optional.of(new Finding(ErrorCategory.INCOMPLETE, previous, previous + " "
                        + TRAILING_SENTENCE_MARKS.matcher(String.join(" ", accepted.subList(at, end))).replaceAll(""), SUBTYPE));
            }
        }
        // the first word after it that the learner wrote
        for (int j = end; j < accepted.size(); j++) {
            String anchor = learnerWord(learner, accepted.get(j));
            if (anchor != null) {
                String phrase = String.join(" ", accepted.subList(at, j));
                if (at > 0 && DAYTIME.contains(bare(accepted.get(at - 1))) && learnerWord(learner, accepted.get(at - 1)) == null) {
                    phrase = accepted.get(at - 1) + " " + phrase; // 밤 10시: the word that belongs to the number
                }
                return Optional.of(new Finding(ErrorCategory.INCOMPLETE, bare(anchor), phrase + " " + bare(anchor), SUBTYPE));
            }
            if (sentenceEnd(accepted.get(j))) {
                break;
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the learner's {@code word} stands where the accepted answer has it: after the same word, or first in
     * both (9시 영화 for 9시 영화 두 장; not 부츠 이 for 이 부츠 240 사이즈로, where the noun phrase is out of its order).
     */
    private static boolean inAcceptedPlace(List<String> learner, String word, List<String> accepted, int at) {
        int i = learner.indexOf(word);
        if (i == 0 || at == 0) {
            return i == 0 && at == 0;
        }
        return bare(learner.get(i - 1)).equals(bare(accepted.get(at - 1)));
    }

    /**
     * The learner's word that is the accepted number's unit or counter without the number: 달러를 where the
     * accepted answer has 500달러를 (the unit joined to the digits) or 오백 달러를 (the counter word after the
     * numeral). The finding puts the accepted number phrase in its place (달러를 → 500달러를).
     */
    private static Optional<Finding> unitWithoutNumber(List<String> learner, List<String> accepted, int at, int end) {
        String number = bare(accepted.get(at));
        Matcher digits = DIGITS.matcher(number);
        String unit = digits.lookingAt() && digits.end() < number.length() ? number.substring(digits.end())
                : end == at + 2 ? bare(accepted.get(at + 1)) : "";
        if (unit.isEmpty() || !CURRENCIES.contains(ArgumentCheck.stemAndParticle(unit)[0])) {
            return Optional.empty();
        }
        for (String l : learner) {
            if (bare(l).equals(unit)) {
                return Optional.of(new Finding(ErrorCategory.INCOMPLETE, unit,
                        TRAILING_SENTENCE_MARKS.matcher(String.join(" ", accepted.subList(at, end))).replaceAll(""), SUBTYPE));
            }
        }
        return Optional.empty();
    }

    private static boolean sentenceEnd(String word) {
        return word.endsWith(".") || word.endsWith("?") || word.endsWith("!");
    }

    /**
     * Whether the learner counts the thing of the accepted number with another number (짐이 세 개 for 짐이 두
     * 개): the same counter after a number of the learner's, and, where the accepted answer names the counted
     * noun bare before the number (우표 다섯 장), the same noun before it. A wrong number is no number left
     * out; the comparison reports it.
     */
    private static boolean countedOtherwise(List<String> learner, List<String> accepted, int value) {
        for (int i = 0; i < accepted.size(); i++) {
            Integer v = stated(accepted, i);
            if (v == null || v != value) {
                continue;
            }
            String w = bare(accepted.get(i));
            Matcher m = DIGITS.matcher(w);
            String counter = m.lookingAt() ? w.substring(m.end()) : i + 1 < accepted.size() ? bare(accepted.get(i + 1)) : "";
            if (counter.isEmpty() && i + 1 < accepted.size()) {
                counter = bare(accepted.get(i + 1));
            }
            String head = counter.isEmpty() ? "" : counter.substring(0, 1);
            String noun = i > 0 ? bare(accepted.get(i - 1)) : "";
            boolean bareNoun = !noun.isEmpty() && KnownWords.noun(noun);
            for (int j = 0; j < learner.size(); j++) {
                String l = bare(learner.get(j));
                Matcher d = DIGITS.matcher(l);
                boolean numberHere = d.lookingAt() && l.substring(d.end()).startsWith(head)
                        || !mayBe(l).isEmpty() && j + 1 < learner.size() && !head.isEmpty()
                                && bare(learner.get(j + 1)).startsWith(head) && (Numerals.number(l) != null
                                        || OLD_NATIVE.containsKey(l));
                if (numberHere && !head.isEmpty() && (!bareNoun || j > 0 && bare(learner.get(j - 1)).startsWith(noun))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The learner's word that is the accepted word (the same, or the same noun with another particle), or null. */
    private static String learnerWord(List<String> learner, String accepted) {
        String a = bare(accepted);
        for (String l : learner) {
            if (bare(l).equals(a)) {
                return l;
            }
        }
        String stem = ArgumentCheck.stemAndParticle(a)[0];
        if (stem.length() < 2) {
            return null;
        }
        for (String l : learner) {
            if (ArgumentCheck.stemAndParticle(bare(l))[0].equals(stem)) {
                return l;
            }
        }
        return null;
    }
}
