package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.text.Hangul;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Case particles judged by the predicate's frame on the learner's own words (issue 11, session 7),
 * whatever the accepted answer says: unseen answers usually differ from the accepted ones in a second,
 * harmless way, and then the comparison cannot tell the wrong particle from a paraphrase (the session 6
 * measurement). Each rule reads one noun phrase, the first predicate after it in the same clause (only
 * nouns, numbers and adverbs between, no other case-marked argument) and the frame that predicate
 * stands in:
 * <ul>
 *   <li>{@code particle_wrong/subject_for_object}: a thing marked with 이/가 before a verb whose
 *       pattern is 「…을」 ({@link VerbFrames}), where nothing else can be its subject: a request
 *       (영수증이 주세요 → 영수증을, 머리가 잘라 주세요 → 머리를), the ability frame -(으)ㄹ 수 있다/없다
 *       (짐이 부칠 수 있어요? → 짐을), a statement with a first-person subject (저는 커피가
 *       좋아해요 → 커피를), or the progressive -고 있다 with a thing that is no machine or institution
 *       (원룸이 찾고 있어요 → 원룸을; session 9). Left alone: people and animals (누가 좀 도와주세요: the listener as the
 *       subject), pronouns, names, machines before -(으)ㄹ 수 있다, a sentence with an object already,
 *       -고 싶다 (물이 마시고 싶어요 is standard), and every predicate outside the lexicon (필요하다,
 *       있다/없다, 좋다, 되다, 아프다, 보이다/들리다 of perception, passives and intransitives);</li>
 *   <li>{@code particle_wrong/subject_for_goal}: a place marked with 이/가 before a verb of going in a
 *       proposal or a request (한식집이 가자 → 한식집에, 공항이 가 주세요 → 공항에): the subject of -자,
 *       -(으)ㅂ시다 and of a request is the speaker and the listener, so the noun is the goal, which takes
 *       「…에」. 을/를 on a goal is standard (학교를 가다) and is not judged;</li>
 *   <li>{@code particle_wrong/action_place_for_time}: a time (세 시, 30분, 3일, 토요일, 오후, 주말) with
 *       에서, the particle of a place of action, where a time takes 에 (세 시에서 만나 → 세 시에). Left
 *       alone: 에서 'from' of a range (세 시에서 네 시 사이, 세 시에서 다섯 시까지, 세 시에서 네 시로
 *       바꿔 주세요: any later time, 까지, 부터, 사이, (으)로, or a verb of changing or moving in the
 *       sentence);</li>
 *   <li>{@code particle_wrong/object_on_intransitive}: a thing marked with 을/를 before an adjective that
 *       ends its sentence (우산을 필요해요 → 우산이, 커피를 좋아요 → 커피가, 시간을 없어요 → 시간이):
 *       adjectives, 있다/없다 and 필요하다 take no object. Left alone: the feeling verbs in -아/어하다
 *       (커피를 좋아해요), an adjective inside the clause (커피를 싸고 맛있는 집에서 사요). 되다 'become'
 *       takes 「…이」 too (의사를 되고 싶어요 → 의사가; 표준국어대사전 '되다' ①);</li>
 *   <li>{@code particle_wrong/action_place_for_direction}: the only place of a request to go written
 *       with 에서, the starting point (인천공항 1터미널에서 가 주세요 → 1터미널로), where the sentence names no
 *       goal (여기에서 공항까지 가 주세요 stays);</li>
 *   <li>{@code particle_wrong/location_for_direction}: what a thing is changed into written with 에 (달러를
 *       원화에 바꿔 주세요 → 원화로): 바꾸다, 교환하다, 환전하다 take 「…을 …으로」;</li>
 *   <li>particles on people ({@link PersonParticles}): 저를 전화해 주세요 → 저한테, 친구에 만나요 → 친구를,
 *       선생님이 마리아가 전화했다고 전해 주세요 → 선생님께;</li>
 *   <li>에, 에서 and (으)로 of going, bringing, turning and prices ({@link WayParticles}: 병원에서 가야 해서 →
 *       병원에, 왼쪽에 가십시오 → 왼쪽으로, 한 사람에서 얼마예요 → 한 사람에), and arguments that are not
 *       the object ({@link ArgumentParticles}: 카드을 계산했어요 → 카드로, 이에 아파요 → 이가, 카푸치노를
 *       나왔어요 → 카푸치노가) (session 8);</li>
 *   <li>a thing with 이/가 before an active verb in a statement and the person given to with 을/를
 *       ({@link ObjectAndRecipient}: 방이 예약 했습니다 → 방을, 나를 손전등 좀 줘 → 나한테; session 13).</li>
 * </ul>
 * A finding is never made on a word an accepted answer has as written.
 *
 * <p>Sources: 표준국어대사전 문형 정보 (「…을」, 「…에」) of each verb in {@code verb-frames.json}, and
 * '에서' 「조사」 ① (a place of action) against '에' 「조사」 ② (a time); Yeon &amp; Brown, <i>Korean: A
 * Comprehensive Grammar</i> (2019), on case particles, -자 and -(으)ㅂ시다, -아/어하다 and time
 * expressions with 에; Sohn, <i>The Korean Language</i> (1999), on the subject of imperatives and
 * propositives.
 */
final class ParticleFrames {

    /** Nouns of people and animals: they can be the subject of the verb (누가 좀 도와주세요, 고양이가 좋아해요). */
    static final Set<String> ANIMATE = Set.of("사람", "친구", "동생", "형", "오빠", "누나", "언니", "엄마",
            "아빠", "어머니", "아버지", "부모", "남편", "아내", "아이", "아기", "애", "학생", "직원", "손님", "기사",
            "의사", "간호사", "가족", "동료", "팀장", "사장", "부장", "과장", "선생", "선배", "후배", "할머니",
            "할아버지", "아저씨", "아주머니", "아줌마", "이모", "삼촌", "남자", "여자", "개", "강아지", "고양이",
            "새", "누구", "분", "점원", "매니저", "경찰", "룸메이트", "남자친구", "여자친구", "남친", "여친");

    /** Things that act (이 기계가 계산할 수 있어요?): may be the subject of -(으)ㄹ 수 있다. */
    static final Set<String> MACHINES = Set.of("기계", "컴퓨터", "로봇", "앱", "프로그램", "자판기",
            "키오스크", "프린터", "카메라", "휴대폰", "핸드폰", "전화기", "번역기");

    /** Institutions that act as agents (회사가 직원을 찾고 있어요): never read as the object of -고 있다. */
    static final Set<String> INSTITUTIONS = Set.of("회사", "학교", "은행", "정부", "가게", "식당", "병원", "팀",
            "경찰", "호텔", "대학교", "대학", "학원", "카페", "센터", "가족");

    /** Demonstratives and question words that stand for things (이것, 그거, 뭐). */
    private static final Set<String> THING_PRONOUNS = Set.of("이것", "그것", "저것", "이거", "그거", "저거", "무엇", "뭐");


    /** Time nouns that take 에 (Yeon &amp; Brown 2019: 에 after times; not 지금, 오늘, 내일, which take none). */
    private static final Set<String> TIMES = Set.of("오전", "오후", "아침", "저녁", "밤", "새벽", "주말", "평일",
            "월요일", "화요일", "수요일", "목요일", "금요일", "토요일", "일요일", "정오", "자정");

    /** Counters of clock time and dates (세 시, 30분, 3일, 5월). */
    private static final Set<String> TIME_COUNTERS = Set.of("시", "분", "일", "월");

    /** Lengths of time and approximations: after 에서 they make a range (30분에서 한 시간 정도 걸려요). */
    private static final Set<String> DURATIONS = Set.of("시간", "주일", "일주일", "개월", "달", "하루", "이틀", "사흘",
            "정도", "쯤", "간");

    /** Verbs of changing or moving a time: with them 에서 is 'from' (세 시에서 미뤄 주세요). */
    private static final Set<String> CHANGE = Set.of("바꾸", "옮기", "미루", "당기", "늦추", "변경하", "연기하",
            "앞당기", "조정하");

    /**
     * Whether the word is a verb of changing or moving a time or a thing, active or passive (바꿔, 미뤄,
     * 변경됐어요, 바뀌었어요, 됐어요): its (으)로 is the result (세 시로 바꿔 주세요; 표준국어대사전 '바꾸다'
     * 「…을 …으로」, '되다' 「…으로」), so a time with 에 beside it is another time, not the same one.
     */
    static boolean changes(Morphology.Word w) {
        String stem = VerbFrames.stem(w);
        return CHANGE.contains(stem) || CHANGED.contains(stem);
    }

    /** Passive and inchoative verbs of change (바뀌다, 되다; 변경되다 reads as 변경 + 되 = 변경하). */
    private static final Set<String> CHANGED = Set.of("바뀌", "되", "미뤄지", "옮겨지", "당겨지");

    /** Points on the way, where one turns or goes on (사거리에서 가 주세요 may be 'go on from the crossing'). */
    private static final Set<String> ROUTE_POINTS = Set.of("신호", "신호등", "사거리", "삼거리", "교차로", "길", "골목",
            "코너", "모퉁이", "다리", "입구", "출구");

    /** Verbs whose result takes (으)로: 바꾸다 「…을 …으로」, 교환하다, 환전하다 (표준국어대사전). */
    private static final Set<String> RESULT_VERBS = Set.of("바꾸", "교환하", "환전하");

    /** Adjectives Nori also tags as verbs, or whose 을/를 has another right particle (수업을 늦었어요 → 수업에). */
    private static final Set<String> NOT_ADJECTIVES = Set.of("늦", "맞", "크", "같");

    private ParticleFrames() {
    }

    /**
     * The findings on the learner's raw answer.
     *
     * @param raw      the answer as written (sentences are told apart by their punctuation)
     * @param accepted the accepted answers, normalised
     * @return particle findings, in the order of the words; empty when none applies
     */
    static List<Finding> find(String raw, List<String> accepted) {
        List<Finding> out = new ArrayList<>();
        for (SpeechLevels.AnalysedSentence sentence : SpeechLevels.analysedSentences(raw)) {
            List<String> words = sentence.words();
            List<Morphology.Word> analysed = sentence.analysed();
            for (int i = 0; i + 1 < words.size(); i++) {
                int at = i;
                subjectForObject(words, analysed, at)
                        .or(() -> FrameRoles.allergen(words, analysed, at)) // before 을/를 on 있다 (session 29, s29d)
                        .or(() -> subjectForGoal(words, analysed, at))
                        .or(() -> eseoForTime(words, analysed, at))
                        .or(() -> objectOnAdjective(words, analysed, at))
                        .or(() -> eseoForGoal(words, analysed, at))
                        .or(() -> goalForResult(words, analysed, at))
                        .or(() -> PersonParticles.find(words, analysed, at))
                        .or(() -> WayParticles.find(words, analysed, at))
                        .or(() -> ArgumentParticles.find(words, analysed, at))
                        .or(() -> FrameArguments.find(words, analysed, at))
                        .or(() -> ObjectAndRecipient.find(words, analysed, at, accepted))
                        .or(() -> GoalsOfGivingAndRiding.find(words, analysed, at))
                        .or(() -> EventPlaces.find(words, analysed, at))
                        .or(() -> FrameRoles.wrong(words, analysed, at, accepted)) // capacity, means, partner (session 28, s28a)
                        .filter(f -> accepted.stream().noneMatch(a -> List.of(a.split(" ")).contains(f.original()))
                                || ownAdjective(f, words, analysed, at, accepted))
                        // 줄이 주세요: the bare stem of 줄이다 before 주다, not the noun 줄 with 이 (session 25, s25c)
                        .filter(f -> !("particle_wrong/subject_for_object".equals(f.subtype())
                                && NamedErrors.bareStemBeforeAuxiliary(words.get(at), words.get(at + 1), accepted)))
                        .map(f -> asAcceptedTopic(f, accepted, words.subList(0, at)))
                        .ifPresent(out::add);
            }
        }
        return out;
    }

    /**
     * Whether the finding is {@link #objectOnAdjective}'s and no accepted answer has the learner's adjective (통장을
     * 필요합니다 beside the accepted 통장을 개설하고 싶습니다; 수영을 좋아서 beside 수영을 좋아해서): the accepted answer's
     * 을/를 belongs to a verb of its own, while the learner's noun stands before an adjective, which takes no object
     * (Sohn 1999, on case marking; 표준국어대사전 '필요하다' 「…에/에게 …이」, '좋다' 「…이」), so the learner's own
     * sentence is wrong whatever the accepted answer says (session 19, s19c). Since session 28 (s28a) only the accepted
     * answers that write the learner's noun with 을/를 are read for the adjective.
     */
    private static boolean ownAdjective(Finding f, List<String> words, List<Morphology.Word> analysed, int at,
            List<String> accepted) {
        if (objectOnAdjective(words, analysed, at).filter(f::equals).isEmpty()) {
            return false;
        }
        int v = predicate(analysed, at);
        String adjective = MARKS.matcher(words.get(v)).replaceAll("");
        // only the accepted answers that write the learner's noun with 을/를 count: 가방을 하나 더 부치고 싶습니다 gives
        // 가방을 to 부치다, and another accepted answer's 있습니다 (수하물이 하나 더 있습니다) has its subject with 이/가
        // (session 28, s28a)
        return accepted.stream().filter(a -> List.of(a.split(" ")).contains(f.original()))
                .noneMatch(a -> List.of(a.split(" ")).contains(adjective));
    }

    /** Words that may stand before a sentence's topic: determiners, attention-getters and links. */
    private static final Set<String> OPENERS = Set.of("이", "그", "저", "요", "저기요", "혹시", "그리고", "그럼", "그런데",
            "근데", "네", "예", "아", "음", "실례지만", "죄송한데", "죄송하지만");

    /**
     * The object written with 이/가 corrected into the accepted answer's topic where an accepted answer has the
     * same noun with 은/는 and none with 을/를 (이 러닝머신이 어떻게 사용해요? → 러닝머신은 against 이 러닝머신은 어떻게
     * 사용해요?; 짐이 몇 킬로까지 부칠 수 있어요? → 짐은): a thing acted on may be the topic (은/는) or the object
     * (을/를), not the subject (Yeon &amp; Brown 2019, on topic 은/는 replacing 을/를; Sohn 1999, on topicalised
     * objects). The writers of the gold sets correct so where the accepted answer has the topic and the learner's
     * noun opens its sentence as the topic does (j2, pa, ab1; session 17, s17b); a noun after another phrase (한 번에
     * 책이 몇 권 빌릴 수 있어요? → 책을, pi) and every other case keep 을/를.
     *
     * @param before the learner's words before the noun in its sentence: only a determiner or an opener may stand
     *               there (이 러닝머신이, 저기요, 이 세탁기가)
     */
    static Finding asAcceptedTopic(Finding f, List<String> accepted, List<String> before) {
        if (!"particle_wrong/subject_for_object".equals(f.subtype()) || f.correction() == null
                || f.correction().length() < 2 || !OPENERS.containsAll(before)) {
            return f;
        }
        String noun = f.correction().substring(0, f.correction().length() - 1);
        String topic = noun + (Hangul.hasFinal(noun.charAt(noun.length() - 1)) ? "은" : "는");
        boolean topicWritten = accepted.stream().anyMatch(a -> List.of(a.split(" ")).contains(topic));
        boolean objectWritten = accepted.stream().anyMatch(a -> List.of(a.split(" ")).contains(f.correction()));
        return topicWritten && !objectWritten ? new Finding(f.category(), f.original(), topic, f.subtype()) : f;
    }

    /**
     * The findings of {@link #find(String, List)}, then those of {@link AcceptedRoles} and {@link BareRoles} on the words these rules leave
     * alone (a word is judged once, by the learner's frame first; session 16).
     *
     * @param raw      the answer as written
     * @param accepted the accepted answers, normalised
     * @param expected the accepted answers as written (their sentences told apart by their punctuation)
     */
    static List<Finding> find(String raw, List<String> accepted, List<String> expected) {
        List<Finding> out = new ArrayList<>(find(raw, accepted));
        AcceptedRoles.find(raw, expected).stream()
                .filter(f -> out.stream().noneMatch(o -> o.original().equals(f.original())))
                .forEach(out::add);
        BareRoles.find(raw, expected).stream() // session 25 (s25e): particles speech does not drop
                .filter(f -> out.stream().noneMatch(o -> o.original().equals(f.original())))
                .forEach(out::add);
        CertainRoles.find(raw, expected).stream() // session 26 (s26h): roles the learner's verb fixes
                .filter(f -> out.stream().noneMatch(o -> o.original().equals(f.original())))
                .forEach(out::add);
        return out;
    }

    /** 영수증이 주세요, 짐이 부칠 수 있어요, 저는 커피가 좋아해요 → 을/를. */
    private static Optional<Finding> subjectForObject(List<String> words, List<Morphology.Word> analysed, int i) {
        String noun = markedNoun(words.get(i), analysed.get(i), "JKS", true);
        int v = predicate(analysed, i);
        if (noun == null || v < 0 || hasObject(analysed)) {
            return Optional.empty();
        }
        Morphology.Word verb = analysed.get(v);
        int last = words.size() - 1;
        boolean request = request(words, analysed, v);
        boolean ability = v + 2 == last && verb.endsWith("ETM") && words.get(v + 1).equals("수")
                && (words.get(last).startsWith("있") || words.get(last).startsWith("없"))
                && !MACHINES.contains(noun);
        boolean own = v == last && verb.endsWith("EF") && words.subList(0, i).stream().anyMatch(Persons.SPEAKER::contains);
        // the progressive -고 있다 of an agent's verb (원룸이 찾고 있어요 → 원룸을; session 9, eval14d): a thing
        // that is no institution cannot be the one who searches, so it is the object
        boolean progressive = v + 1 == last && verb.endsWith("EC") && words.get(v).endsWith("고")
                && Set.of("있어요", "있습니다", "있어", "있는데요").contains(words.get(last))
                && !MACHINES.contains(noun) && !INSTITUTIONS.contains(noun);
        // session 34 (s34a): a person already the subject or topic before the noun (가수는 노래가 잘 불렀어 → 노래를), or
        // a statement with no subject at all whose verb only a person does (방 열쇠가 잃어버려요 → 열쇠를)
        boolean ends = v == last && verb.endsWith("EF") && !VerbFrames.passive(verb);
        boolean personBefore = ends && personSubjectBefore(words, analysed, i);
        boolean agentStatement = ends && VerbFrames.agentive(verb) && !person(noun) && !MACHINES.contains(noun)
                && !INSTITUTIONS.contains(noun) && onlyAdverbsBetween(analysed, i, v)
                && analysed.subList(0, i).stream().noneMatch(x -> x.endsWith("JKS", "JX", "JKO") || x.verbal());
        if (!(request || ability || own || progressive || personBefore || agentStatement)
                || !VerbFrames.takesObject(verb, request) || VerbFrames.notThing(verb, noun)) {
            return Optional.empty();
        }
        return Optional.of(new Finding(ErrorCategory.PARTICLE_WRONG, words.get(i),
                noun + Hangul.objectParticle(noun),
                "particle_wrong/subject_for_object"));
    }

    /** The person nouns and endings of the {@code persons} role of {@code verb-frames.json} (session 34, s34a). */
    private static final Set<String> PERSON_NOUNS = VerbFrames.argument("persons", "nouns");
    private static final Set<String> PERSON_ENDINGS = VerbFrames.argument("persons", "suffixes");

    /**
     * Whether the noun may name a person: listed among people or animals, or ending like a person noun (가수, 회사원,
     * 기자, 학생, 손님). Wide on purpose: a noun so read is never corrected as a thing.
     */
    static boolean person(String noun) {
        return ANIMATE.contains(noun) || PERSON_NOUNS.contains(noun)
                || PERSON_ENDINGS.stream().anyMatch(e -> noun.endsWith(e));
    }

    /**
     * Whether a person is the subject or topic before word {@code i} (가수는, 제 친구가, 엄마께서): then a thing with
     * 이/가 after it is no second subject of an action verb but its object (Sohn 1999, on case marking; Yeon &amp; Brown
     * 2019, on 을/를). Only person nouns of the lists, not the wide endings of {@link #person}.
     */
    private static boolean personSubjectBefore(List<String> words, List<Morphology.Word> analysed, int i) {
        for (int k = 0; k < i; k++) {
            List<Morphology.Morpheme> m = analysed.get(k).morphemes();
            if (m.size() == 2 && m.getFirst().is("NNG", "NNP") && m.get(1).is("JX", "JKS")
                    && Set.of("은", "는", "이", "가", "께서").contains(m.get(1).form())) {
                String n = m.getFirst().form();
                if (ANIMATE.contains(n) || PERSON_NOUNS.contains(n)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether only adverbs stand between word {@code i} and the predicate {@code v} (열쇠가 또 잃어버렸어요). */
    private static boolean onlyAdverbsBetween(List<Morphology.Word> analysed, int i, int v) {
        return analysed.subList(i + 1, v).stream().allMatch(x -> x.morphemes().stream().allMatch(m -> m.is("MAG")));
    }

    /** 한식집이 가자, 공항이 가 주세요 → 에. */
    private static Optional<Finding> subjectForGoal(List<String> words, List<Morphology.Word> analysed, int i) {
        String noun = markedNoun(words.get(i), analysed.get(i), "JKS", false);
        int v = predicate(analysed, i);
        if (noun == null || v < 0 || !VerbFrames.motion(analysed.get(v))) {
            return Optional.empty();
        }
        Morphology.Word verb = analysed.get(v);
        String ending = verb.morphemes().getLast().form();
        boolean proposal = v == words.size() - 1 && verb.endsWith("EF")
                && (ending.equals("자") || ending.equals("자요") || ending.endsWith("시다"));
        boolean request = VerbFrames.stem(verb).endsWith("가") && request(words, analysed, v);
        if (!proposal && !request) {
            return Optional.empty();
        }
        return Optional.of(new Finding(ErrorCategory.PARTICLE_WRONG, words.get(i), noun + "에",
                "particle_wrong/subject_for_goal"));
    }

    /** 세 시에서 만나, 1시에서 체크아웃할 수 있어요 → 에. */
    private static Optional<Finding> eseoForTime(List<String> words, List<Morphology.Word> analysed, int i) {
        String w = words.get(i);
        Morphology.Word word = analysed.get(i);
        List<Morphology.Morpheme> m = word.morphemes();
        if (!w.endsWith("에서") || m.size() != 2 || !m.getLast().is("JKB") || !m.getLast().form().equals("에서")
                || !time(m.getFirst()) && !halfHour(m.getFirst(), analysed, i)) {
            return Optional.empty();
        }
        // a counter written after digits (3시에서) is a clock time or a date wherever it stands, also first in its
        // sentence (session 14, helper eval25a: 3시에서 다시 전화하겠습니다; 표준국어대사전 '시⁸', '일⁹')
        if (m.getFirst().is("NNBC") && !Character.isDigit(w.charAt(0))
                && (i == 0 || Set.of("이", "그", "저").contains(words.get(i - 1)))) {
            return Optional.empty(); // 이 일에서 'in this job': 일 after a determiner is the noun 'work', not a date
        }
        for (int k = i + 1; k < words.size(); k++) {
            String later = words.get(k);
            Morphology.Word a = analysed.get(k);
            boolean counted = countsPeopleOrThings(analysed, k);
            if (later.contains("까지") || later.contains("부터") || later.startsWith("사이")
                    || a.morphemes().stream().anyMatch(x -> time(x) || DURATIONS.contains(x.form())
                            || x.is("NNBC", "NR", "SN") && !counted)
                    || a.endsWith("JKB") && (a.morphemes().getLast().form().equals("로")
                            || a.morphemes().getLast().form().equals("으로"))
                    || CHANGE.contains(VerbFrames.stem(a))) {
                return Optional.empty(); // 에서 'from' of a range or a change (세 시에서 네 시까지)
            }
        }
        return Optional.of(new Finding(ErrorCategory.PARTICLE_WRONG, w, w.substring(0, w.length() - 1),
                "particle_wrong/action_place_for_time"));
    }

    /**
     * 인천공항 1터미널에서 가 주세요 → 1터미널로: the only place of a request to go, written with 에서 (the
     * starting point), where the goal takes (으)로 or 에. Not where the sentence names the goal too
     * (여기에서 공항까지 가 주세요), not 여기서/거기서, and not a point on the way (사거리에서).
     */
    private static Optional<Finding> eseoForGoal(List<String> words, List<Morphology.Word> analysed, int i) {
        String w = words.get(i);
        List<Morphology.Morpheme> m = analysed.get(i).morphemes();
        if (!w.endsWith("에서") || m.size() < 2 || !m.getLast().is("JKB") || !m.getLast().form().equals("에서")
                || !m.getFirst().is("NNG", "NNP") || time(m.getFirst()) || ROUTE_POINTS.contains(m.get(m.size() - 2).form())) {
            return Optional.empty();
        }
        int v = predicate(analysed, i);
        if (v < 0 || !VerbFrames.motion(analysed.get(v)) || !VerbFrames.stem(analysed.get(v)).endsWith("가")
                || !request(words, analysed, v)) {
            return Optional.empty();
        }
        for (int k = 0; k < words.size(); k++) {
            Morphology.Word a = analysed.get(k);
            if (k != i && (words.get(k).contains("까지") || a.endsWith("JKB")
                    && Set.of("에", "로", "으로").contains(a.morphemes().getLast().form()))) {
                return Optional.empty(); // the goal is named: 에서 is the starting point
            }
        }
        String noun = w.substring(0, w.length() - 2);
        return Optional.of(new Finding(ErrorCategory.PARTICLE_WRONG, w, noun + direction(noun),
                "particle_wrong/action_place_for_direction"));
    }

    /**
     * 달러를 원화에 바꿔 주세요 → 원화로, 다른 방에 바꿔 주세요 → 방으로: what a thing is changed into
     * takes (으)로 (바꾸다 「…을 …으로」, 교환하다, 환전하다). Only right before the verb, and only where
     * the sentence has the thing changed as its object or the noun follows 다른 'another'; not a time or
     * a price (한 번에, 이 가격에 바꿔 주세요).
     */
    private static Optional<Finding> goalForResult(List<String> words, List<Morphology.Word> analysed, int i) {
        String w = words.get(i);
        List<Morphology.Morpheme> m = analysed.get(i).morphemes();
        if (i + 1 >= words.size() || !w.endsWith("에") || m.size() != 2 || !m.getLast().is("JKB")
                || !m.getLast().form().equals("에") || !m.getFirst().is("NNG") || time(m.getFirst())
                || Set.of("가격", "값", "때", "대신").contains(m.getFirst().form())
                || !RESULT_VERBS.contains(VerbFrames.stem(analysed.get(i + 1)))) {
            return Optional.empty();
        }
        boolean object = analysed.subList(0, i).stream().anyMatch(x -> x.endsWith("JKO"));
        if (!object && !(i > 0 && words.get(i - 1).equals("다른"))) {
            return Optional.empty();
        }
        String noun = w.substring(0, w.length() - 1);
        return Optional.of(new Finding(ErrorCategory.PARTICLE_WRONG, w, noun + direction(noun),
                "particle_wrong/location_for_direction"));
    }

    /**
     * Whether a later word is a number with a counter of people or things (네 명, 두 개, 2인분): it counts
     * the party or the order, not the end of a range of time, so 에서 before it is no 'from' (칠 시에서
     * 네 명 예약하고 싶습니다 → 칠 시에; session 8, helper eval12c).
     */
    private static boolean countsPeopleOrThings(List<Morphology.Word> analysed, int k) {
        for (int j = k; j < Math.min(k + 2, analysed.size()); j++) {
            if (analysed.get(j).morphemes().stream().anyMatch(x -> x.is("NNBC", "NNB", "NNG") && COUNTED.contains(x.form()))) {
                return true;
            }
        }
        return false;
    }

    /** Counters of people and things (not of time: 시, 분, 일, 시간). */
    private static final Set<String> COUNTED = Set.of("명", "개", "병", "잔", "장", "인분", "마리", "그릇", "권", "벌",
            "켤레", "사람");

    /** 로 after a vowel or ㄹ, else 으로 (Sohn 1999, allomorphs of (으)로). */
    static String direction(String noun) {
        char last = noun.charAt(noun.length() - 1);
        return !Hangul.isSyllable(last) || !Hangul.hasFinal(last) || Hangul.hasRieulFinal(last) ? "로" : "으로";
    }

    /** 우산을 필요해요, 커피를 좋아요, 시간을 없어요, 의사를 되고 싶어요 → 이/가. */
    private static Optional<Finding> objectOnAdjective(List<String> words, List<Morphology.Word> analysed, int i) {
        String noun = markedNoun(words.get(i), analysed.get(i), "JKO", false, true);
        int v = predicate(analysed, i);
        if (noun == null || v < 0) {
            return Optional.empty();
        }
        for (int k = i + 1; k < v; k++) {
            Morphology.Word between = analysed.get(k);
            if (between.startsWith("NP", "NNB") || v != i + 1 && !between.startsWith("MAG", "MM", "NNG", "NNBC", "NR", "SN")) {
                // a bound noun ends a clause (빌리 수 있어요: a misspelt verb before 수), and Nori reads some
                // verbs as pronouns (내도 돼요 as 내 + 도): only adverbs, numbers and nouns may stand between
                return Optional.empty();
            }
        }
        Morphology.Word adjective = analysed.get(v);
        int last = words.size() - 1;
        boolean ends = v == last && adjective.endsWith("EF")
                || v + 1 == last && adjective.morphemes().getLast().form().equals("지") && words.get(last).startsWith("않")
                || linked(adjective, v < last ? words.get(v + 1) : "");
        boolean become = adjective.startsWith("VV") && adjective.morphemes().getFirst().form().equals("되")
                && words.subList(i + 1, v).stream().allMatch(x -> x.equals("안") || x.equals("못"))
                && (ends || v + 1 == last && adjective.morphemes().getLast().form().equals("고") && words.get(last).startsWith("싶"));
        if (!become && (!ends || !adjective(adjective))) {
            return Optional.empty();
        }
        return Optional.of(new Finding(ErrorCategory.PARTICLE_WRONG, words.get(i),
                noun + (Hangul.hasFinal(noun.charAt(noun.length() - 1)) ? "이" : "가"),
                "particle_wrong/object_on_intransitive"));
    }

    /**
     * Connective endings that close a clause of their own (좋아서, 필요하고, 없는데, 많으니까, 필요하면): the adjective
     * before them is the clause's predicate, as a final one is (Yeon &amp; Brown 2019, clause connectives; Sohn 1999,
     * adjectives take no object). Not -게 (an adverb: 짧게 잘라 주세요, 맛있게 먹었어요), -아/어 before an auxiliary
     * (좋아 보여요, 좋아 해요 written apart for 좋아해요) or -지 (-지 않다 above).
     */
    /** Punctuation a word may carry. */
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("[.,?!~]");

    private static final Set<String> CLAUSE_LINKS = Set.of("아서", "어서", "서", "고", "는데", "은데", "ㄴ데", "니까", "으니까",
            "지만", "면", "으면");

    /**
     * Whether the adjective closes a clause with a connective ending (수영을 좋아서 주말마다 가 → 수영이; session 19,
     * s19c): its noun with 을/를 is then as much a subject written as an object as before a final ending. Not before a
     * form of 하다 (좋아서 해요 is rare; 좋아 해요 is 좋아해요 written apart, a spacing slip).
     */
    private static boolean linked(Morphology.Word adjective, String next) {
        List<Morphology.Morpheme> m = adjective.morphemes();
        return m.size() >= 2 && m.getLast().is("EC") && CLAUSE_LINKS.contains(m.getLast().form())
                && !next.startsWith("하") && !next.startsWith("해") && !next.startsWith("했");
    }

    /**
     * The noun of a word that is a thing's noun with this case particle (수건이 → 수건), or null: the
     * particle written as the dictionary writes it (not contracted: 이게, 뭘), the noun not a person, an
     * animal or a personal pronoun, and not a name where {@code thingsOnly} is true (a name may be a
     * person: 민수가 불러 주세요).
     */
    static String markedNoun(String surface, Morphology.Word w, String particle, boolean thingsOnly) {
        return markedNoun(surface, w, particle, thingsOnly, false);
    }

    /** As above; with {@code people}, people and names are nouns too (친구를 없어요 → 친구가). */
    private static String markedNoun(String surface, Morphology.Word w, String particle, boolean thingsOnly,
            boolean people) {
        List<Morphology.Morpheme> m = w.morphemes();
        if (m.size() < 2 || !m.getLast().is(particle)) {
            return null;
        }
        String form = m.getLast().form();
        if (!surface.endsWith(form) || !Set.of("이", "가", "을", "를").contains(form)) {
            return null;
        }
        for (Morphology.Morpheme x : m.subList(0, m.size() - 1)) {
            if (!x.is("NNG", "NNP", "NP") || x.is("NNP") && thingsOnly
                    || x.is("NP") && !THING_PRONOUNS.contains(x.form()) || !people && ANIMATE.contains(x.form())) {
                return null; // 님 (XSN), 씨 and bound nouns stop it too
            }
        }
        String noun = surface.substring(0, surface.length() - form.length());
        if (noun.isEmpty() || !Hangul.isSyllable(noun.charAt(noun.length() - 1)) || !people && ANIMATE.contains(noun)
                || KnownWords.noun(surface)) {
            return null; // 떡볶이, 오이: the whole word is a noun
        }
        return noun;
    }

    /**
     * The first predicate after word {@code i} in its clause, or -1 when another case-marked argument
     * (subject, object, a dative) comes first or there is none.
     */
    static int predicate(List<Morphology.Word> analysed, int i) {
        for (int j = i + 1; j < analysed.size(); j++) {
            Morphology.Word w = analysed.get(j);
            if (w.verbal()) {
                return j;
            }
            if (w.endsWith("JKS", "JKO") || w.endsWith("JKB") && Set.of("에게", "한테", "께")
                    .contains(w.morphemes().getLast().form())) {
                return -1;
            }
        }
        return -1;
    }

    /** Whether a word of the sentence has the object particle (then the 이/가 noun is the subject). */
    static boolean hasObject(List<Morphology.Word> analysed) {
        return analysed.stream().anyMatch(w -> w.endsWith("JKO"));
    }

    /**
     * Whether the verb at {@code v} is a request to the listener: 주다 itself or -아/어 주다 in
     * -(으)세요, -(으)시겠어요, -(으)십시오, -(으)실래요, -(으)시면, -(으)실 수 있어요.
     */
    static boolean request(List<String> words, List<Morphology.Word> analysed, int v) {
        if (requestForm(words, v)) {
            return true;
        }
        String ending = analysed.get(v).morphemes().getLast().form();
        return v + 1 < words.size() && analysed.get(v).endsWith("EC")
                && Set.of("아", "어", "여").contains(ending) && requestForm(words, v + 1);
    }

    private static boolean requestForm(List<String> words, int k) {
        String w = words.get(k);
        int rest = words.size() - 1 - k;
        if (w.startsWith("주세요") || w.startsWith("주시겠") || w.startsWith("주십시") || w.startsWith("주실래")) {
            return rest == 0;
        }
        if (w.equals("주실") && rest == 2 && words.get(k + 1).equals("수")) {
            return words.get(k + 2).startsWith("있");
        }
        return w.startsWith("주시면");
    }

    /** A time noun or a clock or date counter (세 시, 토요일, 오후). */
    static boolean time(Morphology.Morpheme m) {
        return m.is("NNBC") && TIME_COUNTERS.contains(m.form()) || m.is("NNG") && TIMES.contains(m.form());
    }

    /** 반 'half' right after a clock time (두 시 반에서), not 반 'class' (우리 반에서). */
    private static boolean halfHour(Morphology.Morpheme m, List<Morphology.Word> analysed, int i) {
        return m.is("NNG") && m.form().equals("반") && i > 0 && analysed.get(i - 1).endsWith("NNBC")
                && analysed.get(i - 1).morphemes().getLast().form().equals("시");
    }

    /** An adjective, 있다/없다 or a noun + 하다 adjective (필요하다), not a -아/어하다 verb. */
    private static boolean adjective(Morphology.Word w) {
        List<Morphology.Morpheme> m = w.morphemes();
        Morphology.Morpheme first = m.getFirst();
        if (m.size() > 2 && m.get(2).is("VX")) {
            return false; // 좋아해요, 싫어해요: transitive
        }
        if (first.is("VA")) {
            return !NOT_ADJECTIVES.contains(first.form());
        }
        if (first.is("VV")) {
            return Set.of("있", "없", "계시").contains(first.form());
        }
        return first.is("NNG") && m.size() > 1 && m.get(1).is("XSA");
    }
}
