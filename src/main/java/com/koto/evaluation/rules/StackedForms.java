package com.koto.evaluation.rules;

import java.util.List;

/**
 * Two word forms that differ from the accepted word by a piece Korean may add or leave out without changing what is
 * said, so the learner's word is no {@code ending} error (session 30, s30e):
 * <ul>
 *   <li>{@link #caseBeforeDelimiter}: an adverbial case particle kept before the delimiter (검은색으로도 for 검은색도,
 *       서울에서도 for 서울도). A case particle stacks before a delimiter, the reverse never (한국어 문법 1, 국립국어원,
 *       조사의 결합: 격 조사 + 보조사; 표준국어대사전 '도' 「조사」: 여러 격 조사 뒤에 붙는다). Nori splits a colour noun
 *       such as 검은색 into 검(VA) + 은(ETM) + 색, so the comparison of the two words took the particles for an
 *       ending. Only that reading is silenced here; a noun read as a noun keeps the particle comparison.</li>
 *   <li>{@link #changeLeftOut}: a reason clause in -아서/-어서 on the stem itself where the accepted one adds the
 *       auxiliary 지다 'come to be' (늦어서 for 늦어져서, 비싸서 for 비싸져서). 늦다 is itself a verb, 정해진 때보다
 *       지나다 (표준국어대사전 '늦다' 「동사」), and -어지다 only adds the change of state (표준국어대사전 '-어지다'
 *       「보조 동사」); as the cause of what follows either gives the reason (Yeon &amp; Brown 2019, -아서/어서).
 *       Sentence endings are left alone: 추웠어요 and 추워졌어요 say different things.</li>
 * </ul>
 */
final class StackedForms {

    private static final List<String> DELIMITERS = List.of("도", "만", "까지", "부터", "은", "는");
    private static final List<String> CASES = List.of("으로", "로", "에서", "에게", "한테", "에");
    private static final List<String> INFINITIVE_VOWELS = List.of("어", "아", "여", "워", "와", "해", "러");

    private StackedForms() {
    }

    /**
     * Whether {@code answer} is {@code expected}'s noun with an adverbial case particle before the same delimiter:
     * N + 으로/로/에/에서/에게/한테 + 도/만/까지/부터/은/는 for N + that delimiter.
     *
     * @param answer   the learner's word, without a sentence mark
     * @param expected the accepted word, without a sentence mark
     */
    static boolean caseBeforeDelimiter(String answer, String expected) {
        for (String delimiter : DELIMITERS) {
            if (!answer.endsWith(delimiter) || !expected.endsWith(delimiter)) {
                continue;
            }
            String noun = expected.substring(0, expected.length() - delimiter.length());
            String middle = answer.startsWith(noun) ? answer.substring(noun.length(), answer.length() - delimiter.length())
                    : null;
            if (!noun.isEmpty() && middle != null && CASES.contains(middle)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code answer} is {@code expected} without the auxiliary 지다 in a reason clause: stem + -아/어 + 서 for
     * stem + -아/어 + 져서 (늦어서 for 늦어져서, 추워서 for 추워져서).
     *
     * @param answer   the learner's word, without a sentence mark
     * @param expected the accepted word, without a sentence mark
     */
    static boolean changeLeftOut(String answer, String expected) {
        if (!answer.endsWith("서") || !expected.endsWith("져서")) {
            return false;
        }
        String head = expected.substring(0, expected.length() - "져서".length());
        return head.length() >= 2 && INFINITIVE_VOWELS.stream().anyMatch(head::endsWith) && answer.equals(head + "서");
    }
}
