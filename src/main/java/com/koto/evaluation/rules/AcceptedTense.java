package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.text.AnswerText;
import com.koto.evaluation.text.Hangul;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A statement that ends in the accepted answers' own predicate with only its tense changed (session 16, helper
 * eval30c; read on the learner's own words against the accepted answers):
 * <ul>
 * <li>{@code tense/present}: the past of what holds now (이 신발 너무 비쌌어 → 비싸, 이제 내 차례였어 → 차례야, 매일
 * 아침에 운동했어 → 운동해, 2층에서 드실 수 있었습니다 → 있습니다), where an accepted statement ends in the present
 * of that word and none has the learner's past;</li>
 * <li>{@code tense/past}: the present of what is over (옆집에 이사 와요 → 왔어요, 많이 배웁니다 → 배웠습니다, 수업에
 * 못 와요 → 왔어요, 전화 못 받아 → 받았어), where an accepted statement ends in the past of that word (in the
 * learner's speech level) and none has the learner's word.</li>
 * </ul>
 * The accepted answers say when the act happens; the learner's word is theirs with the tense turned round, so the
 * comparison's tense finding holds even where the answer differs elsewhere (there it is not "the one slip", and
 * the answer passed). Sources: Yeon &amp; Brown 2019, <i>Korean: A Comprehensive Grammar</i>, on the past -았/었-
 * (a completed event) and the non-past (a present state, a habit); 국립국어원 『외국인을 위한 한국어 문법 1』 (2005)
 * '-았/었-'; Sohn 1999, ch. 8. Session 17 (helper s17c): the 합쇼체 past is read too ({@link #formalPast}: 두 시에
 * 예약합니다 → 예약했습니다, 많이 배웁니다 → 배웠습니다, 드실 수 있었습니다 → 있습니다), and 있- counts as a present.
 *
 * <p>Not read: a sentence with a time word (어제, 지난, 내일, 다음 …) or a since-phrase (부터: 어제부터 아파요 and
 * 아팠어요 are both said), a question or a command (! after a non-past; a past with ! is an exclamation and is read:
 * 집들이 축하했어! → 축하해, a congratulation said now, session 26), thanks (감사했습니다 at a parting is the lexicon's), a bare
 * 하다 (가기로 했어요, 먹으려고 해요: the 하다 of a construction, whose tense is the plan's), a word the accepted
 * answers also have as written.
 */
final class AcceptedTense {

    /** The past copula -였/-이었 with an ending. */
    private static final Pattern COPULA_PAST = Pattern.compile(".+(였|이었)(어|어요|습니다)");
    /** The spaces after a sentence-final mark. */
    private static final Pattern SENTENCE_GAP = Pattern.compile("(?<=[.?!])\\s+");

    /** Time words and since-phrases: the learner's sentence sets its own time (or either tense is said). */
    private static final Pattern OWN_TIME = Pattern.compile(
            "(^| )(어제|그저께|그제|지난|아까|작년|예전|전에|방금|벌써|이미|내일|모레|다음|이따|나중에|이번|앞으로|언젠가|곧)|부터( |$)");
    /** A time word of the learner's own, with 부터 only where it opens no range to a 까지 (session 36, s36b). */
    private static final Pattern OWN_TIME_WORD = Pattern.compile(
            "(^| )(어제|그저께|그제|지난|아까|작년|예전|전에|방금|벌써|이미|내일|모레|다음|이따|나중에|이번|앞으로|언젠가|곧)");
    /** A range with 부터 … 까지 (오전 7시부터 10시까지): a span of a schedule, not a since-phrase. */
    private static final Pattern RANGE = Pattern.compile("부터 (\\S+ )*?\\S*까지( |$)");
    /** Thanks and apologies, whose past and present the equivalence lexicon takes for one another. */
    private static final Set<String> THANKS = Set.of("감사", "고마", "고맙", "죄송", "미안");

    private AcceptedTense() {
    }

    /**
     * @param raw      the answer as typed
     * @param expected the accepted answers as written
     * @return the learner's sentence-final word → the accepted answer's tense of it; empty when none applies
     */
    static List<Finding> find(String raw, List<String> expected) {
        List<Finding> out = new ArrayList<>();
        List<String> ends = new ArrayList<>();
        List<String> pairs = new ArrayList<>();
        List<String> all = new ArrayList<>();
        for (String e : expected) {
            for (String s : sentences(e)) {
                List<String> ws = List.of(AnswerText.normalise(s).split(" "));
                all.addAll(ws);
                if (!s.strip().endsWith("?")) {
                    ends.add(ws.getLast());
                    if (ws.size() > 1) {
                        pairs.add(ws.get(ws.size() - 2) + " " + ws.getLast());
                    }
                }
            }
        }
        for (String s : sentences(raw)) {
            String n = AnswerText.normalise(s);
            if (!n.isEmpty() && !s.strip().endsWith("?") && PAST_SINCE.matcher(n).find()) {
                conjecture(n.substring(n.lastIndexOf(' ') + 1), ends, all).ifPresent(out::add);
                continue;
            }
            if (!n.isEmpty() && !s.strip().endsWith("?") && LATER_TIME.matcher(n).find()) {
                arranged(n.substring(n.lastIndexOf(' ') + 1), all).ifPresent(out::add); // (session 28, s28d)
            }
            if (n.isEmpty() || s.strip().endsWith("?") || ownTime(n)) {
                continue;
            }
            String w = n.substring(n.lastIndexOf(' ') + 1);
            // the future of what the accepted answers tell as done (체크아웃할 거예요 → 체크아웃했어요, 변경되겠습니다 →
            // 변경되었습니다; session 36, s36b)
            Optional<Finding> done = futureOfDone(n, expected, ends);
            if (done.isPresent()) {
                out.add(done.get());
                continue;
            }
            boolean pastWord = UpcomingActs.pastEnd(w) || copulaPast(w) || formalPast(w);
            // a past with ! is an exclamation, no command: 집들이 축하했어! → 축하해 (session 26, s26e)
            if (all.contains(w) || THANKS.stream().anyMatch(w::startsWith) || s.strip().endsWith("!") && !pastWord
                    || "하해했합한할".indexOf(w.charAt(0)) >= 0) {
                continue; // (가기로 했어요, 먹으려고 해요: 하다 of a construction; 공부 꼭 해!: a command)
            }
            Optional<Finding> f = pastWord ? present(w, ends, all) : past(w, ends, all);
            if (f.isEmpty() && pastWord && !DURATION.matcher(n).find()) {
                f = progressive(w, pairs); // 원룸을 찾았어요 → 찾고 있어요 (session 36, s36b)
            }
            if (f.isEmpty() && pastWord) {
                f = promisedWithFavour(w, pairs); // 5시까지 보냈습니다 → 보내겠습니다 (session 38, s38c)
            }
            f.ifPresent(out::add);
        }
        // the task's act told in the past: an order, a purchase, a question of ability (session 33, s33b)
        TaskActsInPast.find(raw, expected).stream()
                .filter(f -> out.stream().noneMatch(o -> o.original().equals(f.original()))).forEach(out::add);
        return out;
    }

    /** Whether the learner's sentence sets its own time: a time word, or a since-phrase (부터 opening no range). */
    private static boolean ownTime(String n) {
        return OWN_TIME_WORD.matcher(n).find() || n.contains("부터") && !RANGE.matcher(n).find()
                && OWN_TIME.matcher(n).find();
    }

    /** A length of time (3년, 두 달, 몇 주 동안): with it a past may run up to now (한국에 3년 살았어요). */
    private static final Pattern DURATION = Pattern.compile("(년|달|개월|주일|동안|시간|평생|오래)( |$)");
    /** Stems whose past states a result that holds now, as -고 있다 does (입었어요 = is wearing), or a lasting stay. */
    private static final Set<String> RESULT_HELD = Set.of("입", "신", "쓰", "끼", "차", "매", "메", "들", "가지", "걸치",
            "두르", "살", "다니", "알", "모르", "기억하", "생각하", "사랑하", "좋아하", "싫어하", "지내", "머물", "묵");

    /**
     * {@code tense/present}: the past of an act an accepted statement tells as going on, in -고 있다 (대학교 근처에 원룸을
     * 찾았어요 → 찾고 있어요, where an accepted answer says 원룸을 찾고 있어요): -았/었- tells the act as over (찾았어요
     * 'found'), -고 있다 as in progress (국립국어원 『외국인을 위한 한국어 문법 1』 (2005) '-고 있다' (진행), '-았/었-'; Yeon
     * &amp; Brown 2019, the progressive). Only the learner's last word with the stem (Nori) of the accepted V-고 있다, at the
     * learner's speech level; not the stems whose past holds a result now as -고 있다 does (입었어요/입고 있어요 'wearing',
     * 가졌어요, 알았어요), nor a stay (살았어요, 다녔어요: with a length of time both say up to now), nor with a length of
     * time in the sentence. Session 36, s36b.
     */
    private static Optional<Finding> progressive(String w, List<String> pairs) {
        List<Morphology.Word> read = Morphology.analyse(w);
        String stem = read.size() == 1 ? VerbFrames.stem(read.getFirst()) : "";
        if (stem.isEmpty() || RESULT_HELD.contains(stem)) {
            return Optional.empty();
        }
        for (String pair : pairs) {
            String[] two = pair.split(" ");
            if (!two[0].endsWith("고") || !two[1].startsWith("있") || UpcomingActs.pastEnd(two[1])
                    || two[1].endsWith("요") != w.endsWith("요") || two[1].endsWith("니다") != w.endsWith("니다")) {
                continue;
            }
            List<Morphology.Word> other = Morphology.analyse(two[0]);
            if (other.size() == 1 && stem.equals(VerbFrames.stem(other.getFirst()))) {
                return Optional.of(new Finding(ErrorCategory.TENSE, w, pair, "tense/present"));
            }
        }
        return Optional.empty();
    }

    /** The bound noun 것 of -(으)ㄹ 것이다 with a statement's ending (갈 거예요, 할 거야, 올 겁니다). */
    private static final Set<String> FUTURE_TAILS = Set.of("거예요", "거에요", "거야", "겁니다", "것입니다");
    /** Stems whose -겠- is no future of the act (알겠습니다 'I see', 모르겠어요, 좋겠어요 'I wish'). */
    private static final Set<String> NOT_FUTURE = Set.of("알", "모르", "좋", "괜찮", "되", "하", "있", "없", "이");

    /**
     * {@code tense/past}: the future of an act the accepted answers tell as done (session 36, s36b): -(으)ㄹ 거예요,
     * -(으)ㄹ게요 or -겠- on the last predicate of a statement where the accepted answers have the same stem (Nori) only
     * in the past — 체크아웃할 거예요 → 체크아웃했어요 where the guest has checked out (체크아웃했는데 … 맡아 주시겠어요?),
     * 회의가 변경되겠습니다 → 변경되었습니다 where the change is reported. -(으)ㄹ 거예요 and -겠- place the act after the
     * time of speaking (국립국어원 『외국인을 위한 한국어 문법 1』 (2005) '-(으)ㄹ 것이다', '-겠-' ① 미래, '-았/었-'
     * 완료; Yeon &amp; Brown 2019). The correction is an accepted statement's last word where it has the stem, else the
     * learner's stem in the past at the learner's speech level. Not read: -았/었겠- (a guess about the past), the -겠- of
     * knowing, wishing and being able (알겠습니다, 좋겠어요, 되겠어요), a bare 하다, a stem an accepted answer also has
     * out of the past.
     */
    private static Optional<Finding> futureOfDone(String n, List<String> expected, List<String> ends) {
        List<String> ws = List.of(n.split(" "));
        List<Morphology.Word> read = SpeechLevels.analysed(n);
        if (read.size() != ws.size()) {
            return Optional.empty();
        }
        Morphology.Word last = read.getLast();
        String end = ws.getLast();
        Morphology.Word verb;
        String original;
        if (FUTURE_TAILS.contains(end) && ws.size() > 1 && prospective(read.get(ws.size() - 2))) {
            verb = read.get(ws.size() - 2);
            original = ws.get(ws.size() - 2) + " " + end;
        } else if (!ClauseTense.past(last) && last.morphemes().stream().anyMatch(m -> m.is("EP") && m.form().equals("겠")
                || m.is("EF") && PROMISE.matcher(m.form()).matches())) {
            verb = last;
            original = end;
        } else {
            return Optional.empty();
        }
        String stem = fullStem(verb);
        if (stem.isEmpty() || NOT_FUTURE.contains(stem) || THANKS.stream().anyMatch(end::startsWith)
                || THANKS.stream().anyMatch(original::startsWith)) {
            return Optional.empty();
        }
        boolean pastSeen = false;
        String written = stem.endsWith("하") || stem.endsWith("되") ? stem.substring(0, stem.length() - 1) : stem;
        for (String e : expected) {
            String a = AnswerText.normalise(e);
            for (String aw : a.split(" ")) {
                if (aw.startsWith(written) && aw.chars().noneMatch(c -> Hangul.isSyllable((char) c)
                        && Hangul.finalIndex((char) c) == Hangul.Final.SS && c != '있')) {
                    return Optional.empty(); // the stem as written out of the past (사니까, which Nori reads as 살 + 니까)
                }
            }
            for (Morphology.Word w : SpeechLevels.analysed(a)) {
                if (!stem.equals(fullStem(w))) {
                    continue;
                }
                if (!ClauseTense.past(w)) {
                    return Optional.empty(); // an accepted answer has the act out of the past
                }
                pastSeen = true;
            }
        }
        if (!pastSeen) {
            return Optional.empty();
        }
        boolean polite = end.endsWith("요");
        boolean formal = end.endsWith("니다");
        for (String e : ends) {
            List<Morphology.Word> other = Morphology.analyse(e);
            if (other.size() == 1 && stem.equals(fullStem(other.getFirst())) && ClauseTense.past(other.getFirst())
                    && e.endsWith("요") == polite && e.endsWith("니다") == formal) {
                return Optional.of(new Finding(ErrorCategory.TENSE, original, e, "tense/past"));
            }
        }
        String pastStem = ClauseTense.pastStem(stem);
        if (pastStem == null) {
            return Optional.empty();
        }
        return Optional.of(new Finding(ErrorCategory.TENSE, original,
                pastStem + (formal ? "습니다" : polite ? "어요" : "어"), "tense/past"));
    }

    /** Whether the word ends in the prospective modifier -(으)ㄹ (체크아웃할, 갈, 먹을) before 것. */
    private static boolean prospective(Morphology.Word w) {
        List<Morphology.Morpheme> ms = w.morphemes();
        return ms.size() > 1 && ms.getLast().is("ETM") && ms.getLast().form().matches("ᆯ|을|ㄹ");
    }

    /** The stem with a verbal noun's own suffix (변경되, 체크아웃하, 찾): 되 and 하 kept apart, unlike {@link VerbFrames#stem}. */
    private static String fullStem(Morphology.Word w) {
        List<Morphology.Morpheme> ms = w.morphemes();
        if (ms.size() > 1 && ms.getFirst().tag().startsWith("NN") && ms.get(1).is("XSV")) {
            return ms.getFirst().form() + ms.get(1).form();
        }
        return VerbFrames.stem(w);
    }

    /** A time word of later (내일, 모레, 다음 주, 이번 토요일, 이따). */
    private static final Pattern LATER_TIME = Pattern.compile("(^| )(내일|모레|다음|이번|이따)");

    /** A noun of arranging an event beforehand with 하다 in the present (예약해요, 주문합니다, 신청해). */
    private static final Pattern ARRANGING = Pattern.compile("(예약|주문|신청|등록)(해요|합니다|해)");

    /**
     * {@code tense/past}: the present of an arrangement already made where a time word of later names the arranged
     * event (내일 3시에 커트 예약해요 → 예약했어요, when the accepted answers have 예약했는데요). 예약/주문/신청/등록 are
     * made before the event they arrange (표준국어대사전 '예약': 미리 약속함; '신청': 요구함), so 내일 3시에 there is the
     * haircut's time, not the booking's, and the present with a time word of later (a plan: 내일 가요) does not make
     * the booking one to come. Read only where an accepted answer has the noun's past (예약했…) and none has the
     * learner's word; the correction keeps the learner's speech level (session 28, s28d; Yeon &amp; Brown 2019, the
     * past -았/었- of a completed act).
     */
    private static Optional<Finding> arranged(String w, List<String> all) {
        java.util.regex.Matcher m = ARRANGING.matcher(w);
        if (!m.matches() || all.contains(w) || all.stream().noneMatch(a -> a.startsWith(m.group(1) + "했"))) {
            return Optional.empty();
        }
        String past = m.group(1) + switch (m.group(2)) {
            case "해요" -> "했어요";
            case "합니다" -> "했습니다";
            default -> "했어";
        };
        return Optional.of(new Finding(ErrorCategory.TENSE, w, past, "tense/past"));
    }

    /** A since-phrase whose start is past (어제부터, 지난주부터, 오늘 아침부터, 사흘 전부터): the state it opens holds now. */
    private static final Pattern PAST_SINCE = Pattern.compile(
            "(^| )(어제|그저께|그제|지난\\S*|오늘 아침|어젯밤|\\S+ 전)부터( |$)");

    /**
     * {@code tense/present}: -겠- on the final predicate of a statement with a past since-phrase, where an accepted
     * statement ends in that predicate's present (어제부터 머리가 아프겠어요 → 아파요; session 19, s19c). A since-phrase
     * of the past opens a state that holds at the time of speaking, stated in the present (or the past: 어제부터
     * 아팠어요); -겠- makes it a guess or a future (표준국어대사전 '-겠-' ①, ②: 미래의 일이나 추측; Yeon &amp; Brown 2019,
     * -겠- of supposition), which the accepted answers, stating the speaker's own state, do not make. Not read where an
     * accepted answer has the learner's word, where the learner guesses about the past (아팠겠어요: -았/었겠-), or on a
     * one-syllable stem (하겠어요, 가겠어요: a plan of the speaker's, which a since-phrase may precede).
     */
    private static Optional<Finding> conjecture(String w, List<String> ends, List<String> all) {
        int at = w.indexOf('겠');
        if (at < 2 || all.contains(w) || Hangul.finalIndex(w.charAt(at - 1)) == Hangul.Final.SS) {
            return Optional.empty();
        }
        char last = w.charAt(at - 1);
        String head = w.substring(0, at - 1);
        for (String e : ends) {
            if (e.length() > at && e.startsWith(head) && e.indexOf('겠') < 0 && Hangul.isSyllable(e.charAt(at - 1))
                    && Hangul.initialIndex(e.charAt(at - 1)) == Hangul.initialIndex(last)
                    && e.chars().noneMatch(x -> Hangul.isSyllable((char) x)
                            && Hangul.finalIndex((char) x) == Hangul.Final.SS
                            && x != '있')
                    && e.endsWith("요") == w.endsWith("요") && e.endsWith("니다") == w.endsWith("니다")) {
                return Optional.of(new Finding(ErrorCategory.TENSE, w, e, "tense/present"));
            }
        }
        return Optional.empty();
    }

    private static Optional<Finding> present(String w, List<String> ends, List<String> all) {
        String prefix = w.substring(0, lastPast(w) + 1);
        if (all.stream().anyMatch(a -> a.startsWith(prefix))) {
            return Optional.empty(); // an accepted answer has the learner's past
        }
        List<String> candidates = new ArrayList<>();
        String p = UpcomingActs.presentOf(w);
        if (p != null) {
            candidates.add(p);
        }
        String formal = formalPast(w) ? formalPresent(w) : null;
        if (formal != null) {
            candidates.add(formal); // 축하드렸습니다 → 축하드립니다 (session 18, s18c)
        }
        for (String[] r : new String[][] {{"이었어요", "이에요"}, {"였어요", "예요"}, {"이었습니다", "입니다"},
                {"였습니다", "입니다"}, {"이었어", "이야"}, {"였어", "야"}}) {
            if (w.endsWith(r[0])) {
                candidates.add(w.substring(0, w.length() - r[0].length()) + r[1]);
            }
        }
        return candidates.stream().filter(ends::contains).filter(c -> c.chars().noneMatch(x -> Hangul.isSyllable((char) x)
                && Hangul.finalIndex((char) x) == Hangul.Final.SS
                        && x != '있')).findFirst() // (갔었어 → 갔어 is no present; 있어 is)
                .map(c -> new Finding(ErrorCategory.TENSE, w, c, "tense/present"))
                .or(() -> promised(w, ends));
    }

    /** The promise -(으)ㄹ게(요) and -겠- as Nori writes them (ᆯ게요, 을게, 겠). */
    private static final Pattern PROMISE = Pattern.compile("(ᆯ|을|ㄹ)게요?");

    /**
     * {@code tense/future}: the past of an act the accepted answers promise (session 26, s26e): 가방 하나를 부쳤습니다 →
     * 부치겠습니다 where an accepted statement ends in 부치겠습니다 — the speaker reports as done what the task has still
     * to do (국립국어원 『외국인을 위한 한국어 문법 1』 (2005) '-았/었-', '-겠-' (말하는 사람의 의지), '-(으)ㄹ게요'; Yeon &amp;
     * Brown 2019). Only an accepted statement's last word with the learner's stem (Nori) and -겠- or -(으)ㄹ게(요), at the
     * learner's speech level; {@link UpcomingActs} reads the noun + 하다 verbs against the longer frames.
     */
    private static Optional<Finding> promised(String w, List<String> ends) {
        List<Morphology.Word> read = Morphology.analyse(w);
        String stem = read.size() == 1 ? VerbFrames.stem(read.getFirst()) : "";
        if (stem.isEmpty()) {
            return Optional.empty();
        }
        for (String e : ends) {
            if (e.endsWith("니다") != w.endsWith("니다") || e.endsWith("요") != w.endsWith("요")) {
                continue;
            }
            List<Morphology.Word> other = Morphology.analyse(e);
            if (other.size() == 1 && stem.equals(VerbFrames.stem(other.getFirst()))
                    && other.getFirst().morphemes().stream().anyMatch(m -> m.is("EP") && m.form().equals("겠")
                            || m.is("EF") && PROMISE.matcher(m.form()).matches())) {
                return Optional.of(new Finding(ErrorCategory.TENSE, w, e, "tense/future"));
            }
        }
        return Optional.empty();
    }

    /**
     * {@code tense/future}, as {@link #promised}, where the accepted statement promises the act with the auxiliary of a
     * favour (session 38, s38c): 5시까지 보냈습니다 → 보내겠습니다 where an accepted answer says 5시까지 보내 드리겠습니다.
     * The tense is the error, not the favour left out, so the correction is the learner's own verb with the promise
     * the auxiliary carries (-겠- at the learner's level: 보내겠습니다, 보내겠어요), not the accepted phrase (보내 드리겠습니다
     * would also add 드리다). Only an accepted statement ending in the -아/어 form of the learner's stem (Nori) and 드리다
     * or 주다 with -겠-, the same speech level; a learner's stem whose -겠- is no promise ({@link #NOT_FUTURE}) is left.
     */
    private static Optional<Finding> promisedWithFavour(String w, List<String> pairs) {
        List<Morphology.Word> read = Morphology.analyse(w);
        String stem = read.size() == 1 ? VerbFrames.stem(read.getFirst()) : "";
        if (stem.isEmpty() || NOT_FUTURE.contains(stem) || !read.getFirst().verbal()) {
            return Optional.empty();
        }
        for (String pair : pairs) {
            String[] two = pair.split(" ");
            if (!(two[1].startsWith("드리겠") || two[1].startsWith("주겠"))
                    || two[1].endsWith("니다") != w.endsWith("니다") || two[1].endsWith("요") != w.endsWith("요")) {
                continue;
            }
            List<Morphology.Word> verb = Morphology.analyse(two[0]);
            if (verb.size() != 1 || !stem.equals(VerbFrames.stem(verb.getFirst()))
                    || !verb.getFirst().morphemes().getLast().is("EC", "EF")
                    || !verb.getFirst().morphemes().getLast().form().matches("아|어|여|ㅏ|ㅓ|ㅕ")) {
                continue;
            }
            // -겠- follows the stem as it is, irregular or not (보내겠습니다, 돕겠습니다, 만들겠습니다)
            String tail = two[1].substring(two[1].indexOf('겠') + 1);
            return Optional.of(new Finding(ErrorCategory.TENSE, w, stem + "겠" + tail, "tense/future"));
        }
        return Optional.empty();
    }

    /**
     * Whether {@code own}, a {@link #promisedWithFavour} finding, outranks the comparison's {@code compared} on the same
     * word: the comparison quotes the accepted phrase with the auxiliary of a favour the learner did not use
     * (보냈습니다 → 보내 드리겠습니다), so it changes two things where the learner's error is the tense alone (the
     * gold writers' convention: 보냈습니다 → 보내겠습니다). Session 38, s38c.
     */
    static boolean favourAdded(Finding own, Finding compared) {
        if (own.category() != ErrorCategory.TENSE || compared.category() != ErrorCategory.TENSE
                || !"tense/future".equals(own.subtype()) || own.original() == null
                || !own.original().equals(compared.original()) || compared.correction() == null
                || own.correction() == null || own.correction().contains(" ")) {
            return false;
        }
        String[] two = compared.correction().split(" ");
        int k = own.correction().indexOf('겠');
        return two.length == 2 && k > 0 && (two[1].startsWith("드리겠") || two[1].startsWith("주겠"))
                && two[1].endsWith(own.correction().substring(k + 1));
    }

    private static Optional<Finding> past(String w, List<String> ends, List<String> all) {
        if (w.chars().anyMatch(c -> Hangul.isSyllable((char) c) && Hangul.finalIndex((char) c) == Hangul.Final.SS)) {
            return Optional.empty(); // (있어요, 됐어요: no present to turn round)
        }
        for (String e : ends) {
            if (!UpcomingActs.pastEnd(e) && !formalPast(e) || e.endsWith("니다") != w.endsWith("니다")
                    || e.endsWith("요") != w.endsWith("요")) {
                continue; // the learner's speech level only
            }
            if (w.equals(UpcomingActs.presentOf(e)) || w.equals(formalPresent(e))) {
                return Optional.of(new Finding(ErrorCategory.TENSE, w, e, "tense/past"));
            }
        }
        return Optional.empty();
    }

    /** The formal present of a formal past (배웠습니다 → 배웁니다, 예약했습니다 → 예약합니다), by Nori's stem. */
    private static String formalPresent(String past) {
        if (!past.endsWith("습니다")) {
            return null;
        }
        List<Morphology.Word> read = Morphology.analyse(past);
        if (read.size() != 1) {
            return null;
        }
        StringBuilder stem = new StringBuilder();
        for (Morphology.Morpheme m : read.getFirst().morphemes()) {
            if (m.is("EP")) {
                break;
            }
            stem.append(m.form());
        }
        String s = stem.toString();
        if (s.isEmpty() || !Hangul.isSyllable(s.charAt(s.length() - 1))) {
            return null;
        }
        char last = s.charAt(s.length() - 1);
        return Hangul.hasFinal(last) ? s + "습니다" : s.substring(0, s.length() - 1) + (char) (last + 17) + "니다"; // ㅂ
    }

    /**
     * The 합쇼체 past of a statement (배웠습니다, 예약했습니다, 있었습니다: ㅆ before -습니다; not 있습니다, -겠습니다), which
     * {@link UpcomingActs#pastEnd} does not read (session 17, helper s17c: the formal speech level of the same class).
     */
    static boolean formalPast(String w) {
        if (!w.endsWith("습니다") || w.length() < 4) {
            return false;
        }
        char c = w.charAt(w.length() - 4);
        return Hangul.isSyllable(c) && Hangul.finalIndex(c) == Hangul.Final.SS && c != '있' && c != '겠';
    }

    /** The copula's past (차례였어, 학생이었어요), which {@link UpcomingActs#pastEnd} reads too. */
    private static boolean copulaPast(String w) {
        return COPULA_PAST.matcher(w).matches();
    }

    private static int lastPast(String w) {
        for (int i = w.length() - 1; i >= 0; i--) {
            char c = w.charAt(i);
            if (Hangul.isSyllable(c) && Hangul.finalIndex(c) == Hangul.Final.SS) {
                return i;
            }
        }
        return w.length() - 1;
    }

    /**
     * The sentences of a text as typed, split after each sentence mark (., ?, !) that a space follows; the marks stay
     * on their sentence (표를 샀어요. 언제 와요? → [표를 샀어요., 언제 와요?]). Shared by the tense checks.
     */
    static List<String> sentences(String text) {
        return List.of(SENTENCE_GAP.split(text.strip()));
    }
}
