package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.text.Hangul;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which findings of one comparison the rules may fail an answer on (issue 11, precision first).
 *
 * <p>Two kinds of finding:
 * <ul>
 * <li><b>intrinsic</b>: wrong whatever sentence the learner meant, because the learner's own words
 * break a rule — a particle form that does not fit its noun (커피을), a wrongly conjugated
 * irregular verb (듣어요), a copula form (학생예요), native/Sino numbers and counters (삼 시, 하나
 * 잔), a plain ending or 나/당신 in a polite activity, -시- about oneself, a known misspelling of an
 * ending (-ㄹ께요, chat 여), a contrast the {@link Contrasts} lexicon knows (작은 for 큰);</li>
 * <li><b>relative</b>: a difference from the accepted answer (another particle, tense, word,
 * missing piece, order). A teacher corrects it when the answer is the accepted sentence with
 * <i>one</i> slip; when the answer differs in two or more places, or in one content word the
 * lexicon does not know, it is another sentence — a paraphrase the rules cannot judge (Yeon &amp;
 * Brown 2019 list many request, plan and question frames that say the same thing). Those findings
 * do not fail the answer: it passes with the model answer shown and a confidence below the
 * threshold, so a configured model decides.</li>
 * </ul>
 */
final class Certainty {

    /** The ending -는 것 같다 in a polite or plain form. */
    private static final Pattern SEEMS_ENDING = Pattern.compile(".* (것|거) (같아요|같습니다|같은데요|같아서요|같네요)");
    /** The permission ending -도 돼요 and its variants. */
    private static final Pattern PERMISSION_QUESTION = Pattern.compile(".*도 (돼요|될까요|되나요|됩니까|괜찮아요|괜찮을까요)");

    private Certainty() {
    }

    /**
     * The findings that fail the answer: every intrinsic finding, and the relative ones only when
     * the answer differs from the accepted one in exactly one relative place that is not an
     * unknown word substitution. Spacing notes are never decisive (they are returned separately
     * by the caller).
     *
     * @param findings all findings of one comparison, in sentence order
     * @return the decisive findings, in the same order; empty when the answer may pass
     */
    static List<Finding> decisive(List<Finding> findings) {
        return decisive(findings, false);
    }

    /**
     * As {@link #decisive(List)}; {@code negativeAccepted} says an accepted answer of the activity
     * itself says no (에어컨이 안 돼요), so a negation in the answer is not an added one.
     */
    static List<Finding> decisive(List<Finding> findings, boolean negativeAccepted) {
        findings = negations(findings);
        List<Finding> out = new ArrayList<>();
        List<Finding> relative = new ArrayList<>();
        for (Finding f : findings) {
            if (f.category() == ErrorCategory.SPACING) {
                continue;
            }
            if (intrinsic(f, negativeAccepted) && (!Signatures.SIGNED_INTRINSIC.contains(Subtypes.of(f)) || Signatures.shown(f))) {
                out.add(f);
            } else {
                relative.add(f);
            }
        }
        if (relative.size() == 1 && !unknownSubstitution(relative.getFirst()) && !otherFrame(relative.getFirst())
                || !relative.isEmpty() && relative.stream().allMatch(f -> f.category() == ErrorCategory.HONORIFIC)) {
            // one slip; or several honorific findings, which are one error: how the person is honoured
            // (할아버지께서 밥을 먹어요 → 진지를 드세요). A finding whose spans do not show its category
            // (a tense with the same tense morphemes both sides) still counts as a difference, but is
            // an alignment artefact that fails nothing (Signatures, session 15)
            relative.stream().filter(Signatures::shown).forEach(out::add);
        }
        return findings.stream().filter(out::contains).toList();
    }

    /**
     * An answer that is the accepted answer with words left out and nothing added or changed
     * (수건 더 주세요 for 수건 두 개 더 주세요) is incomplete, however many pieces are missing: one
     * finding at the learner's word next to the gap (수건 → 수건 두 개), or the whole answer when
     * there are several gaps.
     *
     * @param answer   the learner's normalised answer
     * @param asTyped  the answer as typed (NFC, punctuation kept), or null when unknown ({@link Evidence#artefact})
     * @param accepted the normalised accepted answer it was compared with
     * @return the omission finding; empty when the answer is not such a subsequence
     */
    static java.util.Optional<Finding> omission(String answer, String asTyped, String accepted) {
        String[] a = answer.split(" ");
        String[] e = accepted.split(" ");
        if (a.length >= e.length) {
            return java.util.Optional.empty();
        }
        boolean[] kept = new boolean[e.length];
        int j = 0;
        for (String w : a) {
            while (j < e.length && !e[j].equals(w)) {
                j++;
            }
            if (j == e.length) {
                return java.util.Optional.empty();
            }
            kept[j++] = true;
        }
        // a gap of opening or linking words only (여기요, 그리고: Evidence.UNNEEDED) asks for nothing the task
        // needs and is not counted, so the one gap that does is located at its word (session 15: 비빔밥 두 개하고
        // 콜라 주세요 for 여기요, 비빔밥 두 개하고 콜라 한 병 주세요 is 콜라 → 콜라 한 병, not the whole answer)
        int gaps = 0;
        int from = -1;
        int to = -1;
        for (int i = 0; i < e.length; i++) {
            if (kept[i] || i > 0 && !kept[i - 1]) {
                continue;
            }
            int end = i;
            while (end < e.length && !kept[end]) {
                end++;
            }
            if (java.util.Arrays.asList(e).subList(i, end).stream().allMatch(Evidence.UNNEEDED::contains)) {
                continue;
            }
            gaps++;
            from = i;
            to = end;
        }
        if (gaps == 0) {
            return java.util.Optional.empty(); // 저기요 or 그리고 left out: nothing the task asks for is missing
        }
        if (gaps != 1) {
            return java.util.Optional.of(new Finding(ErrorCategory.INCOMPLETE, answer, accepted, "incomplete/sentence"));
        }
        String missing = String.join(" ", java.util.Arrays.asList(e).subList(from, to));
        if (java.util.Arrays.asList(e).subList(from, to).stream().allMatch(Evidence.UNNEEDED::contains)) {
            return java.util.Optional.empty(); // 저기요 or 그리고 left out: nothing the task asks for is missing
        }
        // the gap joins the word before it, unless that word ends a sentence (-요, -니다, -니까 end a sentence in
        // 해요체 and 합쇼체; Yeon & Brown 2019, speech styles) and a word follows: then it opens the next
        // sentence and joins that word (죄송해요. 10분쯤 → 길이 막혀서 10분쯤; session 15)
        boolean afterSentence = from > 0 && to < e.length && (sentenceFinal(e[from - 1]) || closesClause(e[from - 1])
                || mainVerbOfAuxiliary(e[from - 1], missing, e[to]));
        // a noun that describes the noun after it (검은색 우산을: the colour of the umbrella) goes with that noun, its
        // head (Sohn 1999, the head-final noun phrase; session 26, s26d)
        afterSentence |= from > 0 && to < e.length && to - from == 1 && describesNext(e[from], e[to]);
        Finding gap = from > 0 && !afterSentence
                ? new Finding(ErrorCategory.INCOMPLETE, e[from - 1], e[from - 1] + " " + missing, "incomplete/missing_word")
                : new Finding(ErrorCategory.INCOMPLETE, e[to], missing + " " + e[to], "incomplete/missing_word");
        // the certainty ladder: an omission the answer's own words explain is none (두 장 for 표 두 장)
        return Evidence.artefact(gap, answer, asTyped) || GivenWords.artefact(gap, answer, asTyped, List.of(accepted))
                ? java.util.Optional.empty() : java.util.Optional.of(gap);
    }

    /**
     * Whether {@code gap}, a bare noun of colour or material, stands before {@code next}, a noun with or without its
     * particle: the gap modifies the next noun (검은색 우산을, 가죽 가방을). Only the colour and material nouns of
     * {@link Colours#describing} (표준국어대사전 '검은색', '가죽' …).
     */
    private static boolean describesNext(String gap, String next) {
        String head = nounRun(next);
        return Colours.describing(gap) && !head.isEmpty() && next.startsWith(head) && KnownWords.noun(head);
    }

    /** Whether the word closes a clause of cause or background ({@link SentenceCheck#closesClause}: 아파서, 추우니까). */
    private static boolean closesClause(String word) {
        List<Morphology.Word> words = Morphology.analyse(word);
        return words.size() == 1 && SentenceCheck.closesClause(words.getFirst());
    }

    /**
     * Whether a word ends a sentence by its ending: a predicate in 해요체 or 합쇼체 (-아/어요, -(스)ㅂ니다,
     * -(스)ㅂ니까; Yeon &amp; Brown 2019, speech styles), not a noun with the polite 요 (커피요) — a predicate stem
     * before 요 is read by the last syllable before it.
     */
    private static boolean sentenceFinal(String word) {
        if (word.endsWith("니다") || word.endsWith("니까")) {
            return word.length() > 2;
        }
        return word.length() > 2 && word.endsWith("요") && !word.endsWith("이요") && !KnownWords.noun(word.substring(0, word.length() - 1));
    }

    /**
     * An added negation and the changed predicate after it are one finding (안 있어요 → 없어요,
     * subtype {@code vocabulary/eopseoyo}): a negation changes what the answer says, so it is
     * intrinsic.
     */
    static List<Finding> negations(List<Finding> findings) {
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            boolean negation = f.category() == ErrorCategory.VOCABULARY && f.correction() != null
                    && f.correction().isBlank() && List.of("안", "못").contains(f.original().strip());
            if (negation && i + 1 < findings.size() && findings.get(i + 1).category() == ErrorCategory.VOCABULARY
                    && !findings.get(i + 1).correction().isBlank()) {
                Finding next = findings.get(i + 1);
                out.add(new Finding(ErrorCategory.VOCABULARY, f.original().strip() + " " + next.original(),
                        next.correction()));
                i++;
            } else {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * A word-level finding that only adds an optional word next to the accepted word (제 가방이 for
     * 가방이, 예약했어요 제 for 예약했어요 when the aligner joined them): the humble possessive 제 and
     * the softeners of {@link Lexicon#OPTIONAL_EXTRAS} change nothing a teacher would correct.
     */
    static boolean optionalWordAdded(Finding f) {
        if (f.category() != ErrorCategory.VOCABULARY || f.original() == null || f.correction() == null
                || f.correction().isBlank()) {
            return false;
        }
        String o = f.original().strip();
        String c = f.correction().strip();
        if (o.endsWith(" " + c)) {
            return Lexicon.OPTIONAL_EXTRAS.contains(o.substring(0, o.length() - c.length()).strip());
        }
        if (o.startsWith(c + " ")) {
            return Lexicon.OPTIONAL_EXTRAS.contains(o.substring(c.length()).strip());
        }
        return false;
    }

    /**
     * -시- on the copula of a question about the listener's things (취미가 뭐세요? for 뭐예요?): it
     * honours the listener, a politer form than the accepted one, which is never corrected down
     * (Sohn 1999, on subject honorification of the addressee's possessions; issue 11). Recognised by a
     * question word in the accepted answer: a question is not about oneself.
     */
    static boolean politerQuestion(Finding f) {
        if (politerRequest(f)) {
            return true;
        }
        if (f.category() != ErrorCategory.HONORIFIC || !"honorific/si_extra".equals(f.subtype())
                || f.correction() == null) {
            return false;
        }
        for (String w : f.correction().strip().split(" ")) {
            if (QUESTION_WORDS.contains(first(w))) {
                return true;
            }
        }
        return false;
    }

    /**
     * An honorific verb where the accepted answer asks the listener with the plain one (천천히 말씀해
     * 주시겠어요? for 말해 주세요): the listener is the one who speaks, so 말씀하다 honours the listener, a
     * politer form that is never corrected down (Sohn 1999 and 표준 언어 예절 2011, on subject
     * honorification; issue 11). Only for a request (the correction ends in 주세요 / 주시겠어요 / (으)세요):
     * about the speaker's own action the honorific verb stays wrong (제가 드실게요).
     */
    static boolean politerRequest(Finding f) {
        if (f.category() != ErrorCategory.HONORIFIC || !"honorific/verb".equals(f.subtype()) || f.original() == null
                || f.correction() == null) {
            return false;
        }
        String o = f.original().strip();
        String c = f.correction().strip();
        boolean request = c.endsWith("주세요") || c.endsWith("주시겠어요") || c.endsWith("주십시오");
        if (!request || o.startsWith("제가") || o.startsWith("저는")) {
            return false;
        }
        return honoursWherePlain(o, c);
    }

    /**
     * Whether a word of {@code o} is the honorific form of a {@link Lexicon#HONORIFIC_WORDS} pair whose
     * plain form is a word of {@code c} (드세요 where the accepted answer says 먹어요).
     */
    static boolean honoursWherePlain(String o, String c) {
        for (var pair : Lexicon.HONORIFIC_WORDS) {
            boolean learnerHonours = java.util.Arrays.stream(o.split(" "))
                    .anyMatch(w -> pair.getValue().stream().anyMatch(w::startsWith));
            boolean acceptedPlain = java.util.Arrays.stream(c.split(" "))
                    .anyMatch(w -> pair.getKey().stream().anyMatch(w::startsWith));
            if (learnerHonours && acceptedPlain) {
                return true;
            }
        }
        return false;
    }

    /**
     * A wrong form of the learner's own words, whichever accepted answer they are compared with:
     * a particle allomorph, a conjugation or copula form, a known ending misspelling (-ㄹ께요), a plain
     * ending in a polite activity, -시- about oneself, a noun phrase turned round (session 21). The span is
     * the learner's words as written ({@code answer} contains it).
     */
    static boolean formError(Finding f, String answer) {
        if (f.original() == null || f.original().isBlank() || !answer.contains(f.original().strip())) {
            return false;
        }
        String subtype = Subtypes.of(f);
        return switch (f.category()) {
            case PARTICLE_ALLOMORPH -> true;
            case PARTICLE_WRONG -> Confusables.certain(Subtypes.of(Confusables.mark(f, answer))); // 문이 열어요
            case ENDING -> intrinsic(f) && !(subtype.equals("ending/copula") && wellFormedCopula(f.original().strip()));
            case SPELLING -> !subtype.equals("spelling/letters") && !subtype.equals("spelling/sound")
                    || Confusables.certain(Subtypes.of(Confusables.mark(f, answer))) // 잊어버렸어요 for 잃어버렸어요
                    || "vocabulary/contrast".equals(Subtypes.of(Contrasts.mark(f))); // 팔게 for 살게 (session 9)
            case VOCABULARY -> Confusables.certain(Subtypes.of(Confusables.mark(f, answer))) // 빌어 for 빌려
                    || "vocabulary/contrast".equals(subtype) && !f.original().contains(" ") && f.correction() != null
                            && com.koto.evaluation.text.Hangul.jamoDistance(f.original(), f.correction()) <= 1; // 팔게 for 살게 (session 9)
            case HONORIFIC -> subtype.equals("honorific/speech_level") || subtype.equals("honorific/si_extra");
            // 사이즈 더 큰 for 더 큰 사이즈, 토요일 이번 for 이번 토요일: a noun phrase turned round (session 21)
            case WORD_ORDER -> intrinsic(f);
            default -> false;
        };
    }

    /**
     * Whether the span ends in a copula form that fits the syllable before it (거예요, 학생이에요):
     * then an {@code ending/copula} finding against another accepted answer is an alignment
     * artefact (듣는 거예요 against 듣는 것을 좋아해요), not a wrong form of the learner's words.
     * Source: 한글 맞춤법 and Yeon &amp; Brown 2019 (이에요 after a consonant, 예요 after a vowel; in
     * 반말 이야 after a consonant, 야 after a vowel).
     */
    static boolean wellFormedCopula(String span) {
        String w = span.contains(" ") ? span.substring(span.lastIndexOf(' ') + 1) : span;
        if (w.endsWith("이야") && w.length() > 2) {
            // 반말: 이야 after a consonant (학생이야), 야 after a vowel (사리야); 표준국어대사전 '이다', '-야'
            return Hangul.hasFinal(w.charAt(w.length() - 3));
        }
        if (w.endsWith("야") && w.length() > 1) {
            char before = w.charAt(w.length() - 2);
            return Hangul.isSyllable(before) && !Hangul.hasFinal(before);
        }
        if (w.endsWith("이에요") && w.length() > 3) {
            return Hangul.hasFinal(w.charAt(w.length() - 4));
        }
        if (w.endsWith("예요") && w.length() > 2 && !w.endsWith("이예요")) {
            char before = w.charAt(w.length() - 3);
            return Hangul.isSyllable(before) && !Hangul.hasFinal(before);
        }
        return false;
    }

    /**
     * The finding as the learner should see it: a tense or speech-level finding on a verb phrase is
     * located on the word that changes (보내고 싶었어요 → 보내고 싶어요 is 싶었어요 → 싶어요), and a name
     * without 씨 is a title error (김민수 → 김민수 씨: honorific/title, Sohn 1999 on address terms).
     */
    static Finding located(Finding f) {
        if (f.original() == null || f.correction() == null) {
            return f;
        }
        String o = f.original().strip();
        String c = f.correction().strip();
        if (!o.isEmpty() && (c.equals(o + " 씨") || c.equals(o + "씨"))) {
            return new Finding(ErrorCategory.HONORIFIC, f.original(), f.correction(), "honorific/title");
        }
        if (f.category() == ErrorCategory.INCOMPLETE && !o.isEmpty() && !o.contains(" ")
                && (c.equals(o + " 주세요") || c.equals(o + " 주시겠어요"))) {
            // 인천공항으로 가. for 가 주세요: the plain -아/어 form ends the request in 반말, the level is the error
            return new Finding(ErrorCategory.HONORIFIC, f.original(), f.correction(), "honorific/speech_level");
        }
        Finding notation = Vocabulary.inLearnersNotation(f);
        if (notation != f) {
            return notation; // 오만 → 오십만: a number corrected in the letters the learner wrote (session 12)
        }
        Finding particle = SpokenShapes.particleNamed(f, o, c);
        if (particle != f) {
            return particle; // 기침이도 → 기침도, 부산에서만 → 부산에만: a particle error, not spelling (session 14)
        }
        String subtype = Subtypes.of(f);
        Finding named = Evidence.named(f, o, c, subtype);
        if (named != f) {
            return named;
        }
        if (f.category() == ErrorCategory.SPELLING && subtype.equals("spelling/letters")) {
            String[] d = differing(o, c);
            if (nounForVerb(d[0], d[1])) {
                // 계산서 주세요 for 계산해 주세요: a real noun is no misspelling of a verb, but another construction
                return new Finding(ErrorCategory.VOCABULARY, f.original(), f.correction(), "vocabulary/word");
            }
        }
        boolean phrase = f.category() == ErrorCategory.TENSE && !subtype.equals("tense/vowel_harmony")
                || f.category() == ErrorCategory.HONORIFIC && (subtype.equals("honorific/speech_level")
                        || subtype.startsWith("honorific/si_"));
        if (phrase && o.contains(" ") && c.contains(" ")) {
            // only after -고 (보내고 싶었어요): a verb and its auxiliary after -아/어 are one unit (가 줘 → 가 주세요)
            String[] t = Spacing.trimCommonWords(o, c);
            if (!t[0].equals(o) && o.substring(0, o.length() - t[0].length()).strip().endsWith("고")) {
                return new Finding(f.category(), t[0], t[1], f.subtype());
            }
        }
        return f;
    }

    /**
     * Whether the gap is the main verb of the auxiliary 주다/드리다 after it, left out after a noun with its particle
     * (서울역으로 주세요 for 서울역으로 가 주세요, 앞에서 주세요 for 앞에서 세워 주세요; session 25): the auxiliary of a favour
     * follows the -아/어 form of the verb it completes (표준국어대사전 '주다' 「보조동사」 "앞말이 뜻하는 행동이 다른 사람의
     * 힘을 입는 것을 나타내는 말"; Yeon &amp; Brown 2019, on -아/어 주다), so the teacher marks the auxiliary left without
     * its verb (주세요 → 가 주세요), not the noun before the gap. After an adverb (빨리 주세요) the span keeps the adverb
     * ({@link SentenceCheck}).
     */
    static boolean mainVerbOfAuxiliary(String before, String missing, String auxiliary) {
        if (missing.contains(" ") || !(auxiliary.startsWith("주") || auxiliary.startsWith("줘") || auxiliary.startsWith("드리")
                || auxiliary.startsWith("드려"))) {
            return false;
        }
        List<Morphology.Word> b = Morphology.analyse(before);
        List<Morphology.Word> m = Morphology.analyse(missing);
        // the -아/어 form of a verb stem (가, 세워), which Nori may read alone with a final ending
        return b.size() == 1 && b.getFirst().caseMarked() && m.size() == 1 && m.getFirst().verbal()
                && m.getFirst().startsWith("VV") && missing.equals(SpeechLevels.infinitive(m.getFirst().morphemes().getFirst().form()));
    }

    /** Whether the finding is wrong in itself, whatever the learner meant (see the class comment). */
    static boolean intrinsic(Finding f) {
        return intrinsic(f, false);
    }

    /** As {@link #intrinsic(Finding)}; an added 안/못 is not intrinsic when an accepted answer is negative. */
    static boolean intrinsic(Finding f, boolean negativeAccepted) {
        String subtype = Subtypes.of(f);
        String o = f.original() == null ? "" : f.original().strip();
        String c = f.correction() == null ? "" : f.correction().strip();
        return switch (f.category()) {
            case PARTICLE_ALLOMORPH -> true;
            // 문이 열어요: the thing opened as the opener; 기침이도: a case particle stacked before 도 (session 14)
            case PARTICLE_WRONG -> Confusables.certain(subtype) || subtype.equals("particle_wrong/double_particle");
            case ENDING -> subtype.startsWith("irregular/") || subtype.equals("ending/copula")
                    || subtype.equals("ending/vowel_harmony") || subtype.equals("ending/infinitive_contraction")
                    || subtype.equals("ending/infinitive") || subtype.equals("ending/past_before_aseo");
            case HONORIFIC -> subtype.equals("honorific/speech_level") || subtype.equals("honorific/humble_pronoun")
                    || subtype.equals("honorific/you_pronoun") || subtype.equals("honorific/si_extra")
                    || subtype.equals("honorific/farewell");
            case VOCABULARY -> subtype.startsWith("counter/") && !subtype.equals("counter/general")
                    || subtype.equals("vocabulary/eopseoyo") || subtype.equals("vocabulary/contrast")
                    || subtype.equals("vocabulary/other_item") || Confusables.certain(subtype)
                    // 드렸어요 for 드셨어요: another verb one letter away, as certain as the spelling it was (session 34, s34b)
                    || subtype.equals(OtherRealWords.OTHER_VERB) && !o.contains(" ") && !c.contains(" ")
                    // 먹어요 for 못 먹어요: the opposite of what the task says (LeftOutNegation, session 23)
                    || subtype.equals(LeftOutNegation.SUBTYPE)
                    // 2일 for 2박: another unit after the same number is another quantity, as a counter is (session 12)
                    || subtype.equals("vocabulary/word") && Vocabulary.otherUnit(o, c)
                    // 오만 for 50만: another amount counted in 만 is another fact (session 24, s24b)
                    || (subtype.equals("vocabulary/word") || subtype.equals(ArgumentCheck.OTHER_NUMBER))
                            && Numerals.otherMyriad(o, c)
                    || !negativeAccepted && (o.startsWith("안 ") || o.startsWith("못 ")) && negatesPredicate(o, c);
            case SPELLING -> !subtype.equals("spelling/letters") && !subtype.equals("spelling/sound")
                    || !o.isEmpty() && !c.isEmpty() && o.split(" ").length == c.split(" ").length;
            case TENSE -> subtype.equals("tense/vowel_harmony");
            // 사이즈 더 큰 → 더 큰 사이즈, 토요일 이번 → 이번 토요일: a noun phrase turned round, head first (session 21)
            case WORD_ORDER -> subtype.equals("word_order/phrase") && NounPhraseOrder.modifierAfterHead(o, c);
            // the partner of a verb of talking or doing together needs 하고/와/(이)랑 (통화하다 「…과」)
            // and 나 차례 for 내 차례: the possessive form of the pronoun, as the misspelling it was filed as before
            case PARTICLE_MISSING -> subtype.equals("particle_missing/comitative")
                    || subtype.equals("particle_missing/possessive") && Evidence.possessivePronoun(o, c);
            // no predicate at all (카드 for 카드로 계산할게요): not a sentence, whatever was meant
            case INCOMPLETE -> o.isEmpty() && !auxiliaryTail(c) && !subtype.equals(OTHER_PREDICATE)
                    || subtype.equals("incomplete/bare_noun");
            default -> false;
        };
    }

    /**
     * Whether an added 안/못 negates the accepted answer's own predicate: the verb after the negator has the stem of
     * the accepted span's predicate (안 먹어요 for 먹어요, 못 가요 for 가요). Against a word that is no predicate (더 for
     * 잘 못 알아들었어요, a reason the learner added before a request) or against another verb (간다고 for 인사 못
     * 드리고 가, a clause of the learner's own) the pair is an alignment remainder, not a negation of what the
     * accepted answer says (session 16; 안/못 negate the predicate they stand before, Sohn 1999, on short negation).
     */
    private static boolean negatesPredicate(String o, String c) {
        if (c.isBlank()) {
            return false;
        }
        String negated = predicateStem(o.substring(2));
        String accepted = predicateStem(c);
        return !negated.isEmpty() && negated.equals(accepted) || LEXICAL_NEGATIVES.contains(accepted);
    }

    /**
     * Predicates that are themselves the negation of another: 모르다 of 알다, 없다 of 있다 (안 압니다 for 모릅니다, 안
     * 있어요 for 없어요 is no Korean; Sohn 1999, on negation: 모르다 and 없다 as the lexical negatives of 알다 and
     * 있다). An added 안/못 against one of them negates what the accepted answer negates with another word.
     */
    private static final java.util.Set<String> LEXICAL_NEGATIVES = java.util.Set.of("모르", "없", "맛없", "재미없");

    /** The stem of the first verb or adjective of a span ({@link VerbFrames#stem}); empty when it has none. */
    private static String predicateStem(String span) {
        for (Morphology.Word w : Morphology.analyse(span)) {
            if (w.verbal()) {
                return VerbFrames.stem(w);
            }
        }
        return "";
    }

    /**
     * Another word, added or substituted, that no lexicon entry explains: a possible paraphrase.
     * Not so when the answer is otherwise the accepted sentence and the substitution names another
     * thing — a noun for a noun (라떼 for 아메리카노, 현금 for 카드, 체크아웃하고 for 체크인하고), a
     * question word for another (어디 for 뭐) — or is a near miss of the accepted word (걸어요 for
     * 걸려요): a teacher corrects those. A different predicate (환전하고 for 바꾸고, 필요해요 for
     * 주세요) or an added word (안녕하세요, 실례합니다) may be a paraphrase.
     */
    private static boolean unknownSubstitution(Finding f) {
        if (f.category() == ErrorCategory.INCOMPLETE && COVERED.equals(f.subtype())) {
            return true; // every part said in other words (coveredParts)
        }
        if (f.category() == ErrorCategory.INCOMPLETE && (f.original() == null || f.original().isBlank())
                && (auxiliaryTail(f.correction() == null ? "" : f.correction().strip())
                        || OTHER_PREDICATE.equals(f.subtype()))) {
            return true; // 환불되나요 for 환불할 수 있어요: another predicate frame, not a missing word
        }
        if (f.category() != ErrorCategory.VOCABULARY) {
            return false;
        }
        String subtype = Subtypes.of(f);
        if (subtype.equals("counter/general")) {
            return true; // 아메리카노 두 개 for 두 잔: common in speech (Numerals)
        }
        if (subtype.equals("vocabulary/extra_word")) {
            // an added negation (안, 못) changes what the answer says: never a paraphrase
            return !java.util.List.of(f.original().strip().split(" ")).stream()
                    .anyMatch(w -> w.equals("안") || w.equals("못"));
        }
        if (!subtype.equals("vocabulary/word")) {
            return false;
        }
        if (f.original().isBlank() || f.correction().isBlank()) {
            return true;
        }
        if (QUESTION_WORDS.contains(first(f.original().strip())) && QUESTION_WORDS.contains(first(f.correction().strip()))
                && !first(f.original().strip()).equals(first(f.correction().strip()))) {
            return false; // another question word asks another question
        }
        if (QUESTION_WORDS.contains(first(f.original().strip())) && QUESTION_WORDS.contains(first(f.correction().strip()))) {
            return true; // the same question word with another ending (어디시죠 for 어디세요): a possible paraphrase
        }
        String[] trimmed = differing(f.original().strip(), f.correction().strip());
        String o = trimmed[0];
        String c = trimmed[1];
        if (Numerals.number(o) != null && Numerals.number(c) != null) {
            return false; // 두 for 한 (잔): another quantity, never a paraphrase
        }
        if (Vocabulary.otherUnit(o, c) || Vocabulary.otherNumeral(o, c)) {
            return false; // 2일 for 2박, 2터미널 for 제1터미널: another quantity or another number (session 12)
        }
        Integer counted = leadingNumber(o.split(" ")[0]);
        if (counted != null && counted.equals(leadingNumber(c.split(" ")[0]))) {
            return true; // 한 장 for 하나: the same number with a counter, a possible paraphrase (Numerals decides counters)
        }
        if (hyponym(o, c)) {
            return true;
        }
        if (hyponym(c, o) && KnownWords.noun(nounRun(o))) {
            return true; // 학생 for 대학생: the head of the accepted compound names the same person less precisely
        }
        if (nounForVerb(o, c)) {
            return true; // the thing asked for in place of the action (계산서 주세요 for 계산해 주세요)
        }
        if (nearMiss(o, c)) {
            return false;
        }
        if (nominal(o) && nominal(c) && o.split(" ").length == c.split(" ").length) {
            return Vocabulary.unjudgeable(o, c);
        }
        return true;
    }

    /**
     * The words in which two spans differ, without the words they share at the start and the end
     * (체크아웃하고 싶어요 / 체크인하고 싶어요 → 체크아웃하고 / 체크인하고).
     */
    static String[] differing(String o, String c) {
        String[] a = o.split(" ");
        String[] b = c.split(" ");
        int from = 0;
        while (from < a.length - 1 && from < b.length - 1 && a[from].equals(b[from])) {
            from++;
        }
        int ta = a.length;
        int tb = b.length;
        while (ta - 1 > from && tb - 1 > from && a[ta - 1].equals(b[tb - 1])) {
            ta--;
            tb--;
        }
        return new String[] {String.join(" ", java.util.Arrays.copyOfRange(a, from, ta)),
            String.join(" ", java.util.Arrays.copyOfRange(b, from, tb))};
    }

    /**
     * One word each side: the accepted one a noun + 하다 verb (계산해) and the learner's a dictionary
     * noun that starts with that noun and is longer (계산서; {@link KnownWords}). Then the learner named
     * the thing where the accepted answer names the action (계산서 주세요 for 계산해 주세요): a letter or two
     * apart, but another construction, not a misspelling (보도 for 봐도 stays a misspelling).
     */
    static boolean nounForVerb(String o, String c) {
        if (o.contains(" ") || c.contains(" ") || o.isEmpty() || c.isEmpty()) {
            return false;
        }
        List<Morphology.Word> a = Morphology.analyse(o);
        List<Morphology.Word> e = Morphology.analyse(c);
        if (a.size() != 1 || e.size() != 1 || a.getFirst().verbal() || !e.getFirst().verbal()) {
            return false;
        }
        // the accepted verb is noun + 하다 and the learner's noun is named after that noun (계산해 → 계산서)
        List<Morphology.Morpheme> ms = e.getFirst().morphemes();
        if (ms.size() < 2 || !ms.get(0).tag().startsWith("NN") || !ms.get(1).is("XSV")) {
            return false;
        }
        String noun = nounRun(o);
        String root = ms.get(0).form();
        return noun.length() > root.length() && noun.startsWith(root) && KnownWords.noun(noun);
    }

    /**
     * A compound whose head is the accepted noun names a kind of it (대학생 for 학생, 한국 돈 for 돈):
     * Korean compounds are head-final (Sohn 1999, on compounding), so the learner said something
     * more precise, not something else. One word each side; the learner's noun is longer.
     */
    static boolean hyponym(String o, String c) {
        if (o.contains(" ") || c.contains(" ")) {
            return false;
        }
        String lo = nounRun(o);
        String lc = nounRun(c);
        return lc.length() >= 2 && lo.length() > lc.length() && lo.endsWith(lc);
    }

    /** The nouns a word starts with, joined (대학생이고 → 대학생); empty when it does not start with one. */
    static String nounRun(String word) {
        String cached = NOUN_RUNS.get(word);
        if (cached != null) {
            return cached;
        }
        String run = analysedNounRun(word);
        if (NOUN_RUNS.size() >= 20_000) {
            NOUN_RUNS.clear();
        }
        NOUN_RUNS.put(word, run);
        return run;
    }

    /** {@link #nounRun} per word, computed once (the words of an activity's answers recur). */
    private static final java.util.Map<String, String> NOUN_RUNS = new java.util.concurrent.ConcurrentHashMap<>();

    private static String analysedNounRun(String word) {
        List<Morphology.Word> words = Morphology.analyse(word);
        if (words.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (Morphology.Morpheme m : words.getFirst().morphemes()) {
            if (!m.tag().startsWith("NN") && !m.is("XSN")) {
                break;
            }
            out.append(m.form());
        }
        return out.toString();
    }

    /**
     * The same verb in a promise frame where the accepted answer makes a request or states a wish
     * (체크인할게요 for 체크인해 주세요 / 체크인하고 싶어요): -(으)ㄹ게요 and -겠습니다 announce what the speaker
     * is about to do, taking the listener into account, and are an ordinary way to ask for a service
     * (Yeon &amp; Brown 2019, on -(으)ㄹ게요; 이걸로 할게요): another frame, not another tense. Likewise the
     * conjecture -(으)ㄹ 것 같아요 on the accepted verb (늦을 것 같아요 for 늦었어요, session 7): a hedged
     * statement of the same thing.
     */
    static boolean otherFrame(Finding f) {
        if (f.category() != ErrorCategory.TENSE || f.original() == null || f.correction() == null) {
            return false;
        }
        String o = f.original().strip();
        String c = f.correction().strip();
        if (conjecture(o) && !conjecture(c) && !o.isEmpty() && !c.isEmpty() && Hangul.isSyllable(o.charAt(0))
                && Hangul.isSyllable(c.charAt(0))) {
            // 늦을 것 같아요 for 늦었어요: the same verb said as a conjecture (-(으)ㄹ 것 같다, Yeon & Brown 2019),
            // a hedge on the statement, not another tense of it
            return Hangul.toJamo(o.substring(0, 1)).substring(0, 2).equals(Hangul.toJamo(c.substring(0, 1)).substring(0, 2));
        }
        // either way round: 사고 싶어요 for 살게요 is the same choice stated as a wish
        boolean promise = promise(o) && request(c) || promise(c) && request(o);
        boolean request = true;
        // the same verb: its first syllable without the final consonant (보낼 거예요 / 보내 주세요; 체크인할게요)
        if (!promise || !request || !Hangul.isSyllable(o.charAt(0)) || !Hangul.isSyllable(c.charAt(0))) {
            return false;
        }
        return Hangul.toJamo(o.substring(0, 1)).substring(0, 2).equals(Hangul.toJamo(c.substring(0, 1)).substring(0, 2));
    }

    /**
     * A polite or formal verb form that Nori may read as a noun (가요 as 'song', 갑니다): -ㅂ니다 not
     * after a noun (입니다), or one verb syllable with 요 whose 다-form is a verb.
     */
    private static boolean politeVerb(String word) {
        if (word.endsWith("니다") && !word.endsWith("입니다") && word.length() >= 3) {
            return true;
        }
        if (word.length() == 2 && word.charAt(1) == '요' && Hangul.isSyllable(word.charAt(0))) {
            List<Morphology.Word> w = Morphology.analyse(word.charAt(0) + "다");
            return !w.isEmpty() && w.getFirst().verbal();
        }
        return false;
    }

    /** -(으)ㄹ/-(으)ㄴ/-는 것 같다 in the polite or formal level (올 것 같아요, 늦은 거 같습니다). */
    private static boolean conjecture(String s) {
        return SEEMS_ENDING.matcher(s).matches();
    }

    private static boolean promise(String s) {
        return s.endsWith("게요") || s.endsWith("겠습니다") || s.endsWith("겠어요") || s.endsWith(" 거예요")
                || s.endsWith(" 겁니다");
    }

    private static boolean request(String s) {
        // -아/어도 돼요? asks permission to do it (계산해도 돼요 for 계산할게요; Yeon & Brown 2019, -아/어도 되다)
        return s.endsWith("주세요") || s.endsWith("싶어요") || s.endsWith("싶은데요") || s.endsWith("주시겠어요")
                || s.endsWith("싶습니다") || PERMISSION_QUESTION.matcher(s).matches();
    }

    /** Internal subtype (never decisive, so never on the wire): see {@link #otherPredicate}. */
    private static final String OTHER_PREDICATE = "incomplete/other_predicate";

    /** Internal subtype (never decisive, so never on the wire): see {@link #coveredParts}. */
    private static final String COVERED = "incomplete/parts_covered";

    /**
     * A missing accepted predicate where the learner's answer ends in a finite predicate of its own
     * (저는 회사원이에요 for 저는 회사에 다녀요: the aligner pairs 회사원이에요 with 회사에 and finds 다녀요
     * missing): the learner said it with another predicate, a possible paraphrase, not an unfinished
     * sentence. Relabelled so {@link #intrinsic} does not count it as a missing predicate.
     *
     * @param answer   the learner's normalised answer
     * @param accepted the accepted answer it was compared with
     */
    static Finding otherPredicate(Finding f, String answer, String accepted) {
        return otherPredicate(f, answer, accepted, List.of(accepted));
    }

    /**
     * {@link #otherPredicate(Finding, String, String)}, where a part of the accepted answer that another accepted
     * answer of the activity leaves out is not asked of the answer ({@link #coveredParts}).
     *
     * @param allAccepted all the activity's normalised accepted answers
     */
    static Finding otherPredicate(Finding f, String answer, String accepted, List<String> allAccepted) {
        if (coveredParts(f, answer, accepted) || coveredNeededParts(f, answer, allAccepted)) {
            return f.as(COVERED);
        }
        if (f.category() != ErrorCategory.INCOMPLETE || f.original() == null || !f.original().isBlank()
                || f.correction() == null || f.correction().isBlank() || f.correction().strip().contains(" ")) {
            return f;
        }
        if (Contrasts.contrast(answer, accepted)) {
            return f; // 안녕하세요 for 안녕히 계세요: the learner's own predicate is a known wrong one
        }
        List<Morphology.Word> missing = Morphology.analyse(f.correction().strip());
        String[] words = answer.strip().split(" ");
        List<Morphology.Word> last = Morphology.analyse(words[words.length - 1]);
        boolean finite = !last.isEmpty() && last.getFirst().verbal() && last.getFirst().endsWith("EF");
        // the missing word as Nori reads it in the accepted sentence: alone, 와 (오다 + -아) reads as an interjection
        boolean verbInAccepted = Evidence.morphemesIn(f.correction().strip(), accepted).stream()
                .anyMatch(m -> m.isStem() || m.isEnding());
        if (finite && (!missing.isEmpty() && missing.getFirst().verbal() || verbInAccepted)) {
            return f.as(OTHER_PREDICATE);
        }
        return f;
    }

    /**
     * Several words "missing" where the answer says every part of the accepted answer in its own
     * words (이거 저한테 너무 작은데요, 더 큰 것도 있어요? for 이거 너무 작은데 한 사이즈 큰 거 있나요?): each
     * sentence and clause of the accepted answer ({@link TaskParts}) shares a content word with the
     * answer, and the answer has as many content parts, so nothing the task asks for is left out; the
     * gaps are the alignment's view of a paraphrase (session 7). An answer that is the accepted one with
     * words left out is still found by {@link #omission}.
     */
    private static boolean coveredParts(Finding f, String answer, String accepted) {
        if (f.category() != ErrorCategory.INCOMPLETE || !"incomplete/sentence".equals(f.subtype())
                || f.original() == null || f.correction() == null || f.original().isBlank()) {
            return false;
        }
        // the finding spans the compared texts: the answer after the accepted variations, the accepted answer
        List<java.util.Set<String>> parts = TaskParts.distinctive(TaskParts.parts(f.correction()));
        java.util.Set<String> said = TaskParts.content(f.original());
        List<java.util.Set<String>> own = TaskParts.parts(f.original());
        // a part that restates an earlier part's event with a circumstance may be said inside it (session 15)
        return TaskParts.contentParts(own) >= TaskParts.contentParts(parts) - TaskParts.restated(f.correction())
                && parts.stream().allMatch(p -> TaskParts.formula(p) || TaskParts.covers(said, p));
    }

    /**
     * {@link #coveredParts} where a part of the accepted answer that another accepted answer of the activity does not
     * say (입어 봤는데 좀 작네요. 빨간 거 큰 사이즈 있나요? beside 이 셔츠가 좀 작아요. 빨간색으로 더 큰 사이즈 있어요?: the
     * trying on) is not one the task needs: the accepted answers are the teacher's statement of what the task asks
     * (session 7), and a part one of them leaves out is a circumstance. Every other part must be said in the answer's
     * own words, in any order and in sentences of its own (빨간 거 더 큰 사이즈 있나요? 이건 좀 작아요: the request
     * before the reason; Yeon &amp; Brown 2019 on clause order: a reason may follow in a sentence of its own, and
     * Sohn 1999, §8.1 on afterthoughts). An answer that leaves out a part every accepted answer says (빨간 거 더 큰
     * 사이즈 있나요? alone) stays incomplete. Session 17 (s17g).
     */
    private static boolean coveredNeededParts(Finding f, String answer, List<String> allAccepted) {
        if (allAccepted.size() < 2 || f.category() != ErrorCategory.INCOMPLETE
                || !"incomplete/sentence".equals(f.subtype()) || f.original() == null || f.correction() == null
                || f.original().isBlank()) {
            return false;
        }
        List<java.util.Set<String>> parts = TaskParts.distinctive(TaskParts.parts(f.correction()));
        java.util.Set<String> said = TaskParts.content(f.original());
        List<java.util.Set<String>> own = TaskParts.parts(f.original());
        String self = f.correction().strip();
        int optional = 0;
        for (java.util.Set<String> p : parts) {
            if (TaskParts.formula(p) || TaskParts.covers(said, p)) {
                continue;
            }
            // another accepted answer says fewer parts and none of this one's words (다시는 늦지 않겠습니다 beside 다음부터는
            // 늦지 않겠습니다 says the same part in other words, as many parts: the part stays needed)
            boolean leftOutElsewhere = allAccepted.stream().filter(a -> !a.strip().equals(self))
                    .anyMatch(a -> TaskParts.contentParts(TaskParts.parts(a)) < TaskParts.contentParts(parts)
                            && !TaskParts.covers(TaskParts.content(a), p));
            if (!leftOutElsewhere || p.isEmpty()) {
                return false;
            }
            optional++;
        }
        return optional > 0 && TaskParts.contentParts(own)
                >= TaskParts.contentParts(parts) - TaskParts.restated(f.correction()) - optional;
    }

    /**
     * A missing word that another accepted answer of the activity leaves out too, around the same
     * neighbour (3센티 → 3센티 정도 where 3센티만 잘라 주세요 is accepted; 지금 → 지금 자리에 where 지금 안
     * 계시는데요 is accepted): the word is optional in this task, so its absence is no omission
     * (session 7; the accepted answers are the teacher's statement of what the task needs).
     *
     * @param f        an {@code incomplete/missing_word} finding: neighbour → neighbour + missing (or
     *                 missing + neighbour)
     * @param accepted all the activity's normalised accepted answers
     */
    static boolean optionalOmission(Finding f, List<String> accepted) {
        String missing = missingWords(f);
        if (missing == null) {
            return false;
        }
        String o = f.original().strip();
        String neighbour = ArgumentCheck.stemAndParticle(o)[0];
        List<String> stems = java.util.Arrays.stream(missing.split(" "))
                .map(w -> ArgumentCheck.stemAndParticle(w)[0]).toList();
        for (String a : accepted) {
            String unspaced = a.replace(" ", "");
            if (a.contains(neighbour) && stems.stream().noneMatch(unspaced::contains)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The words an {@code incomplete/missing_word} finding adds to its one-word neighbour, before or after it
     * (수건 → 수건 두 개: "두 개"; 지금 → 지금 자리에: "자리에"), or {@code null} for any other finding or shape.
     */
    static String missingWords(Finding f) {
        if (f.category() != ErrorCategory.INCOMPLETE || !"incomplete/missing_word".equals(f.subtype())
                || f.original() == null || f.correction() == null) {
            return null;
        }
        String o = f.original().strip();
        String c = f.correction().strip();
        if (o.isEmpty() || o.contains(" ")) {
            return null;
        }
        String missing = c.startsWith(o + " ") ? c.substring(o.length() + 1)
                : c.endsWith(" " + o) ? c.substring(0, c.length() - o.length() - 1) : null;
        return missing == null || missing.isBlank() ? null : missing;
    }

    /**
     * A near miss of the accepted word (걸어요 for 걸려요, 불 for 물): one jamo apart, or two with the same
     * first syllable. Two jamo are a whole other syllable in a short word (도세요 for 가세요: 돌다 for
     * 가다, another verb that may say the same), so that is no near miss.
     */
    private static boolean nearMiss(String o, String c) {
        String a = o.replace(" ", "");
        String b = c.replace(" ", "");
        int d = com.koto.evaluation.text.Hangul.jamoDistance(a, b);
        return d <= 1 || d == 2 && !a.isEmpty() && !b.isEmpty() && a.charAt(0) == b.charAt(0);
    }

    /**
     * The second half of a modal construction alone (있어요 of -(으)ㄹ 수 있어요, 돼요/해요 of -아야
     * 돼요/해요; Yeon &amp; Brown 2019): missing where the learner ended the sentence with another predicate
     * frame (환불되나요?), it is an alignment remainder, not a missing word.
     */
    static boolean auxiliaryTail(String c) {
        if (c.isEmpty() || c.contains(" ")) {
            return false;
        }
        return (c.startsWith("있") || c.startsWith("없") || c.startsWith("돼") || c.startsWith("되")
                || c.startsWith("해") || c.startsWith("합")) && (c.endsWith("요") || c.endsWith("다") || c.endsWith("까"));
    }

    /** The number a word states, also with a counter joined to digits (1인분, 2개); null when none. */
    static Integer leadingNumber(String word) {
        Integer n = Numerals.number(word);
        if (n != null) {
            return n;
        }
        int digits = 0;
        while (digits < word.length() && digits < 6 && Character.isDigit(word.charAt(digits))) {
            digits++;
        }
        return digits > 0 ? Integer.valueOf(word.substring(0, digits)) : null;
    }

    /**
     * Question words (의문사; one for another asks another question, Yeon &amp; Brown 2019) and what each asks about
     * (Sohn 1999, on interrogative pronouns and determiners): 몇 asks a number, so of hours or of an amount. No word
     * is the start of another, so a span names at most one ({@link #first}).
     */
    private static final java.util.Map<String, java.util.Set<String>> ASKS = java.util.Map.ofEntries(
            java.util.Map.entry("뭐", java.util.Set.of("thing")), java.util.Map.entry("무엇", java.util.Set.of("thing")),
            java.util.Map.entry("무슨", java.util.Set.of("thing")), java.util.Map.entry("어떤", java.util.Set.of("thing")),
            java.util.Map.entry("누구", java.util.Set.of("person")), java.util.Map.entry("누가", java.util.Set.of("person")),
            java.util.Map.entry("어디", java.util.Set.of("place")), java.util.Map.entry("어느", java.util.Set.of("place")),
            java.util.Map.entry("언제", java.util.Set.of("time")), java.util.Map.entry("몇", java.util.Set.of("time", "amount")),
            java.util.Map.entry("얼마", java.util.Set.of("amount")), java.util.Map.entry("어떻게", java.util.Set.of("manner")),
            java.util.Map.entry("왜", java.util.Set.of("reason")));
    private static final java.util.Set<String> QUESTION_WORDS = ASKS.keySet();

    /** What the span's first word asks about when it starts with a question word ({@link #ASKS}); else empty. */
    static java.util.Set<String> asks(String span) {
        return ASKS.getOrDefault(first(span.strip()), java.util.Set.of());
    }

    /** Whether the word starts with a question word (얼마, 몇, 어디 …). */
    static boolean questionWord(String word) {
        return QUESTION_WORDS.contains(first(word));
    }

    private static String first(String span) {
        String w = span.split(" ")[0];
        for (String q : QUESTION_WORDS) {
            if (w.startsWith(q)) {
                return q;
            }
        }
        return w;
    }

    /** Whether every word of the span starts with a noun (a noun + 하다 verb counts by its noun). */
    private static boolean nominal(String span) {
        for (String word : span.split(" ")) {
            if (politeVerb(word)) {
                return false;
            }
        }
        for (Morphology.Word w : Morphology.analyse(span)) {
            if (w.morphemes().isEmpty() || !w.morphemes().getFirst().tag().startsWith("N")) {
                return false;
            }
        }
        return true;
    }
}
