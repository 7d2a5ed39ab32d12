package com.koto.evaluation.rules;

/**
 * Spacing differences that are not errors: an auxiliary verb may be written together with the
 * verb before it (보여 주세요 / 보여주세요; 한글 맞춤법 제47항: 보조 용언은 띄어 씀을 원칙으로 하되,
 * 경우에 따라 붙여 씀도 허용한다).
 */
final class Spacing {

    private Spacing() {
    }

    /**
     * Whether the answer differs from the accepted answer (same letters) only by joining words
     * where the accepted answer has a connective-form verb followed by an auxiliary verb.
     */
    static boolean onlyAuxiliaryJoins(SentenceCheck.Sentence answer, SentenceCheck.Sentence expected) {
        var words = expected.words();
        StringBuilder joined = new StringBuilder(words.getFirst().surface());
        for (int i = 1; i < words.size(); i++) {
            boolean auxiliary = words.get(i - 1).endsWith("EC") && words.get(i).startsWith("VX");
            joined.append(auxiliary ? "" : " ").append(words.get(i).surface());
        }
        StringBuilder answerText = new StringBuilder();
        for (var w : answer.words()) {
            answerText.append(answerText.isEmpty() ? "" : " ").append(w.surface());
        }
        return joined.toString().equals(answerText.toString());
    }
}
