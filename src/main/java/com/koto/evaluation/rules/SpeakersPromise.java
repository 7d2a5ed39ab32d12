package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.text.Hangul;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * -(으)세요 on the act the task has the speaker promise (session 13, eval21b), category {@code honorific},
 * subtype {@code honorific/own_promise}: 다섯 개 사세요 → 살게요, 가지고 가세요 → 갈게요, 나중에 다시 전화하세요
 * → 전화할게요, where an accepted answer says the same verb with -(으)ㄹ게요. -(으)ㄹ게요 is the speaker's
 * promise or decision to the listener (Yeon &amp; Brown, <i>Korean: A Comprehensive Grammar</i> (2019),
 * -(으)ㄹ게요); -(으)세요 carries -(으)시-, which honours the subject and is never used of oneself (Sohn,
 * <i>The Korean Language</i> (1999), ch. 9; 국립국어원 『표준 언어 예절』 (2011): 자기에게는 높임말을 쓰지
 * 않는다), so with no subject named the act becomes the listener's (a request: "buy five"). Four writers
 * of the gold sets (blind-dev, d, c, w2) mark it; three of them file it {@code honorific}.
 *
 * <p>Read on each sentence's last word; left alone where an accepted answer writes the -(으)세요 word
 * itself, where the sentence names another subject (a word in 이/가 other than 제가/내가, 께서, a
 * title in 님 or a respected kin word: 어머니가 내일 가세요 is the mother's act), in questions (가지고
 * 가세요? asks the listener), in the farewell 안녕히 가세요 and where the learner promises the act in
 * another sentence (먼저 가세요. 저는 나중에 갈게요).
 */
final class SpeakersPromise {

    /** A sentence mark, a comma or ~. */
    private static final Pattern PUNCTUATION_TILDE = Pattern.compile("[.?!,~]");

    private SpeakersPromise() {
    }

    /**
     * The findings on the learner's raw answer.
     *
     * @param raw      the answer as typed
     * @param accepted the accepted answers, normalised (words separated by one space)
     * @return one finding per sentence whose last word is such a -(으)세요, the learner's word → the accepted
     *         answer's -(으)ㄹ게요 word; empty when none applies
     */
    static List<Finding> find(String raw, List<String> accepted) {
        List<Finding> out = new ArrayList<>();
        if (raw.contains("\"") || raw.contains("“")) {
            return out;
        }
        Set<String> acceptedWords = new HashSet<>();
        Set<String> promises = new HashSet<>();
        for (String a : accepted) {
            for (String w : a.split(" ")) {
                String x = PUNCTUATION_TILDE.matcher(w).replaceAll("");
                acceptedWords.add(x);
                if (x.endsWith("게요") && x.length() > 2) {
                    char before = x.charAt(x.length() - 3);
                    if (Hangul.isSyllable(before) && Hangul.finalIndex(before) == Hangul.Final.L) {
                        promises.add(x);
                    }
                }
            }
        }
        if (promises.isEmpty()) {
            return out;
        }
        for (SpeechLevels.AnalysedSentence s : SpeechLevels.analysedSentences(raw)) {
            List<String> words = s.words();
            String last = words.getLast();
            String promise = promiseOf(last);
            if (promise == null || !promises.contains(promise) || acceptedWords.contains(last)
                    || raw.contains(last + "?") || otherSubject(s) || raw.contains(promise)
                    || words.size() > 1 && words.get(words.size() - 2).equals("안녕히")) {
                continue;
            }
            out.add(new Finding(ErrorCategory.HONORIFIC, last, promise, "honorific/own_promise"));
        }
        return out;
    }

    /** The -(으)ㄹ게요 of the -(으)세요 word's verb (사세요 → 살게요, 먹으세요 → 먹을게요), or null. */
    static String promiseOf(String w) {
        if (w.endsWith("으세요") && w.length() > 3) {
            String stem = w.substring(0, w.length() - 3);
            char c = stem.charAt(stem.length() - 1);
            return Hangul.isSyllable(c) && Hangul.hasFinal(c) ? stem + "을게요" : null;
        }
        if (!w.endsWith("세요") || w.length() < 3) {
            return null;
        }
        String stem = w.substring(0, w.length() - 2);
        char c = stem.charAt(stem.length() - 1);
        if (!Hangul.isSyllable(c) || Hangul.hasFinal(c)) {
            return null;
        }
        return stem.substring(0, stem.length() - 1) + (char) (c + Hangul.Final.L) + "게요";
    }

    private static boolean otherSubject(SpeechLevels.AnalysedSentence s) {
        for (int i = 0; i < s.words().size(); i++) {
            String w = s.words().get(i);
            Morphology.Word m = s.analysed().get(i);
            if (m.endsWith("JKS") && !w.equals("제가") && !w.equals("내가") || w.endsWith("께서") || w.endsWith("께서는")
                    || w.contains("님") || Persons.HONOURED.stream().anyMatch(w::startsWith)) {
                return true;
            }
        }
        return false;
    }
}
