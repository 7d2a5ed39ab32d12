package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Wrong-word and missing-word findings of the alignment whose evidence is a word of another role
 * (session 11, helper eval18a): the comparison paired a learner's pronoun or vocative with a content
 * word of the accepted answer, or asked for a word the answer's own form makes optional. Such a finding
 * is an alignment artefact ({@link #artefact}): never decisive, so without a model the answer passes
 * unsure with the model answer shown unless something else is certain.
 *
 * <p>Spans are normalised ({@link com.koto.evaluation.text.AnswerText#normalise}): {@code o} the
 * learner's span, {@code c} the accepted span, {@code answer} the learner's answer, {@code asTyped}
 * the answer as typed (sentence marks kept) or null, {@code accepted} all the activity's accepted answers.
 */
final class SlotWords {

    /** A sentence mark or a comma. */
    private static final Pattern PUNCTUATION_MARK = Pattern.compile("[.,?!]");
    /** One or more white-space characters. */
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SlotWords() {
    }

    /** Whether the finding belongs to one of the classes below. */
    static boolean artefact(Finding f, String answer, String asTyped, List<String> accepted) {
        String o = f.original() == null ? "" : f.original().strip();
        String c = f.correction() == null ? "" : f.correction().strip();
        String subtype = Subtypes.of(f);
        return switch (f.category()) {
            case VOCABULARY -> subtype.equals("vocabulary/word") && (pronounOfAcceptedAnswer(o, c, answer, accepted)
                    || optionalWordsAdded(o, c) || vocativeForSpeaker(o, c, asTyped)
                    // the same noun, a more precise question, the unit of a rate (session 12)
                    || Vocabulary.sameNoun(o, c) || Vocabulary.moreSpecificQuestion(o, c, answer)
                    || Vocabulary.unitOfRate(o, c, answer) || newForAnew(o, c, answer, accepted));
            case INCOMPLETE -> subtype.equals("incomplete/missing_word")
                    && (optionalWordsLeftOut(o, c) || politeFragment(o, c, answer, asTyped) || rootStated(o, c, answer));
            case ENDING -> subtype.equals("ending/copula") && adverbialForCopula(o, c, answer, asTyped);
            case PARTICLE_MISSING, PARTICLE_WRONG -> newForAnew(o, c, answer, accepted); // 새 → 새로 (session 16)
            default -> false;
        };
    }

    /**
     * The determiner 새 'new' before the noun where the accepted answer says the same act with the adverb 새로,
     * or the other way round (새 안경 맞추러 왔어요 for 안경을 새로 맞추고 싶어요; session 16): 새 안경을 맞추다 and
     * 안경을 새로 맞추다 say one thing, the newness told of the thing or of the act (표준국어대사전 '새' 「관형사」
     * 이미 있던 것이 아니라 처음 마련하거나 다시 생겨난; '새로' 「부사」 전과 달리 새롭게), so a 새 the alignment
     * finds added, or read as the noun 새 'bird' missing 로, is the accepted 새로 in another role. Only where the
     * finding's words differ in 새/새로 alone, the learner's 새 stands before a noun that an accepted answer saying
     * 새로 names (or the learner's 새로 goes with a noun an accepted answer puts after 새), and the learner does not
     * say both. 헌 안경 for 새 안경 keeps its finding.
     */
    static boolean newForAnew(String o, String c, String answer, List<String> accepted) {
        List<String> ow = new java.util.ArrayList<>(List.of(o.isBlank() ? new String[0] : o.strip().split(" ")));
        List<String> cw = new java.util.ArrayList<>(List.of(c.isBlank() ? new String[0] : c.strip().split(" ")));
        while (!ow.isEmpty() && !cw.isEmpty() && ow.getFirst().equals(cw.getFirst())) {
            ow.removeFirst();
            cw.removeFirst();
        }
        while (!ow.isEmpty() && !cw.isEmpty() && ow.getLast().equals(cw.getLast())) {
            ow.removeLast();
            cw.removeLast();
        }
        String learner = String.join(" ", ow);
        String wanted = String.join(" ", cw);
        if (!(learner.equals("새") || learner.equals("새로")) || !(wanted.isEmpty() || wanted.equals("새")
                || wanted.equals("새로")) || learner.equals(wanted)) {
            return false;
        }
        List<String> words = List.of(answer.split(" "));
        if (words.contains("새") && words.contains("새로")) {
            return false;
        }
        if (learner.equals("새")) {
            String noun = nounAfterNew(answer);
            return noun != null && accepted.stream().anyMatch(a -> List.of(a.split(" ")).contains("새로")
                    && Morphology.analyse(a).stream().anyMatch(w -> w.startsWith("NNG", "NNP")
                            && w.morphemes().getFirst().form().equals(noun)));
        }
        return accepted.stream().map(SlotWords::nounAfterNew).anyMatch(noun -> noun != null
                && Morphology.analyse(answer).stream().anyMatch(w -> w.startsWith("NNG", "NNP")
                        && w.morphemes().getFirst().form().equals(noun)));
    }

    /** The noun after the determiner 새 in a normalised sentence (새 안경을 → 안경), or null. */
    private static String nounAfterNew(String sentence) {
        List<Morphology.Word> words = Morphology.analyse(sentence);
        for (int i = 0; i + 1 < words.size(); i++) {
            if (words.get(i).surface().equals("새") && words.get(i + 1).startsWith("NNG", "NNP")) {
                return words.get(i + 1).morphemes().getFirst().form();
            }
        }
        return null;
    }

    /**
     * A copula asked of a noun the learner marks as an adverbial (에, 에서, 로) in the middle of its
     * sentence (다음 주 토요일에 언니 결혼해 read against 토요일이야; 밤에 음악 소리가 … against 밤이라서): the word
     * has no predicate slot, the sentence's predicate comes after it, so the pairing is the alignment's
     * (Sohn 1999, adverbial particles; Yeon &amp; Brown 2019, the copula). The word must be a noun with
     * one adverbial particle (Nori JKB), not end its sentence in the typed answer, and the correction
     * begin with the same noun. 305호이에요 → 305호예요 (a copula of the learner's) keeps the finding.
     */
    static boolean adverbialForCopula(String o, String c, String answer, String asTyped) {
        if (o.isEmpty() || o.contains(" ") || c.contains(" ")) {
            return false;
        }
        List<Morphology.Word> words = Morphology.analyse(answer);
        for (int i = 0; i + 1 < words.size(); i++) {
            List<Morphology.Morpheme> ms = words.get(i).morphemes();
            if (words.get(i).surface().equals(o) && ms.size() == 2 && ms.getFirst().is("NNG", "NNP")
                    && ms.get(1).is("JKB") && c.startsWith(ms.getFirst().form())
                    && (asTyped == null || !java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(o) + "\\s*[.?!]")
                            .matcher(asTyped).find())) {
                return true;
            }
        }
        return false;
    }

    /**
     * An honoured vocative of the learner's (어머님, 선생님, 사장님: a word in 님 or a title addressed
     * politely, set off by a comma) paired with the speaker's own topic or subject (저는, 제가) of the
     * accepted answer (안녕하세요, 어머님. 지영이 친구 데위예요 read against 저는 지영이 친구 데위인데요): the
     * vocative names the listener and is an addition any answer may make (Sohn 1999, on vocatives;
     * 표준 언어 예절 2011, 호칭), and the speaker's 저는 of a self-introduction N예요 is left out as the
     * topic understood from the situation (Sohn 1999 and Yeon &amp; Brown 2019, on ellipsis of the
     * topic). Both words are optional, so the pairing is the alignment's. A vocative without its comma,
     * or one read against another noun than the speaker's, keeps the finding.
     */
    static boolean vocativeForSpeaker(String o, String c, String asTyped) {
        if (asTyped == null || o.isEmpty() || o.contains(" ") || !SPEAKER.contains(c) || !HonorificWords.honoured(o)) {
            return false;
        }
        // set off as an address: at the start of a sentence or after a greeting's comma, before a comma or a stop
        return java.util.regex.Pattern.compile("(^|[,.?!]\\s*)" + java.util.regex.Pattern.quote(o) + "\\s*[,.!]")
                .matcher(asTyped).find();
    }

    /** The speaker as topic or subject, which a self-introduction leaves out. */
    private static final java.util.Set<String> SPEAKER = java.util.Set.of("저는", "제가", "저", "나는", "내가", "난");

    /**
     * A pronoun of the learner's (one word Nori reads as a pronoun, NP, alone or with the genitive
     * fused: 제, 여러분, 너) that another accepted answer writes itself and which does not ask for the
     * word the finding wants (제 캐리어가 read against 짐이, where another accepted answer says 제 가방이;
     * 학부모님 여러분 read against 안녕하십니까, where another says 부모님 여러분): the pronoun is accepted in
     * its own role (a possessor, an addressee), so the pairing is the alignment's (Sohn 1999, on
     * pronouns and vocatives). 나 read against 토요일에, where no accepted answer has 나, keeps the finding.
     */
    static boolean pronounOfAcceptedAnswer(String o, String c, String answer, List<String> accepted) {
        if (o.isEmpty() || o.contains(" ") || c.isEmpty() || c.contains(" ") || !pronoun(o, answer)) {
            return false;
        }
        for (String a : accepted) {
            List<String> words = List.of(SPACES.split(PUNCTUATION_MARK.matcher(a).replaceAll(" ").trim()));
            if (words.contains(o) && !words.contains(c)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the learner's word is a pronoun without a particle (its first morpheme NP, nothing but 의 after it). */
    private static boolean pronoun(String word, String answer) {
        for (Morphology.Word w : Morphology.analyse(answer)) {
            if (w.surface().equals(word)) {
                List<Morphology.Morpheme> ms = w.morphemes();
                return !ms.isEmpty() && ms.getFirst().is("NP")
                        && (ms.size() == 1 || ms.size() == 2 && ms.get(1).is("JKG"));
            }
        }
        return false;
    }

    /**
     * A "wrong word" that only adds optional words to the learner's own (오후에 → 오후에 그): the
     * correction is the learner's span with a demonstrative determiner or a personal pronoun added,
     * which Korean leaves out freely (Sohn 1999, on ellipsis of pronouns; 표준국어대사전 '그'³ 관형사).
     */
    static boolean optionalWordsAdded(String o, String c) {
        return !o.isEmpty() && optionalWordsLeftOut(o, c);
    }

    /**
     * An omission of a demonstrative determiner (이, 그, 저 before a noun) or of a personal pronoun
     * (우리, 저희, 제, 내) only (책 세 권 read against 이 책 세 권; 토요일에 언니 결혼식 against 토요일에 우리 언니
     * …): the determiner points at what the situation shows, the pronoun names the speaker the
     * sentence already implies; both may be left out (Sohn 1999, on ellipsis; Lee &amp; Ramsey 2000).
     * A missing noun, number or time keeps the finding.
     */
    static boolean optionalWordsLeftOut(String o, String c) {
        List<String> missing = Evidence.missing(o, c);
        if (missing.isEmpty() || o.isEmpty() || !c.startsWith(o + " ") && !c.endsWith(" " + o)) {
            return false;
        }
        for (String m : missing) {
            if (!OPTIONAL.contains(m)) {
                return false;
            }
        }
        return true;
    }

    /**
     * An omission of a root the answer states with 하다 (정말 미안해 read against 미안 버스가 …): 미안 is the
     * clipped form of 미안해, the same word (표준국어대사전 '미안', '미안하다'); nothing is missing. Each
     * missing word must be such a root ({@link Evidence#rootWithHada}) of a word of the answer.
     */
    static boolean rootStated(String o, String c, String answer) {
        List<String> missing = Evidence.missing(o, c);
        if (missing.isEmpty()) {
            return false;
        }
        List<String> words = List.of(SPACES.split(PUNCTUATION_MARK.matcher(answer).replaceAll(" ").trim()));
        for (String m : missing) {
            if (words.stream().noneMatch(w -> Evidence.rootWithHada(w, m))) {
                return false;
            }
        }
        return true;
    }

    /** The demonstrative determiners and the possessive and subject pronouns of the speaker's side. */
    private static final java.util.Set<String> OPTIONAL = java.util.Set.of("이", "그", "저", "우리", "저희", "제", "내");

    /**
     * A request predicate (… 주세요) missing from an answer that ends in the polite fragment N(이)요
     * (휘발유로 가득이요 read against 휘발유로 가득 채워 주세요): -(이)요 after a noun or an adverb makes the
     * fragment a complete polite utterance, the usual way to order (Yeon &amp; Brown 2019, on the polite
     * particle 요 after fragments). The answer's last word must be a noun or adverb with 이요/요 and the
     * answer no question; a bare noun (25번 게이트.) keeps the finding.
     */
    static boolean politeFragment(String o, String c, String answer, String asTyped) {
        List<String> missing = Evidence.missing(o, c);
        if (missing.isEmpty() || !missing.getLast().endsWith("주세요") || asTyped != null && asTyped.contains("?")) {
            return false;
        }
        List<Morphology.Word> words = Morphology.analyse(answer);
        if (words.isEmpty()) {
            return false;
        }
        List<Morphology.Morpheme> ms = words.getLast().morphemes();
        return ms.size() >= 2 && ms.getFirst().is("NNG", "NNP", "MAG") && ms.getLast().is("EF")
                && ms.getLast().form().equals("요") && !words.getLast().surface().endsWith("세요");
    }
}
