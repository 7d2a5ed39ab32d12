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

    /**
     * Two spans without the words they share at the start and at the end (깍아 주세요 / 깎아 주세요 →
     * 깍아 / 깎아); the spans themselves when trimming would empty one of them.
     */
    static String[] trimCommonWords(String answer, String expected) {
        java.util.List<String> a = java.util.List.of(answer.strip().split("\\s+"));
        java.util.List<String> e = java.util.List.of(expected.strip().split("\\s+"));
        int head = 0;
        while (head < a.size() - 1 && head < e.size() - 1 && a.get(head).equals(e.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < a.size() - head - 1 && tail < e.size() - head - 1
                && a.get(a.size() - 1 - tail).equals(e.get(e.size() - 1 - tail))) {
            tail++;
        }
        return new String[] {String.join(" ", a.subList(head, a.size() - tail)),
            String.join(" ", e.subList(head, e.size() - tail))};
    }

    /**
     * The smallest span of two texts that differ only in spacing: the words in which they differ,
     * without a particle or copula both end with (체크아웃은 몇시예요 / 체크아웃은 몇 시예요 → 몇시 / 몇 시).
     *
     * @return {@code [answerSpan, expectedSpan]}; the whole texts when no smaller span is found
     */
    static String[] minimalSpan(String answer, String expected) {
        java.util.List<String> a = java.util.List.of(answer.strip().split("\\s+"));
        java.util.List<String> e = java.util.List.of(expected.strip().split("\\s+"));
        int head = 0;
        while (head < a.size() && head < e.size() && a.get(head).equals(e.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < a.size() - head && tail < e.size() - head
                && a.get(a.size() - 1 - tail).equals(e.get(e.size() - 1 - tail))) {
            tail++;
        }
        String as = String.join(" ", a.subList(head, a.size() - tail));
        String es = String.join(" ", e.subList(head, e.size() - tail));
        if (as.isEmpty() || es.isEmpty() || !as.replace(" ", "").equals(es.replace(" ", ""))) {
            return new String[] {answer, expected};
        }
        for (String particle : java.util.List.of("이에요", "예요", "이요", "요", "에서", "에", "을", "를", "은", "는", "이", "가")) {
            if (as.endsWith(particle) && es.endsWith(particle) && as.length() > particle.length() + 1
                    && !as.substring(0, as.length() - particle.length()).endsWith(" ")
                    && !es.substring(0, es.length() - particle.length()).endsWith(" ")
                    && Particles.isParticle(particle) && !particle.equals("요") && !particle.equals("이요")) {
                return new String[] {as.substring(0, as.length() - particle.length()),
                    es.substring(0, es.length() - particle.length())};
            }
        }
        return new String[] {as, es};
    }
}
