package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.Register;
import com.koto.evaluation.rules.PredicateFeatures.Level;
import com.koto.evaluation.rules.PredicateFeatures.Tense;
import com.koto.evaluation.text.Hangul;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Compares the learner's predicate with the accepted answer's: speech level, honorific
 * vocabulary and -(으)시-, copula form, tense, then spelling and word choice. Accepts a
 * different but equivalent form of the same predicate (감사해요 for 감사합니다, 주시겠어요 for
 * 주세요, -(으)ㄹ 거예요 for -(으)ㄹ게요): same word, same tense, same honorification, a polite
 * or formal level.
 */
final class PredicateCheck {

    /**
     * What the predicate check needs to know about the rest of the sentence.
     *
     * @param register         the activity's speech level
     * @param futureReference  a future time adverb (내일 …) is present, so present ≈ future
     * @param since            the answer says since when (어제부터): a state that began in the past
     *                         may be told in the past tense (어제부터 열이 났어요 for 열이 나요)
     */
    record Context(Register register, boolean futureReference, boolean since) {

        Context(Register register, boolean futureReference) {
            this(register, futureReference, false);
        }
    }

    private PredicateCheck() {
    }

    /**
     * @param answer   the learner's predicate words (non-empty)
     * @param expected the accepted predicate words (non-empty)
     * @return the finding, or empty when the predicates agree
     */
    static Optional<Finding> compare(List<Morphology.Word> answer, List<Morphology.Word> expected, Context ctx) {
        String a = join(answer);
        String e = join(expected);
        String aText = a.replace(" ", "");
        String eText = e.replace(" ", "");
        if (aText.equals(eText) || Frames.equivalent(answer, expected)) {
            return Optional.empty();
        }
        PredicateFeatures fa = PredicateFeatures.of(answer);
        PredicateFeatures fe = PredicateFeatures.of(expected);

        if (isChatStyleYo(aText, eText)) {
            return Optional.of(new Finding(ErrorCategory.SPELLING, a, e, "spelling/chat_yo"));
        }
        Optional<String> conjugation = Conjugation.rule(aText, eText);
        if (conjugation.isPresent()) {
            String[] span = Spacing.trimCommonWords(a, e);
            return Optional.of(new Finding(ErrorCategory.ENDING, span[0], span[1], conjugation.get()));
        }
        if (answer.size() < expected.size() && expected.subList(0, answer.size()).stream()
                .map(Morphology.Word::surface).toList().equals(answer.stream().map(Morphology.Word::surface).toList())) {
            return Optional.of(new Finding(ErrorCategory.INCOMPLETE, a, e, "incomplete/predicate")); // 체크인하고 for 체크인하고 싶어요
        }
        Optional<Finding> copulaMissing = missingCopula(aText, eText, a, e);
        if (copulaMissing.isPresent()) {
            return copulaMissing;
        }
        if (ctx.register() != Register.CASUAL && fa.level() == Level.PLAIN
                && (fe.level() == Level.POLITE || fe.level() == Level.FORMAL)
                && !(answer.isEmpty() || PredicateFeatures.carriesNoSpeechLevel(answer.getLast()))) {
            return Optional.of(new Finding(ErrorCategory.HONORIFIC, a, e, "honorific/speech_level"));
        }
        if (honorificWordPair(aText, eText) || honorificWordPair(last(a), last(e))) {
            // the verb, not its auxiliary (드셔야 합니까 → 드셔야); a request keeps its whole span, which
            // Certainty.politerRequest reads (말씀해 주시겠어요 for 말해 주세요)
            boolean request = e.endsWith("세요") || e.endsWith("주시겠어요") || e.endsWith("십시오");
            String[] span = request ? new String[] {a, e} : Spacing.trimCommonWords(a, e);
            // the learner's own ending with the honorific verb (먹을래요 → 드실래요 for 드시겠어요; session 20, s20b)
            String own = request || fa.honorific() ? null : OwnSiForms.withSi(a);
            if (own != null && !own.equals(a) && PredicateFeatures.level(own, true) == fe.level()
                    && own.charAt(0) == eText.charAt(0)) {
                span = new String[] {a, own};
            }
            return Optional.of(new Finding(ErrorCategory.HONORIFIC, span[0], span[1], "honorific/verb"));
        }
        Optional<Finding> copulaForm = copulaAllomorph(aText, expected, a);
        if (copulaForm.isPresent()) {
            return copulaForm;
        }
        Optional<Particles.Split> copula = Particles.split(aText, eText)
                .filter(s -> isCopula(s.answer()) && isCopula(s.expected()));
        if (copula.isPresent() && fa.tense() == fe.tense()) {
            return Optional.of(new Finding(ErrorCategory.ENDING, a, e, "ending/copula"));
        }
        if (VerbForms.missingInfinitive(aText, eText)) {
            return Optional.of(new Finding(ErrorCategory.ENDING, a, e, "ending/infinitive_contraction"));
        }
        if (WH_HONOURING.contains(aText) && (eText.equals(aText.replace("이세요", "세요").replace("세요", "예요"))
                || eText.equals(aText.replace("세요", "이에요")))) {
            return Optional.empty(); // 취미가 뭐세요? for 뭐예요?: the question honours the listener (표준 언어 예절 2011)
        }
        if (selfHonouringCopula(aText, eText)) {
            String[] span = Spacing.trimCommonWords(a, e);
            return Optional.of(new Finding(ErrorCategory.HONORIFIC, span[0], span[1], "honorific/si_extra"));
        }
        if (VerbForms.harmonySlip(aText, eText)) {
            // 닫어요 for 닫아요: one letter apart, but the letter is the ending's -아/어 (Yeon & Brown 2011)
            return Optional.of(new Finding(ErrorCategory.ENDING, a, e, "ending/vowel_harmony"));
        }
        if (Hangul.soundKey(aText).equals(Hangul.soundKey(eText)) || Hangul.jamoDistance(aText, eText) <= 1) {
            String[] span = Spacing.trimCommonWords(a, e);
            return Optional.of(new Finding(ErrorCategory.SPELLING, span[0], span[1]));
        }
        Optional<ErrorCategory> harmony = VerbForms.harmony(aText, eText);
        if (harmony.isPresent()) {
            return Optional.of(new Finding(harmony.get(), a, e,
                    harmony.get() == ErrorCategory.TENSE ? "tense/vowel_harmony" : "ending/vowel_harmony"));
        }
        boolean same = PredicateFeatures.sameWord(fa, aText, fe, eText);
        // since-phrase: the state goes on (present) or is told as it began (past) alike (Yeon & Brown 2019, -부터)
        boolean sinceThen = ctx.since() && (fa.tense() == Tense.PAST && fe.tense() == Tense.PRESENT
                || fa.tense() == Tense.PRESENT && fe.tense() == Tense.PAST);
        // 들어갔어요 for 들어가요 (is there pork in it?), 고장 났어요 for 고장 나요: the past of a change to a thing states
        // what holds now (ResultStates, of the kind THING)
        boolean contents = fa.tense() == Tense.PAST && fe.tense() == Tense.PRESENT && ResultStates.thingHoldsNow(fa.lemma(), a);
        if (same && !sinceThen && !contents && !causeOfLaterPredicate(answer, expected)
                && !sameTense(fa.tense(), fe.tense(), ctx.futureReference())) {
            if (EndingContrast.askedForPlan(aText, fa.tense(), fe.tense())) {
                return Optional.of(new Finding(ErrorCategory.ENDING, a, e, "ending/offer_for_plan"));
            }
            return Optional.of(new Finding(ErrorCategory.TENSE, a, e,
                    "tense/" + fe.tense().name().toLowerCase(java.util.Locale.ROOT)));
        }
        if (same && fa.honorific() != fe.honorific() && writesSi(fa.honorific() ? aText : eText)) {
            if (!fa.honorific() && Frames.ownFrameForRequest(aText, eText)) {
                return Optional.empty(); // 가려고요 for 가 주세요: the speaker's intention, no giver to honour (session 12)
            }
            if (!fe.honorific() && fe.tense() == Tense.FUTURE && fa.tense() != Tense.FUTURE && !plannedFuture(eText)) {
                // -(으)세요 where the accepted answer promises (-(으)ㄹ게요): another ending, not honorification.
                // A promise with -시- (가실게요 for 갈게요) stays si_extra: -(으)ㄹ게요 is the speaker's own
                // promise (Yeon & Brown 2011) and -시- never honours the speaker (Sohn 1999)
                return Optional.of(new Finding(ErrorCategory.ENDING, a, e, "ending/form"));
            }
            // the learner's own word with -(으)시- put in or taken out where it is another ending than the accepted
            // one (부를래요 → 부르실래요 for 부르시겠어요, 지내십니까 → 지냅니까 for 지내고 있습니까; session 20, s20b)
            String own = fe.honorific() ? OwnSiForms.withSi(a) : OwnSiForms.withoutSi(a);
            if (own != null && PredicateFeatures.level(own, true) != fe.level()) {
                own = null; // 필요하세요 → 필요합니까 where the accepted answer speaks 합쇼체: its word is the correction
            }
            return Optional.of(new Finding(ErrorCategory.HONORIFIC, a, own != null ? own : e,
                    fe.honorific() ? "honorific/si_missing" : "honorific/si_extra"));
        }
        if (same && PredicateFeatures.kinship(fa, aText, fe, eText) == PredicateFeatures.Kinship.SAME_LEMMA) {
            Optional<Finding> pair = knownPair(answer, expected);
            if (pair.isPresent()) {
                return pair; // 교환하러 갔어요 for 왔어요, 빌려주고 싶어요 for 빌리고 싶어요: one lemma, another word
            }
            // polite ↔ formal agree; a politer form than the accepted plain one is never corrected down
            boolean levelsAgree = fa.level() == fe.level()
                    || (fa.level() != Level.PLAIN && fe.level() != Level.PLAIN && fa.level() != Level.NONE)
                    || fe.level() == Level.PLAIN && (fa.level() == Level.POLITE || fa.level() == Level.FORMAL);
            if (levelsAgree && fa.verbal()) {
                return Optional.empty(); // an equivalent form of the same predicate
            }
            return Optional.of(new Finding(ErrorCategory.ENDING, a, e, "ending/form"));
        }
        if (formalPoliteOfOneWord(fa, aText, fe, eText)) {
            return Optional.empty();
        }
        if (WordForms.isNearMiss(aText, eText)) {
            return Optional.of(new Finding(ErrorCategory.SPELLING, a, e));
        }
        return Optional.of(new Finding(ErrorCategory.VOCABULARY, a, e));
    }

    /**
     * Whether the learner put the accepted predicate into a clause of cause or sequence with -아/어서 and went on
     * with a predicate of their own (감기에 걸려서 목이 아파요 for 감기에 걸렸어요, 지갑을 잃어버려서 못 사요 for
     * 잃어버렸어요): -아/어서 takes no tense of its own, the act it names is read as before the main clause and its
     * cause (Yeon &amp; Brown, <i>Korean: A Comprehensive Grammar</i> (2011), -아/어서: "cannot take the past
     * -았/었-"; 표준국어대사전 '-어서' 「2」 앞말이 뒷말의 원인이나 근거), so the past of the accepted answer is said
     * by the clause and no tense is missing. Only where the accepted predicate is one word (it has no -아/어서
     * clause of its own): 가서 먹어요 for 가서 먹었어요 is still read for its tense.
     *
     * @param answer   the learner's predicate words
     * @param expected the accepted predicate words
     */
    static boolean causeOfLaterPredicate(List<Morphology.Word> answer, List<Morphology.Word> expected) {
        if (answer.size() < 2 || expected.size() != 1) {
            return false;
        }
        Morphology.Word first = answer.getFirst();
        List<Morphology.Morpheme> ms = first.morphemes();
        boolean seo = first.endsWith("EC") && first.surface().endsWith("서")
                && ms.getLast().form().endsWith("서") && !first.surface().endsWith("면서");
        return seo && answer.subList(1, answer.size()).stream().anyMatch(Morphology.Word::verbal);
    }

    /**
     * Whether the accepted predicate states a plan with -(으)ㄹ 거예요 (할 거예요, 갈 겁니다, 볼 거야) rather than the
     * speaker's promise -(으)ㄹ게요: the plan is also asked of the listener (주말에 뭐 할 거예요?), where the present
     * with -(으)시- asks the same of a near future (주말에 뭐 하세요?; Yeon &amp; Brown 2019, the present for a
     * scheduled future and -(으)ㄹ 거예요 of plans), so -(으)세요 for it is a matter of -시-, not another ending.
     */
    private static boolean plannedFuture(String eText) { // eText: the predicate without spaces (할거예요)
        return eText.endsWith("거예요") || eText.endsWith("겁니다") || eText.endsWith("거야") || eText.endsWith("거에요");
    }

    /**
     * One word of a predicate of the same first stem that is the other side of a known confusion (session 16): the
     * motion verb after -(으)러 (교환하러 갔어요 for 왔어요: 가다/오다 by where the speaker is), or a compound
     * whose first stem Nori reads alone (빌려주고 for 빌리고: 빌려주다 'lend' is 빌리- + 주-). The lemma
     * compared is the first stem only, so without this the two read as one predicate. Both predicates have as
     * many words and differ in that one word only; the pair comes from {@code confusables.json}
     * ({@link Confusables#paired}).
     */
    private static Optional<Finding> knownPair(List<Morphology.Word> answer, List<Morphology.Word> expected) {
        if (answer.size() != expected.size()) {
            return Optional.empty();
        }
        int differing = -1;
        for (int i = 0; i < answer.size(); i++) {
            if (!answer.get(i).surface().equals(expected.get(i).surface())) {
                if (differing >= 0) {
                    return Optional.empty();
                }
                differing = i;
            }
        }
        if (differing < 0) {
            return Optional.empty();
        }
        String a = answer.get(differing).surface();
        String e = expected.get(differing).surface();
        // the pair's conditions on the rest of the answer are read when the finding is marked (Confusables#mark);
        // unmarked, it is a difference of words like any other
        return Confusables.paired(a, e) ? Optional.of(new Finding(ErrorCategory.VOCABULARY, a, e)) : Optional.empty();
    }

    private static final List<String> COPULA_FORMS = List.of("이었어요", "였어요", "이예요", "이에요", "에요", "예요",
            "이라서", "라서", "이야", "야");

    /**
     * The copula's polite form after the noun: 이에요 after a consonant, 예요 after a vowel
     * (학생이에요, 민수예요; 학생예요, 얼마이에요 and the misspellings 이예요, 에요 are wrong).
     * Source: 국립국어원 표준국어대사전, "-이에요/-예요"; Yeon &amp; Brown (2019) on the copula.
     * Checked on the learner's own predicate, whatever the accepted answer's noun, when the
     * accepted predicate is also a noun with the copula. A form said as the right one (이예요 after a
     * consonant, 에요 after a vowel: 쪽이예요, 얼마에요) is {@code spelling/copula}, as {@link FormChecks}
     * files it and as the gold sets do (session 38: 이예요 → 이에요 11 of 11, 에요 → 예요 102 of 109 spelling).
     */
    static Optional<Finding> copulaAllomorph(String aText, List<Morphology.Word> expected, String original) {
        String eText = join(expected).replace(" ", "");
        if (COPULA_FORMS.stream().noneMatch(eText::endsWith) && expected.stream().noneMatch(w -> w.has("VCP"))) {
            return Optional.empty();
        }
        for (String form : COPULA_FORMS) {
            if (!aText.endsWith(form) || aText.length() == form.length()) {
                continue;
            }
            String stem = aText.substring(0, aText.length() - form.length());
            if (stem.endsWith("아니") || !Hangul.isSyllable(stem.charAt(stem.length() - 1))) {
                return Optional.empty(); // 아니에요 is the negative copula, rightly with 에요
            }
            String right = rightCopula(form, stem);
            if (right.equals(form)) {
                return Optional.empty();
            }
            // 쪽이예요, 얼마에요: the wrong form sounds as the right one, a misspelling (as FormChecks files it)
            boolean homophone = FormChecks.copulaHomophone(aText);
            return Optional.of(homophone ? new Finding(ErrorCategory.SPELLING, original, stem + right, "spelling/copula")
                    : new Finding(ErrorCategory.ENDING, original, stem + right, "ending/copula"));
        }
        return Optional.empty();
    }

    /**
     * The copula's (or its quotative's) form after a noun, by the noun's last sound: 이었어요/였어요, 이라서/라서,
     * 이야/야, 이라고/라고, 입니다 as it is, otherwise 이에요/예요 (학생이에요, 민수예요). Source as
     * {@link #copulaAllomorph}.
     *
     * @param form the copula form as written after the noun (any allomorph)
     * @param stem the noun, ending in a Hangul syllable
     * @return the form the noun takes
     */
    static String rightCopula(String form, String stem) {
        boolean consonant = Hangul.hasFinal(stem.charAt(stem.length() - 1));
        return switch (form) {
            case "이었어요", "였어요" -> consonant ? "이었어요" : "였어요";
            case "이라서", "라서" -> consonant ? "이라서" : "라서";
            case "이야", "야" -> consonant ? "이야" : "야";
            case "이라고", "라고" -> consonant ? "이라고" : "라고";
            case "입니다" -> form;
            default -> consonant ? "이에요" : "예요";
        };
    }

    /**
     * 멉니까 for 멀어요: the formal and the polite form of one word, where Nori misreads one of them
     * (ㄹ-stems lose their ㄹ before ㅂ니다) — same first syllable without 받침, same tense, no -시-
     * difference, one formal and one polite.
     */
    private static boolean formalPoliteOfOneWord(PredicateFeatures fa, String aText, PredicateFeatures fe,
            String eText) {
        boolean levels = fa.level() == Level.FORMAL && fe.level() == Level.POLITE
                || fa.level() == Level.POLITE && fe.level() == Level.FORMAL;
        if (!levels || fa.tense() != fe.tense() || fa.honorific() != fe.honorific()) {
            return false;
        }
        String formal = fa.level() == Level.FORMAL ? aText : eText;
        String polite = fa.level() == Level.FORMAL ? eText : aText;
        // the ㄹ-stem: 멀 + ㅂ니까 → 멉니까, 멀 + 어요 → 멀어요 (Yeon & Brown 2019, on ㄹ-stems)
        int k = formal.length() - 3;
        if (k < 0 || !(formal.endsWith("니다") || formal.endsWith("니까")) || polite.length() != k + 3
                || !(polite.endsWith("어요") || polite.endsWith("아요"))) {
            return false;
        }
        char f = formal.charAt(k);
        char p = polite.charAt(k);
        return formal.substring(0, k).equals(polite.substring(0, k)) && Hangul.isSyllable(f) && Hangul.isSyllable(p)
                && Hangul.withoutFinal(f) == Hangul.withoutFinal(p) && Hangul.hasRieulFinal(p)
                && Hangul.toJamo(String.valueOf(f)).endsWith("ㅂ");
    }

    /** Present and future agree when a future time adverb fixes the reference (내일 출발해요 = 내일 출발할 거예요). */
    private static boolean sameTense(Tense a, Tense e, boolean futureReference) {
        if (a == e) {
            return true;
        }
        return futureReference && a != Tense.PAST && e != Tense.PAST;
    }

    /**
     * 대학생이세요 for 대학생이에요: the copula with -시- honours the subject; said of oneself it is
     * over-honorification, not a misspelling (Sohn 1999, on subject honorification).
     */
    /** Question words with the honorific copula, asking about the listener (뭐세요?, 누구세요?). */
    private static final Set<String> WH_HONOURING = Set.of("뭐세요", "누구세요", "어디세요", "언제세요", "무엇이세요");

    private static boolean selfHonouringCopula(String a, String e) {
        return a.endsWith("이세요") && e.endsWith("이에요")
                && a.substring(0, a.length() - 3).equals(e.substring(0, e.length() - 3))
                || a.endsWith("세요") && e.endsWith("예요") && a.length() == e.length()
                && a.substring(0, a.length() - 2).equals(e.substring(0, e.length() - 2));
    }

    /** 주세여 / 안녕하세여: the chat spelling of the polite ending 요. */
    private static boolean isChatStyleYo(String a, String e) {
        return a.length() == e.length() && e.endsWith("요") && (a.endsWith("여") || a.endsWith("염") || a.endsWith("용"))
                && a.substring(0, a.length() - 1).equals(e.substring(0, e.length() - 1));
    }

    /** 저는 학생 for 저는 학생이에요: the noun without its copula is an incomplete sentence. */
    private static Optional<Finding> missingCopula(String aText, String eText, String a, String e) {
        if (eText.startsWith(aText) && aText.length() < eText.length()) {
            String rest = eText.substring(aText.length());
            if (isCopula(rest) || rest.startsWith("입니") || rest.startsWith("이에") || rest.startsWith("예요")) {
                return Optional.of(new Finding(ErrorCategory.INCOMPLETE, a, e, "incomplete/copula"));
            }
        }
        return Optional.empty();
    }

    private static boolean isCopula(String form) {
        return Particles.of(form).map(p -> p.function() == Particles.Function.COPULA).orElse(false);
    }

    /** A plain word where the accepted answer has its honorific or humble counterpart, or the reverse. */
    static boolean honorificWordPair(String a, String e) {
        for (Map.Entry<List<String>, List<String>> pair : Lexicon.HONORIFIC_WORDS) {
            if (startsWithAny(a, pair.getKey()) && startsWithAny(e, pair.getValue())
                    || startsWithAny(a, pair.getValue()) && startsWithAny(e, pair.getKey())) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithAny(String text, List<String> prefixes) {
        for (String p : prefixes) {
            if (text.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    private static String last(String words) {
        return words.substring(words.lastIndexOf(' ') + 1);
    }

    private static String join(List<Morphology.Word> words) {
        return String.join(" ", words.stream().map(Morphology.Word::surface).toList());
    }

    /** The syllables -(으)시- is written with: 시, 셔, 셨, 세, 신, 실, 심, 십 (가시, 가셔, 가셨, 가세요, 가신, 가실, 가심, 가십니다). */
    private static final String SI_SYLLABLES = "시셔셨세신실심십";

    /**
     * Whether the predicate's letters write -(으)시- (or an honorific verb, which holds it: 드시다, 계시다, 주무시다).
     * Nori reads some plain forms with -시- (자서요 as 자시 + 어서요, 자시다 'eat' being an honorific verb):
     * an honorific difference the letters do not show is a misreading, not -시- missing (Sohn 1999, on
     * subject honorification; session 18, s18c).
     */
    static boolean writesSi(String predicate) {
        for (int i = 0; i < predicate.length(); i++) {
            if (SI_SYLLABLES.indexOf(predicate.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
