package com.koto.evaluation.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A verbless fragment added after a complete sentence (김밥 좀 줘. 음료수도!; 물 주세요. 얼음도요.): an
 * afterthought that adds a thing to the sentence before it, whose predicate it shares (Sohn 1999 on
 * afterthought and ellipsis in speech; Lee &amp; Ramsey 2000 on right dislocation). Read against an
 * accepted answer that says both in one clause (김밥이랑 음료수 좀 줘), the alignment finds the verb
 * "before" the fragment and a list particle "missing"; the learner's own sentence marks contradict
 * both, so such findings are alignment artefacts ({@link Evidence#artefact}), never decisive.
 *
 * <p>The evidence is the learner's own typing: a sentence mark (. ! ?) ends the sentence before the
 * fragment, and the fragment has no predicate. Without the typed answer nothing is excused; a phrase
 * put after the verb inside one sentence (출근해요 지하철로) keeps its word-order finding.
 */
final class Afterthoughts {

    /** A day of the week with its particle. */
    private static final Pattern WEEKDAY = Pattern.compile("[월화수목금토일]요일(에|은|는|에는)?");
    /** One or more white-space characters. */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** The point after each sentence-final mark (also 。). */
    private static final Pattern AFTER_SENTENCE_END = Pattern.compile("(?<=[.!?。])");
    /** A sentence mark (also 。), comma or ~. */
    private static final Pattern PUNCTUATION_CJK = Pattern.compile("[.!?。,~]");
    /** Sentence-final marks (also 。). */
    private static final Pattern SENTENCE_MARKS_CJK = Pattern.compile("[.!?。]+");

    private Afterthoughts() {
    }

    /**
     * A {@code word_order/verb_final} finding whose moved part is an afterthought fragment: {@code o}
     * is the learner's predicate followed by the moved words (줘 음료수도), and in the typed answer a
     * sentence mark follows the predicate and the moved words make a sentence of their own with no
     * predicate.
     *
     * @param o       the finding's learner span, predicate first
     * @param asTyped the answer as typed (sentence marks kept), or null
     */
    static boolean movedFragment(String o, String asTyped) {
        if (asTyped == null || !o.contains(" ")) {
            return false;
        }
        String[] words = o.split(" ");
        List<String> sentences = sentences(asTyped);
        // the predicate may be a verb with its auxiliary (예약하고 싶어요. 내일 저녁 7시에 네 명이요.; session 25, s25a)
        for (int k = 1; k < words.length; k++) {
            String verb = String.join(" ", java.util.Arrays.copyOfRange(words, 0, k));
            String moved = String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length));
            for (int i = 0; i + 1 < sentences.size(); i++) {
                String s = sentences.get(i);
                if ((s.equals(verb) || s.endsWith(" " + verb)) && sentences.get(i + 1).equals(moved)
                        && !hasPredicate(moved)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Time words that can be added after a finished predicate (표준국어대사전, 명사·부사 '어제', '내일' …). */
    private static final Set<String> TIMES = Set.of("어제", "오늘", "내일", "모레", "그저께", "그제", "어젯밤", "아까",
            "방금", "이따", "이따가", "나중에", "지금", "요즘", "작년", "올해", "내년", "지난주", "지난달", "이번", "다음",
            "지난", "주", "주에", "주말", "주말에", "달", "달에", "아침", "아침에", "저녁", "저녁에", "밤", "밤에", "오후",
            "오후에", "오전", "오전에", "점심", "점심에", "어제는", "오늘은", "내일은");

    /**
     * A time word of {@link #TIMES}, or a day of the week, alone or with 에/은/는/에는 (토요일, 금요일에; session 14,
     * helper eval25a: 가고 싶어, 이번 토요일 저녁에.). The names of the days are time nouns as 주말 is
     * (표준국어대사전 '토요일': 한 주의 여섯째 날).
     */
    private static boolean timeWord(String w) {
        return TIMES.contains(w) || WEEKDAY.matcher(w).matches();
    }

    /**
     * A {@code word_order/verb_final} finding whose moved part is a time word the learner set off by a comma
     * after the predicate (선물 드렸어, 어제.): a time adverbial added after the predicate as an afterthought,
     * natural in speech (Sohn 1999 on afterthought / right dislocation; Lee &amp; Ramsey 2000). {@code o} is
     * the predicate followed by the time words (드렸어 어제); in the typed answer a comma follows the
     * predicate and the time words end the sentence. Without the comma (드렸어 어제) nothing is excused.
     *
     * @param o       the finding's learner span, predicate first
     * @param asTyped the answer as typed (sentence marks kept), or null
     */
    static boolean timeAfterComma(String o, String asTyped) {
        if (asTyped == null || !o.contains(" ")) {
            return false;
        }
        String[] words = o.split(" ");
        int k = words.length;
        while (k > 1 && timeWord(words[k - 1])) {
            k--;
        }
        if (k == words.length) {
            return false;
        }
        String verb = String.join(" ", java.util.Arrays.copyOfRange(words, 0, k));
        String moved = String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length));
        String typed = SPACES.matcher(asTyped).replaceAll(" ");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(^|\\s)" + java.util.regex.Pattern.quote(verb)
                + "\\s*,\\s*" + java.util.regex.Pattern.quote(moved) + "\\s*([.!?。~]|$)").matcher(typed);
        return m.find() && (hasPredicate(verb) || verb.endsWith("거야") || verb.endsWith("거예요"));
    }

    /**
     * A {@code word_order/verb_final} finding whose moved part is adverbs the learner set off by a comma after the
     * predicate (와 주세요, 빨리. / 조금만 잘라 주세요, 짧게.; session 26, s26c): an adverb added after the finished
     * sentence as an afterthought, set off by a pause (Sohn 1999, §8.3 on afterthought and right dislocation). The
     * moved words are each an adverb alone or the -게 adverbial of an adjective, and in the typed answer a comma
     * follows the predicate and they end the sentence. Without the comma (하지 마세요 짧게) nothing is excused.
     *
     * @param o       the finding's learner span, predicate first
     * @param asTyped the answer as typed (sentence marks kept), or null
     */
    static boolean adverbAfterComma(String o, String asTyped) {
        return movedAfterComma(o, asTyped, (words, k) -> Morphology.analyse(
                String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length))).stream()
                .allMatch(w -> w.morphemes().size() == 1 && w.startsWith("MAG")
                        || w.morphemes().size() == 2 && w.startsWith("VA") && w.endsWith("EC")));
    }

    /**
     * The driver of the comma afterthoughts: whether some split of the finding's span {@code o} into a predicate
     * (the words before {@code k}) and at most three moved words (from {@code k} on) satisfies {@code moved} and is
     * typed as {@code predicate, moved} ending its sentence.
     */
    private static boolean movedAfterComma(String o, String asTyped,
            java.util.function.BiPredicate<String[], Integer> moved) {
        if (asTyped == null || o == null || !o.contains(" ")) {
            return false;
        }
        String[] words = o.strip().split(" ");
        String typed = SPACES.matcher(asTyped).replaceAll(" ");
        for (int k = words.length - 1; k >= 1 && words.length - k <= 3; k--) {
            if (!moved.test(words, k)) {
                continue;
            }
            String verb = String.join(" ", java.util.Arrays.copyOfRange(words, 0, k));
            String after = String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length));
            if (java.util.regex.Pattern.compile("(^|\\s)" + java.util.regex.Pattern.quote(verb) + "\\s*,\\s*"
                    + java.util.regex.Pattern.quote(after) + "\\s*([.!?。~]|$)").matcher(typed).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A {@code word_order/verb_final} finding whose moved part is bare nouns the learner set off by a comma after the
     * finished predicate (살 수 있어요, 선불 유심 카드?; session 27, s27b): the thing spoken of, named again as an
     * afterthought (Sohn 1999, §8.3 on afterthought and right dislocation). The predicate before the comma ends in a
     * sentence-final ending, and the moved words (at most three) are nouns without a particle and hold no predicate.
     *
     * @param o       the finding's learner span, predicate first
     * @param asTyped the answer as typed (sentence marks kept), or null
     */
    static boolean nounsAfterComma(String o, String asTyped) {
        return movedAfterComma(o, asTyped, (words, k) -> {
            for (int i = k; i < words.length; i++) {
                if (!ArgumentCheck.stemAndParticle(words[i])[1].isEmpty() || hasPredicate(words[i])) {
                    return false;
                }
            }
            return sentenceFinal(words[k - 1]);
        });
    }

    /**
     * Particles of a participant named again after the predicate: the subject (이/가/께서), the topic (은/는), 도,
     * and the partner of a shared act ((이)랑, 하고, 와/과).
     */
    private static final java.util.regex.Pattern PARTICIPANT = java.util.regex.Pattern.compile(
            ".+(께서는|께서|께서도|이랑|랑|하고|이|가|은|는|도|와|과)");

    /**
     * A {@code word_order/verb_final} finding whose moved part names a participant after the finished sentence,
     * set off by a comma (내일 수업 없다고 하셨어, 선생님이. / 제주도 갔었어, 부모님이랑.): right dislocation, the
     * spoken afterthought that names again who the sentence is about or who shared the act, an argument the
     * sentence itself left unsaid (Sohn 1999, §8.3 on afterthought and right dislocation; Lee &amp; Ramsey 2000;
     * Yeon &amp; Brown 2019 on word order in speech). The evidence is the typing: the predicate before the comma
     * ends in a sentence-final ending, the moved words (at most three) hold no predicate, their last word is a
     * noun with a subject, topic, 도 or comitative particle, and they end the typed sentence. An object, a place
     * or a recipient after the predicate (시켰어요, 핫초코를; 빌려줬어, 친구한테) is left to the word-order check,
     * and so is a participant after the predicate without the comma (갔었어 부모님이랑).
     *
     * @param o       the finding's learner span, predicate first
     * @param asTyped the answer as typed (sentence marks kept), or null
     */
    static boolean participantAfterComma(String o, String asTyped) {
        return movedAfterComma(o, asTyped, (words, k) -> {
            java.util.regex.Matcher last = PARTICIPANT.matcher(words[words.length - 1]);
            // the noun read without its particle: Nori reads 친구하고 as 친구 + 하다 + -고
            String noun = last.matches() ? words[words.length - 1].substring(0, last.start(1)) : "";
            return !noun.isEmpty() && !hasPredicate(noun)
                    && !(k < words.length - 1
                            && hasPredicate(String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length - 1))))
                    && sentenceFinal(words[k - 1]);
        });
    }

    /** Whether the word, read alone, ends in a sentence-final ending (하셨어, 갔었어요, 먹었습니다). */
    private static boolean sentenceFinal(String word) {
        List<Morphology.Word> w = Morphology.analyse(word);
        return w.size() == 1 && w.getFirst().verbal() && w.getFirst().endsWith("EF");
    }

    /** Words that make a noun the partner of an act done together (친구 같이 → 친구랑 같이). */
    private static final Set<String> TOGETHER = Set.of("같이", "함께");

    /**
     * A {@code particle_missing/comitative} finding on a noun of a complete sentence that a verbless
     * fragment follows (김밥 좀 줘. 음료수도!): the accepted answer lists the two things with 이랑/하고; the
     * learner names the second as an afterthought, so nothing is listed and no list particle is
     * missing. The noun must not stand before 같이/함께, where it is the partner of a shared act and
     * needs 하고/(이)랑 whatever follows (표준국어대사전 '같이' ②).
     *
     * @param o       the learner's noun
     * @param answer  the normalised answer
     * @param asTyped the answer as typed, or null
     */
    static boolean listedAfter(String o, String answer, String asTyped) {
        if (asTyped == null || o.isEmpty() || o.contains(" ")) {
            return false;
        }
        String[] words = answer.split(" ");
        for (int i = 0; i + 1 < words.length; i++) {
            if (words[i].equals(o) && TOGETHER.contains(words[i + 1])) {
                return false;
            }
        }
        List<String> sentences = sentences(asTyped);
        for (int i = 0; i + 1 < sentences.size(); i++) {
            if (List.of(sentences.get(i).split(" ")).contains(o) && hasPredicate(sentences.get(i))) {
                for (String later : sentences.subList(i + 1, sentences.size())) {
                    if (!hasPredicate(later)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * A predicate found missing after a verbless fragment that follows a question of the learner's own (입장료가
     * 어떻게 돼요? 어른 한 명하고 어린이 한 명이요. for 어른 한 명, 어린이 한 명 얼마예요?; session 16): the question
     * asks in a sentence of its own, and the fragment names what it is asked about, an afterthought that shares
     * the question's predicate (Sohn 1999 on afterthought and ellipsis in speech; Lee &amp; Ramsey 2000 on right
     * dislocation; 표준국어대사전 '요' 「조사」, the polite 요 after a noun phrase). The evidence is the typing: the
     * answer's last sentence has no predicate, and a sentence before it with a predicate is typed with '?'. The
     * gap is the answer's end ({@code o} empty) or the fragment's last word. The fragment alone (어른 한 명하고
     * 어린이 한 명이요.) or after a statement keeps its finding (but see {@link #politeFragmentAfterStatement}).
     *
     * @param o       the finding's learner span
     * @param c       its correction, which must hold a predicate
     * @param asTyped the answer as typed (sentence marks kept), or null
     */
    static boolean fragmentAfterQuestion(String o, String c, String asTyped) {
        if (asTyped == null || c.isEmpty() || !hasPredicate(c)) {
            return false;
        }
        List<String> typed = new ArrayList<>();
        for (String s : AFTER_SENTENCE_END.split(asTyped)) {
            if (!s.isBlank()) {
                typed.add(s.strip());
            }
        }
        if (typed.size() < 2) {
            return false;
        }
        String last = SPACES.matcher(PUNCTUATION_CJK.matcher(typed.getLast()).replaceAll(" ").strip()).replaceAll(" ");
        String[] lw = last.split(" ");
        if (last.isEmpty() || hasPredicate(last)
                || !o.isEmpty() && !(o.equals(lw[lw.length - 1]) && c.startsWith(o + " "))) {
            return false;
        }
        for (String s : typed.subList(0, typed.size() - 1)) {
            if (s.endsWith("?") && hasPredicate(PUNCTUATION_CJK.matcher(s).replaceAll(" ").strip())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A predicate found missing after a fragment that ends in a particle with the polite 요, typed as a sentence of its
     * own after a statement (조식은 2층이래요. 7시부터 10시까지요. for 조식은 2층에서 7시부터 10시까지 한대요): the 요
     * after a particle makes the noun phrase a whole 해요체 utterance that shares the predicate of the sentence before
     * it (표준국어대사전 '요' 「조사」 ((체언, 부사어 … 뒤에 붙어)) 청자에게 존대의 뜻; Sohn 1999 on ellipsis in speech),
     * not a sentence left unfinished. The particles: 부터, 까지, 에서, (으)로, 하고, (이)랑, 도, 만. The fragment must
     * end in the word an accepted answer has right before the predicate the finding adds (10시까지 한대요), so a
     * fragment that leaves something else out (7시부터요. for 7시부터 10시까지) keeps its finding, and so do a bare
     * fragment (… 10시까지.) and a fragment with no statement before it (session 25, s25a).
     *
     * @param f        an {@code incomplete} finding: the fragment's last word → that word and the predicate
     * @param asTyped  the answer as typed (sentence marks kept), or null
     * @param accepted the accepted answers, normalised
     */
    static boolean politeFragmentAfterStatement(Finding f, String asTyped, List<String> accepted) {
        if (f.category() != com.koto.evaluation.ErrorCategory.INCOMPLETE || asTyped == null || f.original() == null
                || f.correction() == null || f.correction().isBlank()) {
            return false;
        }
        List<String> typed = sentences(asTyped);
        if (typed.size() < 2 || hasPredicate(typed.getLast())) {
            return false;
        }
        String last = typed.getLast().substring(typed.getLast().lastIndexOf(' ') + 1);
        String o = f.original().strip();
        String c = f.correction().strip();
        // the gap at the answer's end (o empty: the predicate alone) or on the fragment's last word
        String predicate = o.isEmpty() ? c : c.startsWith(o + " ") && o.equals(last) ? c.substring(o.length() + 1) : null;
        if (predicate == null || !POLITE_FRAGMENT.matcher(last).matches() || !hasPredicate(predicate)) {
            return false;
        }
        String said = last.substring(0, last.length() - 1) + " " + predicate;
        if (accepted.stream().noneMatch(a -> (" " + a + " ").contains(" " + said + " "))) {
            return false;
        }
        return typed.subList(0, typed.size() - 1).stream().anyMatch(Afterthoughts::hasPredicate);
    }

    /** A word ending in a particle + the polite 요 (10시까지요, 서울에서요, 카드로요, 저도요). */
    private static final Pattern POLITE_FRAGMENT = Pattern.compile("\\S+(부터|까지|에서|으로|로|하고|이랑|랑|도|만)요");

    /** The typed answer's sentences, split at . ! ? and stripped of commas. */
    private static List<String> sentences(String asTyped) {
        List<String> out = new ArrayList<>();
        for (String s : SENTENCE_MARKS_CJK.split(asTyped)) {
            String t = SPACES.matcher(s.replace(",", " ").strip()).replaceAll(" ");
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    private static boolean hasPredicate(String sentence) {
        return Morphology.analyse(sentence).stream().flatMap(w -> w.morphemes().stream())
                .anyMatch(Morphology.Morpheme::isStem);
    }
}
