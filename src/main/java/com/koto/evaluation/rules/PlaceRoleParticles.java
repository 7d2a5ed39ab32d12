package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The particle of a place or a period by the role the verb gives it, on the learner's own words (session
 * 9), whatever the accepted answer says; each finding is the learner's word as written and that word with
 * the particle the frame needs, category {@code particle_wrong}:
 * <ul>
 *   <li>{@code particle_wrong/action_place_for_location}: where one stays, written with 에서 right before
 *       a promise, proposal or request of 있다 (얕은 곳에서 있을게 → 곳에, 여기에서 있으세요 → 여기에):
 *       있다 'stay, be at' is 「…에」; 에서 with 있다 is only the place where an event takes place (학교에서
 *       행사가 있어요), whose subject is a thing, never the speaker or the listener of -(으)ㄹ게, -자, -(으)세요;</li>
 *   <li>{@code particle_wrong/location_for_action_place}: a place written with 에 before a verb of activity,
 *       its object and adverbs at most between (카페에 기다려 줘 → 카페에서, 캠핑장에 바비큐 그릴을 사용할 수
 *       있어요 → 캠핑장에서): 기다리다, 사용하다, 공부하다 … take where they happen with 에서. Left alone: the
 *       purpose -(으)러 and -(으)려고 before a verb of going (식당에 먹으러 가요: 에 is 가다's goal);</li>
 *   <li>{@code particle_wrong/location_for_source}: the place a vehicle or a traveller leaves written with 에
 *       before 출발하다 (몇 번 승강장에 출발합니까 → 승강장에서): 출발하다 is 「…에서」 (and 「…으로」 of
 *       the direction); only stations, stops, platforms, terminals and airports, which are points of departure;</li>
 *   <li>{@code particle_wrong/action_place_for_frequency}: the period of a frequency written with 에서 (하루에서
 *       몇 번 → 하루에, 일주일에서 세 번 → 일주일에): 에 of a unit (표준국어대사전 '에' 「조사」 ⑪ 단위가 되는
 *       말: 하루에 세 번), only before a number of times (몇 번, 세 번, 3회);</li>
 * </ul>
 * <p>Sources: 표준국어대사전 문형 정보 (있다 「…에」, 기다리다 「…을」 with the place in 에서, 사용하다, 출발하다
 * 「…에서」), '에서' 「조사」 ① (the place of an activity; the starting point), '에' 「조사」 ① (where a thing is)
 * and ⑪ (a unit); Yeon &amp; Brown 2019, on 에 and 에서; Sohn 1999, on locative particles.
 */
final class PlaceRoleParticles {

    /** Digits with 번 or 회. */
    private static final Pattern NUMBER_TIMES = Pattern.compile("\\d+(번|회)");
    /** A word that starts with 번, 회 or 차례. */
    private static final Pattern TIMES_COUNTER_START = Pattern.compile("(번|회|차례).*");
    /** A run of digits. */
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    /** A word that starts with 번 or 회. */
    private static final Pattern TIMES_START = Pattern.compile("(번|회).*");

    private PlaceRoleParticles() {
    }

    /** Promises, proposals and requests of 있다: their subject is the speaker or the listener. */
    private static final Set<String> STAY = Set.of("있을게", "있을게요", "있을께", "있을께요", "있을래", "있을래요", "있으세요",
            "있어라", "있자", "있읍시다", "있으십시오");

    /**
     * Verbs of activity (their first morpheme as Nori writes it) whose place takes 에서. Session 14 (eval24d): 만나다,
     * whose meeting place is 「…에서」 (표준국어대사전 '만나다' 용례 '역 앞에서 만나다'; Yeon &amp; Brown 2019, 에서 of the
     * place of an event): 출구 앞에 만나자 → 앞에서; its time keeps 에 (세 시에 만나자: not a place noun). Not 보다 (앞에
     * 보세요 'look ahead').
     */
    private static final Set<String> ACTIVITIES = Set.of("기다리", "사용", "공부", "운동", "요리", "수영", "먹", "마시", "읽",
            "일", "쉬", "놀", "만나",
            // session 33 (s33c): sports and other activities + 하다 (축구장에 축구하다가 → 축구장에서; 표준국어대사전
            // '에서' ① 행동이 이루어지고 있는 처소)
            "축구", "농구", "야구", "테니스", "배드민턴", "탁구", "골프", "조깅", "볼링", "쇼핑", "산책", "연습");

    /** Places where one does things (whole nouns), besides the place suffixes below. */
    private static final Set<String> PLACES = Set.of("회사", "집", "학교", "도서관", "카페", "커피숍", "식당", "공원", "병원",
            "은행", "마트", "편의점", "백화점", "가게", "방", "교실", "사무실", "호텔", "극장", "영화관", "대학교", "학원",
            "기숙사", "약국", "우체국", "밖", "안", "곳", "데", "거실", "부엌", "로비", "입구", "앞", "뒤", "옆");

    /** Suffixes of place nouns (캠핑장, 회의실, 박물관, 정류장, 휴게소). */
    private static final List<String> PLACE_SUFFIXES = List.of("장", "실", "관", "소", "점", "당", "역");

    /** Points of departure (their last part): 승강장, 정류장, 터미널, 플랫폼, 역, 공항, 항구. */
    private static final List<String> DEPARTURE = List.of("승강장", "정류장", "정류소", "터미널", "플랫폼", "역", "공항", "항구",
            "타는 곳");

    /** Periods of a frequency (하루에 세 번). */
    private static final Set<String> PERIODS = Set.of("하루", "일주일", "주", "달", "한달", "시간", "년", "일년", "한주", "매일");

    /** Native and Sino numbers before 번/회 (세 번, 삼 회), and 몇. */
    private static final Set<String> TIMES_NUMBERS = Set.of("몇", "한", "두", "세", "네", "다섯", "여섯", "일곱", "여덟",
            "아홉", "열", "일", "이", "삼", "사", "오");

    /**
     * The findings on the learner's raw answer.
     *
     * @param raw      the answer as typed (punctuation separates sentences)
     * @param accepted the normalised accepted answers (a word one of them writes is left alone)
     * @return particle findings; empty when none applies
     */
    static List<Finding> find(String raw, List<String> accepted) {
        List<Finding> out = new ArrayList<>();
        for (SpeechLevels.AnalysedSentence sentence : SpeechLevels.analysedSentences(raw)) {
            List<String> words = sentence.words();
            List<Morphology.Word> analysed = sentence.analysed();
            for (int i = 0; i + 1 < words.size(); i++) {
                String w = words.get(i);
                String pair = w + " " + words.get(i + 1);
                // a word an accepted answer writes is left alone (with 있다: the pair, 곳에서 놀게 is not 곳에서 있을게)
                Finding f = accepted.stream().anyMatch(a -> (" " + a + " ").contains(" " + pair + " ")) ? null
                        : stay(words, analysed, i);
                if (f == null && accepted.stream().noneMatch(a -> (" " + a + " ").contains(" " + pair + " "))) {
                    f = being(words, analysed, i);
                }
                if (f == null && accepted.stream().anyMatch(a -> (" " + a + " ").contains(" " + w + " "))) {
                    continue;
                }
                if (f == null) {
                    f = activity(words, analysed, i);
                }
                if (f == null) {
                    f = departure(words, analysed, i);
                }
                if (f == null) {
                    f = frequency(words, analysed, i);
                }
                if (f != null) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    /** The noun of a word that is a noun + the particle, or null. */
    private static String noun(Morphology.Word w, String particle) {
        List<Morphology.Morpheme> ms = w.morphemes();
        if (ms.size() < 2 || !ms.getLast().is("JKB") || !ms.getLast().form().equals(particle)
                || !w.surface().endsWith(particle)) {
            return null;
        }
        for (int k = 0; k < ms.size() - 1; k++) {
            if (!ms.get(k).is("NNG", "NNP", "NNB", "NP")) {
                return null;
            }
        }
        return w.surface().substring(0, w.surface().length() - particle.length());
    }

    private static Finding stay(List<String> words, List<Morphology.Word> analysed, int i) {
        String noun = noun(analysed.get(i), "에서");
        if (noun == null || !STAY.contains(words.get(i + 1))) {
            return null;
        }
        return new Finding(ErrorCategory.PARTICLE_WRONG, words.get(i), noun + "에",
                "particle_wrong/action_place_for_location");
    }

    /** Forms of 있다 and 계시다 'be (at)' that end or link a clause, not a modifier (서울에서 있었던 일 'happened'). */
    private static final java.util.regex.Pattern BEING = java.util.regex.Pattern.compile(
            "(있|계시|계셔|계세|계십|계셨)(어요|어|어서|어도|는지|는데|는데요|습니다|습니까|나요|니|지|고|으면|었어요|었어|었습니다|었는데|다|으니까|으세요|어야)?");

    /** Events and happenings: with 있다 they take place, in 에서 (학교에서 행사가 있어요). */
    private static final Set<String> EVENTS = Set.of("행사", "회의", "파티", "수업", "시험", "축제", "공연", "모임", "세일",
            "할인", "이벤트", "결혼식", "콘서트", "경기", "약속", "일", "문제", "사고", "교육", "세미나", "강의", "면접", "발표",
            "회식", "전시", "전시회", "설명회", "대회", "뭐", "무슨");

    /** Who or what can be somewhere: the speaker and the listener, people (`ParticleFrames.ANIMATE`), places. */
    private static boolean someoneOrSomewhere(String noun) {
        return Set.of("나", "저", "내", "제", "우리", "저희", "너", "당신").contains(noun) || noun.endsWith("님")
                || ParticleFrames.ANIMATE.contains(noun) || place(noun);
    }

    /**
     * 나 지금 버스에서 있어서 → 버스에; 우체국이 어디에서 있는지 → 어디에: where someone or something is, written with
     * 에서 right before 있다 or 계시다 in a statement or question whose subject is a person or a place (표준국어대사전
     * '있다' ① 「…에」; '에서' with 있다 only of an event that takes place: 학교에서 축제가 있어요). Left alone: a sentence
     * with an event as its subject or topic, a modifier (서울에서 있었던 일), 있다 before 수 or after -고 (the progressive).
     */
    private static Finding being(List<String> words, List<Morphology.Word> analysed, int i) {
        String noun = noun(analysed.get(i), "에서");
        if (noun == null || !BEING.matcher(words.get(i + 1)).matches()) {
            return null;
        }
        boolean subject = false;
        for (int k = 0; k < words.size(); k++) {
            if (k == i || k == i + 1) {
                continue;
            }
            Morphology.Word w = analysed.get(k);
            String bare = w.morphemes().isEmpty() ? "" : w.morphemes().getFirst().form();
            boolean marked = w.endsWith("JKS", "JX") || w.morphemes().size() == 1 && w.startsWith("NP");
            if (EVENTS.contains(bare) || words.get(k).endsWith("에서") && k != i) {
                return null; // an event takes place (회의가 회의실에서 있어요), or another place of action
            }
            if (k < i && marked && someoneOrSomewhere(bare)) {
                subject = true;
            }
        }
        if (!subject) {
            return null;
        }
        return new Finding(ErrorCategory.PARTICLE_WRONG, words.get(i), noun + "에",
                "particle_wrong/action_place_for_location");
    }

    private static boolean place(String noun) {
        return PLACES.contains(noun) || noun.length() >= 2 && PLACE_SUFFIXES.stream().anyMatch(noun::endsWith)
                && KnownWords.noun(noun) || noun.length() >= 3 && PLACE_SUFFIXES.stream().anyMatch(noun::endsWith);
    }

    private static Finding activity(List<String> words, List<Morphology.Word> analysed, int i) {
        String noun = noun(analysed.get(i), "에");
        if (noun == null || !place(noun)) {
            return null;
        }
        for (int j = i + 1; j < words.size() && j <= i + 3; j++) {
            Morphology.Word w = analysed.get(j);
            if (w.verbal()) {
                String first = w.morphemes().getFirst().form();
                boolean purpose = w.morphemes().stream().anyMatch(m -> m.is("EC")
                        && (m.form().endsWith("러") || m.form().startsWith("려") || m.form().startsWith("으려")));
                boolean going = j + 1 < words.size() && analysed.get(j + 1).verbal()
                        && Set.of("가", "오", "다니", "들어가", "들어오", "나가", "나오").contains(
                                analysed.get(j + 1).morphemes().getFirst().form());
                boolean modifier = w.has("ETN") || w.has("ETM") && !(j + 1 < words.size() && words.get(j + 1).equals("수"));
                if (!ACTIVITIES.contains(first) || purpose || going || modifier
                        || first.equals("일") && !w.has("XSV")) {
                    return null;
                }
                return new Finding(ErrorCategory.PARTICLE_WRONG, words.get(i), noun + "에서",
                        "particle_wrong/location_for_action_place");
            }
            boolean between = w.endsWith("JKO") || w.startsWith("MAG") && w.morphemes().size() == 1
                    || w.morphemes().stream().allMatch(m -> m.is("NNG", "NNP"));
            if (!between) {
                return null;
            }
        }
        return null;
    }

    private static Finding departure(List<String> words, List<Morphology.Word> analysed, int i) {
        String noun = noun(analysed.get(i), "에");
        if (noun == null || DEPARTURE.stream().noneMatch(noun::endsWith)) {
            return null;
        }
        Morphology.Word verb = analysed.get(i + 1);
        if (!verb.verbal() || !words.get(i + 1).startsWith("출발")) {
            return null;
        }
        return new Finding(ErrorCategory.PARTICLE_WRONG, words.get(i), noun + "에서", "particle_wrong/location_for_source");
    }

    private static Finding frequency(List<String> words, List<Morphology.Word> analysed, int i) {
        String w = words.get(i);
        if (!w.endsWith("에서")) {
            return null;
        }
        String period = w.substring(0, w.length() - 2);
        boolean counted = PERIODS.contains(period) || i > 0 && TIMES_NUMBERS.contains(words.get(i - 1))
                && Set.of("주", "달", "시간", "년", "주일").contains(period);
        if (!counted || i + 1 >= words.size()) {
            return null;
        }
        String next = words.get(i + 1);
        boolean times = NUMBER_TIMES.matcher(next).matches()
                || TIMES_NUMBERS.contains(next) && i + 2 < words.size() && TIMES_COUNTER_START.matcher(words.get(i + 2)).matches()
                || DIGITS.matcher(next).matches() && i + 2 < words.size() && TIMES_START.matcher(words.get(i + 2)).matches();
        return times ? new Finding(ErrorCategory.PARTICLE_WRONG, w, period + "에",
                "particle_wrong/action_place_for_frequency") : null;
    }
}
