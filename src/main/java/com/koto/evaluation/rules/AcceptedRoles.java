package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.text.Hangul;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Case particles by the role an accepted answer gives the learner's own noun (session 16, helper eval30b).
 * The learner writes the noun of an accepted answer with a particle of another role, before a verb whose
 * frame decides the role. The comparison finds that particle too, but an unseen answer usually differs
 * from the accepted one in a second, harmless place as well (제일 for 가장, an opener, a modifier), and then
 * the certainty gate cannot tell the slip from a paraphrase. Read on the learner's words, the slip stands
 * alone: the learner's verb gives the noun one role, the accepted answer says which, and the particle the
 * learner chose is the particle of another role. Each class needs both: the learner's verb of a frame and
 * the accepted answer's noun in the role that frame fixes; a word an accepted answer writes as the learner
 * does is never judged.
 * <ul>
 *   <li>{@code particle_wrong/action_place_for_goal}: the goal of a verb of going, coming, visiting or
 *       sending written with 에서, the particle of a starting point or of the place of an action, where an
 *       accepted answer has that noun as the goal (N에, N(으)로, N까지, N행, or the bare N before a verb of
 *       going): 지하철역에서 어떻게 가요? → 지하철역에; 노래방에서 갈래? → 노래방에; 옆집에서 이사 왔어요 →
 *       옆집에 (표준국어대사전 '가다' ①, '오다' ①, '보내다' 「…에/에게 …을」: the goal in 「…에」; '에서' ③
 *       the starting point). Left alone: a starting point the accepted answer has too (여기에서 공항까지,
 *       서울역에서 출발해요), a sentence that names another goal or a range (…까지, …부터, another N에 or a
 *       (으)로 the accepted answer does not write), a subject or object between the place and the verb (부산에서
 *       친구가 와요), another predicate first (도서관에서 공부하러 가요: the place of 공부하다), and 여기, 거기,
 *       저기, 어디 (여기서 어떻게 가요 asks the way from here);</li>
 *   <li>{@code particle_wrong/location_for_action_place}: the place of an action (eating, sleeping, riding,
 *       changing lines, buying, working …) written with 에 where an accepted answer writes that noun with
 *       에서: 어디에 2호선으로 갈아타야 돼요? → 어디에서; 강변에 같이 타자 → 강변에서 (표준국어대사전 '에서' ①
 *       앞말이 행동이 이루어지고 있는 처소임; Yeon &amp; Brown 2019, 에 versus 에서). The correction is the
 *       accepted answer's own form: the full N에서 where one accepted answer writes it, else its contraction
 *       (여기서, 어디서). Left alone: 있다/없다, verbs of putting, sitting, arriving and going, whose place is
 *       in 「…에」; the verbs whose place takes either (살다, 기다리다, 내리다, 세우다, 머물다, 주차하다);</li>
 *   <li>{@code particle_wrong/location_for_direction}: what a thing is changed into written with 에 or 을/를
 *       right before 바꾸다, 교환하다, 환전하다, where an accepted answer has that noun in (으)로 right before
 *       the verb: 250에 바꿔 주세요 → 250으로; 비빔밥을 바꿔 주세요 → 비빔밥으로 (표준국어대사전 '바꾸다'
 *       「…을 …으로」: 을/를 is the thing given up, (으)로 the thing received);</li>
 *   <li>{@code particle_wrong/subject_for_object} and {@code particle_wrong/object_on_intransitive}: a noun
 *       with 이/가 where an accepted answer has it with 을/를 (or bare before a verb of the object list) before
 *       the same verb, and a noun with 을/를 where an accepted answer has it with 이/가 (or bare before 있다,
 *       없다, 필요하다) before the same verb: 방이 2박 예약했어요 → 방을, 식당이 알아요? → 식당을; 지하철역을
 *       어디에 있어요? → 지하철역이, 강아지를 짖어요 → 강아지가, 열을 나요 → 열이 (표준국어대사전 문형 정보:
 *       「…을」 of a transitive verb, 「…이」 of 있다, 짖다, 나다). The same verb with the same noun has one
 *       frame; left alone: -고 싶다 (물이 마시고 싶어요 is standard), a verb with an auxiliary (불이 켜져 있어요),
 *       and pronouns;</li>
 *   <li>{@code particle_wrong/topic_in_modifier}: the subject of a modifier clause written with the topic
 *       은/는, where an accepted answer has it with 이/가 before the same verb in the modifier form: 지훈이는
 *       추천한 식당 → 지훈이가, 엄마는 만든 것 → 엄마가. A modifier clause has a subject but no topic of its
 *       own (국립국어원 『외국인을 위한 한국어 문법 1』 관형절; Sohn 1999, 은/는 in embedded clauses). Left alone:
 *       저는, 나는, 우리는 (the topic of the whole sentence before a modifier: 저는 좋아하는 음식이 …);</li>
 *   <li>{@code particle_wrong/location_for_until}, {@code particle_wrong/from_for_until} and
 *       {@code particle_missing/until}: the end of a stretch of place or time written with 에, 부터 or no particle,
 *       where an accepted answer writes the noun with 까지 before the same verb: 여기서 서울역에 얼마나 걸려요? →
 *       서울역까지; 언제부터 반납해야 돼요? → 언제까지; 몇 시 영업해요? → 몇 시까지 (표준국어대사전 '까지' ① 범위의
 *       끝, '부터' ① 범위의 시작). 에 and a bare time only before a verb that lasts (걸리다, 보관하다, 영업하다, 열다 …);
 *       not a deadline (금요일에 제출해요 may mean the day itself);</li>
 *   <li>{@code particle_wrong/case_for_comitative}: the one the speaker goes with written as the object of a verb of
 *       going, where an accepted answer writes the noun with 하고, (이)랑 or 와/과: 언니를 부산에 가 → 언니랑;</li>
 *   <li>{@code particle_missing/direction}: a place name bare before the means of sending and 보내다, where an accepted
 *       answer writes it as the goal: 자카르타 항공편으로 보내고 싶어요 → 자카르타로.</li>
 * </ul>
 */
final class AcceptedRoles {

    /** A clock time with 에. */
    private static final Pattern CLOCK_TIME_E = Pattern.compile("\\d+시에|\\d+분에");
    /** A word that starts with 까지, 부터, 에 or 쯤. */
    private static final Pattern LIMIT_PARTICLE_START = Pattern.compile("(까지|부터|에|쯤).*");
    /**
     * A limit in time (7시 40분까지, 내일까지, 금요일부터): no range of places, so 에서 elsewhere is no start of one
     * (7시 40분까지 학교에서 와야 돼 → 학교에; session 33, s33c).
     */
    private static final Pattern TIME_LIMIT = Pattern.compile(
            "(\\d+(시|분|일)|[가-힣]*요일|오늘|내일|모레|지금|언제|아침|저녁|밤|오전|오후|주말|이따|나중)(까지|부터)");
    /** A clock hour (3시, 시, 3시쯤). */
    private static final Pattern CLOCK_HOUR = Pattern.compile("\\d+시|시|\\d+시쯤");
    /** A run of digits (the whole string). */
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    /** Places named by a pronoun: with 에서 they are usually the starting point (여기서 어떻게 가요). */
    private static final Set<String> PLACE_PRONOUNS = Set.of("여기", "거기", "저기", "어디", "이곳", "그곳", "저곳");

    /** Verbs of visiting and sending whose goal takes 에 (찾아가다, 찾아뵙다, 보내다, 부치다), beside {@link VerbFrames#motion}. */
    private static final Set<String> VISITING_OR_SENDING = Set.of("찾아가", "찾아오", "찾아뵙", "찾아뵈", "찾아봬", "보내",
            "부치", "놀러가", "놀러오", "이사하", "이사가", "이사오");

    /**
     * Verbs of action whose place takes 에서 (their stem as {@link VerbFrames#stem} gives it). Not 보다 (앞에
     * 보세요 'look ahead'), 하다 alone, 살다 or the verbs of {@code Lexicon.EITHER_LOCATIVE}.
     */
    private static final Set<String> ACTIONS = Set.of("자", "먹", "마시", "사", "팔", "타", "갈아타", "놀", "쉬", "만나",
            "읽", "찍", "배우", "일하", "공부하", "운동하", "수영하", "요리하", "쇼핑하", "식사하", "산책하", "구경하",
            "근무하", "회의하", "환전하", "계산하", "결제하", "주문하", "사용하", "이용하");

    /** Verbs whose (으)로 is what a thing is changed into (바꾸다 「…을 …으로」). */
    private static final Set<String> CHANGES = Set.of("바꾸", "교환하", "환전하");

    /** Pronouns and question words: their particle is judged elsewhere or not at all. */
    private static final Set<String> PRONOUNS = Set.of("저", "나", "너", "우리", "저희", "제", "내", "뭐", "무엇", "누구",
            "이거", "그거", "저거", "이것", "그것", "저것", "어디", "여기", "거기", "저기", "언제");

    private AcceptedRoles() {
    }

    /**
     * The findings on the learner's raw answer.
     *
     * @param raw      the answer as written (sentences are told apart by their punctuation)
     * @param accepted the accepted answers as written (their sentences told apart as the answer's are)
     * @return particle findings, in the order of the words; empty when none applies
     */
    static List<Finding> find(String raw, List<String> accepted) {
        List<SpeechLevels.AnalysedSentence> own = SpeechLevels.analysedSentences(raw);
        return eachWord(raw, accepted, (surface, word) -> word.caseMarked() || clockTime(surface, word)
                || BARE_DAY.matcher(surface).matches()
                || word.startsWith("NNP"), (words, analysed, at, m) -> goalWithSource(words, analysed, at, m)
                        .or(() -> actionPlaceWithLocation(words, analysed, at, m))
                        .or(() -> resultOfChange(words, analysed, at, m)
                                .filter(f -> !resultNamedApart(words, analysed, at, own)))
                        .or(() -> caseOfSameVerb(words, analysed, at, m))
                        .or(() -> topicInModifier(words, analysed, at, m))
                        .or(() -> untilOfSameVerb(words, analysed, at, m))
                        .or(() -> partnerOfGoing(words, analysed, at, m))
                        .or(() -> goalBeforeMeans(words, analysed, at, m)));
    }

    /**
     * 방을 바꾸고 싶어요. 바다가 보이는 방 있어요? for 바다가 보이는 방으로 바꿀 수 있어요?: the bare object of a verb of
     * change is the thing the speaker has (바꾸다 「…을 …으로」: 방을 바꾸다 'change rooms'), and the thing wanted is named
     * apart, the same noun with a modifier elsewhere in the answer (another sentence or clause). Only an object with
     * no modifier of its own (더 큰 사이즈를 바꾸고 싶어요 is the result in the wrong case, and keeps its finding), and
     * only where the noun comes again after a modifier: a clause's modifier (보이는 방), a determiner (다른 방) or a
     * noun (창가 자리). Sources: 표준국어대사전 '바꾸다' 「1」 「…을 …으로」; Sohn 1999, afterthought and apposition across
     * sentences. Session 29, s29a.
     *
     * @param words    the sentence of the object
     * @param analysed its analysis
     * @param at       the object's word
     * @param own      every sentence of the learner's answer, analysed
     */
    static boolean resultNamedApart(List<String> words, List<Morphology.Word> analysed, int at,
            List<SpeechLevels.AnalysedSentence> own) {
        String noun = objectNoun(words.get(at), analysed.get(at));
        if (noun == null || at > 0 && modifier(analysed.get(at - 1))) {
            return false;
        }
        for (SpeechLevels.AnalysedSentence s : own) {
            for (int k = 1; k < s.words().size(); k++) {
                String w = s.words().get(k);
                boolean same = w.equals(noun) || w.startsWith(noun) && !s.analysed().get(k).endsWith("JKO")
                        && s.analysed().get(k).startsWith("NNG") && Set.of("이", "가", "은", "는", "도", "요", "이요", "로",
                                "으로").contains(w.substring(noun.length()));
                // in the object's own sentence only after it (방을 바꾸고 바다가 보이는 방으로 하고 싶어요: another clause)
                if (same && (!s.words().equals(words) || k > at + 1) && modifier(s.analysed().get(k - 1))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A word that modifies the noun after it: -(으)ㄴ/-는 (보이는, 큰), a determiner (다른, 새), a bare noun (창가). */
    private static boolean modifier(Morphology.Word w) {
        return w.endsWith("ETM") || w.morphemes().size() == 1 && w.startsWith("MM", "NNG");
    }

    /** One check on word {@code i} of a learner sentence, read against the accepted answers' sentences. */
    @FunctionalInterface
    interface WordCheck {

        /**
         * @param words    the learner sentence's words (punctuation stripped)
         * @param analysed Nori's analysis of each word, word for word
         * @param i        the word checked (never the sentence's last)
         * @param models   every sentence of every accepted answer, analysed
         * @return the finding on word {@code i}, or empty
         */
        Optional<Finding> at(List<String> words, List<Morphology.Word> analysed, int i,
                List<SpeechLevels.AnalysedSentence> models);
    }

    /**
     * The driver of the checks that read the learner's own words against the accepted answers' sentences (this class
     * and {@link BareRoles}): {@code check} on each word but the last of each learner sentence
     * ({@link SpeechLevels#analysedSentences}) that {@code candidate} admits (its surface and analysis), at most one
     * finding a word. The accepted answers are analysed once, and only when a word is admitted.
     *
     * @return the findings in the order of the words; empty when none applies
     */
    static List<Finding> eachWord(String raw, List<String> accepted,
            java.util.function.BiPredicate<String, Morphology.Word> candidate, WordCheck check) {
        List<Finding> out = new ArrayList<>();
        List<SpeechLevels.AnalysedSentence> models = null;
        for (SpeechLevels.AnalysedSentence sentence : SpeechLevels.analysedSentences(raw)) {
            List<String> words = sentence.words();
            List<Morphology.Word> analysed = sentence.analysed();
            for (int i = 0; i + 1 < words.size(); i++) {
                if (!candidate.test(words.get(i), analysed.get(i))) {
                    continue;
                }
                if (models == null) {
                    models = accepted.stream().flatMap(a -> SpeechLevels.analysedSentences(a).stream()).toList();
                }
                check.at(words, analysed, i, models).ifPresent(out::add);
            }
        }
        return out;
    }

    /** 지하철역에서 어떻게 가요? → 지하철역에, where an accepted answer goes to the 지하철역. */
    private static Optional<Finding> goalWithSource(List<String> words, List<Morphology.Word> analysed, int i,
            List<SpeechLevels.AnalysedSentence> models) {
        String noun = noun(words.get(i), analysed.get(i), "에서");
        if (noun == null || PLACE_PRONOUNS.contains(noun) || writes(models, noun + "에서")) {
            return Optional.empty();
        }
        for (int k = 0; k < words.size(); k++) {
            if (k != i && (words.get(k).endsWith("까지") || words.get(k).endsWith("부터")) && !TIME_LIMIT.matcher(words.get(k)).matches()) {
                return Optional.empty(); // a range: 에서 is its start (서울역에서 공항까지)
            }
        }
        String written = goingAfter(words, analysed, i, models) ? goalIn(models, noun) : null;
        if (written == null) {
            return Optional.empty();
        }
        // from a starting point the learner names too (여기에서 서울역에서 어떻게 가요?), the goal is the end of the
        // way, 까지, where an accepted answer writes it so (표준국어대사전 '까지' ① 범위의 끝); else the goal particle
        // the first accepted answer gives the noun (인천공항으로, 지하철역에), and 에 where it has none (노래방 갈래, 부산행)
        boolean from = words.stream().anyMatch(x -> !x.equals(words.get(i)) && (x.endsWith("에서") || x.equals("여기서")
                || x.equals("거기서") || x.equals("저기서")));
        String goal = from && writes(models, noun + "까지") ? noun + "까지"
                : written.equals(noun) || written.equals(noun + "행") ? noun + "에" : written;
        return Optional.of(new Finding(ErrorCategory.PARTICLE_WRONG, words.get(i), goal,
                "particle_wrong/action_place_for_goal"));
    }

    /**
     * Whether the first predicate after word {@code i} is a verb of going, coming, visiting or sending, with only
     * adverbs, bare nouns and a (으)로 of means an accepted answer writes between: no subject or object of its own,
     * no other goal, no other predicate first.
     */
    private static boolean goingAfter(List<String> words, List<Morphology.Word> analysed, int i,
            List<SpeechLevels.AnalysedSentence> models) {
        for (int j = i + 1; j < words.size(); j++) {
            Morphology.Word w = analysed.get(j);
            if (going(words.get(j), w)) {
                return true;
            }
            if (w.endsWith("EC") && w.morphemes().getLast().form().equals("게")) {
                continue; // an adverb in -게 (어떻게, 빨리 … 편하게) modifies the verb after it
            }
            if (w.verbal() || w.endsWith("JKS", "JKO")) {
                return false; // another predicate first, or a subject or object of its own
            }
            if (w.endsWith("JKB") && (!Set.of("로", "으로").contains(w.morphemes().getLast().form())
                    || !writes(models, words.get(j)))) {
                return false; // another goal; a (으)로 of means only as the accepted answer writes it
            }
        }
        return false;
    }

    /** Whether the word is a form of a verb of going, coming, visiting or sending (가요 is read as a noun by Nori). */
    private static boolean going(String surface, Morphology.Word w) {
        if (!w.verbal() || w.endsWith("JKS", "JKO", "JKB", "JKG") || w.has("NNB")) {
            return surface.equals("가요"); // Nori reads 가요 as the noun 'song' in some sentences
        }
        return VerbFrames.motion(w) || VISITING_OR_SENDING.contains(VerbFrames.stem(w))
                || VISITING_OR_SENDING.stream().anyMatch(surface::startsWith); // 찾아봬도 read as 찾 + 아 + 뵈
    }

    /**
     * The first word of the accepted answers that has the noun as a goal (N에, N(으)로, N까지 before a verb of going;
     * N행; the bare N right before a verb of going), or null. The goal's own verb must be one of going: 욕실에 온수가
     * 안 나와요 names where, not whither.
     */
    private static String goalIn(List<SpeechLevels.AnalysedSentence> models, String noun) {
        Set<String> goals = Set.of(noun + "에", noun + "로", noun + "으로", noun + "까지");
        for (SpeechLevels.AnalysedSentence s : models) {
            for (int k = 0; k < s.words().size(); k++) {
                String w = s.words().get(k);
                if (w.equals(noun + "행") || goals.contains(w) && goingAfter(s.words(), s.analysed(), k, models)
                        || w.equals(noun) && adverbsThenGoing(s, k + 1)) {
                    return w;
                }
            }
        }
        return null;
    }

    /**
     * Whether word {@code k} of an accepted sentence is a verb of going, or adverbs (같이, 먼저, 좀) and then one: the
     * bare noun before them is the goal whose 에 speech drops (축제 같이 갈래?; session 28, s28a).
     */
    private static boolean adverbsThenGoing(SpeechLevels.AnalysedSentence s, int k) {
        int j = k;
        while (j < s.words().size() - 1 && s.analysed().get(j).morphemes().size() == 1
                && s.analysed().get(j).startsWith("MAG")) {
            j++;
        }
        return j < s.words().size() && going(s.words().get(j), s.analysed().get(j));
    }

    /** 어디에 갈아타요? → 어디에서, where an accepted answer writes 어디에서 (or 어디서). */
    private static Optional<Finding> actionPlaceWithLocation(List<String> words, List<Morphology.Word> analysed, int i,
            List<SpeechLevels.AnalysedSentence> models) {
        String noun = noun(words.get(i), analysed.get(i), "에");
        if (noun == null || writes(models, words.get(i))) {
            return Optional.empty();
        }
        String full = noun + "에서";
        String contracted = PLACE_PRONOUNS.contains(noun) && noun.length() == 2 ? noun + "서" : null;
        String correction = writes(models, full) ? full : contracted != null && writes(models, contracted) ? contracted : null;
        if (correction == null) {
            return Optional.empty();
        }
        for (int j = i + 1; j < words.size(); j++) {
            Morphology.Word w = analysed.get(j);
            if (w.verbal()) {
                boolean purpose = w.morphemes().stream().anyMatch(x -> x.is("EC")
                        && (x.form().endsWith("러") || x.form().startsWith("려") || x.form().startsWith("으려")));
                String stem = actionStem(words.get(j), w);
                boolean lives = stem.equals("사") && words.get(j).startsWith("살") && !w.has("ETM"); // 살아요 'live'
                if (!ACTIONS.contains(stem) || purpose || lives || w.has("VX")) {
                    return Optional.empty();
                }
                return Optional.of(new Finding(ErrorCategory.PARTICLE_WRONG, words.get(i), correction,
                        "particle_wrong/location_for_action_place"));
            }
            boolean between = w.endsWith("JKO") || w.startsWith("MAG", "MM") && w.morphemes().size() == 1
                    || w.endsWith("JKB") && Set.of("로", "으로").contains(w.morphemes().getLast().form())
                    || w.morphemes().stream().allMatch(x -> x.is("NNG", "NNP", "NNBC", "NR", "SN"));
            if (!between) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * The verb's stem as {@link VerbFrames#stem} gives it, without the final consonant Nori sometimes adds to
     * its last syllable (잣 for 자고), where the word as written has the stem without it.
     */
    private static String actionStem(String surface, Morphology.Word w) {
        String stem = VerbFrames.stem(w);
        if (ACTIONS.contains(stem) || stem.isEmpty()) {
            return stem;
        }
        char last = stem.charAt(stem.length() - 1);
        if (Hangul.isSyllable(last) && Hangul.hasFinal(last)) {
            String open = stem.substring(0, stem.length() - 1) + Hangul.withoutFinal(last);
            if (ACTIONS.contains(open) && surface.startsWith(open) && !surface.startsWith(stem)) {
                return open;
            }
        }
        return stem;
    }

    /** 250에 바꿔 주세요 → 250으로; 비빔밥을 바꿔 주세요 → 비빔밥으로, where an accepted answer changes into it. */
    private static Optional<Finding> resultOfChange(List<String> words, List<Morphology.Word> analysed, int i,
            List<SpeechLevels.AnalysedSentence> models) {
        Morphology.Word next = analysed.get(i + 1);
        if (!next.verbal() || !CHANGES.contains(VerbFrames.stem(next))) {
            return Optional.empty();
        }
        String w = words.get(i);
        String noun = noun(w, analysed.get(i), "에");
        boolean object = noun == null;
        if (noun == null) {
            noun = objectNoun(w, analysed.get(i));
        }
        if (noun == null) {
            return Optional.empty();
        }
        String into = null;
        for (SpeechLevels.AnalysedSentence s : models) {
            for (int k = 0; k + 1 < s.words().size(); k++) {
                String a = s.words().get(k);
                boolean change = s.analysed().get(k + 1).verbal() && CHANGES.contains(VerbFrames.stem(s.analysed().get(k + 1)));
                int verb = ParticleFrames.predicate(s.analysed(), k);
                if (a.equals(w) && verb >= 0 && CHANGES.contains(VerbFrames.stem(s.analysed().get(verb)))) {
                    return Optional.empty(); // an accepted answer changes it as the learner does (이 컵을 새 컵으로 바꿔)
                }
                if (change && (a.equals(noun + "로") || a.equals(noun + "으로"))) {
                    // 방을 바꾸고 싶어요 beside 바다가 보이는 방으로 바꿀 수 있어요?: the accepted answer's result is one
                    // kind of the noun (a modifier or a noun before it: 창가 쪽 자리로), so the learner's plain noun with 을/를 is the thing
                    // swapped, 방을 바꾸다 'change rooms' (표준국어대사전 '바꾸다' ①), not the result (session 29, s29d)
                    if (object && k > 0 && (s.analysed().get(k - 1).endsWith("ETM", "MM", "NNG", "NNB")
                            && !s.analysed().get(k - 1).verbal() || s.analysed().get(k - 1).endsWith("ETM"))) {
                        return Optional.empty();
                    }
                    into = a;
                }
            }
        }
        return into == null ? Optional.empty() : Optional.of(new Finding(ErrorCategory.PARTICLE_WRONG, w, into,
                "particle_wrong/location_for_direction"));
    }

    /** 방이 예약했어요 → 방을; 지하철역을 어디에 있어요 → 지하철역이, where an accepted answer marks it so before that verb. */
    private static Optional<Finding> caseOfSameVerb(List<String> words, List<Morphology.Word> analysed, int i,
            List<SpeechLevels.AnalysedSentence> models) {
        String w = words.get(i);
        Morphology.Word word = analysed.get(i);
        boolean subject = word.endsWith("JKS");
        if (!subject && !word.endsWith("JKO")) {
            return Optional.empty();
        }
        String noun = subject ? strip(w, "이", "가") : strip(w, "을", "를");
        if (noun == null || PRONOUNS.contains(noun) || !nounOnly(word)) {
            return Optional.empty();
        }
        int v = predicate(analysed, i);
        String verbSurface = v >= 0 ? words.get(v) : i + 2 == words.size() ? words.get(i + 1) : null;
        if (verbSurface == null || v >= 0 && !plainVerb(words, analysed, v)) {
            return Optional.empty();
        }
        String stem = v >= 0 ? stem(analysed.get(v)) : "";
        if (writes(models, w)) {
            return Optional.empty();
        }
        for (SpeechLevels.AnalysedSentence s : models) {
            for (int k = 0; k < s.words().size(); k++) {
                String a = s.words().get(k);
                boolean bare = a.equals(noun);
                boolean other = subject ? strip(a, "을", "를") != null && noun.equals(strip(a, "을", "를"))
                        : strip(a, "이", "가") != null && noun.equals(strip(a, "이", "가"));
                if (!bare && !other) {
                    continue;
                }
                int av = bare ? k + 1 < s.words().size() && s.analysed().get(k + 1).verbal() ? k + 1 : -1
                        : predicate(s.analysed(), k);
                String acceptedVerb = av >= 0 ? s.words().get(av) : k + 2 == s.words().size() ? s.words().get(k + 1) : null;
                if (acceptedVerb == null) {
                    continue;
                }
                String acceptedStem = av >= 0 ? stem(s.analysed().get(av)) : "";
                boolean same = acceptedVerb.equals(verbSurface) || !stem.isEmpty() && stem.equals(acceptedStem);
                if (!same) {
                    continue;
                }
                if (bare && (subject ? v < 0 || !VerbFrames.takesObject(analysed.get(v), true)
                        : !verbSurface.startsWith("있") && !verbSurface.startsWith("없") && !verbSurface.startsWith("필요"))) {
                    continue; // a bare noun is the object only before a verb of the object list, the subject before 있다, 없다, 필요하다
                }
                boolean last = Hangul.hasFinal(noun.charAt(noun.length() - 1));
                return subject
                        ? Optional.of(new Finding(ErrorCategory.PARTICLE_WRONG, w, noun + (last ? "을" : "를"),
                                "particle_wrong/subject_for_object"))
                        : Optional.of(new Finding(ErrorCategory.PARTICLE_WRONG, w, noun + (last ? "이" : "가"),
                                "particle_wrong/object_on_intransitive"));
            }
        }
        return Optional.empty();
    }

    /**
     * The verb's stem as {@link VerbFrames#stem} gives it, but a noun + 되다 as itself: Nori tags its 되 as the
     * verb suffix of 하다 verbs, and 완성되다, 취소되다 are the passives of 완성하다, 취소하다, with the thing as
     * their subject (보고서가 완성돼서, 예약이 취소되지 않도록).
     */
    private static String stem(Morphology.Word w) {
        List<Morphology.Morpheme> m = w.morphemes();
        if (m.size() > 1 && m.getFirst().tag().startsWith("NN") && m.get(1).is("XSV") && m.get(1).form().equals("되")) {
            return m.getFirst().form() + "되";
        }
        return VerbFrames.stem(w);
    }

    /** {@link ParticleFrames#predicate}, an adverb in -게 (시끄럽게, 어떻게) read as the adverb it is. */
    private static int predicate(List<Morphology.Word> analysed, int i) {
        int v = ParticleFrames.predicate(analysed, i);
        while (v >= 0 && analysed.get(v).endsWith("EC") && analysed.get(v).morphemes().getLast().form().equals("게")) {
            v = ParticleFrames.predicate(analysed, v);
        }
        return v;
    }

    /**
     * As {@link #predicate}, past an object: the first predicate after a time word, stopping only at a subject or a
     * recipient (session 33, s33c: 오후 3시 내 가방을 맡아 줘).
     */
    private static int predicateOverObject(List<Morphology.Word> analysed, int i) {
        for (int j = i + 1; j < analysed.size(); j++) {
            Morphology.Word w = analysed.get(j);
            if (w.verbal()) {
                return w.endsWith("EC") && w.morphemes().getLast().form().equals("게") ? -1 : j;
            }
            if (w.endsWith("JKS") || w.endsWith("JKB") && Set.of("에게", "한테", "께")
                    .contains(w.morphemes().getLast().form())) {
                return -1;
            }
        }
        return -1;
    }

    /** A predicate without an auxiliary or a wish after it (켜져 있어요, 마시고 싶어요 take either case). */
    private static boolean plainVerb(List<String> words, List<Morphology.Word> analysed, int v) {
        if (analysed.get(v).has("VX")) {
            return false;
        }
        if (v + 1 < words.size()) {
            String after = words.get(v + 1);
            return !(after.startsWith("싶") || after.startsWith("있") || after.startsWith("계시") || after.startsWith("지")
                    || after.startsWith("져") || after.startsWith("보") || after.startsWith("봐") || after.startsWith("버리")
                    || after.startsWith("놓") || after.startsWith("두"));
        }
        return true;
    }

    /** 지훈이는 추천한 식당 → 지훈이가, where an accepted answer writes 지훈이가 추천한. */
    private static Optional<Finding> topicInModifier(List<String> words, List<Morphology.Word> analysed, int i,
            List<SpeechLevels.AnalysedSentence> models) {
        String w = words.get(i);
        Morphology.Word word = analysed.get(i);
        Morphology.Word verb = analysed.get(i + 1);
        if (!word.endsWith("JX") || i + 2 >= words.size() || !verb.verbal() || !verb.endsWith("ETM") || verb.has("VX")) {
            return Optional.empty();
        }
        String noun = strip(w, "은", "는");
        if (noun == null || PRONOUNS.contains(noun) || !nounOnly(word)) {
            return Optional.empty();
        }
        String stem = stem(verb);
        for (SpeechLevels.AnalysedSentence s : models) {
            for (int k = 0; k + 1 < s.words().size(); k++) {
                String a = s.words().get(k);
                Morphology.Word av = s.analysed().get(k + 1);
                if (noun.equals(strip(a, "이", "가")) && s.analysed().get(k).endsWith("JKS") && av.verbal()
                        && av.endsWith("ETM") && !stem.isEmpty() && stem.equals(stem(av))) {
                    return Optional.of(new Finding(ErrorCategory.PARTICLE_WRONG, w, a, "particle_wrong/topic_in_modifier"));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Verbs of a state or an activity that lasts (걸리다, 보관하다, 영업하다, 열다, 기다리다 …): with them 에 names a
     * point and 까지 the end of the stretch, so where an accepted answer asks or says until when, 에 is another
     * question. Not the verbs of a deadline (제출하다, 도착하다, 끝나다), where 에 and 까지 may both be meant.
     */
    private static final Set<String> LASTING = Set.of("걸리", "보관하", "맡기", "영업하", "열", "하", "기다리", "빌리", "묵",
            "머물", "있", "일하", "공부하", "놀", "쉬", "문닫", "운영하", "맡");

    /** Verbs of a deadline (제출하다, 내다, 끝내다 …): the {@code deadline} role of {@code verb-frames.json} (session 34). */
    private static final Set<String> DEADLINE = VerbFrames.argument("deadline", "stems");

    /** A day written bare (금요일, 15일, 주말, 월말): a deadline's day where an accepted answer has it with 까지. */
    private static final Pattern BARE_DAY = Pattern.compile("[월화수목금토일]요일|\\d{1,2}일|주말|월말|연말");

    /** A time a deadline may name (월요일, 3일, 5시, 오후, 다음 주, 이번 달, 주말, 내일); a place is no deadline (인도네시아에 보내다). */
    private static final Pattern DEADLINE_TIME = Pattern.compile(
            "([가-힣]*요일|.*\\d.*|시|주|달|주말|오전|오후|아침|저녁|밤|점심|내일|모레|오늘|월말|연말|말|언제|이번주|다음주)");

    /**
     * 여기서 서울역에 얼마나 걸려요? → 서울역까지; 4시에 보관해 주실 수 있습니까? → 4시까지; 언제부터 반납해야 돼요? →
     * 언제까지; 몇 시 영업해요? → 몇 시까지: the end of a stretch of place or time, where an accepted answer writes
     * the noun with 까지 before the same verb (표준국어대사전 '까지' ① 범위의 끝; '부터' ① 범위의 시작). 부터 for 까지 is
     * the other end with any verb; 에 and a bare time only with a verb that lasts ({@link #LASTING}). Session 38 (s38b):
     * also a bare clock hour or day (5시, 금요일, 15일) right before a verb of a deadline, an object in 을/를 at most between
     * (5시 보내 드리겠습니다 → 5시까지, 금요일 보고서를 제출하겠습니다 → 금요일까지), where an accepted answer writes the
     * time with 까지 before a verb of the group: the task asks the end of the time allowed, which a bare time or 에 does
     * not say; not 언제 (a question of when), nor a time a limit word follows (5시 전에: {@link Deadlines}).
     */
    private static Optional<Finding> untilOfSameVerb(List<String> words, List<Morphology.Word> analysed, int i,
            List<SpeechLevels.AnalysedSentence> models) {
        String w = words.get(i);
        Morphology.Word word = analysed.get(i);
        String noun;
        String subtype;
        if (w.endsWith("부터") && word.endsWith("JX") && w.length() > 2) {
            noun = w.substring(0, w.length() - 2);
            subtype = "particle_wrong/from_for_until";
        } else if (noun(w, word, "에") != null || CLOCK_TIME_E.matcher(w).matches()) {
            noun = w.substring(0, w.length() - 1);
            subtype = "particle_wrong/location_for_until";
        } else if (clockTime(w, word) && !LIMIT_PARTICLE_START.matcher(words.get(i + 1)).matches()) { // 몇 시 까지: spacing
            noun = w;
            subtype = "particle_missing/until";
        } else if (BARE_DAY.matcher(w).matches() && !LIMIT_PARTICLE_START.matcher(words.get(i + 1)).matches()) {
            noun = w; // 금요일 제출하겠습니다: a deadline only (s38b)
            subtype = "particle_missing/until";
        } else {
            return Optional.empty();
        }
        if (!writes(models, noun + "까지") || writes(models, w)) {
            return Optional.empty();
        }
        // a clock time scopes over the clause: its verb may come after the object (오후 3시 가방을 맡아 줘; s33c)
        boolean hour = CLOCK_HOUR.matcher(noun).matches();
        if (hour && words.stream().anyMatch(x -> x.endsWith("까지"))) {
            return Optional.empty(); // the limit said on another word (3시 오후까지: the order is the slip)
        }
        int v = hour ? predicateOverObject(analysed, i) : predicate(analysed, i);
        // a deadline (다음 주 월요일에 보고서를 제출하겠습니다 → 월요일까지; session 34, s34a): the verb of the group, past
        // an object, where an accepted answer writes the time with 까지 before a verb of the group too
        int dv = predicateOverObject(analysed, i);
        // a bare clock hour before the verb of a deadline (5시 보내 드리겠습니다 → 5시까지; session 38, s38b): the
        // accepted answer's 까지 tells the end of the time allowed from the hour of the act; not 언제, whose bare
        // question (언제 보내 주실 수 있어요?) asks the hour of the act itself, and no hour with a limit after it
        // in the same time phrase (5시 전에 보내겠습니다: 전에 states the limit)
        boolean day = BARE_DAY.matcher(noun).matches();
        boolean bareHour = subtype.equals("particle_missing/until") && (hour || day)
                && dv == i + 1 + objectsBetween(analysed, i);
        boolean deadline = (subtype.equals("particle_wrong/location_for_until") || bareHour) && dv >= 0
                && DEADLINE_TIME.matcher(noun).matches()
                && DEADLINE.contains(stem(analysed.get(dv))) && !analysed.get(dv).has("VX");
        if (deadline) {
            v = dv;
        } else if (day && subtype.equals("particle_missing/until")) {
            return Optional.empty(); // a bare day before a verb that lasts may be the day itself (토요일 영업해요?)
        }
        if (v < 0 || !deadline && !plainVerb(words, analysed, v)) {
            return Optional.empty();
        }
        String stem = stem(analysed.get(v));
        if (!subtype.endsWith("from_for_until") && !LASTING.contains(stem) && !deadline) {
            return Optional.empty();
        }
        for (SpeechLevels.AnalysedSentence s : models) {
            int k = s.words().indexOf(noun + "까지");
            int av = k < 0 ? -1 : hour || deadline ? predicateOverObject(s.analysed(), k) : predicate(s.analysed(), k);
            // 맡기다, 맡다 and 보관하다 are one frame of keeping (GovernedArguments, session 33)
            if (av >= 0 && (GovernedArguments.sameFrame(stem, stem(s.analysed().get(av)))
                    || deadline && DEADLINE.contains(stem(s.analysed().get(av))))) {
                ErrorCategory category = subtype.startsWith("particle_missing") ? ErrorCategory.PARTICLE_MISSING
                        : ErrorCategory.PARTICLE_WRONG;
                return Optional.of(new Finding(category, w, noun + "까지", subtype));
            }
        }
        return Optional.empty();
    }

    /** How many words in 을/를 follow word {@code i} right after it (보고서를 in 5시 보고서를 보내겠습니다). */
    private static int objectsBetween(List<Morphology.Word> analysed, int i) {
        int n = 0;
        while (i + 1 + n < analysed.size() && analysed.get(i + 1 + n).endsWith("JKO")) {
            n++;
        }
        return n;
    }

    /** A clock time or 언제 without a particle (몇 시, 3시, 언제). */
    private static boolean clockTime(String surface, Morphology.Word w) {
        return surface.equals("언제") || CLOCK_HOUR.matcher(surface).matches()
                && w.morphemes().stream().allMatch(m -> m.is("NNBC", "SN", "NNB", "XSN"));
    }

    /** The particles of a partner one does something with (언니랑, 친구하고, 고양이와). */
    private static final List<String> WITH = List.of("하고", "이랑", "랑", "와", "과");

    /**
     * 언니를 부산에 가 → 언니랑: the one the speaker goes with, written as the object of a verb of going, where an
     * accepted answer writes the noun with 하고, (이)랑 or 와/과 (표준국어대사전 '하고' ②, '랑' ②: 함께 하는 상대; 가다
     * takes no person as its object). Left alone: 만나다 and other verbs of doing something together, whose 을/를 is
     * standard (친구를 만나요), and the subject with 같이 (친구가 같이 가도 돼? 'may my friend come too?' says another
     * thing, correctly).
     */
    private static Optional<Finding> partnerOfGoing(List<String> words, List<Morphology.Word> analysed, int i,
            List<SpeechLevels.AnalysedSentence> models) {
        String w = words.get(i);
        Morphology.Word word = analysed.get(i);
        String noun = word.endsWith("JKO") ? strip(w, "을", "를") : null;
        if (noun == null || PRONOUNS.contains(noun) || !nounOnly(word) || writes(models, w)
                || !goingThrough(words, analysed, i)) {
            return Optional.empty();
        }
        for (SpeechLevels.AnalysedSentence s : models) {
            for (int k = 0; k < s.words().size(); k++) {
                String a = s.words().get(k);
                if (WITH.stream().anyMatch(p -> a.equals(noun + p))) {
                    return Optional.of(new Finding(ErrorCategory.PARTICLE_WRONG, w, a,
                            "particle_wrong/case_for_comitative"));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * 이 소포를 자카르타 항공편으로 보내고 싶어요 → 자카르타로: a place name written bare right before the means of
     * sending in (으)로 and 보내다 or 부치다, where an accepted answer writes the name as the goal (N(으)로, N에):
     * the bare name reads as a modifier of the means ('the Jakarta flight'), and the goal of sending is left out
     * (표준국어대사전 '보내다' 「…에/에게 …을」, '-으로' ① 방향). The correction is the accepted answer's (으)로 where
     * one writes it, else its 에.
     */
    private static Optional<Finding> goalBeforeMeans(List<String> words, List<Morphology.Word> analysed, int i,
            List<SpeechLevels.AnalysedSentence> models) {
        Morphology.Word word = analysed.get(i);
        if (i + 2 >= words.size() || word.morphemes().size() != 1 || !word.startsWith("NNP")) {
            return Optional.empty();
        }
        Morphology.Word means = analysed.get(i + 1);
        Morphology.Word verb = analysed.get(i + 2);
        if (!means.endsWith("JKB") || !Set.of("로", "으로").contains(means.morphemes().getLast().form()) || !nounOnly(means)
                || !verb.verbal() || !Set.of("보내", "부치").contains(VerbFrames.stem(verb))) {
            return Optional.empty();
        }
        String noun = words.get(i);
        String direction = noun + ParticleFrames.direction(noun);
        String goal = writes(models, direction) ? direction : writes(models, noun + "에") ? noun + "에" : null;
        return goal == null ? Optional.empty() : Optional.of(new Finding(ErrorCategory.PARTICLE_MISSING, noun, goal,
                "particle_missing/direction"));
    }

    /** Whether the first predicate after word {@code i} is a verb of going, goals and adverbs between allowed. */
    private static boolean goingThrough(List<String> words, List<Morphology.Word> analysed, int i) {
        for (int j = i + 1; j < words.size(); j++) {
            Morphology.Word w = analysed.get(j);
            if (going(words.get(j), w)) {
                return true;
            }
            if (w.verbal() || w.endsWith("JKS", "JKO")) {
                return false;
            }
        }
        return false;
    }

    /** The noun of a word written as nouns + this adverbial particle (지하철역에서 → 지하철역), or null. */
    private static String noun(String surface, Morphology.Word w, String particle) {
        List<Morphology.Morpheme> m = w.morphemes();
        // digits + the particle (the particles here are Hangul, never regex syntax)
        if (surface.endsWith(particle)
                && DIGITS.matcher(surface.substring(0, surface.length() - particle.length())).matches()
                && m.size() == 1 && m.getFirst().is("JKB")) {
            return surface.substring(0, surface.length() - particle.length()); // 250에: Nori drops the digits
        }
        if (m.size() < 2 || !m.getLast().is("JKB") || !m.getLast().form().equals(particle) || !surface.endsWith(particle)
                || surface.length() == particle.length()) {
            return null;
        }
        for (int k = 0; k < m.size() - 1; k++) {
            // a numbering prefix first (제1터미널, 제2공장: Nori gives 제/XPN and drops the digit; session 33, s33c)
            boolean numbering = k == 0 && m.get(k).is("XPN") && m.get(k).form().equals("제") && m.size() > 2
                    && surface.matches("제\\d.*");
            if (!numbering && (!m.get(k).is("NNG", "NNP", "NP", "SN", "NNBC") || m.get(k).is("NNBC") && k == 0)) {
                return null;
            }
        }
        return surface.substring(0, surface.length() - particle.length());
    }

    /** The noun of a word written as nouns + 을/를 (비빔밥을 → 비빔밥), or null. */
    private static String objectNoun(String surface, Morphology.Word w) {
        return w.endsWith("JKO") && nounOnly(w) ? strip(surface, "을", "를") : null;
    }

    /** Whether every morpheme but the last particle is a noun or a number. */
    private static boolean nounOnly(Morphology.Word w) {
        List<Morphology.Morpheme> m = w.morphemes();
        return m.size() >= 2 && m.subList(0, m.size() - 1).stream().allMatch(x -> x.is("NNG", "NNP", "SN", "NNBC", "XSN"));
    }

    /** The word without the particle written after a consonant ({@code consonant}) or a vowel, as it fits; else null. */
    private static String strip(String word, String consonant, String vowel) {
        for (String p : List.of(consonant, vowel)) {
            if (word.length() > 1 && word.endsWith(p)) {
                String noun = word.substring(0, word.length() - p.length());
                char last = noun.charAt(noun.length() - 1);
                boolean fits = !Hangul.isSyllable(last) || Hangul.hasFinal(last) == p.equals(consonant);
                return fits ? noun : null;
            }
        }
        return null;
    }

    /** The subtypes of this class's findings. */
    private static final Set<String> SUBTYPES = Set.of("particle_wrong/action_place_for_goal",
            "particle_wrong/location_for_action_place", "particle_wrong/location_for_direction",
            "particle_wrong/subject_for_object", "particle_wrong/object_on_intransitive", "particle_wrong/topic_in_modifier",
            "particle_wrong/location_for_until", "particle_wrong/from_for_until", "particle_wrong/case_for_comitative",
            "particle_missing/until", "particle_missing/direction",
            // session 28 (s28a): FrameRoles#wrong, read on the learner's own frame
            "particle_wrong/location_for_capacity", "particle_wrong/location_for_means",
            "particle_wrong/object_for_comitative",
            // session 29 (s29d)
            "particle_wrong/object_for_location", "particle_wrong/action_place_for_location",
            "particle_wrong/action_place_for_from");

    /**
     * Whether {@code own}, a finding of this class, replaces the comparison's particle finding {@code compared} on
     * the same word: the comparison quotes the particle of the accepted answer it chose, which may give the noun
     * another verb's role (지하철역에서 → 지하철역이 of 지하철역이 어디예요, for the learner's 가요), while this
     * class reads the learner's own verb and an accepted answer with that frame ({@link SpeechLevels#merge}).
     */
    static boolean replaces(Finding own, Finding compared) {
        return (own.category() == ErrorCategory.PARTICLE_WRONG || own.category() == ErrorCategory.PARTICLE_MISSING)
                && compared.category() == own.category() && SUBTYPES.contains(own.subtype()) && own.original() != null && compared.original() != null
                && (compared.original().equals(own.original()) || compared.original().endsWith(" " + own.original()))
                && !own.correction().equals(compared.correction());
    }

    /** Whether an accepted answer writes this word as it stands. */
    private static boolean writes(List<SpeechLevels.AnalysedSentence> models, String word) {
        return models.stream().anyMatch(s -> s.words().contains(word));
    }
}
