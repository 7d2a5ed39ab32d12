package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.text.Hangul;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A past time word with a present main verb, found on the learner's words whatever the accepted
 * answer (session 5, issue 11; {@code tense/time_word}): 어제 영화 보러 가요 → 갔어요. The time word
 * places the event in the past, and the sentence-final predicate carries the tense (Yeon &amp; Brown
 * 2019, on the past tense -았/었-; Sohn 1999, on tense and time adverbials). Present with a future
 * time word is accepted (policy), so only the past is checked.
 *
 * <p>Left alone: a since-phrase (어제부터 아파요: the state goes on), a time word inside a modifier
 * clause (어제 산 옷이에요), a copula sentence, and any answer where another sentence or a finite verb
 * stands between the time word and the last word (어제 아팠어요 지금 괜찮아요).
 */
final class TimeWords {

    /** 있다/없다 in the prospective modifier -을. */
    private static final Pattern EXISTENCE_MODIFIER = Pattern.compile(".*(있|없)을");
    /** The point after a sentence-final mark, or a line break. */
    private static final Pattern SENTENCE_OR_LINE_BREAK = Pattern.compile("(?<=[.?!])|\\n");
    /** A break after a sentence-final mark with the spaces after it. */
    private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.?!])\\s*");
    /** A subject or topic particle at the end. */
    private static final Pattern NOMINATIVE_TOPIC_END = Pattern.compile("(이|가|은|는)$");
    /** -에 대한/대해 (about). */
    private static final Pattern ABOUT_WORD = Pattern.compile(".*에 ?대(한|해).*");
    /** A quotative -다고/-라고/-자고/-냐고 before another word. */
    private static final Pattern QUOTATIVE_GO = Pattern.compile(".*[다라자냐]고 .*");
    /** 후 or 뒤, with or without 에. */
    private static final Pattern AFTER_WORD = Pattern.compile(".*(후|뒤)에?");
    /** A word that starts with 주, 달, 번 or 날. */
    private static final Pattern PERIOD_COUNTER_START = Pattern.compile("(주|달|번|날).*");
    /** -서 after 해, 돼 or 되. */
    private static final Pattern CAUSE_SEO = Pattern.compile(".*(해|돼|되)서");

    /**
     * The particles after a past time word that keep it the time of the clause: 에, the topic 은/는, 도 and
     * their stacks 에도, 에는, 엔 (어젯밤에도 시끄러워요; 표준국어대사전 '에' 「조사」 ③ 시간, '도' 「조사」 ①; session 27).
     */
    private static final Set<String> TIME_PARTICLES = Set.of("에", "은", "는", "도", "에도", "에는", "엔");

    /**
     * Past time words; 어제밤 is 어젯밤 without its 사이시옷, a spelling slip that still names last night (한글 맞춤법
     * 제30항; session 37, s37c: the spelling finding and the tense of its verb are two errors).
     */
    private static final Set<String> PAST = Set.of("어제", "그저께", "그제", "지난주", "지난달", "작년", "아까", "어젯밤",
            "어제밤");

    /** Time words of now and later: a clause about them may follow (어제 들었는데 내일 비가 와요). */
    private static final List<String> LATER = List.of("내일", "모레", "다음", "이따", "나중", "지금", "오늘", "요즘",
            "이번", "앞으로");

    private TimeWords() {
    }

    /** The present main verb after a past time word, put in the past; empty when none applies. */
    static Optional<PreChecks.Fix> find(String answer) {
        String[] a = answer.split(" ");
        int t = -1;
        for (int i = 0; i < a.length - 1 && t < 0; i++) {
            String stem = ArgumentCheck.stemAndParticle(a[i])[0];
            String particle = a[i].substring(stem.length());
            if ((PAST.contains(a[i]) || PAST.contains(stem) && TIME_PARTICLES.contains(particle)
                    || a[i].equals("지난") && i + 1 < a.length - 1)) {
                t = i;
            }
        }
        java.util.regex.Matcher ago = AGO.matcher(answer);
        boolean counted = t < 0 && ago.find();
        if (counted) {
            t = ago.group(1).split(" ").length - 1; // (일주일 전에 주문합니다: the word 전에, session 10)
        }
        int argumentsBefore = t < 0 ? argumentsBeforeAgo(a) : -1;
        if (argumentsBefore > 0) {
            counted = true; // 택배를 3일 전에 보내요 → 보냈어요 (session 38, s38c)
            java.util.regex.Matcher later = AGO.matcher(String.join(" ", List.of(a).subList(argumentsBefore, a.length)));
            t = later.find() ? argumentsBefore + later.group(1).split(" ").length - 1 : -1;
        }
        if (t < 0 || answer.contains("부터") || answer.contains(" 때") || answer.contains("보다")
                || answer.contains("처럼")) {
            // 어제부터 아파요 (a state since then), 어제보다 추워요 (a comparison with then)
            return Optional.empty();
        }
        List<Morphology.Word> w = Morphology.analyse(answer);
        int last = a.length - 1;
        if (w.size() != a.length) {
            return Optional.empty();
        }
        if (t + 2 < last && nounPhraseThenVerb(w, t + 1, last) || namesEvent(a, t)) {
            return Optional.empty(); // 어제 수업 노트 있어?, 어제 회의 자료 보내 드립니다: the time word names the noun (session 8)
        }
        for (int i = t + 1; i < last; i++) {
            if (w.get(i).has("ETM", "EF", "EP") || LATER.stream().anyMatch(a[i]::startsWith)
                    || counted && (w.get(i).has("EC") || HABIT.contains(a[i]))) {
                return Optional.empty(); // a modifier clause, another sentence or another time in between
            }
        }
        if (counted && a[last].endsWith("야")) {
            return Optional.empty();
        }
        Morphology.Word verb = w.get(last);
        // -고 있다 of an action in progress then takes the past too (어제 공부하고 있어요 → 있었어요, session 8)
        boolean progressive = verb.has("VX") && a[last].startsWith("있") && a[last - 1].endsWith("고")
                && w.get(last - 1).verbal();
        for (int i = t + 1; progressive && i < last - 1; i++) {
            if (w.get(i).has("EC")) {
                progressive = false; // 작년에 한국에 와서 한국어를 공부하고 있어요: the -고 있다 is now
            }
        }
        if (stateAfterCause(a, w, t + 1, last)) {
            return Optional.empty(); // 어제 감기에 걸려서 목이 아파요: the cause then, the state now
        }
        if (!verb.verbal() || verb.has("EP", "VCP", "ETM") || verb.has("VX") && !progressive
                || !verb.endsWith("EF") && !politeInfinitive(verb) || feelingNow(a[last])) {
            return Optional.empty();
        }
        for (int i = t + 1; !verb.endsWith("EF") && i < last; i++) {
            if (w.get(i).has("EC")) {
                return Optional.empty(); // 어제 목이 아프고 더워요: a state begun then and joined to another (부터 left out)
            }
        }
        String past = pastOf(a[last]);
        if (past == null) {
            past = formalPastOf(a[last]); // 어제 … 끝냅니다 → 끝냈습니다 (session 8)
        }
        if (past == null) {
            past = sleptOf(a, last); // 어젯밤에 잠을 못 자 → 잤어 (session 37, s37c)
        }
        if (past == null) {
            past = boughtOrLived(a, w, t + 1, last); // 어제 이 셔츠를 삽니다 → 샀습니다 (session 28)
        }
        if (past == null || sFinalBeforeVowel(a[last])) {
            return Optional.empty(); // (삿어요 is 샀어요 misspelt, not a present)
        }
        List<String> out = new ArrayList<>(List.of(a));
        out.set(last, past);
        return Optional.of(new PreChecks.Fix(new Finding(ErrorCategory.TENSE, a[last], past, "tense/time_word"),
                String.join(" ", out)));
    }

    /**
     * A length of time counted back from now, opening the sentence (일주일 전에, 30분 전에, 두 시간 전에):
     * 표준국어대사전 '전' 「2」 '이전', read as before now where it opens the sentence (not after -기, nor
     * after an event noun: 출발 두 시간 전에), with no connective of its own clause (두 시간 전에 도착해야
     * 해요 is a rule, 한 시간 전에 와서 기다려요 a habit) and no word of habit (session 10, eval16c).
     */
    private static final java.util.regex.Pattern AGO = java.util.regex.Pattern.compile(
            "^((일주일|며칠|이틀|사흘|[0-9]+ ?(분|시간|일|주|주일|달|개월|년)|(한|두|세|네|다섯|몇) ?(시간|달|주|주일)"
                    + "|(일|이|삼|사|오|십|이십|삼십) ?(분|일|주일|개월|년)) 전에)( |$)");

    /**
     * The number of words before a length of time counted back from now ({@link #AGO}) where each of them is a noun with
     * its case particle or topic marker (택배를 3일 전에, 저는 일주일 전에, 동생이 이틀 전에), 0 where none is (the phrase
     * opens the sentence, read by {@link #find} itself), -1 where the phrase is absent or a word before it is no such
     * argument: a bare noun or a -기 form before 전에 is what the time is counted from (출발 두 시간 전에, 가기 3일 전에), not
     * now (session 38, s38c; 표준국어대사전 '전'¹ 「2」).
     */
    private static int argumentsBeforeAgo(String[] a) {
        for (int k = 1; k < a.length - 1; k++) {
            if (!AGO.matcher(String.join(" ", List.of(a).subList(k, a.length))).find()) {
                continue;
            }
            List<Morphology.Word> read = Morphology.analyse(String.join(" ", List.of(a).subList(0, k)));
            if (read.size() != k) {
                return -1;
            }
            for (Morphology.Word w : read) {
                List<Morphology.Morpheme> ms = w.morphemes();
                if (ms.size() < 2 || !ms.getFirst().is("NNG", "NNP", "NP") || !ms.getLast().is("JKO", "JKS", "JX")
                        || !ms.getLast().form().matches("을|를|은|는|이|가|도|께서")) {
                    return -1;
                }
            }
            return k;
        }
        return -1;
    }

    /** Words of habit: with them the present is what usually happens (보통 30분 전에 와요). */
    private static final Set<String> HABIT = Set.of("보통", "항상", "늘", "매일", "자주", "언제나", "보통은", "원래");

    /**
     * The subtype of a tense the learner's own time word contradicts: it repairs the learner's word, so
     * it outranks the comparison's finding of the same category on that word ({@link SpeechLevels#repairs}).
     */
    static final Set<String> REPAIRS = Set.of("tense/time_word");

    /** The -(으)ㄹ 것 future of each speech level, and the past ending that replaces it (거예요 → -었어요). */
    private static final java.util.Map<String, String> PLAN_ENDINGS = java.util.Map.of("거예요", "어요", "거에요", "어요",
            "겁니다", "습니다", "거야", "어", "거다", "다");

    /** ㄹ-stems Nori may read as the vowel stem + ㄹ (살 as 사 + ㄹ): 살 거예요 is not judged. */
    private static final Set<String> RIEUL_AMBIGUOUS = Set.of("살", "날", "물", "불", "울", "놀", "길", "열", "팔", "알",
            "걸", "들", "밀", "빌", "달", "떨", "풀", "돌", "벌");

    /**
     * A past time word with the future -(으)ㄹ 거예요/겁니다/거야 (어제 친구를 만날 거예요 → 만났어요): the
     * time word places the event before now, and -(으)ㄹ 것이다 speaks of one to come (Yeon &amp; Brown
     * 2019, -(으)ㄹ 거예요; a guess about the past is -았/었을 거예요, which has its past marker). Same
     * guards as {@link #find}: 부터, 때, 보다, 처럼, a modifier, another sentence end or a time of later
     * between the time word and the verb; also no connective between (어제 늦게 자서 피곤할 거예요: a cause
     * then and a guess about now) and action verbs only (an adjective's -(으)ㄹ 거예요 may be a guess).
     */
    static Optional<Finding> plannedPast(String sentence) {
        String[] a = sentence.split(" ");
        int n = a.length;
        String ending = n >= 3 ? PLAN_ENDINGS.get(a[n - 1]) : null;
        if (ending == null || sentence.contains("부터") || sentence.contains(" 때") || sentence.contains("보다")
                || sentence.contains("처럼") || RIEUL_AMBIGUOUS.contains(a[n - 2])) {
            return Optional.empty();
        }
        int t = -1;
        for (int i = 0; i < n - 2 && t < 0; i++) {
            String stem = ArgumentCheck.stemAndParticle(a[i])[0];
            String particle = a[i].substring(stem.length());
            if (PAST.contains(a[i]) || PAST.contains(stem) && TIME_PARTICLES.contains(particle)
                    || a[i].equals("지난") && i + 1 < n - 2) {
                t = i;
            }
        }
        List<Morphology.Word> w = SpeechLevels.analysed(sentence);
        if (t < 0 || w.size() != n) {
            return Optional.empty();
        }
        if (namesEvent(a, t)) {
            return Optional.empty();
        }
        for (int i = t + 1; i < n - 2; i++) {
            if (w.get(i).has("ETM", "EF", "EP", "EC") || LATER.stream().anyMatch(a[i]::startsWith)) {
                return Optional.empty(); // 어제 늦게 자서 피곤할 거예요: a cause then, a guess about now
            }
        }
        List<Morphology.Morpheme> m = w.get(n - 2).morphemes();
        if (m.size() < 2 || !m.getLast().is("ETM") || !Set.of("ᆯ", "ㄹ", "을").contains(m.getLast().form())
                || m.stream().anyMatch(x -> x.is("EP")) || EXISTENCE_MODIFIER.matcher(a[n - 2]).matches()) {
            return Optional.empty(); // 갔을 거예요: a guess about the past; 한 겁니다: what was done; 재미있을 거예요
        }
        StringBuilder stem = new StringBuilder();
        for (Morphology.Morpheme x : m.subList(0, m.size() - 1)) {
            if (!x.is("VV", "NNG", "XSV")) { // actions only: 재미있을 거예요 may be a guess
                return Optional.empty();
            }
            stem.append(x.form());
        }
        String past = ClauseTense.pastStem(stem.toString());
        if (past == null || feelingNow(a[n - 2])) {
            return Optional.empty();
        }
        String original = a[n - 2] + " " + a[n - 1];
        String correction = ending.equals("습니다") || ending.equals("다") ? past + (ending.equals("다") ? "다" : "습니다")
                : past + ending;
        return Optional.of(new Finding(ErrorCategory.TENSE, original, correction, "tense/time_word"));
    }

    /** Nouns of an event or a matter a past time word may name (어제 회의 건으로, 어제 주문 건). */
    private static final Set<String> EVENTS = Set.of("회의", "수업", "주문", "일", "건", "경기", "약속", "모임", "파티",
            "미팅", "면접", "시험", "공연", "행사", "사고", "문제", "얘기", "이야기", "말", "메일", "전화", "방문", "예약",
            "강의", "발표", "뉴스", "결과", "사건");

    /**
     * Whether the past time word at {@code t} is followed by an event noun without a particle (어제 회의 건으로
     * 연락드립니다, 지난주 주문 건으로 전화했어요): the time word names the event, not the time of the verb.
     */
    private static boolean namesEvent(String[] a, int t) {
        return t + 1 < a.length - 1 && EVENTS.contains(a[t + 1]);
    }

    /**
     * Whether words {@code from} … {@code last - 1} are two or more nouns without particles, then at most a
     * verb in -아/어 before the auxiliary (어제 수업 노트 있어?, 어제 회의 자료 보내 드립니다): a time word
     * before a bare noun phrase may name the noun (yesterday's class notes), so the tense is not read.
     * 어제 학교 근처 미용실에서 잘라 (a case-marked word follows) is read.
     */
    private static boolean nounPhraseThenVerb(List<Morphology.Word> w, int from, int last) {
        int end = last;
        if (end - 1 > from && w.get(end - 1).endsWith("EC") && w.get(end - 1).verbal()) {
            end--; // 보내 (드립니다)
        }
        if (end - from < 2) {
            return false;
        }
        for (int i = from; i < end; i++) {
            if (w.get(i).morphemes().isEmpty() || !w.get(i).morphemes().stream().allMatch(m -> m.is("NNG"))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The 해요체 form Nori reads as the -아/어 connective with the particle 요 (시끄러워요 = 시끄럽 + 어 + 요): at the
     * end of a sentence it is the polite statement, as the ending -어요 is (session 27, s27e).
     */
    private static boolean politeInfinitive(Morphology.Word verb) {
        List<Morphology.Morpheme> m = verb.morphemes();
        return m.size() >= 3 && m.getLast().is("JX") && m.getLast().form().equals("요") && m.get(m.size() - 2).is("EC")
                && Set.of("아", "어", "여").contains(m.get(m.size() - 2).form());
    }

    /**
     * Whether a clause of cause in -아/어서 stands between the time word and a predicate of state (an adjective
     * or 있다/없다): 어제 감기에 걸려서 목이 아파요, 어제 늦게 자서 피곤해요. The time word belongs to the
     * cause, and the adjective states how things are at the time of speaking (Yeon &amp; Brown 2011, -아/어서 of
     * cause: the first clause is the reason of the state in the second; 『외국인을 위한 한국어 문법 1』
     * '-아/어서' (이유), 어제 잠을 못 자서 피곤해요). An action verb after -아/어서 (어제 친구를 만나서 영화를
     * 봐요) is still read: the two events are then one sequence in the past.
     */
    private static boolean stateAfterCause(String[] a, List<Morphology.Word> w, int from, int last) {
        Morphology.Word verb = w.get(last);
        boolean state = verb.has("VA", "XSA") || a[last].startsWith("있") || a[last].startsWith("없");
        if (!state || verb.has("VX")) {
            return false;
        }
        for (int i = from; i < last; i++) {
            if (a[i].endsWith("서") && w.get(i).has("EC") && w.get(i).verbal()) {
                return true;
            }
        }
        return false;
    }

    /** Time words of later: a past main verb after them is a tense error (내일 … 못 갔어 → 가). */
    private static final List<String> FUTURE = List.of("내일", "모레", "내년", "다음 주", "다음 달", "다음주", "다음달",
            // the same words turned round (주 다음 월요일: a word-order slip, session 34) still name a time of later
            "주 다음", "달 다음");

    /**
     * Whether the sentence's 부터 opens a range of later (다음 주 월요일부터 수요일까지, 내일부터 모레까지): the time word of
     * later at {@code at} is in the 부터 word or at most two words before it, and 까지 follows. A range that starts later
     * is no 'since' (어제부터 아팠어요), so the past of its verb is read (session 34, s34c; 표준국어대사전 '부터' 「조사」
     * 어떤 일이나 상태 따위에 관련된 범위의 시작임을 나타내는 보조사).
     */
    private static boolean laterRange(String sentence, int at) {
        int since = sentence.indexOf("부터");
        int until = sentence.indexOf("까지", since);
        if (since < at || until < 0) {
            return false;
        }
        String between = sentence.substring(at, since);
        return between.split(" ").length <= 4 && sentence.indexOf("부터", since + 2) < 0;
    }

    /**
     * The speaker's feeling of now about a past cause (어젯밤에 시끄럽게 해서 죄송해요, 어제 도와줘서 고마워요):
     * 죄송하다, 미안하다, 고맙다, 감사하다, 반갑다 with -아/어서 state the feeling at the time of speaking,
     * so a past time word in the cause does not put them in the past (Yeon &amp; Brown 2011, -아/어서 of
     * cause with 고맙다/미안하다; 『외국인을 위한 한국어 문법 1』 '-아/어서' (이유), 늦어서 죄송합니다).
     */
    private static boolean feelingNow(String word) {
        return List.of("죄송", "미안", "고마", "고맙", "감사", "반가", "반갑").stream().anyMatch(word::startsWith);
    }

    /**
     * 이따(가), a word of the near future only (표준국어대사전 '이따가': 조금 지난 뒤에; unlike 나중에 or 다음에,
     * which also tell a later step of a past story: 나중에 알았어), and a length of time counted from now
     * with 후에/뒤에 (10분 후에, 한 시간 뒤에: 표준국어대사전 '후' 1, 얼마 지난 뒤). A counted 후에 also
     * places a step of a past story (3년 후에 결혼했어요), so it is read as later than now only where the
     * answer has no other past predicate and no past time word ({@link #futureWithPast}).
     */
    private static final java.util.regex.Pattern SOON = java.util.regex.Pattern.compile("(^| )이따가?( |$)");

    private static final java.util.regex.Pattern COUNTED_LATER = java.util.regex.Pattern.compile(
            "(^| )([0-9]+|한|두|세|네|다섯|여섯|일곱|여덟|아홉|열|몇|일|이|삼|사|오|십|이십|삼십|사십|오십) ?"
                    + "(분|시간|일|주|주일|달|개월|년) ?(후|뒤)에?( |$)|(^| )며칠 ?(후|뒤)에?( |$)");

    /**
     * The time-word checks per sentence of the raw answer (the whole-answer check sees the
     * sentences joined, so 지난 주말에 할머니 댁에 가. 같이 저녁 먹었어. ends in a past verb), and a
     * past main verb after a time word of later (내일 일해야 돼서 못 갔어 → 가; Yeon &amp; Brown 2019: the
     * past -았/었- places the event before now).
     */
    static List<Finding> inSentences(String raw) {
        List<Finding> out = new ArrayList<>();
        List<List<String>> sentences = SpeechLevels.sentences(raw);
        for (List<String> words : sentences) {
            String sentence = String.join(" ", words);
            if (sentences.size() > 1) {
                find(sentence).ifPresent(f -> out.add(f.finding()));
            }
            plannedPast(sentence).ifPresent(out::add);
            futureWithPast(sentence, raw).ifPresent(out::add);
        }
        for (String sentence : SENTENCE_OR_LINE_BREAK.split(raw)) {
            placeNow(sentence.strip()).ifPresent(out::add);
        }
        afterRequest(raw).ifPresent(out::add); // session 10 (eval16c)
        out.addAll(ClauseTense.find(raw)); // the order of events the clauses state (session 8)
        if (out.stream().anyMatch(f -> "particle_missing/since".equals(f.subtype()))) {
            // a state that began then and lasts (어제 머리가 아프고 뜨거워요): 부터 is missing, not the past
            out.removeIf(f -> "tense/time_word".equals(f.subtype()));
        }
        return out;
    }

    /** Endings of a request to the listener (줄여 주세요, 맡아 주시겠어요?). */
    private static final java.util.regex.Pattern REQUEST = java.util.regex.Pattern.compile(
            "(주세요|주십시오|주시겠어요|주시겠습니까|주실래요|줘|줄래)[.?!]?$");

    /**
     * 바지를 줄여 주세요. 언제 찾을 수 있었어요? → 있어요: a when-question about what one can do after a
     * request made in the same answer asks about a time after now, so it takes the present (Yeon &amp;
     * Brown 2019: -았/었- places an event before the time of speaking; what is asked for now cannot
     * already be done). Only -(으)ㄹ 수 있었어요/있었습니까/있었어 with 언제, in a question after a
     * sentence that is a request (session 10).
     */
    static Optional<Finding> afterRequest(String raw) {
        String[] sentences = SENTENCE_BREAK.split(raw.strip());
        boolean asked = false;
        for (String sentence : sentences) {
            String s = sentence.strip();
            if (asked && s.endsWith("?") && s.contains("언제")) {
                String[] a = s.substring(0, s.length() - 1).strip().split(" ");
                String present = switch (a[a.length - 1]) {
                    case "있었어요" -> "있어요";
                    case "있었습니까" -> "있습니까";
                    case "있었어" -> "있어";
                    default -> null;
                };
                if (present != null && a.length >= 3 && a[a.length - 2].equals("수")) {
                    return Optional.of(new Finding(ErrorCategory.TENSE, a[a.length - 1], present, "tense/present"));
                }
            }
            if (REQUEST.matcher(s).find()) {
                asked = true;
            }
        }
        return Optional.empty();
    }

    /**
     * Buildings and stops that stay where they are (표준국어대사전: 역, 정류장, 은행, 병원 … are places
     * of a fixed site): asked where one is, the answer is about now.
     */
    private static final List<String> FIXED_PLACES = List.of("역", "정류장", "정류소", "주차장", "화장실", "은행", "병원",
            "약국", "우체국", "편의점", "출구", "입구", "매표소", "도서관", "박물관", "시장", "터미널", "공항", "백화점", "마트");

    /**
     * A where-question about a building or stop in the past (지하철역이 어디 있었어? → 있어): where a place
     * of a fixed site is does not change, so asking for the way takes the present (Yeon &amp; Brown 2011,
     * the past -았/었- for events and states before now; 『외국인을 위한 한국어 문법 1』 'N이/가 어디에
     * 있어요?'). Only with the place as the subject in 이/가/은/는 and no past time word in the sentence:
     * 어제 어디 있었어요? (where a person was) and 어제 그 은행이 어디 있었어요? are left alone.
     */
    static Optional<Finding> placeNow(String sentence) {
        if (!sentence.endsWith("?")) {
            return Optional.empty();
        }
        String[] a = sentence.substring(0, sentence.length() - 1).strip().split(" ");
        String last = a[a.length - 1];
        String present = switch (last) {
            case "있었어" -> "있어";
            case "있었어요" -> "있어요";
            case "있었습니까" -> "있습니까";
            default -> null;
        };
        if (present == null || a.length < 3 || !a[a.length - 2].startsWith("어디")
                || a[a.length - 2].contains("에서") || PAST.stream().anyMatch(sentence::contains) || sentence.contains("지난")) {
            return Optional.empty();
        }
        String subject = a[a.length - 3];
        String noun = NOMINATIVE_TOPIC_END.matcher(subject).replaceFirst("");
        if (noun.equals(subject) || FIXED_PLACES.stream().noneMatch(noun::endsWith)) {
            return Optional.empty();
        }
        return Optional.of(new Finding(ErrorCategory.TENSE, last, present, "tense/present"));
    }

    /**
     * A past main verb after a time word of later in the sentence; {@code answer} is the whole answer,
     * read for the guards of a counted 후에 ({@link #COUNTED_LATER}).
     */
    private static Optional<Finding> futureWithPast(String sentence, String answer) {
        int at = -1;
        for (String f : FUTURE) {
            int i = sentence.indexOf(f);
            if (i >= 0 && (i == 0 || sentence.charAt(i - 1) == ' ')) {
                at = i;
                break;
            }
        }
        if (at < 0 && SOON.matcher(sentence).find()) {
            at = 0;
        }
        boolean counted = false;
        if (at < 0 && COUNTED_LATER.matcher(sentence).find()) {
            at = 0;
            counted = true;
        }
        if (at < 0 || sentence.contains("부터") && !laterRange(sentence, at) || sentence.contains("보다") || sentence.contains(" 때")
                || ABOUT_WORD.matcher(sentence).matches() // 내일에 대한 계획을 세웠어요: the time word names a topic
                || sentence.contains("으면") || sentence.contains("았으") || sentence.contains("었으")
                || sentence.contains("기로") || sentence.contains("려고") || QUOTATIVE_GO.matcher(sentence).matches()) {
            // 가기로 했어요 (a decision taken before now), 가려고 했어요 (an intention of then), 온다고 했어요 (a report)
            return Optional.empty();
        }
        String[] a = sentence.split(" ");
        if (timeOfNamedEvent(sentence.substring(at).split(" "))) {
            return Optional.empty(); // 다음 주 토요일 콘서트 표를 샀어요: the time is the concert's (session 37, s37a)
        }
        if (laterReason(a)) {
            return Optional.empty(); // 내일 시험을 봐야 하니까 오늘 공부했어요: a reason of later for a step done now
        }
        if (a.length >= 2 && a[a.length - 2].endsWith("게")
                && (a[a.length - 1].startsWith("됐") || a[a.length - 1].startsWith("되었"))) {
            // 다음 달에 이사를 가게 되었습니다: -게 되다 in the past says that a later event has been settled
            // (표준국어대사전 '되다' 「동사」 Ⅱ「1」 '-게 되다'; Yeon & Brown 2011, on -게 되다) — session 8
            return Optional.empty();
        }
        if (counted && (pastElsewhere(answer, a[a.length - 1]) || PAST.stream().anyMatch(answer::contains)
                || answer.contains("지난") || answer.contains("그때") || answer.contains("그 후"))) {
            return Optional.empty(); // 그 후 3년 뒤에 결혼했어요: a step of a past story
        }
        List<Morphology.Word> w = SpeechLevels.analysed(sentence);
        if (w.size() != a.length || a.length < 2) {
            return Optional.empty();
        }
        Morphology.Word verb = w.getLast();
        if (rescheduled(verb)) {
            return Optional.empty(); // 내일 회의가 3시로 변경됐어요: the change is made, the meeting is later
        }
        boolean past = verb.morphemes().stream().anyMatch(m -> m.is("EP") && (m.form().contains("ㅆ")
                || m.form().contains("었") || m.form().contains("았") || m.form().contains("였")));
        if (!past || !verb.endsWith("EF") || verb.has("ETM") || a[a.length - 2].endsWith("기로")) { // 가기로 했어요: a decision made (eval10a)
            return Optional.empty();
        }
        String present = presentOf(a[a.length - 1]);
        if (present == null) {
            // 내일 … 출근했습니다 → 출근하겠습니다: the formal statement of what one will do takes -겠- (session 8)
            String future = formalFutureOf(a[a.length - 1], verb);
            return future == null ? Optional.empty()
                    : Optional.of(new Finding(ErrorCategory.TENSE, a[a.length - 1], future, "tense/future"));
        }
        return Optional.of(new Finding(ErrorCategory.TENSE, a[a.length - 1], present, "tense/present"));
    }

    /** Nouns of events that a time word before them dates (다음 주 콘서트, 내일 회의). */
    private static final Set<String> DATED_EVENTS = Set.of("콘서트", "공연", "경기", "시합", "영화", "연극", "뮤지컬", "회의",
            "시험", "파티", "결혼식", "여행", "비행기", "기차", "버스", "수업", "행사", "축제", "전시회", "발표", "면접", "모임",
            "생일", "생일파티", "약속", "출장", "강의", "세미나", "쇼", "페스티벌", "졸업식", "입학식");

    /**
     * Whether the time word of later (its words from {@code fromTime} on) dates an event noun inside a noun phrase
     * rather than the verb (다음 주 토요일 콘서트 표 두 장 샀어요 'I bought two tickets for the concert next Saturday';
     * session 37, s37a): the time word and any time nouns after it (토요일, 저녁, 7시) are bare, the next word is a bare
     * event noun of {@link #DATED_EVENTS}, and the word after that is a noun (표, 티켓, 자리), the head of the phrase. A noun
     * modifies the noun after it with 의 left out (Sohn 1999, on noun-noun modification; Yeon &amp; Brown 2019, noun +
     * noun), so the time belongs to the event and the buying may well be past. A time word before a verb or before an
     * event noun with a particle (내일 콘서트에 갔어요) keeps its finding.
     */
    private static boolean timeOfNamedEvent(String[] fromTime) {
        int i = 0;
        while (i < fromTime.length && (fromTime[i].equals("다음") || fromTime[i].equals("주") || fromTime[i].equals("달")
                || FUTURE.contains(fromTime[i]) || ArgumentCheck.isTimeNoun(fromTime[i]))) {
            i++;
        }
        if (i == 0 || i + 1 >= fromTime.length || !DATED_EVENTS.contains(fromTime[i])) {
            return false;
        }
        String next = fromTime[i + 1].replaceAll("[.?!,]", "");
        String[] parts = ArgumentCheck.stemAndParticle(next);
        return KnownWords.noun(next) || !parts[0].isEmpty() && KnownWords.noun(parts[0]) && !Morphology.analyse(next).getFirst().verbal();
    }

    /**
     * Verbs (and verbal nouns of 하다/되다) that change, fix or call off an arrangement: 바뀌다, 바꾸다,
     * 옮기다, 미루다, (앞)당기다, 정하다 and 변경, 연기, 취소, 결정, 확정, 조정 (표준국어대사전 '변경하다',
     * '연기(延期)하다', '취소하다', '확정되다', '미루다' 「2」, '당기다' 「6」: the time of an event moved or
     * settled). Nori's stems and roots.
     */
    private static final Set<String> RESCHEDULING = Set.of("바뀌", "바꾸", "옮기", "미루", "당기", "앞당기", "정하",
            "변경", "연기", "취소", "결정", "확정", "조정");

    /**
     * Whether the main verb changes, fixes or calls off an arrangement (내일 회의가 3시로 변경됐어요, 모레 약속을
     * 취소했어요): its past says the change is already made (Yeon &amp; Brown 2019: -았/었- places the event
     * before the time of speaking), while the later time word dates the event changed, the meeting, not the
     * change; like -게 되었다 above, a past that settles a later event.
     */
    private static boolean rescheduled(Morphology.Word verb) {
        List<Morphology.Morpheme> ms = verb.morphemes();
        for (int i = 0; i < ms.size(); i++) {
            Morphology.Morpheme m = ms.get(i);
            if (m.is("VV") && RESCHEDULING.contains(m.form())
                    || m.is("NNG") && i + 1 < ms.size() && ms.get(i + 1).is("XSV") && RESCHEDULING.contains(m.form())) {
                return true;
            }
        }
        return false;
    }

    /** ㄹ stems whose -ㅂ니다 form drops the ㄹ (압니다 ← 알다); 삽니다 (사다 or 살다) and 겁니다 (것입니다) are not read. */
    private static final java.util.Map<String, String> RIEUL_STEMS = java.util.Map.of("아", "알", "만드", "만들",
            "노", "놀", "여", "열", "파", "팔", "머", "멀", "기", "길", "드", "들", "우", "울");

    /**
     * The formal past of a formal non-past statement or question (끝냅니다 → 끝냈습니다, 먹습니다 → 먹었습니다,
     * 압니다 → 알았습니다, 갑니까 → 갔습니까); null for other forms and for stems that may be irregular
     * ({@link ClauseTense#pastStem}). Source: Yeon &amp; Brown 2019, -(스)ㅂ니다 and the past -았/었-.
     */
    static String formalPastOf(String word) {
        if (word.length() < 3 || !(word.endsWith("니다") || word.endsWith("니까"))) {
            return null;
        }
        String end = word.substring(word.length() - 2);
        char before = word.charAt(word.length() - 3);
        String head = word.substring(0, word.length() - 3);
        String stem;
        if (before == '습') {
            stem = head;
        } else if (Hangul.isSyllable(before) && Hangul.finalIndex(before) == Hangul.Final.B) { // final ㅂ: 갑니다, 끝냅니다
            String open = head + Hangul.withoutFinal(before);
            if (open.equals("사") || open.endsWith("거")) {
                return null; // 삽니다 (사다 or 살다), 겁니다 (것입니다)
            }
            stem = RIEUL_STEMS.getOrDefault(open, open);
        } else {
            return null;
        }
        String past = stem.isEmpty() ? null : ClauseTense.pastStem(stem);
        return past == null ? null : past + "습" + end;
    }

    /**
     * 삽니다/삽니까, the -(스)ㅂ니다 form of both 사다 'buy' and 살다 'live' (ㄹ drops before ㅂ: 표준국어대사전 '살다',
     * 활용 사니, 삽니다; 한글 맞춤법 제18항 1), read by the clause's frame: 사다 takes an object in 을/를 (표준국어대사전
     * '사다' 「…을」), 살다 a place in 에/에서 and no object (삶을 살다 aside). With an object marked between the time
     * word and the verb the verb is 사다, and its past is 샀습니다/샀습니까; otherwise null (session 28, s28d).
     */
    private static String boughtOrLived(String[] a, List<Morphology.Word> w, int from, int last) {
        if (!a[last].equals("삽니다") && !a[last].equals("삽니까")) {
            return null;
        }
        for (int i = from; i < last; i++) {
            if (w.get(i).endsWith("JKO") && (a[i].endsWith("을") || a[i].endsWith("를")) && !a[i].startsWith("삶")) {
                return "샀습" + a[last].substring(1);
            }
        }
        return null;
    }

    /**
     * 출근했습니다 → 출근하겠습니다: the stem Nori gives before the past marker, with -겠습니다; a ㄹ Nori
     * adds to a contracted stem (갔습니다 read as 갈 + 았) is dropped. Null for other forms.
     */
    private static String formalFutureOf(String word, Morphology.Word verb) {
        if (!word.endsWith("습니다")) {
            return null;
        }
        StringBuilder stem = new StringBuilder();
        for (Morphology.Morpheme m : verb.morphemes()) {
            if (m.is("EP")) {
                break;
            }
            if (!m.is("NNG", "XSV", "VV", "VA", "XR", "XSA")) {
                return null;
            }
            stem.append(m.form());
        }
        if (stem.isEmpty()) {
            return null;
        }
        char last = stem.charAt(stem.length() - 1);
        if (Hangul.hasRieulFinal(last) && word.indexOf(last) < 0) {
            stem.setCharAt(stem.length() - 1, Hangul.withoutFinal(last));
        }
        String future = stem + "겠습니다";
        char f = future.charAt(0);
        char o = word.charAt(0);
        // the same first consonant (갔 ← 가, 봤 ← 보): Nori's stem is the written verb's
        return Hangul.isSyllable(f) && Hangul.isSyllable(o) && Hangul.initialIndex(f) == Hangul.initialIndex(o)
                ? future : null;
    }

    /**
     * Whether the time word of later belongs to a reason clause before the main verb: a later event
     * may explain something already done (내일 시험을 봐야 하니까 오늘 공부했어요, 내일 출근해야 해서 일찍
     * 잤어요; Yeon &amp; Brown 2019, -(으)니까 and -아/어서 of reason). Only with a main verb that is not
     * under 못/안, so 내일 일해야 돼서 못 갔어 (the thing that cannot be done is the later one) is still read;
     * and always with a time word of now or before after it (오늘, 어제, 아까, 방금, 벌써). A reason
     * before the time of later (지금 버스 안이니까 10분 후에 다시 전화했어) is read.
     */
    private static boolean laterReason(String[] a) {
        int last = a.length - 1;
        int time = -1; // the last word of the time of later (내일, 다음 주에, 10분 후에)
        for (int i = 0; i < last; i++) {
            String w = a[i];
            if (List.of("내일", "모레", "내년", "다음", "이따").stream().anyMatch(w::startsWith) || AFTER_WORD.matcher(w).matches()) {
                time = w.equals("다음") && i + 1 < last && PERIOD_COUNTER_START.matcher(a[i + 1]).matches() ? i + 1 : i;
            }
        }
        for (int i = time + 1; i < last; i++) {
            String w = a[i];
            if (Set.of("오늘", "어제", "아까", "방금", "벌써", "이미", "지금").contains(a[i]) && i > 0) {
                return true;
            }
            boolean reason = w.endsWith("니까") || w.endsWith("때문에")
                    || (w.endsWith("서") && i > 0 && (a[i - 1].endsWith("야") || CAUSE_SEO.matcher(w).matches()));
            if (reason && !(last > 0 && (a[last - 1].equals("못") || a[last - 1].equals("안")))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the answer has a past predicate other than {@code last} (its final verb). */
    private static boolean pastElsewhere(String answer, String last) {
        int n = 0;
        for (Morphology.Word w : SpeechLevels.analysed(answer)) {
            if (w.morphemes().stream().anyMatch(m -> m.is("EP") && (m.form().contains("ㅆ") || m.form().contains("었")
                    || m.form().contains("았") || m.form().contains("였")))) {
                n++;
            }
        }
        return n > 1;
    }

    /** The present of a past 해요체 or 해체 form (갔어 → 가, 먹었어요 → 먹어요, 했어요 → 해요); null otherwise. */
    static String presentOf(String word) {
        boolean polite = word.endsWith("요");
        String base = polite ? word.substring(0, word.length() - 1) : word;
        if (base.length() < 2 || !base.endsWith("어")) {
            return null;
        }
        char s = base.charAt(base.length() - 2);
        if (!Hangul.isSyllable(s) || Hangul.finalIndex(s) != Hangul.Final.SS) {
            return null;
        }
        String head = base.substring(0, base.length() - 2);
        String stemless;
        if (s == '었' || s == '았' || s == '였') {
            stemless = head + "어";
            if (s == '았') {
                stemless = head + "아";
            }
            if (head.isEmpty()) {
                return null;
            }
        } else {
            stemless = head + Hangul.withoutFinal(s);
        }
        return stemless + (polite ? "요" : "");
    }

    /** A syllable with final ㅅ before ㅇ (삿어요, 햇어요): likely the past ㅆ written as ㅅ. */
    private static boolean sFinalBeforeVowel(String word) {
        for (int i = 0; i + 1 < word.length(); i++) {
            char c = word.charAt(i);
            char n = word.charAt(i + 1);
            if (Hangul.isSyllable(c) && Hangul.isSyllable(n) && Hangul.finalIndex(c) == Hangul.Final.S
                    && Hangul.initialIndex(n) == Hangul.Initial.IEUNG) {
                return true;
            }
        }
        return false;
    }

    /** The words that before a bare 자(요) make it 자다 'sleep' (못 자, 잠을 자), not the proposal -자 'let's'. */
    private static final Set<String> BEFORE_SLEEP = Set.of("못", "안", "잠을", "잠", "잘", "늦게", "일찍", "푹", "많이",
            "조금", "좀", "한숨도");

    /**
     * 자다 'sleep' in its bare 해체 or 해요체 form 자/자요 (자 + -아, the vowels merged), put in the past (잤어, 잤어요);
     * {@link #pastOf} leaves a word in 자 alone, which after a stem is the proposal -자 (가자, 먹자). A lone 자 is read
     * as 자다 only after a negator, 잠을 or an adverb of sleeping (못 자, 잠을 자, 늦게 자요: 표준국어대사전 '자다' 「동사」
     * ①; Yeon &amp; Brown 2019, the infinitive -아/어 with its vowel merged). Session 37 (s37c); null otherwise.
     */
    static String sleptOf(String[] a, int last) {
        if (last < 1 || !BEFORE_SLEEP.contains(a[last - 1])) {
            return null;
        }
        return switch (a[last]) {
            case "자" -> "잤어";
            case "자요" -> "잤어요";
            default -> null;
        };
    }

    /**
     * The past of a 해요체 or 해체 form whose -아/어 syllable is written (와요 → 왔어요, 먹어요 → 먹었어요,
     * 해 → 했어); null for other forms (-ㅂ니다, -(으)세요, -ㄹ게요 …).
     */
    static String pastOf(String word) {
        boolean polite = word.endsWith("요");
        String base = polite ? word.substring(0, word.length() - 1) : word;
        if (base.isEmpty()) {
            return null;
        }
        char s = base.charAt(base.length() - 1);
        if (!Hangul.isSyllable(s) || Hangul.hasFinal(s)) {
            return null;
        }
        int medial = Hangul.medialIndex(s);
        // the -아/어 syllable: ㅏ ㅐ ㅓ ㅕ ㅘ ㅙ ㅝ (가, 해, 먹어, 마셔, 와, 돼, 줘)
        // 잘라, 골라, 불러: the -아/어 of a 르 verb (ㄹ doubled) is no -라 ending (Yeon &amp; Brown 2019, 르 irregular)
        boolean reu = base.length() >= 2 && (base.endsWith("라") || base.endsWith("러"))
                && Hangul.isSyllable(base.charAt(base.length() - 2))
                && Hangul.finalIndex(base.charAt(base.length() - 2)) == Hangul.Final.L;
        if (!Set.of(0, 1, 4, 6, 9, 10, 14).contains(medial)
                || !reu && List.of("세", "래", "게", "네", "까", "자", "나", "다", "대", "라", "야").stream().anyMatch(base::endsWith)) {
            return null;
        }
        char withSs = (char) (s + 20); // final ㅆ
        return base.substring(0, base.length() - 1) + withSs + (polite ? "어요" : "어");
    }

    /**
     * Whether a {@code particle_wrong/topic_for_location} finding is a time noun said as the sentence's topic
     * (저녁은 for 저녁에 in 우리 오늘 저녁은 치킨 먹을까?): a day, a part of the day or a named period
     * ({@link Lexicon#TIME_FRAMES}) takes 은/는 as the time frame the sentence is about, beside 에 or 에는 (Sohn 1999,
     * on the topic particle with time adverbials; Yeon &amp; Brown 2019, on 은/는 after time expressions). The
     * learner's word is the accepted word with 은/는 for 에. Session 35 (lead), from set AS3.
     *
     * @param o the learner's word, e.g. 저녁은
     * @param c the accepted word, e.g. 저녁에
     */
    static boolean timeAsTopic(String o, String c) {
        if (!c.endsWith("에") || !(o.endsWith("은") || o.endsWith("는"))) {
            return false;
        }
        String noun = c.substring(0, c.length() - 1);
        return o.equals(noun + (Hangul.hasFinal(noun.charAt(noun.length() - 1)) ? "은" : "는")) && Lexicon.TIME_FRAMES.contains(noun);
    }

    /** Stems of verbs of starting, opening and setting out, with which a starting time takes 부터 or 에. */
    private static final List<String> STARTING = List.of("시작", "열어", "열었", "열리", "열려", "열립", "엽니", "열고", "오픈", "출발", "영업",
            "운영", "개장", "개점", "개최", "진행", "출근", "근무", "수업", "떠나", "떠날", "떠납");

    /**
     * Whether a {@code particle_wrong/from_for_location} finding is a starting time with 부터 before a verb of
     * starting, opening or setting out (세 시부터 시작하겠습니다 for 세 시에 시작하겠습니다, 9시부터 열어요): 부터 marks
     * the start of a range (표준국어대사전 '부터' 「조사」 "어떤 일이나 상태 따위에 관련된 범위의 시작임을 나타내는
     * 보조사"), so with a verb of starting it says what 에 says. Only a time noun (a number + 시/분, a day or part of
     * the day), and only where a word after it in the same sentence is such a verb. Session 35 (lead), from set AS3.
     *
     * @param o      the learner's word, e.g. 시부터
     * @param c      the accepted word, e.g. 시에
     * @param answer the normalised answer
     */
    static boolean startingFrom(String o, String c, String answer) {
        if (!o.endsWith("부터") || !c.endsWith("에") || o.contains(" ")) {
            return false;
        }
        String noun = o.substring(0, o.length() - 2);
        if (!noun.equals(c.substring(0, c.length() - 1))
                || !(noun.endsWith("시") || noun.endsWith("분") || Lexicon.TIME_FRAMES.contains(noun))) {
            return false;
        }
        for (String sentence : SENTENCE_BREAK.split(answer)) {
            String[] words = sentence.strip().split("\\s+");
            for (int i = 0; i + 1 < words.length; i++) {
                if (words[i].replaceAll("[.?!,]", "").equals(o)) {
                    String rest = String.join(" ", java.util.Arrays.copyOfRange(words, i + 1, words.length));
                    for (String w : rest.split(" ")) {
                        if (STARTING.stream().anyMatch(w::startsWith)) {
                            return true;
                        }
                    }
                    return rest.contains("문 열") || rest.contains("문을 열");
                }
            }
        }
        return false;
    }
}
