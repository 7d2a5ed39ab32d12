package com.koto.evaluation.rules;

/**
 * The greeting 안녕하세요 asked in the past, 안녕하셨어요? (session 33, s33a). The past form is a greeting of its own:
 * it asks whether the listener has been well since the speakers last met, and 표준 언어 예절 (국립국어원 2011, 인사말:
 * 오랜만에 만난 어른께 "그동안 안녕하셨습니까?") gives it beside 안녕하세요/안녕하십니까 for meeting a neighbour or
 * an elder; 표준국어대사전 '안녕하다' ② 아무 탈 없이 편안하다, "그동안 안녕하셨습니까?". A tense finding that reads it
 * against the accepted present greeting names no error. Only this direction: the present greeting for an accepted
 * past one after 그동안 (그동안 안녕하세요?) keeps its finding, since 그동안 asks about the time past.
 */
final class PastGreetings {

    private PastGreetings() {
    }

    /**
     * Whether {@code o} is a past form of the greeting 안녕하다 (안녕하셨어요, 안녕하셨습니까, 안녕했어) and
     * {@code c} a present one (안녕하세요, 안녕하십니까, 안녕).
     */
    static boolean pastForPresent(String o, String c) {
        String learner = o.replaceAll("[?.!]+$", "");
        String accepted = c.replaceAll("[?.!]+$", "");
        if (learner.contains(" ") || accepted.contains(" ")) {
            return false;
        }
        boolean past = learner.startsWith("안녕하셨") || learner.startsWith("안녕했");
        boolean present = accepted.startsWith("안녕") && !accepted.startsWith("안녕히") && !accepted.contains("셨")
                && !accepted.contains("했") && !accepted.contains("였");
        return past && present;
    }
}
