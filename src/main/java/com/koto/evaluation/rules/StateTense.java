package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.text.Hangul;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tense and 부터 where the learner's words state how a present state came about (issue 11, session 8,
 * helper eval12c; called from {@link ClauseTense#find}):
 * <ul>
 *   <li>{@code tense/past}, a thing not brought: 안/못 before a present 가져오다/가져가다 (가져와요, 가져와,
 *       가져옵니다) that ends its sentence, in an answer that apologises or asks to borrow (죄송, 미안, 빌리다,
 *       깜빡): the thing is missing now because it was not brought, an act that is over, so 안 가져왔어요 (Yeon
 *       &amp; Brown 2019, -았/었- of a past act whose result holds now). Not with a word of habit (보통, 항상,
 *       자주, 매일, 원래) or of later (내일, 다음, 모레, 이따, 나중): 저는 보통 우산을 안 가져와요 and 내일은 책을 안
 *       가져와요 are right;</li>
 *   <li>{@code tense/present}, opening hours: a question with 오늘 and 몇 시 before a past 열다, 닫다 or
 *       영업하다 (오늘 몇 시에 닫았어요? → 닫아요): a shop's hours of today are a schedule, asked in the
 *       present (Yeon &amp; Brown 2019, the present for schedules). Not without 오늘 (어제 몇 시에 닫았어요?);</li>
 *   <li>{@code particle_missing/since}: 어제, 그저께 or 지난주 opening a sentence whose last predicate is a present
 *       state of the body or a thing that does not work (어제 머리가 아파요, 어제 뜨거운 물이 나오지 않아요 →
 *       어제부터): a state that began then and lasts now takes 부터 on its start (표준국어대사전 '부터' ①
 *       어떤 일이나 상태 따위에 관련된 범위의 시작임을 나타내는 보조사; Yeon &amp; Brown 2019). A past
 *       predicate (어제 머리가 아팠어요) or any other present stays to {@link TimeWords}. The same start written with
 *       에서 (어제에서 머리가 아파요), with no modifier clause in the sentence, is {@code particle_wrong/since} → 어제부터 (session 29, s29e).</li>
 * </ul>
 */
final class StateTense {

    /** Text that names a repair, an exchange or a refund. */
    private static final Pattern REPAIR_WORDS = Pattern.compile("(?s).*(수리|고치|고쳐|교환|환불|바꾸|바꿔|바꿀|AS|에이에스).*");
    /** A unit of duration. */
    private static final Pattern DURATION_UNIT = Pattern.compile("년|달|개월|주|주일|일|시간");
    /** Sentence marks, commas or ~ at the end. */
    private static final Pattern TRAILING_PUNCTUATION_TILDE = Pattern.compile("[.,?!~]+$");

    private static final Pattern BRING = Pattern.compile("가져와요?|가져가요?|가져옵니다|가져갑니다");

    private static final Pattern CONTEXT = Pattern.compile("죄송|미안|빌리|빌릴|빌려|깜빡|잊어버");

    private static final List<String> HABIT_OR_LATER = List.of("보통", "항상", "자주", "매일", "늘", "원래", "절대",
            "내일", "다음", "모레", "이따", "나중", "앞으로", "주말마다");

    private static final Set<String> HOURS = Set.of("열", "닫", "영업하", "문을 열", "문을 닫");

    /** Starts of a state that lasts. */
    private static final Set<String> STARTS = Set.of("어제", "그저께", "그제", "지난주", "어젯밤");

    /** Adjectives of a bodily feeling (아프다 ①: 몸의 어느 부분이). */
    private static final Set<String> FEELING = Set.of("아프", "가렵", "따갑", "시리", "저리", "쑤시", "간지럽",
            "아파"); // 아파: Nori's stem of the misformed 아파습니다 (for 아픕니다), whose 부터 is missing all the same (session 26)

    /** The verbs of a symptom: 나다 (열이 나다, 표준국어대사전 '나다' ①; Nori reads 나고 as 날 + 고), 있다. */
    private static final Set<String> SYMPTOM_VERBS = Set.of("나", "날", "있");

    /** Verbs of working, under 안/못 or -지 않다: a thing that does not work (물이 안 나와요). */
    private static final Set<String> WORKING = Set.of("나오", "되", "켜지", "작동하", "열리", "잠기", "내려가");

    /** Words of a habit of losing (자꾸, 또, 잘 잃어버려요). */
    private static final List<String> LOSS_HABIT = List.of("자꾸", "또", "잘", "가끔", "맨날", "계속", "쉽게", "만약", "혹시");

    private StateTense() {
    }

    /** The findings on one sentence's words; shapes as {@link ClauseTense#find}. */
    static List<Finding> find(List<String> words, List<Morphology.Word> analysed, String raw) {
        List<Finding> out = new ArrayList<>();
        notBrought(words, raw).ifPresent(out::add);
        openingHours(words, analysed, raw).ifPresent(out::add);
        stateSince(words, analysed).ifPresent(out::add);
        agoOngoing(words, analysed).ifPresent(out::add); // session 15 (eval29b)
        pastSince(words, analysed, raw).ifPresent(out::add); // session 12 (eval20d)
        lost(words, analysed, raw).ifPresent(out::add);
        damaged(words, raw).ifPresent(out::add); // session 10 (eval16c)
        return out;
    }

    /**
     * 빌린 책을 잃어버려요. → 잃어버렸어요: a loss reported in the present statement. 잃어버리다 names a
     * change that is over once it happens, whose result (the thing is gone) holds now, so a report of it
     * takes -았/었- (Yeon &amp; Brown 2019, -았/었- of a past act whose result holds; 표준국어대사전
     * '잃어버리다'); the present says a habit, which needs a word of habit or of later (자주, 또, 내일 …).
     * Only the last predicate of a statement, with no such word in the sentence.
     */
    private static Optional<Finding> lost(List<String> words, List<Morphology.Word> analysed, String raw) {
        int last = words.size() - 1;
        String verb = words.get(last);
        if (!verb.startsWith("잃어버") || raw.contains(verb + "?") || ClauseTense.past(analysed.get(last))
                || words.stream().anyMatch(w -> HABIT_OR_LATER.stream().anyMatch(w::startsWith)
                        || LOSS_HABIT.stream().anyMatch(w::startsWith))) {
            return Optional.empty();
        }
        String past = switch (verb) {
            case "잃어버려요" -> "잃어버렸어요";
            case "잃어버려" -> "잃어버렸어";
            case "잃어버립니다" -> "잃어버렸습니다";
            default -> null;
        };
        return past == null ? Optional.empty() : Optional.of(new Finding(ErrorCategory.TENSE, verb, past, "tense/past"));
    }

    /** Verbs of a thing damaged (stems): the change is over once it happens and its result holds. */
    private static final Set<String> DAMAGED = Set.of("깨지", "부러지", "찢어지", "망가지", "부서지", "터지", "끊어지");

    /** Present forms of a damaged-thing verb's -아/어 stem → its past (깨져요 → 깨졌어요, 깨집니다 → 깨졌습니다). */
    private static String damagedPast(String verb) {
        for (String stem : DAMAGED) {
            String inf = stem.substring(0, stem.length() - 1) + "져";
            String past = stem.substring(0, stem.length() - 1) + "졌";
            if (verb.equals(inf + "요")) {
                return past + "어요";
            }
            if (verb.equals(inf)) {
                return past + "어";
            }
            if (verb.equals(stem.substring(0, stem.length() - 1) + "집니다")) {
                return past + "습니다";
            }
        }
        return null;
    }

    /**
     * 화면이 깨집니다. 수리하고 싶습니다. → 깨졌습니다: a thing damaged reported in the present statement
     * (session 10, eval16c). 깨지다, 부러지다, 찢어지다, 망가지다 … name a change that is over once it
     * happens, and the state it leaves (the screen is cracked now) is told with -았/었- (Yeon &amp; Brown
     * 2019, -았/었- of a completed change whose result holds: 꽃이 폈어요, 결혼했어요; Sohn 1999, the
     * perfective reading of the past); the present says what happens as a rule (이 컵은 잘 깨져요). The
     * answer must also ask for a repair, an exchange or a refund in another sentence (수리, 고치, 교환, 환불,
     * 바꾸), so the present is a report of now; the damaged-thing verb ends a statement of its own, with no
     * negation, condition, word of habit or of later.
     */
    private static Optional<Finding> damaged(List<String> words, String raw) {
        int last = words.size() - 1;
        String verb = words.get(last);
        boolean broken = brokenDown(words);
        String past = broken ? BROKEN_PAST.get(verb) : damagedPast(verb);
        if (past == null || raw.contains(verb + "?") || last > 0 && Set.of("안", "못", "잘").contains(words.get(last - 1))
                || words.stream().anyMatch(w -> HABIT_OR_LATER.stream().anyMatch(w::startsWith)
                        || LOSS_HABIT.stream().anyMatch(w::startsWith) || w.endsWith("면") || w.endsWith("면은"))
                || !broken && !REPAIR_WORDS.matcher(raw).matches()) {
            return Optional.empty();
        }
        return Optional.of(new Finding(ErrorCategory.TENSE, verb, past, "tense/past"));
    }

    /**
     * The present forms of 나다 after 고장 and their past (나요 → 났어요). 고장(이) 나다 names a breakdown, a change
     * that is over once it happens (표준국어대사전 '고장' ①: 기구나 기계 따위가 기능상의 장애를 일으킴; 고장이 나다), so
     * the state now is told in the past (에어컨이 고장 났어요), as {@link #damaged} tells a cracked screen; the present
     * says what happens as a rule or will happen (자주 고장 나요, 그러면 고장 나요), which a word of habit, of later or a
     * condition in the sentence shows. Unlike the other damaged-thing verbs it needs no repair asked beside it: a
     * breakdown is reported, not described as a property (session 29, s29e).
     */
    private static final java.util.Map<String, String> BROKEN_PAST = java.util.Map.of("나요", "났어요", "나", "났어",
            "납니다", "났습니다");

    /** Whether the sentence's last word follows 고장 (고장, 고장이, 고장도) right before it. */
    private static boolean brokenDown(List<String> words) {
        int last = words.size() - 1;
        return last > 0 && Set.of("고장", "고장이", "고장도").contains(words.get(last - 1));
    }

    /** 라켓을 안 가져와요. 하나 빌릴 수 있어요? → 안 가져왔어요. */
    private static Optional<Finding> notBrought(List<String> words, String raw) {
        int last = words.size() - 1;
        String verb = words.get(last);
        if (last < 1 || !(words.get(last - 1).equals("안") || words.get(last - 1).equals("못"))
                || !BRING.matcher(verb).matches() || !CONTEXT.matcher(raw).find()
                || words.stream().anyMatch(w -> HABIT_OR_LATER.stream().anyMatch(w::startsWith))) {
            return Optional.empty();
        }
        String bare = verb;
        String past = bare.endsWith("니다") ? bare.replace("옵니다", "왔습니다").replace("갑니다", "갔습니다")
                : TimeWords.pastOf(bare);
        if (past == null || past.equals(bare)) {
            return Optional.empty();
        }
        return Optional.of(new Finding(ErrorCategory.TENSE, bare, past, "tense/past"));
    }

    /** 오늘 몇 시에 닫았어요? → 닫아요. */
    private static Optional<Finding> openingHours(List<String> words, List<Morphology.Word> analysed, String raw) {
        int last = words.size() - 1;
        String verb = words.get(last);
        if (!raw.contains(verb + "?") || words.stream().noneMatch(w -> w.equals("오늘") || w.equals("오늘은")) || !words.contains("몇")
                || !HOURS.contains(VerbFrames.stem(analysed.get(last))) || !ClauseTense.past(analysed.get(last))) {
            return Optional.empty();
        }
        String present = TimeWords.presentOf(verb);
        if (present == null) {
            return Optional.empty();
        }
        return Optional.of(new Finding(ErrorCategory.TENSE, verb, present, "tense/present"));
    }

    /** Symptom nouns that 있다 states as a bodily state (열이 있다, 기침이 있다). */
    private static final Set<String> SYMPTOMS = Set.of("열이", "열도", "기침이", "기침도", "콧물이", "콧물도", "두통이", "두통도");

    /** A span before 전 'ago' (3일, 이틀, 일주일, 두 달 → 달, 며칠). */
    private static final Pattern DURATION = Pattern.compile(".*[0-9일이삼사오육칠팔구십](일|주|주일|개월|년)|이틀|사흘|나흘|며칠|일주일|달|주");

    /** Words that say the state is over or has changed by now (지금은 괜찮아요, 나았어요, 오늘 아침까지). */
    private static final Pattern OVER = Pattern.compile("괜찮|나았|나아졌|좋아졌|까지|지금은|이제는|그쳤|멈췄");

    /**
     * 어제부터 목이 아팠어요. → 아파요: a bodily state since a past start, in the past. N부터 on a past start
     * (어제, 그저께, 지난주, N일 전) names a state that began then and lasts up to now, which Korean tells in the
     * present (표준국어대사전 '부터' ①; Yeon &amp; Brown 2019, the present for a state that continues into now,
     * as English uses the present perfect); the past -았/었- would put the whole state before now. Subtype
     * {@code tense/present}. Only the last predicate of a statement, a feeling adjective of the body ({@link
     * #FEELING}: 아프다, 가렵다 …) or 있다 after a symptom (열이 있었어요), in the 해요체 or 해체 (아팠어요 →
     * 아파요, 있었어 → 있어). Not with a word that ends the state or says it has changed (까지, 괜찮-, 나았-,
     * 지금은 …), nor in a question; verbs of an event (어제부터 열이 났어요, accepted by the teacher rule) are
     * left alone.
     *
     * @param words the sentence's words; analysed Nori's reading of each
     * @param raw the whole answer as written (its other sentences may end the state)
     * @return the finding on the last word, the learner's past → its present
     */
    private static Optional<Finding> pastSince(List<String> words, List<Morphology.Word> analysed, String raw) {
        int last = words.size() - 1;
        String verb = words.get(last);
        if (last < 2 || raw.contains(verb + "?") || OVER.matcher(raw).find()
                || !ClauseTense.past(analysed.get(last))) {
            return Optional.empty();
        }
        boolean since = false;
        for (int k = 0; k < last; k++) {
            String w = words.get(k);
            if (w.endsWith("부터") && w.length() > 2) {
                String start = w.substring(0, w.length() - 2);
                since |= STARTS.contains(start) || start.equals("전") && k > 0 && DURATION.matcher(words.get(k - 1)).matches();
            }
        }
        String stem = VerbFrames.stem(analysed.get(last));
        boolean state = FEELING.contains(stem) || stem.equals("있") && SYMPTOMS.contains(words.get(last - 1));
        if (!since || !state || analysed.get(last).has("ETM")) {
            return Optional.empty();
        }
        String present = TimeWords.presentOf(verb);
        return present == null ? Optional.empty()
                : Optional.of(new Finding(ErrorCategory.TENSE, verb, present, "tense/present"));
    }

    /** A counted length of time: 3년, 삼 년, 두 달, 몇 주, 6개월 (the word before 전에). */
    private static final Pattern LENGTH = Pattern.compile(
            "([0-9]+|한|두|세|네|다섯|여섯|몇|일|이|삼|사|오|육|십) ?(년|달|개월|주|주일|일|시간)");

    /**
     * A counted time ago with 전에 before a present progressive -고 있다 that ends the sentence (저는 3년
     * 전에 한국어를 배우고 있습니다 → 전부터; session 15, eval29b): an activity that began then and goes on
     * now takes 부터 on its start, 'since … ago' (표준국어대사전 '부터' ① 범위의 시작; Yeon &amp; Brown 2019,
     * 부터 of a starting point and -고 있다 of an action in progress). 전에 'before, ago' places a single
     * event in the past and stays with a past or another predicate (3년 전에 배웠어요, 3년 전에 배우고
     * 있었어요, 세 시 전에 도착해야 돼요).
     */
    private static Optional<Finding> agoOngoing(List<String> words, List<Morphology.Word> analysed) {
        int at = words.indexOf("전에");
        int last = words.size() - 1;
        if (at < 1 || last < at + 2 || analysed.stream().anyMatch(ClauseTense::past)) {
            return Optional.empty();
        }
        String length = words.get(at - 1);
        if (at >= 2 && DURATION_UNIT.matcher(length).matches()) {
            length = words.get(at - 2) + " " + length;
        }
        String end = TRAILING_PUNCTUATION_TILDE.matcher(words.get(last)).replaceAll("");
        boolean ongoing = Set.of("있어요", "있습니다", "있어", "있다", "있어요?").contains(end)
                && words.get(last - 1).endsWith("고") && analysed.get(last - 1).verbal();
        for (int k = at + 1; k < last - 1; k++) {
            if (analysed.get(k).verbal()) {
                return Optional.empty(); // one clause only
            }
        }
        if (!LENGTH.matcher(length).matches() || !ongoing) {
            return Optional.empty();
        }
        return Optional.of(new Finding(ErrorCategory.PARTICLE_WRONG, "전에", "전부터", "particle_wrong/time_for_since"));
    }

    /** 어제 머리가 아파요 → 어제부터. */
    private static Optional<Finding> stateSince(List<String> words, List<Morphology.Word> analysed) {
        int last = words.size() - 1;
        String first = words.isEmpty() ? "" : words.getFirst();
        // 어제에서: the particle of a place or a source on the start (session 29, s29e); 지난주에 is right (a time with 에)
        String marked = first.endsWith("에서") ? first.substring(0, first.length() - 2) : null;
        boolean wrongParticle = marked != null && STARTS.contains(marked) && analysed.stream().noneMatch(w -> w.has("ETM"));
        if (last < 2 || !STARTS.contains(first) && !wrongParticle
                || words.stream().anyMatch(w -> w.contains("부터")) // 어제 부터, 어제 저녁부터: the 부터 is there
                || analysed.stream().anyMatch(ClauseTense::past)) {
            return Optional.empty();
        }
        Morphology.Word end = analysed.get(last);
        String stem = VerbFrames.stem(end);
        boolean feeling = FEELING.contains(stem) && !end.has("ETM");
        boolean broken = WORKING.contains(stem) && words.get(last - 1).equals("안")
                || words.get(last).startsWith("않") && last >= 1 && WORKING.contains(VerbFrames.stem(analysed.get(last - 1)));
        boolean feelingBefore = false;
        for (int k = 1; k < last; k++) {
            if (FEELING.contains(VerbFrames.stem(analysed.get(k))) && words.get(k).endsWith("고")) {
                feelingBefore = true; // 머리가 아프고 뜨거워요: two feelings of one body
                continue;
            }
            if (words.get(k).endsWith("고") && SYMPTOM_VERBS.contains(VerbFrames.stem(analysed.get(k)))
                    && SYMPTOMS.contains(words.get(k - 1))) {
                feelingBefore = true; // 열이 나고 목이 아파요: a symptom listed before the feeling (session 26, s26e)
                continue;
            }
            if (analysed.get(k).verbal() && !analysed.get(k).has("ETM") && !(broken && k == last - 1)) {
                return Optional.empty(); // one clause only (어제 넘어져서 다리가 아파요: the fall, then the pain)
            }
        }
        feeling |= feelingBefore && (FEELING.contains(stem) || stem.equals("뜨겁")) && !end.has("ETM");
        if (!feeling && !broken) {
            return Optional.empty();
        }
        if (wrongParticle) {
            // 에서 marks a place or a source (표준국어대사전 '에서' ①–③): the start
            // of a state that lasts is N부터 (표준국어대사전 '부터' ①)
            return Optional.of(new Finding(ErrorCategory.PARTICLE_WRONG, first, marked + "부터", "particle_wrong/since"));
        }
        String start = words.getFirst();
        return Optional.of(new Finding(ErrorCategory.PARTICLE_MISSING, start, start + "부터", "particle_missing/since"));
    }
}
