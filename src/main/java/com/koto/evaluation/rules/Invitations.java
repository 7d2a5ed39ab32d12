package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.text.AnswerText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An invitation to do something together asked with the plain 해체 question -아/어? or its past, where the task
 * invites (session 16, helper eval30c; read on the learner's own words against the accepted answers):
 * 이번 토요일에 같이 영화 봐? → 볼래? ({@code ending/invitation_question}), 이번 토요일에 같이 영화 봤어? → 볼래?
 * ({@code tense/future}).
 *
 * <p>-아/어? asks what the listener is doing or usually does (영화 봐? 'are you watching a film?'), and its past
 * what they did; an invitation asks the listener's will, -(으)ㄹ래?, or proposes, -(으)ㄹ까? or -자 (한국어기초사전
 * '-을래': 듣는 사람의 의사를 물음; '-을까': 함께 하자고 제안함; Yeon &amp; Brown 2019, -(으)ㄹ래요, -(으)ㄹ까요 and -자).
 *
 * <p>The rule: a yes/no question of the learner (no question word: 우리 내일 몇 시에 만나? is right) that names a
 * joint act (같이, 함께, 우리) ends in a verb's plain -아/어 (or
 * -았/었어); an accepted answer invites with that verb (-(으)ㄹ래, -(으)ㄹ까, -자) and none has the learner's word.
 * The correction is the accepted -(으)ㄹ래 form where there is one (a question stays a question), else its
 * -(으)ㄹ까 or -자.
 */
final class Invitations {

    /** The spaces after a sentence-final mark. */
    private static final Pattern SENTENCE_GAP = Pattern.compile("(?<=[.?!])\\s+");

    private static final Set<String> TOGETHER = Set.of("같이", "함께", "우리", "우리도", "나랑", "저랑");
    /** Question words: a question with one asks for information, and -아/어? is right there. */
    private static final java.util.regex.Pattern QUESTION_WORDS = java.util.regex.Pattern.compile(
            "(몇|어디|언제|뭐|뭘|무엇|무슨|어떻게|어떤|왜|누구|누가|어느|얼마)");

    private Invitations() {
    }

    /**
     * @param raw      the answer as typed
     * @param expected the accepted answers as written
     * @return the learner's question word → the accepted invitation; empty when none applies
     */
    static List<Finding> find(String raw, List<String> expected) {
        List<Finding> out = new ArrayList<>();
        List<String> acceptedWords = new ArrayList<>();
        for (String e : expected) {
            acceptedWords.addAll(List.of(AnswerText.normalise(e).split(" ")));
        }
        for (String sentence : SENTENCE_GAP.split(raw.strip())) {
            if (!sentence.strip().endsWith("?")) {
                continue;
            }
            List<String> words = List.of(AnswerText.normalise(sentence).split(" "));
            String w = words.getLast();
            if (words.stream().noneMatch(TOGETHER::contains) || acceptedWords.contains(w)
                    || words.stream().anyMatch(x -> QUESTION_WORDS.matcher(x).lookingAt())) {
                continue; // (우리 내일 몇 시에 만나? asks for a time, in the present of a plan: right)
            }
            List<Morphology.Word> read = Morphology.analyse(w);
            if (read.size() != 1) {
                continue;
            }
            List<Morphology.Morpheme> ms = read.getFirst().morphemes();
            String stem = stem(ms);
            if (stem == null || ms.size() < 2 || !ms.getLast().is("EF")
                    || !Set.of("아", "어", "ㅏ", "ㅓ", "여", "ㅕ").contains(ms.getLast().form())) {
                continue;
            }
            boolean past = ms.get(ms.size() - 2).is("EP");
            if (ms.stream().filter(m -> m.is("EP")).count() > (past ? 1 : 0)) {
                continue; // (-시- or another pre-final ending)
            }
            invitation(stem, acceptedWords).ifPresent(c -> out.add(past
                    ? new Finding(ErrorCategory.TENSE, w, c, "tense/future")
                    : new Finding(ErrorCategory.ENDING, w, c, "ending/invitation_question")));
        }
        return out;
    }

    /** The accepted invitation on this stem: -(으)ㄹ래 first, then -(으)ㄹ까, then -자. */
    private static Optional<String> invitation(String stem, List<String> acceptedWords) {
        String best = null;
        int rank = 9;
        for (String a : acceptedWords) {
            int r = a.endsWith("래") ? 0 : a.endsWith("까") ? 1 : a.endsWith("자") ? 2 : 9;
            if (r >= rank) {
                continue;
            }
            List<Morphology.Word> read = Morphology.analyse(a);
            if (read.size() == 1 && stem.equals(stem(read.getFirst().morphemes()))
                    && read.getFirst().morphemes().getLast().is("EF")) {
                best = a;
                rank = r;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The verb's stem: a verb, or a noun with 하다 (보, 먹, 운동하); null for anything else. */
    private static String stem(List<Morphology.Morpheme> ms) {
        if (ms.isEmpty()) {
            return null;
        }
        if (ms.getFirst().is("VV")) {
            return ms.getFirst().form();
        }
        if (ms.size() > 1 && ms.getFirst().is("NNG") && ms.get(1).is("XSV")) {
            return ms.getFirst().form() + ms.get(1).form();
        }
        return null;
    }
}
