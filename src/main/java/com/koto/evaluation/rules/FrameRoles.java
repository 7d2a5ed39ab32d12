package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.text.Hangul;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Particles a verb's frame requires, read on the learner's own words where the rest of the sentence fixes the noun's
 * role (session 28, helper s28a). Speech drops 이/가 and 을/를 and often the 에 of a goal before 가다/오다; it keeps the
 * adverbial particles when the noun can be neither the subject nor the object of the predicate after it — because
 * the sentence already has its subject or object, or because the predicate takes none of that kind (Yeon &amp; Brown
 * 2019 on case-particle ellipsis and on (으)로, 에서, 에게/한테, 보다, 하고/(이)랑; 국립국어원 한국어 표준 문법 on
 * 부사격 조사; 표준국어대사전 '바꾸다' 「…을 …으로」, '보다' 「조사」 ① 비교의 대상, '에게' ① 기준이 되는 대상,
 * '에서' ① 앞말이 처소의 부사어임, '로' ③ 수단·도구 and ④ 자격, '랑' ② 함께 하는 상대).
 *
 * <p>Left out ({@link #missing}, called from {@link CertainRoles#find}):
 * <ul>
 *   <li>{@code particle_missing/result}: a bare noun right before a verb of changing into (바꾸다, 변경하다, 염색하다,
 *       교환하다, 환전하다) after the thing changed with 을/를: 머리를 갈색 바꾸고 싶어요 → 갈색으로. The object is
 *       taken, so the bare noun is what it becomes. Left alone: times (표를 내일 바꿀 수 있어요?: when), places, people
 *       (자리를 친구 바꿨어요: the partner), pronouns;</li>
 *   <li>{@code particle_missing/from}: a time bare before a time of the same kind with (으)로 and a verb of changing,
 *       after the thing changed with 을/를: 배송을 오전 오후로 바꿔 주세요 → 오전에서 (표준국어대사전 '에서' ③ 출발점).
 *       A day before an hour (회의를 내일 세 시로) narrows the time and is left alone;</li>
 *   <li>{@code particle_missing/direction}: a vehicle bare before 가면 and a word of how quick or long the way is (금방,
 *       빨라요, 30분, 얼마나): 지하철 가면 금방이야 → 지하철로. The way is the person's, taken by the vehicle;</li>
 *   <li>{@code particle_missing/comparison}: a demonstrative (이거, 저거, 그것 …) or a noun after 이/그/저, bare right
 *       before 더 and an adjective, after a subject of its own with 이/가 or 은/는: 저게 이거 더 나아? → 이거보다. The
 *       adjective's subject is taken, so the second thing is the standard. Left alone: a person or a time as the
 *       subject (저는 이거 더 좋아요: 이거 is the subject of 좋다), adjectives of feeling and need;</li>
 *   <li>{@code particle_missing/dative}: 저 or 나 bare between a thing's subject and an adjective (with 좀, 너무 … between):
 *       이 신발이 저 좀 작아요 → 저한테 (표준국어대사전 '에게' ①: the one for whom a thing is so). Left alone: a time as
 *       the topic (오늘은 저 좀 바빠요: 저 is the subject), verbs, 있다/없다;</li>
 *   <li>{@code particle_missing/action_place}: a place named by a number before it (7016번 버스, 3층 매장) or set apart
 *       from the object by a determiner (매장 이 셔츠를), bare before the object of a verb of losing, buying or ordering:
 *       7016번 버스 검은색 지갑을 잃어버렸어요 → 버스에서. A noun directly before the object may be its first part (버스
 *       카드, 203호 열쇠) and is left alone;</li>
 *   <li>{@code particle_missing/location}: a container or appliance (전자레인지, 냉장고, 가방, 봉투 …) bare before another
 *       noun and a verb of heating or putting in: 전자레인지 도시락 데워 주세요 → 전자레인지에. The other noun is what is
 *       heated or put; the container is where. Left alone: the container alone before the verb (봉투 넣어 주세요: it
 *       may be what is put in), a number after it (봉투 두 개).</li>
 * </ul>
 *
 * <p>Another particle ({@link #wrong}, called from {@link ParticleFrames#find(String, List)}):
 * <ul>
 *   <li>{@code particle_wrong/location_for_capacity}: a role (회원, 멤버, 자원봉사자 …) with 에 before 등록하다, 가입하다,
 *       일하다, 참가하다: 회원에 등록하고 싶어요 → 회원으로 ('로' ④ 자격). A club or a school takes 에 (학원에 등록);</li>
 *   <li>{@code particle_wrong/location_for_means}: a means of paying (카드, 현금, 상품권 …) with 에 before a verb of
 *       buying or paying: 카드에 샀습니다 → 카드로 ('로' ③). 충전하다 and 적립하다 (카드에 충전) are not listed;</li>
 *   <li>{@code particle_wrong/object_for_comitative}: a person with 을/를 right before 같이/함께 and a verb that takes
 *       no person as its object (먹다, 마시다, 가다, 놀다 …; 보다 and 하다 with their own object between): 나를 같이
 *       저녁 먹을래? → 나랑. Verbs of taking, calling, meeting or helping (데려가다, 부르다, 만나다) take the person as
 *       object and are not listed.</li>
 * </ul>
 */
final class FrameRoles {

    /** Verbs of changing a thing into another: the result takes (으)로. */
    private static final Set<String> CHANGING_INTO = Set.of("바꾸", "변경하", "염색하", "교환하", "환전하");

    /** Verbs of changing or moving a time or a thing: (으)로 is where it goes, 에서 where it comes from. */
    private static final Set<String> MOVING = Set.of("바꾸", "변경하", "옮기", "미루", "당기");

    /** Pronouns and question words. */
    private static final Set<String> PRONOUNS = Set.of("저", "나", "너", "우리", "저희", "제", "내", "뭐", "무엇", "누구",
            "이거", "그거", "저거", "이것", "그것", "저것", "어디", "여기", "거기", "저기", "언제", "좀", "다", "또");

    /** Nouns of time: when, not what into. */
    private static final Set<String> TIMES = Set.of("오늘", "내일", "어제", "모레", "지금", "나중", "이번", "다음", "주말",
            "평일", "오전", "오후", "아침", "점심", "저녁", "밤", "새벽", "당장", "금방", "미리", "바로", "날짜", "시간");

    /** Last syllables of time nouns (3시, 월요일, 10일, 다음 주, 그날). */
    private static final Pattern TIME_END = Pattern.compile(".*(시|분|초|요일|일|월|년|주|날|때|쯤|말|째)");

    /** Places: the noun before a verb of changing there is where, not what into (은행 바꿨어요). */
    private static final Set<String> PLACES = Set.of("은행", "환전소", "공항", "매장", "가게", "호텔", "역", "집", "회사",
            "백화점", "마트", "편의점", "미용실", "센터", "창구", "카운터", "프런트", "데스크");

    /** Kinds of time a range of change is drawn between. */
    private static final List<Pattern> TIME_KINDS = List.of(Pattern.compile("오전|오후|아침|점심|저녁|밤|새벽"),
            Pattern.compile("오늘|내일|모레"), Pattern.compile("[월화수목금토일]요일"), Pattern.compile("[0-9]{1,2}시(반)?"),
            Pattern.compile("[0-9]{1,2}일"), Pattern.compile("[0-9]{1,2}월"));

    /** Vehicles: their (으)로 of means does not drop before 가다. */
    private static final Set<String> VEHICLES = Set.of("버스", "지하철", "택시", "기차", "비행기", "KTX", "전철", "자전거",
            "고속버스", "시내버스", "마을버스", "SRT", "배");

    /** Words of how quick or long a way is. */
    private static final Pattern QUICKNESS = Pattern.compile("(금방|금세|빨|빠르|빠를|편하|편해|편할|가까|오래|얼마|몇|"
            + "[0-9]+분|[0-9]+시간|[한두세네]|십|이십|삼십|사십|한참).*");

    /** Demonstratives that name a thing. */
    private static final Set<String> DEMONSTRATIVES = Set.of("이거", "저거", "그거", "이것", "저것", "그것", "이쪽", "저쪽",
            "그쪽");

    /** Determiners before a noun. */
    private static final Set<String> DETERMINERS = Set.of("이", "그", "저");

    /** Adjectives of feeling and need: their subject is the thing felt, their topic the one who feels (저는 이게 좋아요). */
    private static final Set<String> FEELING = Set.of("좋", "싫", "필요하", "궁금하", "무섭", "부럽", "아프", "그립", "괜찮",
            "있", "없", "같", "다르", "맞");

    /** Subjects and topics that are the speaker, the listener or a person (저는, 제가, 내가, 우리는). */
    private static final Pattern PERSON_SUBJECT = Pattern.compile("(저|나|제|내|너|네|니|우리|저희|당신|자기)(는|가|은|이)?");

    /** Adverbs of degree between the one it is for and the adjective. */
    private static final Set<String> DEGREE = Set.of("좀", "조금", "너무", "많이", "약간", "꽤", "아주", "정말", "진짜",
            "살짝", "되게", "엄청", "더", "훨씬", "좀더", "조금더", "너무너무");

    /** Verbs of losing, buying and ordering: the place takes 에서. */
    private static final Set<String> LOSING_OR_BUYING = Set.of("잃어버리", "잃", "사", "구입하", "구매하", "주문하",
            "떨어뜨리", "흘리");

    /** A number with a counter naming one place (7016번, 3층, 2호선, 203호). */
    private static final Pattern NUMBERED = Pattern.compile("[0-9]+(번|층|호선|호|번째)");

    /** Containers and appliances: what is heated or put in them takes 을/를, they take 에. */
    private static final Set<String> CONTAINERS = Set.of("전자레인지", "오븐", "냉장고", "냉동실", "냉동고", "에어프라이어",
            "가방", "봉투", "쇼핑백", "비닐봉지", "봉지", "상자", "박스", "서랍", "사물함", "금고", "주머니", "캐리어",
            "트렁크", "바구니", "통");

    /** Verbs of heating and putting in. */
    private static final Set<String> HEATING_OR_PUTTING = Set.of("데우", "넣", "담", "보관하");

    /** Roles one registers, joins or works as. */
    private static final Set<String> ROLES = Set.of("회원", "정회원", "준회원", "평생회원", "멤버", "자원봉사자", "봉사자",
            "참가자", "아르바이트생", "알바생", "인턴", "선수", "통역사", "가이드", "강사", "대표", "회장", "반장");

    /** Verbs of registering, joining and working as. */
    private static final Set<String> ENLISTING = Set.of("등록하", "가입하", "일하", "근무하", "참가하", "참여하", "활동하",
            "지원하", "신청하");

    /** Means of paying (also read by {@link BareRoles}). */
    static final Set<String> MEANS_OF_PAYING = Set.of("카드", "신용카드", "체크카드", "현금", "상품권", "쿠폰",
            "포인트", "계좌이체", "교통카드", "달러", "원화", "엔화", "페이", "카카오페이", "수표");

    /** Verbs of buying and paying. */
    private static final Set<String> PAYING = Set.of("사", "구입하", "구매하", "결제하", "계산하", "지불하");

    /** Verbs that take no person as their object; 보다 and 하다 only with their own object before them. */
    private static final Set<String> SHARED_ACTS = Set.of("먹", "마시", "가", "오", "놀", "공부하", "운동하", "여행하",
            "산책하", "일하", "살", "쇼핑하", "식사하", "놀러가", "다니");

    /** People. */
    private static final Set<String> PEOPLE = Set.of("나", "저", "너", "친구", "엄마", "아빠", "동생", "언니", "오빠",
            "형", "누나", "선배", "후배", "동료", "남자친구", "여자친구", "남친", "여친");

    private FrameRoles() {
    }

    /**
     * The particle left out at word {@code i} of one learner sentence, or empty.
     *
     * @param words    the sentence's words as written, without sentence marks
     * @param analysed their analyses
     * @param i        the word read, not the last
     * @param models   the accepted answers' sentences, analysed
     * @return the finding, with the noun and the noun + particle as its spans
     */
    static Optional<Finding> missing(List<String> words, List<Morphology.Word> analysed, int i,
            List<SpeechLevels.AnalysedSentence> models) {
        return resultOfChange(words, analysed, i, models)
                .or(() -> startOfChange(words, analysed, i))
                .or(() -> vehicleOfWay(words, analysed, i))
                .or(() -> standardOfComparison(words, analysed, i))
                .or(() -> forWhom(words, analysed, i))
                .or(() -> placeOfLoss(words, analysed, i))
                .or(() -> container(words, analysed, i))
                // session 29 (s29d)
                .or(() -> boundNoun(words, analysed, i))
                .or(() -> turningPoint(words, analysed, i))
                .or(() -> meansOfSending(words, analysed, i))
                .or(() -> placeAskedAbout(words, analysed, i))
                .or(() -> sizeOfChange(words, analysed, i))
                .or(() -> placeOfLosing(words, analysed, i))
                .or(() -> fareDestination(words, analysed, i))
                .or(() -> atOnce(words, analysed, i))
                .or(() -> placeOfStudy(words, analysed, i));
    }

    /**
     * Another particle at word {@code i} of one learner sentence, or empty.
     *
     * @param words    the sentence's words as written, without sentence marks
     * @param analysed their analyses
     * @param i        the word read, not the last
     * @param accepted the accepted answers, normalised
     * @return the finding, with the learner's word and the noun with the frame's particle as its spans
     */
    static Optional<Finding> wrong(List<String> words, List<Morphology.Word> analysed, int i, List<String> accepted) {
        return capacity(words, analysed, i)
                .or(() -> resultWithLocation(words, analysed, i, accepted))
                .or(() -> meansOfPaying(words, analysed, i))
                .or(() -> partner(words, analysed, i))
                // session 29 (s29d): the object of -게 하다, 에서 before 있다, 에서 for a start
                .or(() -> objectOfMaking(words, analysed, i))
                .or(() -> sourceBeforeBeing(words, analysed, i))
                .or(() -> sourceForStart(words, analysed, i));
    }

    /** 머리를 갈색 바꾸고 싶어요 → 갈색으로. */
    static Optional<Finding> resultOfChange(List<String> words, List<Morphology.Word> analysed, int i,
            List<SpeechLevels.AnalysedSentence> models) {
        String noun = words.get(i);
        // a word ending in 로 may be the particle in a slipped form (원로 for 원으로: an allomorph, judged elsewhere)
        if (!bareNoun(noun, analysed.get(i)) || PLACES.contains(noun) || person(noun) || noun.endsWith("로")
                || !verbOf(words, analysed, i + 1, CHANGING_INTO)) {
            return Optional.empty();
        }
        // with no object, or a time (표를 내일 바꿀 수 있어요?: when), the bare noun may be what is changed or when:
        // only an accepted answer that changes into it, writing it with (으)로, says it is the result
        boolean own = objectBefore(analysed, i) && !TIMES.contains(noun) && !TIME_END.matcher(noun).matches();
        String into = noun + ParticleFrames.direction(noun);
        if (!own && models.stream().noneMatch(s -> s.words().contains(into))) {
            return Optional.empty();
        }
        return Optional.of(new Finding(ErrorCategory.PARTICLE_MISSING, noun, noun + ParticleFrames.direction(noun),
                "particle_missing/result"));
    }

    /** 배송을 오전 오후로 바꿔 주세요 → 오전에서. */
    static Optional<Finding> startOfChange(List<String> words, List<Morphology.Word> analysed, int i) {
        if (i + 2 >= words.size() || !objectBefore(analysed, i) || !verbOf(words, analysed, i + 2, MOVING)) {
            return Optional.empty();
        }
        String first = words.get(i);
        String next = words.get(i + 1);
        String end = next.endsWith("으로") ? next.substring(0, next.length() - 2)
                : next.endsWith("로") ? next.substring(0, next.length() - 1) : null;
        if (end == null || end.isEmpty() || end.equals(first)) {
            return Optional.empty();
        }
        for (Pattern kind : TIME_KINDS) {
            if (kind.matcher(first).matches() && kind.matcher(end).matches()) {
                return Optional.of(new Finding(ErrorCategory.PARTICLE_MISSING, first, first + "에서",
                        "particle_missing/from"));
            }
        }
        return Optional.empty();
    }

    /** 지하철 가면 금방이야 → 지하철로. */
    static Optional<Finding> vehicleOfWay(List<String> words, List<Morphology.Word> analysed, int i) {
        String noun = words.get(i);
        if (!VEHICLES.contains(noun) || i + 2 >= words.size() || !words.get(i + 1).equals("가면")
                || i > 0 && (DETERMINERS.contains(words.get(i - 1)) || analysed.get(i - 1).startsWith("MM", "SN", "NR")
                        || Set.of("다음", "이번", "마지막", "첫").contains(words.get(i - 1)))
                || !QUICKNESS.matcher(words.get(i + 2)).matches()) {
            return Optional.empty();
        }
        return Optional.of(new Finding(ErrorCategory.PARTICLE_MISSING, noun, noun + ParticleFrames.direction(noun),
                "particle_missing/direction"));
    }

    /** 저게 이거 더 나아? → 이거보다. */
    static Optional<Finding> standardOfComparison(List<String> words, List<Morphology.Word> analysed, int i) {
        String noun = words.get(i);
        boolean thing = DEMONSTRATIVES.contains(noun)
                || i > 0 && DETERMINERS.contains(words.get(i - 1)) && bareNoun(noun, analysed.get(i)) && !person(noun);
        if (!thing || i + 2 >= words.size() || !words.get(i + 1).equals("더")) {
            return Optional.empty();
        }
        int a = i + 2;
        while (a < words.size() - 1 && DEGREE.contains(words.get(a))) {
            a++;
        }
        if (!adjective(analysed.get(a)) || !thingSubject(words, analysed, thing(words, i))) {
            return Optional.empty();
        }
        return Optional.of(new Finding(ErrorCategory.PARTICLE_MISSING, noun, noun + "보다",
                "particle_missing/comparison"));
    }

    /** The index where the noun phrase of word {@code i} begins (저 가방 → the determiner). */
    private static int thing(List<String> words, int i) {
        return i > 0 && DETERMINERS.contains(words.get(i - 1)) && !DEMONSTRATIVES.contains(words.get(i)) ? i - 1 : i;
    }

    /** 이 신발이 저 좀 작아요 → 저한테. */
    static Optional<Finding> forWhom(List<String> words, List<Morphology.Word> analysed, int i) {
        String noun = words.get(i);
        if (!noun.equals("저") && !noun.equals("나")) {
            return Optional.empty();
        }
        int a = i + 1;
        while (a < words.size() - 1 && DEGREE.contains(words.get(a))) {
            a++;
        }
        Morphology.Word w = analysed.get(a);
        boolean fits = adjective(w) || w.verbal() && VerbFrames.stem(w).equals("맞") && words.get(a).startsWith("맞")
                || words.get(a).equals("안") && a + 1 < words.size() && words.get(a + 1).startsWith("맞");
        if (!fits || !thingSubject(words, analysed, i)) {
            return Optional.empty();
        }
        return Optional.of(new Finding(ErrorCategory.PARTICLE_MISSING, noun, noun + "한테", "particle_missing/dative"));
    }

    /** 7016번 버스 검은색 지갑을 잃어버렸어요 → 버스에서; 3층 매장 이 셔츠를 샀는데 → 매장에서. */
    static Optional<Finding> placeOfLoss(List<String> words, List<Morphology.Word> analysed, int i) {
        String noun = words.get(i);
        boolean numbered = i > 0 && NUMBERED.matcher(words.get(i - 1)).matches();
        // after a number the analysis may read the place as an adverb (3층 매장: 매장 MAG); without one it stays so
        boolean bare = bareNoun(noun, analysed.get(i)) || numbered && analysed.get(i).morphemes().size() == 1
                && analysed.get(i).startsWith("MAG") && !PRONOUNS.contains(noun);
        if (!bare || person(noun) || TIMES.contains(noun) || i + 3 >= words.size()) {
            return Optional.empty();
        }
        String between = words.get(i + 1);
        boolean determiner = DETERMINERS.contains(between) || Set.of("제", "내", "우리").contains(between);
        boolean colour = Colours.word(between); // 검은색 지갑 (session 38: the colours of Colours)
        if (!(determiner || colour && numbered)) {
            return Optional.empty();
        }
        String object = words.get(i + 2);
        Morphology.Word o = analysed.get(i + 2);
        // 을/를 as written, also where it does not fit the noun (셔츠을: Nori may not read it as a particle)
        if (o.verbal() || !(object.endsWith("을") || object.endsWith("를")) || object.length() < 2) {
            return Optional.empty();
        }
        if (!verbOf(words, analysed, i + 3, LOSING_OR_BUYING)) {
            return Optional.empty();
        }
        return Optional.of(new Finding(ErrorCategory.PARTICLE_MISSING, noun, noun + "에서",
                "particle_missing/action_place"));
    }

    /** 전자레인지 도시락 데워 주세요 → 전자레인지에. */
    static Optional<Finding> container(List<String> words, List<Morphology.Word> analysed, int i) {
        String noun = words.get(i);
        if (!CONTAINERS.contains(noun) || i + 2 >= words.size()) {
            return Optional.empty();
        }
        String thing = words.get(i + 1);
        Morphology.Word t = analysed.get(i + 1);
        String bare = t.endsWith("JKO") ? thing.substring(0, thing.length() - 1) : thing;
        boolean noun2 = !t.verbal() && t.startsWith("NNG", "NNP") && (t.endsWith("JKO") || t.morphemes().stream()
                .allMatch(x -> x.is("NNG", "NNP"))) && !POSITIONS.contains(bare)
                && !PRONOUNS.contains(bare);
        int v = i + 2;
        while (v < words.size() - 1 && DEGREE.contains(words.get(v))) {
            v++;
        }
        if (!noun2 || !verbOf(words, analysed, v, HEATING_OR_PUTTING)) {
            return Optional.empty();
        }
        return Optional.of(new Finding(ErrorCategory.PARTICLE_MISSING, noun, noun + "에", "particle_missing/location"));
    }

    /** Position nouns, which make one phrase with the container (가방 안, 봉투 속). */
    private static final Set<String> POSITIONS = Set.of("안", "속", "위", "밖", "밑", "아래", "옆", "앞",
            "뒤", "쪽");

    /** 회원에 등록하고 싶어요 → 회원으로. */
    static Optional<Finding> capacity(List<String> words, List<Morphology.Word> analysed, int i) {
        String w = words.get(i);
        if (!w.endsWith("에") || w.length() < 2 || !ROLES.contains(w.substring(0, w.length() - 1))
                || !verbOf(words, analysed, i + 1, ENLISTING)) {
            return Optional.empty();
        }
        String noun = w.substring(0, w.length() - 1);
        return Optional.of(new Finding(ErrorCategory.PARTICLE_WRONG, w, noun + ParticleFrames.direction(noun),
                "particle_wrong/location_for_capacity"));
    }

    /**
     * 오트 우유에 바꿔 주세요 → 우유로, 토요일 같은 시간에 바꿀 수 있어요? → 시간으로: 에 before a verb of changing
     * where an accepted answer writes the noun with (으)로. A time with 에 may say when (세 시에 바꿀게요); the accepted
     * answer's (으)로 says the task is what it is changed into.
     */
    static Optional<Finding> resultWithLocation(List<String> words, List<Morphology.Word> analysed, int i,
            List<String> accepted) {
        String w = words.get(i);
        Morphology.Word word = analysed.get(i);
        if (!w.endsWith("에") || w.length() < 2 || word.verbal() || !word.endsWith("JKB")
                || !verbOf(words, analysed, i + 1, CHANGING_INTO)) {
            return Optional.empty();
        }
        String noun = w.substring(0, w.length() - 1);
        String into = noun + ParticleFrames.direction(noun);
        if (accepted.stream().noneMatch(a -> List.of(a.split(" ")).contains(into))) {
            return Optional.empty();
        }
        return Optional.of(new Finding(ErrorCategory.PARTICLE_WRONG, w, into, "particle_wrong/location_for_direction"));
    }

    /** 카드에 샀습니다 → 카드로. */
    static Optional<Finding> meansOfPaying(List<String> words, List<Morphology.Word> analysed, int i) {
        String w = words.get(i);
        if (!w.endsWith("에") || w.length() < 2 || !MEANS_OF_PAYING.contains(w.substring(0, w.length() - 1))
                || !verbOf(words, analysed, i + 1, PAYING)) {
            return Optional.empty();
        }
        String noun = w.substring(0, w.length() - 1);
        return Optional.of(new Finding(ErrorCategory.PARTICLE_WRONG, w, noun + ParticleFrames.direction(noun),
                "particle_wrong/location_for_means"));
    }

    /** 나를 같이 저녁 먹을래? → 나랑. */
    static Optional<Finding> partner(List<String> words, List<Morphology.Word> analysed, int i) {
        String w = words.get(i);
        String noun = w.endsWith("를") || w.endsWith("을") ? w.substring(0, w.length() - 1) : null;
        if (noun == null || noun.isEmpty() || !PEOPLE.contains(noun) && !noun.endsWith("씨") || i + 2 >= words.size()
                || !Set.of("같이", "함께").contains(words.get(i + 1))) {
            return Optional.empty();
        }
        boolean own = false;
        for (int v = i + 2; v < words.size(); v++) {
            Morphology.Word x = analysed.get(v);
            if (x.verbal()) {
                String stem = VerbFrames.stem(x);
                boolean shared = SHARED_ACTS.contains(stem) && Hangul.sameInitial(words.get(v), stem)
                        || own && Set.of("보", "하").contains(stem) && Hangul.sameInitial(words.get(v), stem);
                if (!shared) {
                    return Optional.empty();
                }
                boolean casual = !words.getLast().endsWith("요") && !words.getLast().endsWith("다")
                        && !words.getLast().endsWith("까");
                String with = casual ? (Hangul.hasFinal(noun.charAt(noun.length() - 1)) ? "이랑" : "랑") : "하고";
                return Optional.of(new Finding(ErrorCategory.PARTICLE_WRONG, w, noun + with,
                        "particle_wrong/object_for_comitative"));
            }
            own = own || !x.verbal() && x.startsWith("NNG");
        }
        return Optional.empty();
    }

    // ---- session 29 (s29d) ----

    /** Bound nouns that never stand bare before another word: 때문 and 덕분 take 에 (or the copula). */
    private static final Set<String> BOUND = Set.of("때문", "덕분");

    /** 감기 때문 숙제 못 했어 → 때문에. */
    static Optional<Finding> boundNoun(List<String> words, List<Morphology.Word> analysed, int i) {
        String w = words.get(i);
        String bound = BOUND.stream().filter(w::endsWith).findFirst().orElse(null);
        List<Morphology.Morpheme> m = analysed.get(i).morphemes();
        if (bound == null || m.isEmpty() || !m.getLast().form().equals(bound) || analysed.get(i).verbal()) {
            return Optional.empty();
        }
        String next = words.get(i + 1);
        // 때문 이에요 (a copula written apart) is spacing, not a particle left out
        if (next.startsWith("이") || next.startsWith("입") || next.startsWith("인") || next.startsWith("일")) {
            return Optional.empty();
        }
        return Optional.of(new Finding(ErrorCategory.PARTICLE_MISSING, w, w + "에", "particle_missing/bound_noun"));
    }

    /** Directions one turns to. */
    private static final Set<String> SIDES = Set.of("왼쪽으로", "오른쪽으로", "좌회전", "우회전");

    /** 은행 오른쪽으로 도세요 → 은행에서. */
    static Optional<Finding> turningPoint(List<String> words, List<Morphology.Word> analysed, int i) {
        String noun = words.get(i);
        if (i + 2 >= words.size() || !bareNoun(noun, analysed.get(i)) || person(noun) || TIMES.contains(noun)
                || !words.get(i + 1).equals("왼쪽으로") && !words.get(i + 1).equals("오른쪽으로")
                || noun.endsWith("쪽") || POSITIONS.contains(noun)) {
            return Optional.empty();
        }
        String verb = words.get(i + 2);
        // 돌아가다 and 돌아오다 may be going round or back (은행 오른쪽으로 돌아가세요: round its right side)
        if (!verbOf(words, analysed, i + 2, Set.of("돌", "꺾")) || verb.startsWith("돌아")) {
            return Optional.empty();
        }
        return Optional.of(new Finding(ErrorCategory.PARTICLE_MISSING, noun, noun + "에서",
                "particle_missing/action_place"));
    }

    /**
     * Vehicles and the ways by sea or air a thing is sent by: their (으)로 does not drop beside the thing sent. Services
     * (택배, 우편, 등기, 퀵) and messages (이메일, 문자, 카톡) are left out: 택배 보내다, 문자 보내다 are said as one act.
     */
    private static final Set<String> MEANS_OF_SENDING = Set.of("배", "비행기", "배편", "항공편", "선편", "항공기",
            "트럭", "기차");

    /** 이 소포를 인도네시아로 배 보내고 싶어요 → 배로. */
    static Optional<Finding> meansOfSending(List<String> words, List<Morphology.Word> analysed, int i) {
        String noun = words.get(i);
        if (!MEANS_OF_SENDING.contains(noun) || !objectBefore(analysed, i)
                || i > 0 && (DETERMINERS.contains(words.get(i - 1)) || analysed.get(i - 1).startsWith("MM", "SN"))
                || !verbOf(words, analysed, i + 1, Set.of("보내", "부치"))) {
            return Optional.empty();
        }
        return Optional.of(new Finding(ErrorCategory.PARTICLE_MISSING, noun, noun + ParticleFrames.direction(noun),
                "particle_missing/direction"));
    }

    /** Units of a place asked about with 몇 or 어느 (몇 층, 어느 쪽). */
    private static final Set<String> PLACE_UNITS = Set.of("층", "호", "호실", "쪽", "동");

    /** Things that have floors or rooms: 이 건물은 몇 층 있어요? may ask how many. */
    private static final Set<String> BUILDINGS = Set.of("건물", "빌딩", "호텔", "백화점", "아파트", "병원", "학교",
            "회사", "쇼핑몰", "마트", "도서관", "집", "기숙사", "대학교", "박물관");

    /** 식당은 몇 층 있어요? → 층에. */
    static Optional<Finding> placeAskedAbout(List<String> words, List<Morphology.Word> analysed, int i) {
        String noun = words.get(i);
        if (i < 2 || !PLACE_UNITS.contains(noun) || !Set.of("몇", "어느").contains(words.get(i - 1))
                || !words.get(i + 1).startsWith("있") && !words.get(i + 1).startsWith("계")
                || !analysed.get(i + 1).verbal()) {
            return Optional.empty();
        }
        // the thing asked about is the sentence's subject or topic, and it is no building (건물은 몇 층 있어요?: how many)
        Morphology.Word subject = analysed.get(i - 2);
        boolean marked = !subject.verbal() && (subject.endsWith("JKS") || subject.endsWith("JX"));
        String head = subject.morphemes().getFirst().form();
        if (!marked || BUILDINGS.contains(head) || person(head) || PRONOUNS.contains(head)) {
            return Optional.empty();
        }
        return Optional.of(new Finding(ErrorCategory.PARTICLE_MISSING, noun, noun + "에", "particle_missing/location"));
    }

    /** Size adjectives before 사이즈: the size is what the thing is changed into. */
    private static final Set<String> SIZES = Set.of("큰", "작은", "다른", "더큰", "넉넉한");

    /** 큰 사이즈 바꿔 주세요 → 사이즈로. */
    static Optional<Finding> sizeOfChange(List<String> words, List<Morphology.Word> analysed, int i) {
        String noun = words.get(i);
        if (i == 0 || !Set.of("사이즈", "치수").contains(noun) || !SIZES.contains(words.get(i - 1))
                || !verbOf(words, analysed, i + 1, Set.of("바꾸", "바뀌", "교환하"))
                || words.stream().anyMatch(w -> w.endsWith("로") && !w.equals(noun))) {
            return Optional.empty();
        }
        return Optional.of(new Finding(ErrorCategory.PARTICLE_MISSING, noun, noun + "로", "particle_missing/result"));
    }

    /** Things one carries and loses; no place owns them (버스 카드, 도서관 책, 호텔 열쇠 are compounds). */
    private static final Set<String> BELONGINGS = Set.of("핸드폰", "휴대폰", "휴대전화", "폰", "스마트폰", "지갑", "가방",
            "우산", "여권", "안경", "모자", "장갑", "목도리", "이어폰", "시계", "반지", "선글라스", "외투", "코트", "재킷",
            "목걸이", "귀걸이");

    /** Public places and vehicles where things are lost. */
    private static final Set<String> PLACES_OF_LOSS = Set.of("버스", "지하철", "택시", "기차", "비행기", "전철", "식당",
            "카페", "공항", "역", "공원", "극장", "영화관", "백화점", "화장실", "시장", "마트", "편의점", "길", "학교",
            "도서관", "호텔");

    /** 어제 버스 핸드폰을 잃어버렸어 → 버스에서. */
    static Optional<Finding> placeOfLosing(List<String> words, List<Morphology.Word> analysed, int i) {
        String noun = words.get(i);
        if (i + 2 >= words.size() || !PLACES_OF_LOSS.contains(noun)
                || i > 0 && (DETERMINERS.contains(words.get(i - 1)) || analysed.get(i - 1).startsWith("MM"))) {
            return Optional.empty();
        }
        String object = words.get(i + 1);
        String thing = object.endsWith("을") || object.endsWith("를") ? object.substring(0, object.length() - 1) : "";
        if (!BELONGINGS.contains(thing) || !verbOf(words, analysed, i + 2, Set.of("잃어버리", "잃"))) {
            return Optional.empty();
        }
        return Optional.of(new Finding(ErrorCategory.PARTICLE_MISSING, noun, noun + "에서",
                "particle_missing/action_place"));
    }

    /** Last parts of the names of places one goes to. */
    private static final Pattern DESTINATION = Pattern.compile(".+(역|공항|터미널|호텔|병원|시장|대학교|백화점|항|타워|궁)");

    /** 명동역 얼마쯤 나와요? → 명동역까지. */
    static Optional<Finding> fareDestination(List<String> words, List<Morphology.Word> analysed, int i) {
        String noun = words.get(i);
        Morphology.Word w = analysed.get(i);
        boolean place = DESTINATION.matcher(noun).matches() || PLACES.contains(noun)
                || w.morphemes().size() == 1 && w.startsWith("NNP");
        if (!place || w.verbal() || i + 2 >= words.size() || !words.get(i + 1).startsWith("얼마")
                || noun.matches(".*(비|요금|값|료|세)")
                || !verbOf(words, analysed, i + 2, Set.of("나오", "들"))) {
            return Optional.empty();
        }
        return Optional.of(new Finding(ErrorCategory.PARTICLE_MISSING, noun, noun + "까지", "particle_missing/until"));
    }

    /** 책은 한 번 몇 권 빌릴 수 있어요? → 한 번에. */
    static Optional<Finding> atOnce(List<String> words, List<Morphology.Word> analysed, int i) {
        String w = words.get(i);
        boolean once = w.equals("번") && i > 0 && Set.of("한", "1").contains(words.get(i - 1)) || w.equals("한번");
        if (!once || i + 2 >= words.size()) {
            return Optional.empty();
        }
        // a count follows: 몇 권, 세 개, 두 잔 (not 한 번 더, 한 번 두 번)
        String number = words.get(i + 1);
        String counter = words.get(i + 2);
        boolean count = (number.equals("몇") || analysed.get(i + 1).startsWith("MM", "SN", "NR"))
                && analysed.get(i + 2).startsWith("NNBC", "NNB", "NNG") && !counter.startsWith("번")
                && !analysed.get(i + 2).verbal() && !number.equals("더");
        if (!count) {
            return Optional.empty();
        }
        return Optional.of(new Finding(ErrorCategory.PARTICLE_MISSING, w, w + "에", "particle_missing/time"));
    }

    /** Places of study. */
    private static final Set<String> PLACES_OF_STUDY = Set.of("도서관", "학교", "학원", "집", "카페", "교실", "기숙사",
            "대학교", "대학", "센터", "스터디카페", "독서실", "문화센터", "방");

    /** Languages and subjects one studies: no place owns them. */
    private static final Set<String> SUBJECTS = Set.of("한국어", "한국말", "한글", "영어", "일본어", "중국어", "독일어",
            "프랑스어", "스페인어", "인도네시아어", "수학", "과학", "역사", "피아노", "기타", "태권도", "요리");

    /** 나 어제 도서관 한국어를 세 시간 공부해 → 도서관에서. */
    static Optional<Finding> placeOfStudy(List<String> words, List<Morphology.Word> analysed, int i) {
        String noun = words.get(i);
        if (!PLACES_OF_STUDY.contains(noun) || i + 2 >= words.size()
                || i > 0 && (DETERMINERS.contains(words.get(i - 1)) || analysed.get(i - 1).startsWith("MM"))) {
            return Optional.empty();
        }
        String object = words.get(i + 1);
        String thing = object.endsWith("을") || object.endsWith("를") ? object.substring(0, object.length() - 1) : "";
        if (!SUBJECTS.contains(thing)) {
            return Optional.empty();
        }
        for (int v = i + 2; v < words.size(); v++) {
            if (analysed.get(v).verbal()) {
                return verbOf(words, analysed, v, Set.of("공부하", "배우", "가르치", "연습하", "복습하", "예습하", "하"))
                        ? Optional.of(new Finding(ErrorCategory.PARTICLE_MISSING, noun, noun + "에서",
                                "particle_missing/action_place"))
                        : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Adverbs between the object and the adjective in -게. */
    private static final Set<String> MANNER = Set.of("안", "좀", "조금", "더", "덜", "너무", "아주", "많이", "약간",
            "살짝", "좀더", "조금만", "너무너무");

    /** Nouns that end in 이, which Nori may read as a noun and the subject particle (길 + 이). */
    private static final Set<String> NOUNS_IN_I = Set.of("길이", "높이", "깊이", "넓이", "나이", "놀이", "종이", "오이",
            "먹이", "굵기");

    /** 음식이 안 맵게 해 주세요 → 음식을. */
    static Optional<Finding> objectOfMaking(List<String> words, List<Morphology.Word> analysed, int i) {
        String w = words.get(i);
        Morphology.Word word = analysed.get(i);
        if (word.verbal() || !word.endsWith("JKS") || !(w.endsWith("이") || w.endsWith("가")) || w.length() < 2) {
            return Optional.empty();
        }
        String noun = w.substring(0, w.length() - 1);
        // 바지 길이 짧게 해 주세요: a noun in 이 (길이, 높이, 나이) is no noun with the subject particle
        if (person(noun) || PRONOUNS.contains(noun) || ParticleFrames.ANIMATE.contains(noun) || NOUNS_IN_I.contains(w)
                || !noun.equals(word.morphemes().getFirst().form()) && word.morphemes().size() == 2) {
            return Optional.empty();
        }
        int a = i + 1;
        while (a < words.size() - 1 && MANNER.contains(words.get(a))) {
            a++;
        }
        Morphology.Word adjective = analysed.get(a);
        List<Morphology.Morpheme> m = adjective.morphemes();
        boolean ge = m.size() >= 2 && m.getLast().is("EC") && m.getLast().form().equals("게")
                && (m.getFirst().is("VA") || m.getFirst().is("NNG") && m.get(1).is("XSA"));
        if (!ge || !verbOf(words, analysed, a + 1, Set.of("하", "만들"))
                || analysed.subList(0, a).stream().anyMatch(x -> x.endsWith("JKO") && !x.verbal())) {
            return Optional.empty();
        }
        return Optional.of(new Finding(ErrorCategory.PARTICLE_WRONG, w, noun + Hangul.objectParticle(noun),
                "particle_wrong/subject_for_object"));
    }

    /** Events and happenings: they are held at a place, which takes 에서 (학교에서 행사가 있어요). */
    private static final Set<String> EVENTS = Set.of("행사", "회의", "파티", "수업", "시험", "공연", "축제", "일", "약속",
            "모임", "세일", "할인", "이벤트", "경기", "콘서트", "강의", "사고", "문제", "결혼식", "전시회", "전시", "면접",
            "발표", "세미나", "워크숍", "교육", "훈련", "대회", "불꽃놀이", "쇼", "공사", "화재", "알바", "아르바이트");

    /** 창가에서 자리 있어요? → 창가에: where a thing is, not where an act happens. */
    static Optional<Finding> sourceBeforeBeing(List<String> words, List<Morphology.Word> analysed, int i) {
        String w = words.get(i);
        Morphology.Word word = analysed.get(i);
        if (!w.endsWith("에서") || w.length() < 3 || word.verbal() || i + 2 >= words.size()) {
            return Optional.empty();
        }
        String noun = w.substring(0, w.length() - 2);
        if (Set.of("여기", "거기", "저기").contains(noun) || TIMES.contains(noun) || TIME_END.matcher(noun).matches()
                || ArgumentCheck.isTimeNoun(noun)) {
            return Optional.empty();
        }
        Morphology.Word thing = analysed.get(i + 1);
        String head = thing.morphemes().isEmpty() ? "" : thing.morphemes().getFirst().form();
        boolean subject = !thing.verbal() && thing.startsWith("NNG", "NNP")
                && thing.morphemes().stream().allMatch(x -> x.is("NNG", "NNP", "JKS", "JX"))
                && !EVENTS.contains(head) && !ParticleFrames.ANIMATE.contains(head) && !person(head);
        Morphology.Word verb = analysed.get(i + 2);
        boolean being = verbOf(words, analysed, i + 2, Set.of("있", "없")) && !verb.endsWith("ETM")
                && (i + 3 == words.size() || verb.endsWith("EF"));
        if (!subject || !being) {
            return Optional.empty();
        }
        return Optional.of(new Finding(ErrorCategory.PARTICLE_WRONG, w, noun + "에",
                "particle_wrong/action_place_for_location"));
    }

    /** Times before now: with a predicate in the present, what began then takes 부터. */
    private static final Set<String> PAST_TIMES = Set.of("어제", "그저께", "그제", "어젯밤", "지난주", "지난달", "작년",
            "아까", "지난밤", "지난번", "저번", "엊그제");

    /** 어제에서 머리가 아파요 → 어제부터. */
    static Optional<Finding> sourceForStart(List<String> words, List<Morphology.Word> analysed, int i) {
        String w = words.get(i);
        if (!w.endsWith("에서") || !PAST_TIMES.contains(w.substring(0, w.length() - 2))
                || words.stream().anyMatch(x -> x.endsWith("까지"))) {
            return Optional.empty();
        }
        Morphology.Word last = analysed.getLast();
        boolean present = last.verbal() && last.morphemes().stream().noneMatch(m -> m.is("EP")
                && (m.form().contains("았") || m.form().contains("었") || m.form().contains("였") || m.form().equals("ㅆ")));
        if (!present) {
            return Optional.empty();
        }
        String noun = w.substring(0, w.length() - 2);
        return Optional.of(new Finding(ErrorCategory.PARTICLE_WRONG, w, noun + "부터",
                "particle_wrong/action_place_for_from"));
    }

    /** 페니실린을 알레르기가 있어요 → 페니실린에: what one is allergic to takes 에. */
    static Optional<Finding> allergen(List<String> words, List<Morphology.Word> analysed, int i) {
        String w = words.get(i);
        Morphology.Word word = analysed.get(i);
        String noun = w.endsWith("을") || w.endsWith("를") ? w.substring(0, w.length() - 1)
                : w.endsWith("에서") ? w.substring(0, w.length() - 2) : null;
        if (noun == null || noun.isEmpty() || word.verbal() || person(noun) || PRONOUNS.contains(noun)
                || i + 1 >= words.size() || !words.get(i + 1).startsWith("알레르기")) {
            return Optional.empty();
        }
        return Optional.of(new Finding(ErrorCategory.PARTICLE_WRONG, w, noun + "에",
                "particle_wrong/object_for_location"));
    }

    /** Whether some word before {@code i} is an object with 을/를. */
    private static boolean objectBefore(List<Morphology.Word> analysed, int i) {
        return analysed.subList(0, i).stream().anyMatch(x -> x.endsWith("JKO") && !x.verbal());
    }

    /**
     * Whether a word before {@code from} is a subject or topic that is a thing: 이/가 or 은/는 after a noun that is no
     * person, pronoun of a person or time (이 신발이, 저게, 이건), in the same clause (no predicate between: 일이 많아서
     * 나 좀 바빠 has 나 as the subject of 바쁘다).
     */
    private static boolean thingSubject(List<String> words, List<Morphology.Word> analysed, int from) {
        for (int k = from - 1; k >= 0; k--) {
            Morphology.Word w = analysed.get(k);
            String s = words.get(k);
            if (w.verbal()) {
                return false;
            }
            boolean marked = !w.verbal() && (w.endsWith("JKS") || w.endsWith("JX")
                    && Set.of("은", "는", "ㄴ").contains(w.morphemes().getLast().form()));
            if (!marked) {
                continue;
            }
            String head = w.morphemes().getFirst().form();
            if (PERSON_SUBJECT.matcher(s).matches() || person(head) || TIMES.contains(head)
                    || TIME_END.matcher(head).matches() || ArgumentCheck.isTimeNoun(head) || head.equals("요즘")) {
                return false;
            }
            return true;
        }
        return false;
    }

    /** An adjective (VA or a noun + 하다 adjective), not one of feeling or need, nor 있다/없다. */
    private static boolean adjective(Morphology.Word w) {
        List<Morphology.Morpheme> m = w.morphemes();
        if (m.isEmpty() || m.size() > 2 && m.get(2).is("VX")) {
            return false;
        }
        if (m.getFirst().is("VA")) {
            return !FEELING.contains(m.getFirst().form());
        }
        return m.getFirst().is("NNG") && m.size() > 1 && m.get(1).is("XSA")
                && !FEELING.contains(m.getFirst().form() + "하");
    }

    /** Whether word {@code v} is a form of one of these verbs, as written (its first consonant that of the stem). */
    private static boolean verbOf(List<String> words, List<Morphology.Word> analysed, int v, Set<String> stems) {
        if (v >= words.size()) {
            return false;
        }
        Morphology.Word w = analysed.get(v);
        String stem = VerbFrames.stem(w);
        return w.verbal() && stems.contains(stem) && Hangul.sameInitial(words.get(v), stem);
    }

    /** A noun alone (one or more nouns, no particle), not a pronoun and with no digit. */
    private static boolean bareNoun(String surface, Morphology.Word w) {
        List<Morphology.Morpheme> m = w.morphemes();
        return !m.isEmpty() && m.getFirst().is("NNG", "NNP", "SL") && !PRONOUNS.contains(surface)
                && surface.chars().noneMatch(Character::isDigit) && m.stream().allMatch(x -> x.is("NNG", "NNP", "SL", "XSN"));
    }

    /** A person: one of {@link CertainRoles#PERSONS}, a name with 씨 or a title with 님. */
    private static boolean person(String noun) {
        return CertainRoles.PERSONS.contains(noun) || PEOPLE.contains(noun) || noun.endsWith("님") || noun.endsWith("씨");
    }
}
