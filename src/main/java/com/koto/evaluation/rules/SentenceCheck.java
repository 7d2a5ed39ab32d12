package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.Register;
import com.koto.evaluation.text.AnswerText;
import com.koto.evaluation.text.WordAlignment;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Compares a learner's sentence with one accepted answer: word order, then word by word
 * (aligned at jamo level) for the arguments, then the predicate as a whole.
 */
final class SentenceCheck {

    /**
     * An analysed sentence.
     *
     * @param text      normalised text
     * @param canonical its words with contractions expanded (이건 → 이것은), for comparison
     * @param words     its words as written, with their morphemes
     */
    record Sentence(String text, List<String> canonical, List<Morphology.Word> words) {

        static Sentence of(String normalised) {
            List<Morphology.Word> words = Morphology.analyse(normalised);
            return new Sentence(normalised, words.stream().map(w -> WordForms.expand(w.surface())).toList(), words);
        }

        String surface(int from, int to) {
            return String.join(" ", words.subList(from, to).stream().map(Morphology.Word::surface).toList());
        }

        String unspacedCanonical() {
            return String.join("", canonical);
        }
    }

    /**
     * The outcome against one accepted answer.
     *
     * @param findings   errors and notes, in sentence order
     * @param confidence how sure the rules are of this judgement, 0–1
     * @param paraphrase whether findings the rules could not vouch for were dropped ({@link Certainty})
     */
    record Result(List<Finding> findings, double confidence, boolean paraphrase) {

        Result(List<Finding> findings, double confidence) {
            this(findings, confidence, false);
        }

        double cost() {
            return findings.stream().mapToDouble(Finding::cost).sum();
        }

        /** Whether only notes were found (spacing, a formal-level note: {@link Finding#note}). */
        boolean passed() {
            return findings.stream().allMatch(Finding::note);
        }
    }

    /**
     * Confidence of a judgement that accepted a word the rules cannot vouch for (an added noun):
     * below the default threshold (0.75), so a configured model is asked; without one the answer
     * passes with the model answer shown (precision first).
     */
    static final double UNSURE = 0.7;

    private SentenceCheck() {
    }

    static Result compare(Sentence answer, Sentence expected, Register register) {
        if (answer.canonical().equals(expected.canonical())) {
            return new Result(List.of(), 1.0);
        }
        if (answer.unspacedCanonical().equals(expected.unspacedCanonical())) {
            List<Finding> notes = Spacing.onlyAuxiliaryJoins(answer, expected) ? List.of()
                    : Spacing.spans(answer.text(), expected.text()).stream()
                            .map(span -> new Finding(ErrorCategory.SPACING, span[0], span[1]))
                            .filter(f -> !Spacing.derivedJoin(f)) // 진료받을 (session 22, s22a)
                            .filter(f -> !Spacing.standardSpacing(f, answer.text())).toList(); // 만 오천 (session 24, s24a)
            return new Result(notes, 0.95);
        }
        Optional<Finding> numeralFirst = WordOrderCheck.numeralBeforeNoun(answer, expected);
        if (numeralFirst.isPresent()) {
            return new Result(List.of(numeralFirst.get()), 0.85);
        }
        if (WordOrderCheck.reordered(answer.canonical(), expected.canonical())) {
            Optional<Finding> order = WordOrderCheck.check(answer.canonical(), answer.words(), expected.canonical(),
                    answer.text(), expected.text());
            return new Result(order.map(List::of).orElse(List.of()), order.isPresent() ? 0.85 : 0.8);
        }
        int predicateStart = predicateStart(expected.words());
        List<Morphology.Word> expectedPredicate = expected.words().subList(predicateStart, expected.words().size());
        PredicateCheck.Context predicateContext = new PredicateCheck.Context(register,
                mentionsFuture(answer.canonical()) || mentionsFuture(expected.canonical()),
                answer.canonical().stream().anyMatch(w -> w.endsWith("부터") && w.length() > 2));

        List<WordAlignment.Pair> pairs = WordAlignment.align(answer.canonical(), expected.canonical());
        List<Finding> findings = new ArrayList<>();
        List<Morphology.Word> answerPredicate = new ArrayList<>();
        boolean acceptedVariation = false;
        boolean unsure = false;
        int firstPredicatePair = pairs.size();
        for (int k = 0; k < pairs.size(); k++) {
            if (pairs.get(k).expectedTo() > predicateStart) {
                firstPredicatePair = k;
                break;
            }
        }
        // extra verbal words just before the predicate belong to it (자고 있어요 for 주무세요)
        while (firstPredicatePair > 0 && firstPredicatePair < pairs.size() && pairs.get(firstPredicatePair - 1).extra()
                && answer.words().get(pairs.get(firstPredicatePair - 1).answerFrom()).verbal()) {
            firstPredicatePair--;
        }
        for (int k = 0; k < pairs.size(); k++) {
            WordAlignment.Pair pair = pairs.get(k);
            boolean inPredicate = k >= firstPredicatePair;
            if (inPredicate && pair.respaced() && pair.expectedFrom() < predicateStart
                    && pair.answerTo() - pair.answerFrom() == 1) {
                // one learner word for an argument and the predicate (커피을주세요): cut it
                String word = pair.answer();
                String argument = expected.surface(pair.expectedFrom(), predicateStart).replace(" ", "");
                String predicate = expected.surface(predicateStart, pair.expectedTo()).replace(" ", "");
                int cut = bestCut(word, argument, predicate);
                // the note quotes the words as written (이거얼마예요 → 이거 얼마예요), not their expansions
                findings.add(new Finding(ErrorCategory.SPACING, answer.surface(pair.answerFrom(), pair.answerTo()),
                        expected.surface(pair.expectedFrom(), pair.expectedTo())));
                String head = word.substring(0, cut);
                ArgumentCheck.compare(head, Morphology.analyse(head).getFirst(), argument,
                        expected.words().get(pair.expectedFrom()), head, argument,
                        argumentContext(expected.words(), pair.expectedFrom(), predicateStart))
                        .ifPresent(findings::add);
                answerPredicate.addAll(Morphology.analyse(word.substring(cut)));
                continue;
            }
            if (inPredicate) {
                if (!pair.missing()) {
                    answerPredicate.addAll(answer.words().subList(pair.answerFrom(), pair.answerTo()));
                }
                continue;
            }
            String aSurface = pair.missing() ? "" : answer.surface(pair.answerFrom(), pair.answerTo());
            String eSurface = pair.extra() ? "" : expected.surface(pair.expectedFrom(), pair.expectedTo());
            if (pair.same()) {
                if (pair.respaced()) {
                    findings.add(new Finding(ErrorCategory.SPACING, aSurface, eSurface));
                }
                continue;
            }
            if (isCounterParaphrase(pairs, k, answer, expected)) {
                acceptedVariation = true;
                k += pair.respaced() ? 0 : 1;
                continue;
            }
            if (pair.missing()) {
                Morphology.Word w = expected.words().get(pair.expectedFrom());
                boolean numeralAndCounter = Lexicon.COUNTER_FORMS.containsValue(pair.expected()) && k + 1 < pairs.size()
                        && pairs.get(k + 1).missing() && Lexicon.COUNTERS.contains(pairs.get(k + 1).expected());
                if (numeralAndCounter) {
                    acceptedVariation = true; // 커피 주세요 for 커피 한 잔 주세요: one is understood
                    k++;
                } else if (pair.expected().equals("하나")) {
                    acceptedVariation = true; // 봉투 주세요 for 봉투 하나 주세요: one is understood as well
                } else if (Lexicon.DROPPABLE.contains(pair.expected()) || w.startsWith("MAG") && w.morphemes().size() == 1) {
                    acceptedVariation = true;
                } else {
                    // 이번 left out with the day it points to is part of that gap (북한산에 → 이번 일요일에 북한산에;
                    // session 37, s37d): the determiner goes with its noun, though alone it may be left out
                    boolean determiner = k > 0 && pairs.get(k - 1).missing() && "이번".equals(pairs.get(k - 1).expected());
                    findings.add(attachMissing(pairs, k, answer, determiner ? "이번 " + eSurface : eSurface));
                }
                continue;
            }
            if (pair.extra()) {
                Morphology.Word extra = answer.words().get(pair.answerFrom());
                Optional<Finding> form = extraWordForm(pair.answer(), aSurface, extra);
                if (form.isPresent()) {
                    findings.add(form.get());
                } else if (optionalExtra(pair.answer(), extra) || negatorOfNegated(pair.answer(), expected.words())) {
                    acceptedVariation = true;
                } else if (addedInformation(pair.answer(), extra)) {
                    acceptedVariation = true;
                    unsure = true; // a content word the accepted answer lacks: a model may know better
                } else {
                    findings.add(new Finding(ErrorCategory.VOCABULARY, aSurface, ""));
                }
                continue;
            }
            if (pair.respaced()) {
                findings.add(new Finding(ErrorCategory.SPACING, aSurface, eSurface));
            }
            int before = findings.size();
            comparePieces(pair, answer, expected,
                    argumentContext(expected.words(), pair.expectedTo() - 1, predicateStart), findings);
            acceptedVariation |= findings.size() == before;
        }
        if (answerPredicate.isEmpty()) {
            findings.add(new Finding(ErrorCategory.INCOMPLETE, "", expected.surface(predicateStart,
                    expected.words().size())));
        } else if (answerPredicate.size() < expectedPredicate.size() && expectedPredicate
                .subList(expectedPredicate.size() - answerPredicate.size(), expectedPredicate.size()).stream()
                .map(Morphology.Word::surface).toList()
                .equals(answerPredicate.stream().map(Morphology.Word::surface).toList())) {
            // 빨리 주세요 for 빨리 가 주세요: the main verb before the auxiliary is missing
            int at = answer.words().indexOf(answerPredicate.getFirst());
            // the adverb of the missing verb is marked with it (빨리 주세요 → 빨리 가 주세요); a noun with its particle is
            // not (앞에서 주세요 → 세워 주세요: Certainty#mainVerbOfAuxiliary, session 25)
            String before = at > 0 && !answer.words().get(at - 1).caseMarked() ? answer.words().get(at - 1).surface() + " " : "";
            findings.add(new Finding(ErrorCategory.INCOMPLETE,
                    before + String.join(" ", answerPredicate.stream().map(Morphology.Word::surface).toList()),
                    before + expected.surface(predicateStart, expected.words().size()), "incomplete/predicate"));
        } else {
            Optional<Finding> predicate = PredicateCheck.compare(answerPredicate, expectedPredicate, predicateContext);
            if (objectOfAdjective(answer, answerPredicate, expectedPredicate, findings)) {
                predicate = Optional.empty();
            }
            predicate.ifPresent(findings::add);
            acceptedVariation |= predicate.isEmpty();
        }
        double confidence = confidence(findings, acceptedVariation);
        return new Result(mergeMissing(findings, answer, expected), unsure ? Math.min(confidence, UNSURE) : confidence);
    }

    /**
     * A missing word, located at the learner's word before it (내일 → 내일 친구하고) or, at the
     * start, after it (자리로 → 창가 자리로), so the explanation can say where it goes.
     */
    private static Finding attachMissing(List<WordAlignment.Pair> pairs, int k, Sentence answer, String missing) {
        for (int j = k - 1; j >= 0; j--) {
            WordAlignment.Pair p = pairs.get(j);
            if (!p.missing()) {
                Morphology.Word before = answer.words().get(p.answerTo() - 1);
                String word = before.surface();
                if (closesClause(before) && p.answerTo() < answer.words().size()) {
                    // after -아서, -니까, -는데 the missing words open the next clause: on the word after them
                    // (추우니까 타자 → 지하철 타자; session 20, s20d)
                    // (a gap with digits is a number the task gives: 막혀서 늦을 → 20분 늦을)
                    String next = answer.words().get(p.answerTo()).surface();
                    return new Finding(ErrorCategory.INCOMPLETE, next, missing + " " + next,
                            MissingNumbers.numberGap(missing) ? MissingNumbers.SUBTYPE : "incomplete/missing_word");
                }
                if (p.answerTo() < answer.words().size()) {
                    // 서울역으로 주세요 → 가 주세요: the main verb of the auxiliary after the gap (session 25)
                    String next = answer.words().get(p.answerTo()).surface();
                    if (Certainty.mainVerbOfAuxiliary(word, missing, next)) {
                        return new Finding(ErrorCategory.INCOMPLETE, next, missing + " " + next, "incomplete/missing_word");
                    }
                }
                return new Finding(ErrorCategory.INCOMPLETE, word, word + " " + missing, "incomplete/missing_word");
            }
        }
        for (int j = k + 1; j < pairs.size(); j++) {
            WordAlignment.Pair p = pairs.get(j);
            if (!p.missing()) {
                String word = answer.words().get(p.answerFrom()).surface();
                return new Finding(ErrorCategory.INCOMPLETE, word, missing + " " + word, "incomplete/missing_word");
            }
        }
        return new Finding(ErrorCategory.INCOMPLETE, "", missing, "incomplete/missing_word");
    }

    /** The connective endings that close a clause of cause or background: -아서/-어서, -(으)니까, -는데/-(으)ㄴ데. */
    private static final java.util.Set<String> CLAUSE_LINKS = java.util.Set.of("아서", "어서", "여서", "서", "니까", "으니까",
            "는데", "은데", "ㄴ데");

    /**
     * Whether the word ends a clause with a connective ending of cause or background (아파서, 추우니까, 셔츠인데; Nori
     * EC): the words after it belong to the next clause (Sohn 1999, on clause linking; 표준국어대사전 '-아서', '-니까',
     * '-는데' 「어미」), so a word left out after it is given on the word that follows, as the blind writers give it (8
     * of 10 such gaps on the development sets; session 20, s20d). -다가 and -고 are not read: the writers split there.
     */
    static boolean closesClause(Morphology.Word word) {
        if (word.morphemes().size() < 2 || !word.endsWith("EC") || word.surface().endsWith("에서")) {
            return false;
        }
        return CLAUSE_LINKS.contains(word.morphemes().getLast().form());
    }

    /**
     * Several missing pieces (쭉 가세요 for 쭉 가서 왼쪽으로 가세요) read as one incomplete answer:
     * one finding from the whole answer to the whole accepted answer.
     */
    private static List<Finding> mergeMissing(List<Finding> findings, Sentence answer, Sentence expected) {
        long missing = findings.stream().filter(f -> f.category() == ErrorCategory.INCOMPLETE).count();
        if (missing < 2 || findings.stream().anyMatch(f -> f.category() != ErrorCategory.INCOMPLETE
                && f.category() != ErrorCategory.SPACING)) {
            return findings;
        }
        // the pieces one run of words of the accepted answer that opens a sentence after the learner's first
        // (죄송해요. 10분쯤 … for 죄송해요. 길이 막혀서 10분쯤 …): one gap, located at the word it joins (session
        // 15). Inside a one-sentence answer the writers read a clause left out as the sentence incomplete (쭉
        // 가세요 for 쭉 가서 왼쪽으로 가세요), so there the whole answer stays the span.
        java.util.Optional<Finding> one = Certainty.omission(answer.text(), null, expected.text())
                .filter(f -> "incomplete/missing_word".equals(f.subtype()) && !f.correction().startsWith(f.original() + " ")
                        && !answer.text().startsWith(f.original()));
        if (one.isPresent()) {
            return List.of(one.get());
        }
        return List.of(new Finding(ErrorCategory.INCOMPLETE, answer.text(), expected.text(), "incomplete/sentence"));
    }

    /**
     * Adjectives (descriptive verbs) take no object: 축구를 좋아요 needs 축구가 좋아요 or 축구를
     * 좋아해요, whose -아/어하다 turns the adjective into a verb (Sohn 1999, on descriptive verbs and
     * the -어하다 derivation; a frequent learner error with 좋다/좋아하다, 싫다/싫어하다). Adds the
     * {@code particle_wrong} finding on the object; when the accepted predicate is the -아하다 verb
     * of the learner's adjective, that particle is the whole error and the predicate is not reported.
     *
     * @return whether the predicate finding should be dropped
     */
    private static boolean objectOfAdjective(Sentence answer, List<Morphology.Word> answerPredicate,
            List<Morphology.Word> expectedPredicate, List<Finding> findings) {
        Optional<String[]> stem = firstStem(answerPredicate);
        if (stem.isEmpty() || !stem.get()[1].equals("VA") || Lexicon.INTRANSITIVE.contains(stem.get()[0])
                || answerPredicate.stream().anyMatch(w -> w.has("VX"))) {
            return false;
        }
        // only the adjective's own clause: an object before an earlier predicate (책을 잃어버려서, 책을
        // 잃어버렸어요.) belongs to that verb, not to 죄송합니다
        List<Morphology.Word> words = answer.words();
        int start = words.indexOf(answerPredicate.getFirst());
        int from = 0;
        for (int i = start - 1; i >= 0; i--) {
            if (words.get(i).verbal() && (words.get(i).endsWith("EF") || words.get(i).endsWith("EC"))) {
                from = i + 1;
                break;
            }
        }
        for (Morphology.Word w : start < 0 ? words : words.subList(from, start)) {
            if (answerPredicate.contains(w) || !w.caseMarked() || !w.endsWith("JKO")) {
                continue;
            }
            String particle = w.morphemes().getLast().form();
            String noun = w.surface().substring(0, w.surface().length() - particle.length());
            String subject = Particles.of("이").orElseThrow().formAfter(noun);
            boolean reported = findings.stream().anyMatch(f -> f.original().equals(w.surface()));
            if (!reported) {
                findings.add(new Finding(ErrorCategory.PARTICLE_WRONG, w.surface(), noun + subject));
            }
            String adjective = stem.get()[0];
            return expectedPredicate.stream().anyMatch(e -> {
                List<Morphology.Morpheme> ms = e.morphemes();
                for (int i = 0; i + 2 < ms.size(); i++) {
                    if (ms.get(i).form().equals(adjective) && ms.get(i + 1).is("EC") && ms.get(i + 2).is("VX")) {
                        return true;
                    }
                }
                return false;
            });
        }
        return false;
    }

    /**
     * The short negation 안 where the accepted sentence negates its verb another way (양파 안 넣어 주실 수 있어요? against
     * 양파 넣지 마세요, 양파는 빼 주세요): 안 + V-아/어 주다 asks for the favour of not doing it, a standard request
     * (표준국어대사전 '안' 「부사」; Yeon &amp; Brown 2019, short negation with 주다), so the learner's 안 is the negation
     * the accepted answer writes as -지 말다, -지 않다 or 빼다, not an extra word (session 38, s38a).
     */
    static boolean negatorOfNegated(String extra, List<Morphology.Word> expected) {
        if (!extra.equals("안")) {
            return false;
        }
        return expected.stream().flatMap(w -> w.morphemes().stream())
                .anyMatch(m -> m.is("VX", "VV") && (m.form().equals("말") || m.form().equals("않") || m.form().equals("빼"))
                        || m.is("MAG") && (m.form().equals("안") || m.form().equals("못")));
    }

    /**
     * An {@code ending/copula} finding on a learner's noun that carries an adverbial particle and is followed by the
     * learner's own predicate (체크인 몇 시부터 돼요? against 몇 시예요?, 몇 시까지 해요? against 몇 시까지예요?): the
     * noun is an argument of that verb, not a predicate missing its copula; the sentence is built another way, and
     * N부터 되다 'be possible from N' is standard (표준국어대사전 '부터', '되다' 「…부터」; Yeon &amp; Brown 2019 on
     * 부터/까지; session 38, s38a). A noun with a copula of its own (시에요) keeps the finding.
     */
    private static final java.util.Set<String> ADVERBIAL = java.util.Set.of("부터", "까지", "에", "에서", "로", "으로");

    static boolean argumentOfOwnPredicate(Finding f, List<Morphology.Word> words, int at) {
        if (!"ending/copula".equals(f.subtype()) || at + 1 >= words.size()) {
            return false;
        }
        Morphology.Word w = words.get(at);
        List<Morphology.Morpheme> ms = w.morphemes();
        // an adverbial particle (부터, 까지, 에, 에서, (으)로), not the topic 은/는 Nori may read in a verb (내는 as 내 + 는)
        if (ms.isEmpty() || w.has("VCP") || !ms.getLast().is("JKB", "JX") || !ADVERBIAL.contains(ms.getLast().form())) {
            return false;
        }
        Morphology.Word next = words.get(at + 1);
        return next.verbal() && next.startsWith("VV", "VA", "NNG", "XR") && !next.has("VCP");
    }

    /** Where to cut a word so that its two pieces best match two accepted words (≥ 1 syllable each). */
    private static int bestCut(String word, String first, String second) {
        int best = 1;
        double bestDistance = Double.MAX_VALUE;
        for (int cut = 1; cut < word.length(); cut++) {
            double d = WordAlignment.distance(word.substring(0, cut), first)
                    + WordAlignment.distance(word.substring(cut), second);
            if (d < bestDistance) {
                bestDistance = d;
                best = cut;
            }
        }
        return best;
    }

    /** Classifies one aligned pair, cutting a learner word that stands for two accepted words. */
    private static void comparePieces(WordAlignment.Pair pair, Sentence answer, Sentence expected,
            ArgumentCheck.Context ctx, List<Finding> into) {
        int aLen = pair.answerTo() - pair.answerFrom();
        int eLen = pair.expectedTo() - pair.expectedFrom();
        if (aLen == 1 && eLen == 1) {
            ArgumentCheck.compare(pair.answer(), answer.words().get(pair.answerFrom()), pair.expected(),
                    expected.words().get(pair.expectedFrom()), answer.surface(pair.answerFrom(), pair.answerTo()),
                    expected.surface(pair.expectedFrom(), pair.expectedTo()), ctx)
                    .filter(f -> !argumentOfOwnPredicate(f, answer.words(), pair.answerFrom()))
                    .ifPresent(into::add);
            return;
        }
        String a = AnswerText.unspaced(pair.answer());
        String e = AnswerText.unspaced(pair.expected());
        Morphology.Word ew = expected.words().get(pair.expectedTo() - 1);
        Morphology.Word aw = answer.words().get(pair.answerTo() - 1);
        ArgumentCheck.compare(a, aw, e, ew, pair.answer(), pair.expected(), ctx).ifPresent(into::add);
    }

    /**
     * 하나 for 한 잔, 둘 for 두 개: a native numeral without its counter is a correct answer to
     * "how many" (Yeon &amp; Brown 2019, on numerals used without counters).
     */
    private static boolean isCounterParaphrase(List<WordAlignment.Pair> pairs, int k, Sentence answer,
            Sentence expected) {
        WordAlignment.Pair pair = pairs.get(k);
        if (pair.missing() || pair.extra()) {
            return false;
        }
        String shortForm = Lexicon.COUNTER_FORMS.get(pair.answer());
        if (shortForm == null) {
            return false;
        }
        if (pair.respaced()) {
            String[] parts = pair.expected().split(" ");
            return parts.length == 2 && parts[0].equals(shortForm) && Lexicon.COUNTERS.contains(parts[1]);
        }
        if (!pair.expected().equals(shortForm) || k + 1 >= pairs.size()) {
            return false;
        }
        WordAlignment.Pair next = pairs.get(k + 1);
        return next.missing() && Lexicon.COUNTERS.contains(next.expected());
    }

    /**
     * An added noun phrase — a vocative (기사님, 손님), a pronoun subject (저는, 제가, 저희), a
     * time or place (오후, 자리에), a repeated topic (여권) — adds information without making the
     * answer wrong (precision first: a teacher accepts it; Sohn 1999, on optional arguments and
     * vocatives). Negation and extra verbs are not covered: they change what the answer says.
     */
    private static boolean addedInformation(String word, Morphology.Word analysis) {
        if (analysis.verbal() || analysis.morphemes().isEmpty() || NEGATION.contains(word)) {
            return false;
        }
        Morphology.Morpheme first = analysis.morphemes().getFirst();
        if (!first.tag().startsWith("N") && !first.is("MM", "MAG", "IC", "XPN")) {
            return false;
        }
        for (Morphology.Morpheme m : analysis.morphemes().subList(1, analysis.morphemes().size())) {
            if (!m.tag().startsWith("N") && !m.isParticle() && !m.is("XSN")) {
                return false;
            }
        }
        return true;
    }

    private static final java.util.Set<String> NEGATION = java.util.Set.of("안", "못", "별로", "전혀", "아니", "없이");

    /**
     * An added word whose own particle does not fit its last syllable (이 옷를): the particle error. Not a
     * word the analyser reads as one noun whose last syllable only looks like a particle (사과, 효과, 포도;
     * session 14, helper eval25a): the noun of the dictionary has no particle to fit (표준국어대사전 '사과⁴').
     */
    private static Optional<Finding> extraWordForm(String word, String surface, Morphology.Word analysis) {
        if (analysis != null && analysis.morphemes().size() == 1 && analysis.morphemes().getFirst().tag().startsWith("NN")
                && analysis.morphemes().getFirst().form().equals(word)) {
            return Optional.empty();
        }
        String[] split = ArgumentCheck.stemAndParticle(word);
        if (split[1].isEmpty()) {
            return Optional.empty();
        }
        Particles.Particle p = Particles.of(split[1]).orElseThrow();
        String right = p.formAfter(split[0]);
        if (right.equals(p.form()) || p.function() == Particles.Function.COPULA) {
            return Optional.empty();
        }
        return Optional.of(new Finding(ErrorCategory.PARTICLE_ALLOMORPH, surface, split[0] + right,
                Subtypes.particle("particle_allomorph", p.function())));
    }

    /** A word the learner may add: softeners, interjections, a numeral or counter, an adverb. */
    private static boolean optionalExtra(String word, Morphology.Word analysis) {
        if (word.equals("안") || word.equals("못") || word.equals("안 ") || word.equals("별로") || word.equals("전혀")) {
            return false; // negation changes the meaning
        }
        return Lexicon.OPTIONAL_EXTRAS.contains(word) || Lexicon.COUNTERS.contains(word)
                || Lexicon.COUNTER_FORMS.containsKey(word) || Lexicon.COUNTER_FORMS.containsValue(word)
                || analysis.morphemes().size() == 1 && analysis.startsWith("MAG", "MM", "NR", "IC");
    }

    /**
     * Where the predicate begins: the last word, with the words it is built from — a modifier
     * before 것/거 (갈 거예요) or a connective before an auxiliary verb (보여 주세요, 자고 있어요).
     */
    static int predicateStart(List<Morphology.Word> words) {
        int k = words.size() - 1;
        while (k > 0) {
            Morphology.Word prev = words.get(k - 1);
            Morphology.Word cur = words.get(k);
            // Nori reads 드세요/드십시오 as 들/VX after an adverbial -게: that is the main verb 드시다
            boolean periphrastic = prev.endsWith("ETM") && cur.startsWith("NNB")
                    || prev.endsWith("EC") && cur.startsWith("VX") && !cur.morphemes().getFirst().form().equals("들");
            if (!periphrastic) {
                break;
            }
            k--;
        }
        return Math.max(0, k);
    }

    /**
     * The clause facts for the accepted word at {@code index}: read from the verb that governs it,
     * the first inflecting word after it (입어 in 치마를 입어 봐도 돼요), or the whole predicate.
     */
    private static ArgumentCheck.Context argumentContext(List<Morphology.Word> words, int index, int predicateStart) {
        ArgumentCheck.Context ctx = null;
        for (int i = Math.max(0, index + 1); i < predicateStart && ctx == null; i++) {
            // 시청에 어떻게 가요? 걸어서 갈 수 있어요?: Nori reads 가요 as the noun 'song', so the verb that governs
            // 시청에 is its written form, not the 걷다 of the next clause
            if (words.get(i).verbal() && !words.get(i).caseMarked() && !adverbial(words.get(i))
                    || goOrCome(words.get(i).surface())) {
                ctx = argumentContext(words.subList(i, i + 1));
            }
        }
        if (ctx == null) {
            ctx = argumentContext(words.subList(predicateStart, words.size()));
        }
        if (ctx.motion() && goalPhrases(words, predicateStart) > 1) {
            // 명동에 버스로 가요: with a goal already marked, (으)로 is the means, not another goal
            return new ArgumentCheck.Context(ctx.transitive(), ctx.existential(), ctx.giving(), ctx.eitherLocative(),
                    false, ctx.distance(), ctx.change());
        }
        return ctx;
    }

    /**
     * An adjective in its adverbial -게 form (어떻게, 싸게, 크게): it modifies the verb after it and governs
     * no noun before it (Sohn 1999, on adverbial -게; 표준국어대사전 '-게' ①), so the noun's verb is further on.
     */
    private static boolean adverbial(Morphology.Word w) {
        List<Morphology.Morpheme> ms = w.morphemes();
        return ms.size() == 2 && ms.getFirst().is("VA") && ms.getLast().is("EC") && ms.getLast().form().equals("게");
    }

    /** Phrases before the predicate marked with 에, (으)로 or 까지 (goal candidates of a motion verb). */
    private static int goalPhrases(List<Morphology.Word> words, int predicateStart) {
        int n = 0;
        for (int i = 0; i < Math.min(predicateStart, words.size()); i++) {
            String w = words.get(i).surface();
            String stem = ArgumentCheck.stemAndParticle(w)[0];
            // a verb nominalised by -기 (가기로 했어요) is the predicate, not a goal
            boolean nominalised = words.get(i).morphemes().stream().anyMatch(m -> m.is("ETN"));
            if (w.length() > 1 && (w.endsWith("에") || w.endsWith("로") || w.endsWith("까지"))
                    && !w.endsWith("에서") && !ArgumentCheck.isTimeNoun(stem) && !Lexicon.MOVABLE.contains(stem)
                    && !nominalised && !calendarTime(words, i, stem)) {
                n++;
            }
        }
        return n;
    }

    /** Determiners of a time span: 다음 주에, 지난 달에, 이번 주까지 (the noun after them is a time, not a place). */
    private static final Set<String> TIME_DETERMINERS = Set.of("다음", "지난", "이번", "저번", "올", "매", "이", "그");

    /** Calendar words written as one (다음주에, 지난달에, 내년에): times, not goals. */
    private static final Set<String> CALENDAR_WORDS = Set.of("다음주", "지난주", "이번주", "저번주", "다음달", "지난달",
            "이번달", "내년", "작년", "올해", "금년", "내후년", "재작년", "방학", "연휴", "월말", "연말", "주초", "월초", "연초");

    /** A date or a span written with numbers (5월에, 15일에, 2주 후에, 삼월에). */
    private static final java.util.regex.Pattern DATE = java.util.regex.Pattern.compile(
            "([0-9]+|[일이삼사오육칠팔구십]+|유|시)(월|일|년|주)");

    /**
     * Whether the word at {@code i}, whose stem is {@code stem}, is a calendar time (다음 주에, 지난달에, 5월에), which
     * takes 에 of time, not of a goal: counted as a goal, it took the motion reading from the real goal of the same
     * verb (다음 주에 부산으로 가요). Source: 표준국어대사전 '에' ② (시간); 한국어 문법 1 (국립국어원), 시간 부사어.
     */
    private static boolean calendarTime(List<Morphology.Word> words, int i, String stem) {
        return CALENDAR_WORDS.contains(stem) || DATE.matcher(stem).matches()
                || i > 0 && TIME_DETERMINERS.contains(words.get(i - 1).surface())
                        && Set.of("주", "달", "해", "날", "때", "번", "학기", "주말").contains(stem);
    }

    /** Giving and requesting verbs, recognised by their written form when Nori misreads them (주세요 as 주/NNBC). */
    private static final List<String> GIVING = List.of("주세", "주시", "줘", "줬", "줄", "드려", "드리", "드릴", "드렸");

    private static ArgumentCheck.Context argumentContext(List<Morphology.Word> predicate) {
        boolean transitive = false;
        boolean existential = false;
        for (Morphology.Word w : predicate) {
            if (GIVING.stream().anyMatch(w.surface()::startsWith) || w.surface().equals("주세요")) {
                // (으)로 may drop only before the request itself (창가 자리 주세요, 공항 가 주세요), not before
                // another verb (카드로 계산해 주세요: the means stays marked)
                String first = predicate.getFirst().surface();
                boolean request = GIVING.stream().anyMatch(first::startsWith) || first.equals("주세요")
                        || predicate.size() > 1 && (first.equals("가") || first.equals("와"));
                return new ArgumentCheck.Context(true, false, request, eitherLocative(predicate), motion(predicate),
                distance(predicate), change(predicate));
            }
        }
        for (Morphology.Word w : predicate) {
            List<Morphology.Morpheme> ms = w.morphemes();
            for (int i = 0; i < ms.size(); i++) {
                Morphology.Morpheme m = ms.get(i);
                if (m.is("VX") && (m.form().equals("주") || m.form().equals("드리") || m.form().equals("줏"))) {
                    transitive = true;
                }
                if (m.is("VX") && m.form().equals("하") && i > 0 && ms.get(i - 1).is("EC")) {
                    transitive = true; // -아/어하다: 좋아하다, 싫어하다
                }
            }
        }
        if (containedIn(predicate)) {
            // 돼지고기가 들어 있어요: 들다 of what is inside (「…에」 '안에 담기다') is intransitive, its noun the subject
            return new ArgumentCheck.Context(false, true, false, eitherLocative(predicate), motion(predicate),
                    distance(predicate), change(predicate));
        }
        Optional<String[]> stem = firstStem(predicate);
        if (stem.isPresent()) {
            String tag = stem.get()[1];
            String lemma = stem.get()[0];
            if (tag.equals("VA") || tag.equals("VCP")) {
                existential = true;
            } else if (Lexicon.INTRANSITIVE.contains(lemma)) {
                existential = lemma.equals("있") || lemma.equals("없") || lemma.equals("계시");
            } else if (!predicate.isEmpty()
                    && VerbFrames.intransitiveAsWritten(predicate.getFirst().surface(), predicate.getFirst())) {
                // 고장 났는데 (나다 「…이」, verb-frames.json): its noun is the subject, 고장이 is no object (session 28)
                transitive = false;
            } else {
                transitive = true;
            }
        }
        return new ArgumentCheck.Context(transitive, existential, false, eitherLocative(predicate), motion(predicate),
                distance(predicate), change(predicate));
    }

    /**
     * Whether the predicate says what is inside something with 들다 and the existential 있다 (돼지고기가 들어 있어요,
     * 들어있어요, 들어 있나요): 들다 in this sense is intransitive, 「…에」 '안에 담기다' (표준국어대사전 '들다' 「2」), and
     * -아/어 있다 states the result (Yeon &amp; Brown 2011, -아/어 있다), so the contained noun takes 이/가, not 을/를
     * (들다 'to hold', 가방을 들다, is another verb).
     */
    static boolean containedIn(List<Morphology.Word> predicate) {
        if (predicate.isEmpty()) {
            return false;
        }
        String first = predicate.getFirst().surface();
        if (first.startsWith("들어있")) {
            return true;
        }
        return first.equals("들어") && predicate.size() > 1
                && (predicate.get(1).surface().startsWith("있") || predicate.get(1).surface().startsWith("없"));
    }

    /** Whether the predicate's first verb moves to a goal ({@link Lexicon#GOAL_VERBS}: 가 주세요, 보내고 싶어요). */
    private static boolean motion(List<Morphology.Word> predicate) {
        if (predicate.stream().anyMatch(w -> GO_COME_FORMS.contains(w.surface()))) {
            return true; // Nori reads 가요 as a noun ('song'); 어떻게 가요 starts with an adverb
        }
        if (!predicate.isEmpty() && goOrCome(predicate.getFirst().surface())) {
            // 부산에 가는 버스표, 서울역 가나요?: a written form of 가다/오다 that Nori reads as another word (가는 as 갈다's,
            // 가나요) governs the goal before it (표준국어대사전 '가다' 「…에」; Lee & Ramsey 2000 on the goal's 에 dropped
            // in speech; session 25, s25c)
            return true;
        }
        if (!predicate.isEmpty() && NOMINALISED_GO_COME.matcher(predicate.getFirst().surface()).matches()) {
            // 부산에 가기로 했어요: the verb nominalised by -기 keeps its arguments (국립국어원 한국어 문법 1, 명사절;
            // Sohn 1999 on -기 clauses), so its goal takes 에 or (으)로 as 가다's does; Nori reads 가기로 as 갈다's
            return true;
        }
        if (!predicate.isEmpty() && FETCH_AND_GIVE.matcher(predicate.getFirst().surface()).matches()) {
            // 305호로 갖다주세요: 가져다주다 (갖다주다) brings a thing to a place like 가져오다 ({@link Lexicon#BRINGING_VERBS});
            // Nori splits it into 갖/가지 + -다/-어다 + the auxiliary 주다/드리다 (session 21, s21a)
            return true;
        }
        // 다니다 'attend, go regularly' takes its goal with 에 like 가다, dropped in speech as well (회사 다녀요;
        // 표준국어대사전 '다니다' 「…에」; Lee & Ramsey 2000 on particle ellipsis)
        return firstStem(predicate).map(s -> Lexicon.GOAL_VERBS.contains(s[0]) || s[0].equals("다니")
                || Lexicon.BRINGING_VERBS.contains(s[0])).orElse(false);
    }

    /**
     * 가져다주다 and its short form 갖다주다 'fetch and give', also with 드리다 and written apart (갖다주세요, 가져다
     * 드릴게요, 갖다 주시겠어요): a thing brought to a place, whose destination takes 에 or (으)로 as that of 가져오다.
     * Source: 표준국어대사전 '가져다주다' 「…에/에게 …을」 (문형 정보), '갖다' (‘가지다’의 준말: 갖다 주다); Sohn 1999,
     * on goal 에 and directional (으)로. 갖다 alone (갖고 싶어요 'want to have') is not read.
     */
    private static final java.util.regex.Pattern FETCH_AND_GIVE =
            java.util.regex.Pattern.compile("(갖다|가져다)((주|줘|줄|준|드리|드려|드릴|드립)\\S*)?");

    /** 가다 and 오다 nominalised by -기, bare or with a particle (가기로, 오기가, 가기는). */
    private static final java.util.regex.Pattern NOMINALISED_GO_COME =
            java.util.regex.Pattern.compile("(가|오)기(로|가|를|는|도|만)?");

    /**
     * Whether the word as written is a form of a verb of going or coming: one of {@link #GO_COME_FORMS} of more than
     * one syllable (가요, 갑니다, 왔어요), or a word Nori reads as one verb that starts as one of {@link #GOING} does
     * (가는데, 갈 거야, 다녀요, 들어가요, 돌아와요; Nori reads 가는데 as 갈다's, so the start is read as written).
     */
    static boolean goOrCome(String surface) {
        if (surface.length() > 1 && GO_COME_FORMS.contains(surface)) {
            return true;
        }
        if (!GOING.matcher(surface).lookingAt()) {
            return false;
        }
        List<Morphology.Word> read = Morphology.analyse(surface);
        return read.size() == 1 && read.getFirst().verbal(); // a verb, not 가방 or 오늘
    }

    /**
     * The written start of a form of 가다, 오다, 다니다 and their compounds (가는데, 갈 거야, 와요, 다녀요, 나가요,
     * 들어가요, 올라와요, 돌아가요, 들러요).
     */
    private static final java.util.regex.Pattern GOING = java.util.regex.Pattern.compile(
            "(가|갈|갑|갔|와|오|올|옵|왔|다니|다녀|다닐|나가|나갈|나갔|나와|나올|나왔"
            + "|들어가|들어갈|들어와|들어올|올라가|올라와|내려가|내려와|돌아가|돌아와|들러|들르|들를)");

    /** Written forms of 가다 and 오다 that Nori may misread. */
    private static final java.util.Set<String> GO_COME_FORMS = java.util.Set.of("가", "와", "가요", "와요", "갑니다",
            "옵니다", "가세요", "오세요", "갈게요", "올게요", "갔어요", "왔어요");

    /** Whether the predicate's first verb changes or moves a time or a thing ({@link ParticleFrames#changes}). */
    private static boolean change(List<Morphology.Word> predicate) {
        return predicate.stream().filter(Morphology.Word::verbal).findFirst().map(ParticleFrames::changes).orElse(false);
    }

    /** Whether the predicate is 멀다 or 가깝다 (멀어요?, 가까워요). */
    private static boolean distance(List<Morphology.Word> predicate) {
        return firstStem(predicate).map(s -> s[0].equals("멀") || s[0].equals("가깝")).orElse(false);
    }

    /** Whether the predicate's verb takes 에 and 에서 alike ({@link Lexicon#EITHER_LOCATIVE}). */
    private static boolean eitherLocative(List<Morphology.Word> predicate) {
        for (Morphology.Word w : predicate) {
            for (String v : Lexicon.EITHER_LOCATIVE) {
                if (w.surface().startsWith(v)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The first stem of the predicate and its tag; for noun + 하다, the noun with 하 (일하, 공부하). */
    private static Optional<String[]> firstStem(List<Morphology.Word> predicate) {
        for (Morphology.Word w : predicate) {
            List<Morphology.Morpheme> ms = w.morphemes();
            for (int i = 0; i < ms.size(); i++) {
                Morphology.Morpheme m = ms.get(i);
                if (m.is("VV", "VA", "VCP")) {
                    return Optional.of(new String[] {m.form(), m.tag()});
                }
                if (m.is("XSV", "XSA")) {
                    String noun = i > 0 ? ms.get(i - 1).form() : "";
                    return Optional.of(new String[] {noun + m.form(), m.is("XSA") ? "VA" : "VV"});
                }
            }
        }
        return Optional.empty();
    }

    private static boolean mentionsFuture(List<String> words) {
        return words.stream().anyMatch(Lexicon.FUTURE_ADVERBS::contains) || Lexicon.comingPeriod(words);
    }

    /**
     * How sure the rules are. Allomorph and copula-form findings are mechanical (rules stay
     * authoritative); a different word, a missing element or an accepted paraphrase is where
     * a model's judgement helps.
     */
    private static double confidence(List<Finding> findings, boolean acceptedVariation) {
        double c = acceptedVariation ? 0.8 : 1.0;
        for (Finding f : findings) {
            c = Math.min(c, switch (f.category()) {
                case PARTICLE_ALLOMORPH, SPACING -> 0.95;
                case ENDING, SPELLING, TENSE, HONORIFIC, PARTICLE_MISSING, PARTICLE_WRONG -> 0.85;
                case WORD_ORDER -> 0.8;
                case INCOMPLETE -> 0.7;
                case VOCABULARY -> 0.6;
            });
        }
        return c;
    }
}
