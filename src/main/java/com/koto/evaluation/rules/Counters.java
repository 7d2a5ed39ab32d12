package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.text.Hangul;
import com.koto.langpack.ErrorPattern;
import com.koto.langpack.LangPack;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers and counters checked on the learner's own words, whatever the accepted answer (issue 11,
 * session 6, helper eval7a). The comparison's counter checks ({@link PreChecks}) run against one
 * accepted answer, and when the answer differs from it in another word too, the precision gate
 * ({@link Certainty#decisive}) reads the two differences as a possible paraphrase and drops both;
 * these findings are reported from the {@code levels} path of {@link RuleEvaluator} instead, as
 * {@link ClauseOrder} and {@link PlaceParticles} are. Each finding is a {@link ErrorCategory#VOCABULARY}
 * error whose span is the numeral and the counter as written without its particle (삼 달, 열다섯 일).
 * <ul>
 * <li>{@code counter/sino_for_native}: a Sino-Korean number before a counter that takes native
 *     numbers: 삼 달 → 세 달, 이 시에 → 두 시에, 십이 시 → 열두 시. Counters: hours of the clock 시 (1–12),
 *     age 살 (1–99), months counted 달, hours counted 시간, and the counters of things and people
 *     (개, 명, 잔, 마리, 병, 그릇 …) up to ten (beyond it Sino-Korean numbers are common in speech:
 *     삼십 명). 일 and 이 are also 'work' and 'this' (이 시간 'this time', 이 달 'this month'), so they
 *     are read as numbers only where an accepted answer counts the same number with that counter
 *     (2시, 두 시);</li>
 * <li>{@code counter/native_for_sino}: a native number before a counter that takes Sino-Korean
 *     numbers: 열다섯 일 → 십오 일, 둘 인분 → 이 인분, 두 년 → 이 년. Counters: 일 (days and dates),
 *     인분, 호, 호선, 번지, 원, 년, 월, 초, and 개월 from three up (세 개월 → 삼 개월; session 12: 한 개월 and
 *     두 개월 are heard in speech and left alone, months counted natively take 달: 세 달, 석 달). 한 is left alone
 *     (한 일 is also 'the work done'), so are 네 일 ('your work') and 열 일;</li>
 * <li>{@code counter/mixed_number}: one number in two systems: 삼백두 호 → 삼백이 호, 스물삼 살 → 스물세
 *     살. A Sino-Korean number never ends in a native unit, nor a native one in a Sino-Korean unit;</li>
 * <li>{@code counter/native_short_form}: 하나, 둘, 셋, 넷, 스물 (also in 열하나, 스물둘) before a counter
 *     become 한, 두, 세, 네, 스무 (하나 잔 → 한 잔); never when no counter follows (비빔밥 둘 주세요), nor
 *     when Nori reads the word after the numeral as a verb's modifier before a bound noun
 *     (하나 살 수 있어요: 사다, not the counter 살);</li>
 * <li>{@code counter/wrong_counter}: 개 or another thing's counter for people (사람 몇 개 → 몇 명,
 *     학생 세 개 → 세 명) and 개 or 명 for animals (고양이 두 개 → 두 마리), where the counted noun stands
 *     bare or with 을/를 right before the numeral (a subject with 이/가 may float the count of an
 *     object left out: 아이가 두 개 먹었어요 'the child ate two'), and 개 for tickets and stamps (표 두 개 →
 *     두 장; session 8). 개 for other things with a counter of their own (커피 두 개, 수건 두 개) is common in
 *     speech and stays an unsure difference ({@code counter/general}); 개 for leafy greens sold in bunches
 *     (시금치 세 개 → 세 단; session 37).</li>
 * </ul>
 * Digits are always fine (3시, 15일, 2인분). The counters a language pack's error patterns name for a
 * counter subtype are read as counters of that number system too: those of a
 * {@code counter/native_short_form} or {@code counter/sino_for_native} pattern (ko-id's
 * {@code native-sino-numbers}: 잔, 개, 명, 시, 살) take native numbers, those of a
 * {@code counter/native_for_sino} pattern (ko-id's {@code sino-numbers-counters}) Sino-Korean ones.
 *
 * <p>Sources: 국립국어원, 표준 국어문법론 (수사: 고유어 수사와 한자어 수사, 수 관형사 한·두·세·네·스무);
 * 표준국어대사전, the 의존 명사 senses of 명 「사람을 세는 단위」, 마리 「짐승이나 물고기, 벌레 따위를
 * 세는 단위」, 개 「낱으로 된 물건을 세는 단위」, 달 「한 달을 세는 단위」 with 고유어 수, 개월 with 한자어
 * 수; Yeon &amp; Brown, <i>Korean: A Comprehensive Grammar</i> (2011/2019), chapter on numerals and
 * counters (native numbers for hours, age, months counted with 달 and things; Sino-Korean for
 * minutes, seconds, dates, months counted with 개월, money, floors and numbered things).
 */
final class Counters {

    /** Digits at the start. */
    private static final Pattern LEADING_DIGITS = Pattern.compile("^[0-9]+");
    /** A sentence mark, a comma or ~. */
    private static final Pattern PUNCTUATION_TILDE = Pattern.compile("[.,?!~]");

    private Counters() {
    }

    /**
     * Counters that take native numbers → the highest value a Sino-Korean number before them is
     * flagged for (삼십 명 is common in speech); 0 where a Sino-Korean number has a meaning of its own
     * (삼 장 'chapter three', 삼 권 'volume three', 삼 대 일 'three to one', 이십 대 'one's twenties').
     */
    private static final Map<String, Integer> NATIVE = Map.ofEntries(Map.entry("시", 12), Map.entry("살", 99),
            Map.entry("달", 12), Map.entry("시간", 12), Map.entry("개", 10), Map.entry("명", 10), Map.entry("잔", 10),
            Map.entry("마리", 10), Map.entry("병", 10), Map.entry("권", 0), Map.entry("장", 0), Map.entry("그릇", 10),
            Map.entry("벌", 10), Map.entry("켤레", 10), Map.entry("송이", 10), Map.entry("접시", 10),
            Map.entry("대", 0), Map.entry("캔", 10), Map.entry("봉지", 10), Map.entry("상자", 10),
            // the ordinal 번째 counts with native numbers, the first with 첫 (첫 번째, 두 번째, 열한 번째; 표준국어대사전
            // '번째' 「의존 명사」: 차례나 횟수를 나타내는 말 뒤에 쓰여; Yeon & Brown 2019, ordinals; session 16)
            Map.entry("번째", 99));

    /**
     * Counters that take Sino-Korean numbers → the lowest value checked (한 원, 한 년 are left alone).
     * 개월 from 3 (세 개월 → 삼 개월; 한 개월 and 두 개월 are common in speech), not 층 (세 층 counts floors) or
     * 번 (세 번 'three times').
     */
    private static final Map<String, Integer> SINO = Map.ofEntries(Map.entry("일", 2), Map.entry("인분", 1),
            Map.entry("호", 1), Map.entry("호선", 1), Map.entry("번지", 1), Map.entry("원", 2), Map.entry("년", 2),
            Map.entry("월", 1), Map.entry("초", 2), Map.entry("개월", 3));

    /** Nouns of people, counted with 명 (or 분), never with 개 (표준국어대사전 '명'). */
    private static final Set<String> PEOPLE = Set.of("사람", "학생", "친구", "아이", "어른", "손님", "직원", "남자",
            "여자", "동생", "선생님", "가족", "어린이", "성인", "남자아이", "여자아이", "동료", "환자", "승객");

    /** Whether the noun is one of the people counted with 명 ({@link #PEOPLE}). */
    static boolean person(String noun) {
        return PEOPLE.contains(noun);
    }

    /**
     * Whether the counter fits the noun counted (its stem; 어른 두 명, 비빔밥 두 그릇, 콜라 한 병):
     * people with 명 or 분, animals with 마리, and the nouns {@link Numerals#counts} lists per counter
     * (표준국어대사전 '명', '마리'; 국립국어원 한국어기초사전, 단위 명사). A precision guard: the learner
     * counts the thing with a counter of its own, so a counter in the accepted answer that does not fit
     * the learner's noun (두 장 of tickets for 어른 두 명, the general 두 개) is another way of counting, not
     * a wrong counter; two counters that both fit (물 한 잔 / 한 병) leave the choice to the task.
     */
    static boolean fits(String counter, String noun) {
        String stem = ArgumentCheck.stemAndParticle(noun)[0];
        if (counter.equals("명") || counter.equals("분")) {
            return PEOPLE.contains(noun) || PEOPLE.contains(stem);
        }
        if (counter.equals("마리")) {
            return COUNTED_WITH_MARI.contains(noun) || COUNTED_WITH_MARI.contains(stem);
        }
        return Numerals.counts(counter, noun);
    }

    /**
     * Tickets and stamps, counted with 장 (표준국어대사전 '장' 「의존 명사」: 종이나 유리 따위의 얇고 넓적한 물건을
     * 세는 단위; 한국어기초사전 '표' 용례 '표 두 장'; session 8, helper eval12c): 표 두 개 → 표 두 장. Unlike a towel
     * or a cup (수건 두 개, 커피 두 개, which the accepted answers themselves write), a ticket is a sheet of paper
     * and 개 for it was wrong in all four answers of the gold sets that wrote it (G, H, K, M).
     */
    private static final Set<String> SHEETS = Set.of("표", "티켓", "입장권", "승차권", "관람권", "우표", "기차표",
            "버스표", "비행기표", "영화표", "항공권", "승선권",
            // sheets of paper and paper money (표준국어대사전 '장' 용례 '종이 한 장'; session 22, s22c)
            "종이", "색종이", "편지지", "복사지", "이면지", "엽서", "지폐", "수표");

    /**
     * The kinds of ticket a compound in 표 or 티켓 names (왕복표, 배표, 어른표, 콘서트 티켓 written as one word): a
     * ticket whatever its trip, vehicle, event or fare, counted with 장 like {@link #SHEETS} (표준국어대사전 '표'⁴: 차표나
     * 입장권 따위; '왕복표', '편도표', '배표' are headwords; session 22, s22c). Only these first parts: 목표, 대표, 발표,
     * 투표, 도표 are no tickets.
     */
    private static final Set<String> TICKET_KINDS = Set.of("왕복", "편도", "배", "열차", "전철", "지하철", "고속버스",
            "시외버스", "KTX", "ktx", "SRT", "공연", "콘서트", "뮤지컬", "연극", "경기", "야구", "축구", "입장", "승차",
            "어른", "성인", "학생", "청소년", "어린이", "경로", "할인", "좌석", "입석", "당일", "특실", "일반실");

    /** Whether the noun is a ticket or a stamp, counted with 장: one of {@link #SHEETS} or a ticket compound. */
    private static boolean sheet(String noun) {
        if (SHEETS.contains(noun)) {
            return true;
        }
        for (String head : List.of("표", "티켓")) {
            if (noun.length() > head.length() && noun.endsWith(head)
                    && TICKET_KINDS.contains(noun.substring(0, noun.length() - head.length()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Books and bound volumes, counted with 권 (표준국어대사전 '권' 「의존 명사」: 책이나 공책을 세는 단위;
     * 한국어기초사전 '책' 용례 '책 두 권'; session 9, helper eval14c): 책 세 개 → 책 세 권. Like a ticket, a book has
     * a counter of its own that every accepted answer of the gold sets writes, and 개 for it was wrong in both
     * answers of the gold sets that wrote it (Q, and a library answer of the earlier sets).
     */
    private static final Set<String> VOLUMES = Set.of("책", "소설", "소설책", "잡지", "공책", "만화책", "교과서", "사전",
            "동화책", "그림책", "수첩", "노트");

    /**
     * Footwear and other things worn in pairs, counted with 켤레 (표준국어대사전 '켤레' 「의존 명사」: 신, 양말, 버선,
     * 방망이 따위의 짝이 되는 두 개를 한 벌로 세는 단위; session 14): 운동화 한 개 → 한 켤레. 개 counts one shoe of
     * the pair, so unlike a towel or a cup it says another amount, not a plainer counter.
     */
    private static final Set<String> PAIRS = Set.of("운동화", "신발", "구두", "양말", "부츠", "샌들", "슬리퍼", "장화",
            "실내화", "등산화", "축구화");

    /**
     * Leafy greens sold tied in bunches, counted with 단 (표준국어대사전 '단'⁷ 「의존 명사」: 짚, 땔나무, 채소 따위의 묶음을
     * 세는 단위, 용례 '시금치 두 단', '파 한 단'; session 37, s37b): 시금치 세 개 → 세 단. One plant of spinach is not
     * what a market sells or a buyer counts, so 개 names another amount, as 개 of a pair of shoes does. Only greens
     * that are sold in bunches and never singly (not 파 or 대파, counted 한 뿌리 too; not 배추, counted 포기).
     */
    private static final Set<String> BUNCHES = Set.of("시금치", "부추", "미나리", "쪽파", "열무", "쑥갓", "냉이", "달래",
            "얼갈이");

    /**
     * Things counted with 개 (표준국어대사전 '개'⁹ 「의존 명사」: 낱으로 된 물건을 세는 단위) that learners of the lessons count
     * (the bank's 통장 and 카드, the things one carries): with clothes and flowers of {@link Numerals#COUNTED},
     * {@link #VOLUMES} and {@link #PAIRS}, the things {@link #thing} knows.
     */
    private static final Set<String> PIECES = Set.of("통장", "카드", "가방", "우산", "열쇠", "상자", "봉투", "컵",
            "배터리", "충전기", "마스크");

    /**
     * The counter of a thing the lessons count, or null for any other noun: 명 counts people only (표준국어대사전
     * '명'⁷ 「의존 명사」: 사람을 세는 단위; Yeon &amp; Brown 2019, counters), so a thing counted with 명 (통장을 한 명 →
     * 한 개; session 19, s19c) takes its own counter, or 개, the counter of any single thing. Left out: what a number of
     * people shares (food and drinks: 불고기 세 명 먹어요; tickets and seats: 표 두 명; vehicles: 택시 네 명 타요),
     * where a count of people may follow the thing in speech.
     */
    private static String thing(String noun) {
        if (noun == null || PEOPLE.contains(noun) || COUNTED_WITH_MARI.contains(noun)) {
            return null;
        }
        if (VOLUMES.contains(noun)) {
            return "권";
        }
        if (PAIRS.contains(noun)) {
            return "켤레";
        }
        if (PIECES.contains(noun)) {
            return "개";
        }
        for (String counter : List.of("벌", "송이")) {
            if (Numerals.COUNTED.get(counter).contains(noun)) {
                return counter;
            }
        }
        return null;
    }

    /** Nouns counted with 마리: animals, fish and fowl (표준국어대사전 '마리'); not 새 (also 'new') nor 말 ('words'). */
    private static final Set<String> COUNTED_WITH_MARI = Set.of("고양이", "강아지", "개", "물고기", "토끼", "햄스터", "거북이",
            "동물", "애완동물", "반려동물",
            // fish and fowl bought whole at a market (표준국어대사전 '마리': 짐승이나 물고기, 벌레 따위를 세는 단위;
            // 한국어기초사전 '고등어' 용례 '고등어 한 마리'; session 21, s21c). 참치, 연어 and 새우 are left out: they are
            // also sold in cans, slices and pieces (참치 한 캔, 새우튀김 한 개)
            "생선", "고등어", "갈치", "꽁치", "조기", "오징어", "닭");

    private static final String[] TENS = {"", "열", "스물", "서른", "마흔", "쉰", "예순", "일흔", "여든", "아흔"};
    private static final String[] UNITS_LONG = {"", "하나", "둘", "셋", "넷"};
    private static final String[] UNITS_SHORT = {"", "한", "두", "세", "네", "다섯", "여섯", "일곱", "여덟", "아홉"};
    private static final String SINO_UNITS = "일이삼사오육칠팔구";

    /**
     * The findings on the learner's raw answer (punctuation kept, so sentences can be told apart),
     * at most one per number phrase.
     *
     * @param raw      the learner's answer as written
     * @param accepted the accepted answers (only to read 일 and 이 as numbers)
     * @param pack     the learner's language pack, whose counter error patterns add counters; may be null
     */
    static List<Finding> find(String raw, List<String> accepted, LangPack pack) {
        Set<String> nativeCounters = new HashSet<>(NATIVE.keySet());
        Map<String, Integer> sino = new HashMap<>(SINO);
        if (pack != null) {
            for (ErrorPattern p : pack.errorPatterns()) {
                if ("counter/native_short_form".equals(p.subtype()) || "counter/sino_for_native".equals(p.subtype())) {
                    p.particles().stream().filter(c -> !SINO.containsKey(c)).forEach(nativeCounters::add);
                } else if ("counter/native_for_sino".equals(p.subtype())) {
                    p.particles().stream().filter(c -> !NATIVE.containsKey(c)).forEach(c -> sino.putIfAbsent(c, 2));
                }
            }
        }
        List<Finding> out = new ArrayList<>();
        for (List<String> words : SpeechLevels.sentences(raw)) {
            for (int k = 0; k < words.size(); k++) {
                thousands(words.get(k), k + 1 < words.size() ? words.get(k + 1) : "").ifPresent(out::add);
                nativeDigitUnit(words.get(k), k + 1 < words.size() ? words.get(k + 1) : "").ifPresent(out::add);
                gluedNights(words.get(k), accepted).ifPresent(out::add);
                digitNights(words.get(k)).ifPresent(out::add);
                labelNumber(words, k, accepted).ifPresent(out::add);
                subwayLine(words, k).ifPresent(out::add);
            }
            for (int k = 0; k + 1 < words.size(); k++) {
                final int i = k;
                String number = words.get(i);
                String next = words.get(i + 1);
                Matcher glued = DIGITS_COUNTER.matcher(next);
                if (glued.matches() && restIsEnding(glued.group(3)) && !glued.group(3).startsWith("씩")) {
                    agreeing(counted(number), glued.group(1), glued.group(2))
                            .map(f -> asWritten(new Finding(f.category(), f.original().replace(" ", ""),
                                    f.correction().replace(" ", ""), f.subtype()), glued.group(3)))
                            .ifPresent(out::add);
                    continue;
                }
                String counter = counterIn(next, nativeCounters, sino);
                if (counter == null && counterIn(next, Set.of("분"), Map.of()) != null) {
                    nativeMinutes(number, "분", accepted, minutesMeant(words, i))
                            .map(x -> asWritten(x, next.substring(1))).ifPresent(out::add);
                    continue;
                }
                if (counter == null) {
                    Optional<Finding> unit = longFormBeforeUnit(number, next);
                    unit.ifPresent(out::add);
                    if (unit.isEmpty()) {
                        namedBySino(number, next, accepted).ifPresent(out::add);
                    }
                    continue;
                }
                Optional<Finding> f = mixed(number, counter, nativeCounters, sino)
                        .or(() -> sinoForNative(number, counter, nativeCounters, sino, accepted))
                        .or(() -> twoDays(words, i, counter, nativeForSino(number, counter, sino)))
                        .or(() -> oneYear(words, i, counter))
                        .or(() -> shortForm(words, i, counter, nativeCounters))
                        .or(() -> agreement(words, i, number, counter));
                f.map(x -> asWritten(x, next.substring(counter.length()))).ifPresent(out::add);
            }
        }
        // counter–noun agreement by the noun classes of the data file (session 27, s27c), where no check above has
        // reported the same number phrase
        for (Finding f : CounterClasses.find(raw, accepted == null ? List.of() : accepted)) {
            if (out.stream().noneMatch(o -> sharesWord(o.original(), f.original()))) {
                out.add(f);
            }
        }
        // 개 for a vehicle or machine that an accepted answer counts with 대 (session 28, s28b)
        for (Finding f : CounterClasses.pieceForMachine(raw, accepted == null ? List.of() : accepted)) {
            if (out.stream().noneMatch(o -> sharesWord(o.original(), f.original()))) {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * Nouns that a number with 번 names (게이트 3, 출구 3; 표준국어대사전 '번'² 「의존 명사」 「2」 일의 차례나 순서를
     * 나타내는 말): a number that names a thing is read in Sino-Korean (삼 번 게이트, 칠 번 출구), while 번 after a native
     * number counts times (세 번 갔어요; Yeon &amp; Brown 2019, numerals: Sino-Korean for numbered things). Only
     * places one goes to or stands at, never an event that repeats, so that a native number before them is no count
     * of times even with the particle of place (세 번 출구로 나가세요).
     */
    private static final Set<String> NUMBERED_PLACES = Set.of("게이트", "출구", "입구", "창구", "승강장", "플랫폼", "홈",
            "라인", "트랙", "구역", "터미널", "탑승구", "출입구");

    /** Whether the rest of a numbered place's word is one of {@link #LABEL_ENDINGS} (로, 에서, 이에요 …, or nothing). */
    static boolean endsNumberedPlace(String rest) {
        return LABEL_ENDINGS.contains(rest) || restIsEnding(rest);
    }

    /** Particles and copulas after a numbered place that make the number its name (로, 에서, 이에요, 은 …). */
    private static final Set<String> LABEL_ENDINGS = Set.of("", "로", "으로", "에", "에서", "까지", "은", "는", "이", "가", "도", "이에요",
            "예요", "입니다", "이요", "요", "쪽으로", "앞에서", "앞");

    /**
     * {@code counter/label_number} (session 27, s27c): a native number before 번 where the number names a thing, not
     * a count of times: 세 번 게이트로 → 삼 번 (3번 게이트). Read where 번 (or the number joined to it: 세번) is followed
     * by a numbered place of {@link #NUMBERED_PLACES} with a particle of {@link #LABEL_ENDINGS}, or by any noun that
     * an accepted answer numbers with the same value in digits or Sino-Korean letters (3번 버스 for 세 번 버스를). 세 번
     * with a verb (세 번 갔어요), 세 번째 and a place before the count (게이트에 세 번 갔어요) are left alone.
     */
    private static Optional<Finding> labelNumber(List<String> words, int k, List<String> accepted) {
        String number;
        String written;
        int after;
        String w = words.get(k);
        Matcher glued = GLUED_BEON.matcher(w);
        if (glued.matches()) {
            number = glued.group(1);
            written = w;
            after = k + 1;
        } else if (k + 1 < words.size() && words.get(k + 1).equals("번")) {
            number = w;
            written = w + " 번";
            after = k + 2;
        } else {
            return Optional.empty();
        }
        Integer value = nativeValue(number);
        if (value == null || value < 1 || after >= words.size() || number.equals("하나") || number.equals("둘")
                || number.equals("셋") || number.equals("넷")) {
            return Optional.empty();
        }
        String[] sp = ArgumentCheck.stemAndParticle(words.get(after));
        String noun = NUMBERED_PLACES.contains(words.get(after)) ? words.get(after) : sp[0];
        String particle = noun.equals(words.get(after)) ? "" : sp[1];
        if (!words.get(after).equals(noun) && !words.get(after).startsWith(noun)) {
            return Optional.empty();
        }
        particle = words.get(after).substring(noun.length());
        String letters = Numerals.sinoLetters(value);
        boolean place = NUMBERED_PLACES.contains(noun) && LABEL_ENDINGS.contains(particle);
        boolean named = noun.length() >= 1 && KnownWords.noun(noun) && accepted.stream().anyMatch(a -> counts(a, value + "번 " + noun)
                || counts(a, value + " 번 " + noun) || counts(a, letters + " 번 " + noun) || counts(a, letters + "번 " + noun));
        if (!place && !named) {
            return Optional.empty();
        }
        return Optional.of(new Finding(ErrorCategory.VOCABULARY, written,
                glued.matches() ? letters + "번" : letters + " 번", "counter/label_number"));
    }

    /** A native numeral joined to 번 (세번). */
    private static final Pattern GLUED_BEON = Pattern.compile("(한|두|세|네|다섯|여섯|일곱|여덟|아홉|열|열한|열두|열세|열네)번");

    /**
     * The findings here that the comparison did not already report as a counter error on the same
     * words: its report stands (numeral and counter, 오 시 → 다섯 시, the convention of
     * {@code SpanConventionTest}), and it may carry a second finding on the same words, such as the
     * speech level of 둘 잔 줘.
     */
    static List<Finding> notFound(SentenceCheck.Result judged, List<Finding> counters) {
        return counters.stream().filter(c -> judged.findings().stream().noneMatch(f -> f.original() != null
                && Subtypes.of(f) != null && Subtypes.of(f).startsWith("counter/") && sharesWord(c.original(), f.original())))
                .toList();
    }

    /**
     * The comparison's result without its vocabulary findings on the words of a number phrase found
     * here (개 → 명 becomes 몇 개 → 몇 명 with the counter's explanation); the result itself when none.
     */
    static SentenceCheck.Result preferred(SentenceCheck.Result judged, List<Finding> counters) {
        if (counters.isEmpty()) {
            return judged;
        }
        List<Finding> kept = judged.findings().stream().filter(f -> f.category() != ErrorCategory.VOCABULARY
                || f.original() == null || counters.stream().noneMatch(c -> sharesWord(c.original(), f.original())
                        || overlapsNumber(c.original(), f.original())))
                .toList();
        return kept.size() == judged.findings().size() ? judged
                : new SentenceCheck.Result(kept, judged.confidence(), judged.paraphrase());
    }

    /**
     * Whether a comparison span ends in the number word that starts the counter phrase (차를 세 against
     * 세 일, when the accepted answer writes 3일): the alignment cut the phrase across two words, and the
     * counter finding explains that number.
     */
    private static boolean overlapsNumber(String counterPhrase, String other) {
        String[] c = counterPhrase.split(" ");
        String[] o = other.split(" ");
        return c.length == 2 && o.length >= 2 && o[o.length - 1].equals(c[0]);
    }

    /** Whether one span holds the other, from a word's start (이 개하고 holds 이 개 and 개, not 일 개). */
    private static boolean sharesWord(String a, String b) {
        return within(a, b) || within(b, a);
    }

    private static boolean within(String outer, String inner) {
        for (int at = outer.indexOf(inner); !inner.isEmpty() && at >= 0; at = outer.indexOf(inner, at + 1)) {
            if (at == 0 || outer.charAt(at - 1) == ' ') {
                return true;
            }
        }
        return false;
    }

    /**
     * The finding with the learner's whole word as written (the gold convention: 이 시에 → 두 시에,
     * 한 개에 → 한 명에), the particle re-formed after the corrected counter (개가 → 명이).
     */
    private static Finding asWritten(Finding f, String rest) {
        if (rest.isEmpty()) {
            return f;
        }
        String c = f.correction();
        String after = LEADING_DIGITS.matcher(c.substring(c.lastIndexOf(' ') + 1)).replaceAll("");
        String reformed = rest;
        if (!after.isEmpty() && (rest.equals("요") || rest.equals("이요"))) {
            reformed = Hangul.hasFinal(after.charAt(after.length() - 1)) ? "이요" : "요";
        } else if (!after.isEmpty()) {
            reformed = Particles.of(rest).map(p -> p.formAfter(after)).orElse(rest);
        }
        return new Finding(f.category(), f.original() + rest, c + reformed, f.subtype());
    }

    private static Optional<Finding> finding(String number, String counter, String correction, String subtype) {
        return Optional.of(new Finding(ErrorCategory.VOCABULARY, number + " " + counter, correction + " " + counter,
                subtype));
    }

    /** A Sino-Korean number with a unit (십, 백) before 천, the rest of the word 원 and a particle or nothing. */
    private static final Pattern THOUSANDS = Pattern.compile("([일이삼사오육칠팔구십백]+)천(원.*)?");

    /**
     * {@code counter/thousand_grouping} (session 9, helper eval14c): a sum of money grouped by thousands, as
     * Indonesian <i>lima ratus ribu</i> and English <i>five hundred thousand</i> group it (오백천 원 → 오십만 원,
     * 이십천 원 → 이만 원). Korean groups large numbers by 만 (10⁴): 천 follows only a single digit (오천), and
     * 십, 백, 천 always fall in value inside a group (국립국어원 표준 국어문법론, 수사; Yeon &amp; Brown 2019,
     * Sino-Korean numbers: 만, 십만, 백만), and a space follows 만 (만 오천; 한글 맞춤법 제44항). The word must be money (원 joined or next): the learner's own
     * number, whatever the accepted answer.
     */
    private static Optional<Finding> thousands(String word, String next) {
        String w = PUNCTUATION_TILDE.matcher(word).replaceAll("");
        Matcher m = THOUSANDS.matcher(w);
        if (!m.matches() || m.group(2) == null && !next.startsWith("원")) {
            return Optional.empty();
        }
        String head = m.group(1);
        Integer group = Numerals.sino(head);
        if (group == null || group < 10 || head.indexOf('십') < 0 && head.indexOf('백') < 0) {
            return Optional.empty();
        }
        int value = group * 1000;
        int man = value / 10000;
        int rest = value % 10000;
        // written with a space after 만 (십오천 원 → 만 오천 원): numbers are spaced by the unit 만 (한글 맞춤법 제44항,
        // 십이억 삼천사백오십육만 칠천팔백구십팔; session 19, s19d)
        String letters = (man == 0 ? "" : (man == 1 ? "" : Numerals.sinoLetters(man)) + "만")
                + (rest == 0 ? "" : (man == 0 ? "" : " ") + Numerals.sinoLetters(rest));
        return Optional.of(new Finding(ErrorCategory.VOCABULARY, head + "천", letters, "counter/thousand_grouping"));
    }

    /** A native digit (두, 다섯, 둘) joined to 백, 천 or 만, the rest of the word 원 and a particle or nothing. */
    private static final Pattern NATIVE_DIGIT_UNIT =
            Pattern.compile("(두|세|네|다섯|여섯|일곱|여덟|아홉|둘|셋|넷)(백|천|만)(원.*)?");

    /** What may follow such a number as the next word: money and the common counters of Sino-Korean sums. */
    private static final List<String> SUM_UNITS = List.of("원", "달러", "불", "루피아", "엔", "유로", "위안", "명");

    /**
     * {@code counter/mixed_number} for a native digit before a Sino-Korean unit (session 9 round 2,
     * helper eval15b): 다섯백 달러 → 오백 달러, 두만 원 → 이만 원. 백, 천 and 만 are Sino-Korean numerals and
     * count only Sino-Korean digits (오백, 이천, 삼만); native numbers stop at 아흔아홉 (국립국어원 표준
     * 국어문법론, 수사: 고유어 수사는 '온, 즈믄'이 사라져 100 이상은 한자어로만 센다; Yeon &amp; Brown 2019,
     * Sino-Korean numbers). The word must be a sum: 원 joined, or money or 명 as the next word, so that
     * 만 'only' after a numeral (다섯만 주세요 'just five') is never read as a number. 한 is left alone
     * (한천 'agar', and 한 before 백 is simply dropped in speech). The learner's own words only.
     */
    private static Optional<Finding> nativeDigitUnit(String word, String next) {
        Matcher m = NATIVE_DIGIT_UNIT.matcher(PUNCTUATION_TILDE.matcher(word).replaceAll(""));
        if (!m.matches() || m.group(3) == null && SUM_UNITS.stream().noneMatch(next::startsWith)) {
            return Optional.empty();
        }
        Integer digit = nativeValue(m.group(1));
        if (digit == null || digit < 2 || digit > 9) {
            return Optional.empty();
        }
        return Optional.of(new Finding(ErrorCategory.VOCABULARY, m.group(1) + m.group(2),
                Numerals.sinoLetters(digit) + m.group(2), "counter/mixed_number"));
    }

    /** 삼백두 호 → 삼백이 호, 스물삼 살 → 스물세 살. */
    private static Optional<Finding> mixed(String number, String counter, Set<String> nativeCounters,
            Map<String, Integer> sino) {
        Integer value = null;
        for (int k = 1; k < number.length() && value == null; k++) {
            String head = number.substring(0, k);
            String tail = number.substring(k);
            char last = head.charAt(head.length() - 1);
            Integer sinoHead = Numerals.sino(head);
            Integer nat = nativeUnit(tail);
            if (sinoHead != null && (last == '십' || last == '백' || last == '천') && nat != null) {
                value = sinoHead + nat;
            }
            Integer tens = tens(head);
            // not 열이 'fever' nor 열일
            if (tens != null && tail.length() == 1 && !(tens == 10 && (tail.equals("이") || tail.equals("일"))) && SINO_UNITS.indexOf(tail.charAt(0)) >= 0) {
                value = tens + SINO_UNITS.indexOf(tail.charAt(0)) + 1;
            }
        }
        if (value == null) {
            return Optional.empty();
        }
        boolean nativeCounter = nativeCounters.contains(counter) && !sino.containsKey(counter);
        String correction = nativeCounter && value < 100 ? nativeLetters(value, counter) : Numerals.sinoLetters(value);
        return finding(number, counter, correction, "counter/mixed_number");
    }

    /**
     * Counters that are no noun of their own after 이 'this' or 일 'work' (이 명, 일 마리, 이 켤레 can only count): 일 and 이
     * before them are the numbers, read whatever the accepted answer says (session 35, s35a). 이 개 'this dog', 이 잔
     * 'this cup', 이 시간 'this time', 이 달 'this month' and the like stay with the accepted answer's support.
     */
    private static final Set<String> ONLY_COUNTERS = Set.of("명", "마리", "켤레");

    /** 삼 달 → 세 달; 일 and 이 only where an accepted answer counts the same number, but for {@link #ONLY_COUNTERS}. */
    private static Optional<Finding> sinoForNative(String number, String counter, Set<String> nativeCounters,
            Map<String, Integer> sino, List<String> accepted) {
        if (!nativeCounters.contains(counter) || sino.containsKey(counter)) {
            return Optional.empty();
        }
        Integer value = Numerals.sino(number);
        int max = NATIVE.getOrDefault(counter, 10);
        if (value == null || value < 1 || value > max) {
            return Optional.empty();
        }
        String correction = nativeLetters(value, counter);
        // the accepted answer may count the thing with the bare native numeral (비빔밥 하나하고 for 일 개하고, session 14):
        // 하나/둘 name the same number of things (표준국어대사전 '하나' 수사), so 일/이 is read as that number
        String bare = value == 1 ? "하나" : "둘";
        if ((number.equals("일") || number.equals("이")) && !ONLY_COUNTERS.contains(counter)
                && accepted.stream().noneMatch(e -> counts(e, value + counter) || counts(e, correction + " " + counter)
                        || counts(e, bare))) {
            return Optional.empty();
        }
        return finding(number, counter, correction, "counter/sino_for_native");
    }

    /** Whether the text has the phrase as a word or a word's start before a particle or ending. */
    private static boolean counts(String text, String phrase) {
        int at = text.indexOf(phrase);
        while (at >= 0) {
            char before = at == 0 ? ' ' : text.charAt(at - 1);
            if (!Character.isDigit(before) && (before < '\uAC00' || before > '\uD7A3')) {
                return true;
            }
            at = text.indexOf(phrase, at + 1);
        }
        return false;
    }

    /**
     * A native number before 분 where an accepted answer counts the same number of minutes in digits or
     * Sino-Korean letters (열 분 → 십 분 for 10분; session 9, helper eval14c): minutes take Sino-Korean
     * numbers (Yeon &amp; Brown 2019, numerals), but 분 is also the honorific counter of people, which takes
     * native ones (두 분 'two persons'), so the accepted answer must show that minutes are meant, unless the learner's
     * own words do ({@code meant}: {@link #minutesMeant}).
     */
    private static Optional<Finding> nativeMinutes(String number, String counter, List<String> accepted, boolean meant) {
        Integer value = nativeValue(number);
        if (!counter.equals("분") || value == null || value < 2) {
            return Optional.empty();
        }
        String letters = Numerals.sinoLetters(value);
        if (!meant && accepted.stream().noneMatch(e -> counts(e, value + "분") || counts(e, value + " 분")
                || counts(e, letters + " 분") || counts(e, letters + "분"))) {
            return Optional.empty();
        }
        return finding(number, counter, letters, "counter/native_for_sino");
    }

    /** What follows a span of minutes (열 분 동안, 다섯 분 후에, 열 분 걸려요): the time taken or waited. */
    private static final Pattern AFTER_MINUTES = Pattern.compile("(동안|후|뒤|만에|걸려|걸리|걸릴|걸렸).*");

    /**
     * Whether 분 after the number at i is minutes by the learner's own words, whatever the accepted answer says (session
     * 35, s35a): it follows an hour of the clock with a particle of time (세 시 열 분에 → 십 분에; 시 written alone or
     * joined to its number: 3시 열 분까지),
     * or is joined to or followed by a word of time taken (열 분 동안, 다섯 분 후에, 열 분 걸려요). 분 of people (두 분이세요,
     * 세 분 오셨어요, 두 분 기다리고 계세요) has none of these.
     */
    private static boolean minutesMeant(List<String> words, int i) {
        String counter = words.get(i + 1);
        String rest = counter.substring(1);
        // a point in time: the minutes after the hour carry the particle of time (세 시 열 분에, 세 시 열 분까지), where
        // 7시 네 분 예약 counts four guests at seven
        boolean hour = i > 0 && (words.get(i - 1).equals("시") || words.get(i - 1).matches("[0-9]+시"))
                && Set.of("에", "에는", "까지", "부터", "쯤", "쯤에").contains(rest);
        boolean taken = rest.isEmpty() && i + 2 < words.size() && AFTER_MINUTES.matcher(words.get(i + 2)).matches()
                || !rest.isEmpty() && AFTER_MINUTES.matcher(rest).matches();
        return hour || taken;
    }

    /**
     * Particles and copulas after 층 that make it a floor's number, where a thing is (2층에 있어요, 이 층이에요), not
     * a count of floors (두 층 올라가세요 'go up two floors').
     */
    private static final Set<String> FLOOR_ENDINGS = Set.of("에", "에서", "이에요", "이요", "입니다", "이고", "으로", "에는");

    /**
     * {@code counter/native_for_sino} for 층 (floor) and 박 (nights of a stay) where an accepted answer names the
     * same number with that counter (session 14): 두 층에 → 이 층에 (2층에), 두 박 → 이 박 (2박). A floor's number
     * and the nights of a booking are read in Sino-Korean numbers (Yeon &amp; Brown 2019, numerals: floors and
     * numbered things; 표준국어대사전 '박' 「의존 명사」 '1박 2일'); 세 층 counting floors (세 층 올라가세요) keeps native
     * numbers, so 층 is read only before a particle of place or the copula ({@link #FLOOR_ENDINGS}), and 박 (also
     * the family name Park) only where the accepted answer writes the nights. The correction keeps the learner's two
     * words in Sino-Korean letters (두 층에 → 이 층에, cut to the numeral by {@link SpanChoices}); a number joined to
     * 박 ({@link #gluedNights}) is written as the accepted answer writes it (두박 → 2박).
     */
    private static Optional<Finding> namedBySino(String number, String next, List<String> accepted) {
        String clean = PUNCTUATION_TILDE.matcher(next).replaceAll("");
        String counter = clean.startsWith("층") ? "층" : clean.startsWith("박") ? "박" : null;
        Integer value = nativeValue(number);
        if (counter == null || value == null || value < 2) {
            return Optional.empty();
        }
        String rest = clean.substring(1);
        if (counter.equals("층") ? !FLOOR_ENDINGS.contains(rest) : !rest.isEmpty() && !restIsEnding(rest)) {
            return Optional.empty();
        }
        // a floor's number before a particle of place or the copula is Sino-Korean by the learner's own words (session 35,
        // s35a): 다섯 층에 있어요 → 오 층에; 박 (also the family name Park) still needs the accepted answer's nights
        return acceptedSino(value, counter, accepted).or(() -> counter.equals("층") ? Optional.of("") : Optional.empty())
                .map(c -> new Finding(ErrorCategory.VOCABULARY, number + " " + clean,
                        Numerals.sinoLetters(value) + " " + clean, "counter/native_for_sino"));
    }

    /** 두박 → 2박: a native number joined to 박 where an accepted answer writes the nights ({@link #namedBySino}). */
    private static Optional<Finding> gluedNights(String word, List<String> accepted) {
        Matcher m = GLUED_NIGHTS.matcher(PUNCTUATION_TILDE.matcher(word).replaceAll(""));
        if (!m.matches() || !(m.group(3).isEmpty() || restIsEnding(m.group(3)))) {
            return Optional.empty();
        }
        Integer value = nativeValue(m.group(1));
        return value == null ? Optional.empty() : acceptedSino(value, "박", accepted)
                .map(c -> new Finding(ErrorCategory.VOCABULARY, m.group(1) + "박" + m.group(3), c.replace(" ", "") + m.group(3),
                        "counter/native_for_sino"));
    }

    /** Digits joined to 밤 'night', with a particle or nothing after it (2밤, 3밤을). */
    private static final Pattern DIGIT_NIGHTS = Pattern.compile("([0-9]+)밤(.*)");

    /**
     * {@code counter/nights_of_stay} (session 35, s35a): digits before 밤 'night' (2밤 더 묵고 싶어요 → 2박). 밤 is a noun,
     * not a counter: the nights of a stay are counted with the bound noun 박 (표준국어대사전 '박'⁸ 「의존 명사」 '밤을 지내는
     * 횟수를 세는 단위', 용례 '2박 3일'; 한국어기초사전 '박'), and digits are never read as the native numbers that 밤 may
     * follow in speech (몇 밤 자면, 두 밤). Read on the learner's own words, whatever the accepted answer says.
     */
    private static Optional<Finding> digitNights(String word) {
        Matcher m = DIGIT_NIGHTS.matcher(PUNCTUATION_TILDE.matcher(word).replaceAll(""));
        if (!m.matches() || !(m.group(2).isEmpty() || restIsEnding(m.group(2)))) {
            return Optional.empty();
        }
        String rest = m.group(2).isEmpty() ? "" : Particles.of(m.group(2)).map(p -> p.formAfter("박")).orElse(m.group(2));
        return Optional.of(new Finding(ErrorCategory.VOCABULARY, m.group(1) + "밤" + m.group(2), m.group(1) + "박" + rest,
                "counter/nights_of_stay"));
    }

    private static final Pattern GLUED_NIGHTS = Pattern.compile("(두|세|네|다섯|여섯|일곱|여덟|아홉|열)(박)(.*)");

    /** The number and counter as an accepted answer writes them (2박, 이 층), or empty when none does. */
    private static Optional<String> acceptedSino(int value, String counter, List<String> accepted) {
        String letters = Numerals.sinoLetters(value);
        if (accepted.stream().anyMatch(e -> counts(e, value + counter) || counts(e, value + " " + counter))) {
            return Optional.of(value + counter);
        }
        if (accepted.stream().anyMatch(e -> counts(e, letters + " " + counter) || counts(e, letters + counter))) {
            return Optional.of(letters + " " + counter);
        }
        return Optional.empty();
    }

    /** 열다섯 일 → 십오 일, 둘 인분 → 이 인분. */
    private static Optional<Finding> nativeForSino(String number, String counter, Map<String, Integer> sino) {
        Integer min = sino.get(counter);
        Integer value = nativeValue(number);
        if (min == null || value == null || value < min || number.equals("한")
                || counter.equals("일") && (number.equals("네") || number.equals("열"))) {
            return Optional.empty();
        }
        String correction = counter.equals("월") && (value == 6 || value == 10) ? (value == 6 ? "유" : "시")
                : Numerals.sinoLetters(value);
        return finding(number, counter, correction, "counter/native_for_sino");
    }

    /**
     * Two days counted as a span, 두 일 → 이틀 (session 38, s38c): a length of days is said with the native noun 이틀
     * (표준국어대사전 '이틀' 「명사」 두 날; Yeon &amp; Brown 2019, numerals: 하루, 이틀 for one and two days), while 이 일
     * (2일) reads first as the date, the second of the month. Read where the days are a span: nothing after 일 but a
     * particle of a span or none, then no 에 (두 일에 is a date: 이 일에) and no month before (오월 두 일). Three days
     * and more keep the Sino-Korean correction (삼 일, 사 일), as speakers say them. The learner's own words only.
     */
    private static Optional<Finding> twoDays(List<String> words, int i, String counter, Optional<Finding> sino) {
        if (sino.isEmpty() || !counter.equals("일") || !words.get(i).equals("두")) {
            return sino;
        }
        String rest = words.get(i + 1).substring(counter.length());
        boolean span = rest.isEmpty() || AFTER_YEARS.contains(rest) || Set.of("이나", "이면", "만", "간", "씩").contains(rest);
        boolean dated = i > 0 && (words.get(i - 1).endsWith("월") || words.get(i - 1).matches("[0-9]+월.*"));
        return span && !dated ? Optional.of(new Finding(ErrorCategory.VOCABULARY, "두 일", "이틀",
                "counter/native_for_sino")) : sino;
    }

    /**
     * Units of measure that take either number system (두 킬로 and 이 킬로, 세 번 'three times' and 삼 번 'number three')
     * or native numbers by usage (고기 두 근), and so are in neither {@link #NATIVE} nor {@link #SINO}.
     */
    private static final List<String> EITHER_SYSTEM_UNITS = List.of("킬로그램", "킬로미터", "킬로", "그램", "센티미터",
            "센티", "미터", "리터", "밀리", "인치", "번", "근");

    /**
     * {@code counter/native_short_form} before a unit of measure (session 38, s38c): 귤 둘 킬로 → 두 킬로, 셋 번 → 세
     * 번. Whichever system a unit takes, the long native forms 하나, 둘, 셋, 넷, 스물 stand only alone; before any
     * counter or unit a native number takes its modifier form 한, 두, 세, 네, 스무 (국립국어원 표준 국어문법론, 수
     * 관형사; Yeon &amp; Brown 2019, numerals). Read on the learner's words: the numeral and the unit, with a particle,
     * a copula or nothing after it, as {@link #shortForm} reads the counters of things.
     */
    private static Optional<Finding> longFormBeforeUnit(String number, String next) {
        Integer value = nativeValue(number);
        if (value == null || !longForm(number) || nativeLetters(value).equals(number)) {
            return Optional.empty();
        }
        for (String unit : EITHER_SYSTEM_UNITS) {
            if (next.startsWith(unit) && restIsEnding(next.substring(unit.length()))) {
                return finding(number, unit, nativeLetters(value), "counter/native_short_form")
                        .map(f -> asWritten(f, next.substring(unit.length())));
            }
        }
        return Optional.empty();
    }

    /** A subway line numbered with 선 alone: 2선, 9선으로 (digits, then 선 and a particle or nothing). */
    private static final Pattern LINE_NUMBER = Pattern.compile("([0-9]{1,2})선(.*)");

    /** Words of the subway that make a numbered 선 a line of it (지하철, 전철, 역, 갈아타다, 환승, 노선). */
    private static final List<String> SUBWAY_WORDS = List.of("지하철", "전철", "역", "갈아타", "환승", "노선", "호선",
            "타는", "타요", "타야", "타면", "타고");

    /**
     * {@code counter/wrong_counter} (session 38, s38c): a subway line counted with 선 alone, 지하철 2선 입구 → 2호선. The
     * lines of a city's subway are numbered with 호선 (표준국어대사전 '호선'⁵ 「의존 명사」 전철이나 지하철 따위의 노선을
     * 세는 단위, '지하철 2호선'); 선 after a number is another word (a term served, 3선 의원; the second line of a
     * defence, 2선). Read only where the sentence names the subway or riding (지하철, 전철, 역, 갈아타다, 환승, 타다).
     */
    private static Optional<Finding> subwayLine(List<String> words, int k) {
        Matcher m = LINE_NUMBER.matcher(PUNCTUATION_TILDE.matcher(words.get(k)).replaceAll(""));
        if (!m.matches() || !restIsEnding(m.group(2))) {
            return Optional.empty();
        }
        for (int j = 0; j < words.size(); j++) {
            String w = words.get(j);
            if (j != k && SUBWAY_WORDS.stream().anyMatch(s -> s.equals("역") ? w.endsWith("역") || w.contains("역에")
                    || w.contains("역으로") || w.contains("역까지") || w.contains("역이") : w.startsWith(s))) {
                return Optional.of(new Finding(ErrorCategory.VOCABULARY, m.group(1) + "선" + m.group(2),
                        m.group(1) + "호선" + Particles.of(m.group(2)).map(p -> p.formAfter("호선")).orElse(m.group(2)),
                        "counter/wrong_counter"));
            }
        }
        return Optional.empty();
    }

    /** What follows a span of years (한 년 동안, 한 년 전에, 한 년간): the number counts years, it is no verb's modifier. */
    private static final Set<String> AFTER_YEARS = Set.of("동안", "동안에", "간", "전", "전에", "후", "후에", "뒤", "뒤에",
            "만에", "정도", "쯤", "이상");

    /**
     * {@code counter/native_for_sino} for one year (session 32, s32e): 년 counts with Sino-Korean numbers (일 년, 이 년;
     * 표준국어대사전 '년'² 「의존 명사」, 용례 '일 년'; Yeon &amp; Brown 2019, numerals), so 한 년 동안 → 일 년 동안. {@link
     * #nativeForSino} leaves 한 alone, since 한 is also the past modifier of 하다 (공부 한 년: rare, but 한 before any
     * noun); here it is read as the number only where the years are a span or a point in time (동안, 간, 전에, 후에,
     * 만에 after 년) and no object or noun stands before 한 for 하다 to take.
     */
    private static Optional<Finding> oneYear(List<String> words, int i, String counter) {
        if (!counter.equals("년") || !words.get(i).equals("한")) {
            return Optional.empty();
        }
        String yearWord = words.get(i + 1);
        String rest = yearWord.substring(1);
        boolean span = AFTER_YEARS.contains(rest)
                || rest.isEmpty() && i + 2 < words.size() && AFTER_YEARS.contains(words.get(i + 2));
        boolean modifierOfHada = i > 0 && (words.get(i - 1).endsWith("을") || words.get(i - 1).endsWith("를")
                || KnownWords.noun(words.get(i - 1)));
        return span && !modifierOfHada ? finding("한", "년", "일", "counter/native_for_sino") : Optional.empty();
    }

    /** 하나 잔 → 한 잔, 스물 살 → 스무 살, 열둘 개 → 열두 개. */
    private static Optional<Finding> shortForm(List<String> words, int i, String counter,
            Set<String> nativeCounters) {
        String number = words.get(i);
        if (!nativeCounters.contains(counter)) {
            return Optional.empty();
        }
        Integer value = nativeValue(number);
        if (value != null && value == 1 && counter.equals("번째") && (number.equals("한") || number.equals("하나"))) {
            return finding(number, counter, "첫", "counter/native_short_form"); // 한 번째 → 첫 번째
        }
        if (value == null || nativeLetters(value).equals(number) || !longForm(number)
                || Numerals.modifierBeforeBoundNoun(String.join(" ", words), i + 1)) {
            return Optional.empty();
        }
        return finding(number, counter, nativeLetters(value, counter), "counter/native_short_form");
    }

    /** 사람 몇 개 → 몇 명, 고양이 두 개 → 두 마리. */
    private static Optional<Finding> agreement(List<String> words, int i, String number, String counter) {
        if (i == 0 || !(number.equals("몇") || Numerals.number(number) != null)
                || words.get(i + 1).startsWith(counter + "씩")) {
            return Optional.empty();
        }
        String object = objectThing(words.get(i - 1));
        if (counter.equals("명") && object != null && words.get(i + 1).equals(counter)) {
            return Optional.of(new Finding(ErrorCategory.VOCABULARY, number + " " + counter, number + " " + thing(object),
                    "counter/wrong_counter"));
        }
        return agreeing(counted(words.get(i - 1)), number, counter);
    }

    /**
     * The thing of an object written with 을/를 ({@link #thing} knows its counter), or null. Only the marked object:
     * a bare noun before a count of people may be a topic the people go with (우산 두 명 쓸 수 있어요? 'can two
     * people share the umbrella?'), and 명 with a particle of its own (두 명이) counts the subject.
     */
    private static String objectThing(String word) {
        for (String particle : List.of("을", "를")) {
            if (word.endsWith(particle) && word.length() > 1) {
                String stem = word.substring(0, word.length() - 1);
                return thing(stem) != null ? stem : null;
            }
        }
        return null;
    }

    private static Optional<Finding> agreeing(String noun, String number, String counter) {
        if (noun == null) {
            return Optional.empty();
        }
        if (PEOPLE.contains(noun) && (counter.equals("개") || counter.equals("마리"))) {
            return finding(number, counter, number, "counter/wrong_counter")
                    .map(f -> new Finding(f.category(), f.original(), number + " 명", f.subtype()));
        }
        if (sheet(noun) && counter.equals("개")) {
            return Optional.of(new Finding(ErrorCategory.VOCABULARY, number + " " + counter, number + " 장",
                    "counter/wrong_counter"));
        }
        if (VOLUMES.contains(noun) && counter.equals("개")) {
            return Optional.of(new Finding(ErrorCategory.VOCABULARY, number + " " + counter, number + " 권",
                    "counter/wrong_counter"));
        }
        if (PAIRS.contains(noun) && counter.equals("개")) {
            return Optional.of(new Finding(ErrorCategory.VOCABULARY, number + " " + counter, number + " 켤레",
                    "counter/wrong_counter"));
        }
        if (BUNCHES.contains(noun) && counter.equals("개")) {
            return Optional.of(new Finding(ErrorCategory.VOCABULARY, number + " " + counter, number + " 단",
                    "counter/wrong_counter"));
        }
        if (COUNTED_WITH_MARI.contains(noun) && (counter.equals("개") || counter.equals("명"))) {
            return Optional.of(new Finding(ErrorCategory.VOCABULARY, number + " " + counter, number + " 마리",
                    "counter/wrong_counter"));
        }
        return Optional.empty();
    }

    /**
     * The counted noun of a person or an animal: bare or with 을/를 (and 들), as the word before a
     * number phrase; null for any other word or particle (a subject may float an object's count).
     */
    private static String counted(String word) {
        for (String particle : List.of("", "을", "를")) {
            if (!word.endsWith(particle) || word.length() <= particle.length()) {
                continue;
            }
            String stem = word.substring(0, word.length() - particle.length());
            if (stem.endsWith("들") && stem.length() > 1 && PEOPLE.contains(stem.substring(0, stem.length() - 1))) {
                stem = stem.substring(0, stem.length() - 1);
            }
            if (PEOPLE.contains(stem) || COUNTED_WITH_MARI.contains(stem) || sheet(stem) || VOLUMES.contains(stem)
                    || PAIRS.contains(stem) || BUNCHES.contains(stem)) {
                return stem;
            }
        }
        return null;
    }

    /** 사람 3개 → 3명: digits written together with 개, 마리 or 명 after a person or an animal. */
    private static final Pattern DIGITS_COUNTER =
            Pattern.compile("([0-9]+)(개|마리|명)(.*)");

    /** The counter a word is, with a particle, a copula or nothing after it; null otherwise. */
    private static String counterIn(String word, Set<String> nativeCounters, Map<String, Integer> sino) {
        String best = null;
        Set<String> all = new HashSet<>(nativeCounters);
        all.addAll(sino.keySet());
        for (String c : all) {
            if (word.startsWith(c) && (best == null || c.length() > best.length()) && restIsEnding(word.substring(c.length()))) {
                best = c;
            }
        }
        return best;
    }

    private static boolean restIsEnding(String rest) {
        return rest.isEmpty() || Particles.isParticle(rest) || Set.of("요", "이요", "씩", "짜리", "쯤", "만", "에는", "에도")
                .contains(rest) || rest.startsWith("이에") || rest.startsWith("예요") || rest.startsWith("입니")
                || rest.startsWith("이었") || rest.startsWith("였") || COPULA_FORMS.stream().anyMatch(rest::startsWith);
    }

    /**
     * The copula 이다 after a counter in its connective and modifier forms (세 명인데요, 두 개인가요, 세 잔이라서, 두
     * 병이고; 표준국어대사전 '이다' 활용 이니, 이고, 인데): the counter still ends its number phrase, as before 이에요 (session
     * 35, s35a: 삼 명인데요 passed, the copula's -ㄴ데 not being read as an ending).
     */
    private static final List<String> COPULA_FORMS = List.of("인데", "인가", "인지", "이고", "이라", "이니", "이면",
            "일까", "이거든", "이잖", "이네", "이지");

    /** Whether the numeral ends in a long native form (하나, 둘, 셋, 넷, 스물). */
    private static boolean longForm(String number) {
        for (String u : UNITS_LONG) {
            if (!u.isEmpty() && number.endsWith(u)) {
                return true;
            }
        }
        return number.equals("스물");
    }

    /** The value of a native numeral, long or short (둘, 두, 열다섯, 스무); null otherwise. */
    private static Integer nativeValue(String number) {
        return Numerals.nativeNumber(number);
    }

    private static Integer nativeUnit(String tail) {
        for (int u = 1; u < UNITS_SHORT.length; u++) {
            if (tail.equals(UNITS_SHORT[u]) || u < UNITS_LONG.length && tail.equals(UNITS_LONG[u])) {
                return u;
            }
        }
        return null;
    }

    private static Integer tens(String head) {
        for (int t = 1; t < TENS.length; t++) {
            if (head.equals(TENS[t])) {
                return t * 10;
            }
        }
        return null;
    }

    /** A number 1–99 in native letters before a counter (12 → 열두, 20 → 스무). */
    /** The native number before a counter: 첫 for the first of the ordinal 번째 (첫 번째), else {@link #nativeLetters(int)}. */
    private static String nativeLetters(int n, String counter) {
        return n == 1 && counter.equals("번째") ? "첫" : nativeLetters(n);
    }

    static String nativeLetters(int n) {
        if (n == 20) {
            return "스무";
        }
        return TENS[n / 10] + UNITS_SHORT[n % 10];
    }
}
