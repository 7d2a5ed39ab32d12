package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import java.util.List;
import java.util.Set;

/**
 * A bare noun that is part of a larger noun phrase, where the comparison asked for the particle the accepted answer
 * gives the noun alone (session 29, helper s29a; correct answers of AN3 failed with {@code particle_missing}). Korean
 * puts a particle at the end of a noun phrase, never inside it (Sohn 1999, 7.2 on noun phrases and case marking;
 * 한국어 문법 1 (국립국어원), 조사의 결합), so a noun that modifies the next noun, or that a quantity follows,
 * takes none:
 * <ul>
 *   <li><b>a quantity after the noun</b> ({@link #quantityJoins}): 베개 하나하고 담요 하나 for 베개하고 담요 — the
 *       joining 하고, (이)랑, 와/과 stands after the quantity, which ends the phrase N + quantity (Yeon &amp; Brown
 *       2019, on floated quantities and on 하고/(이)랑; 표준국어대사전 '하고' 「조사」);</li>
 *   <li><b>a place before a vehicle</b> ({@link #placeOfVehicle}): 공항 셔틀버스, 부산 기차, 시내 버스 for 공항까지
 *       셔틀버스 — a place noun names the route of the vehicle noun after it, as in the one-word compounds 공항버스,
 *       공항철도 (표준국어대사전 '공항버스'; Sohn 1999, 5.2 on noun–noun compounds);</li>
 *   <li><b>a place before a topic</b> ({@link #placeOfTopic}): 객실 와이파이는 어떻게 연결해요? for 방에서 와이파이 —
 *       the bare place and the noun after it in 은/는 are one topic phrase (the room's wifi), whose particle ends the
 *       phrase (Sohn 1999 on the topic phrase; 표준국어대사전 '는' 「조사」 ①). Not a map before a place (이 지도
 *       인사동은: the map is where the place is looked for, {@link MeaningParticles}; session 38, s38b).</li>
 * </ul>
 * Each reading admits only a missing particle of the role the reading explains (a conjunction for a quantity, a goal
 * for a vehicle, a place for a topic), so 카페 친구를 만나요 (→ 카페에서), 국 머리카락이 있어요 (→ 국에) and 친구 같이
 * 가요 (→ 친구하고) keep their findings. Never decisive: the answer passes unsure, with the model answer shown.
 */
final class NounPhraseReadings {

    /** Particles that join nouns or mark a partner: they stand after the whole phrase N + quantity. */
    private static final Set<String> JOINING = Set.of("하고", "랑", "이랑", "와", "과");

    /** Particles of a goal (까지, 에, (으)로): a route that a vehicle noun after the place names instead. */
    private static final Set<String> GOAL = Set.of("까지", "에", "로", "으로");

    /** Particles of a place (에, 에서): the place of what the topic noun after it names. */
    private static final Set<String> PLACE = Set.of("에", "에서");

    /**
     * Vehicle nouns and the ends of their compounds (셔틀버스, 리무진버스, 고속버스 end in 버스). Not 배 (also 'pear',
     * 'belly'), not 차 (also 'tea').
     */
    private static final List<String> VEHICLES = List.of("버스", "셔틀", "리무진", "기차", "열차", "택시", "비행기", "KTX",
            "지하철", "전철", "철도", "항공편", "노선");

    /** Pronouns and question words, which are no head of a place's noun phrase (학교 저는, 방 뭐는). */
    private static final Set<String> PRONOUNS = Set.of("저", "나", "너", "우리", "저희", "제", "내", "뭐", "무엇", "누구",
            "이거", "그거", "저거", "이것", "그것", "저것", "어디", "여기", "거기", "저기", "언제", "이건", "그건", "저건");

    private NounPhraseReadings() {
    }

    /**
     * Whether the finding asks a particle of a noun that is part of a larger noun phrase in the answer.
     *
     * @param f      a finding (only {@code particle_missing} on one bare word is read)
     * @param answer the learner's answer, normalised (words separated by single spaces)
     */
    static boolean artefact(Finding f, String answer) {
        if (f.category() != ErrorCategory.PARTICLE_MISSING || f.original() == null || f.correction() == null
                || answer == null) {
            return false;
        }
        String o = f.original().strip();
        String c = f.correction().strip();
        if (o.isEmpty() || o.contains(" ") || !c.startsWith(o) || c.length() == o.length()) {
            return false;
        }
        String particle = c.substring(o.length());
        List<String> words = List.of(answer.split(" "));
        for (int i = 0; i + 1 < words.size(); i++) {
            if (!words.get(i).equals(o)) {
                continue;
            }
            if (JOINING.contains(particle) && quantityJoins(words, i + 1)
                    || GOAL.contains(particle) && placeOfVehicle(o, words.get(i + 1))
                    // (이 지도 인사동은 어느 쪽이에요?: a map is where a place is looked for, no owner of it; s38b)
                    || PLACE.contains(particle) && placeOfTopic(words.get(i + 1)) && !MeaningParticles.MAPS.contains(o)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the words from {@code at} are a quantity ending in a joining particle: 하나하고, 두 개랑, 한 잔하고,
     * 2개와, 세 병이랑.
     */
    static boolean quantityJoins(List<String> words, int at) {
        String first = words.get(at);
        String[] sp = ArgumentCheck.stemAndParticle(first);
        if (JOINING.contains(sp[1]) && (Numerals.number(sp[0]) != null || countedInDigits(sp[0]))) {
            return true; // 하나하고, 둘이랑, 2개하고
        }
        if (Numerals.number(first) == null || at + 1 >= words.size()) {
            return false;
        }
        String[] counted = ArgumentCheck.stemAndParticle(words.get(at + 1));
        return JOINING.contains(counted[1]) && Lexicon.COUNTERS.contains(counted[0]); // 두 개랑, 한 잔하고
    }

    /** Digits with a counter written as one word (2개, 3병). */
    private static boolean countedInDigits(String stem) {
        int d = 0;
        while (d < stem.length() && Character.isDigit(stem.charAt(d))) {
            d++;
        }
        return d > 0 && Lexicon.COUNTERS.contains(stem.substring(d));
    }

    /** Whether {@code next} is a vehicle noun (bare or with a particle) that the place {@code noun} before it names. */
    static boolean placeOfVehicle(String noun, String next) {
        if (VEHICLES.stream().anyMatch(noun::endsWith) || ArgumentCheck.isTimeNoun(noun)) {
            return false; // 버스 셔틀: no place; 세 시 버스: a time, judged apart
        }
        List<Morphology.Word> read = Morphology.analyse(next);
        if (read.size() != 1 || !read.getFirst().startsWith("NNG", "NNP", "SL") || read.getFirst().verbal()) {
            return false;
        }
        if (next.endsWith("로")) {
            return false; // 명동 버스로 가요: the vehicle is the means, and 명동 the goal left bare (→ 명동에)
        }
        String head = ArgumentCheck.stemAndParticle(next)[0];
        return VEHICLES.stream().anyMatch(v -> next.startsWith(v) || head.endsWith(v));
    }

    /** Whether {@code next} is a common noun in the topic particle 은/는 (와이파이는, 수영장은), not a pronoun. */
    static boolean placeOfTopic(String next) {
        List<Morphology.Word> read = Morphology.analyse(next);
        if (read.size() != 1 || !read.getFirst().startsWith("NNG", "NNP", "SL") || read.getFirst().verbal()) {
            return false;
        }
        List<Morphology.Morpheme> ms = read.getFirst().morphemes();
        Morphology.Morpheme last = ms.getLast();
        String head = next.substring(0, next.length() - 1);
        return ms.size() >= 2 && last.is("JX") && (last.form().equals("은") || last.form().equals("는"))
                && (next.endsWith("은") || next.endsWith("는")) && !PRONOUNS.contains(head);
    }
}
