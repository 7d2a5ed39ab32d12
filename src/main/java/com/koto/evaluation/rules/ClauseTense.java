package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.text.Hangul;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tense read from the clauses of the learner's own answer (issue 11, session 8, helper eval11b; called
 * from {@link TimeWords#inSentences}). Each rule is an order of events the learner's words state
 * themselves, so a verb whose tense contradicts it is a tense error whatever the accepted answer:
 * <ul>
 *   <li>{@code tense/past}, an order before it is served: 시키다/주문하다 in the non-past -는데 before
 *       a past 나오다/오다 of what was served (라테를 시키는데 카푸치노가 나왔어요 → 시켰는데). -는데 of
 *       a non-past verb puts the two events at one time (밥을 먹는데 전화가 왔어요); an order is over
 *       before its dish comes out, so it takes -았/었는데 (Yeon &amp; Brown 2019, -는데 of background and
 *       -았/었- on it; 『외국인을 위한 한국어 문법 1』 '-(으)ㄴ데/는데');</li>
 *   <li>{@code tense/past}, a booking before the check-in: 예약하다 in the present (예약합니다, 예약해요)
 *       in an answer whose other sentence asks to check in (부디 이름으로 예약합니다. 체크인하고
 *       싶습니다 → 예약했습니다): one checks in on a booking already made (Yeon &amp; Brown 2019, -았/었-
 *       for an event before now). Not with a time of later in the answer (내일 방을 예약합니다), nor
 *       with 체크인 inside a modifier (체크인할 방을 예약합니다) or as a noun (체크인은 세 시예요), nor where
 *       the booking sentence names what is booked (식당을 예약해요: a new booking made while checking in).</li>
 *   <li>{@code tense/past}, where one comes from: a country or city with 에서 before a present 오다 in a
 *       statement with no other subject and no time or habit word (저는 인도네시아에서 옵니다 → 왔습니다);</li>
 *   <li>{@code ending/modifier_after}: -는 or -(으)ㄹ before 후에, 뒤에, 다음에 'after' (밥을 먹는 후에 →
 *       먹은 후에): what comes before 'after' is over, so it takes the past modifier -(으)ㄴ (Yeon &amp;
 *       Brown 2019, -(으)ㄴ 후에). Reported as an ending, the gold sets' convention for modifier forms.</li>
 * </ul>
 */
final class ClauseTense {

    /** 체크인하다 in one of its forms. */
    private static final Pattern CHECK_IN_FORM = Pattern.compile("체크인(하고|하려고|하러|해|하겠|할게|할래|하고요|하면).*");
    /** A word that starts with 부탁 or a form of 하다. */
    private static final Pattern REQUEST_VERB_START = Pattern.compile("(부탁|해|하고|하려고|하러|할게|하겠).*");

    /** Time words of later: a booking with them may be a new one (내일 방을 예약합니다). */
    private static final List<String> LATER = List.of("내일", "모레", "이번", "주말", "요일", "이따", "다음");

    /** ㄷ, ㅂ, ㅅ, ㅎ stems that conjugate regularly (받아, 입어, 씻어); others may be irregular. */
    private static final Set<String> REGULAR = Set.of("받", "닫", "믿", "얻", "쏟", "입", "잡", "좁", "씹", "뽑", "접",
            "씻", "벗", "웃", "빼앗", "좋", "놓", "넣", "낳", "쌓");

    private ClauseTense() {
    }

    /** The findings on the learner's raw answer (sentences told apart by their punctuation). */
    static List<Finding> find(String raw) {
        List<Finding> out = new ArrayList<>();
        List<List<String>> sentences = SpeechLevels.sentences(raw);
        for (List<String> words : sentences) {
            List<Morphology.Word> analysed = SpeechLevels.analysed(String.join(" ", words));
            if (analysed.size() != words.size() || words.size() < 2) {
                continue;
            }
            orderBeforeServing(words, analysed).ifPresent(out::add);
            origin(words, analysed, raw).ifPresent(out::add);
            out.addAll(StateTense.find(words, analysed, raw));
            for (int k = 0; k + 1 < words.size(); k++) {
                afterWithNonPast(words, analysed, k).ifPresent(out::add);
            }
        }
        bookingBeforeCheckIn(raw, sentences).ifPresent(out::add);
        return out;
    }

    /** 라테를 시키는데 카푸치노가 나왔어요 → 시켰는데. */
    private static Optional<Finding> orderBeforeServing(List<String> words, List<Morphology.Word> analysed) {
        Morphology.Word last = analysed.getLast();
        String lastStem = VerbFrames.stem(last);
        if (!past(last) || !last.endsWith("EF") || !(lastStem.equals("나오") || lastStem.equals("오"))) {
            return Optional.empty();
        }
        for (int k = 0; k < words.size() - 1; k++) {
            Morphology.Word w = analysed.get(k);
            String stem = VerbFrames.stem(w);
            String surface = words.get(k);
            // what came is a thing (카푸치노가 나왔어요), not a person (주문하는데 직원이 왔어요: both at once)
            boolean thing = lastStem.equals("나오") || words.subList(k + 1, words.size() - 1).stream()
                    .anyMatch(x -> (x.endsWith("이") || x.endsWith("가")) && !ParticleFrames.ANIMATE.contains(x.substring(0, x.length() - 1))
                            && !x.endsWith("님이") && !x.endsWith("님께서"));
            if ((stem.equals("시키") || stem.equals("주문하")) && surface.equals(stem + "는데") && !w.has("EP") && thing) {
                String past = pastStem(stem);
                if (past != null) {
                    return Optional.of(new Finding(ErrorCategory.TENSE, surface, past + "는데", "tense/past"));
                }
            }
        }
        return Optional.empty();
    }

    /** Words of a time or a habit: with them 오다 in the present may be a plan or a routine (매일 집에서 와요). */
    private static final List<String> TIMED = List.of("어제", "오늘", "내일", "모레", "지금", "곧", "이따", "다음", "이번",
            "주말", "요일", "매일", "매주", "자주", "보통", "항상", "가끔", "언제", "시에", "아침", "저녁", "년", "달", "주에");

    /**
     * 인도네시아에서 옵니다 → 왔습니다: where one comes from is said with the past of 오다 (저는 인도네시아에서
     * 왔어요), the coming being over (Yeon &amp; Brown 2019, -았/었- of a completed event whose result holds;
     * 『외국인을 위한 한국어 문법 1』 'N에서 왔어요'). Only a proper name of a country or city with 에서 and a
     * present statement of 오다 with no subject but the speaker and no word of time or habit (친구가
     * 부산에서 와요, 내일 부산에서 와요 are plans).
     */
    private static Optional<Finding> origin(List<String> words, List<Morphology.Word> analysed, String raw) {
        int last = words.size() - 1;
        Morphology.Word verb = analysed.get(last);
        String present = switch (words.get(last)) {
            case "옵니다" -> "왔습니다";
            case "와요" -> "왔어요";
            default -> null;
        };
        if (present == null || raw.contains(words.get(last) + "?") || !words.get(last - 1).endsWith("에서")
                || !analysed.get(last - 1).startsWith("NNP") || verb.has("EP")
                || words.stream().anyMatch(x -> TIMED.stream().anyMatch(x::contains))) {
            return Optional.empty();
        }
        for (int k = 0; k < last - 1; k++) {
            String x = words.get(k);
            if ((analysed.get(k).endsWith("JKS") || analysed.get(k).endsWith("JX")) && !Set.of("제가", "저는", "내가", "나는", "저도", "나도").contains(x)) {
                return Optional.empty(); // 친구가 부산에서 와요: someone else's coming
            }
        }
        return Optional.of(new Finding(ErrorCategory.TENSE, words.get(last), present, "tense/past"));
    }

    /** The bound nouns of 'after': they follow the past modifier -(으)ㄴ only (먹은 후에, 끝난 다음에). */
    private static final Set<String> AFTER = Set.of("후에", "후", "후로", "후부터", "뒤에", "뒤", "다음에", "다음");

    /**
     * 밥을 먹는 후에 → 먹은 후에: 후, 뒤 and 다음 'after' take the past modifier -(으)ㄴ, since what comes
     * before them is over (Yeon &amp; Brown 2019, -(으)ㄴ 후에/다음에; 표준국어대사전 '후' 1). Only action
     * verbs with -는 or -(으)ㄹ and a regular stem; 다음 alone only before 에 (가는 다음 역 is 'the next
     * station'); 있다/없다 are not judged.
     */
    private static Optional<Finding> afterWithNonPast(List<String> words, List<Morphology.Word> analysed, int k) {
        String next = words.get(k + 1);
        if (!AFTER.contains(next) || next.equals("다음") || next.equals("뒤") && k + 2 < words.size()) {
            return Optional.empty(); // 다음 역, 뒤 (behind: 집 뒤 공원)
        }
        Morphology.Word w = analysed.get(k);
        List<Morphology.Morpheme> m = w.morphemes();
        if (m.size() < 2 || !m.getLast().is("ETM") || !Set.of("는", "ᆯ", "ㄹ", "을").contains(m.getLast().form())
                || m.stream().anyMatch(x -> x.is("EP"))) {
            return Optional.empty();
        }
        StringBuilder stem = new StringBuilder();
        for (Morphology.Morpheme x : m.subList(0, m.size() - 1)) {
            if (!x.is("VV", "NNG", "XSV")) {
                return Optional.empty();
            }
            stem.append(x.form());
        }
        String modifier = pastModifier(stem.toString());
        if (modifier == null || stem.toString().endsWith("있") || stem.toString().endsWith("없")
                || modifier.equals(words.get(k))) {
            return Optional.empty();
        }
        // an ending error by the gold sets' convention (K: 운동하는 후에 → 운동한, category ending)
        return Optional.of(new Finding(ErrorCategory.ENDING, words.get(k), modifier, "ending/modifier_after"));
    }

    /** The past modifier -(으)ㄴ of a regular stem (가 → 간, 먹 → 먹은, 만들 → 만든); null for irregular risks. */
    static String pastModifier(String stem) {
        if (stem.isEmpty() || !Hangul.isSyllable(stem.charAt(stem.length() - 1))) {
            return null;
        }
        char c = stem.charAt(stem.length() - 1);
        String head = stem.substring(0, stem.length() - 1);
        int fin = Hangul.finalIndex(c);
        if (fin == Hangul.Final.NONE) {
            return head + (char) (c + Hangul.Final.N); // final ㄴ
        }
        if (fin == Hangul.Final.L) {
            return head + (char) (c - Hangul.Final.L + Hangul.Final.N); // ㄹ dropped: 만들 → 만든
        }
        if ((fin == Hangul.Final.D || fin == Hangul.Final.B || fin == Hangul.Final.S || fin == Hangul.Final.H)
                && !REGULAR.contains(String.valueOf(c))) {
            return null;
        }
        return stem + "은";
    }

    /** 부디 이름으로 예약합니다. 체크인하고 싶습니다. → 예약했습니다. */
    private static Optional<Finding> bookingBeforeCheckIn(String raw, List<List<String>> sentences) {
        if (sentences.size() < 2 || LATER.stream().anyMatch(raw::contains)) {
            return Optional.empty();
        }
        for (int s = 0; s < sentences.size(); s++) {
            List<String> words = sentences.get(s);
            String last = words.getLast();
            String past = switch (last) {
                case "예약합니다" -> "예약했습니다";
                case "예약해요" -> "예약했어요";
                case "예약해" -> "예약했어";
                default -> null;
            };
            if (past == null || raw.contains(last + "?") || SpeechLevels.analysed(String.join(" ", words)).stream()
                    .anyMatch(w -> w.endsWith("JKO"))) {
                continue; // a question, or what is booked is named (식당을 예약해요)
            }
            for (int o = 0; o < sentences.size(); o++) {
                if (o == s) {
                    continue;
                }
                List<String> other = sentences.get(o);
                for (int k = 0; k < other.size(); k++) {
                    String w = other.get(k);
                    String next = k + 1 < other.size() ? other.get(k + 1) : "";
                    boolean checkIn = CHECK_IN_FORM.matcher(w).matches()
                            || w.equals("체크인") && REQUEST_VERB_START.matcher(next).matches();
                    if (checkIn) {
                        return Optional.of(new Finding(ErrorCategory.TENSE, last, past, "tense/past"));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the word carries the past -았/었- (갔어, 봤어요, 출근했습니다). */
    static boolean past(Morphology.Word w) {
        return w.morphemes().stream().anyMatch(m -> m.is("EP") && (m.form().contains("ㅆ") || m.form().contains("었")
                || m.form().contains("았") || m.form().contains("였")));
    }

    /**
     * The stem with the past -았/었- attached (시키 → 시켰, 하 → 했, 오 → 왔, 되 → 됐, 먹 → 먹었, 알 → 알았);
     * null where the stem may be irregular (ㄷ, ㅂ, ㅅ, ㅎ finals outside the regular list, 르). Source:
     * Yeon &amp; Brown 2019, the past -았/었- (vowel harmony and contraction).
     *
     * @param stem a verb or adjective stem as Nori writes it, at least one Hangul syllable
     */
    static String pastStem(String stem) {
        if (stem.isEmpty() || !Hangul.isSyllable(stem.charAt(stem.length() - 1))) {
            return null;
        }
        char c = stem.charAt(stem.length() - 1);
        String head = stem.substring(0, stem.length() - 1);
        int fin = Hangul.finalIndex(c);
        int med = Hangul.medialIndex(c);
        if (fin != Hangul.Final.NONE) {
            if ((fin == Hangul.Final.D || fin == Hangul.Final.B || fin == Hangul.Final.S || fin == Hangul.Final.H)
                    && !REGULAR.contains(String.valueOf(c))) {
                return null;
            }
            return stem + (med == Hangul.Medial.A || med == Hangul.Medial.O ? "았" : "었");
        }
        if (med == 11) { // ㅚ: 되 → 됐
            return head + Hangul.compose(Hangul.initialIndex(c), 10, Hangul.Final.SS); // ㅙ
        }
        if (med == 16 || med == 19) { // ㅟ, ㅢ: 쉬었, 띄었
            return stem + "었";
        }
        String inf = SpeechLevels.infinitive(stem);
        if (inf == null) {
            return null;
        }
        char end = inf.charAt(inf.length() - 1);
        return Hangul.hasFinal(end) ? null : inf.substring(0, inf.length() - 1) + (char) (end + 20);
    }
}
