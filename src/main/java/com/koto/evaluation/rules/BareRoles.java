package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Particles that speech does not drop, left out of a noun an accepted answer gives that role (session 25, helper
 * s25e; called from {@link ParticleFrames#find(String, List, List)} after {@link AcceptedRoles}). Korean speech drops
 * 이/가 and 을/를 freely and often the 에 of a goal before a verb of going (집 가요, 학교 가요), but not the
 * adverbial particles of the other roles: the recipient's 에게/한테/께 (or 에 of an organisation), the place of an
 * action's 에서, and the (으)로 of what a thing is changed into or paid with (Yeon &amp; Brown 2019 on case-particle
 * ellipsis and on 에게/한테/께, 에서, (으)로; 표준국어대사전 '보내다' 「…에/에게 …을」, '두다' 「…에 …을」, '에서' ①
 * 앞말이 행동이 이루어지고 있는 처소임, '바꾸다' 「…을 …으로」). Each class needs both the learner's verb of that
 * frame and an accepted answer writing the learner's own noun with the particle of that role.
 * <ul>
 *   <li>{@code particle_missing/dative} (께: {@code particle_missing/honorific_dative}),
 *       {@code particle_missing/location} and {@code particle_missing/result}:
 *       a bare noun right before the object (a noun with 을/를) of a verb of giving, sending or putting (보내다,
 *       주다, 드리다, 전하다, 제출하다, 두다, 놓다, 넣다, 맡기다) or of changing or paying (바꾸다, 교환하다, 내다,
 *       계산하다), where an accepted answer writes that noun with 에게, 한테, 께 or 에 (giving, putting) or (으)로
 *       (changing, paying) and writes the object too: 거래처 보고서를 보내겠습니다 → 거래처에, 제 방 우산을 두고
 *       왔는데 → 방에. Two bare nouns in a row read as one noun phrase ('the client's report', 'the umbrella of my
 *       room'), so the recipient or place is lost. Left alone: a noun an accepted answer writes bare before the
 *       same object (회사 보고서를), times (3시 보고서를 보내겠습니다: the 에 of a time drops), pronouns, and the
 *       object dropped itself (거래처에 보고서 보내겠습니다, 보고서 보내겠습니다);</li>
 *   <li>{@code particle_missing/action_place}: a bare noun right before a verb of action (일하다, 만나다, 공부하다,
 *       먹다 …) where an accepted answer writes that noun with 에서 right before the same verb: 마케팅팀 일하게
 *       되었습니다 → 마케팅팀에서, 학교 근처 카페 만날까요? → 카페에서. Left alone: verbs of going (집 가요,
 *       학교 가요: the goal's 에 drops, and 집에서 가요 has another sense), verbs whose place takes either 에 or
 *       에서 (살다, 기다리다), 하다 alone, times and pronouns;</li>
 *   <li>{@code particle_missing/result}: a bare noun right before a verb of changing whose object is written, where
 *       an accepted answer changes into that noun ({@link #resultOfChange}): 금요일 표를 토요일 바꿀 수 있습니까? →
 *       토요일로.</li>
 *   <li>session 26 (s26e): the means of paying before 계산하다/지불하다 ({@link #meansOfPaying}: 카드 계산했어요 →
 *       카드로), the place of 있다/없다 an accepted answer writes with 에 ({@link #placeOfBeing}: 집 없어서 → 집에), a
 *       floor before a verb of action ({@link #floorOfAction}: 몇 층 먹을 수 있어요? → 층에서), and the speaker as the
 *       recipient of a request to get in touch ({@link #recipientOfRequest}: 저 연락해 주세요 → 저한테).</li>
 *   <li>session 35 (s35c), on the learner's own words with no accepted answer needed: the place a thing is put, bare
 *       between the object and a verb of putting (남은 음식을 봉투 넣어 주세요 → 봉투에) is {@link PutGoals}' business;
 *       the end of a trip whose length is asked ({@link #endOfTripAsked}: 시청 걸어서 얼마나 걸려? → 시청까지); and
 *       the means of paying of {@link #meansOfPaying} when it is a means of paying by its own word (카드, 현금), whatever
 *       the accepted answer writes.</li>
 * </ul>
 */
final class BareRoles {

    /** Verbs of giving, sending and putting: their recipient or place takes 에게/한테/께/에. */
    private static final Set<String> GIVING_OR_PUTTING = Set.of("보내", "부치", "주", "드리", "전하", "전달하", "제출하",
            "두", "놓", "넣", "맡기", "보관하", "갖다주", "가져다주", "건네주", "빌려주");

    /** Verbs of changing and paying: the thing changed into or paid with takes (으)로. */
    private static final Set<String> CHANGING_OR_PAYING = Set.of("바꾸", "교환하", "환전하", "내", "계산하", "결제하",
            "지불하");

    /** Verbs of action whose place takes 에서 (as {@link AcceptedRoles}, without the verbs of riding). */
    private static final Set<String> ACTIONS = Set.of("자", "먹", "마시", "사", "팔", "놀", "쉬", "만나", "뵙", "뵈",
            "읽", "찍", "배우", "일하", "공부하", "운동하", "수영하", "요리하", "쇼핑하", "식사하", "산책하", "구경하",
            "근무하", "회의하", "환전하", "계산하", "결제하", "주문하", "사용하", "이용하");

    /** Verbs of meeting, plain and humble: one frame (카페에서 뵐까요 for 카페 만날까요). */
    private static final Set<String> MEETING = Set.of("만나", "뵙", "뵈");

    /** Pronouns and question words: their particle is judged elsewhere or not at all. */
    private static final Set<String> PRONOUNS = Set.of("저", "나", "너", "우리", "저희", "제", "내", "뭐", "무엇", "누구",
            "이거", "그거", "저거", "이것", "그것", "저것", "어디", "여기", "거기", "저기", "언제", "이곳", "그곳", "저곳");

    /** Nouns of time, whose 에 drops in speech (내일 아침 보내 드릴게요, 3시 만나요). */
    private static final Set<String> TIMES = Set.of("오늘", "내일", "어제", "모레", "아침", "점심", "저녁", "밤", "오전",
            "오후", "새벽", "주말", "평일", "지금", "나중", "방금", "이따", "다음", "이번", "지난", "매일", "올해", "내년",
            "작년", "이번주", "다음주", "처음", "마지막");

    /** Last syllables of nouns of time (3시, 5분, 월요일, 10일, 다음 주, 그날, 연말). */
    private static final Pattern TIME_END = Pattern.compile(".*(시|분|초|일|월|년|주|날|때|쯤|말)");

    private BareRoles() {
    }

    /**
     * The findings on the learner's raw answer.
     *
     * @param raw      the answer as written
     * @param expected the accepted answers as written
     * @return particle findings, in the order of the words; empty when none applies
     */
    static List<Finding> find(String raw, List<String> expected) {
        // a noun with a comma after it is the one addressed (팀장님, 자료를 보내 드릴게요), not a recipient or a place
        return AcceptedRoles.eachWord(raw, expected, (surface, word) -> !raw.contains(surface + ","), (words, analysed, at, m) ->
                (bareNoun(words.get(at), analysed.get(at))
                        ? beforeObject(words, analysed, at, m).or(() -> beforeAction(words, analysed, at, m))
                                .or(() -> NamedRoles.recipientNamed(raw, expected, words, analysed, at, m))
                                .or(() -> NamedRoles.partnerOfMeal(words, analysed, at, m))
                                .or(() -> NamedRoles.placeBeforeObject(words, analysed, at, m))
                                .or(() -> meansOfPaying(words, analysed, at, m))
                                .or(() -> placeOfBeing(words, analysed, at, m))
                                .or(() -> endOfTripAsked(words, analysed, at))
                        : Optional.<Finding>empty())
                        .or(() -> resultOfChange(words, analysed, at, m))
                        .or(() -> floorOfAction(words, analysed, at))
                        .or(() -> recipientOfRequest(words, analysed, at)));
    }

    /** The means of going that may stand between the end of a trip and the question of its length. */
    private static final Set<String> MEANS_OF_GOING = Set.of("걸어서", "버스로", "차로", "택시로", "지하철로", "자전거로",
            "기차로", "비행기로");

    /**
     * {@code particle_missing/until}: a place, bare right before the question of how long the trip takes (session 35,
     * s35c): 시청 걸어서 얼마나 걸려? → 시청까지, 공항 택시로 몇 분 걸려요? → 공항까지. 걸리다 of time takes the stretch
     * with 까지 (표준국어대사전 '까지' ① 어떤 일이나 상태 따위에 관련되는 범위의 끝; '걸리다' ② 「…이」 시간이 들다); a place
     * bare there is neither the subject (the time is) nor an object. Only a noun that names a place by its last part
     * ({@link GovernedArguments#PLACE_END}: 시청, 인천공항, 서울역), then a means of going (걸어서, 버스로), then 얼마나 or 몇
     * and a form of 걸리다 later in the sentence: the means makes the sentence one about the trip, so the place can only
     * be its end. Without it (서울역 얼마나 걸려요?, a passenger naming the destination) the fragment is left alone, as
     * session 29 decided ({@code ParticleRecallSession29Test}). No accepted answer is read.
     */
    private static Optional<Finding> endOfTripAsked(List<String> words, List<Morphology.Word> analysed, int i) {
        String noun = words.get(i);
        if (!GovernedArguments.PLACE_END.matcher(noun).matches()) {
            return Optional.empty();
        }
        int k = i + 2;
        if (!MEANS_OF_GOING.contains(words.get(i + 1))
                || k + 1 >= words.size() || !Set.of("얼마나", "몇").contains(words.get(k))) {
            return Optional.empty();
        }
        for (int v = k + 1; v < analysed.size(); v++) {
            if (analysed.get(v).verbal() && "걸리".equals(VerbFrames.stem(analysed.get(v)))) {
                return Optional.of(new Finding(ErrorCategory.PARTICLE_MISSING, noun, noun + "까지",
                        "particle_missing/until"));
            }
        }
        return Optional.empty();
    }

    /** Verbs of paying whose means takes (으)로 and forms no compound noun with it (카드 결제 is one: left alone). */
    private static final Set<String> PAYING = Set.of("계산하", "지불하");

    /**
     * {@code particle_missing/means}: the means of paying, bare right before 계산하다/지불하다 with no object, where an
     * accepted answer writes that noun with (으)로 (session 26, s26e): 카드 계산했어요 → 카드로, 현금 계산할게요 → 현금으로
     * (표준국어대사전 '로' 「조사」 ③ 어떤 일의 수단·도구; Yeon &amp; Brown 2019 on (으)로 of means). Left alone: 결제하다 and
     * 내다 (카드 결제할게요: 카드 결제 is a compound noun; 카드 낼게요 'hand over the card'), an object in the sentence
     * ({@link #beforeObject} reads 카드 돈을 내요), a noun no accepted answer writes with (으)로.
     */
    private static Optional<Finding> meansOfPaying(List<String> words, List<Morphology.Word> analysed, int i,
            List<SpeechLevels.AnalysedSentence> models) {
        Morphology.Word verb = analysed.get(i + 1);
        if (!verb.verbal() || !PAYING.contains(VerbFrames.stem(verb))
                || analysed.stream().anyMatch(x -> x.endsWith("JKO") && !x.verbal())) {
            return Optional.empty();
        }
        String noun = words.get(i);
        String means = noun + ParticleFrames.direction(noun);
        // a means of paying by its own word needs no accepted answer (session 35, s35c: 0 false alarms on all sets)
        return FrameRoles.MEANS_OF_PAYING.contains(noun) || models.stream().anyMatch(s -> s.words().contains(means))
                ? Optional.of(new Finding(ErrorCategory.PARTICLE_MISSING, noun, means, "particle_missing/means"))
                : Optional.empty();
    }

    /** Verbs of being somewhere: 있다, 없다, 계시다 「…에」. */
    private static final Set<String> BEING = Set.of("있", "없", "계시");

    /**
     * {@code particle_missing/location}: the place of 있다/없다/계시다, bare right before the verb, where an accepted
     * answer writes that noun with 에 right before one of them (session 26, s26e): 내일 제가 집 없어서 → 집에 (accepted
     * 집에 없어서). 있다 and 없다 of being somewhere take 「…에」 (표준국어대사전 '있다' ①, '없다' ①; Yeon &amp; Brown 2019
     * on 에 of location). The accepted answer is needed: a bare noun before 있다/없다 is most often what one has (집 없어요
     * 'I have no house', 시간 없어요, 카페 있어요? 'is there a café'), and then the task would write it so.
     */
    private static Optional<Finding> placeOfBeing(List<String> words, List<Morphology.Word> analysed, int i,
            List<SpeechLevels.AnalysedSentence> models) {
        Morphology.Word verb = analysed.get(i + 1);
        if (!verb.verbal() || !BEING.contains(VerbFrames.stem(verb))) {
            return Optional.empty();
        }
        String noun = words.get(i);
        for (SpeechLevels.AnalysedSentence s : models) {
            List<String> w = s.words();
            for (int k = 0; k + 1 < w.size(); k++) {
                if (w.get(k).equals(noun + "에") && s.analysed().get(k + 1).verbal()
                        && BEING.contains(VerbFrames.stem(s.analysed().get(k + 1)))) {
                    return Optional.of(new Finding(ErrorCategory.PARTICLE_MISSING, noun, noun + "에",
                            "particle_missing/location"));
                }
            }
        }
        return Optional.empty();
    }

    /** Verbs of action a floor can only be the place of (not 쓰다, 이용하다, 예약하다: 2층 이용하세요 takes it as object). */
    private static final Set<String> FLOOR_ACTIONS = Set.of("먹", "마시", "사", "팔", "놀", "쉬", "만나", "뵙", "일하",
            "공부하", "운동하", "식사하", "계산하", "결제하", "주문하", "환전하", "근무하", "회의하", "수영하", "흡연하", "피우");

    /** A floor: 층 after 몇 or a numeral, or digits with 층 (2층, 지하 1층). */
    private static final Pattern FLOOR = Pattern.compile("[0-9]+층|층");

    /**
     * {@code particle_missing/action_place}: a floor, bare right before a verb of action (session 26, s26e): 몇 층 먹을
     * 수 있어요? → 층에서, 2층 식사할 수 있어요 → 2층에서. A floor is a place, never what one eats, buys or meets, so
     * the action's place takes 에서 (표준국어대사전 '에서' ①; '층' ②). Only 층 after 몇 or a numeral or written with
     * digits; the verbs that take a floor as object (이용하다, 쓰다, 예약하다, 청소하다) and verbs of going (몇 층 가요:
     * the goal's 에 drops) are not listed.
     */
    private static Optional<Finding> floorOfAction(List<String> words, List<Morphology.Word> analysed, int i) {
        String w = words.get(i);
        Morphology.Word verb = analysed.get(i + 1);
        String before = i > 0 ? words.get(i - 1) : "";
        boolean floor = FLOOR.matcher(w).matches() && (!w.equals("층") || i > 0 && (before.equals("몇")
                || analysed.get(i - 1).startsWith("NR", "SN") || before.chars().allMatch(Character::isDigit)));
        if (!floor || !verb.verbal() || !FLOOR_ACTIONS.contains(VerbFrames.stem(verb))) {
            return Optional.empty();
        }
        return Optional.of(new Finding(ErrorCategory.PARTICLE_MISSING, w, w + "에서", "particle_missing/action_place"));
    }

    /** Verbs of reaching or telling a person, whose recipient takes 에게/한테 「…에게」. */
    private static final Set<String> REACHING = Set.of("연락하", "전화하", "문자하", "답장하", "말하", "얘기하",
            "이야기하", "알리", "물어보", "묻");

    /** The speaker as a pronoun (저, 나, 저희, 우리). */
    private static final Set<String> SPEAKER = Set.of("저", "나", "저희", "우리");

    /** The auxiliary 주다 of a request to the listener (주세요, 줘, 줄래요?, 주시겠어요?, 주실 수 있어요?). */
    private static final Pattern ASKED_FAVOUR = Pattern.compile("(주세요|줘|줘요|줄래|줄래요|주실래요|주시겠어요|주시겠습니까|"
            + "주십시오|주실|주시면|주면)");

    /**
     * {@code particle_missing/dative}: the speaker as the person to be reached, bare before a request of 연락하다,
     * 전화하다, 말하다, 알리다, 묻다 (session 26, s26e): 오면 저 연락해 주세요 → 저한테, 도착하면 나 전화해 줘 → 나한테. The
     * subject of a request is the listener, so the pronoun of the speaker before it is the recipient, which these
     * verbs take with 에게/한테 (표준국어대사전 '연락하다' 「…에/에게」, '전화하다', '말하다' 「…에게」; Yeon &amp; Brown 2019 on
     * 에게/한테; speech does not drop it as it drops 을/를). Only 저, 나, 저희, 우리 right before the verb, and only with
     * the auxiliary 주다 of a request after it or -(으)세요 on it; 저 연락할게요 (the speaker as subject) and 저 좀
     * 도와주세요 (not a verb of reaching) are left alone.
     */
    private static Optional<Finding> recipientOfRequest(List<String> words, List<Morphology.Word> analysed, int i) {
        String w = words.get(i);
        Morphology.Word verb = analysed.get(i + 1);
        if (!SPEAKER.contains(w) || !verb.verbal() || !REACHING.contains(VerbFrames.stem(verb))) {
            return Optional.empty();
        }
        String v = words.get(i + 1);
        boolean asked = v.endsWith("세요") || v.endsWith("십시오")
                || i + 2 < words.size() && analysed.get(i + 1).endsWith("EC") && !v.endsWith("고") && !v.endsWith("서")
                        && ASKED_FAVOUR.matcher(words.get(i + 2)).matches();
        return asked ? Optional.of(new Finding(ErrorCategory.PARTICLE_MISSING, w, w + "한테", "particle_missing/dative"))
                : Optional.empty();
    }

    /** 거래처 보고서를 보내겠습니다 → 거래처에; 제 방 우산을 두고 왔는데 → 방에. */
    private static Optional<Finding> beforeObject(List<String> words, List<Morphology.Word> analysed, int i,
            List<SpeechLevels.AnalysedSentence> models) {
        if (i + 2 >= words.size() || !analysed.get(i + 1).endsWith("JKO") || analysed.get(i + 1).verbal()) {
            return Optional.empty();
        }
        String noun = words.get(i);
        String object = objectNoun(words.get(i + 1));
        int v = i + 2;
        while (v < words.size() - 1 && analysed.get(v).startsWith("MAG") && analysed.get(v).morphemes().size() == 1) {
            v++; // 좀, 꼭, 다시
        }
        String stem = VerbFrames.stem(analysed.get(v));
        List<String> particles = GIVING_OR_PUTTING.contains(stem) ? List.of("에게", "한테", "께", "에")
                : CHANGING_OR_PAYING.contains(stem) ? List.of("으로", "로") : List.of();
        if (object == null || particles.isEmpty()) {
            return Optional.empty();
        }
        for (SpeechLevels.AnalysedSentence s : models) {
            List<String> w = s.words();
            for (int k = 0; k + 1 < w.size(); k++) {
                if (w.get(k).equals(noun) && (object.equals(objectNoun(w.get(k + 1))) || w.get(k + 1).equals(object))) {
                    return Optional.empty(); // an accepted answer writes the two as one noun phrase
                }
            }
        }
        for (SpeechLevels.AnalysedSentence s : models) {
            List<String> w = s.words();
            boolean objectWritten = w.contains(object) || w.stream().anyMatch(x -> object.equals(objectNoun(x)));
            for (String p : particles) {
                if (objectWritten && w.contains(noun + p) && fits(noun, p)) {
                    String subtype = p.endsWith("로") ? "particle_missing/result"
                            : p.equals("에") && !GIVING_OR_PUTTING_PERSON.contains(stem) ? "particle_missing/location"
                            : p.equals("께") ? "particle_missing/honorific_dative" : "particle_missing/dative";
                    return Optional.of(new Finding(ErrorCategory.PARTICLE_MISSING, noun, noun + p, subtype));
                }
            }
        }
        return Optional.empty();
    }

    /** The verbs of giving and sending (the others put a thing somewhere). */
    private static final Set<String> GIVING_OR_PUTTING_PERSON = Set.of("보내", "부치", "주", "드리", "전하", "전달하",
            "제출하", "갖다주", "가져다주", "건네주", "빌려주");

    /** 마케팅팀 일하게 되었습니다 → 마케팅팀에서; 카페 만날까요? → 카페에서. */
    private static Optional<Finding> beforeAction(List<String> words, List<Morphology.Word> analysed, int i,
            List<SpeechLevels.AnalysedSentence> models) {
        Morphology.Word verb = analysed.get(i + 1);
        String stem = VerbFrames.stem(verb);
        if (!verb.verbal() || !ACTIONS.contains(stem)) {
            return Optional.empty();
        }
        String noun = words.get(i);
        for (SpeechLevels.AnalysedSentence s : models) {
            List<String> w = s.words();
            for (int k = 0; k + 1 < w.size(); k++) {
                if (!w.get(k).equals(noun + "에서")) {
                    continue;
                }
                String other = VerbFrames.stem(s.analysed().get(k + 1));
                if (s.analysed().get(k + 1).verbal()
                        && (other.equals(stem) || MEETING.contains(other) && MEETING.contains(stem))) {
                    return Optional.of(new Finding(ErrorCategory.PARTICLE_MISSING, noun, noun + "에서",
                            "particle_missing/action_place"));
                }
            }
        }
        return Optional.empty();
    }

    /** Verbs of changing: what a thing is changed into takes (으)로, 「…을 …으로」. */
    private static final Set<String> CHANGES = Set.of("바꾸", "교환하", "환전하", "변경하");

    /**
     * 금요일 표를 토요일 바꿀 수 있습니까? → 토요일로: a bare noun (a time too) right before a verb of changing, the
     * thing given up written before it with 을/를, where an accepted answer writes that noun with (으)로, or bare
     * before a noun with (으)로 (토요일 표로), before a verb of changing. Left alone: a noun the accepted answer does
     * not change into (표를 내일 바꿀 수 있어요? 'tomorrow'), and a sentence with no object (창가 자리 바꿀 수
     * 있어요? may name the seat given up).
     */
    private static Optional<Finding> resultOfChange(List<String> words, List<Morphology.Word> analysed, int i,
            List<SpeechLevels.AnalysedSentence> models) {
        String noun = words.get(i);
        Morphology.Word word = analysed.get(i);
        Morphology.Word verb = analysed.get(i + 1);
        if (word.morphemes().isEmpty() || !word.morphemes().stream().allMatch(x -> x.is("NNG", "NNP", "SL", "XSN"))
                || PRONOUNS.contains(noun) || !verb.verbal() || !CHANGES.contains(VerbFrames.stem(verb))
                || analysed.subList(0, i).stream().noneMatch(x -> x.endsWith("JKO") && !x.verbal())) {
            return Optional.empty();
        }
        String direction = noun + ParticleFrames.direction(noun);
        for (SpeechLevels.AnalysedSentence s : models) {
            List<String> w = s.words();
            for (int k = 0; k + 1 < w.size(); k++) {
                boolean result = w.get(k).equals(direction) && changing(s, k + 1)
                        || w.get(k).equals(noun) && k + 2 < w.size() && (w.get(k + 1).endsWith("로"))
                        && s.analysed().get(k + 1).endsWith("JKB") && changing(s, k + 2);
                if (result) {
                    return Optional.of(new Finding(ErrorCategory.PARTICLE_MISSING, noun, direction,
                            "particle_missing/result"));
                }
            }
        }
        return Optional.empty();
    }

    /** Whether word {@code k} of an accepted sentence is a verb of changing. */
    private static boolean changing(SpeechLevels.AnalysedSentence s, int k) {
        return s.analysed().get(k).verbal() && CHANGES.contains(VerbFrames.stem(s.analysed().get(k)));
    }

    /** Whether the word is a noun alone (one or more nouns, no particle), not a pronoun or a time. */
    private static boolean bareNoun(String surface, Morphology.Word w) {
        List<Morphology.Morpheme> m = w.morphemes();
        if (m.isEmpty() || !m.getFirst().is("NNG", "NNP", "SL") || PRONOUNS.contains(surface) || TIMES.contains(surface)
                || TIME_END.matcher(surface).matches() || surface.chars().anyMatch(Character::isDigit)) {
            return false;
        }
        return m.stream().allMatch(x -> x.is("NNG", "NNP", "SL", "XSN"));
    }

    /** The noun of a word written as a noun + 을/를 that fits it (보고서를 → 보고서), or null. */
    private static String objectNoun(String word) {
        for (String p : List.of("을", "를")) {
            if (word.length() > 1 && word.endsWith(p)) {
                String noun = word.substring(0, word.length() - 1);
                return fits(noun, p) ? noun : null;
            }
        }
        return null;
    }

    /** Whether the particle fits the noun's last syllable (을, 으로 after a consonant; 를, 로 after a vowel; 로 after ㄹ). */
    private static boolean fits(String noun, String particle) {
        char last = noun.charAt(noun.length() - 1);
        if (last < '가' || last > '힣') {
            return true;
        }
        int fin = (last - '가') % 28;
        return switch (particle) {
            case "을", "으로" -> fin != 0 && (fin != 8 || particle.equals("을"));
            case "를", "로" -> fin == 0 || fin == 8 && particle.equals("로");
            default -> true;
        };
    }
}
