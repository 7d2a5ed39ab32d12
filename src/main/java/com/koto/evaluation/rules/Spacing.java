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
     * Joins that are spacing mistakes whatever the accepted answer says: a bound noun after a
     * modifier (할수 있어요, 갈거예요, 갈때: 한글 맞춤법 제42항, 의존 명사는 띄어 쓴다) and the auxiliary
     * after -고 (하고싶어요, 하고있어요: 제47항 allows joining only after -아/-어). Each is a word as
     * written and the same word spaced.
     *
     * @param answer the normalised answer
     * @return one spacing finding per such word, in order; empty when there is none
     */
    static java.util.List<Finding> boundJoins(String answer) {
        java.util.List<Finding> out = null;
        String[] words = answer.split(" ");
        for (int w = 0; w < words.length; w++) {
            String word = words[w];
            String fixed = spaced(word);
            if (fixed.equals(word)) {
                fixed = spacedAtEnd(word, w + 1 < words.length ? words[w + 1] : "");
            }
            if (fixed.equals(word)) {
                fixed = spacedCounter(word);
            }
            if (fixed.equals(word)) {
                fixed = spacedThing(word, w + 1 < words.length ? words[w + 1] : "");
            }
            if (!fixed.equals(word)) {
                if (out == null) {
                    out = new java.util.ArrayList<>();
                }
                out.add(new Finding(com.koto.evaluation.ErrorCategory.SPACING, word, fixed, "spacing/words"));
            }
        }
        return out == null ? java.util.List.of() : out;
    }

    /** The answer with the joins of {@link #boundJoins} spaced. */
    static String withBoundJoinsSpaced(String answer, java.util.List<Finding> joins) {
        String out = answer;
        for (Finding f : joins) {
            out = (" " + out + " ").replace(" " + f.original() + " ", " " + f.correction() + " ").strip();
        }
        return out;
    }

    private static final java.util.List<String> AFTER_GO = java.util.List.of("싶", "있");
    private static final java.util.List<String> BOUND_ENDINGS = java.util.List.of("거예요", "거에요", "겁니다", "거야",
            "거죠", "때", "수");

    /** One word with its bound noun or -고 auxiliary spaced; the word itself when nothing applies. */
    static String spaced(String word) {
        if (word.length() < 3) {
            return word;
        }
        for (int i = 1; i < word.length() - 1; i++) {
            char before = word.charAt(i - 1);
            String rest = word.substring(i);
            if (com.koto.evaluation.text.Hangul.hasRieulFinal(before)) {
                for (String b : BOUND_ENDINGS) {
                    // 할수있어요 / 할수 (있어요): 수 only before 있다/없다 or at the end (갈수록 is one word)
                    if (rest.startsWith(b) && (!b.equals("수") || rest.equals("수") || rest.startsWith("수있")
                            || rest.startsWith("수없")) && (!b.equals("때") || rest.length() <= 3)) {
                        String tail = rest.substring(b.length());
                        String spacedTail = tail.isEmpty() ? "" : " " + tail;
                        return word.substring(0, i) + " " + b + spacedTail;
                    }
                }
            }
            if (before == '고' && i >= 2 && AFTER_GO.stream().anyMatch(rest::startsWith)
                    && (rest.startsWith("싶") || rest.startsWith("있어") || rest.startsWith("있습"))) {
                return word.substring(0, i) + " " + rest;
            }
        }
        return word;
    }

    /**
     * A bound noun that ends its word after a modifier in -ㄹ (찾을수 있어요 → 찾을 수 있어요, 일할때 →
     * 일할 때; 한글 맞춤법 제42항, 의존 명사는 띄어 쓴다). 수 counts only before 있다/없다 (with 가/도/는 on
     * it: 할수도 있어요), the one reading of -ㄹ 수 있다/없다 (Yeon & Brown 2011, §6.5); 때 only when what
     * is joined is no dictionary word (the dictionary's nouns in -ㄹ수, 실수/홀수, and -ㄹ때 stay whole).
     *
     * @param word the word as written
     * @param next the word after it; empty at the end of the answer
     * @return the word spaced; the word itself when nothing applies
     */
    static String spacedAtEnd(String word, String next) {
        for (String bound : java.util.List.of("수", "수가", "수도", "수는", "때", "때는", "때도", "때에", "때만")) {
            int i = word.length() - bound.length();
            if (i < 1 || !word.endsWith(bound)
                    || !com.koto.evaluation.text.Hangul.hasRieulFinal(word.charAt(i - 1))) {
                continue;
            }
            boolean su = bound.startsWith("수");
            if (su && !(next.startsWith("있") || next.startsWith("없"))) {
                continue;
            }
            String head = word.substring(0, i);
            if (KnownWords.noun(word) || KnownWords.noun(head + bound.charAt(0)) || head.length() < 2
                    && KnownWords.contentWord(head + bound.charAt(0))) {
                continue; // 실수, 홀수: one noun
            }
            return head + " " + bound;
        }
        return word;
    }

    /**
     * The bound noun 것 (거 before 같다) joined to the modifier before it (늦을것 같아요 → 늦을 것 같아요,
     * 좋은것 → 좋은 것, 먹는것을 → 먹는 것을, 길어질거 같아요 → 길어질 거 같아요; 한글 맞춤법 제42항, 의존
     * 명사는 띄어 쓴다; 큰것 → 큰 것). Nori must read the word as a verb or adjective, a modifier ending
     * (ETM) and 것 (NNB); a dictionary word stays whole (날것, 탈것, 새것), a pronoun too (이것, 그것),
     * and 거 counts only before 같다, where the ending -ㄹ거 cannot be meant (먹을게 is -ㄹ게, never
     * spaced). Joined, the word reads as a predicate of its own and the sentence is misjudged (a
     * speech level read on 늦을것).
     *
     * @param word the word as written
     * @param next the word after it; empty at the end of the answer
     * @return the word spaced before 것/거; the word itself when nothing applies
     */
    static String spacedThing(String word, String next) {
        int at = word.indexOf('것');
        if (at < 0 && word.endsWith("거") && next.startsWith("같")) {
            at = word.length() - 1;
        }
        if (at < 1 || KnownWords.noun(word) || KnownWords.noun(word.substring(0, at + 1))) {
            return word;
        }
        java.util.List<Morphology.Word> read = Morphology.analyse(word);
        if (read.size() != 1) {
            return word;
        }
        java.util.List<Morphology.Morpheme> ms = read.getFirst().morphemes();
        for (int i = 1; i + 1 < ms.size(); i++) {
            if (ms.get(i).is("ETM") && ms.get(i + 1).is("NNB") && ms.get(i + 1).form().equals("것")
                    && ms.get(i - 1).isStem()) {
                return word.substring(0, at) + " " + word.substring(at);
            }
        }
        return word;
    }

    private static final java.util.List<String> NATIVE_NUMERALS = java.util.List.of("한", "두", "세", "네", "다섯",
            "여섯", "일곱", "여덟", "아홉", "열", "몇");
    private static final java.util.List<String> COUNTERS = java.util.List.of("개", "명", "분", "시간", "시", "살", "잔", "병",
            "장", "권", "마리", "벌", "대", "켤레", "송이", "그릇", "달", "번");

    /**
     * Counters whose joined forms after 두 … 아홉 and 몇 the dictionary holds only as rare homographs
     * (두개 頭蓋, 세시 歲時): after those numerals a counting reading is the learner's.
     */
    private static final java.util.Set<String> COUNTS = java.util.Set.of("개", "시", "명", "살", "잔", "병", "권",
            "마리", "시간");

    /**
     * A counter joined to a native numeral written in letters (두개하고요 → 두 개하고요, 세시에 → 세 시에,
     * 몇시 → 몇 시; 한글 맞춤법 제43항, 단위를 나타내는 명사는 띄어 쓴다; joining is allowed only with
     * Arabic digits, 3시, 2개). A joined word the dictionary knows stays whole (한번, 한잔, 세대),
     * and so does a word the numeral does not begin (세탁, 네일).
     *
     * @return the word spaced after its numeral; the word itself when nothing applies
     */
    static String spacedCounter(String word) {
        for (String numeral : NATIVE_NUMERALS) {
            if (!word.startsWith(numeral)) {
                continue;
            }
            String rest = word.substring(numeral.length());
            for (String counter : COUNTERS) {
                if (!rest.startsWith(counter)) {
                    continue;
                }
                String joined = numeral + counter;
                boolean plainCount = !numeral.equals("한") && !numeral.equals("열") && COUNTS.contains(counter);
                if (!plainCount && (KnownWords.contentWord(joined) || KnownWords.contentWord(word))) {
                    continue;
                }
                return numeral + " " + rest;
            }
        }
        return word;
    }

    /**
     * Whether the answer differs from the accepted answer (same letters) only by joining words
     * where the accepted answer has a connective-form verb followed by an auxiliary verb.
     */
    static boolean onlyAuxiliaryJoins(SentenceCheck.Sentence answer, SentenceCheck.Sentence expected) {
        var words = expected.words();
        StringBuilder joined = new StringBuilder(words.getFirst().surface());
        for (int i = 1; i < words.size(); i++) {
            // -아/-어 + auxiliary only (제47항): -고 싶다, -고 있다, -게 하다, -지 않다 are written apart
            String previous = words.get(i - 1).surface();
            boolean auxiliary = words.get(i - 1).endsWith("EC") && words.get(i).startsWith("VX")
                    && !previous.endsWith("고") && !previous.endsWith("게") && !previous.endsWith("지");
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
     * The spacing differences of two texts with the same letters, one pair per group of words
     * between two word boundaries both texts share (세시에 예약 했어요 / 세 시에 예약했어요 → 세시에 / 세 시에
     * and 예약 했어요 / 예약했어요): each is the learner's whole words as written (제취미는 / 제 취미는, the
     * gold convention of the blind sets), without a copula both end with (몇시예요 / 몇 시예요 → 몇시 / 몇 시).
     *
     * @return {@code [answerSpan, expectedSpan]} pairs in order; the whole texts as one pair when the
     *         letters differ
     */
    static java.util.List<String[]> spans(String answer, String expected) {
        String[] a = answer.strip().split("\\s+");
        String[] e = expected.strip().split("\\s+");
        if (!String.join("", a).equals(String.join("", e))) {
            return java.util.List.<String[]>of(new String[] {answer, expected});
        }
        java.util.List<String[]> out = new java.util.ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length && j < e.length) {
            int i0 = i;
            int j0 = j;
            int la = a[i++].length();
            int le = e[j++].length();
            while (la != le) {
                if (la < le) {
                    la += a[i++].length();
                } else {
                    le += e[j++].length();
                }
            }
            if (i - i0 == 1 && j - j0 == 1) {
                continue; // the same word
            }
            String as = String.join(" ", java.util.Arrays.copyOfRange(a, i0, i));
            String es = String.join(" ", java.util.Arrays.copyOfRange(e, j0, j));
            for (String copula : java.util.List.of("이에요", "예요", "입니다")) {
                if (as.endsWith(copula) && es.endsWith(copula) && as.length() > copula.length()
                        && !as.substring(0, as.length() - copula.length()).endsWith(" ")
                        && !es.substring(0, es.length() - copula.length()).endsWith(" ")) {
                    as = as.substring(0, as.length() - copula.length());
                    es = es.substring(0, es.length() - copula.length());
                    break;
                }
            }
            out.add(new String[] {as, es});
        }
        return out.isEmpty() ? java.util.List.<String[]>of(new String[] {answer, expected}) : out;
    }
}
