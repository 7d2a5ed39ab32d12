package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The place of an activity written without 에서 (session 5, issue 11; {@code particle_missing/activity_place}):
 * 회사 일해요 → 회사에서 일해요, 집 음악을 들어요 → 집에서. Verbs of activity take the place where the
 * activity happens with 에서 (표준국어대사전: 일하다, 공부하다, 운동하다, 놀다, 쉬다, 먹다 … with
 * 「…에서」; Sohn 1999 and Yeon &amp; Brown 2019, on 에 versus 에서). Unlike 이/가 and 을/를, and unlike
 * the goal's 에 before 가다/오다/다니다, this 에서 does not drop in speech (Lee &amp; Ramsey 2000, on
 * particle ellipsis: adverbial particles other than the goal's stay).
 *
 * <p>Found on the learner's words: a bare place noun right before such a verb, or before its object
 * (집 음악을 들어요), and never where the accepted answer itself has that noun bare.
 */
final class ActionPlace {

    /** A floor number in digits or Sino-Korean (3층, 삼층). */
    private static final Pattern FLOOR_NUMBER = Pattern.compile("([0-9]+|[일이삼사오육칠팔구십]+)층");
    /** Sentence marks, commas or ~ at the end. */
    private static final Pattern TRAILING_PUNCTUATION_TILDE = Pattern.compile("[.,?!~]+$");

    /** Nouns of places where one does things (buildings, rooms, institutions). */
    private static final Set<String> PLACES = Set.of("회사", "집", "학교", "도서관", "카페", "커피숍", "식당", "공원",
            "병원", "은행", "시장", "마트", "편의점", "백화점", "가게", "방", "교실", "사무실", "호텔", "헬스장", "밖", "바깥",
            "체육관", "수영장", "극장", "영화관", "대학교", "학원", "기숙사", "공장", "약국", "우체국");

    /**
     * Activity verbs (stems; a noun + 하다 as the noun) whose place takes 에서. Not 보다 (집 봤어요: the
     * house is the object), 쉬다 and 놀다 (은행 쉬어요?: the bank is the subject, 'closed').
     */
    private static final Set<String> ACTIVITIES = Set.of("일", "근무", "공부", "운동", "먹", "마시", "드시", "듣", "읽", "요리",
            "수영", "아르바이트", "알바",
            "숙제", "연습", "식사", "쇼핑"); // session 34 (s34a): 숙제, 연습, 식사, 쇼핑 (표준국어대사전 「…에서」 of the place)

    /**
     * Adverbs that may stand between the place and its activity verb (도서관 같이 공부할래?; session 34, s34a): manner,
     * company and frequency ('같이' ②, '함께', '열심히', '혼자'), never a noun that could be the place's head.
     */
    private static final Set<String> BETWEEN = Set.of("같이", "함께", "혼자", "열심히", "조용히", "매일", "자주", "보통",
            "주로", "가끔", "좀", "잠깐");

    /** Verbs whose object may form a compound with the place (집밥, 카페 커피). */
    private static final Set<String> EATING = Set.of("먹", "마시");

    private ActionPlace() {
    }

    /** The first such place, repaired; empty when none applies. */
    static Optional<PreChecks.Fix> find(String answer, String accepted) {
        String[] words = answer.split(" ");
        List<String> acceptedWords = List.of(accepted.split(" "));
        List<Morphology.Word> analysed = Morphology.analyse(answer);
        if (analysed.size() != words.length) {
            return Optional.empty();
        }
        for (int i = 0; i + 1 < words.length; i++) {
            String noun = words[i];
            if (!PLACES.contains(noun) || acceptedWords.contains(noun) || i > 0 && isModifier(analysed.get(i - 1))) {
                continue;
            }
            int v = i + 1;
            while (v + 1 < words.length && BETWEEN.contains(words[v])) {
                v++; // 도서관 같이 공부할래? (session 34, s34a)
            }
            boolean object = v + 1 < words.length && analysed.get(v).endsWith("JKO");
            if (object) {
                v++; // 집 음악을 들어요: the place before the object
            }
            if (!activity(analysed.get(v)) || object && EATING.contains(analysed.get(v).morphemes().getFirst().form())) {
                continue; // (집 밥을 먹어요 may be 집밥 'home cooking' written apart)
            }
            String correction = noun + "에서";
            List<String> out = new ArrayList<>(List.of(words));
            out.set(i, correction);
            return Optional.of(new PreChecks.Fix(new Finding(ErrorCategory.PARTICLE_MISSING, noun, correction,
                    "particle_missing/activity_place"), String.join(" ", out)));
        }
        return Optional.empty();
    }

    /**
     * The place of an activity written with the goal's 에 (학교에 점심 뭐 먹었어? → 학교에서, 카페에 커피를
     * 마셔요 → 카페에서; {@code particle_wrong/location_for_action_place}): 에 marks where something is or
     * goes, 에서 where the activity happens (표준국어대사전 '에' 「조사」 and '에서' 「조사」 ①; Yeon &amp; Brown
     * 2019, on 에 versus 에서). The place noun (one of {@link #PLACES}) with 에 is followed by words that are
     * not predicates (its object, a noun, 뭐, an adverb) and then by an activity verb that ends the
     * sentence: never where a verb of motion or any other predicate comes first (학교에 점심 먹으러 가요:
     * the goal of 가다), and never where an accepted answer has the same word.
     *
     * @param words    one sentence of the learner's answer, punctuation removed
     * @param analysed their analyses, one per word
     * @param accepted the accepted answers (normalised)
     * @return the finding on the place word, or empty
     */
    static Optional<Finding> goalForActionPlace(List<String> words, List<Morphology.Word> analysed,
            List<String> accepted) {
        for (int i = 0; i + 1 < words.size(); i++) {
            String w = words.get(i);
            if (!w.endsWith("에") || !place(w.substring(0, w.length() - 1)) && !HERE.contains(w.substring(0, w.length() - 1))
                    || !analysed.get(i).endsWith("JKB")
                    || accepted.stream().anyMatch(a -> List.of(a.split(" ")).contains(w))) {
                continue;
            }
            int v = i + 1;
            while (v < words.size() && !analysed.get(v).verbal()) {
                v++;
            }
            if (v >= words.size()
                    || !activity(analysed.get(v)) && !photo(words, analysed, i, v) && !rest(analysed.get(v))
                            && !boughtAt(words.get(v), analysed.get(v))
                    || v + 1 < words.size() && !analysed.get(v).endsWith("EF") && !auxiliaryTail(words, analysed, v)
                            && !clauseEnd(analysed.get(v))) {
                continue; // the sentence goes on (먹으러 가요, 먹을 거 있어요): the frame of what follows decides
            }
            String noun = w.substring(0, w.length() - 1);
            // 여기서, 거기서: the deictic place with 에서 as said (표준국어대사전 '여기서' is 여기에서 contracted)
            return Optional.of(new Finding(ErrorCategory.PARTICLE_WRONG, w, noun + (HERE.contains(noun) ? "서" : "에서"),
                    "particle_wrong/location_for_action_place"));
        }
        return Optional.empty();
    }

    /**
     * Whether the activity verb at {@code v} is followed only by an auxiliary frame of its own (먹고
     * 싶어요, 먹어도 돼요, 먹을 수 있어요, 먹어 주세요): the activity stays the predicate whose place it
     * is. Not a verb of motion after -(으)러 or -아/어서 (먹으러 가요), nor a modifier of a noun (먹을 거).
     */
    private static boolean auxiliaryTail(List<String> words, List<Morphology.Word> analysed, int v) {
        String ending = analysed.get(v).morphemes().getLast().form();
        List<String> rest = words.subList(v + 1, words.size());
        String next = rest.getFirst();
        return switch (ending) {
            case "고" -> rest.size() == 1 && next.startsWith("싶");
            case "어도", "아도" -> rest.size() == 1 && (next.startsWith("돼") || next.startsWith("되"));
            case "ㄹ", "ᆯ", "을" -> rest.size() == 2 && next.equals("수") && (rest.get(1).startsWith("있") || rest.get(1).startsWith("없"));
            default -> false;
        };
    }

    /**
     * The activity verb closes its own clause with the background connective -(으)ㄴ데/-는데 (여기에 이
     * 재킷을 샀는데 교환할 수 있어요? → 여기서; session 15, eval29b): what follows is a new clause with a
     * predicate of its own, so the place still belongs to the activity (Yeon &amp; Brown 2019, on -는데
     * linking two clauses). Not -(으)러, -아/어서 or a modifier (먹으러 가요, 먹을 거), which hand the place
     * to the next predicate.
     */
    private static boolean clauseEnd(Morphology.Word w) {
        Morphology.Morpheme last = w.morphemes().isEmpty() ? null : w.morphemes().getLast();
        return last != null && last.is("EC") && Set.of("는데", "은데", "ㄴ데").contains(last.form());
    }

    /**
     * 사다 'buy' in the past (샀어요, 샀는데): where one bought something is the place of the action,
     * 에서 (표준국어대사전 '사다' 「…에서 …을」; Yeon &amp; Brown 2019, 에 versus 에서; session 15, eval29b).
     * Only the past 샀-: 사요, 사는데 may be 살다 'live', whose place takes 에 (기숙사에 사요); and the
     * price's 에 (만 원에 샀어요) is never one of the place nouns.
     */
    private static boolean boughtAt(String word, Morphology.Word w) {
        List<Morphology.Morpheme> m = w.morphemes();
        return word.startsWith("샀") && !m.isEmpty() && m.getFirst().is("VV") && m.getFirst().form().equals("사");
    }

    /**
     * A place noun, a floor of a building (2층) or a room named with the Sino-Korean 실 室 (전시실,
     * 회의실, 미용실; not 사실, 현실, 진실, which are not rooms).
     */
    private static boolean place(String noun) {
        return PLACES.contains(noun) || FLOOR_NUMBER.matcher(noun).matches()
                || noun.length() >= 2 && noun.endsWith("실") && !Set.of("사실", "현실", "진실").contains(noun);
    }

    /**
     * 사진(을) 찍다, taking a photo: an activity at a place (전시실에서 사진을 찍어요). 찍다 alone also
     * takes a goal (서류에 도장을 찍다), so only with 사진 between the place and the verb.
     */
    private static boolean photo(List<String> words, List<Morphology.Word> analysed, int place, int v) {
        List<Morphology.Morpheme> m = analysed.get(v).morphemes();
        return !m.isEmpty() && m.getFirst().is("VV") && m.getFirst().form().equals("찍")
                && words.subList(place + 1, v).stream().anyMatch(w -> w.equals("사진") || w.equals("사진을"));
    }

    /** The deictic places 여기/거기/저기 (여기에 좀 쉬자 → 여기서; session 10). */
    private static final Set<String> HERE = Set.of("여기", "거기", "저기");

    /**
     * 쉬다 and 놀다 in the proposal or command (쉬자, 쉽시다, 쉬어, 놀자): where one rests or plays is
     * the place of the activity, 에서 (표준국어대사전 '쉬다'² 「…에서」, '놀다' ① 「…에서」; session 10).
     * Only these sentence ends: 은행에 쉬어요? 'is the bank closed' is another 쉬다 with a subject.
     */
    private static boolean rest(Morphology.Word w) {
        List<Morphology.Morpheme> m = w.morphemes();
        if (m.size() < 2 || !m.getFirst().is("VV") || !(m.getFirst().form().equals("쉬") || m.getFirst().form().equals("놀"))) {
            return false;
        }
        String surface = TRAILING_PUNCTUATION_TILDE.matcher(w.surface()).replaceAll("");
        return surface.endsWith("자") || surface.endsWith("읍시다") || surface.endsWith("ㅂ시다") || surface.endsWith("쉽시다")
                || surface.endsWith("세요") || surface.endsWith("십시오");
    }

    /** A word that makes the place noun part of a larger noun phrase (우리 회사, 제 방, 큰 집). */
    private static boolean isModifier(Morphology.Word w) {
        return w.endsWith("MM") || w.endsWith("ETM") || w.endsWith("JKG") || w.endsWith("NP");
    }

    private static boolean activity(Morphology.Word w) {
        List<Morphology.Morpheme> m = w.morphemes();
        if (m.isEmpty()) {
            return false;
        }
        Morphology.Morpheme first = m.getFirst();
        if (first.is("VV") && first.form().equals("들") && m.size() > 1 && m.get(1).form().equals("시")) {
            return true; // 드시다, the honorific of 먹다 (Nori reads 드실 as 들 + 시)
        }
        if (first.tag().startsWith("VV")) {
            return ACTIVITIES.contains(first.form());
        }
        return first.tag().startsWith("NN") && m.size() > 1 && m.get(1).tag().equals("XSV")
                && ACTIVITIES.contains(first.form());
    }
}
