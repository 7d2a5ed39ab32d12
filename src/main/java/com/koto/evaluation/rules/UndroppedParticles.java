package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.text.Hangul;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Particles speech does not drop, left out where the learner's own words fix the noun's role, whatever the accepted
 * answers write (session 27, helper s27a; called from {@link CertainRoles#find} after its own classes, so a finding
 * here fails the answer as a check on the learner's own words does). Speech drops 이/가 and 을/를, the 에 of a goal
 * before 가다/오다 (집 가요) and the 에 of a time (3시 만나요); it keeps the adverbial particles of place, means and
 * range when nothing else in the sentence gives the noun its role (Yeon &amp; Brown 2019 on case-particle ellipsis and
 * on 에, 에서, (으)로, 부터/까지; 국립국어원 한국어 표준 문법 on 부사격 조사). Each class reads a shape where the
 * bare noun can be neither the subject nor the object of the verb after it:
 * <ul>
 *   <li>{@code particle_missing/location} and {@code particle_missing/action_place}: a noun of relative position
 *       (앞, 뒤, 옆, 근처, 건너편 …) after the noun it locates, bare right before a verb (or an adverb and a verb)
 *       of being, living or waiting, or of an action done there ({@link #positionBeforeVerb}): 우체국 옆 있어요 →
 *       옆에, 역 근처 있는 카페 → 근처에, 편의점 앞 잠깐 세워 주세요 → 앞에서, 도서관 앞 만나자 → 앞에서. A
 *       position noun names a place, never what is had, met or stopped (표준국어대사전 '앞' ②, '근처' 「명사」;
 *       '있다' 「…에」, '에서' ①). Left alone: a position noun before a noun (역 근처 카페, 창가 쪽 자리), before
 *       a verb of going (speech drops that 에), 안 (also the negator), the first word of a sentence, and verbs whose
 *       subject it may be (비다, 막히다, 보이다, adjectives);</li>
 *   <li>{@code particle_missing/action_place}: 어디 bare right before a verb of an action done somewhere (하다,
 *       만나다, 먹다, 기다리다, 일하다, 공부하다, 갈아타다 …): 접수 어디 해요? → 어디서 ({@link #whereOfAction}).
 *       어디 of a goal or of being drops its 에 (어디 가요?, 어디 있어요?, 어디 살아요?) and 어디 may be the
 *       object of a verb of choosing (어디 예약했어요?, 어디 추천해요?): those verbs are not listed;</li>
 *   <li>{@code particle_missing/from}: a bare time right before a time of the same kind with 까지 (금요일
 *       월요일까지 → 금요일부터, 3시 5시까지 → 3시부터; {@link #startOfRange}): two days, hours, dates or months in a
 *       row are a range, whose start takes 부터 (표준국어대사전 '부터' ①, '까지' ①). A day before an hour (내일
 *       3시까지) narrows it and is left alone;</li>
 *   <li>{@code particle_missing/direction}: a vehicle bare before a place with 에/까지/(으)로 and a verb of going
 *       whose subject is a person ({@link #vehicleBeforeGoal}): KTX 부산에 가서 해산물을 먹었어요 → KTX로 (표준국어대사전
 *       '로' ③ 수단·도구). A person goes by the vehicle; the vehicle before the goal is no subject of the person's
 *       going. Left alone: a determiner before the vehicle (이 버스 부산에 가요?: the bus is the subject), a place
 *       that makes a compound with it (버스 정류장에, 택시 안에), 오다, and 가다 in a form whose subject may be the
 *       vehicle;</li>
 *   <li>{@code particle_missing/direction}: a language bare before 된, 쓰인 or 적힌 (영어 된 지도 → 영어로, 한국어
 *       쓰여 있어요 → 한국어로; {@link #languageOfWriting}): what a text is made or written in takes (으)로 (표준국어대사전
 *       '되다' 「…으로」 ⑧, '로' ③). Left alone: 영어 돼요? and 영어 되는 직원 ('can speak English': the language
 *       is the subject).</li>
 * </ul>
 */
final class UndroppedParticles {

    /** Nouns of relative position, which locate the noun before them (not 안: it is also the negator). */
    private static final Set<String> POSITIONS = Set.of("앞", "뒤", "옆", "근처", "밖", "위", "아래", "밑", "사이",
            "건너편", "맞은편", "건너", "주변", "근방", "앞쪽", "뒤쪽", "옆쪽", "반대편", "바깥", "입구", "앞편", "뒤편");

    /** Sides that name a place without a noun before them. */
    private static final Set<String> SIDES = Set.of("오른쪽", "왼쪽", "건너편", "맞은편", "반대편");

    /** Verbs of being, living and staying somewhere: their place takes 에. */
    private static final Set<String> BEING = Set.of("있", "없", "계시", "살", "머물", "묵");

    /** Verbs of putting: the place takes 에. */
    private static final Set<String> PUTTING = Set.of("두", "놓", "넣", "붙이", "올리", "올려놓", "내려놓");

    /**
     * Verbs of an action done at a place: the place takes 에서. Not 보다 (앞 봐요 'look ahead': the position is its
     * object), 타다 (앞 타요 'ride in front').
     */
    private static final Set<String> ACTING = Set.of("세우", "기다리", "만나", "뵙", "뵈", "모이", "내리", "갈아타",
            "주차하", "놀", "먹", "마시", "쉬", "일하", "공부하", "운동하", "산책하", "찍", "쇼핑하", "식사하", "근무하");

    /** Verbs of an action done at a place that 어디 cannot be the object of (not 보다, 사다, 예약하다, 찾다). */
    private static final Set<String> ACTING_WHERE = Set.of("하", "만나", "뵙", "뵈", "먹", "마시", "기다리", "일하",
            "공부하", "근무하", "운동하", "갈아타", "환전하", "결제하", "계산하", "접수하", "신청하", "발급받", "받",
            "쇼핑하", "식사하", "배우", "모이", "출발하", "떠나");

    /** Adverbs that may stand between a place and its verb. */
    private static final Set<String> ADVERBS = Set.of("잠깐", "잠시", "좀", "꼭", "다시", "빨리", "먼저", "같이", "잘",
            "조금", "계속", "오래", "항상", "자주", "지금", "혼자", "함께");

    /** Vehicles, as {@link CertainRoles}. */
    private static final Set<String> VEHICLES = Set.of("버스", "지하철", "택시", "기차", "비행기", "KTX", "전철",
            "고속버스", "시내버스", "자전거", "SRT", "ktx", "고속열차", "열차", "페리");

    /** Places that make one noun with a vehicle before them (버스 정류장, 택시 승강장, 지하철 역, 기차 표). */
    private static final Set<String> VEHICLE_COMPOUNDS = Set.of("정류장", "정거장", "역", "터미널", "승강장", "타는",
            "회사", "표", "노선", "요금", "시간", "카드", "기사", "기사님", "안", "밖", "앞", "뒤", "옆", "근처", "쪽", "편",
            "출구", "입구", "정류소", "환승", "시간표");

    /** Determiners and words that make a vehicle a particular one (이 버스, 다음 기차, 막차). */
    private static final Set<String> DETERMINERS = Set.of("이", "그", "저", "다음", "이번", "마지막", "첫", "어느", "무슨",
            "몇", "그런", "이런", "어떤", "번", "호선");

    /** Verbs of going whose subject a vehicle cannot be in the speaker's forms. */
    private static final Set<String> GOING = Set.of("가", "다녀오", "갔다오", "여행가", "놀러가", "내려가", "올라가",
            "돌아가");

    /** Forms of going whose subject is a person: obligation, proposal, choice, promise, intention. */
    private static final Pattern PERSON_FORM = Pattern.compile(".*(야|까|까요|래|래요|게|게요|려고|려고요|자)$");

    /** Languages and scripts. */
    private static final Pattern LANGUAGE = Pattern.compile("(영어|한국어|일본어|중국어|[가-힣]{1,5}어|한국말|한글|한자|영문|"
            + "국문|점자|외국어)");

    /** Nouns in 어 that are no language. */
    private static final Set<String> NOT_LANGUAGES = Set.of("단어", "언어", "연어", "문어", "상어", "고등어", "오징어",
            "붕어", "장어", "숭어", "잉어", "은어", "송어", "청어", "용어", "표어", "주어", "목적어", "술어", "부사어",
            "수식어", "외래어", "숙어", "속어", "존댓말");

    /** A day of the week, a date, an hour or a month, written in one word (금요일, 5일, 3시, 10월). */
    private static final Pattern WEEKDAY = Pattern.compile("[월화수목금토일]요일");
    private static final Pattern DATE = Pattern.compile("[0-9]{1,2}일");
    private static final Pattern HOUR = Pattern.compile("[0-9]{1,2}시(반)?");
    private static final Pattern MONTH = Pattern.compile("[0-9]{1,2}월");

    private UndroppedParticles() {
    }

    /**
     * The finding on word {@code i} of one learner sentence, or empty.
     *
     * @param words    the sentence's words as written, without sentence marks
     * @param analysed their analyses
     * @param i        the word read, not the last
     * @return the particle left out, with the noun and the noun + particle as its spans
     */
    static Optional<Finding> find(List<String> words, List<Morphology.Word> analysed, int i) {
        return positionBeforeVerb(words, analysed, i)
                .or(() -> whereOfAction(words, analysed, i))
                .or(() -> startOfRange(words, i))
                .or(() -> vehicleBeforeGoal(words, analysed, i))
                .or(() -> languageOfWriting(words, analysed, i));
    }

    /** 편의점 앞 잠깐 세워 주세요 → 앞에서; 역 근처 있는 카페 → 근처에. */
    static Optional<Finding> positionBeforeVerb(List<String> words, List<Morphology.Word> analysed, int i) {
        String noun = words.get(i);
        boolean located = POSITIONS.contains(noun) && i > 0 && locatedNoun(words.get(i - 1), analysed.get(i - 1));
        if (!located && !(SIDES.contains(noun) && (i == 0 || !analysed.get(i - 1).startsWith("NNG", "NNP", "MM", "NP")))) {
            return Optional.empty();
        }
        int v = i + 1;
        while (v < words.size() - 1 && ADVERBS.contains(words.get(v))) {
            v++;
        }
        Morphology.Word verb = analysed.get(v);
        if (!verb.verbal() || !verb.startsWith("VV", "VA", "VX")) {
            return Optional.empty();
        }
        String stem = VerbFrames.stem(verb);
        boolean own = Hangul.sameInitial(words.get(v), stem);
        // 뒤 and 사이 are also times (수업 뒤, 수업 사이): only a verb of being makes them places
        boolean placeOnly = !noun.equals("뒤") && !noun.equals("사이");
        String particle = !own ? null : BEING.contains(stem) || PUTTING.contains(stem) && placeOnly ? "에"
                : ACTING.contains(stem) && verb.startsWith("VV") && placeOnly ? "에서" : null;
        if (particle == null || BEING.contains(stem) && !verb.endsWith("ETM") && placedBefore(words, analysed, i)) {
            return Optional.empty();
        }
        return Optional.of(new Finding(ErrorCategory.PARTICLE_MISSING, noun, noun + particle,
                particle.equals("에") ? "particle_missing/location" : "particle_missing/action_place"));
    }

    /**
     * Whether the clause already names the place with 에 before the noun (이 근처에 2호선 입구 있어요?, 1층에 화장실 옆
     * 없어요?; a time in 에 is no place, and a relative clause's 있는 is left to the check): then the bare noun before 있다/없다 is the thing that is there, its subject, whose 이/가 speech drops
     * (session 38, s38a; Sohn 1999, case-marker ellipsis; 표준국어대사전 '있다' ①: 'N에 N이 있다'), not a second place.
     */
    private static boolean placedBefore(List<String> words, List<Morphology.Word> analysed, int i) {
        for (int k = 0; k < i - 1; k++) {
            List<Morphology.Morpheme> ms = analysed.get(k).morphemes();
            String noun = words.get(k).endsWith("에") ? words.get(k).substring(0, words.get(k).length() - 1) : "";
            if (!ms.isEmpty() && ms.getLast().is("JKB") && ms.getLast().form().equals("에") && !noun.isEmpty()
                    && !ArgumentCheck.isTimeNoun(noun) && !HOUR.matcher(noun).matches() && !noun.endsWith("시")) {
                return true; // (세 시에 is a time, not a place: 세 시에 역 근처 있는 카페 keeps 근처 → 근처에)
            }
        }
        return false;
    }

    /** Whether the word before a position noun is a bare noun it locates (편의점 앞, 역 근처, 11번 출구 앞). */
    private static boolean locatedNoun(String surface, Morphology.Word w) {
        List<Morphology.Morpheme> m = w.morphemes();
        return !m.isEmpty() && !w.verbal() && m.stream().allMatch(x -> x.is("NNG", "NNP", "SL", "SN", "NNBC", "XSN"))
                && m.getLast().is("NNG", "NNP", "SL", "XSN", "NNBC") && !surface.equals("사이");
    }

    /** 접수 어디 해요? → 어디서. */
    static Optional<Finding> whereOfAction(List<String> words, List<Morphology.Word> analysed, int i) {
        if (!words.get(i).equals("어디")) {
            return Optional.empty();
        }
        String v = words.get(i + 1);
        Morphology.Word verb = analysed.get(i + 1);
        if (!verb.verbal() || verb.startsWith("VA") || v.contains("러") && v.endsWith("러")) {
            return Optional.empty();
        }
        String stem = VerbFrames.stem(verb);
        boolean acting = ACTING_WHERE.contains(stem) && Hangul.sameInitial(v, stem)
                // 어디 할까요? chooses a place (어디로 하다), 어디 먹어 봤어요? asks which place was tried
                && !(stem.equals("하") && (v.contains("까") || v.contains("래")))
                // 하다 alone needs the act before 어디 (접수 어디 해요?, 환전은 어디 해요?): 이번 주말에 어디 해? asks
                // what, not where
                && (!stem.equals("하") || i > 0 && !analysed.get(i - 1).verbal()
                        && analysed.get(i - 1).startsWith("NNG") && (analysed.get(i - 1).morphemes().size() == 1
                                || analysed.get(i - 1).endsWith("JKO", "JX")))
                && !(i + 2 < words.size() && words.get(i + 2).startsWith("보"));
        if (!acting) {
            return Optional.empty();
        }
        return Optional.of(new Finding(ErrorCategory.PARTICLE_MISSING, "어디", "어디서",
                "particle_missing/action_place"));
    }

    /** 금요일 월요일까지 → 금요일부터. */
    static Optional<Finding> startOfRange(List<String> words, int i) {
        String first = words.get(i);
        String next = words.get(i + 1);
        if (!next.endsWith("까지") || next.length() < 3) {
            return Optional.empty();
        }
        String end = next.substring(0, next.length() - 2);
        for (Pattern kind : List.of(WEEKDAY, DATE, HOUR, MONTH)) {
            if (kind.matcher(first).matches() && kind.matcher(end).matches() && !first.equals(end)
                    && (i == 0 || !MONTH.matcher(words.get(i - 1)).matches() || kind == MONTH)) {
                return Optional.of(new Finding(ErrorCategory.PARTICLE_MISSING, first, first + "부터",
                        "particle_missing/from"));
            }
        }
        return Optional.empty();
    }

    /** KTX 부산에 가서 해산물을 먹었어요 → KTX로. */
    static Optional<Finding> vehicleBeforeGoal(List<String> words, List<Morphology.Word> analysed, int i) {
        String vehicle = words.get(i);
        if (!VEHICLES.contains(vehicle) || i + 2 >= words.size()
                || i > 0 && (DETERMINERS.contains(words.get(i - 1)) || analysed.get(i - 1).startsWith("MM", "SN", "NR"))) {
            return Optional.empty();
        }
        String goal = words.get(i + 1);
        String place = goal.endsWith("까지") ? goal.substring(0, goal.length() - 2)
                : goal.endsWith("으로") ? goal.substring(0, goal.length() - 2)
                : goal.endsWith("에") || goal.endsWith("로") ? goal.substring(0, goal.length() - 1) : null;
        Morphology.Word g = analysed.get(i + 1);
        if (place == null || place.isEmpty() || g.verbal() || !g.caseMarked() || !g.startsWith("NNP", "NNG", "SL")
                || VEHICLE_COMPOUNDS.contains(place) || VEHICLE_COMPOUNDS.stream().anyMatch(place::endsWith)
                || place.chars().anyMatch(Character::isDigit)) {
            return Optional.empty();
        }
        Morphology.Word verb = analysed.get(i + 2);
        String v = words.get(i + 2);
        String stem = VerbFrames.stem(verb);
        boolean going = GOING.contains(stem) && Hangul.sameInitial(v, stem)
                || stem.equals("갈") && (v.startsWith("가") || v.startsWith("갈") || v.startsWith("갔")); // 가서 read as 갈다
        if (!verb.verbal() || !going) {
            return Optional.empty();
        }
        boolean wish = v.endsWith("고") && i + 3 < words.size() && words.get(i + 3).startsWith("싶");
        boolean person = PERSON_FORM.matcher(v).matches() || wish
                || (v.endsWith("서") || v.endsWith("고")) && laterAction(words, analysed, i + 3);
        return person ? Optional.of(new Finding(ErrorCategory.PARTICLE_MISSING, vehicle,
                vehicle + ParticleFrames.direction(vehicle), "particle_missing/direction")) : Optional.empty();
    }

    /** Whether a verb of a person's action follows from {@code from} on (먹었어요, 만났어요, 구경했어요). */
    private static boolean laterAction(List<String> words, List<Morphology.Word> analysed, int from) {
        for (int k = from; k < words.size(); k++) {
            Morphology.Word w = analysed.get(k);
            if (w.verbal() && w.startsWith("VV") || w.verbal() && w.startsWith("NNG") && w.has("XSV")) {
                String stem = VerbFrames.stem(w);
                return ACTING.contains(stem) || ACTING_WHERE.contains(stem) || Set.of("보", "만나", "사", "구경하",
                        "여행하", "놀", "묵", "자").contains(stem);
            }
        }
        return false;
    }

    /** 영어 된 지도 → 영어로. */
    static Optional<Finding> languageOfWriting(List<String> words, List<Morphology.Word> analysed, int i) {
        String noun = words.get(i);
        if (!LANGUAGE.matcher(noun).matches() || NOT_LANGUAGES.contains(noun) || analysed.get(i).verbal()
                || !analysed.get(i).morphemes().stream().allMatch(x -> x.is("NNG", "NNP"))) {
            return Optional.empty();
        }
        String v = words.get(i + 1);
        boolean made = v.equals("된") || (v.equals("되어") || v.equals("돼")) && i + 2 < words.size()
                && words.get(i + 2).startsWith("있");
        boolean written = v.startsWith("쓰여") || v.equals("쓰인") || v.startsWith("적혀") || v.equals("적힌")
                || v.equals("번역된") || v.equals("표기된") || v.equals("표시된");
        if (!made && !written) {
            return Optional.empty();
        }
        return Optional.of(new Finding(ErrorCategory.PARTICLE_MISSING, noun, noun + ParticleFrames.direction(noun),
                "particle_missing/direction"));
    }
}
