package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The place where an event is held, written with 에 before the event and 하다 (session 17, helper s17b; called from
 * {@link ParticleFrames#find}), category {@code particle_wrong}, subtype
 * {@code particle_wrong/location_for_action_place}: 우리 집에 생일 파티 해 → 집에서, 회의실에 회의해요 → 회의실에서.
 * Holding a party, a meeting or a class is an action, and the place of an action takes 에서 (표준국어대사전 '에서'
 * ① "앞말이 행동이 이루어지고 있는 처소의 부사어임을 나타내는 격 조사": 집에서 파티를 하다; Yeon &amp; Brown 2019, on
 * 에 of location against 에서 of an activity). The learner's own words are read, whatever the accepted answer says:
 * <ul>
 *   <li>N에 of a place noun ({@link #PLACES}: 집, 학교, 회의실, 공원 …; never a time, so 금요일 저녁에 파티 해 and 생일에
 *       파티 해, where 에 is the time, are not read);</li>
 *   <li>then only a possessive or a bare noun, a determiner or an adverb (우리, 내, 생일, 작은, 같이) up to a noun of an
 *       event ({@link #EVENTS}: 파티, 회의, 모임, 결혼식, 수업 …), bare or with 을/를, and 하다 right after it (파티
 *       해, 파티를 했어요), or the event noun + 하다 written as one word (파티해);</li>
 *   <li>not the purpose -(으)러/-(으)려고 (우리 집에 파티 하러 와: the place is the goal of 오다), and no other verb
 *       between (집에 와서 파티 해).</li>
 * </ul>
 * Left alone: 있다 of an event (우리 집에 파티가 있어: 「…에」 of 있다), a surface or a receiver with 하다 (여기에 사인해
 * 주세요, 회사에 전화해요, 얼굴에 화장을 해요: 하다 of another noun), and places written as pronouns (여기에).
 */
final class EventPlaces {

    /** A form of 하다. */
    private static final Pattern HADA_FORM = Pattern.compile("(하|해|했|합|할|한).*");

    /** Places where an event is held (buildings, rooms, open places). */
    static final Set<String> PLACES = Set.of("집", "우리집", "방", "학교", "회사", "사무실", "회의실", "교실", "강의실",
            "강당", "식당", "카페", "공원", "호텔", "거실", "마당", "옥상", "해변", "바닷가", "술집", "노래방", "펜션",
            "기숙사", "레스토랑", "학원", "교회", "체육관", "운동장", "강변", "한강", "동아리방", "회관", "홀", "파티룸",
            "캠핑장", "연습실", "도서관", "세미나실", "대강당", "식당가", "호프집", "고깃집", "가게");

    /** Events one holds with 하다 (파티를 하다, 회의를 하다). */
    static final Set<String> EVENTS = Set.of("파티", "생일파티", "회의", "모임", "결혼식", "공연", "행사", "축제", "집들이",
            "회식", "콘서트", "바비큐", "전시회", "세미나", "송별회", "환영회", "송년회", "신년회", "워크숍", "피크닉", "수업",
            "미팅", "스터디", "생일잔치", "잔치", "파자마파티", "돌잔치", "면접");

    private EventPlaces() {
    }

    /** The finding on word {@code i} of one sentence, or empty; shapes as {@link ParticleFrames#find}. */
    static Optional<Finding> find(List<String> words, List<Morphology.Word> analysed, int i) {
        String w = words.get(i);
        List<Morphology.Morpheme> m = analysed.get(i).morphemes();
        if (!w.endsWith("에") || m.size() < 2 || !m.getLast().is("JKB") || !m.getLast().form().equals("에")) {
            return Optional.empty();
        }
        String noun = w.substring(0, w.length() - 1);
        if (!PLACES.contains(noun) || !m.subList(0, m.size() - 1).stream().allMatch(x -> x.is("NNG"))) {
            return Optional.empty();
        }
        for (int k = i + 1; k < words.size(); k++) {
            Morphology.Word x = analysed.get(k);
            List<Morphology.Morpheme> xm = x.morphemes();
            if (xm.isEmpty()) {
                return Optional.empty();
            }
            // the event noun + 하다 as one word (파티해, 회의했어요)
            int h = indexOfHa(xm);
            if (h > 0 && xm.subList(0, h).stream().allMatch(y -> y.is("NNG")) && EVENTS.contains(eventOf(xm.subList(0, h)))) {
                return finding(w, noun, xm.subList(h + 1, xm.size()));
            }
            boolean eventWord = xm.stream().allMatch(y -> y.is("NNG", "JKO")) && xm.getFirst().is("NNG")
                    && EVENTS.contains(eventOf(xm.stream().filter(y -> y.is("NNG")).toList()));
            if (eventWord && k + 1 < words.size()) {
                List<Morphology.Morpheme> verb = analysed.get(k + 1).morphemes();
                if (!verb.isEmpty() && verb.getFirst().form().equals("하") && verb.getFirst().is("VV", "XSV")
                        && HADA_FORM.matcher(words.get(k + 1)).matches()) {
                    return finding(w, noun, verb.subList(1, verb.size()));
                }
                return Optional.empty();
            }
            boolean between = xm.size() == 1 && xm.getFirst().is("NNG", "NP", "MM", "MAG", "NNB")
                    || xm.size() == 2 && xm.getFirst().is("NP") && xm.getLast().is("JKG")
                    || xm.stream().allMatch(y -> y.is("NNG"));
            if (!between) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The event noun of a run of nouns (생일 + 파티 → 파티, or the whole 생일파티), or "". */
    private static String eventOf(List<Morphology.Morpheme> nouns) {
        if (nouns.isEmpty()) {
            return "";
        }
        StringBuilder all = new StringBuilder();
        nouns.forEach(n -> all.append(n.form()));
        return EVENTS.contains(all.toString()) ? all.toString() : nouns.getLast().form();
    }

    private static int indexOfHa(List<Morphology.Morpheme> m) {
        for (int j = 1; j < m.size(); j++) {
            if (m.get(j).is("XSV") && m.get(j).form().equals("하")) {
                return j;
            }
        }
        return -1;
    }

    /** The finding, unless the ending is the purpose -(으)러/-(으)려고 (파티 하러 와). */
    private static Optional<Finding> finding(String w, String noun, List<Morphology.Morpheme> endings) {
        if (endings.stream().anyMatch(e -> e.is("EC") && (e.form().equals("러") || e.form().startsWith("려")))) {
            return Optional.empty();
        }
        return Optional.of(new Finding(ErrorCategory.PARTICLE_WRONG, w, noun + "에서",
                "particle_wrong/location_for_action_place"));
    }
}
