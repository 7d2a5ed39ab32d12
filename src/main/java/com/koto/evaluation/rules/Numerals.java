package com.koto.evaluation.rules;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Accepted variations of numbers and counters (no finding; session 4, precision first), applied
 * with {@link PreChecks#accept} before the counter checks of {@link PreChecks#find}:
 * <ul>
 * <li><b>a specific counter where the accepted answer uses the general 개</b>: 수건 한 장, 비빔밥 두 그릇
 * for 한 개 / 두 개, when the noun is one that counter counts ({@link #COUNTED});</li>
 * <li><b>a native numeral without its counter</b> (비빔밥 둘 주세요, 둘이요 for 두 개 주세요): the
 * numeral alone answers "how many" (Yeon &amp; Brown 2019, on numerals used without counters);</li>
 * <li><b>a Sino-Korean number written in letters</b> (이십삼 번 for 23번, 오십만 for 50만): the same number.</li>
 * </ul>
 * And one unsure finding: <b>개 for a noun with a counter of its own</b> (아메리카노 두 개 for 두 잔)
 * is common in speech, so it is reported as {@code counter/general}, which {@link Certainty} never
 * fails: the answer passes with the model answer shown (a configured model decides).
 *
 * <p>Which nouns a counter counts: 국립국어원 한국어기초사전, the 단위 명사 (unit noun) senses of 장
 * (「종이나 유리 등과 같이 얇고 넓적한 물건을 세는 단위」), 그릇, 잔, 병, 벌, 켤레, 권, 대, 송이, 접시;
 * Yeon &amp; Brown 2019 and Sohn 1999, on classifiers. Only nouns of the lessons are listed.
 */
final class Numerals {

    /** Counter → the nouns it counts (lesson vocabulary). */
    static final Map<String, Set<String>> COUNTED = Map.ofEntries(
            Map.entry("장", Set.of("수건", "종이", "표", "티켓", "사진", "담요", "이불", "엽서", "우표", "지도", "영수증")),
            Map.entry("그릇", Set.of("비빔밥", "밥", "국", "냉면", "라면", "국수", "죽", "설렁탕", "김치찌개", "된장찌개",
                    "떡국", "칼국수", "불고기", "삼계탕")),
            Map.entry("접시", Set.of("불고기", "만두", "떡볶이", "김밥", "과일", "잡채")),
            Map.entry("잔", Set.of("커피", "아메리카노", "라떼", "카페라테", "카푸치노", "물", "차", "녹차", "주스", "맥주",
                    "소주", "와인", "우유", "콜라", "에스프레소")),
            Map.entry("병", Set.of("물", "맥주", "소주", "콜라", "주스", "와인", "사이다")),
            Map.entry("벌", Set.of("옷", "셔츠", "바지", "치마", "정장", "원피스")),
            Map.entry("켤레", Set.of("신발", "양말", "운동화", "구두")),
            Map.entry("권", Set.of("책", "공책", "잡지", "사전")),
            Map.entry("대", Set.of("차", "택시", "자전거", "컴퓨터", "버스")),
            Map.entry("송이", Set.of("꽃", "장미", "포도")));

    private static final Map<Character, Integer> SINO_DIGITS = Map.of('일', 1, '이', 2, '삼', 3, '사', 4, '오', 5,
            '육', 6, '칠', 7, '팔', 8, '구', 9);
    /** Counters read with Sino-Korean numbers that the accepted answer may write after digits (23번, 3층). */
    private static final List<String> SINO_AFTER_DIGITS = List.of("번", "층", "호", "원", "분", "인분", "호선", "번지",
            "월", "일", "년");

    private Numerals() {
    }

    /** Whether the noun (its stem, without particle) is counted by this counter. */
    static boolean counts(String counter, String noun) {
        Set<String> nouns = COUNTED.get(counter);
        if (nouns == null) {
            return false;
        }
        // the word as written first: 떡볶이 is a noun, not 떡볶 + the particle 이
        return countsStem(nouns, noun) || countsStem(nouns, ArgumentCheck.stemAndParticle(noun)[0]);
    }

    private static boolean countsStem(Set<String> nouns, String stem) {
        for (String n : nouns) {
            // the head of a compound counts (아이스 아메리카노, 수건 → 새 수건)
            if (stem.equals(n) || stem.endsWith(n) && stem.length() > n.length() + 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * The answer with the accepted variations above written in the accepted answer's form; the
     * answer itself when none applies.
     */
    static String accept(String answer, String accepted) {
        String[] a = answer.split(" ");
        String[] e = accepted.split(" ");
        boolean changed = false;
        for (int i = 0; i < a.length; i++) {
            // 오십만 → 50만: a number of 만 (10⁴) in letters where the accepted answer writes the digits (session 9)
            if (a[i].length() > 1 && a[i].endsWith("만") && sino(a[i].substring(0, a[i].length() - 1)) != null
                    && contains(e, sino(a[i].substring(0, a[i].length() - 1)) + "만")) {
                a[i] = sino(a[i].substring(0, a[i].length() - 1)) + "만";
                changed = true;
                continue;
            }
            // 이십삼 번 → 23번
            if (i + 1 < a.length) {
                Integer n = sino(a[i]);
                String counter = a[i + 1];
                if (n != null && SINO_AFTER_DIGITS.contains(counter) && contains(e, n + counter)) {
                    a[i] = n + counter;
                    a[i + 1] = "";
                    changed = true;
                    continue;
                }
                // 삼 층에 → 3층에, 오 분만 → 5분만: the counter with its particle (session 5)
                String withParticle = n == null ? null : SINO_AFTER_DIGITS.stream()
                        .filter(c -> counter.startsWith(c) && counter.length() > c.length()
                                && Particles.isParticle(counter.substring(c.length())) && contains(e, n + c))
                        .findFirst().orElse(null);
                if (withParticle != null) {
                    a[i] = n + counter;
                    a[i + 1] = "";
                    changed = true;
                    continue;
                }
            }
            // 오후 일곱 시에 → 오후 7시에: a clock time after a part of the day, its native numeral where the accepted
            // answer writes the same hour in digits (particle included): one number in two notations (한글 맞춤법
            // 제43항 붙임; Yeon & Brown 2019, native numbers before 시). Rewritten before the comparison so the part
            // of the day is compared with its own counterpart (오후 for 저녁), not with the number (session 16).
            // Only there: elsewhere the comparison already reads both notations as one number
            Integer counted = i >= 1 && i + 1 < a.length && ClauseOrder.PARTS_OF_DAY.contains(a[i - 1]) ? nativeValue(a[i]) : null;
            if (counted != null && nativeCounter(a[i + 1]) && contains(e, counted + a[i + 1])) {
                a[i] = counted + a[i + 1];
                a[i + 1] = "";
                changed = true;
                continue;
            }
            // 삼 개월 → 세 달, 14일 → 2주, 일주일 → 7일 and back: one length of time in other units ({@link #duration})
            if (durationAsAccepted(a, i, e)) {
                changed = true;
            }
            for (int j = 1; j + 1 < e.length; j++) {
                // 수건 한 장 → 수건 한 개 when 장 counts towels
                if (i >= 1 && i + 1 < a.length && a[i].equals(e[j]) && e[j + 1].startsWith("개")
                        && a[i - 1].equals(e[j - 1])) {
                    String counter = counterAt(a[i + 1]);
                    if (counter != null && !counter.equals("개") && counts(counter, a[i - 1])
                            && sameParticle(a[i + 1].substring(counter.length()), e[j + 1].substring(1))) {
                        // the learner's own particle kept (두 접시하고 for 두 개랑: 하고 and 랑 are one function)
                        String particle = a[i + 1].substring(counter.length());
                        a[i + 1] = "개" + Particles.of(particle).map(p -> p.formAfter("개")).orElse(particle);
                        changed = true;
                    }
                }
                // 비빔밥 둘 → 비빔밥 두 개 (the numeral alone answers how many)
                String shortForm = Lexicon.COUNTER_FORMS.get(a[i]);
                if (i >= 1 && shortForm != null && !shortForm.equals(a[i]) && e[j].equals(shortForm)
                        && a[i - 1].equals(e[j - 1]) && Lexicon.COUNTERS.contains(e[j + 1])
                        && (i + 1 >= a.length || counterAt(a[i + 1]) == null)) {
                    a[i] = shortForm + " " + e[j + 1];
                    changed = true;
                }
            }
        }
        if (!changed) {
            return answer;
        }
        return String.join(" ", java.util.Arrays.stream(a).filter(w -> !w.isEmpty()).toList());
    }

    /** The value of a native numeral word (한, 두, 일곱, 열두); null for digits, Sino-Korean numbers and other words. */
    private static Integer nativeValue(String word) {
        Integer n = NATIVE.get(word);
        return n != null || word.length() < 2 ? n : nativeNumber(word);
    }

    /** 시 'o'clock' with a particle or nothing after it (시에, 시까지). */
    private static boolean nativeCounter(String word) {
        return word.equals("시") || word.startsWith("시") && Particles.isParticle(word.substring(1));
    }

    /**
     * Rewrites a length of time at word {@code i} of the answer (one word, 3개월, or a numeral and its unit written
     * apart, 삼 개월, 십사 일) into the accepted answer's words when the accepted answer states the same length in other
     * units with the same particle after it (세 달에 for 삼 개월에, 12개월 for 1년, 2주 for 십사 일). One word only in
     * months and years: a one-word count of days or weeks (7일, 사흘) rewritten brings the rest of the answer closer
     * to one accepted answer than the learner's wording is, and its other differences (휴가 때문에 for 휴가로) would
     * be read alone; those are compared word by word ({@link ArgumentCheck#sameDuration}), where a numeral written
     * apart from its unit is not one word. One length spaced otherwise (한달 for 한 달) is the spacing's to note.
     *
     * @return whether the answer was rewritten
     */
    private static boolean durationAsAccepted(String[] a, int i, String[] e) {
        for (int n = 2; n >= 1; n--) {
            if (i + n > a.length || n == 2 && a[i].isEmpty()) {
                continue;
            }
            String[] learner = lengthAndParticle(n == 1 ? a[i] : a[i] + " " + a[i + 1]);
            if (learner == null) {
                continue;
            }
            for (int j = 0; j < e.length; j++) {
                for (int m = 1; m <= 2 && j + m <= e.length; m++) {
                    String[] accepted = lengthAndParticle(m == 1 ? e[j] : e[j] + " " + e[j + 1]);
                    if (accepted == null || !accepted[1].equals(learner[1])
                            || accepted[0].replace(" ", "").equals(learner[0].replace(" ", ""))
                            || !sameDuration(learner[0], accepted[0]) || n == 1 && duration(learner[0]).scale() != 'm') {
                        continue;
                    }
                    a[i] = accepted[0] + accepted[1];
                    if (n == 2) {
                        a[i + 1] = "";
                    }
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A length of time and the particle after it (세 달에 → 세 달 + 에, 14일 → 14일 + nothing); null when the text
     * is not a length of time with at most a particle after it.
     */
    static String[] lengthAndParticle(String text) {
        for (int end = text.length(); end > 0; end--) {
            String head = text.substring(0, end);
            String rest = text.substring(end);
            if (duration(head) != null && (rest.isEmpty() || Particles.isParticle(rest))) {
                return new String[] {head, rest};
            }
        }
        return null;
    }

    /** The same particle, or two of one function ({@link Particles#equivalent}: 하고 / 랑, 이 / 은). */
    private static boolean sameParticle(String learner, String accepted) {
        if (learner.equals(accepted)) {
            return true;
        }
        var a = Particles.of(learner);
        var e = Particles.of(accepted);
        return a.isPresent() && e.isPresent() && Particles.equivalent(a.get().function(), e.get().function());
    }

    /**
     * Whether Nori reads the word at {@code index} of the answer as a modifier form with -ㄴ/-ㄹ before
     * a bound noun (살 in 하나 살 수 있을까요 is 사다 + -ㄹ before 수, not the age counter 살): a bound
     * noun (수, 것, 때) follows a modifier, and a counter is a noun, not a modifier
     * (단위 명사, 국립국어원 한국어기초사전), so the number before it is no number-and-counter phrase.
     * Words are the answer's space-separated words.
     */
    static boolean modifierBeforeBoundNoun(String answer, int index) {
        List<Morphology.Word> words = Morphology.analyse(answer);
        return index >= 0 && index + 1 < words.size() && words.get(index).has("ETM")
                && words.get(index + 1).startsWith("NNB");
    }

    /**
     * 스물세 번 for 23번: a native number before a counter read with Sino-Korean numbers (번, 층, 호 …)
     * where the accepted answer writes the number in digits ({@code counter/native_for_sino}, Yeon &amp;
     * Brown 2019, on the two number systems). The correction spells the Sino-Korean number.
     */
    static java.util.Optional<PreChecks.Fix> nativeForSino(String answer, String accepted) {
        String[] a = answer.split(" ");
        String[] e = accepted.split(" ");
        for (int i = 0; i + 1 < a.length; i++) {
            String counter = a[i + 1];
            Integer n = nativeNumber(a[i]);
            if (n == null || n < 5 || !SINO_AFTER_DIGITS.contains(counter) || !contains(e, n + counter)) {
                continue;
            }
            List<String> fixed = new java.util.ArrayList<>(List.of(a));
            fixed.set(i, n + counter);
            fixed.remove(i + 1);
            return java.util.Optional.of(new PreChecks.Fix(new Finding(com.koto.evaluation.ErrorCategory.VOCABULARY,
                    a[i] + " " + counter, sinoLetters(n) + " " + counter, "counter/native_for_sino"),
                    String.join(" ", fixed)));
        }
        return java.util.Optional.empty();
    }

    private static final String[] TENS = {"", "열", "스물", "서른", "마흔", "쉰", "예순", "일흔", "여든", "아흔"};
    private static final String[] UNITS = {"", "하나", "둘", "셋", "넷", "다섯", "여섯", "일곱", "여덟", "아홉"};
    private static final String[] UNITS_SHORT = {"", "한", "두", "세", "네", "다섯", "여섯", "일곱", "여덟", "아홉"};
    private static final String SINO = "영일이삼사오육칠팔구";

    /** A native number written as one word (스물세, 서른다섯, 열), 1–99; null otherwise. */
    static Integer nativeNumber(String word) {
        for (int t = TENS.length - 1; t >= 0; t--) {
            if (!word.startsWith(TENS[t])) {
                continue;
            }
            String rest = word.substring(TENS[t].length());
            if (rest.isEmpty()) {
                return t == 0 ? null : t * 10;
            }
            for (int u = 1; u < UNITS.length; u++) {
                if (rest.equals(UNITS[u]) || rest.equals(UNITS_SHORT[u])) {
                    return t * 10 + u;
                }
            }
        }
        return word.equals("스무") ? 20 : null;
    }

    /** A number 1–9999 in Sino-Korean letters (23 → 이십삼). */
    static String sinoLetters(int n) {
        StringBuilder out = new StringBuilder();
        String[] units = {"천", "백", "십", ""};
        int[] values = {1000, 100, 10, 1};
        for (int k = 0; k < values.length; k++) {
            int d = n / values[k] % 10;
            if (d == 0) {
                continue;
            }
            if (d > 1 || k == values.length - 1) {
                out.append(SINO.charAt(d));
            }
            out.append(units[k]);
        }
        return out.toString();
    }

    private static boolean contains(String[] words, String w) {
        for (String x : words) {
            if (x.equals(w) || x.startsWith(w) && Particles.isParticle(x.substring(w.length()))) {
                return true;
            }
        }
        return false;
    }

    /** The counter a word starts with when the rest is a particle or empty (장, 장이요 …); null otherwise. */
    private static String counterAt(String word) {
        String best = null;
        for (String c : Lexicon.COUNTERS) {
            if (word.startsWith(c) && (best == null || c.length() > best.length())) {
                String rest = word.substring(c.length());
                if (rest.isEmpty() || Particles.isParticle(rest) || rest.equals("요") || rest.equals("이요")) {
                    best = c;
                }
            }
        }
        return best;
    }

    /**
     * The native counts of days, each one word for a number of days (표준국어대사전 '이틀' 두 날, '사흘' 세 날, '나흘',
     * '닷새', '엿새', '이레', '여드레', '아흐레', '열흘'; Yeon &amp; Brown 2019, native day counts): 사흘 states what
     * 3일 states (session 22, s22a).
     */
    static final Map<String, Integer> DAY_COUNTS = Map.of("이틀", 2, "사흘", 3, "나흘", 4,
            "닷새", 5, "엿새", 6, "이레", 7, "여드레", 8, "아흐레", 9, "열흘", 10);

    /**
     * A length of time as a count of its scale's smallest unit: days (일, 주, 주일) or months (개월, 달, 년).
     *
     * @param scale  {@code 'd'} for days, {@code 'm'} for months
     * @param amount how many days or months
     */
    record Span(char scale, int amount) {
    }

    /**
     * Time units → the scale they count on and how many of its smallest unit one of them is, and whether they take
     * native numerals: 일 (days) 1, 주/주일 (weeks) 7 days, 개월 and 달 (months) 1, 년 12 months. 개월, 일, 년 and 주일
     * are read with Sino-Korean numbers (삼 개월, 십사 일), 달 with native ones (세 달, 석 달), 주 with either (이 주,
     * 두 주) (표준국어대사전 '개월', '달' 「2」, '주' 「2」, '주일' 「2」, '일' 「11」; Yeon &amp; Brown 2019, on which
     * counters take which numbers). Longer units first so 주일 is not read as 주 + 일.
     */
    private static final List<TimeUnit> TIME_UNITS = List.of(new TimeUnit("개월", 'm', 1, false, true),
            new TimeUnit("주일", 'd', 7, false, true), new TimeUnit("주", 'd', 7, true, true),
            new TimeUnit("일", 'd', 1, false, true), new TimeUnit("달", 'm', 1, true, false),
            new TimeUnit("년", 'm', 12, false, true));

    private record TimeUnit(String word, char scale, int size, boolean nativeNumbers, boolean sinoNumbers) {
    }

    /**
     * The length of time a word or a numeral and its unit states (14일, 2주, 일주일, 삼 개월, 세 달, 석 달, 1년, 하루,
     * 이틀): one length of time said in other units is the same amount (2주 = 14일 = 이 주일, 3개월 = 세 달, 1년 =
     * 12개월; 표준국어대사전 '주' 이레 동안, '일주일' 이레 동안, '달' 한 해를 열둘로 나눈 것 가운데 하나의 기간,
     * '하루' 한 낮과 한 밤이 지나는 동안, and the native day counts {@link #DAY_COUNTS}). A month is not counted in
     * days (30일 is not 한 달). Null when the text is no length of time, or its numeral is of the system the unit
     * does not take (세 개월, 삼 달).
     *
     * @param text a word or a numeral and its unit, without particle (a space between them is allowed)
     */
    static Span duration(String text) {
        String word = text.replace(" ", "");
        if (word.equals("하루")) {
            return new Span('d', 1);
        }
        Integer days = DAY_COUNTS.get(word);
        if (days != null) {
            return new Span('d', days);
        }
        for (TimeUnit unit : TIME_UNITS) {
            if (!word.endsWith(unit.word()) || word.length() == unit.word().length()) {
                continue;
            }
            String number = word.substring(0, word.length() - unit.word().length());
            Integer n = null;
            if (number.chars().allMatch(Character::isDigit) && number.length() < 5) {
                n = Integer.parseInt(number);
            } else if (unit.sinoNumbers()) {
                n = sino(number);
            }
            if (n == null && unit.nativeNumbers()) {
                n = nativeValue(number);
                if (n == null && unit.word().equals("달")) {
                    n = number.equals("석") ? Integer.valueOf(3) : number.equals("넉") ? Integer.valueOf(4) : null;
                }
            }
            return n == null || n <= 0 ? null : new Span(unit.scale(), n * unit.size());
        }
        return null;
    }

    /** Whether two texts state one length of time in different words (14일 / 2주, 삼 개월 / 세 달). */
    static boolean sameDuration(String learner, String accepted) {
        Span a = duration(learner);
        return a != null && a.equals(duration(accepted));
    }

    private static final Map<String, Integer> NATIVE = Map.ofEntries(Map.entry("하나", 1), Map.entry("한", 1),
            Map.entry("둘", 2), Map.entry("두", 2), Map.entry("셋", 3), Map.entry("세", 3), Map.entry("넷", 4),
            Map.entry("네", 4), Map.entry("다섯", 5), Map.entry("여섯", 6), Map.entry("일곱", 7), Map.entry("여덟", 8),
            Map.entry("아홉", 9), Map.entry("열", 10), Map.entry("스물", 20), Map.entry("스무", 20));

    /**
     * The value of a numeral word: digits, a native numeral (한, 두, 다섯, and from session 14 the compound
     * native numerals 11–99 written as one word: 열두, 스물네, 서른다섯) or a Sino-Korean one (삼, 이십삼);
     * else null. A compound native numeral is one word of tens and units (국립국어원 표준 국어문법론, 수사:
     * 고유어 수사 열하나…아흔아홉; Yeon &amp; Brown 2019, native numbers before 살, 시, 명), so 24살 and
     * 스물네 살 state one number in two notations (한글 맞춤법 제44항). The bare tens 쉰 ('fifty', also the
     * modifier of 쉬다 'rested') is left out.
     */
    static Integer number(String word) {
        if (!word.isEmpty() && word.chars().allMatch(Character::isDigit) && word.length() < 7) {
            return Integer.parseInt(word);
        }
        Integer n = NATIVE.get(word);
        if (n == null && word.length() >= 2) {
            n = nativeNumber(word);
        }
        return n != null ? n : sino(word);
    }

    /**
     * The value of an amount word that may count in 만 (ten thousands, the Korean myriad: 오만 50,000, 50만
     * 500,000, 만오천 15,000, 오천만 50,000,000; 국립국어원 표준 국어문법론, 수사): before 만 digits or a Sino-Korean
     * number ({@link #sino}; native numerals do not count myriads, and 하나만 is 'only one'), after it the same;
     * a word without 만 is read by {@link #number}. Null when the word is not such an amount.
     */
    static Long amount(String word) {
        int man = word.indexOf('만');
        if (man < 0) {
            Integer n = number(word);
            return n == null ? null : n.longValue();
        }
        Integer high = man == 0 ? Integer.valueOf(1) : sinoOrDigits(word.substring(0, man));
        Integer low = man == word.length() - 1 ? Integer.valueOf(0) : sinoOrDigits(word.substring(man + 1));
        return high == null || low == null ? null : high * 10_000L + low;
    }

    /**
     * Whether two words state amounts of another value, both counted in 만 (오만 for 50만 or 오십만, 5만 for 50만, 삼만
     * for 30만; session 24, s24b): 오만 is 50,000 and 50만 500,000 (국립국어원 표준 국어문법론, 수사: 만 is the
     * unit of the myriad; 한글 맞춤법 제44항 writes numbers by 만 units, so 50만 and 오십만 are one number in digits and
     * in letters). Another amount is another fact, whatever else the answer says, as another counter is. Both words
     * hold 만 and are read as amounts by {@link #amount}; a number without 만 may be the alignment's cut of 500,000 (the
     * comma read as a space), and 만 alone may be the particle 'only'.
     *
     * @param learner  the learner's span; its first word is read
     * @param accepted the accepted answer's span; its first word is read
     */
    static boolean otherMyriad(String learner, String accepted) {
        String a = learner.strip().split(" ")[0];
        String b = accepted.strip().split(" ")[0];
        if (a.length() < 2 || b.length() < 2 || a.indexOf('만') < 0 || b.indexOf('만') < 0) {
            return false;
        }
        Long x = amount(a);
        Long y = amount(b);
        return x != null && y != null && !x.equals(y);
    }

    /** Digits (up to four) or a Sino-Korean number in letters; else null. */
    private static Integer sinoOrDigits(String part) {
        if (!part.isEmpty() && part.length() <= 4 && part.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(part);
        }
        return sino(part);
    }

    /**
     * A Sino-Korean number written in letters (삼, 이십삼, 백오십), 1–9999; null when the word is not one.
     */
    static Integer sino(String word) {
        if (word.isEmpty()) {
            return null;
        }
        int total = 0;
        int digit = -1;
        for (char c : word.toCharArray()) {
            Integer d = SINO_DIGITS.get(c);
            if (d != null) {
                if (digit >= 0) {
                    return null; // two digits in a row: not a number word
                }
                digit = d;
                continue;
            }
            int unit = switch (c) {
                case '십' -> 10;
                case '백' -> 100;
                case '천' -> 1000;
                default -> -1;
            };
            if (unit < 0) {
                return null;
            }
            total += (digit < 0 ? 1 : digit) * unit;
            digit = -1;
        }
        return total + Math.max(digit, 0);
    }
}
