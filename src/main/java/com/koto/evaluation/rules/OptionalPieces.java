package com.koto.evaluation.rules;

import java.util.List;
import java.util.Map;

/**
 * Pieces of an accepted answer a correct answer may leave out or say otherwise (session 16, helper eval31a,
 * seventh-wave precision probes). Each method recognises one class on the learner's own words; a finding of
 * that class is an alignment artefact ({@link Evidence#artefact}), never decisive. Spans are normalised:
 * {@code o} the learner's span, {@code c} the accepted span, {@code answer} the learner's whole answer.
 */
final class OptionalPieces {

    private OptionalPieces() {
    }

    /**
     * A vocative of the accepted answer left out (뭐 드시고 싶으세요? for 손님, 뭐 드시겠어요?; 천천히 가 주세요 for
     * 기사님, 천천히 가 주세요): a term of address stands outside the sentence and is never required by it (국립국어원
     * 한국어 문법 1, 독립어: 호칭어는 문장의 다른 성분과 직접 관련이 없다; 표준 언어 예절 2011 on 호칭). Only a bare
     * address noun (a title or guest noun of {@link Persons#ADDRESSED_POLITELY}, or any noun with the honorific
     * suffix -님) at the head or the end of the accepted span: with a particle it is an argument and stays required.
     */
    static boolean vocativeLeftOut(String o, String c) {
        List<String> missing = Evidence.missing(o, c);
        if (missing.isEmpty() || o.isEmpty() || !(c.startsWith(missing.getFirst() + " ")
                || c.endsWith(" " + missing.getLast()))) {
            return false;
        }
        return missing.stream().allMatch(OptionalPieces::addressNoun);
    }

    /**
     * The subject 시간이 of 걸리다 left out of a question of duration (얼마나 걸려요? for 시간이 얼마나 걸려요?): 걸리다
     * 'take (time)' says of itself that time is what is taken (표준국어대사전 '걸리다'² 「…이」: 시간이 들다), so its
     * subject is understood and dropped in speech (Sohn 1999 on the ellipsis of understood arguments; 한국어기초사전
     * '걸리다' 용례 '얼마나 걸려요?'). Only 시간이/시간은 as the one word left out, where the learner's answer has 얼마나,
     * 오래 or 많이 with a word in 걸- right after it (a slip of 걸리다 itself, 걸어요, is judged on its own); 시간이 얼마나
     * 있어요 keeps its finding (session 22, s22c).
     */
    static boolean timeLeftOutBeforeTaking(String o, String c, String answer) {
        List<String> missing = Evidence.missing(o, c);
        if (missing.size() != 1 || !missing.getFirst().equals("시간이") && !missing.getFirst().equals("시간은")) {
            return false;
        }
        String[] words = answer.split(" ");
        for (int i = 0; i + 1 < words.length; i++) {
            if (DURATION.contains(words[i]) && words[i + 1].startsWith("걸")) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> DURATION = java.util.Set.of("얼마나", "오래", "많이");

    /** A bare term of address: a title, guest or elder noun, or a noun with the honorific suffix -님. */
    static boolean addressNoun(String word) {
        return Persons.ADDRESSED_POLITELY.contains(word) || word.length() >= 2 && word.endsWith("님");
    }

    /**
     * 까지 of the destination left out before 가다 (서울역 가 주세요 for 서울역까지 가 주세요): the goal of 가다
     * (표준국어대사전 '가다' 「…에/…으로」) may be said with its particle dropped in speech (Lee &amp; Ramsey 2000,
     * ellipsis in speech), and 까지 'as far as' adds no other place: the place is the one named. Only a place
     * ({@link Evidence#placeName}) right before a form of 가다 (가, 가요, 가 주세요, 갑시다); 까지 of a point asked
     * (공항까지 얼마나 걸려요) keeps its finding.
     */
    static boolean untilLeftOutBeforeGo(String o, String c, String answer) {
        if (!c.equals(o + "까지") || !Evidence.placeName(o)) {
            return false;
        }
        String[] words = answer.split(" ");
        for (int i = 0; i + 1 < words.length; i++) {
            if (words[i].equals(o)) {
                String next = words[i + 1];
                return next.equals("가") || next.startsWith("가요") || next.startsWith("가세요")
                        || next.startsWith("갑시다") || next.startsWith("가자") || next.startsWith("가 주");
            }
        }
        return false;
    }

    /** Each larger unit a learner halves with 반 and the amount of the smaller unit its half is. */
    private static final Map<String, Integer> HALVES = Map.of("킬로", 500, "킬로그램", 500, "리터", 500,
            "시간", 30);

    /**
     * A number of the accepted answer the learner states as half of the larger unit (반 킬로 for 500그램, 반 리터
     * for 500밀리리터, 반 시간 for 30분): 반 is 'one of two equal parts' (표준국어대사전 '반' 「1」 둘로 똑같이 나눈 것의
     * 한 부분), so 반 킬로 is 500그램. Only 반 directly before the unit (반 킬로, 반킬로), and only the half's value.
     *
     * @param raw   the learner's answer as written
     * @param value the number the accepted answers state
     */
    static boolean halfStated(String raw, int value) {
        String unspaced = raw.replace(" ", "");
        return HALVES.entrySet().stream().anyMatch(e -> e.getValue() == value && unspaced.contains("반" + e.getKey()));
    }
}
