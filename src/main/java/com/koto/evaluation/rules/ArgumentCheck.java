package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.rules.Particles.Function;
import com.koto.evaluation.text.Hangul;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Compares one learner word with the accepted word it stands for, outside the predicate: nouns
 * with their particles, modifiers and connective forms.
 */
final class ArgumentCheck {

    /**
     * What the argument check needs to know about the clause.
     *
     * @param transitive  the accepted predicate takes an object (주세요, 마셔요), so a subject
     *                    particle on its object is wrong and an object particle is welcome
     * @param existential the predicate is 있다/없다/계시다 or a copula or an adjective (location 에 is natural)
     * @param giving      the predicate is a request with 주다/드리다 (주세요, 가 주세요): the (으)로 of the
     *                    chosen option or destination may be left out in speech (창가 자리 주세요, 공항 가 주세요)
     * @param eitherLocative the verb takes its place with 에 or 에서 alike ({@link Lexicon#EITHER_LOCATIVE}:
     *                    살다, 세우다 …)
     * @param motion      the verb moves someone or something to a goal ({@link Lexicon#GOAL_VERBS}: 가다,
     *                    오다, 보내다 …), whose destination takes 에, (으)로 or 까지 alike
     * @param distance    the predicate is 멀다 or 가깝다, whose far or near place may be its subject
     * @param change      the verb changes or moves a time or a thing ({@link ParticleFrames#changes}: 바꾸다,
     *                    미루다, 변경되다 …), whose (으)로 is the result, never the time 에 of the event
     */
    record Context(boolean transitive, boolean existential, boolean giving, boolean eitherLocative, boolean motion,
            boolean distance, boolean change) {

        Context(boolean transitive, boolean existential) {
            this(transitive, existential, false, false, false, false, false);
        }
    }

    /** Demonstrative place pronouns, which occur without 에 before 있다/없다 (Sohn 1999, on locative 에). */
    private static final java.util.Set<String> PLACE_PRONOUNS = java.util.Set.of("여기", "거기", "저기", "어디");

    /**
     * Question words. They carry the new information of a question and so cannot be topics:
     * 뭐가 맛있어요?, not 뭐는 맛있어요? (Sohn 1999, on topic 은/는 versus subject 이/가; Yeon &amp;
     * Brown 2019, on particles).
     */
    private static final java.util.Set<String> WH_WORDS = java.util.Set.of("뭐", "무엇", "누구", "어디", "언제",
            "어느", "무슨", "몇", "어떤", "왜");

    private ArgumentCheck() {
    }

    /**
     * @param answer         the learner's word (canonical form, contractions expanded)
     * @param answerWord     its analysis
     * @param expected       the accepted word (canonical form)
     * @param expectedWord   its analysis
     * @param answerSurface  as the learner wrote it, for the finding
     * @param expectedSurface as the accepted answer writes it
     * @return a finding, or empty when the words agree or differ only in an accepted way
     */
    static Optional<Finding> compare(String answer, Morphology.Word answerWord, String expected,
            Morphology.Word expectedWord, String answerSurface, String expectedSurface, Context ctx) {
        if (answer.equals(expected) || politeYo(answer, expected)) {
            return Optional.empty();
        }
        if (!expectedSurface.equals(expected) && answerSurface.equals(answer) && expected.equals(answer + "서")
                && WordForms.expand(expectedSurface).equals(expected)) {
            // the learner wrote the full form (어디에): the correction is given in full too (어디에서, not 어디서)
            expectedSurface = expected;
        }
        Optional<Particles.Split> split = Particles.split(answer, expected);
        // noun + 하고 reads to Nori like a verb (친구하고): a particle on the accepted side decides; but a verb's
        // -아/어야 or -아/어도 (가야, 퇴근해도) is no noun with the copula 야 or with 도 (session 18, s18b)
        if (split.isPresent() && !split.get().expected().isEmpty()
                && !(modalConnective(answerWord) && modalConnective(expectedWord))) {
            return particles(split.get(), answerSurface, expectedSurface, ctx);
        }
        if (expectedWord.verbal() && !expectedWord.caseMarked()) {
            return verbal(answerWord, expectedWord, answerSurface, expectedSurface);
        }
        if (split.isPresent()) {
            return particles(split.get(), answerSurface, expectedSurface, ctx);
        }
        return differentWords(answer, expected, answerSurface, expectedSurface, ctx, answerWord);
    }

    /**
     * Whether Nori reads the word as a verb or adjective ending in the connective -아/어야 'only if' or -아/어도 'even
     * if' (가야, 먹어도, 퇴근해야), the first half of -아/어야 하다/되다 (obligation) and -아/어도 되다 (permission).
     * The string split of {@link Particles} reads 가야 as the noun 가 with the 반말 copula 야 and 가도 as 가 with 도,
     * and then calls 가도 for 가야 a copula form (ending/copula, intrinsic); two such verbs differ in their
     * connective, which {@link #verbal} judges as any other ending of one verb. Source: 표준국어대사전 '-어야'
     * 「어미」 「1」「2」, '-어도' 「어미」; Yeon &amp; Brown 2019 (-아/어야 되다/하다, -아/어도 되다). Session 18, s18b.
     */
    static boolean modalConnective(Morphology.Word word) {
        if (word == null || word.morphemes().size() < 2 || !word.endsWith("EC") || word.caseMarked()) {
            return false;
        }
        String ending = word.morphemes().getLast().form();
        return word.has("VV", "VA", "VX", "XSV", "XSA") && (ending.endsWith("야") || ending.endsWith("도")) && !ending.endsWith("라도");
    }

    /**
     * The accepted noun phrase with the polite particle 요 (한 잔이요. 가지고 갈게요 for 한 잔 포장해 주세요):
     * 요 after any phrase makes it polite speech (Yeon &amp; Brown 2019, on the polite particle 요; 이요
     * after a consonant in speech).
     */
    static boolean politeYo(String answer, String expected) {
        if (expected.isEmpty() || !answer.startsWith(expected) || !Hangul.isSyllable(expected.charAt(expected.length() - 1))) {
            return false;
        }
        String rest = answer.substring(expected.length());
        return rest.equals("요") || rest.equals("이요") && Hangul.hasFinal(expected.charAt(expected.length() - 1));
    }

    /** -(으)시- on the giving auxiliary 주다, joined or not (도와주실, 알려 주신): it honours the giver. */
    private static final java.util.regex.Pattern GIVER_HONOURED = java.util.regex.Pattern.compile("주[시실신십셔셨세]");

    /**
     * Modifier and connective forms of the same verb or adjective (따뜻하는 for 따뜻한, 만나고 for
     * 만나서): an {@code ending} error (Sohn 1999, on modifier endings: adjectives take -(으)ㄴ,
     * verbs -는 in the present; and on connectives: -아서/어서 for cause, -고 for sequence).
     */
    private static Optional<Finding> verbal(Morphology.Word a, Morphology.Word e, String aSurface, String eSurface) {
        Optional<String> conjugation = Conjugation.rule(a.surface(), e.surface());
        if (conjugation.isPresent()) {
            return Optional.of(new Finding(ErrorCategory.ENDING, aSurface, eSurface, conjugation.get()));
        }
        PredicateFeatures fa = PredicateFeatures.of(java.util.List.of(a));
        PredicateFeatures fe = PredicateFeatures.of(java.util.List.of(e));
        if (fe.level() != PredicateFeatures.Level.PLAIN && fe.level() != PredicateFeatures.Level.NONE
                && fa.level() == PredicateFeatures.Level.PLAIN && e.endsWith("EF")
                && !(a.endsWith("EC") && JOINING.stream().anyMatch(a.surface()::endsWith))
                && !PredicateFeatures.carriesNoSpeechLevel(a)) {
            // a connective (아픈데, 사람이고) carries no speech level: only a sentence ending does
            // 고마워. 안녕히 계세요: a plain sentence ending inside a polite answer
            return Optional.of(new Finding(ErrorCategory.HONORIFIC, aSurface, eSurface, "honorific/speech_level"));
        }
        if (VerbForms.harmonySlip(a.surface(), e.surface())) {
            // 닫어요 for 닫아요: the one wrong letter is the ending's -아/어 (Yeon & Brown 2011, vowel harmony)
            return Optional.of(new Finding(ErrorCategory.ENDING, aSurface, eSurface, "ending/vowel_harmony"));
        }
        if (otherNumber(a.surface(), e.surface())) {
            return Optional.of(new Finding(ErrorCategory.VOCABULARY, aSurface, eSurface, OTHER_NUMBER));
        }
        if (Hangul.jamoDistance(a.surface(), e.surface()) <= 1
                || Hangul.soundKey(a.surface()).equals(Hangul.soundKey(e.surface()))) {
            return Optional.of(new Finding(ErrorCategory.SPELLING, aSurface, eSurface));
        }
        if (PredicateFeatures.sameWord(fa, a.surface(), fe, e.surface())) {
            if (e.endsWith("EF") && a.endsWith("EF") && fa.tense() == fe.tense() && polite(fa) && polite(fe)) {
                // 예약했습니다. for 예약했어요. inside the answer: 합니다체 and 해요체 agree (Sohn 1999)
                return Optional.empty();
            }
            if (e.endsWith("EF") && a.surface().endsWith("요") && fa.level() == PredicateFeatures.Level.POLITE
                    && fe.level() == PredicateFeatures.Level.FORMAL && fa.tense() == fe.tense()
                    && fa.honorific() == fe.honorific() && fe.honorific()) {
                // 찾으세요 for 찾으십니다, 주시겠어요 for 주시겠습니까: the honorific 해요체 of the accepted 합쇼체 word,
                // -(으)시- kept, which Nori may tag as a connective when a sentence follows. 해요체 stands where
                // 합쇼체 is asked when both fit (표준 언어 예절 2011, 상대 높임법: 해요체 in the office and to
                // customers; Yeon & Brown 2019, on the polite and formal styles)
                return Optional.empty();
            }
            if (e.endsWith("EF") && a.endsWith("EF") && fa.tense() != fe.tense()) {
                // 머리가 아팠어요. 약 주세요 for 아파요: a sentence inside the answer in another tense
                return Optional.of(new Finding(ErrorCategory.TENSE, aSurface, eSurface,
                        "tense/" + fe.tense().name().toLowerCase(java.util.Locale.ROOT)));
            }
            if (e.endsWith("EF") && a.endsWith("EC") && JOINING.stream().anyMatch(a.surface()::endsWith)) {
                // 사람이고 대학생이에요 for 사람이에요. 대학생이에요: two sentences joined by -고, -는데, -아서
                // say the same (Yeon & Brown 2019, on clause connectives)
                return Optional.empty();
            }
            if (!e.endsWith("EF") && backgroundStatement(a.surface(), e.surface())
                    && fa.tense() == fe.tense() && polite(fa)) {
                // 너무 맵네요. 물 좀 주시겠어요? for 너무 매운데 물 좀 …: the situation told in a sentence of its
                // own before the request, where the accepted answer leads in to it with -(으)ㄴ데/-는데 (a word
                // in 요 ends its sentence even where Nori tags it mid-answer as a connective, and Nori may read
                // the accepted 매운데 as 매운 + the bound noun 데)
                return Optional.empty();
            }
            if (EndingContrast.interchangeable(a, e, fa)) {
                // 운동했는데 for 운동해서: -는데 joins a reason as -아서 does
                return Optional.empty();
            }
            if (e.endsWith("EF") && (a.endsWith("EF") || a.surface().endsWith("요"))
                    && Frames.equivalent(java.util.List.of(a), java.util.List.of(e))) {
                // 체크아웃할게요. … for 체크아웃하겠습니다. …: the plan and request frames of one verb are accepted
                // for one another in every sentence of the answer, not only its last (Frames; Yeon & Brown 2019);
                // a word in 요 ends its sentence even where Nori tags -ㄹ게요 mid-answer as a connective
                return Optional.empty();
            }
            Optional<Finding> tense = EndingContrast.tense(a, e, fa, fe, aSurface, eSurface);
            if (tense.isPresent()) {
                return tense;
            }
            if (PredicateFeatures.onlySiApart(a.surface(), e.surface())) {
                // 보실 수 있습니까 for 볼 수 있습니까: the same form but for -(으)시-, which honours the subject. On the
                // giving auxiliary the giver is the listener (도와주실 수 있어요? for 도와줄 수 있어요?): politer, and a
                // politer form is never corrected down (Sohn 1999 ch. 9; 표준 언어 예절 2011)
                return GIVER_HONOURED.matcher(a.surface()).find() ? Optional.empty()
                        : Optional.of(new Finding(ErrorCategory.HONORIFIC, aSurface, eSurface, "honorific/si_extra"));
            }
            if (PredicateFeatures.onlySiApart(e.surface(), a.surface())) {
                return Optional.of(new Finding(ErrorCategory.HONORIFIC, aSurface, eSurface, "honorific/si_missing"));
            }
            if (StackedForms.caseBeforeDelimiter(a.surface(), e.surface())
                    || StackedForms.changeLeftOut(a.surface(), e.surface())) {
                // 검은색으로도 for 검은색도, 늦어서 for 늦어져서: no ending between them (session 30, s30e)
                return Optional.empty();
            }
            return Optional.of(new Finding(ErrorCategory.ENDING, aSurface, eSurface, "ending/modifier_or_connective"));
        }
        if (otherNumber(a.surface(), e.surface())) {
            return Optional.of(new Finding(ErrorCategory.VOCABULARY, aSurface, eSurface, OTHER_NUMBER));
        }
        if (WordForms.isNearMiss(a.surface(), e.surface())) {
            return Optional.of(new Finding(ErrorCategory.SPELLING, aSurface, eSurface));
        }
        return Optional.of(new Finding(ErrorCategory.VOCABULARY, aSurface, eSurface));
    }

    /**
     * The same noun with different particles.
     *
     * <ul>
     * <li>{@code particle_allomorph}: the form does not fit the preceding syllable (을/를, 이/가, 은/는,
     * 과/와, (으)로 with the ㄹ exception; Sohn 1999; Yeon &amp; Brown 2019, on particles).</li>
     * <li>{@code particle_missing}: an adverbial particle (에, 에서, (으)로, 까지, 에게, 하고 …) the
     * accepted answer needs is absent. Subject, object and topic particles are often dropped in
     * speech and their absence is accepted (Sohn 1999, on particle ellipsis in speech; Lee &amp; Ramsey,
     * <i>The Korean Language</i>, 2000).</li>
     * <li>{@code particle_wrong}: a particle of another function — 이/가 on the object of a
     * transitive predicate, 에 for 에서 (place of an action or origin), 를 for 한테 (the recipient).
     * These substitutions are the most frequent particle errors in the National Institute of
     * Korean Language learner corpus (한국어 학습자 말뭉치), as summarised in issue 3.</li>
     * </ul>
     */
    private static Optional<Finding> particles(Particles.Split split, String aSurface, String eSurface,
            Context ctx) {
        String stem = split.stem();
        if (split.answer().isEmpty()) {
            Particles.Particle accepted = Particles.of(split.expected()).orElseThrow();
            if ((accepted.function() == Function.LOCATION || accepted.function() == Function.ACTION_PLACE)
                    && PLACE_PRONOUNS.contains(stem)) {
                // 어디 있어요, 여기 세워 주세요: 여기/거기/저기/어디 are also adverbs and drop 에/에서 in speech
                // (표준국어대사전 여기 「부사적으로」; Lee & Ramsey 2000 on particle ellipsis)
                return Optional.empty();
            }
            if (accepted.function() == Function.LOCATION && isTimeNoun(stem)) {
                // 세 시 만나요, 이번 주말 등산해요: 에 after a time noun drops in speech (Lee & Ramsey 2000)
                return Optional.empty();
            }
            if (accepted.function() == Function.CONJUNCTION && (Numerals.number(stem) != null
                    || Lexicon.COUNTERS.contains(stem))) {
                // 비빔밥 하나, 불고기 하나 주세요: items of an order listed one after the other need no 하고
                // (Lee & Ramsey 2000, on juxtaposed noun phrases in speech)
                return Optional.empty();
            }
            if (accepted.function() == Function.LOCATION && ctx.motion() && !directionNoun(stem)) {
                // 이번 주말에 부산 가요, 지하철역 어떻게 가요?: the goal's 에 drops before 가다/오다 in speech
                // (Lee & Ramsey 2000 and Sohn 1999 on particle ellipsis; cf. 공항 가 주세요 above)
                return Optional.empty();
            }
            if (accepted.function() == Function.LOCATION && ArgumentParticles.illness(stem)) {
                // 감기 걸려서, 독감 걸렸어요 for 감기에: the 에 of 「…에 걸리다」 drops in speech after the illness, which
                // accepted answers write bare themselves (저 감기 걸렸어요; Lee & Ramsey 2000 on particle ellipsis in
                // speech; ArgumentParticles already keeps the bare illness before 걸리다)
                return Optional.empty();
            }
            if (accepted.function() == Function.UNTIL && ctx.distance()) {
                // 여기서 박물관 멀어요? for 박물관까지: the place that is far or near may be the subject of
                // 멀다/가깝다 (학교가 집에서 멀다; 한국어기초사전 멀다 「…에서 …이」), whose 이/가 drops in speech
                return Optional.empty();
            }
            if (accepted.function() == Function.DIRECTION && ctx.giving()) {
                // 창가 자리 주세요, 공항 가 주세요: natural omission of (으)로 in spoken requests (precision first;
                // Sohn 1999 and Lee & Ramsey 2000 on particle ellipsis in speech)
                return Optional.empty();
            }
            return switch (accepted.function()) {
                // 만 'only' left out (하나 더 주세요 for 하나만 더): a delimiter's nuance, not a missing case (session 5)
                case SUBJECT, OBJECT, TOPIC, HONORIFIC_SUBJECT, ALSO, ONLY -> Optional.empty();
                case COPULA -> Optional.of(new Finding(ErrorCategory.INCOMPLETE, aSurface, eSurface,
                        "incomplete/copula"));
                default -> Optional.of(new Finding(ErrorCategory.PARTICLE_MISSING, aSurface, eSurface,
                        Subtypes.particle("particle_missing", accepted.function())));
            };
        }
        Particles.Particle learner = Particles.of(split.answer()).orElseThrow();
        String rightForm = learner.formAfter(stem);
        if (!rightForm.equals(learner.form())) {
            ErrorCategory category = learner.function() == Function.COPULA
                    ? ErrorCategory.ENDING : ErrorCategory.PARTICLE_ALLOMORPH;
            return Optional.of(new Finding(category, aSurface, stem + rightForm,
                    learner.function() == Function.COPULA ? "ending/copula"
                            : Subtypes.particle("particle_allomorph", learner.function())));
        }
        if (learner.function() == Function.TOPIC && WH_WORDS.contains(stem)) {
            // a question word is new information: it takes 이/가, never the topic 은/는
            String subject = Particles.of("이").orElseThrow().formAfter(stem);
            return Optional.of(new Finding(ErrorCategory.PARTICLE_WRONG, aSurface, stem + subject,
                    "particle_wrong/question_word_topic"));
        }
        if (split.expected().isEmpty()) {
            if ((learner.function() == Function.DIRECTION || learner.function() == Function.UNTIL) && ctx.motion()
                    && markedGoal(stem)) {
                // 공항으로 가는 셔틀버스, 공항까지 가는 버스 for 공항 가는 셔틀버스: the goal of 가다/오다 takes 에, (으)로 or
                // 까지 alike, also inside a relative clause, and speech may drop it (표준국어대사전 '가다' 「…에/…으로」,
                // '까지' 「1」; Lee & Ramsey 2000 on particle ellipsis; session 29, s29a)
                return Optional.empty();
            }
            if (learner.function() == Function.DIRECTION && ctx.giving()) {
                // 비빔밥으로 두 개 주세요: (으)로 of choice before a request (Yeon & Brown 2019, on (으)로)
                return Optional.empty();
            }
            return switch (learner.function()) {
                case TOPIC, ALSO, ONLY -> Optional.empty(); // 도, 만 (두 개만 더): delimiters add a nuance
                case SUBJECT, HONORIFIC_SUBJECT -> ctx.transitive()
                        ? Optional.of(new Finding(ErrorCategory.PARTICLE_WRONG, aSurface,
                                stem + Particles.of("을").orElseThrow().formAfter(stem),
                                "particle_wrong/subject_for_object")) : Optional.empty();
                // 이사를 왔어요 for 이사 왔어요: 가다/오다 take the activity one goes to do as their object
                // (Lexicon#PURPOSE_OF_GOING, 표준국어대사전 '가다', '오다' 「…을」; session 33, s33a)
                case OBJECT -> ctx.transitive() || ctx.motion() && Lexicon.PURPOSE_OF_GOING.contains(stem)
                        ? Optional.empty() : Optional.of(new Finding(ErrorCategory.PARTICLE_WRONG, aSurface, eSurface,
                                "particle_wrong/object_on_intransitive"));
                case LOCATION -> ctx.existential() || ctx.motion() && !directionNoun(stem)
                        // 인천공항에 가 주세요 for 인천공항 가 주세요: 에 marks the goal of a motion verb
                        // 아침에 for 아침 (여섯 시 반 아침에): 에 of a time noun, written or left out alike in speech
                        // (Lee & Ramsey 2000, on time nouns without 에; session 28)
                        || isTimeNoun(stem)
                        ? Optional.empty() : Optional.of(new Finding(ErrorCategory.PARTICLE_WRONG, aSurface, eSurface,
                                "particle_wrong/location_for_action_place"));
                default -> Optional.of(new Finding(ErrorCategory.PARTICLE_WRONG, aSurface, eSurface,
                        "particle_wrong/" + learner.function().name().toLowerCase(java.util.Locale.ROOT)));
            };
        }
        Particles.Particle accepted = Particles.of(split.expected()).orElseThrow();
        if (learner.function() == Function.COPULA && accepted.function() == Function.COPULA
                && pastCopula(split.answer()) != pastCopula(split.expected())) {
            // 몇 시였어요 for 몇 시예요: a well-formed copula in the other tense is a tense error (session 14)
            return Optional.of(new Finding(ErrorCategory.TENSE, aSurface, eSurface,
                    pastCopula(split.expected()) ? "tense/past" : "tense/present"));
        }
        if (learner.function() == Function.COPULA || accepted.function() == Function.COPULA) {
            return Optional.of(new Finding(ErrorCategory.ENDING, aSurface, eSurface, "ending/copula"));
        }
        if (Particles.equivalent(learner.function(), accepted.function())) {
            return Optional.empty();
        }
        if (split.answer().startsWith("께서") && Set.of(Function.SUBJECT, Function.TOPIC, Function.HONORIFIC_SUBJECT,
                Function.ALSO).contains(accepted.function())) {
            // 할머니께서는 for 할머니는: the honorific subject particle (께서, 께서는, 께서도) is the politer form of
            // 이/가 and 은/는 for a respected person, never wrong (Sohn 1999, on honorific particles; 표준 언어 예절)
            return Optional.empty();
        }
        if (ctx.motion() && GOAL.contains(learner.function()) && GOAL.contains(accepted.function())
                && !directionNoun(stem)) {
            // 인천공항에 가요 = 인천공항으로 가요, 인도네시아에 보내요 = 인도네시아로 보내요: the goal of a motion verb
            // takes 에 or (으)로 (표준국어대사전 가다 「…에」「…으로」, 보내다 「…에/에게 …을」; Sohn 1999)
            return Optional.empty();
        }
        if (learner.function() == Function.UNTIL && !isTimeNoun(stem) && (accepted.function() == Function.DIRECTION
                || accepted.function() == Function.LOCATION && !ctx.existential())) {
            // 서울역까지 가 주세요, 인도네시아까지 보내요: 까지 marks the destination as the end point
            // (Yeon & Brown 2019, on 까지; 표준국어대사전 까지 「1」)
            return Optional.empty();
        }
        if (learner.function() == Function.LOCATION && accepted.function() == Function.DIRECTION && isTimeNoun(stem)
                && !ctx.change()) {
            // 내일 오후에 예약하고 싶어요 for 오후로: the (으)로 of a chosen time (오후로 예약하다) and the 에 of the time
            // of the event (오후에 예약하다) say one thing; only with a verb of change is (으)로 the result and 에 a
            // different time (세 시로 바꿔 주세요, not 세 시에; 표준국어대사전 '에' ② 시간, '-으로' ⑧ 선택·결정)
            return Optional.empty();
        }
        if (ctx.eitherLocative() && Set.of(Function.LOCATION, Function.ACTION_PLACE).contains(learner.function())
                && Set.of(Function.LOCATION, Function.ACTION_PLACE).contains(accepted.function())) {
            return Optional.empty(); // 서울에 살아요 = 서울에서 살아요; 여기에 세워 주세요 = 여기서 세워 주세요
        }
        return Optional.of(new Finding(ErrorCategory.PARTICLE_WRONG, aSurface, eSurface,
                wrongParticleSubtype(learner.function(), accepted.function(), stem, ctx.change())));
    }

    /**
     * The subtype of a wrong particle, which chooses its explanation. 에 where the accepted answer has (으)로 is
     * named by the use of that (으)로 (표준국어대사전 '-으로' ① 방향, ③ 수단·도구, ④ 변화의 결과; Sohn 1999, on
     * (으)로): with a verb of change the result ({@code location_for_direction}: 원화에 바꿔 주세요 → 원화로);
     * with a direction noun the way one goes ({@code location_for_way}: 왼쪽에 가세요 → 왼쪽으로); otherwise
     * a means or the name a booking is under ({@code location_for_means}: 카드에 결제해요 → 카드로, 이름에
     * 예약했어요 → 이름으로). Every other pair is {@link Subtypes#wrongParticle}.
     *
     * @param stem   the noun before the particle
     * @param change whether the sentence's verb is one of change (바꾸다, 바뀌다, 교환하다 …)
     * @return a subtype such as {@code particle_wrong/location_for_means}
     */
    static String wrongParticleSubtype(Function learner, Function accepted, String stem, boolean change) {
        if (learner == Function.LOCATION && accepted == Function.DIRECTION && !change) {
            return directionNoun(stem) ? "particle_wrong/location_for_way" : "particle_wrong/location_for_means";
        }
        return Subtypes.wrongParticle(learner, accepted);
    }

    /** Subtype of another number where the accepted answer has one (3잔 for 2잔, 세 명 for 네 명). */
    static final String OTHER_NUMBER = "vocabulary/other_number";

    /**
     * Whether the two words start with numbers of different values (3잔 / 2잔, 세 / 네): another quantity, never
     * a misspelling, though the letters of two numerals may be one jamo apart (세/네, 삼/사) and digits one
     * character. A teacher corrects the number, not its spelling (issue 11: the error named for what it is).
     */
    static boolean otherNumber(String a, String e) {
        Integer x = Certainty.leadingNumber(a);
        Integer y = Certainty.leadingNumber(e);
        return x != null && y != null && !x.equals(y) && !sameDuration(a, e);
    }

    /**
     * One length of time in other units, with or without a particle (14일 / 2주, 일주일 동안 / 7일, 12개월 / 1년):
     * the same amount ({@link Numerals#duration}).
     */
    static boolean sameDuration(String a, String e) {
        return Numerals.sameDuration(a, e) || Numerals.sameDuration(stemAndParticle(a)[0], stemAndParticle(e)[0]);
    }

    /**
     * Direction nouns (왼쪽, 앞, 위 …): with them (으)로 says which way, 에 a point, so 왼쪽에 가세요 for
     * 왼쪽으로 stays an error (Sohn 1999, on directional (으)로).
     */
    static boolean directionNoun(String stem) {
        return stem.endsWith("쪽") || java.util.List.of("앞", "뒤", "위", "아래", "밑", "안", "밖", "옆", "건너편", "맞은편")
                .contains(stem);
    }

    /**
     * Whether a noun with (으)로 or 까지 before a verb of going can be read as its goal: not a time (세 시까지 가요: the
     * end of a span), not a vehicle (버스로 가요: the means, 표준국어대사전 '-으로' ③ 수단), not a direction noun
     * (왼쪽으로: the way, judged apart).
     */
    static boolean markedGoal(String stem) {
        return !isTimeNoun(stem) && !WayParticles.VEHICLES.contains(stem) && !directionNoun(stem);
    }

    /** Particles that mark the goal of a motion verb: 에 (location), (으)로 (direction), 까지 (end point). */
    private static final Set<Function> GOAL = Set.of(Function.LOCATION, Function.DIRECTION, Function.UNTIL);

    private static boolean polite(PredicateFeatures f) {
        return f.level() == PredicateFeatures.Level.POLITE || f.level() == PredicateFeatures.Level.FORMAL;
    }

    /**
     * A 해요체 statement (-아/어요, -네요) where the accepted answer has the background
     * connective -(으)ㄴ데/-는데 on the same predicate (맵네요 / 매운데 물 좀 주세요): -는데 only sets out the
     * situation the next clause (a request, a question) builds on (한국어기초사전 '-는데': 뒤의 말을 하기 위하여
     * 그 대상과 상관되는 상황을 미리 말할 때 쓰는 연결 어미; Yeon &amp; Brown 2019, on -는데 "background"), so
     * the same situation stated as a sentence of its own before the request says the same: the converse
     * of a connective for two sentences ({@link #JOINING}). Not a request, a suggestion, a promise or a
     * question ending (-세요, -(으)ㄹ까요, -(으)ㄹ래요, -(으)ㄹ게요, -나요), which say something else. Scoped to
     * 해요체, the level of such service exchanges: a 합쇼체 -(스)ㅂ니다 for -는데 (있습니다 for 있는데 in a formal
     * presentation) keeps the reading it had, which on the dev sets names the real error better.
     */
    private static boolean backgroundStatement(String learner, String accepted) {
        return accepted.endsWith("데") && learner.endsWith("요")
                && java.util.stream.Stream.of("세요", "까요", "래요", "게요", "나요", "가요", "데요", "죠", "지요", "십니다")
                        .noneMatch(learner::endsWith);
    }

    /** Connective endings that may join what the accepted answer says in two sentences. */
    private static final java.util.List<String> JOINING = java.util.List.of("고", "는데", "은데", "ㄴ데", "데", "서");

    private static final java.util.List<String> TIME_NOUNS = java.util.List.of("시", "주말", "요일", "아침", "저녁",
            "점심", "밤", "오후", "오전", "새벽", "하루", "일주일");

    /** A time noun (세 시, 주말, 토요일, 저녁): its 에 may drop in speech. */
    static boolean isTimeNoun(String stem) {
        return TIME_NOUNS.stream().anyMatch(stem::endsWith);
    }

    /**
     * The noun and the particles after it where the word is a noun with the plural suffix -들 (Nori's XSN 들 right
     * after a noun: 책들, 책들을, 친구들이); empty for any other word, and for a noun that ends in 들 itself (아들 is
     * one noun to Nori).
     *
     * @return {noun, particles after -들 ("" when none)}
     */
    static Optional<String[]> plural(Morphology.Word word) {
        List<Morphology.Morpheme> ms = word.morphemes();
        for (int i = 1; i < ms.size(); i++) {
            if (ms.get(i).is("XSN") && ms.get(i).form().equals("들") && ms.get(i - 1).tag().startsWith("NN")) {
                StringBuilder noun = new StringBuilder();
                for (int j = 0; j < i; j++) {
                    if (!ms.get(j).tag().startsWith("N")) {
                        return Optional.empty();
                    }
                    noun.append(ms.get(j).form());
                }
                StringBuilder after = new StringBuilder();
                for (int j = i + 1; j < ms.size(); j++) {
                    if (!ms.get(j).tag().startsWith("J")) {
                        return Optional.empty();
                    }
                    after.append(ms.get(j).form());
                }
                return Optional.of(new String[] {noun.toString(), after.toString()});
            }
        }
        return Optional.empty();
    }

    /** Different nouns: honorific counterparts, numeral forms, misspellings, other words. */
    private static Optional<Finding> differentWords(String answer, String expected, String aSurface,
            String eSurface, Context ctx, Morphology.Word answerWord) {
        String[] a = stemAndParticle(answer);
        String[] e = stemAndParticle(expected);
        Optional<String[]> plural = plural(answerWord);
        if (plural.isPresent() && plural.get()[0].equals(e[0])
                && (plural.get()[1].isEmpty() || Particles.of(plural.get()[1]).isPresent())
                && Particles.of(e[1]).isPresent()) {
            // 이 책들 어디에 반납해요 for 책을: the plural suffix -들 on the accepted noun (표준국어대사전 '-들' 「1」
            // '복수(複數)의 뜻을 더하는 접미사'), no misspelt particle. Only the particles after it are compared, and
            // their form follows -들 (친구들이, 사진들을), so the split's stem is the plural noun
            return particles(new Particles.Split(e[0] + "들", plural.get()[1], e[1]), aSurface, eSurface, ctx);
        }
        // the plain word where the accepted answer honours (집 for 댁); the reverse is only more polite
        if (e[0].equals(a[0] + "님") && !a[0].isEmpty()) {
            // 부장 for 부장님, 선생 for 선생님: the title without its honorific suffix (named apart from 씨 for a title,
            // honorific/title, since session 27, s27d: its explanation is the 님 a superior's title takes)
            return Optional.of(new Finding(ErrorCategory.HONORIFIC, aSurface, eSurface, "honorific/bare_title"));
        }
        if (Lexicon.HONORIFIC_NOUNS.entrySet().stream().anyMatch(p ->
                p.getKey().equals(a[0]) && p.getValue().equals(e[0]))) {
            return Optional.of(new Finding(ErrorCategory.HONORIFIC, aSurface, eSurface,
                    Lexicon.SELF.contains(a[0]) ? "honorific/humble_pronoun" : "honorific/noun"));
        }
        if (Lexicon.HONORIFIC_NOUNS.entrySet().stream().anyMatch(p ->
                p.getValue().equals(a[0]) && p.getKey().equals(e[0]))
                && Particles.of(a[1]).map(p -> p.formAfter(a[0]).equals(a[1])).orElse(a[1].isEmpty())) {
            return Optional.empty(); // 댁 for 집: more deferential, not wrong
        }
        if (e[0].equals(Lexicon.COUNTER_FORMS.get(a[0]))) {
            return Optional.of(new Finding(ErrorCategory.VOCABULARY, aSurface, eSurface, "counter/native_short_form"));
        }
        if (WordForms.sameStem(a[0], e[0])) {
            return particles(new Particles.Split(a[0], a[1], e[1]), aSurface, eSurface, ctx);
        }
        if (sameDuration(answer, expected)) {
            // 14일 동안 for 2주 동안: one length of time in other units (Numerals.duration); only a particle of each
            // compared
            return a[1].equals(e[1]) || Particles.of(a[1]).isEmpty() && !a[1].isEmpty()
                    || Particles.of(e[1]).isEmpty() && !e[1].isEmpty() ? Optional.empty()
                    : particles(new Particles.Split(a[0], a[1], e[1]), aSurface, eSurface, ctx);
        }
        if (otherNumber(answer, expected)) {
            return Optional.of(new Finding(ErrorCategory.VOCABULARY, aSurface, eSurface, OTHER_NUMBER));
        }
        if (WordForms.isNearMiss(answer, expected)) {
            return Optional.of(new Finding(ErrorCategory.SPELLING, aSurface, eSurface));
        }
        Optional<Particles.Particle> own = Particles.of(a[1]);
        boolean readAsParticle = answerWord.endsWith("JKS", "JKO", "JX", "JKB", "JC")
                && answerWord.morphemes().getLast().form().equals(a[1]);
        if (own.isPresent() && readAsParticle && own.get().function() != Function.COPULA
                && !own.get().formAfter(a[0]).equals(a[1])) {
            // 커피을 where the activity has 아메리카노: the certain error is the particle; the other noun may
            // be a fair choice (the model judges it when configured)
            return Optional.of(new Finding(ErrorCategory.PARTICLE_ALLOMORPH, aSurface, a[0] + own.get().formAfter(a[0]),
                    Subtypes.particle("particle_allomorph", own.get().function())));
        }
        return Optional.of(new Finding(ErrorCategory.VOCABULARY, aSurface, eSurface));
    }

    /** Splits a noun word into its stem and its final particle by the longest known particle suffix. */
    static String[] stemAndParticle(String word) {
        for (int cut = 1; cut < word.length(); cut++) {
            String rest = word.substring(cut);
            if (Particles.isParticle(rest)) {
                return new String[] {word.substring(0, cut), rest};
            }
        }
        return new String[] {word, ""};
    }

    /**
     * Whether a copula form after a noun is past: 였어요, 이었어요, 였습니다, 이었다 (-았/었- on 이다; Yeon &amp;
     * Brown 2019, the past tense -았/었-, and the copula 이에요/예요 → 이었어요/였어요). Two copulas that differ
     * only here differ in tense, not in form: 몇 시였어요 for 몇 시예요 is {@code tense/present}, not
     * {@code ending/copula}.
     */
    static boolean pastCopula(String form) {
        return form.startsWith("였") || form.startsWith("이었");
    }
}
