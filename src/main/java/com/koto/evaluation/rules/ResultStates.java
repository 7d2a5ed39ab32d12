package com.koto.evaluation.rules;

import com.koto.evaluation.text.Hangul;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Verbs of a change whose past states the result that holds now (고장 났어요 'it is broken', 준비됐어요 'it is ready',
 * 돼지고기 들어갔어요? 'is there pork in it?', 늦었어요 'I am late', 왔어요 'I have come', 잃어버렸어요 'I have lost it',
 * 잘 먹었습니다): the past -았/었- of such a verb reports the present state it left, so it is said where the task is about
 * now (Yeon &amp; Brown 2011, <i>Korean: A Comprehensive Grammar</i>, on the past tense of verbs of change for a state
 * that holds, 결혼했어요, 늦었어요; Sohn 1999, §8 on the perfective reading of -었-; 국립국어원 『외국인을 위한 한국어
 * 문법 1』 (2005) '-았/었-' ②, 완료된 상태의 지속).
 *
 * <p>Two kinds, because the comparison with an accepted present reads only the first: {@link Kind#THING} is a
 * thing's state (an ingredient gone into a dish, a machine broken, food ready), which the present and the past state
 * alike; {@link Kind#PERSON} is the speaker's or a person's (late, arrived, lost, caught a cold), or a thing's whose present
 * is another sentence (늦어요 'I will be late', 돼요 'it is allowed', 끝나요 'it ends at three'), so it only keeps a past
 * from being read as an act told as done.
 */
final class ResultStates {

    /** Whose state the past states. */
    enum Kind { THING, PERSON }

    /** Stems (Nori's first verb morpheme, or noun + 하/되) by kind. */
    private static final Map<String, Kind> STEMS = Map.ofEntries(
            // a thing: 들어가다 「…에」 of an ingredient (표준국어대사전 「1」「5」), 고장(이) 나다, 준비되다, broken, soaked,
            // jammed, left over, come about: the past and the present state the same thing now
            Map.entry("들어가", Kind.THING), Map.entry("나", Kind.THING), Map.entry("준비되", Kind.THING),
            Map.entry("망가지", Kind.THING), Map.entry("부러지", Kind.THING), Map.entry("깨지", Kind.THING),
            Map.entry("찢어지", Kind.THING), Map.entry("막히", Kind.THING),
            Map.entry("남", Kind.THING), Map.entry("생기", Kind.THING),
            // a person, or a thing whose present is another sentence (돼요 'it is allowed', 끝나요 'it ends at 3',
            // 열려요 'it opens at 9'): arrived, late, lost or forgot, fell ill or hurt, decided, ready, dressed, full
            Map.entry("되", Kind.PERSON), Map.entry("끝나", Kind.PERSON), Map.entry("열리", Kind.PERSON),
            Map.entry("닫히", Kind.PERSON), Map.entry("바뀌", Kind.PERSON), Map.entry("떨어지", Kind.PERSON),
            Map.entry("빠지", Kind.PERSON), Map.entry("젖", Kind.PERSON),
            Map.entry("오", Kind.PERSON), Map.entry("도착하", Kind.PERSON), Map.entry("늦", Kind.PERSON),
            Map.entry("잃어버리", Kind.PERSON), Map.entry("잊어버리", Kind.PERSON), Map.entry("잊", Kind.PERSON),
            Map.entry("걸리", Kind.PERSON),
            Map.entry("다치", Kind.PERSON), Map.entry("정하", Kind.PERSON), Map.entry("결정하", Kind.PERSON),
            Map.entry("준비하", Kind.PERSON), Map.entry("끝내", Kind.PERSON), Map.entry("결혼하", Kind.PERSON),
            Map.entry("알", Kind.PERSON), Map.entry("먹", Kind.PERSON), Map.entry("입", Kind.PERSON),
            Map.entry("신", Kind.PERSON), Map.entry("앉", Kind.PERSON), Map.entry("취하", Kind.PERSON),
            Map.entry("마치", Kind.PERSON), Map.entry("가져오", Kind.PERSON), Map.entry("전화하", Kind.PERSON));
    /** The stems of a thing's state as {@link PredicateFeatures#lemma} writes them (the last 받침 dropped: 남 → 나). */
    private static final Set<String> THING_LEMMAS = STEMS.entrySet().stream().filter(e -> e.getValue() == Kind.THING)
            .map(e -> key(e.getKey())).collect(Collectors.toUnmodifiableSet());

    private ResultStates() {
    }

    /**
     * @param stem a verb stem as {@link VerbFrames#stem} gives it (들어가, 나, 늦, 잃어버리)
     * @return whether the verb's past states a present result (of either kind)
     */
    static boolean holdsNow(String stem) {
        return STEMS.containsKey(stem);
    }

    /**
     * @param lemma a predicate's lemma as {@link PredicateFeatures#lemma} gives it (들어가, 나, 준비되)
     * @param text  the predicate's words as written
     * @return whether the verb's past states a thing's present state (들어갔어요, 고장 났어요, 준비됐어요)
     */
    static boolean thingHoldsNow(String lemma, String text) {
        String k = key(lemma);
        // 나다 only of 고장 (고장 났어요): Nori reads 끝났습니까 as 끝 + 나다 too, and 끝나다's present is another sentence
        return THING_LEMMAS.contains(k) && (!k.equals("나") || text.contains("고장"));
    }

    private static String key(String stem) {
        if (stem == null || stem.isEmpty()) {
            return "";
        }
        char last = stem.charAt(stem.length() - 1);
        return Hangul.isSyllable(last) ? stem.substring(0, stem.length() - 1) + Hangul.withoutFinal(last) : stem;
    }
}
