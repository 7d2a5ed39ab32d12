package com.koto.evaluation.rules;

import com.koto.evaluation.text.Hangul;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Verbs of a change whose past states the result that holds now (고장 났어요 'it is broken', 다 됐어요 'it is ready',
 * 돼지고기 들어갔어요? 'is there pork in it?', 늦었어요 'I am late', 왔어요 'I have come', 잃어버렸어요 'I have lost it',
 * 잘 먹었습니다): the past -았/었- of such a verb reports the present state it left, so it is said where the task is about
 * now (Yeon &amp; Brown 2011, <i>Korean: A Comprehensive Grammar</i>, on the past tense of verbs of change for a state
 * that holds, 결혼했어요, 늦었어요; Sohn 1999, §8 on the perfective reading of -었-; 국립국어원 『외국인을 위한 한국어
 * 문법 1』 (2005) '-았/었-' ②, 완료된 상태의 지속).
 *
 * <p>Two kinds, because the comparison with an accepted present reads only the first: {@link Kind#THING} is a
 * thing's state (an ingredient gone into a dish, a machine broken, food ready), which the present and the past state
 * alike; {@link Kind#PERSON} is the speaker's or a person's (late, arrived, lost, caught a cold), whose present may be
 * another sentence (늦어요 'I will be late'), so it only keeps a past from being read as an act told as done.
 */
final class ResultStates {

    /** Whose state the past states. */
    enum Kind { THING, PERSON }

    /** Stems (Nori's first verb morpheme, or noun + 하/되) by kind; compared without the last syllable's 받침. */
    private static final Map<String, Kind> STEMS = normalised(Map.ofEntries(
            // a thing: 들어가다 「…에」 of an ingredient (표준국어대사전 「1」「5」), 고장(이) 나다, 다 되다, 준비되다
            Map.entry("들어가", Kind.THING), Map.entry("나", Kind.THING), Map.entry("되", Kind.THING),
            Map.entry("준비되", Kind.THING), Map.entry("떨어지", Kind.THING), Map.entry("망가지", Kind.THING),
            Map.entry("부러지", Kind.THING), Map.entry("깨지", Kind.THING), Map.entry("찢어지", Kind.THING),
            Map.entry("열리", Kind.THING), Map.entry("닫히", Kind.THING), Map.entry("남", Kind.THING),
            Map.entry("빠지", Kind.THING), Map.entry("끝나", Kind.THING), Map.entry("막히", Kind.THING),
            Map.entry("생기", Kind.THING), Map.entry("바뀌", Kind.THING), Map.entry("젖", Kind.THING),
            // a person: arrived, late, lost or forgot, fell ill or hurt, decided, ready, dressed, full
            Map.entry("오", Kind.PERSON), Map.entry("도착하", Kind.PERSON), Map.entry("늦", Kind.PERSON),
            Map.entry("잃어버리", Kind.PERSON), Map.entry("잊어버리", Kind.PERSON), Map.entry("잊", Kind.PERSON),
            Map.entry("걸리", Kind.PERSON),
            Map.entry("다치", Kind.PERSON), Map.entry("정하", Kind.PERSON), Map.entry("결정하", Kind.PERSON),
            Map.entry("준비하", Kind.PERSON), Map.entry("끝내", Kind.PERSON), Map.entry("결혼하", Kind.PERSON),
            Map.entry("알", Kind.PERSON), Map.entry("먹", Kind.PERSON), Map.entry("입", Kind.PERSON),
            Map.entry("신", Kind.PERSON), Map.entry("앉", Kind.PERSON), Map.entry("취하", Kind.PERSON),
            Map.entry("마치", Kind.PERSON)));

    private ResultStates() {
    }

    /**
     * @param stem a verb stem as {@link VerbFrames#stem} or {@link PredicateFeatures#lemma} gives it (들어가, 나, 늦)
     * @return whether the verb's past states a present result (of either kind)
     */
    static boolean holdsNow(String stem) {
        return STEMS.containsKey(key(stem));
    }

    /** @return whether the verb's past states a thing's present state (들어갔어요, 고장 났어요, 다 됐어요) */
    static boolean thingHoldsNow(String stem) {
        return STEMS.get(key(stem)) == Kind.THING;
    }

    private static String key(String stem) {
        if (stem == null || stem.isEmpty()) {
            return "";
        }
        char last = stem.charAt(stem.length() - 1);
        return Hangul.isSyllable(last) ? stem.substring(0, stem.length() - 1) + Hangul.withoutFinal(last) : stem;
    }

    private static Map<String, Kind> normalised(Map<String, Kind> stems) {
        return stems.entrySet().stream().collect(Collectors.toUnmodifiableMap(e -> key(e.getKey()), Map.Entry::getValue,
                (x, y) -> x));
    }
}
