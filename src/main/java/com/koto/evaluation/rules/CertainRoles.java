package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.text.Hangul;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Particles speech does not drop, left out where the learner's own verb fixes the role, whatever the accepted
 * answers write (session 26, helper s26h; called from {@link ParticleFrames#find(String, List, List)} after
 * {@link BareRoles}). Speech drops 이/가, 을/를, the 에 of a goal (집 가요) and often of a time, and a bare person
 * noun is most often a subject (친구 왔어) or an object (친구 만났어), so each class reads only a shape where neither
 * is possible: the ending makes the speaker or the listener the subject, and the verb takes no person or vehicle as
 * its object (Yeon &amp; Brown 2019 on case-particle ellipsis, on 에게/한테, (으)로 of means, 에서 and 하고/(이)랑;
 * 표준국어대사전 '돌려주다' 「…에게 …을」, '말하다' 「…에게 …을」, '연락하다' 「…에/에게」, '로' ③ 수단·도구, '에서' ①,
 * '랑' ② 함께 하는 상대).
 * <ul>
 *   <li>{@code particle_missing/dative}: 너 right before a verb of giving back or telling (돌려주다, 갚다, 말하다,
 *       얘기하다, 연락하다, 전화하다, 문자하다, 알려 주다) in the promise -(으)ㄹ게(요): 내일 너 돌려줄게 → 너한테. The
 *       subject of -(으)ㄹ게 is the speaker, and these verbs take no person as their object, so 너 is the recipient.
 *       Left alone: 너, (a vocative), 주다 and 사 주다 (너 줄게, 내가 너 사 줄게: speech drops that 한테), 너 before an
 *       object (너 우산: 'your umbrella');</li>
 *   <li>{@code particle_missing/comitative}: 나 right before a noun of a shared activity (영화, 밥, 커피, 게임 …) and
 *       its verb in the question -(으)ㄹ래?: 나 영화 볼래? → 나랑. The subject of -(으)ㄹ래? is the listener, so 나 is
 *       the partner. Left alone: the statement 나 영화 볼래 ('I want to watch a film': the speaker is the subject),
 *       -(으)ㄹ까?, 저 (저 커피 'that coffee'), 우리 (the subject, 'shall we');</li>
 *   <li>{@code particle_missing/direction} (its text: (으)로 of direction or means): a vehicle (버스, 지하철, 택시, 기차, 배, 비행기, KTX) right before 가다 in a
 *       form whose subject is a person (-아/어야, -(으)ㄹ까, -(으)ㄹ래, -(으)ㄹ게, -고 싶다, -(으)려고, -자): 버스 가야
 *       돼요? → 버스로. Left alone: every other noun before 가다 (학교 가요: the goal's 에 drops), 가요 and the past
 *       (이 버스 가요? 버스 벌써 갔어요?: the vehicle is the subject), 오다 (버스 와요), a determiner before the vehicle
 *       (이 버스, 다음 버스), and a vehicle an accepted answer writes bare before 가다;</li>
 *   <li>{@code particle_missing/action_place}: a place of getting on, off or changing (정류장, 역, 터미널 …) after
 *       어느, 무슨 or 몇 번째, right before 내리다, 타다 or 갈아타다: 어느 정류장 내려야 돼요? → 정류장에서. The
 *       question word makes the noun a place, not the vehicle taken (어느 버스 타요? is right);</li>
 *   <li>{@code particle_missing/dative} (께: {@code particle_missing/honorific_dative}): a person bare right before
 *       a means of sending that no one owns (배편으로, 항공편으로, 택배로, 우편으로) and 보내다 or 부치다 in the
 *       speaker's wish or promise (-고 싶다, -(으)ㄹ게, -(으)려고): 엄마 배편으로 보내고 싶어요 → 엄마한테. Left alone:
 *       a means a person owns (엄마 이메일로 'to Mom's e-mail'), other endings (엄마 택배로 보냈어요: Mom may have sent
 *       it), a recipient written elsewhere in the sentence.</li>
 *   <li>session 27 (s27a): the classes of {@link UndroppedParticles} (a position noun before a verb of being or
 *       acting, 어디 before a verb of acting, the start of a range, a vehicle before a goal, a language before 된).</li>
 * </ul>
 */
final class CertainRoles {

    /** Verbs of giving back and telling, by the start of their forms (돌려줄게, 말할게, 연락할게요). */
    private static final List<String> RETURNING_OR_TELLING = List.of("돌려주", "돌려줄", "돌려드", "돌려드릴", "갚",
            "말할", "말해", "얘기할", "얘기해", "이야기할", "연락할", "연락해", "연락드릴", "전화할", "전화해", "전화드릴",
            "문자할", "문자해", "알려줄", "알려 줄", "답장할");

    /** Nouns of an activity one shares (영화 보다, 밥 먹다, 커피 마시다, 게임 하다). */
    private static final Set<String> SHARED = Set.of("영화", "밥", "저녁", "점심", "커피", "술", "맥주", "차", "게임",
            "운동", "쇼핑", "공부", "산책", "드라마", "축구", "농구", "테니스", "여행", "식사", "노래");

    /**
     * Vehicles: their (으)로 of means does not drop before 가다. Session 38 (s38b): the means of a ride up or across
     * (케이블카, 셔틀버스, 공항버스, 트램, 모노레일, 유람선) are vehicles as 버스 is (표준국어대사전 '케이블카', '셔틀버스').
     */
    private static final Set<String> VEHICLES = Set.of("버스", "지하철", "택시", "기차", "배", "비행기", "KTX", "전철",
            "고속버스", "시내버스", "마을버스", "자전거", "케이블카", "셔틀버스", "공항버스", "리무진버스", "시외버스",
            "광역버스", "트램", "모노레일", "유람선", "오토바이");

    /**
     * Forms of 가다 whose subject is a person: obligation, proposal, wish, promise, intention; since session 38 (s38b)
     * also permission (가도 돼요?) and the instruction (가세요, 가십시오, 가시면 돼요): no vehicle is asked leave or told
     * to go. Ability (갈 수 있어요?) is read by {@link #ableToGo}.
     */
    private static final List<String> GOING_BY_PERSON = List.of("가야", "갈까", "갈래", "갈게", "가고", "가려고", "가자",
            "갈려고", "가도", "가세요", "가십시오", "가시면", "가셔야");

    /**
     * 갈 수 있어요? / 갈 수 없어요 after a bare vehicle (케이블카 갈 수 있어요? → 케이블카로; session 38, s38b): whether one
     * can go by it. The vehicle as the subject (can the cable car go?) asks nothing a traveller asks, and Korean says the
     * same of a road with the vehicle's (으)로 or 이/가 (택시로 갈 수 있어요, 택시가 들어갈 수 있어요).
     */
    private static boolean ableToGo(List<String> words, int v) {
        return words.get(v).equals("갈") && v + 2 < words.size() && words.get(v + 1).equals("수")
                && (words.get(v + 2).startsWith("있") || words.get(v + 2).startsWith("없"));
    }

    /** Places of getting on, off or changing. */
    private static final Set<String> STOPS = Set.of("정류장", "정거장", "역", "지하철역", "기차역", "버스정류장", "터미널",
            "환승역", "버스터미널");

    /** Question words that make the next noun a place asked about. */
    private static final Set<String> WHICH = Set.of("어느", "무슨", "번째");

    /** Means of sending that belong to no one. */
    private static final Set<String> MEANS_OF_SENDING = Set.of("배편", "항공편", "선편", "택배", "우편", "등기", "항공우편",
            "국제우편", "국제택배", "특급우편", "EMS");

    /** People one sends to. */
    static final Set<String> PERSONS = Set.of("엄마", "아빠", "어머니", "아버지", "부모님", "친구", "동생", "언니", "오빠",
            "형", "누나", "할머니", "할아버지", "가족", "남편", "아내", "남자친구", "여자친구", "남친", "여친", "선생님", "선배",
            "후배", "동료", "사장님", "부장님", "팀장님", "과장님", "교수님", "고객", "손님", "아들", "딸", "삼촌", "이모",
            "고모");

    /** People honoured with 께. */
    private static final Set<String> HONOURED = Set.of("어머니", "아버지", "부모님", "할머니", "할아버지");

    private CertainRoles() {
    }

    /**
     * The findings on the learner's raw answer.
     *
     * @param raw      the answer as written (a comma after a noun makes it a vocative)
     * @param expected the accepted answers as written
     * @return particle findings, in the order of the words; empty when none applies
     */
    static List<Finding> find(String raw, List<String> expected) {
        return AcceptedRoles.eachWord(raw, expected, (surface, word) -> !raw.contains(surface + ","),
                (words, analysed, at, m) -> recipientOfPromise(words, at)
                        .or(() -> partnerOfProposal(raw, words, analysed, at, m))
                        .or(() -> vehicleOfGoing(words, analysed, at, m))
                        .or(() -> stopAskedAbout(words, analysed, at))
                        .or(() -> recipientBeforeMeans(words, analysed, at))
                        // session 27 (s27a): position nouns, 어디, ranges, vehicles before a goal, languages
                        .or(() -> UndroppedParticles.find(words, analysed, at))
                        // session 28 (s28a): results, standards, the one a thing is for, places of loss, containers
                        .or(() -> FrameRoles.missing(words, analysed, at, m))
                        // session 30 (s30a): 에 before 대해/관해/비해, 에 좋다, (으)로 before 옮기다
                        .or(() -> GovernedParticles.missing(words, analysed, at, m))
                        // session 33 (s33c): companions, jobs, new times, what a thing fits, places of waiting
                        .or(() -> GovernedArguments.find(words, analysed, at, m))
                        // session 34 (s34a): objects with 에, places of things left, existence, range ends, causes
                        .or(() -> EverydayFrames.find(words, analysed, at, m)));
    }

    /** 내일 너 돌려줄게 → 너한테. */
    private static Optional<Finding> recipientOfPromise(List<String> words, int i) {
        if (!words.get(i).equals("너")) {
            return Optional.empty();
        }
        String verb = words.get(i + 1);
        String end = i + 2 < words.size() && (verb.endsWith("아") || verb.endsWith("어") || verb.endsWith("려"))
                ? words.get(i + 2) : verb; // 알려 줄게
        String joined = i + 2 < words.size() ? verb + " " + words.get(i + 2) : verb;
        boolean telling = RETURNING_OR_TELLING.stream().anyMatch(v -> verb.startsWith(v) || joined.startsWith(v));
        return telling && promise(end)
                ? Optional.of(new Finding(ErrorCategory.PARTICLE_MISSING, "너", "너한테", "particle_missing/dative"))
                : Optional.empty();
    }

    /** Whether the word ends in the promise -(으)ㄹ게(요). */
    private static boolean promise(String w) {
        String s = w.endsWith("게요") ? w.substring(0, w.length() - 1) : w;
        return s.length() >= 2 && s.endsWith("게") && Hangul.hasRieulFinal(s.charAt(s.length() - 2));
    }

    /** 나 영화 볼래? → 나랑. */
    private static Optional<Finding> partnerOfProposal(String raw, List<String> words, List<Morphology.Word> analysed,
            int i, List<SpeechLevels.AnalysedSentence> models) {
        if (!words.get(i).equals("나") || i + 2 >= words.size()) {
            return Optional.empty();
        }
        if (TOGETHER.contains(words.get(i + 1))) {
            // left alone where an accepted answer writes 나 bare itself (나 같이 가도 돼?)
            return models.stream().anyMatch(s -> s.words().contains("나")) ? Optional.empty()
                    : partnerBeforeTogether(raw, words, analysed, i);
        }
        if (!SHARED.contains(words.get(i + 1))) {
            return Optional.empty();
        }
        String verb = words.get(i + 2);
        boolean question = raw.contains(verb + "?") && (verb.endsWith("래") || verb.endsWith("래요"));
        String stem = VerbFrames.stem(analysed.get(i + 2));
        return question && Set.of("보", "먹", "마시", "하").contains(stem)
                ? Optional.of(new Finding(ErrorCategory.PARTICLE_MISSING, "나", "나랑", "particle_missing/comitative"))
                : Optional.empty();
    }

    /** Adverbs of doing a thing together (표준국어대사전 '같이' ②, '함께'). */
    private static final Set<String> TOGETHER = Set.of("같이", "함께");

    /**
     * 나 같이 영화 볼래? → 나랑 (session 34, s34a): 나 bare before 같이/함께 in a question to the listener about what
     * the two will do (-(으)ㄹ래?) or did (-았/었어?), a shared activity at most one word before the verb: the listener
     * is the subject of the question, so 나 is the partner, which takes (이)랑/하고 ('랑' ②, '하고' ② 함께 하는 상대;
     * speech does not drop it). Left alone: a statement (나 같이 갈래. 'I want to come along': 나 the subject), -(으)ㄹ까?
     * (나 같이 갈까? 'shall I come along?'), -아/어도 돼? (나 같이 가도 돼?).
     */
    private static Optional<Finding> partnerBeforeTogether(String raw, List<String> words, List<Morphology.Word> analysed,
            int i) {
        int v = i + 2;
        if (v < words.size() - 1 && !analysed.get(v).verbal()) {
            v++; // 나 같이 영화 볼래?
        }
        String verb = words.get(v);
        if (v != words.size() - 1 || !analysed.get(v).verbal() || !raw.contains(verb + "?")) {
            return Optional.empty();
        }
        boolean proposal = verb.endsWith("래");
        boolean past = v == i + 3 && (verb.endsWith("었어") || verb.endsWith("았어") || verb.endsWith("했어")
                || Hangul.isSyllable(verb.charAt(verb.length() - 2)) && Hangul.finalIndex(verb.charAt(verb.length() - 2))
                        == Hangul.finalIndex('았') && verb.endsWith("어"));
        return proposal || past
                ? Optional.of(new Finding(ErrorCategory.PARTICLE_MISSING, "나", "나랑", "particle_missing/comitative"))
                : Optional.empty();
    }

    /** 버스 가야 돼요? → 버스로. */
    private static Optional<Finding> vehicleOfGoing(List<String> words, List<Morphology.Word> analysed, int i,
            List<SpeechLevels.AnalysedSentence> models) {
        String noun = words.get(i);
        String verb = words.get(i + 1);
        if (!VEHICLES.contains(noun) || GOING_BY_PERSON.stream().noneMatch(verb::startsWith) && !ableToGo(words, i + 1)
                || verb.startsWith("가고") && (i + 2 >= words.size() || !words.get(i + 2).startsWith("싶"))
                || i > 0 && (analysed.get(i - 1).startsWith("MM", "NNBC", "SN") || Set.of("다음", "이번", "마지막", "첫",
                        "번").contains(words.get(i - 1)))) {
            return Optional.empty();
        }
        for (SpeechLevels.AnalysedSentence s : models) {
            int k = s.words().indexOf(noun);
            if (k >= 0 && k + 1 < s.words().size() && s.words().get(k + 1).startsWith("가")) {
                return Optional.empty(); // an accepted answer writes the vehicle so
            }
        }
        return Optional.of(new Finding(ErrorCategory.PARTICLE_MISSING, noun, noun + ParticleFrames.direction(noun),
                "particle_missing/direction"));
    }

    /** 어느 정류장 내려야 돼요? → 정류장에서. */
    private static Optional<Finding> stopAskedAbout(List<String> words, List<Morphology.Word> analysed, int i) {
        String noun = words.get(i);
        Morphology.Word verb = analysed.get(i + 1);
        if (i == 0 || !STOPS.contains(noun) || !WHICH.contains(words.get(i - 1)) || !verb.verbal()
                || !Set.of("내리", "타", "갈아타").contains(VerbFrames.stem(verb))) {
            return Optional.empty();
        }
        return Optional.of(new Finding(ErrorCategory.PARTICLE_MISSING, noun, noun + "에서",
                "particle_missing/action_place"));
    }

    /** 엄마 배편으로 보내고 싶어요 → 엄마한테. */
    private static Optional<Finding> recipientBeforeMeans(List<String> words, List<Morphology.Word> analysed, int i) {
        String noun = words.get(i);
        if (!PERSONS.contains(noun) || i + 2 >= words.size()) {
            return Optional.empty();
        }
        String means = words.get(i + 1);
        String meansNoun = means.endsWith("으로") ? means.substring(0, means.length() - 2)
                : means.endsWith("로") ? means.substring(0, means.length() - 1) : null;
        Morphology.Word verb = analysed.get(i + 2);
        if (meansNoun == null || !MEANS_OF_SENDING.contains(meansNoun) || !verb.verbal()
                || !Set.of("보내", "부치").contains(VerbFrames.stem(verb))
                || words.stream().anyMatch(w -> w.endsWith("에게") || w.endsWith("한테") || w.endsWith("께"))) {
            return Optional.empty();
        }
        String v = words.get(i + 2);
        String after = i + 3 < words.size() ? words.get(i + 3) : "";
        boolean wish = v.endsWith("고") && after.startsWith("싶") && !after.startsWith("싶어하")
                && !after.startsWith("싶어해") && !(i + 4 < words.size() && words.get(i + 4).startsWith("하"));
        boolean speaker = wish || promise(v) || v.contains("려고");
        if (!speaker) {
            return Optional.empty();
        }
        boolean honoured = HONOURED.contains(noun) || noun.endsWith("님") && !noun.equals("손님");
        return Optional.of(honoured
                ? new Finding(ErrorCategory.PARTICLE_MISSING, noun, noun + "께", "particle_missing/honorific_dative")
                : new Finding(ErrorCategory.PARTICLE_MISSING, noun, noun + "한테", "particle_missing/dative"));
    }
}
