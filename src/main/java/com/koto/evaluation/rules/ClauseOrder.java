package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Word order found on the learner's own sentences, whatever the accepted answer:
 * <ul>
 *   <li>{@code word_order/verb_final}: a place, object or time phrase after the sentence's final
 *       predicate (앉고 싶어요 창가에 → 창가에 앉고 싶어요, 안 계세요 지금 → 지금 안 계세요), also when the
 *       phrase holds a modifier or an amount in digits (왔어요 잘못된 사이즈로, 바꾸고 싶어요 100달러를 원화로:
 *       session 12); the span is the
 *       predicate with its 안/못 and the verbs it ends (-고 싶다, -아/어 주다) and the phrases after it.
 *       A vocative after the predicate (감사합니다, 선생님) is not moved;</li>
 *   <li>{@code word_order/negation}: short negation 안/못 before a verb of a noun + 하다 (안 작동해요 →
 *       작동 안 해요, 못 공부했어요 → 공부 못 했어요): the negator goes between the noun and 하다
 *       (Yeon &amp; Brown 2019, on short negation; 표준국어대사전 '안' 「부사」 and '못' 「부사」). Only for
 *       action verbs, as Nori tags them (NNG + XSV 하); adjectives in -하다 take 안 before the whole word
 *       (안 피곤해요, 안 필요해요: XSA, or an XR root), and so does a noun + 하다 the dictionary lists as an
 *       adjective (부족하다, which Nori may tag XSV); and 안/못 before the object or another noun phrase
 *       of the verb (못 땅콩을 먹어요 → 땅콩을 못 먹어요): short negation stands right before the predicate
 *       it negates (Sohn 1999, on short negation). Only where what follows the negator is a noun phrase
 *       without a verb in it (not 안 매운 거 먹어요, 'eat what is not spicy') up to the sentence's final
 *       predicate, and not after a bare noun (가방 안 지갑이 있어요: 안 is the noun 'inside');</li>
 *   <li>{@code word_order/phrase}: a part of the day before the day (오전 내일 → 내일 오전: the larger
 *       unit of time comes first), and 조금(만) after the adverb it grades (빨리 조금만 → 조금만 빨리).</li>
 * </ul>
 * Sources: Sohn, <i>The Korean Language</i> (1999), on verb-final order and scrambling (phrases
 * scramble before the predicate, not after it in the written norm) and on time expressions (from the
 * larger unit to the smaller); Yeon &amp; Brown, <i>Korean: A Comprehensive Grammar</i> (2011), on
 * degree adverbs before the adverb they modify.
 */
final class ClauseOrder {

    /** The point after a sentence-final mark (also 。), or a line break. */
    private static final Pattern SENTENCE_OR_LINE_BREAK_CJK = Pattern.compile("(?<=[.?!。])|\\n");
    /** An hour in digits (3시). */
    private static final Pattern HOUR_DIGITS = Pattern.compile("[0-9]{1,2}시");
    /** Hangul syllables, perhaps after digits. */
    private static final Pattern NUMBERED_HANGUL = Pattern.compile("[0-9]*[\\uAC00-\\uD7A3]+");

    private ClauseOrder() {
    }

    private static final Set<String> TIME_ADVERBS = Set.of("지금", "오늘", "내일", "어제", "이따가", "나중에", "모레");
    /** The parts of the day that go before a clock time (오후 세 시, 아침 일곱 시; Sohn 1999, on time expressions). */
    static final Set<String> PARTS_OF_DAY = Set.of("오전", "오후", "아침", "저녁", "밤", "새벽", "낮");
    private static final Set<String> DAYS = Set.of("오늘", "내일", "어제", "모레", "월요일", "화요일", "수요일", "목요일",
            "금요일", "토요일", "일요일", "주말");
    private static final Set<String> DEGREE = Set.of("조금만", "조금");
    private static final Set<String> MANNER = Set.of("빨리", "천천히");
    private static final Set<String> PLACE_OR_OBJECT = Set.of("JKB", "JKO");

    /**
     * Nouns of a change of state or an arrival, whose 하다 verb takes 안 in front as well in the
     * accepted spoken norm (아직 안 도착했어요, 아직 안 시작했어요): the split is the rule for verbs of an
     * activity one does (공부, 운동, 청소, 통화), not for what happens (국립국어원 온라인가나다 on 안 and
     * noun + 하다; Yeon &amp; Brown 2019 give the split for activity verbs).
     */
    private static final Set<String> HAPPENINGS = Set.of("도착", "출발", "시작", "결혼", "졸업", "출근", "퇴근", "취직",
            "입학", "성공", "실패", "변", "끝");

    /** The findings on the learner's raw answer. */
    static List<Finding> find(String raw) {
        List<Finding> out = new ArrayList<>();
        for (List<String> words : SpeechLevels.sentences(raw)) {
            java.util.Optional<Finding> run = timeRunTurnedRound(words);
            if (run.isPresent()) {
                // 7시 저녁 내일에 → 내일 저녁 7시에: one finding on the whole phrase, not one per pair (session 25)
                out.add(run.get());
                afterPredicate(words).or(() -> modifierAfterPredicate(words)).ifPresent(out::add);
                continue;
            }
            for (int i = 0; i + 1 < words.size(); i++) {
                String a = words.get(i);
                String b = words.get(i + 1);
                String day = b.endsWith("에") ? b.substring(0, b.length() - 1) : b;
                if (PARTS_OF_DAY.contains(a) && DAYS.contains(day)) {
                    // the particle closes the whole time phrase (저녁 토요일에 → 토요일 저녁에)
                    out.add(new Finding(ErrorCategory.WORD_ORDER, a + " " + b, day + " " + a + b.substring(day.length()),
                            "word_order/phrase"));
                } else if (MANNER.contains(a) && DEGREE.contains(b)) {
                    out.add(new Finding(ErrorCategory.WORD_ORDER, a + " " + b, b + " " + a, "word_order/phrase"));
                }
            }
            frequencyBeforePeriod(words).or(() -> clockBeforePartOfDay(words)).or(() -> dayAfterClock(words))
                    .or(() -> unitsSmallToLarge(words)).or(() -> dayBeforeLargerPeriod(words)
                            .filter(f -> !raw.contains(f.original().split(" ")[0] + ","))).ifPresent(out::add);
            afterPredicate(words).or(() -> modifierAfterPredicate(words)).or(() -> reasonAfterPredicate(words, raw))
                    .ifPresent(out::add);
            negatorAfterVerb(words).ifPresent(out::add);
            negatedNounVerb(words).or(() -> negatorBeforeNounPhrase(words)).or(() -> infinitiveBeforeMotHae(words))
                    .ifPresent(out::add);
        }
        for (String sentence : SENTENCE_OR_LINE_BREAK_CJK.split(raw)) {
            String[] clauses = sentence.split(",");
            for (int c = 0; c + 1 < clauses.length; c++) {
                // a clause closed by a comma inside the sentence (저는 시켰어요 핫초코를, 근데 …)
                List<String> words = SpeechLevels.sentences(clauses[c]).stream().findFirst().orElse(List.of());
                afterPredicate(words, true).ifPresent(out::add);
            }
        }
        return out;
    }

    /**
     * 7시 저녁 내일에 → 내일 저녁 7시에 ({@code word_order/phrase}; session 25): a time phrase of three units, the day, the
     * part of the day and the clock hour, written from the smallest unit up (the Indonesian order, jam 7 malam besok):
     * Korean names time from the larger unit to the smaller (Sohn 1999, on time expressions; 표준국어대사전 '오전' 예문
     * "내일 오전 열 시"), so the phrase is turned round as a whole and the particle closes it. Only three consecutive
     * units in exactly that order, hour, part of the day, day, with no particle before the last (목요일에 저녁 7시 is
     * two phrases, each in order: right); where one pair alone is turned round (내일 3시 오후에, 오전 내일 열 시에) the
     * pair checks mark that pair.
     *
     * @return the finding on the whole phrase; empty when the sentence has no such phrase
     */
    static java.util.Optional<Finding> timeRunTurnedRound(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            List<int[]> units = new ArrayList<>(); // {rank, first word, words}
            int k = i;
            String particle = "";
            while (k < words.size() && units.size() < 3 && particle.isEmpty()) {
                String w = words.get(k);
                String bare = w.endsWith("에") ? w.substring(0, w.length() - 1) : w;
                int rank;
                int length = 1;
                if (HOUR_DIGITS.matcher(bare).matches()) {
                    rank = 1;
                } else if (k + 1 < words.size() && Numerals.number(w) != null && words.get(k + 1).replaceFirst("에$", "").equals("시")) {
                    rank = 1;
                    length = 2;
                    w = words.get(k + 1);
                    bare = w.replaceFirst("에$", "");
                } else if (PARTS_OF_DAY.contains(bare)) {
                    rank = 2;
                } else if (DAYS.contains(bare)) {
                    rank = 3;
                } else {
                    break;
                }
                units.add(new int[] {rank, k, length});
                particle = w.substring(bare.length());
                k += length;
            }
            if (units.size() < 3 || units.get(0)[0] != 1 || units.get(1)[0] != 2 || units.get(2)[0] != 3) {
                continue; // (내일 3시 오후에, 오전 내일 열 시에: one pair turned round, left to the pair checks)
            }
            List<int[]> sorted = new ArrayList<>(units);
            sorted.sort((x, y) -> y[0] - x[0]);
            List<String> corrected = new ArrayList<>();
            for (int[] u : sorted) {
                for (int w = u[1]; w < u[1] + u[2]; w++) {
                    String word = words.get(w);
                    corrected.add(word.endsWith("에") && w == k - 1 ? word.substring(0, word.length() - 1) : word);
                }
            }
            corrected.set(corrected.size() - 1, corrected.getLast() + particle);
            return java.util.Optional.of(new Finding(ErrorCategory.WORD_ORDER, String.join(" ", words.subList(i, k)),
                    String.join(" ", corrected), "word_order/phrase"));
        }
        return java.util.Optional.empty();
    }

    /** One-word periods of a frequency (하루에 세 번): the distributive 에 phrase. */
    private static final Set<String> PERIODS = Set.of("하루에", "일주일에", "1주일에", "1년에", "매일", "매주", "매달");

    /** Two-word periods: 한 달에, 일 년에, 한 주에. */
    private static final Set<String> UNITS = Set.of("달에", "년에", "주에", "주일에");

    /**
     * 몇 번 하루에 → 하루에 몇 번: in a frequency the period with 에 comes before the count (Yeon &amp;
     * Brown 2011, ch. 4, frequency with 에: 하루에 세 번, 일주일에 두 번; Sohn 1999, the larger unit first).
     */
    private static java.util.Optional<Finding> frequencyBeforePeriod(List<String> words) {
        for (int i = 0; i + 2 < words.size(); i++) {
            String number = words.get(i);
            if (!words.get(i + 1).equals("번") || !(number.equals("몇") || Numerals.number(number) != null)) {
                continue;
            }
            String period = null;
            if (PERIODS.contains(words.get(i + 2))) {
                period = words.get(i + 2);
            } else if (i + 3 < words.size() && Set.of("한", "일").contains(words.get(i + 2))
                    && UNITS.contains(words.get(i + 3))) {
                period = words.get(i + 2) + " " + words.get(i + 3);
            }
            if (period != null) {
                String count = number + " 번";
                return java.util.Optional.of(new Finding(ErrorCategory.WORD_ORDER, count + " " + period,
                        period + " " + count, "word_order/phrase"));
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * 두 시에 오후 → 오후 두 시에, 여섯 시 반 아침에 → 아침 여섯 시 반에 (session 28: with its half or minutes): the
     * part of the day before the clock time, the larger unit first (Sohn 1999, on time expressions; 오후 세 시, 아침 일곱
     * 시; 표준국어대사전 '반' 「명사」 ② "시간 단위에서 30분을 이르는 말": 두 시 반). The clock time is the hour
     * ({@link #clockEnd}: 3시, 세 시) with its 반 or minutes (30분, 삼십 분); the particle closes the whole phrase.
     */
    private static java.util.Optional<Finding> clockBeforePartOfDay(List<String> words) {
        for (int i = 0; i + 1 < words.size(); i++) {
            int end = clockEnd(words, i);
            if (end < 0 || end >= words.size()) {
                continue;
            }
            String next = words.get(end);
            String closing = timeClosing(next);
            String part = next.substring(0, next.length() - closing.length());
            if (!PARTS_OF_DAY.contains(part)) {
                continue;
            }
            List<String> clock = new ArrayList<>(words.subList(i, end));
            String last = clock.getLast();
            boolean lastWithEe = last.endsWith("에");
            if (lastWithEe) {
                clock.set(clock.size() - 1, last.substring(0, last.length() - 1));
            }
            if (end - i > 2 - (HOUR_DIGITS.matcher(words.get(i).replaceFirst("에$", "")).matches() ? 1 : 0)
                    && !lastWithEe && closing.isEmpty()) {
                continue; // 7시 30분 저녁 약속: a clock time with its minutes before a bare 저녁 modifies the noun after
            }
            if (MEALS.contains(next)) {
                continue; // 여섯 시 반에 아침 먹어요: a bare 아침/저녁 after the clock time is the meal (session 28)
            }
            String particle = !closing.isEmpty() ? closing : lastWithEe ? "에" : "";
            String original = String.join(" ", words.subList(i, end + 1));
            return java.util.Optional.of(new Finding(ErrorCategory.WORD_ORDER, original,
                    part + " " + String.join(" ", clock) + particle, "word_order/phrase"));
        }
        return java.util.Optional.empty();
    }

    /**
     * The particles of a time that may close a part of the day after a clock time (3시 오후까지 → 오후 3시까지, 두 시
     * 오후부터; session 29, s29c): 에, 까지 'until', 부터 'from', 쯤 'about', with 에 or 는 after them (표준국어대사전 '까지'
     * 「조사」, '부터', '쯤' 「접사」).
     */
    private static final List<String> TIME_CLOSINGS = List.of("까지는", "부터는", "쯤에는", "쯤에", "에는", "까지", "부터",
            "쯤", "에");

    /** The time particle that ends the word (까지 of 오후까지), or the empty string. */
    private static String timeClosing(String word) {
        for (String c : TIME_CLOSINGS) {
            if (word.endsWith(c) && word.length() > c.length()) {
                return c;
            }
        }
        return "";
    }

    /**
     * Parts of the day that also name the meal eaten then (표준국어대사전 '아침' ③ "아침밥", '저녁' ③ "저녁밥"): bare after a
     * clock time they are the meal, an argument of its own (일곱 시에 아침 먹어요), not the part of the day turned round.
     */
    private static final Set<String> MEALS = Set.of("아침", "저녁");

    /** Minutes in digits (30분), a particle 에 allowed after. */
    private static final Pattern MINUTES_DIGITS = Pattern.compile("[0-9]{1,2}분에?");

    /**
     * The index after a clock time that starts at word {@code i}, or -1 (session 28): the hour, 3시 or a number and 시,
     * then perhaps 반 'half past' or the minutes (30분, 삼십 분), the last word perhaps with 에 (표준국어대사전 '시'
     * 「의존 명사」, '분', '반' ②: 두 시 반, 세 시 십 분). A word with 에 closes the clock time.
     */
    private static int clockEnd(List<String> words, int i) {
        String first = words.get(i);
        int k;
        if (HOUR_DIGITS.matcher(first.replaceFirst("에$", "")).matches()) {
            k = i + 1;
        } else if (i + 1 < words.size() && Numerals.number(first) != null
                && words.get(i + 1).replaceFirst("에$", "").equals("시")) {
            k = i + 2;
        } else {
            return -1;
        }
        if (words.get(k - 1).endsWith("에") || k >= words.size()) {
            return k;
        }
        String w = words.get(k);
        if (w.equals("반") || w.equals("반에") || MINUTES_DIGITS.matcher(w).matches()) {
            return k + 1;
        }
        if (k + 1 < words.size() && Numerals.number(w) != null && words.get(k + 1).replaceFirst("에$", "").equals("분")) {
            return k + 2;
        }
        return k;
    }

    /**
     * 오전 10시 내일 → 내일 오전 10시 (session 21): the day before the part of the day and its clock time, the larger
     * unit first (Sohn 1999, on time expressions; 표준국어대사전 '오전' 예문 "내일 오전 열 시"). The part of the day
     * and the hour (in digits, or a number and 시) stand before the day word; the particle closes the whole phrase.
     */
    private static java.util.Optional<Finding> dayAfterClock(List<String> words) {
        for (int i = 0; i + 2 < words.size(); i++) {
            if (!PARTS_OF_DAY.contains(words.get(i))) {
                continue;
            }
            int after = HOUR_DIGITS.matcher(words.get(i + 1)).matches() ? i + 2
                    : i + 3 < words.size() && Numerals.number(words.get(i + 1)) != null && words.get(i + 2).equals("시")
                            ? i + 3 : -1;
            if (after < 0) {
                continue;
            }
            String next = words.get(after);
            String day = next.endsWith("에") ? next.substring(0, next.length() - 1) : next;
            if (!DAYS.contains(day)) {
                continue;
            }
            String clock = String.join(" ", words.subList(i, after));
            return java.util.Optional.of(new Finding(ErrorCategory.WORD_ORDER, clock + " " + next,
                    day + " " + clock + next.substring(day.length()), "word_order/phrase"));
        }
        return java.util.Optional.empty();
    }

    /** Days of the week and the weekend: the smallest unit of {@link #dayBeforeLargerPeriod} (rank 1). */
    private static final Set<String> WEEKDAYS = Set.of("월요일", "화요일", "수요일", "목요일", "금요일", "토요일", "일요일",
            "주말");
    /** A day of the month or a month in digits (15일, 3월). */
    private static final Pattern DAY_OR_MONTH = Pattern.compile("[0-9]{1,2}(일|월)");
    /** Determiners that name a week, a month or a year from now (다음 주, 이번 달, 지난 주). */
    private static final Set<String> DEICTIC = Set.of("다음", "이번", "지난", "저번");
    /** One-word periods with their rank (2 a week, 3 a month, 4 a year). */
    private static final java.util.Map<String, Integer> ONE_WORD_PERIODS = java.util.Map.ofEntries(
            java.util.Map.entry("다음주", 2), java.util.Map.entry("이번주", 2), java.util.Map.entry("지난주", 2),
            java.util.Map.entry("저번주", 2), java.util.Map.entry("다음달", 3), java.util.Map.entry("이번달", 3),
            java.util.Map.entry("지난달", 3), java.util.Map.entry("저번달", 3), java.util.Map.entry("내년", 4),
            java.util.Map.entry("올해", 4), java.util.Map.entry("작년", 4), java.util.Map.entry("내달", 3));
    /** The particles that may close a time phrase (다음 주에, 다음 주에는, 이번 달부터). */
    private static final Set<String> TIME_PARTICLES = Set.of("", "에", "에는", "은", "는", "부터", "까지", "도", "엔");

    /**
     * 토요일 다음 주에 → 다음 주 토요일에, 15일 다음 달에 → 다음 달 15일에, 3월 내년에 → 내년 3월에
     * ({@code word_order/phrase}; session 33, s33b): a day (a weekday, the weekend, a date) or a month before the week,
     * month or year it falls in, the Indonesian and English order (Sabtu minggu depan, Saturday next week). Korean names
     * time from the larger unit to the smaller (Sohn 1999, on time expressions; 국립국어원 『표준국어대사전』 '다음' 예문
     * "다음 주 월요일"), so the period goes first and the particle closes the whole phrase. Only a bare day word right
     * before a period of a larger unit (다음/이번/지난/저번 + 주/달, or 다음주, 내년, 올해 …) with at most a particle
     * of time after it; 다음 주 토요일, 토요일 오후, 토요일에 다음 주 계획 are left alone.
     */
    static java.util.Optional<Finding> dayBeforeLargerPeriod(List<String> words) {
        for (int i = 0; i + 1 < words.size(); i++) {
            String day = words.get(i);
            int rank = WEEKDAYS.contains(day) ? 1 : DAY_OR_MONTH.matcher(day).matches() ? (day.endsWith("월") ? 3 : 1) : 0;
            if (rank == 0) {
                continue;
            }
            String period;
            String tail;
            int periodRank;
            int end;
            String next = words.get(i + 1);
            if (DEICTIC.contains(next) && i + 2 < words.size() && (words.get(i + 2).startsWith("주")
                    || words.get(i + 2).startsWith("달"))) {
                String unit = words.get(i + 2);
                tail = unit.substring(1);
                period = next + " " + unit.charAt(0);
                periodRank = unit.startsWith("주") ? 2 : 3;
                end = i + 3;
                if (unit.startsWith("주말") || unit.startsWith("주일")) {
                    continue; // (토요일 이번 주말: another phrase)
                }
            } else {
                String key = ONE_WORD_PERIODS.keySet().stream().filter(next::startsWith).findFirst().orElse(null);
                if (key == null) {
                    continue;
                }
                period = key;
                tail = next.substring(key.length());
                periodRank = ONE_WORD_PERIODS.get(key);
                end = i + 2;
            }
            if (periodRank <= rank || !TIME_PARTICLES.contains(tail) || periodRank == 2 && !WEEKDAYS.contains(day)) {
                // (5월 5일 다음 주 토요일: a date apposed to the week's day, not turned round)
                continue;
            }
            return java.util.Optional.of(new Finding(ErrorCategory.WORD_ORDER, String.join(" ", words.subList(i, end)),
                    period + " " + day + tail, "word_order/phrase"));
        }
        return java.util.Optional.empty();
    }

    /** A number in digits with a unit after it, and what follows the unit (502호, 15일에, 30분이에요). */
    private static final Pattern NUMBER_UNIT = Pattern.compile("([0-9]+)(호|층|동|일|월|년|초|분|시)(.*)");
    /** The rank of each unit in its family: an address (호 < 층 < 동), a date (일 < 월 < 년), a clock time (초 < 분 < 시). */
    private static final java.util.Map<String, int[]> UNIT_RANKS = java.util.Map.of("호", new int[] {0, 1}, "층",
            new int[] {0, 2}, "동", new int[] {0, 3}, "일", new int[] {1, 1}, "월", new int[] {1, 2}, "년",
            new int[] {1, 3}, "초", new int[] {2, 1}, "분", new int[] {2, 2}, "시", new int[] {2, 3});
    /** Nouns of a building complex, the largest unit of an apartment address (서울아파트 101동 502호). */
    private static final List<String> COMPLEXES = List.of("아파트", "빌라", "빌딩", "오피스텔", "맨션", "타워");
    /** The copula forms that may close the phrase (502호예요), by the form after a vowel and after a consonant. */
    private static final java.util.Map<String, String> COPULA_AFTER_CONSONANT = java.util.Map.of("예요", "이에요",
            "이에요", "이에요", "입니다", "입니다", "이야", "이야", "야", "이야", "였어요", "이었어요", "이었어요", "이었어요");

    /**
     * 502호 101동 서울아파트예요 → 서울아파트 101동 502호예요, 15일 3월 → 3월 15일, 30분 8시에 → 8시 30분에
     * ({@code word_order/phrase}; session 27, s27b): an address, a date or a clock time written from the smallest unit
     * up, the Indonesian and English order (Jl. …, nomor 502; 15 Maret). Korean names these from the larger unit to the
     * smaller: 2024년 3월 15일, 8시 30분, 서울아파트 101동 502호 (국립국어원 한국어 어문 규범, 문장 부호 on dates;
     * 표준국어대사전 '호' 「의존 명사」 「2」 and '동'; Sohn 1999, on time expressions from the larger unit). Only two or
     * more consecutive words, each digits with a unit of one family (호/층/동, 일/월/년, 초/분/시) and nothing after the
     * unit but on the last word, strictly rising in size; an address may end in the name of its building complex
     * (…아파트, …빌라). The phrase is turned round as a whole and its particle or copula closes it, re-formed.
     *
     * @return the finding on the phrase; empty when the sentence has none
     */
    static java.util.Optional<Finding> unitsSmallToLarge(List<String> words) {
        for (int i = 0; i + 1 < words.size(); i++) {
            java.util.regex.Matcher m = NUMBER_UNIT.matcher(words.get(i));
            if (!m.matches() || !m.group(3).isEmpty()) {
                continue;
            }
            int[] first = UNIT_RANKS.get(m.group(2));
            List<String> stems = new ArrayList<>(List.of(m.group(1) + m.group(2)));
            int rank = first[1];
            String tail = "";
            int k = i + 1;
            for (; k < words.size(); k++) {
                java.util.regex.Matcher n = NUMBER_UNIT.matcher(words.get(k));
                if (n.matches() && UNIT_RANKS.get(n.group(2))[0] == first[0] && UNIT_RANKS.get(n.group(2))[1] > rank) {
                    rank = UNIT_RANKS.get(n.group(2))[1];
                    stems.add(n.group(1) + n.group(2));
                    tail = n.group(3);
                    if (!tail.isEmpty()) {
                        k++;
                        break;
                    }
                    continue;
                }
                String complex = first[0] == 0 && stems.size() >= 1 ? complexName(words.get(k)) : null;
                if (complex != null) {
                    stems.add(complex);
                    tail = words.get(k).substring(complex.length());
                    k++;
                }
                break;
            }
            if (stems.size() < 2 || !tail.isEmpty() && !Particles.of(tail).isPresent()
                    && !COPULA_AFTER_CONSONANT.containsKey(tail)) {
                continue;
            }
            List<String> turned = new ArrayList<>(stems.reversed());
            String last = turned.getLast();
            turned.set(turned.size() - 1, last + reformed(tail, last));
            return java.util.Optional.of(new Finding(ErrorCategory.WORD_ORDER, String.join(" ", words.subList(i, k)),
                    String.join(" ", turned), "word_order/phrase"));
        }
        return java.util.Optional.empty();
    }

    /** The name of a building complex a word begins with (서울아파트 of 서울아파트예요), or null. */
    private static String complexName(String word) {
        for (String c : COMPLEXES) {
            int at = word.indexOf(c);
            if (at > 0 && NUMBERED_HANGUL.matcher(word.substring(0, at)).matches()) {
                return word.substring(0, at + c.length());
            }
        }
        return null;
    }

    /** A particle or copula re-formed for the noun it now follows. */
    private static String reformed(String tail, String noun) {
        if (tail.isEmpty()) {
            return tail;
        }
        if (COPULA_AFTER_CONSONANT.containsKey(tail)) {
            return com.koto.evaluation.text.Hangul.copulaAfter(noun, COPULA_AFTER_CONSONANT.get(tail));
        }
        return Particles.of(tail).map(p -> p.formAfter(noun)).orElse(tail);
    }

    /** 안 작동해요 → 작동 안 해요: the first 안/못 before a noun + 하다 action verb in the sentence. */
    private static java.util.Optional<Finding> negatedNounVerb(List<String> words) {
        List<Morphology.Word> analysed = SpeechLevels.analysed(String.join(" ", words));
        if (analysed.size() != words.size()) {
            return java.util.Optional.empty();
        }
        for (int i = 0; i + 1 < words.size(); i++) {
            String negator = words.get(i);
            if (!negator.equals("안") && !negator.equals("못")
                    || !analysed.get(i).startsWith("MAG") && !adverbialNegator(analysed, i)) {
                continue; // (가방 안: the noun 'inside')
            }
            // 안 before a happening (아직 안 도착했어요) is the accepted spoken norm; 못, of ability, splits (출근 못 해요)
            Set<String> exempt = negator.equals("안") ? HAPPENINGS : Set.of();
            String verb = words.get(i + 1);
            List<Morphology.Morpheme> ms = analysed.get(i + 1).morphemes();
            String listed = NegationNouns.verbalNoun(verb); // (Nori misreads 할인돼요 as 하 + ㄹ + 인 + 되)
            if (listed != null && !exempt.contains(listed) && (i == 0 || analysed.get(i - 1).verbal()
                    || !analysed.get(i - 1).endsWith("NNG", "NNP", "NNB", "NP"))) { // (집 안 청소: 'inside')
                return java.util.Optional.of(new Finding(ErrorCategory.WORD_ORDER, negator + " " + verb,
                        listed + " " + negator + " " + verb.substring(listed.length()), "word_order/negation"));
            }
            if (ms.size() < 2 || !ms.get(0).is("NNG") || !ms.get(1).is("XSV") || !ms.get(1).form().equals("하")) {
                continue;
            }
            String noun = ms.get(0).form();
            if (exempt.contains(noun) || !verb.startsWith(noun) || verb.length() == noun.length()
                    || "하해했합할한함".indexOf(verb.charAt(noun.length())) < 0
                    || KnownWords.tags(noun + "하").contains(org.apache.lucene.analysis.ko.POS.Tag.VA)
                    || KnownWords.tags(noun).contains(org.apache.lucene.analysis.ko.POS.Tag.XR)) {
                continue; // an adjective in -하다 (부족하다) keeps 안 in front
            }
            return java.util.Optional.of(new Finding(ErrorCategory.WORD_ORDER, negator + " " + verb,
                    noun + " " + negator + " " + verb.substring(noun.length()), "word_order/negation"));
        }
        return java.util.Optional.empty();
    }

    /**
     * Whether 안 at {@code i}, which Nori read as the noun 안 'inside', is the negating adverb all the same: the word
     * before it ends in a particle or an ending, or is an adverb (바다에서 안 수영했어, 오늘은 안 가요). The noun 안 of
     * place follows the bare noun it is the inside of (가방 안, 집 안 청소), which keeps that reading (session 27, s27b).
     */
    private static boolean adverbialNegator(List<Morphology.Word> analysed, int i) {
        if (i == 0 || !analysed.get(i).surface().equals("안") && !analysed.get(i).surface().equals("못")) {
            return false;
        }
        Morphology.Word before = analysed.get(i - 1);
        if (before.morphemes().isEmpty()) {
            return false;
        }
        String tag = before.morphemes().getLast().tag();
        return tag.startsWith("J") || tag.startsWith("E") || tag.equals("MAG");
    }

    /** The 해요체 and 반말 forms of 못하다 after which the verb's -아/어 form is the short negation's verb. */
    private static final Set<String> MOT_HAE = Set.of("못해", "못해요");

    /**
     * 만나 못해 → 못 만나, 가 못해요 → 못 가요 ({@code word_order/negation}): 못 of the short negation stands
     * before the verb (못 가요), and the long negation is -지 못하다 (가지 못해요); the verb's -아/어 form
     * before 못하다 is neither (Yeon &amp; Brown 2019, on short and long negation; 국립국어원 『외국인을 위한
     * 한국어 문법 1』, '못' and '-지 못하다'). The verb must be a word Nori reads as a verb or adjective stem
     * with the connective -아/어 and nothing else (만나, 먹어), right before 못해/못해요; a noun before 못해
     * (공부 못해, 말을 못해: 못하다 of the noun, right), an adverb (잘 못해) and -다 못해 (참다 못해) are not
     * read so. The repair is the short negation of the same level: 못 + the -아/어 form + 요.
     */
    private static java.util.Optional<Finding> infinitiveBeforeMotHae(List<String> words) {
        List<Morphology.Word> analysed = SpeechLevels.analysed(String.join(" ", words));
        if (analysed.size() != words.size()) {
            return java.util.Optional.empty();
        }
        for (int i = 0; i + 1 < words.size(); i++) {
            String verb = words.get(i);
            if (!MOT_HAE.contains(words.get(i + 1)) || i > 0 && words.get(i - 1).equals("못")) {
                continue;
            }
            List<Morphology.Morpheme> ms = analysed.get(i).morphemes();
            if (ms.size() != 2 || !ms.get(0).is("VV") || !ms.get(1).is("EC")
                    || !Set.of("아", "어", "여").contains(ms.get(1).form())
                    || !verb.equals(SpeechLevels.infinitive(ms.get(0).form()))) {
                continue;
            }
            String polite = words.get(i + 1).endsWith("요") ? "요" : "";
            return java.util.Optional.of(new Finding(ErrorCategory.WORD_ORDER, verb + " " + words.get(i + 1),
                    "못 " + verb + polite, "word_order/negation"));
        }
        return java.util.Optional.empty();
    }

    /** 못 땅콩을 먹어요 → 땅콩을 못 먹어요: 안/못 before a noun phrase, moved before the final predicate. */
    private static java.util.Optional<Finding> negatorBeforeNounPhrase(List<String> words) {
        List<Morphology.Word> analysed = SpeechLevels.analysed(String.join(" ", words));
        if (analysed.size() != words.size()) {
            return java.util.Optional.empty();
        }
        int last = words.size() - 1;
        for (int i = 0; i + 1 < last; i++) {
            String negator = words.get(i);
            if (!negator.equals("안") && !negator.equals("못") || !analysed.get(i).startsWith("MAG")) {
                continue;
            }
            if (i > 0 && !analysed.get(i - 1).verbal() && analysed.get(i - 1).endsWith("NNG", "NNP", "NNB", "NP")) {
                return java.util.Optional.empty(); // 가방 안 지갑이 있어요: 안 'inside' after a bare noun
            }
            Morphology.Word next = analysed.get(i + 1);
            // 못 한라산에 올라갔어: a dictionary noun with its case particle that Nori misreads as a verb form
            boolean misread = next.verbal() && NegationNouns.argument(words.get(i + 1)) && i + 2 <= last
                    && analysed.get(i + 2).startsWith("VV");
            if (!misread && (next.verbal() || !next.startsWith("NNG", "NNP", "NP", "MM"))) {
                return java.util.Optional.empty();
            }
            int p = misread ? i + 2 : i + 1;
            while (p < words.size() && !analysed.get(p).verbal()) {
                p++;
            }
            // the predicate the negator stands before: the sentence's final one, or the verb of a clause joined to the
            // next by a connective (안 고기를 먹어서 고기는 빼 주세요 → 고기를 안 먹어서; session 26, s26c)
            if (p > last || !analysed.get(p).endsWith("EF") && !analysed.get(p).endsWith("EC")
                    || p < last && !connective(analysed.get(p))) {
                return java.util.Optional.empty();
            }
            String phrase = String.join(" ", words.subList(i + 1, p));
            return java.util.Optional.of(new Finding(ErrorCategory.WORD_ORDER, negator + " " + phrase + " " + words.get(p),
                    phrase + " " + negator + " " + words.get(p), "word_order/negation"));
        }
        return java.util.Optional.empty();
    }

    /**
     * Whether the word ends a clause joined to the next by a connective ending of {@link #CLAUSE_CONNECTIVES} (먹어서,
     * 먹고, 먹는데, 먹으면): the clause's own 안/못 stands right before it (Sohn 1999, on short negation). The -아/어 form
     * before an auxiliary is not read (안 맵계 해 주세요: a misspelt 맵게 read as a noun before 해).
     */
    private static boolean connective(Morphology.Word w) {
        return w.verbal() && w.endsWith("EC") && !w.has("ETM") && CLAUSE_CONNECTIVES.contains(w.morphemes().getLast().form());
    }

    /** Connective endings that close a clause (-아/어서, -고, -는데, -(으)면, -(으)니까, -지만), as Nori gives them. */
    private static final Set<String> CLAUSE_CONNECTIVES = Set.of("아서", "어서", "여서", "서", "고", "는데", "은데", "ㄴ데",
            "ᆫ데", "면", "으면", "니까", "으니까", "지만");

    /**
     * 박물관에 가 못 → 못 가, 먹어요 안 → 안 먹어요 ({@code word_order/negation}): the short negators 안 and 못
     * are adverbs that stand right before the predicate they negate (표준국어대사전 '안' 「부사」, '못'
     * 「부사」; Yeon &amp; Brown 2011, on short negation); as the sentence's last word, after the predicate,
     * they negate nothing. Only where the word before is a predicate Nori reads with a final or
     * connective ending (가, 먹어요); a bare noun before 안 is the noun 안 'inside' (가방 안), left alone.
     */
    private static java.util.Optional<Finding> negatorAfterVerb(List<String> words) {
        int last = words.size() - 1;
        if (last < 1 || !words.get(last).equals("안") && !words.get(last).equals("못")) {
            return java.util.Optional.empty();
        }
        List<Morphology.Word> analysed = SpeechLevels.analysed(String.join(" ", words));
        if (analysed.size() != words.size()) {
            return java.util.Optional.empty();
        }
        Morphology.Word verb = analysed.get(last - 1);
        if (!verb.verbal() || !verb.endsWith("EF", "EC") || verb.endsWith("ETM")) {
            return java.util.Optional.empty();
        }
        String v = words.get(last - 1);
        return java.util.Optional.of(new Finding(ErrorCategory.WORD_ORDER, v + " " + words.get(last),
                words.get(last) + " " + v, "word_order/negation"));
    }

    /**
     * 은행이 어디 있어요 제일 가까운 → 제일 가까운 은행이 어디 있어요 ({@code word_order/phrase}): an adnominal
     * form (관형사형 -(으)ㄴ/-는/-(으)ㄹ) modifies the noun that follows it and cannot close a sentence
     * (국립국어원 『표준국어대사전』 '-은' 「어미」, "앞말이 관형어 구실을 하게 하는 어미"; Sohn 1999, on the
     * modifier before its head). When the words after the sentence's final predicate are adverbs and an
     * adnominal form, they go before the noun they describe: the last noun before the predicate that is
     * not a pronoun, a question word or a word of time (은행이 in 은행이 어디 있어요). The span runs from that
     * noun to the end, as a teacher would mark the whole misplaced phrase.
     */
    private static java.util.Optional<Finding> modifierAfterPredicate(List<String> words) {
        List<Morphology.Word> analysed = SpeechLevels.analysed(String.join(" ", words));
        int last = words.size() - 1;
        if (analysed.size() != words.size() || last < 2 || !analysed.get(last).verbal()
                || !analysed.get(last).endsWith("ETM")) {
            return java.util.Optional.empty();
        }
        int m = last;
        while (m - 1 >= 0 && analysed.get(m - 1).startsWith("MAG") && analysed.get(m - 1).morphemes().size() == 1) {
            m--;
        }
        int p = m - 1;
        if (p < 1 || !analysed.get(p).verbal() || !analysed.get(p).endsWith("EF")) {
            return java.util.Optional.empty();
        }
        int head = -1;
        for (int i = p - 1; i >= 0; i--) {
            Morphology.Word w = analysed.get(i);
            String bare = w.morphemes().getFirst().form();
            if (!w.verbal() && w.startsWith("NNG", "NNP") && !DAYS.contains(bare) && !TIME_ADVERBS.contains(bare)
                    && !PARTS_OF_DAY.contains(bare)) {
                head = i;
                break;
            }
        }
        if (head < 0) {
            return java.util.Optional.empty();
        }
        String modifier = String.join(" ", words.subList(m, last + 1));
        String clause = String.join(" ", words.subList(head, p + 1));
        return java.util.Optional.of(new Finding(ErrorCategory.WORD_ORDER, clause + " " + modifier,
                modifier + " " + clause, "word_order/phrase"));
    }

    /**
     * Question words of manner, place, time, amount and person that a question puts before its predicate
     * (어떻게 가요?, 어디에 있어요?, 언제 시작해요?): in a polite or formal question one of them after the
     * predicate (가요 어떻게?) is the learner's order, not Korean's (Sohn 1999, on question words in situ and
     * verb-final order; Yeon &amp; Brown 2019, question words; session 18, s18c). 뭐 and 왜 are left out: after
     * a casual predicate they are also afterthoughts or discourse words (그냥 가지 뭐, 안 와 왜?).
     */
    private static final Set<String> QUESTION_WORDS = Set.of("어떻게", "어디", "어디에", "어디서", "어디에서", "어디로",
            "언제", "얼마", "얼마나", "누구", "누가", "누구한테", "누구하고", "몇");

    /**
     * Whether the word is the polite -아/어요 of a one-syllable stem whose vowel absorbed -아/어 (가요, 와요, 타요,
     * 서요, 봐요, 줘요; Yeon &amp; Brown 2019, on -아/어요 contraction), which Nori may read as a noun (가요 'song').
     */
    private static boolean contractedPolite(String word) {
        if (word.length() != 2 || word.charAt(1) != '요' || !com.koto.evaluation.text.Hangul.isSyllable(word.charAt(0))) {
            return false;
        }
        char s = word.charAt(0);
        int vowel = com.koto.evaluation.text.Hangul.medialIndex(s);
        // ㅏ 0, ㅐ 1, ㅓ 4, ㅕ 6, ㅘ 9, ㅝ 14; no final consonant
        return !com.koto.evaluation.text.Hangul.hasFinal(s) && Set.of(0, 1, 4, 6, 9, 14).contains(vowel);
    }

    /** The 되다 of the permission -아/어도 되다 (돼요, 될까요, 되나요, 됩니까, 돼). */
    private static final Pattern PERMISSION = Pattern.compile("(돼|되|될|됩|됐).*");

    /**
     * 어제 아파요 머리가, 어디에 있어요 지하철역이? ({@code word_order/verb_final}; session 25): the subject with 이/가 or
     * 께서 after the final predicate of a polite or formal statement or question. Korean puts every argument before the
     * predicate in the written norm (Sohn 1999, on verb-final order: scrambling is before the predicate; a phrase
     * after it is an afterthought of speech, set off by a pause, which {@link Afterthoughts#participantAfterComma}
     * excuses when the learner typed the comma). Only for a polite or formal predicate (the learner's written
     * sentence, not a casual afterthought) and a trailing phrase of at most four words ending in the subject particle.
     */
    private static boolean subjectAfterPolitePredicate(List<String> trailing, Morphology.Word last, String predicate) {
        return trailing.size() <= 4 && last.caseMarked() && last.morphemes().getLast().is("JKS")
                && (politeEnd(predicate) || predicate.endsWith("니다"));
    }

    /** Whether the predicate ends in the polite 요 or the formal question -ㅂ/습니까. */
    private static boolean politeEnd(String predicate) {
        return predicate.endsWith("요") || predicate.endsWith("니까");
    }

    private static java.util.Optional<Finding> afterPredicate(List<String> words) {
        return afterPredicate(words, false);
    }

    /** As above; {@code comma}: the clause ends at a comma inside the sentence, so -어요 read as a connective ends it too. */
    private static java.util.Optional<Finding> afterPredicate(List<String> words, boolean comma) {
        List<Morphology.Word> analysed = SpeechLevels.analysed(String.join(" ", words));
        if (analysed.size() != words.size() || words.size() < 2) {
            return java.util.Optional.empty();
        }
        int p = -1;
        for (int i = words.size() - 1; i >= 0; i--) {
            Morphology.Word w = analysed.get(i);
            if (w.verbal() && w.endsWith("ETM") && i + 1 < words.size() && !analysed.get(i + 1).verbal()
                    && analysed.get(i + 1).startsWith("NNG", "NNP", "NNB")) {
                continue; // 왔어요 잘못된 사이즈로: a modifier inside the trailing noun phrase
            }
            if (!w.verbal() && i == words.size() - 2 && QUESTION_WORDS.contains(words.get(i + 1))
                    && contractedPolite(words.get(i))) {
                p = i; // 가요 어떻게: Nori reads 가요 as the noun 'song' (session 18, s18c)
                break;
            }
            if (!w.verbal() && i > 0 && i < words.size() - 1 && QUESTION_WORDS.contains(words.get(i - 1))
                    && contractedPolite(words.get(i))) {
                p = i; // 어떻게 가요 제일 가까운 지하철역에: 가요 after a question word is the verb (session 26, s26c)
                break;
            }
            if (!w.verbal() && i > 0 && i == words.size() - 2 && Set.of("가요", "와요").contains(words.get(i))
                    && analysed.get(i + 1).caseMarked() && analysed.get(i + 1).endsWith("JKB")
                    && !analysed.get(i - 1).verbal()) {
                p = i; // 이 버스 가요 명동에?: Nori reads 가요 as the noun 'song' before a goal too (session 26, s26h)
                break;
            }
            if (w.verbal()) {
                // 갔어 may be read with the connective -어; as the last predicate it ends the sentence
                // (샀어요 before a trailing phrase may be read with the connective -어요 too)
                String e = w.morphemes().getLast().form();
                p = w.endsWith("EF") || w.endsWith("EC") && (Set.of("어", "아").contains(e) || comma && e.endsWith("요"))
                        ? i : -1;
                break;
            }
        }
        if (!comma) {
            java.util.Optional<Finding> adverbs = adverbsAfterPolitePredicate(words, analysed);
            if (adverbs.isPresent()) {
                return adverbs;
            }
        }
        if (p < 0 || p == words.size() - 1) {
            return java.util.Optional.empty();
        }
        List<String> trailing = words.subList(p + 1, words.size());
        if (trailing.stream().anyMatch(t -> !NUMBERED_HANGUL.matcher(t).matches())) {
            return java.util.Optional.empty(); // Latin letters or slashes (이/가 dan 을/를): no Korean clause
            // (digits before Hangul are an amount, 100달러를: session 12)
        }
        Morphology.Word last = analysed.getLast();
        boolean phrase = trailing.size() == 1 && TIME_ADVERBS.contains(trailing.getFirst())
                || last.caseMarked() && PLACE_OR_OBJECT.contains(last.morphemes().getLast().tag())
                || trailing.size() == 1 && QUESTION_WORDS.contains(trailing.getFirst()) && politeEnd(words.get(p))
                || !comma && subjectAfterPolitePredicate(trailing, last, words.get(p))
                || !comma && boundaryAfterPolitePredicate(trailing, last, words.get(p))
                || !comma && nounPhraseAfterPoliteVerb(trailing, analysed.subList(p + 1, words.size()), analysed.get(p),
                        words.get(p))
                || !comma && modifiedNounAfterPoliteVerb(trailing, analysed.subList(p + 1, words.size()), analysed.get(p),
                        words.get(p));
        for (int i = p + 1; i < words.size(); i++) {
            String w = words.get(i);
            if (w.endsWith("님") || w.endsWith("씨") || analysed.get(i).has("JKV")
                    || analysed.get(i).has("NNP") && !analysed.get(i).endsWith("JKO", "JKB")
                            && !BOUNDARY_PARTICLES.contains(analysed.get(i).morphemes().getLast().form())) {
                // (a name with 을/를 is an object, 핫초코를: Nori tags some drinks NNP; with (으)로/에/까지 a place,
                // 부산으로: session 26, s26c)
                return java.util.Optional.empty(); // a vocative or a name after the predicate
            }
        }
        if (!phrase) {
            return java.util.Optional.empty();
        }
        int s = predicateStart(words, analysed, p, true);
        String predicate = String.join(" ", words.subList(s, p + 1));
        String moved = String.join(" ", trailing);
        return java.util.Optional.of(new Finding(ErrorCategory.WORD_ORDER, predicate + " " + moved,
                moved + " " + predicate, "word_order/verb_final"));
    }

    /** The connective endings of a cause or reason (-아/어서, -(으)니까), which close a clause before its main predicate. */
    private static final Set<String> REASON_ENDINGS = Set.of("아서", "어서", "여서", "서", "니까", "으니까");

    /**
     * 감사합니다 들어 주셔서 → 들어 주셔서 감사합니다 ({@code word_order/verb_final}; session 36, s36c): a clause of cause
     * in -아/어서 or -(으)니까 after the sentence's final predicate, ending the sentence. The clause of cause precedes the
     * clause it explains (Yeon &amp; Brown 2019, on -아/어서 of cause: "the first clause gives the reason for the second";
     * Sohn 1999, on verb-final order: a clause connective ends a subordinate clause, never a sentence), as Indonesian
     * 'terima kasih sudah mendengarkan' puts it after. The final predicate is a word Nori reads with a final ending, or
     * one spelt as a formal statement in -니다 that Nori misreads (감사함니다). Only where no comma stands between (고마워,
     * 도와줘서: the spoken afterthought, left to {@link Afterthoughts}), the trailing clause has at most three words and
     * holds no final predicate of its own.
     */
    private static java.util.Optional<Finding> reasonAfterPredicate(List<String> words, String raw) {
        List<Morphology.Word> analysed = SpeechLevels.analysed(String.join(" ", words));
        int last = words.size() - 1;
        if (analysed.size() != words.size() || last < 1) {
            return java.util.Optional.empty();
        }
        Morphology.Word end = analysed.get(last);
        if (!end.verbal() || !end.endsWith("EC") && !end.endsWith("EF") || end.has("ETM") // 주셔서: Nori may tag 어서 EF
                || !REASON_ENDINGS.contains(end.morphemes().getLast().form())) {
            return java.util.Optional.empty();
        }
        for (int p = last - 1; p >= 0 && p >= last - 3; p--) {
            Morphology.Word w = analysed.get(p);
            boolean finalPredicate = w.verbal() && w.endsWith("EF") || words.get(p).endsWith("니다");
            if (!finalPredicate) {
                if (w.verbal() && !w.endsWith("EC")) {
                    return java.util.Optional.empty();
                }
                continue;
            }
            if (!raw.contains(words.get(p) + " " + words.get(p + 1))) {
                return java.util.Optional.empty(); // 고마워, 도와줘서: a comma between
            }
            int s = predicateStart(words, analysed, p, false);
            String predicate = String.join(" ", words.subList(s, p + 1));
            String moved = String.join(" ", words.subList(p + 1, words.size()));
            return java.util.Optional.of(new Finding(ErrorCategory.WORD_ORDER, predicate + " " + moved,
                    moved + " " + predicate, "word_order/verb_final"));
        }
        return java.util.Optional.empty();
    }

    /**
     * Whether the word ends in a connective that joins two clauses (외국인인데, 가니까, 오면, 비싸지만, 아파서): the clause
     * before it is no part of the next predicate, unlike the -고 of -고 싶다 or the -아/어 of -아/어 주다 (Yeon &amp; Brown
     * 2019, on clause connectives and auxiliary verbs; session 27, s27b). -아/어서 of cause or sequence is such a
     * connective too (표준국어대사전 '-어서' 「어미」 ① 앞말이 뒷말의 원인이나 근거, ② 순서; session 36, s36a): 몸이 아파서
     * 가 주세요 천천히 moves 천천히 before 가 주세요, not before 아파서, which is its own clause.
     */
    private static boolean linksClauses(Morphology.Word w) {
        String e = w.morphemes().getLast().form();
        return e.endsWith("데") || e.endsWith("니까") || e.endsWith("지만") || e.endsWith("면") || w.has("VCP")
                || w.morphemes().getLast().is("EC") && e.endsWith("서") && !w.surface().endsWith("에서");
    }

    /** Verbs that follow the -아/어 form of another as its auxiliary (-아/어 보다, 주다, 드리다, 놓다, 두다, 버리다). */
    private static final Set<String> AUXILIARIES = Set.of("보", "주", "드리", "놓", "두", "버리");

    /**
     * Whether {@code before} is the -아/어 form of a verb (a verb stem and 아/어/여 as written) and {@code w} a verb of
     * {@link #AUXILIARIES}: 신어 보고 싶어요 is one predicate, 신다 'put on (shoes)' with -아/어 보다 'try' (표준국어대사전
     * '보다' 「보조동사」 "동사 뒤에서 '-어 보다' 구성으로 쓰여 어떤 행동을 시험 삼아 함"), though Nori reads 신어 as the noun
     * 'new word' and 보고 as the main verb (session 36, s36a).
     */
    private static boolean infinitiveBeforeAuxiliary(String before, Morphology.Word w) {
        if (before.length() < 2 || "아어여".indexOf(before.charAt(before.length() - 1)) < 0 || w.morphemes().isEmpty()
                || !w.morphemes().getFirst().is("VV", "VX") || !AUXILIARIES.contains(w.morphemes().getFirst().form())) {
            return false;
        }
        return KnownWords.tags(before.substring(0, before.length() - 1))
                .contains(org.apache.lucene.analysis.ko.POS.Tag.VV);
    }

    /** Bound nouns after an adnominal form that make one predicate with the verb after them (보낼 수 있어요, 갈 거예요). */
    private static final Set<String> PREDICATE_BOUND_NOUNS = Set.of("수", "줄", "적");

    /**
     * The first word of the predicate that ends at {@code p}: its 안/못, the verbs it ends (-고 싶다, -아/어 주다, -지
     * 마세요), the verb of -아/어도 되다, the adnominal form and bound noun of -(으)ㄹ 수 있다 (보낼 수 있어요; session 26,
     * s26c) and, when {@code questionWord}, the question word before it.
     */
    private static int predicateStart(List<String> words, List<Morphology.Word> analysed, int p, boolean questionWord) {
        int s = p;
        while (s > 0) {
            String before = words.get(s - 1);
            Morphology.Word b = analysed.get(s - 1);
            if (before.equals("안") || before.equals("못") || b.verbal() && b.endsWith("EC") && !linksClauses(b)
                    || before.endsWith("도") && PERMISSION.matcher(words.get(s)).matches()
                    || infinitiveBeforeAuxiliary(before, analysed.get(s))) {
                s--; // (내도 돼요: the verb of the permission -아/어도 되다 with its 되다; session 25)
            } else if (s >= 2 && PREDICATE_BOUND_NOUNS.contains(before) && analysed.get(s - 2).verbal()
                    && analysed.get(s - 2).endsWith("ETM")) {
                s -= 2; // 보낼 수 있어요 부산으로 → 부산으로 보낼 수 있어요 (session 26, s26c)
            } else if (b.verbal() && b.endsWith("ETM") && analysed.get(s).startsWith("NNB")) {
                s--; // 갈 거예요 부산에 → 부산에 갈 거예요: the bound noun 거 with its copula is the predicate (session 26, s26c)
            } else if (questionWord && s == p && QUESTION_WORDS.contains(before)) {
                s--; // 어디에 있어요 지하철역이 → 지하철역이 어디에 있어요: the question word stays with its predicate (session 25)
                break;
            } else {
                break;
            }
        }
        return s;
    }

    /**
     * Particles of a boundary of a span, 까지 and 부터 (서울까지, 아홉 시부터), tagged JX by Nori: such a phrase after a
     * polite or formal predicate (갈 거예요 서울까지) is a phrase moved after it, as one with (으)로 or 에 is.
     */
    private static final Set<String> BOUNDARY_PARTICLES = Set.of("까지", "부터");

    /** 가요 서울까지 ({@code word_order/verb_final}; session 26, s26c): a noun with 까지/부터 after a polite predicate. */
    private static boolean boundaryAfterPolitePredicate(List<String> trailing, Morphology.Word last, String predicate) {
        return trailing.size() <= 3 && last.caseMarked() && last.morphemes().size() >= 2
                && last.morphemes().get(last.morphemes().size() - 2).is("NNG", "NNP", "NNB", "NR", "SN")
                && BOUNDARY_PARTICLES.contains(last.morphemes().getLast().form()) && politeOrFormal(predicate);
    }

    /**
     * 살 수 있어요 선불 유심 카드? → 선불 유심 카드 살 수 있어요? ({@code word_order/verb_final}; session 27, s27b): a noun
     * phrase of two to four bare nouns after the final verb of a polite or formal sentence, typed without a comma: the
     * verb's object left where Indonesian and English put it (bisa beli kartu SIM prabayar?). Korean puts the object
     * before the predicate (Sohn 1999, on verb-final order; 국립국어원 한국어 표준 문법, 어순: 서술어는 문장 끝), and
     * speech drops its 을/를, so the bare nouns are still the object. Only a verb (Nori VV, VX or XSV, not an adjective
     * nor the copula) and trailing words that are each nouns only (NNG, no particle), none a time noun; a name or a title
     * after the predicate is a vocative and is left alone before this is asked, and a comma before the phrase makes it an
     * afterthought ({@link Afterthoughts#nounsAfterComma}).
     */
    private static boolean nounPhraseAfterPoliteVerb(List<String> trailing, List<Morphology.Word> analysed,
            Morphology.Word predicate, String predicateWord) {
        if (trailing.size() < 2 || trailing.size() > 4 || !politeOrFormal(predicateWord)
                || !predicate.has("VV", "VX", "XSV") || predicate.has("VCP", "VA", "XSA")) {
            return false;
        }
        for (int i = 0; i < trailing.size(); i++) {
            Morphology.Word w = analysed.get(i);
            if (w.morphemes().isEmpty() || !w.morphemes().stream().allMatch(m -> m.is("NNG"))
                    || ArgumentCheck.isTimeNoun(trailing.get(i)) || TIME_ADVERBS.contains(trailing.get(i))
                    || QUESTION_WORDS.contains(trailing.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Degree adverbs that grade the adnominal after them inside a noun phrase (더 큰 사이즈, 제일 싼 거). */
    private static final Set<String> PHRASE_DEGREE = Set.of("더", "좀", "제일", "가장", "조금", "아주", "덜");

    /**
     * 이 바지 있어요 더 큰 사이즈? → 더 큰 사이즈 있어요?, 찾고 있어요 검은색 운동화 → 검은색 운동화 찾고 있어요
     * ({@code word_order/verb_final}; session 33, s33b): a noun phrase with a modifier (an adnominal -(으)ㄴ/-는 form, a
     * determiner, a degree adverb before the adnominal) ending in a bare noun after the final verb of a polite or formal
     * sentence: the subject of 있다/없다 or the verb's object left where Indonesian and English put it (ada ukuran
     * yang lebih besar?). Korean puts the arguments before the predicate (Sohn 1999, on verb-final order; 국립국어원
     * 한국어 표준 문법, 어순: 서술어는 문장 끝) and an adnominal form stands before its noun (표준국어대사전 '-은'
     * 「어미」). The nouns-only phrase is {@link #nounPhraseAfterPoliteVerb}'s; this one needs a modifier, two to four
     * trailing words and a verb (VV, VX, XSV, or the 있다/없다 of being), not a time noun nor a question word.
     */
    private static boolean modifiedNounAfterPoliteVerb(List<String> trailing, List<Morphology.Word> analysed,
            Morphology.Word predicate, String predicateWord) {
        boolean being = predicateWord.startsWith("있") || predicateWord.startsWith("없");
        if (trailing.size() < 2 || trailing.size() > 4 || !politeOrFormal(predicateWord)
                || !being && (!predicate.has("VV", "VX", "XSV") || predicate.has("VCP", "VA", "XSA"))) {
            return false;
        }
        Morphology.Word head = analysed.getLast();
        if (head.morphemes().isEmpty() || !head.morphemes().stream().allMatch(m -> m.is("NNG"))
                || ArgumentCheck.isTimeNoun(trailing.getLast()) || TIME_ADVERBS.contains(trailing.getLast())) {
            return false;
        }
        boolean modifier = false;
        for (int i = 0; i + 1 < trailing.size(); i++) {
            Morphology.Word w = analysed.get(i);
            String word = trailing.get(i);
            boolean adnominal = w.verbal() && w.endsWith("ETM") && !w.has("VCP");
            boolean determiner = w.morphemes().size() == 1 && w.startsWith("MM");
            boolean degree = PHRASE_DEGREE.contains(word)
                    && analysed.get(i + 1).verbal() && analysed.get(i + 1).endsWith("ETM");
            boolean noun = !w.morphemes().isEmpty() && w.morphemes().stream().allMatch(m -> m.is("NNG"))
                    && !ArgumentCheck.isTimeNoun(word);
            if (!adnominal && !determiner && !degree && !noun || QUESTION_WORDS.contains(word)) {
                return false;
            }
            modifier |= adnominal || determiner;
        }
        return modifier;
    }

    /** Whether the predicate ends in the polite 요 or a formal -ㅂ/습니다, -ㅂ/습니까. */
    private static boolean politeOrFormal(String predicate) {
        return politeEnd(predicate) || predicate.endsWith("니다");
    }

    /**
     * Adverbs that follow a finished predicate as a spoken afterthought even in polite speech, to insist or to soften
     * (맛있어요 정말, 감사합니다 진짜, 와 주세요 꼭; Sohn 1999, §8.3 on afterthought), or that may be the noun or
     * particle of the next clause (다, 또, 그냥, 좀): not read after the predicate.
     */
    private static final Set<String> AFTERTHOUGHT_ADVERBS = Set.of("정말", "진짜", "너무", "참", "꼭", "제발", "혹시",
            "아마", "좀", "또", "그냥", "다", "벌써", "아직", "이미", "완전", "되게", "엄청", "정말로", "진짜로", "그럼",
            "그래서", "그런데", "근데", "그리고", "하지만", "그러면", "아무튼", "어쨌든", "일단", "먼저", "같이", "함께");

    /** An adverb alone (빨리, 천천히) or the -게 adverbial of an adjective (짧게, 싸게), as Nori reads them. */
    private static boolean adverbial(String word, Morphology.Word w) {
        List<Morphology.Morpheme> m = w.morphemes();
        return m.size() == 1 && m.getFirst().is("MAG") && !TIME_ADVERBS.contains(word) && !QUESTION_WORDS.contains(word)
                || m.size() == 2 && m.getFirst().is("VA") && m.getLast().is("EC") && m.getLast().form().equals("게");
    }

    /**
     * 너무 하지 마세요 짧게 → 짧게 하지 마세요, 와 주세요 빨리 → 빨리 와 주세요 ({@code word_order/verb_final}; session 26,
     * s26c): an adverb, or the -게 adverbial of an adjective, after the final predicate of a polite or formal sentence.
     * An adverb modifies the predicate after it (Sohn 1999, on verb-final order and adverbs before the predicate;
     * 표준국어대사전 '-게' 「어미」 "부사어 구실을 하게 하는 연결 어미"); written after it, it is the learner's order
     * (Indonesian 'jangan dipotong terlalu pendek'). Only one to three adverbials ending the sentence after a predicate
     * with a final ending in 요, -니다 or -니까 (a casual predicate may take a spoken afterthought: 먹었어 벌써?), none of
     * them an adverb of {@link #AFTERTHOUGHT_ADVERBS}; a comma before them (와 주세요, 빨리.) is excused by
     * {@link Afterthoughts#adverbAfterComma}.
     */
    private static java.util.Optional<Finding> adverbsAfterPolitePredicate(List<String> words, List<Morphology.Word> analysed) {
        int t = words.size();
        while (t > 0 && words.size() - t < 3 && adverbial(words.get(t - 1), analysed.get(t - 1))
                && !AFTERTHOUGHT_ADVERBS.contains(words.get(t - 1))) {
            t--;
        }
        int p = t - 1;
        if (t == words.size() || p < 0) {
            return java.util.Optional.empty();
        }
        Morphology.Word w = analysed.get(p);
        String e = w.morphemes().isEmpty() ? "" : w.morphemes().getLast().form();
        // (드세요 before a trailing word may be read with the connective -어요)
        if (!w.verbal() || w.endsWith("ETM") || !(w.endsWith("EF") || w.endsWith("EC") && e.endsWith("요"))
                || !politeOrFormal(words.get(p))) {
            return java.util.Optional.empty();
        }
        int s = predicateStart(words, analysed, p, false);
        String predicate = String.join(" ", words.subList(s, p + 1));
        String moved = String.join(" ", words.subList(t, words.size()));
        return java.util.Optional.of(new Finding(ErrorCategory.WORD_ORDER, predicate + " " + moved,
                moved + " " + predicate, "word_order/verb_final"));
    }
}
