package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.text.Hangul;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * 에, 에서 and (으)로 of going, bringing, turning and pricing, judged on the learner's own words
 * (issue 11, session 8, helper eval11b; called from {@link ParticleFrames#find}). Each rule reads one
 * noun phrase and the verb or price word it stands with:
 * <ul>
 *   <li>{@code particle_wrong/action_place_for_goal}: a place one visits for a service (병원, 치과,
 *       약국, 은행, 우체국 …) with 에서 right before 가다 or 다니다, the sentence naming no other goal
 *       (병원에서 가야 해서 → 병원에): 가다 and 다니다 take their goal in 「…에」, 에서 is where one
 *       starts from, which no one says of a clinic one has to go to (표준국어대사전 '가다' ①
 *       「…에」, '다니다' 「…에」, '에서' ③). A room number with 에서 before a verb of bringing in a
 *       request (305호에서 수건을 가져다주세요 → 305호에): the room is where things are brought,
 *       가져다주다 「…에/에게 …을」. Left alone: 에서 with a goal named (병원에서 집까지 가요), a
 *       modifier (병원에서 가는 버스), anything between noun and verb (회사에서 바로 가요), places
 *       not in the list (집, 회사, 학교: 집에서 가요 'from home' is common), 오다 (병원에서 왔어요), and
 *       every form of 가다 but one aimed at the goal (가야, 가려고, 가겠-, 갈게, 가고 싶다, 갈 거): 학원에서 가요
 *       may answer 'where from?', 병원에서 가면 gives a way. Also a school or company one attends with 에서
 *       right before 다니다 (서울대학교에서 다닙니다 → 서울대학교에: '다니다' ② 「…에」; session 13, eval21d);</li>
 *   <li>{@code particle_wrong/location_for_way}: 왼쪽, 오른쪽 or a compass side with 에 before a verb of
 *       going or turning (왼쪽에 가십시오 → 왼쪽으로): the way one goes takes (으)로 (표준국어대사전
 *       '-으로' ① 움직임의 방향; '돌다' 「…으로」). Only in the instruction that ends the sentence; 왼쪽에
 *       있어요 (where a thing is), 오른쪽에 가서 앉으세요 and 왼쪽에 가면 있어요 (the side as a place, in a
 *       clause before another) stay. Also 왼쪽/오른쪽 misspelt by one letter, the learner's spelling kept
 *       in the correction (외쪽에 도십시오 → 외쪽으로; session 13, eval21d);</li>
 *   <li>{@code particle_wrong/location_for_action_place}: the place where one turns, with 에 before a
 *       direction in (으)로 and 돌다/꺾다 (은행에 왼쪽으로 도세요 → 은행에서): the turn is an action at
 *       that place (표준국어대사전 '에서' ①; Yeon &amp; Brown 2019 on giving directions, 사거리에서
 *       왼쪽으로 도세요). Not 신호/신호등 (다음 신호에 is also said of the moment), nor a noun of time after a
 *       modifier (가신 다음에 왼쪽으로 꺾으세요);</li>
 *   <li>{@code particle_wrong/location_for_means} and {@code object_for_means}: a means of transport with
 *       에 or 을/를 right before a verb of going or commuting (버스에 가요 → 버스로, 지하철을 출근해요 →
 *       지하철로): the means takes (으)로 (표준국어대사전 '-으로' ③ 수단·도구; Yeon &amp; Brown 2019). Not
 *       차 (차에 가서 가방 가져올게: the car as a place), not with 타다 between (버스에 타고 가요), not
 *       들어가다/들어오다 (버스에 들어가요);</li>
 *   <li>{@code particle_wrong/dative_for_location}: a place or organisation with 에게/한테 (회사에게
 *       전화했어요 → 회사에): 에게 is for people and animals, a place is reached with 에 (표준국어대사전
 *       '에게' 「조사」 ①, '에' 「조사」; '전화하다' 「…에/에게」);</li>
 *   <li>{@code particle_wrong/time_without_particle}: 오늘, 내일, 어제, 모레, 지금 with 에 before the
 *       predicate (내일에 만나요 → 내일): they are adverbs as well as nouns and take no 에 (표준국어대사전
 *       '내일' 「부사」; Yeon &amp; Brown 2019, time expressions). Not before 대하다, 비하다, 이르다,
 *       잇다, 달리다, 와서 (내일에 대한 계획, 지금에 와서, 어제에 이어, 내일에 달려 있어요) or a modifier
 *       (내일에 있을 회의);</li>
 *   <li>{@code particle_wrong/action_place_for_unit}: a counted unit with 에서 before a price or 얼마
 *       (한 사람에서 얼마예요? → 한 사람에): a price per unit takes 에 (표준국어대사전 '에' 「조사」
 *       기준이 되는 단위, 한 사람에 만 원씩). Left alone: a range (한 시간에서 두 시간, 만 원에서 이만 원
 *       사이).</li>
 * </ul>
 */
final class WayParticles {

    /** 가다 or 다니다 with -야, -려고, -겠, -ㄹ게, -ㄹ래. */
    private static final Pattern GO_OBLIGATION = Pattern.compile("(가|다녀)(야|려고|겠).*|(갈|다닐)(게|래).*");
    /** A reported-speech ending (-다고, -라고, -대요, -래요 …). */
    private static final Pattern REPORTED_ENDING = Pattern.compile(".*(다고|라고|대요|래요|한대|된대).*");
    /** The verb of a fixed construction (대하다, 이르다, 한하다, 맞추다, 따르다, 비하다, 달리다). */
    private static final Pattern CONSTRUCTION_VERB = Pattern.compile("(대|와|이르|이어|한해|한하|맞춰|맞추|따라|비해|비하|달려|달렸).*");
    /** 갖다/가져다 주다 and its polite forms. */
    private static final Pattern BRING_FOR = Pattern.compile("(갖다|가져다)(주세요|주시|주십|드려|주실).*");
    /** Digits with 인, 박, 개 or 명. */
    private static final Pattern NUMBER_COUNTER = Pattern.compile("[0-9]+(인|박|개|명)");
    /** An approximation or total word (보통, 대략, 다, 모두, 총 …). */
    private static final Pattern APPROXIMATION = Pattern.compile("(보통|대략|대충|다|모두|전부|총)");

    /** Places one goes to for a service: 에서 before 가다 is hardly ever their starting point. */
    static final Set<String> VISITS = Set.of("병원", "치과", "약국", "은행", "우체국", "미용실", "대사관",
            "경찰서", "구청", "시청", "주민센터", "세탁소", "안과", "내과", "피부과", "이비인후과", "소아과", "정형외과",
            "한의원", "동물병원", "보건소", "출입국관리사무소", "학원", "헬스장");

    /** Sides one goes or turns to (not 앞/뒤/이쪽/저쪽, which also name a place: 저쪽에 가 보세요). */
    private static final Set<String> SIDES = Set.of("왼쪽", "오른쪽", "동쪽", "서쪽", "남쪽", "북쪽", "반대쪽",
            "왼편", "오른편");

    /** Verbs of going and turning whose way takes (으)로. */
    private static final Set<String> GOING = Set.of("가", "돌", "꺾", "돌아가", "올라가", "내려가", "건너가", "이동하");

    /** Verbs of bringing something to the speaker (가져다주다, 갖다주다, 가져오다, 배달하다). */
    private static final Set<String> BRINGING = Set.of("가져다주", "갖다주", "가져오", "가져다", "갖다", "배달하",
            "가져다드리", "갖다드리");

    /** Means of transport: with a verb of going they take (으)로 (표준국어대사전 '-으로' ③ 수단). Not 차 (차에 가서: the car as a place). */
    static final Set<String> VEHICLES = Set.of("버스", "지하철", "택시", "기차", "비행기", "자전거", "고속버스",
            "시내버스", "마을버스", "전철", "오토바이", "배편", "KTX", "ktx");

    /** Verbs of commuting, whose means takes (으)로 like a verb of going. */
    private static final Set<String> COMMUTING = Set.of("출근하", "퇴근하", "통학하", "이동하", "여행하");

    /** Places and organisations: they are reached with 에, never 에게/한테 (표준국어대사전 '에게': 사람이나 동물). */
    static final Set<String> INSTITUTIONS = Set.of("회사", "은행", "병원", "호텔", "가게", "식당", "학교", "사무실",
            "대사관", "우체국", "경찰서", "구청", "시청", "주민센터", "부동산", "여행사", "항공사", "카페", "약국", "치과",
            "학원", "센터", "고객센터", "프런트", "프론트", "매표소", "안내소", "관리사무소", "집주인집");

    /** Units a price is given per (한 사람에, 한 개에, 1박에). */
    private static final Set<String> UNITS = Set.of("사람", "명", "개", "병", "잔", "장", "권", "박", "인분", "인",
            "그릇", "접시", "벌", "켤레", "마리", "대", "킬로", "키로", "근", "봉지", "상자", "박스", "하나", "시간", "분");

    private static final Set<String> NUMERALS = Set.of("한", "두", "세", "네", "다섯", "여섯", "일곱", "여덟", "아홉",
            "열", "일", "이", "삼", "사", "오", "1", "2", "3", "4", "5", "10");

    private static final Pattern ROOM = Pattern.compile("[0-9]{2,5}호에서");

    private static final Pattern PRICE = Pattern.compile("^(얼마|[0-9,]+(원|달러|불)|[0-9,]*(천|만) ?원|[일이삼사오육칠팔구십백천만]+ ?원).*");

    private WayParticles() {
    }

    /** The finding on word {@code i} of one sentence, or empty; shapes as {@link ParticleFrames#find}. */
    static Optional<Finding> find(List<String> words, List<Morphology.Word> analysed, int i) {
        return goalOfVisit(words, analysed, i)
                .or(() -> vehicleOfGoing(words, analysed, i))
                .or(() -> placeAsDative(words, analysed, i))
                .or(() -> timeWithE(words, analysed, i))
                .or(() -> roomOfBringing(words, analysed, i))
                .or(() -> sideWithE(words, analysed, i))
                .or(() -> turningPoint(words, analysed, i))
                .or(() -> unitWithEseo(words, analysed, i))
                .or(() -> attendedWithEseo(words, analysed, i))
                .or(() -> homeEnteredWithEseo(words, analysed, i));
    }

    /** One's home and the place one lives: 들어가다/들어오다 with it as the goal is 'go (come) home'. */
    private static final Set<String> HOMES = Set.of("집", "기숙사", "숙소", "하숙집", "본가");

    /** Adverbs that may stand between the home and the verb (집에 늦게 들어갈게). */
    private static final Set<String> ENTRY_ADVERBS = Set.of("늦게", "일찍", "좀", "조금", "빨리", "먼저", "곧", "금방",
            "바로", "이따가", "나중에", "못", "안", "다시", "좀더", "더");

    /**
     * 집에서 늦게 들어갈게 → 집에 (session 27, s27g; {@code particle_wrong/action_place_for_goal}): one's home (집,
     * 기숙사, 숙소, 하숙집) with 에서 before 들어가다/들어오다, only adverbs between. 들어가다/들어오다 take the place one
     * enters or returns to in 「…에」 (표준국어대사전 '들어가다' ① 밖에서 안으로 향하여 가다, ③ '집에 들어가다';
     * '들어오다' alike), and 에서 marks the point one leaves (표준국어대사전 '에서' ③): one does not enter from the home
     * one is going back to. Adverbs between: the listed ones and any short word in -게 (늦게, 늣게 as spelt).
     * Left alone: another goal named (집에서 방으로 들어가다), any other place with 에서
     * (회사에서 늦게 들어갈게 'I will come home late from work': the place left), a modifier (집에서 들어오는 길), but
     * 들어올 거예요 and 들어갈 수 있어요 are read as the predicate they are.
     */
    private static Optional<Finding> homeEnteredWithEseo(List<String> words, List<Morphology.Word> analysed, int i) {
        String noun = nounBefore(words.get(i), analysed.get(i), "에서");
        if (noun == null || !HOMES.contains(noun) && !(noun.endsWith("집") && HOMES.contains(lastNoun(analysed.get(i))))) {
            return Optional.empty();
        }
        int v = i + 1;
        // an adverb in -게 too, however spelt (늦게, 늣게: the spelling slip is its own finding)
        while (v < words.size() && (ENTRY_ADVERBS.contains(words.get(v))
                || words.get(v).endsWith("게") && words.get(v).length() <= 3 && !words.get(v).startsWith("들어"))) {
            v++;
        }
        if (v >= words.size() || !Set.of("들어가", "들어오").contains(VerbFrames.stem(analysed.get(v)))
                || !words.get(v).startsWith("들어") || analysed.get(v).has("ETM") && !futureOrAble(words, v)
                || otherGoal(words, analysed, i)) {
            return Optional.empty();
        }
        return Optional.of(new Finding(ErrorCategory.PARTICLE_WRONG, words.get(i), noun + "에",
                "particle_wrong/action_place_for_goal"));
    }

    /**
     * Whether the modifier form at {@code v} heads -(으)ㄹ 거예요 or -(으)ㄹ 수 있다 (들어올 거예요, 들어갈 수 있어요): the
     * verb is then the predicate, not a modifier of a noun (session 32, s32c; 표준국어대사전 '것' ⑥, '수'² ①).
     */
    private static boolean futureOrAble(List<String> words, int v) {
        return v + 1 < words.size() && words.get(v).matches("들어(갈|올)")
                && words.get(v + 1).matches("(거|것|겁|수|건).*");
    }

    /** 병원에서 가야 해서 → 병원에; 치과에서 가야 돼서 → 치과에. */
    private static Optional<Finding> goalOfVisit(List<String> words, List<Morphology.Word> analysed, int i) {
        String noun = nounBefore(words.get(i), analysed.get(i), "에서");
        if (noun == null || !VISITS.contains(lastNoun(analysed.get(i))) || i + 1 >= words.size()) {
            return Optional.empty();
        }
        Morphology.Word verb = analysed.get(i + 1);
        String stem = VerbFrames.stem(verb);
        String v = words.get(i + 1);
        String next = i + 2 < words.size() ? words.get(i + 2) : "";
        boolean going = verb.startsWith("VV") && (stem.equals("가") || stem.equals("갈") || stem.equals("다니"));
        // a goal-directed form only: obligation, purpose, intention, wish (가야, 가려고, 가겠, 갈게, 가고 싶다, 갈 거);
        // a bare 가요 may answer 'where from?' (학원에서 가요), and 가면 gives a way (병원에서 가면 가까워요)
        boolean aimed = GO_OBLIGATION.matcher(v).matches() || v.equals("가고") && next.startsWith("싶")
                || v.equals("갈") && (next.startsWith("거") || next.startsWith("겁") || next.startsWith("예정"));
        if (!going || !aimed || otherGoal(words.subList(0, i + 1), analysed, i)
                || words.subList(i + 1, words.size()).stream().anyMatch(x -> REPORTED_ENDING.matcher(x).matches())) {
            // 은행에서 가야 한대요: 에서 of an institution as the subject of a report
            return Optional.empty();
        }
        return Optional.of(new Finding(ErrorCategory.PARTICLE_WRONG, words.get(i), noun + "에",
                "particle_wrong/action_place_for_goal"));
    }

    /** 버스에 가요 → 버스로; 지하철을 출근해요 → 지하철로. */
    private static Optional<Finding> vehicleOfGoing(List<String> words, List<Morphology.Word> analysed, int i) {
        String w = words.get(i);
        String particle = w.endsWith("에") ? "에" : w.endsWith("을") ? "을" : w.endsWith("를") ? "를" : null;
        if (particle == null || i + 1 >= words.size()) {
            return Optional.empty();
        }
        String noun = w.substring(0, w.length() - 1);
        List<Morphology.Morpheme> m = analysed.get(i).morphemes();
        if (!VEHICLES.contains(noun) || m.isEmpty() || !m.getLast().is(particle.equals("에") ? "JKB" : "JKO")) {
            return Optional.empty();
        }
        Morphology.Word verb = analysed.get(i + 1); // right before the verb: 버스에 타고 가요 has 타다's 「…에」
        String stem = VerbFrames.stem(verb);
        boolean going = VerbFrames.motion(verb) && !stem.startsWith("들어") || COMMUTING.contains(stem)
                || words.get(i + 1).equals("가요"); // Nori reads 가요 alone as the noun 'song'
        if (!going || verb.has("ETM")) {
            return Optional.empty();
        }
        return Optional.of(new Finding(ErrorCategory.PARTICLE_WRONG, w, noun + ParticleFrames.direction(noun),
                particle.equals("에") ? "particle_wrong/location_for_means" : "particle_wrong/object_for_means"));
    }

    /** 회사에게 전화했어요 → 회사에: a place or an organisation takes 에, 에게/한테 are for the living. */
    private static Optional<Finding> placeAsDative(List<String> words, List<Morphology.Word> analysed, int i) {
        String w = words.get(i);
        String particle = w.endsWith("에게") ? "에게" : w.endsWith("한테") ? "한테" : null;
        if (particle == null) {
            return Optional.empty();
        }
        String noun = w.substring(0, w.length() - 2);
        List<Morphology.Morpheme> m = analysed.get(i).morphemes();
        boolean institution = INSTITUTIONS.contains(noun) && m.size() == 2 && m.getFirst().is("NNG");
        String verb = institution ? null : goalOfMotion(analysed, i);
        if (!institution && !(placeNoun(noun) && !m.isEmpty() && m.getLast().is("JKB")
                && m.getLast().form().equals(particle) && verb != null)) {
            return Optional.empty();
        }
        // what is sent goes toward the place, (으)로 (표준국어대사전 '보내다' 「…에/에게 …을」, '-으로' ① 방향); one goes to it, 에
        String goal = verb != null && SENDING.contains(verb) ? ParticleFrames.direction(noun) : "에";
        return Optional.of(new Finding(ErrorCategory.PARTICLE_WRONG, w, noun + goal, "particle_wrong/dative_for_location"));
    }

    /** Verbs of sending, whose goal the writers of the gold sets correct to (으)로. */
    private static final Set<String> SENDING = Set.of("보내", "부치", "배달하", "송금하");

    /** Verbs of going, coming and sending whose goal is where one arrives or what one sends reaches. */
    private static final Set<String> TO_A_PLACE = Set.of("가", "오", "보내", "부치", "돌아가", "돌아오", "들어가", "들어오",
            "여행하", "이사하", "도착하", "출장가", "배달하", "송금하", "놀러가", "놀러오", "유학가", "이사가", "이사오");

    /**
     * A country, a city or a place in town of the lexicon's classes (지명, 장소: 인도네시아, 부산, 공항, 터미널), not one
     * that is an organisation too ({@link #INSTITUTIONS}, {@link ParticleFrames#INSTITUTIONS}: those are read only by
     * the older rule): a place is no person whatever the verb, and 에게/한테 are for 유정 명사 (session 27, s27g).
     */
    static boolean placeNoun(String noun) {
        return (Contrasts.inCategory(noun, "지명") || Contrasts.inCategory(noun, "장소"))
                && !ParticleFrames.INSTITUTIONS.contains(noun) && !Set.of("대사관", "우체국", "약국", "편의점", "백화점",
                        "마트", "서점", "미용실", "도서관", "박물관", "미술관").contains(noun);
    }

    /**
     * The stem of the first predicate after word {@code i} (objects, adverbs and other nouns between: 인도네시아에게 이
     * 소포를 보내고 싶습니다) is a verb of going, coming or sending ({@link #TO_A_PLACE}), which takes its goal in
     * 「…에」 or 「…으로」 (표준국어대사전 '가다' ①, '보내다' ①); a personified country before an adjective or a verb of
     * feeling (한국에게 중요한 문제) is not read (null).
     */
    private static String goalOfMotion(List<Morphology.Word> analysed, int i) {
        for (int j = i + 1; j < analysed.size(); j++) {
            Morphology.Word v = analysed.get(j);
            if (v.verbal()) {
                String stem = VerbFrames.stem(v);
                return TO_A_PLACE.contains(stem) || VerbFrames.motion(v) && !stem.isEmpty() ? stem : null;
            }
        }
        return null;
    }

    /** 내일에 만나요 → 내일: 오늘, 내일, 어제, 모레, 지금 are adverbs of time and take no 에. */
    private static Optional<Finding> timeWithE(List<String> words, List<Morphology.Word> analysed, int i) {
        String w = words.get(i);
        if (!Set.of("오늘에", "내일에", "어제에", "모레에", "지금에", "그저께에").contains(w)
                || i + 1 < words.size() && CONSTRUCTION_VERB.matcher(words.get(i + 1)).matches()
                || analysed.subList(i + 1, analysed.size()).stream().filter(Morphology.Word::verbal).findFirst()
                        .map(x -> x.has("ETM")).orElse(true)) {
            return Optional.empty(); // 내일에 대한 계획, 지금에 와서, 어제에 이어, 내일에 달려 있어요, 내일에 있을 회의
        }
        if (i > 0 && ClauseOrder.timeRunTurnedRound(words.subList(0, i + 1)).isPresent()) {
            return Optional.empty(); // 7시 저녁 내일에: the 에 closes the whole phrase turned round (session 25)
        }
        return Optional.of(new Finding(ErrorCategory.PARTICLE_WRONG, w, w.substring(0, w.length() - 1),
                "particle_wrong/time_without_particle"));
    }

    /** 305호에서 수건을 가져다주세요 → 305호에. */
    private static Optional<Finding> roomOfBringing(List<String> words, List<Morphology.Word> analysed, int i) {
        String w = words.get(i);
        int last = words.size() - 1;
        if (!ROOM.matcher(w).matches() || i == last || otherGoal(words, analysed, i)) {
            return Optional.empty();
        }
        Morphology.Word verb = analysed.get(last);
        String stem = VerbFrames.stem(verb);
        boolean bringing = BRING_FOR.matcher(words.get(last)).matches()
                || BRINGING.contains(stem) && (words.get(last).contains("주세요") || words.get(last).contains("주시")
                || words.get(last).contains("주십") || words.get(last).contains("드려"))
                || last > i + 1 && BRINGING.contains(VerbFrames.stem(analysed.get(last - 1)))
                && ParticleFrames.request(words, analysed, last - 1);
        if (!bringing) {
            return Optional.empty();
        }
        return Optional.of(new Finding(ErrorCategory.PARTICLE_WRONG, w, w.substring(0, w.length() - 2) + "에",
                "particle_wrong/action_place_for_goal"));
    }

    /** 왼쪽에 가십시오 → 왼쪽으로; 외쪽에 도십시오 → 외쪽으로 (the learner's spelling kept). */
    private static Optional<Finding> sideWithE(List<String> words, List<Morphology.Word> analysed, int i) {
        String noun = nounBefore(words.get(i), analysed.get(i), "에");
        if (noun == null || !SIDES.contains(noun)) {
            noun = misspeltTurn(words.get(i), analysed.get(i));
        }
        if (noun == null) {
            return Optional.empty();
        }
        int v = ParticleFrames.predicate(analysed, i);
        if (v < 0 || !going(words.get(v), analysed.get(v)) || analysed.get(v).has("ETM")
                || v != words.size() - 1 && !ParticleFrames.request(words, analysed, v)) {
            // 오른쪽에 가서 앉으세요, 왼쪽에 가면 있어요: the side as a place, in a clause before another
            return Optional.empty();
        }
        return Optional.of(new Finding(ErrorCategory.PARTICLE_WRONG, words.get(i), noun + "으로",
                "particle_wrong/location_for_way"));
    }

    /**
     * The noun of 왼쪽/오른쪽 misspelt by one letter, with 에 (외쪽에 → 외쪽, 오른족에 → 오른족), or null: the
     * side one turns to is still recognisable (session 13, eval21d). Only these two sides, so 저쪽 is never
     * read as 서쪽, and never a known side or place noun (이쪽, 위쪽, 앞쪽, 안쪽, 건너편 …).
     */
    private static String misspeltTurn(String surface, Morphology.Word w) {
        List<Morphology.Morpheme> m = w.morphemes();
        if (!surface.endsWith("에") || m.size() < 2 || !m.getLast().is("JKB") || !m.getLast().form().equals("에")) {
            return null;
        }
        String noun = surface.substring(0, surface.length() - 1);
        if (noun.isEmpty() || !noun.chars().allMatch(c -> Hangul.isSyllable((char) c)) || SIDES.contains(noun)
                || PLACE_SIDES.contains(noun)) {
            return null;
        }
        boolean near = TURNS.stream().anyMatch(s -> s.length() == noun.length() && Hangul.jamoDistance(s, noun) == 1);
        return near ? noun : null;
    }

    /** The sides one turns to, for a misspelling (왼쪽, 오른쪽). */
    private static final Set<String> TURNS = Set.of("왼쪽", "오른쪽");

    /** Sides and parts that name a place, one letter from 왼쪽 or not (위쪽, 이쪽, 외곽 …). */
    private static final Set<String> PLACE_SIDES = Set.of("이쪽", "그쪽", "저쪽", "위쪽", "윗쪽", "앞쪽", "뒤쪽", "안쪽",
            "옆쪽", "아래쪽", "바깥쪽", "건너편", "맞은편", "반대편", "양쪽", "한쪽", "어느쪽", "오른편", "왼편");

    /** 은행에 왼쪽으로 도세요 → 은행에서. */
    private static Optional<Finding> turningPoint(List<String> words, List<Morphology.Word> analysed, int i) {
        String noun = nounBefore(words.get(i), analysed.get(i), "에");
        if (noun == null || i + 2 >= words.size() || noun.endsWith("신호") || noun.endsWith("신호등")
                || Set.of("다음", "후", "뒤", "전", "때", "중").contains(noun) || i > 0 && analysed.get(i - 1).has("ETM")
                || !analysed.get(i).startsWith("NNG", "NNP") || ParticleFrames.time(analysed.get(i).morphemes().getFirst())) {
            return Optional.empty();
        }
        String side = words.get(i + 1);
        if (!SIDES.stream().anyMatch(s -> side.equals(s + "으로") || side.equals(s + "로"))) {
            return Optional.empty();
        }
        String verb = words.get(i + 2);
        boolean turn = verb.startsWith("돌") || verb.startsWith("도세") || verb.startsWith("도십") || verb.startsWith("꺾");
        if (!turn || words.stream().anyMatch(x -> x.endsWith("에서"))) {
            return Optional.empty();
        }
        return Optional.of(new Finding(ErrorCategory.PARTICLE_WRONG, words.get(i), noun + "에서",
                "particle_wrong/location_for_action_place"));
    }

    /**
     * 서울대학교에서 다닙니다 → 서울대학교에 (session 13, eval21d): the school, company or church one attends
     * with 에서 right before 다니다, whose institution takes 「…에」 or 「…을」 (표준국어대사전 '다니다' ②
     * 직장이나 학교 따위의 기관을 정기적으로 늘 갔다 오다). 에서 before 다니다 is the starting point of a
     * commute (집에서 다녀요), which an institution one attends is not. Only a finite form or -고 (있다),
     * -는데, -지만, -아/어서; left alone: a modifier (회사에서 다니는 버스: the bus runs from the company),
     * -면, -기, -다가, a sentence that names another goal or has another topic or object (헬스장은 회사에서
     * 다녀요: from work), and places not in the list (집, 기숙사).
     */
    private static Optional<Finding> attendedWithEseo(List<String> words, List<Morphology.Word> analysed, int i) {
        String noun = nounBefore(words.get(i), analysed.get(i), "에서");
        if (noun == null || !ATTENDED.contains(lastNoun(analysed.get(i))) || i + 1 >= words.size()) {
            return Optional.empty();
        }
        List<Morphology.Morpheme> verb = analysed.get(i + 1).morphemes();
        if (verb.isEmpty() || !verb.getFirst().is("VV") || !verb.getFirst().form().equals("다니")
                || !words.get(i + 1).startsWith("다")) {
            return Optional.empty();
        }
        String ending = verb.getLast().form();
        boolean finite = verb.getLast().is("EF") || verb.getLast().is("EC")
                && (ending.equals("고") || ending.endsWith("는데") || ending.equals("지만") || ending.endsWith("서"));
        if (!finite || otherGoal(words.subList(0, i + 1), analysed, i)) {
            return Optional.empty();
        }
        for (int k = 0; k < words.size(); k++) {
            Morphology.Word a = analysed.get(k);
            boolean own = a.startsWith("NP") && a.morphemes().size() == 2;
            if (k != i && !own && a.endsWith("JKO", "JX") && !a.morphemes().getLast().form().equals("도")) {
                return Optional.empty(); // 헬스장은 회사에서 다녀요: another place is the goal
            }
        }
        return Optional.of(new Finding(ErrorCategory.PARTICLE_WRONG, words.get(i), noun + "에",
                "particle_wrong/action_place_for_goal"));
    }

    /** Institutions one attends (다니다 ②): schools, workplaces, places of worship. */
    private static final Set<String> ATTENDED = Set.of("학교", "대학교", "대학", "대학원", "고등학교", "중학교",
            "초등학교", "회사", "학원", "유치원", "어린이집", "교회", "성당", "직장", "어학당", "어학원");

    /** 한 사람에서 얼마예요? → 한 사람에. */
    private static Optional<Finding> unitWithEseo(List<String> words, List<Morphology.Word> analysed, int i) {
        String w = words.get(i);
        if (!w.endsWith("에서") || w.length() < 3) {
            return Optional.empty();
        }
        String unit = w.substring(0, w.length() - 2);
        boolean counted = unit.equals("하나") || NUMBER_COUNTER.matcher(unit).matches()
                || i > 0 && NUMERALS.contains(words.get(i - 1)) && UNITS.contains(unit);
        if (!counted || i + 1 >= words.size()) {
            return Optional.empty();
        }
        List<String> rest = words.subList(i + 1, words.size());
        if (rest.stream().anyMatch(x -> x.contains("까지") || x.contains("사이") || x.contains("부터"))
                || !PRICE.matcher(rest.getFirst()).matches() && !(rest.size() > 1 && PRICE.matcher(rest.get(1)).matches()
                        && APPROXIMATION.matcher(rest.getFirst()).matches())) {
            return Optional.empty();
        }
        return Optional.of(new Finding(ErrorCategory.PARTICLE_WRONG, w, unit + "에",
                "particle_wrong/action_place_for_unit"));
    }

    /** The subject and topic particles an accepted answer asks a whereabouts with (지하철역이 어디예요). */
    private static final Set<String> ASKED_ABOUT = Set.of("이", "가", "은", "는");

    /**
     * The comparison's finding on a place with 에서 before a verb of going, named as the goal it is (session 22, s22a):
     * where the accepted answer asks where the place is (지하철역이 어디예요?) and the learner asks how to go there with
     * 에서 (지하철역에서 어떻게 가요?), the place is the goal of 가다, which takes it in 「…에」 (표준국어대사전 '가다' ①
     * 「…에」; '에서' ③ is where one starts from; Sohn 1999, goal 에 with verbs of motion), so the correction is
     * 지하철역에, not the accepted answer's subject 지하철역이. Read only with 어떻게 or nothing between the place and a
     * form of 가다/오다 right after it, in an answer that names no other goal; any other finding is returned as it is.
     *
     * @param f      a finding of the comparison
     * @param answer the learner's normalised answer
     * @return the finding with 에 as its correction, or {@code f}
     */
    static Finding goalAskedAbout(Finding f, String answer) {
        if (f.category() != ErrorCategory.PARTICLE_WRONG || f.original() == null || f.correction() == null) {
            return f;
        }
        String o = f.original().strip();
        String c = f.correction().strip();
        if (o.contains(" ") || !o.endsWith("에서") || o.length() < 3) {
            return f;
        }
        String noun = o.substring(0, o.length() - 2);
        if (!c.startsWith(noun) || !ASKED_ABOUT.contains(c.substring(noun.length()))) {
            return f;
        }
        List<String> words = List.of(answer.split(" "));
        int at = words.indexOf(o);
        int verb = at + 1 < words.size() && words.get(at + 1).equals("어떻게") ? at + 2 : at + 1;
        if (at < 0 || verb >= words.size()) {
            return f;
        }
        List<Morphology.Word> analysed = words.stream().map(w -> Morphology.analyse(w).getFirst()).toList();
        Morphology.Word v = analysed.get(verb);
        String stem = VerbFrames.stem(v);
        // read as written too: Nori may read 가요 as the noun 'song'
        boolean goingThere = SentenceCheck.goOrCome(words.get(verb))
                || v.startsWith("VV") && (stem.equals("가") || stem.equals("오") || stem.equals("갈"));
        if (!goingThere || otherGoal(words.subList(0, verb), analysed, at)) {
            return f;
        }
        return new Finding(ErrorCategory.PARTICLE_WRONG, o, noun + "에", "particle_wrong/action_place_for_goal");
    }

    /** A verb of going or turning (가십시오, 돌아가세요, 도세요, 꺾으세요). */
    private static boolean going(String surface, Morphology.Word w) {
        String stem = VerbFrames.stem(w);
        return GOING.contains(stem) || stem.equals("갈") && surface.startsWith("가")
                || surface.startsWith("도세") || surface.startsWith("도십") || VerbFrames.motion(w) && stem.endsWith("가");
    }

    /** The noun of a word that is nouns + this particle (병원에서 → 병원), or null. */
    private static String nounBefore(String surface, Morphology.Word w, String particle) {
        List<Morphology.Morpheme> m = w.morphemes();
        if (!surface.endsWith(particle) || m.size() < 2 || !m.getLast().is("JKB") || !m.getLast().form().equals(particle)) {
            return null;
        }
        for (Morphology.Morpheme x : m.subList(0, m.size() - 1)) {
            if (!x.is("NNG", "NNP")) {
                return null;
            }
        }
        String noun = surface.substring(0, surface.length() - particle.length());
        return noun.isEmpty() || !Hangul.isSyllable(noun.charAt(noun.length() - 1)) ? null : noun;
    }

    private static String lastNoun(Morphology.Word w) {
        List<Morphology.Morpheme> m = w.morphemes();
        return m.size() < 2 ? "" : m.get(m.size() - 2).form();
    }

    /** Whether another of these words names a goal or an end point (까지, a place with 에 or (으)로). */
    private static boolean otherGoal(List<String> words, List<Morphology.Word> analysed, int i) {
        for (int k = 0; k < words.size(); k++) {
            Morphology.Word a = analysed.get(k);
            if (k == i) {
                continue;
            }
            if (words.get(k).contains("까지") || a.endsWith("JKB") && Set.of("로", "으로").contains(a.morphemes().getLast().form())
                    || a.endsWith("JKB") && a.morphemes().getLast().form().equals("에")
                    && !ParticleFrames.time(a.morphemes().getFirst()) && !a.has("NNBC", "SN", "NR")) {
                return true;
            }
        }
        return false;
    }
}
