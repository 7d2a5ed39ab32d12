package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Particles a following word or construction governs, left out on a bare noun (session 30, helper s30a; called
 * from {@link CertainRoles#find} beside {@link FrameRoles#missing}). Speech drops 이/가, 을/를, 은/는 and the 에 of a
 * goal before 가다/오다 (Lee &amp; Ramsey 2000 on particle ellipsis); it does not drop a particle that is part of a
 * fixed construction or that the next word selects where the noun can be no subject or object of it:
 * <ul>
 *   <li>{@code particle_missing/postposition}: a bare noun right before a form of a postposition verb that takes
 *       its noun with 에 only — 대하다 (대해, 대해서, 대하여, 대한), 관하다 (관해, 관해서, 관한), 비하다 (비해, 비해서,
 *       비하면), 의하다 (의하면, 의해, 의한): 음식 대해서 발표하겠습니다 → 음식에. 표준국어대사전 '대하다' 「…에」,
 *       '관하다' 「…에」, '비하다' 「…에」, '의하다' 「…에」; 한국어 문법 1 (국립국어원), 조사와 결합한 구성
 *       '-에 대하여'. Left alone: 따라/따르면 (따르다 takes its noun as the object, 「…을」: 친구 따라 갔어요, whose
 *       을 drops), a noun with a particle, a word ending in 에 already.</li>
 *   <li>{@code particle_missing/target}: an ailment (두통, 감기, 기침 …) bare right before 좋다 or 나쁘다, or a part of
 *       the body or health (몸, 건강, 피부, 눈, 목 …) bare before 좋은/나쁜 and a noun of a remedy (약, 음식, 차 …):
 *       두통 좋은 약 → 두통에. 표준국어대사전 '좋다' 「…에」 (몸에 좋은 음식), '나쁘다' 「…에」; an ailment cannot be
 *       what is good, so the noun is the one a thing is good for. Left alone: 기분 좋은, 날씨 좋은, 맛 좋은, 피부 좋은
 *       사람 (the body part of a person: its subject, whose 이/가 drops).</li>
 *   <li>{@code particle_missing/result}: the place one moves to, a bare noun with a modifier of its own (조용한 방,
 *       창가 자리, 다른 방) right before 옮기다, where an accepted answer writes that noun with (으)로: 조용한 방
 *       옮기고 싶어요 → 방으로. 표준국어대사전 '옮기다' 「…에서 …으로」. Left alone: the noun alone or after a
 *       determiner or pronoun (방 옮기고 싶어요, 제 자리 옮겨도: the thing moved, 「…을」), 갈아타다 (2호선 갈아타는 곳,
 *       said and accepted bare).</li>
 * </ul>
 */
final class GovernedParticles {

    /** Forms of the postposition verbs that take their noun with 에 only. */
    private static final Set<String> POSTPOSITIONS = Set.of("대해", "대해서", "대하여", "대하여서", "대한", "관해",
            "관해서", "관하여", "관한", "비해", "비해서", "비하여", "비하면", "의하면", "의해", "의해서", "의하여", "의한");

    /** Ailments: what a remedy is good or bad for, never good itself. */
    private static final Set<String> AILMENTS = Set.of("두통", "감기", "기침", "몸살", "목감기", "코감기", "콧물", "소화불량",
            "변비", "설사", "배탈", "복통", "치통", "생리통", "요통", "근육통", "관절염", "비염", "알레르기", "여드름", "숙취",
            "멀미", "불면증", "피로", "빈혈", "고혈압", "당뇨", "위염", "감기몸살", "열", "화상", "상처", "모기");

    /** The body and its parts, health: good for them before a remedy, else the subject (피부 좋은 사람). */
    private static final Set<String> BODY = Set.of("몸", "건강", "피부", "눈", "목", "위", "장", "간", "뼈", "머리카락",
            "두피", "소화", "다이어트", "혈액순환", "면역", "면역력");

    /** Nouns of a remedy, food or thing used: what is good or bad for the body. */
    private static final Set<String> REMEDIES = Set.of("약", "음식", "차", "과일", "채소", "야채", "운동", "거", "것",
            "식품", "음료", "주스", "크림", "연고", "방법", "영양제", "한약", "제품", "습관");

    /** Determiners and pronouns before a noun: the noun is then the thing one has (제 자리, 이 방). */
    private static final Set<String> OWNERS = Set.of("이", "그", "저", "제", "내", "우리", "저희", "네", "니", "당신",
            "자기", "그분", "이분");

    private GovernedParticles() {
    }

    /**
     * The particle left out at word {@code i} of one learner sentence, or empty.
     *
     * @param words    the sentence's words as written, without sentence marks
     * @param analysed their analyses
     * @param i        the word read, not the last
     * @param models   the accepted answers' sentences, analysed
     * @return the finding, with the bare noun and the noun + particle as its spans
     */
    static Optional<Finding> missing(List<String> words, List<Morphology.Word> analysed, int i,
            List<SpeechLevels.AnalysedSentence> models) {
        return postposition(words, analysed, i)
                .or(() -> goodFor(words, analysed, i))
                .or(() -> placeMovedTo(words, analysed, i, models))
                .or(() -> endOfStops(words, analysed, i))
                .or(() -> startOfChange(words, i))
                .or(() -> sinceAgo(words, i));
    }

    /** Counters of the stops between two places. */
    private static final Set<String> STOP_COUNTERS = Set.of("정거장", "정류장", "코스");

    /** Native numerals before a counter, and 몇. */
    private static final Set<String> COUNTS = Set.of("몇", "한", "두", "세", "네", "다섯", "여섯", "일곱", "여덟", "아홉",
            "열");

    /**
     * 시청역 몇 정거장 가야 돼요? → 시청역까지; 시청에 몇 정거장이에요? → 시청까지 (session 32, s32c;
     * {@code particle_missing/until}, {@code particle_wrong/location_for_until}): a place right before a count of stops
     * (몇 정거장, 세 정거장, 3정거장) is the end of the stretch counted, which takes 까지 (표준국어대사전 '까지' 「조사」
     * ① 어떤 일이나 상태 따위에 관련되는 범위의 끝임을 나타내는 보조사; Yeon &amp; Brown 2019, 에서 … 까지 of distance);
     * 에 names a goal one reaches, not the end of a count. Left alone: the start (시청역에서 몇 정거장), a topic or
     * subject (시청역은 몇 정거장이에요?), a vehicle (버스 몇 정거장), a pronoun (여기 몇 정거장: the start as often).
     */
    static Optional<Finding> endOfStops(List<String> words, List<Morphology.Word> analysed, int i) {
        if (i + 1 >= words.size()) {
            return Optional.empty();
        }
        String next = words.get(i + 1);
        String after = i + 2 < words.size() ? words.get(i + 2) : "";
        boolean stops = COUNTS.contains(next) && STOP_COUNTERS.stream().anyMatch(after::startsWith)
                || next.matches("\\d+(정거장|정류장).*");
        if (!stops) {
            return Optional.empty();
        }
        String w = words.get(i);
        Morphology.Word word = analysed.get(i);
        List<Morphology.Morpheme> m = word.morphemes();
        if (m.isEmpty() || m.getFirst().is("NP") || WayParticles.VEHICLES.contains(w)
                || w.matches("(여기|거기|저기|이곳|그곳).*")) {
            return Optional.empty();
        }
        if (bare(w, word)) {
            return Optional.of(new Finding(ErrorCategory.PARTICLE_MISSING, w, w + "까지", "particle_missing/until"));
        }
        if (w.endsWith("에") && w.length() > 1 && m.getLast().is("JKB") && m.getLast().form().equals("에")
                && m.subList(0, m.size() - 1).stream().allMatch(x -> x.is("NNG", "NNP", "SL", "XSN"))) {
            String noun = w.substring(0, w.length() - 1);
            return Optional.of(new Finding(ErrorCategory.PARTICLE_WRONG, w, noun + "까지",
                    "particle_wrong/location_for_until"));
        }
        return Optional.empty();
    }

    /** A count written in digits with its counter, and the same count with (으)로. */
    private static final java.util.regex.Pattern COUNT = java.util.regex.Pattern.compile("(\\d+)([가-힣]{1,2})");

    /** Verbs of changing a thing from one value to another, by the start of their forms. */
    private static final List<String> CHANGING = List.of("바꾸", "바꿔", "바꿀", "바꿨", "바꿉", "변경", "늘리", "늘려",
            "늘릴", "줄이", "줄여", "줄일", "미루", "미뤄", "미룰", "연장", "단축", "당기", "당겨", "당길");

    /**
     * 예약을 2박 3박으로 바꾸고 싶어요 → 2박에서 (session 32, s32c; {@code particle_missing/from}): of two counts with the
     * same counter before a verb of change, the second with (으)로 is the new value and the first, bare, the old one,
     * which takes 에서 (표준국어대사전 '바꾸다' 「…을 …으로」, '에서' 「조사」 ④ 출발점; Yeon &amp; Brown 2019 on 에서 …
     * (으)로). A bare count there is no object or subject to drop a particle from: the object is the thing changed
     * (예약을). Left alone: different counters (2명 3시로), the first with any particle, no verb of change.
     */
    static Optional<Finding> startOfChange(List<String> words, int i) {
        if (i + 2 >= words.size()) {
            return Optional.empty();
        }
        java.util.regex.Matcher from = COUNT.matcher(words.get(i));
        String to = words.get(i + 1);
        if (!from.matches()) {
            return Optional.empty();
        }
        String counter = from.group(2);
        boolean same = to.matches("\\d+" + java.util.regex.Pattern.quote(counter) + "(으로|로)");
        boolean changing = words.subList(i + 2, Math.min(words.size(), i + 4)).stream()
                .anyMatch(w -> CHANGING.stream().anyMatch(w::startsWith));
        if (!same || !changing) {
            return Optional.empty();
        }
        return Optional.of(new Finding(ErrorCategory.PARTICLE_MISSING, words.get(i), words.get(i) + "에서",
                "particle_missing/from"));
    }

    /** A time span counted back from now, in one word (3일, 며칠, 일주일, 이틀). */
    private static final java.util.regex.Pattern SPAN = java.util.regex.Pattern.compile(
            "(\\d+|며칠|몇)?(일|주|주일|달|개월|년|시간|분)|일주일|이틀|사흘|나흘|며칠");

    /** A unit of time after a native numeral written apart (두 달, 세 시간). */
    private static final Set<String> UNITS = Set.of("달", "주", "주일", "시간", "분", "해");

    /** Present forms of pains and aches, a state that lasts up to now. */
    private static final List<String> ACHING = List.of("아파요", "아파", "아픕니다", "아프네요", "아파서", "아프고",
            "가려워요", "가려워", "가렵습니다", "쑤셔요", "쑤셔", "결려요");

    /**
     * 3일 전 배가 아파요 → 전부터 (session 32, s32c; {@code particle_missing/from}): a point counted back from now
     * (3일 전, 일주일 전) before a pain said in the present is where a state lasting up to now began, which takes
     * 부터 (표준국어대사전 '부터' 「조사」 ① 어떤 일이나 상태 따위에 관련된 범위의 시작임을 나타내는 보조사; Yeon &amp; Brown
     * 2019, -부터 with a continuing state). The bare point with a present pain says neither when it happened nor since
     * when. Left alone: a past pain (3일 전 배가 아팠어요), any other predicate (10분 전 도착해요 'ten minutes before').
     */
    static Optional<Finding> sinceAgo(List<String> words, int i) {
        if (i == 0 || !words.get(i).equals("전")) {
            return Optional.empty();
        }
        String span = words.get(i - 1);
        boolean counted = SPAN.matcher(span).matches()
                || UNITS.contains(span) && i >= 2 && COUNTS.contains(words.get(i - 2));
        boolean aching = ACHING.contains(words.getLast()) && words.stream().noneMatch(w -> w.contains("부터"));
        if (!counted || !aching) {
            return Optional.empty();
        }
        return Optional.of(new Finding(ErrorCategory.PARTICLE_MISSING, "전", "전부터", "particle_missing/from"));
    }

    /** 음식 대해서 발표하겠습니다 → 음식에. */
    static Optional<Finding> postposition(List<String> words, List<Morphology.Word> analysed, int i) {
        String noun = words.get(i);
        if (!POSTPOSITIONS.contains(words.get(i + 1)) || !bare(noun, analysed.get(i)) || noun.endsWith("에")) {
            return Optional.empty();
        }
        return Optional.of(new Finding(ErrorCategory.PARTICLE_MISSING, noun, noun + "에",
                "particle_missing/postposition"));
    }

    /** 두통 좋은 약 있어요? → 두통에; 몸 좋은 음식 → 몸에. */
    static Optional<Finding> goodFor(List<String> words, List<Morphology.Word> analysed, int i) {
        String noun = words.get(i);
        // the word as written is the listed noun itself (Nori reads 두통 as 두 + 통, a numeral and a counter)
        if (!AILMENTS.contains(noun) && !BODY.contains(noun) || i > 0 && OWNERS.contains(words.get(i - 1))) {
            return Optional.empty();
        }
        String next = words.get(i + 1);
        boolean good = next.startsWith("좋") || next.startsWith("나쁘") || next.startsWith("나쁜") || next.startsWith("나빠")
                || next.startsWith("나빴");
        if (!good || !analysed.get(i + 1).verbal()) {
            return Optional.empty();
        }
        boolean ailment = AILMENTS.contains(noun);
        boolean body = BODY.contains(noun) && (next.equals("좋은") || next.equals("나쁜")) && i + 2 < words.size()
                && remedy(ArgumentCheck.stemAndParticle(words.get(i + 2))[0]);
        if (!ailment && !body) {
            return Optional.empty();
        }
        return Optional.of(new Finding(ErrorCategory.PARTICLE_MISSING, noun, noun + "에", "particle_missing/target"));
    }

    /** The heads of the {@code good_for} role of {@code verb-frames.json} (session 34, s34a: 선크림, 로션, 비누 …). */
    private static final Set<String> GOOD_FOR = VerbFrames.argument("good_for", "nouns");

    /**
     * Whether the noun is a thing used on or taken into the body: listed, or ending in a listed noun of two syllables
     * or more (선크림 in 크림, 수분크림; session 34, s34a).
     */
    private static boolean remedy(String noun) {
        return REMEDIES.contains(noun) || GOOD_FOR.contains(noun)
                || GOOD_FOR.stream().anyMatch(h -> h.length() >= 2 && noun.length() > h.length() && noun.endsWith(h));
    }

    /** 조용한 방 옮기고 싶어요 → 방으로, where an accepted answer writes 방으로. */
    static Optional<Finding> placeMovedTo(List<String> words, List<Morphology.Word> analysed, int i,
            List<SpeechLevels.AnalysedSentence> models) {
        String noun = words.get(i);
        if (i == 0 || !bare(noun, analysed.get(i)) || !words.get(i + 1).startsWith("옮")
                || !"옮기".equals(VerbFrames.stem(analysed.get(i + 1)))) {
            return Optional.empty();
        }
        String before = words.get(i - 1);
        Morphology.Word modifier = analysed.get(i - 1);
        boolean modified = !OWNERS.contains(before)
                && (modifier.endsWith("ETM") || bare(before, modifier) || before.equals("다른") || before.equals("딴"));
        String into = noun + ParticleFrames.direction(noun);
        if (!modified || models.stream().noneMatch(s -> s.words().contains(into))) {
            return Optional.empty();
        }
        return Optional.of(new Finding(ErrorCategory.PARTICLE_MISSING, noun, into, "particle_missing/result"));
    }

    /** A noun or pronoun alone (no particle, no ending), with no digit. */
    private static boolean bare(String surface, Morphology.Word w) {
        List<Morphology.Morpheme> m = w.morphemes();
        return !m.isEmpty() && surface.chars().noneMatch(Character::isDigit)
                && m.stream().allMatch(x -> x.is("NNG", "NNP", "NP", "SL", "XSN"));
    }
}
