package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.text.Hangul;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Particles a verb's sentence pattern asks for, judged on the learner's own words (issue 11, session 8,
 * helper eval12c; called from {@link ParticleFrames#find}, after {@link ArgumentParticles}):
 * <ul>
 *   <li>{@code particle_wrong/action_place_for_location}: a thing with 에서 right before a mark or flaw on
 *       it (얼룩, 구멍, 흠집, 자국, 곰팡이 …) with 이/가 and a final 있다/없다 (셔츠에서 얼룩이 있어요 → 셔츠에):
 *       where something is takes 에, 「…에 …이 있다」 (표준국어대사전 '있다' ①; '에서' is the place of an action
 *       or event, '에서' ①). Only marks and flaws, which are never events: 학교에서 시험이 있어요 (an event held
 *       there) and 셔츠에서 냄새가 나요 (나다 「…에서」) stay;</li>
 *   <li>{@code particle_missing/from}: a bare 어디 right before 출발하다 (어디 출발합니까? → 어디에서): the
 *       starting point of 출발하다 is 「…에서」 (표준국어대사전 '출발하다' 「…에서」 「…으로」), and a bare 어디
 *       is read as 어디에 (the goal or place), so the question asks something else. Not 어디로 출발해요 (a
 *       goal, written), nor 어디서;</li>
 *   <li>{@code particle_wrong/action_place_for_goal} (extended): a shop or place of leisure (가게, 식당, 카페,
 *       마트 …) with 에서 right before the proposal 가자/갑시다 (다른 가게에서 가자 → 가게에): one proposes to go to
 *       a place, 「…에」 (표준국어대사전 '가다' ①; Yeon &amp; Brown 2019 on -자 and -(으)ㅂ시다). 집, 회사,
 *       학교 (common starting points: 집에서 가자) and a word between (식당에서 바로 가자) stay.</li>
 * </ul>
 */
final class FrameArguments {

    /** Marks and flaws on a thing: their place takes 에 (표준국어대사전 '얼룩', '흠집': …에 …이 있다). */
    private static final Set<String> MARKS = Set.of("얼룩", "구멍", "흠집", "흠", "자국", "곰팡이", "녹", "얼룩얼룩",
            "스크래치", "기스", "때", "점", "주름", "보풀");

    /** Shops and places of leisure: a proposal to go there with 에서 means 에 (not starting points). */
    private static final Set<String> OUTINGS = Set.of("가게", "식당", "카페", "커피숍", "마트", "시장", "백화점",
            "편의점", "서점", "빵집", "술집", "노래방", "영화관", "극장", "박물관", "미술관", "음식점", "맛집", "한식집",
            "중국집", "분식집", "고깃집", "쇼핑몰", "아울렛", "슈퍼", "슈퍼마켓");

    private FrameArguments() {
    }

    /** The finding on word {@code i} of one sentence, or empty; shapes as {@link ParticleFrames#find}. */
    static Optional<Finding> find(List<String> words, List<Morphology.Word> analysed, int i) {
        return markOnThing(words, analysed, i).or(() -> whereFrom(words, analysed, i))
                .or(() -> outingProposed(words, analysed, i));
    }

    /** 셔츠에서 얼룩이 있어요 → 셔츠에. */
    private static Optional<Finding> markOnThing(List<String> words, List<Morphology.Word> analysed, int i) {
        String w = words.get(i);
        List<Morphology.Morpheme> m = analysed.get(i).morphemes();
        int last = words.size() - 1;
        if (i + 2 != last || !w.endsWith("에서") || m.size() != 2 || !m.getFirst().is("NNG") || !m.getLast().is("JKB")
                || !m.getLast().form().equals("에서") || !w.equals(m.getFirst().form() + "에서")) {
            return Optional.empty();
        }
        String mark = words.get(i + 1);
        String bare = mark.length() > 1 ? mark.substring(0, mark.length() - 1) : "";
        boolean subject = analysed.get(i + 1).endsWith("JKS") && (mark.endsWith("이") || mark.endsWith("가"));
        String verb = words.get(last);
        if (!subject || !MARKS.contains(bare) || !(verb.startsWith("있") || verb.startsWith("없"))) {
            return Optional.empty();
        }
        return Optional.of(new Finding(ErrorCategory.PARTICLE_WRONG, w, m.getFirst().form() + "에",
                "particle_wrong/action_place_for_location"));
    }

    /** 어디 출발합니까? → 어디에서. */
    private static Optional<Finding> whereFrom(List<String> words, List<Morphology.Word> analysed, int i) {
        if (!words.get(i).equals("어디") || i + 1 >= words.size()
                || !VerbFrames.stem(analysed.get(i + 1)).equals("출발하")) {
            return Optional.empty();
        }
        return Optional.of(new Finding(ErrorCategory.PARTICLE_MISSING, "어디", "어디에서", "particle_missing/from"));
    }

    /** 다른 가게에서 가자 → 가게에. */
    private static Optional<Finding> outingProposed(List<String> words, List<Morphology.Word> analysed, int i) {
        String w = words.get(i);
        List<Morphology.Morpheme> m = analysed.get(i).morphemes();
        if (i + 1 >= words.size() || !w.endsWith("에서") || m.size() < 2 || !m.getLast().is("JKB")
                || !m.getLast().form().equals("에서") || !OUTINGS.contains(m.get(m.size() - 2).form())) {
            return Optional.empty();
        }
        String v = words.get(i + 1);
        boolean proposal = i + 2 == words.size() && (v.equals("가자") || v.equals("갑시다"));
        if (!proposal || words.subList(0, i).stream().anyMatch(x -> x.endsWith("까지"))) {
            return Optional.empty();
        }
        String noun = w.substring(0, w.length() - 2);
        return Optional.of(new Finding(ErrorCategory.PARTICLE_WRONG, w, noun + "에",
                "particle_wrong/action_place_for_goal"));
    }

    /** 과 after a consonant, 와 after a vowel (표준국어대사전 '과' 「조사」). */
    static String comitative(String noun) {
        char last = noun.charAt(noun.length() - 1);
        return Hangul.isSyllable(last) && Hangul.hasFinal(last) ? "과" : "와";
    }
}
