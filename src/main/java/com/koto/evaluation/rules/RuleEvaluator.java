package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.Evaluation;
import com.koto.evaluation.EvaluationError;
import com.koto.evaluation.EvaluationRequest;
import com.koto.evaluation.EvaluationSource;
import com.koto.evaluation.Evaluator;
import com.koto.evaluation.feedback.FeedbackWriter;
import com.koto.evaluation.text.AnswerText;
import com.koto.evaluation.text.Hangul;
import com.koto.langpack.ErrorPattern;
import com.koto.langpack.LangPack;
import com.koto.langpack.LangPacks;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The offline evaluator: compares the learner's answer with each of the activity's accepted
 * answers (Nori morphology, jamo-level word alignment; {@link SentenceCheck}), keeps the accepted
 * answer that explains the answer with the fewest and cheapest findings as the model answer, and
 * reports those findings as located errors explained from the learner's language pack.
 * Deterministic, thread-safe, no I/O.
 *
 * <p>Pass rule: the answer equals an accepted answer or matches one of its patterns after
 * {@link AnswerText#normalise normalisation}, or differs from one only in accepted ways (spacing,
 * which is noted; a correctly formed optional particle; scrambled phrases before the predicate;
 * an equivalent form of the predicate; a dropped subject pronoun). The evaluation's confidence
 * says how mechanical the judgement was (allomorph rules: high; a different word: low), so the
 * hybrid policy knows when to ask the model.
 */
public final class RuleEvaluator implements Evaluator {

    /**
     * A check on the learner's own words: it reads the answer as written (and the activity's register,
     * context or accepted answers where its rule needs them) and returns its findings, each on the
     * learner's words → the repaired words; empty when there are none.
     */
    @FunctionalInterface
    interface OwnWordCheck {
        /**
         * @param request  the learner's answer with the activity (register, context, accepted answers)
         * @param accepted the accepted answers, normalised
         * @param typed    the answer as written, normalised before any spacing repair
         * @return the findings on the learner's words
         */
        List<Finding> find(EvaluationRequest request, List<String> accepted, String typed);
    }

    /**
     * The catalogue of checks on the learner's own words, run after the comparison and merged with its
     * findings by {@link SpeechLevels#merge}. The order is the order of their findings in the answer's
     * errors where two are of one emphasis; keep it.
     */
    private static final List<OwnWordCheck> OWN_WORD_CHECKS = List.of(
            // speech level and -(으)시- against the activity's register (친구에게 봐요 → 봐; 해요체 where the formal task asks 합쇼체)
            (r, a, t) -> SpeechLevels.find(r.answer(), r.register(), a, r.context()).stream()
                    // a report unhonoured as the accepted answers report it (늦는다고 했어요 for 늦는대요; session 25, s25a)
                    .filter(f -> !ReportedSpeech.unhonouredAsAccepted(f, r.answer(), a)).toList(),
            // the pronoun's level and an honoured person's words (내 폰 → 제 폰 in a polite activity)
            (r, a, t) -> HonorificWords.find(r.answer(), r.register(), a, r.context()),
            // a phrase after the sentence's final predicate (앉고 싶어요 창가에 → 창가에 앉고 싶어요)
            (r, a, t) -> ClauseOrder.find(r.answer()).stream()
                    .filter(f -> !Afterthoughts.timeAfterComma(f.original(), r.answer()))
                    .filter(f -> !Afterthoughts.adverbAfterComma(f.original(), r.answer())) // 와 주세요, 빨리. (session 26, s26c)
                    .filter(f -> !Afterthoughts.nounsAfterComma(f.original(), r.answer())) // 살 수 있어요, 유심 카드? (session 27, s27b)
                    .filter(f -> !Afterthoughts.participantAfterComma(f.original(), r.answer())).toList(), // 드렸어, 어제. (session 13); 갔었어, 부모님이랑. (session 17)
            // -(으)시- after the past -었- (갔으세요 → 가셨어요; session 37, s37c)
            (r, a, t) -> PastBeforeSi.find(r.answer()),
            // a past time word with a present verb, per sentence (어제 영화 봐요 → 봤어요)
            (r, a, t) -> TimeWords.inSentences(r.answer()),
            // a question word in a formal statement, a request asked in the past, -(으)니까 before an apology, a planned
            // event in the past after a future time word (얼마입니다 → 얼마입니까, 찍어 주셨어요? → 주시겠어요; session 27, s27e)
            (r, a, t) -> TurnEndings.find(r.answer(), r.expected()),
            // against the task: a part or a number of the message left out, -(으)세요 where a request is asked
            (r, a, t) -> TaskChecks.find(r.answer(), r.expected(), r.context()),
            // a place name without the particle its verb needs (인도네시아 왔습니다 → 인도네시아에서)
            (r, a, t) -> PlaceParticles.find(r.answer(), r.register(), a),
            // a particle's allomorph after a quoted word ('눈치'은 → '눈치'는)
            (r, a, t) -> QuotedParticles.find(r.answer()),
            // case particles by the predicate's frame (문이 열어요 → 문을), then by the role an accepted answer gives
            // the learner's noun before the learner's verb (지하철역에서 어떻게 가요? → 지하철역에; session 16)
            (r, a, t) -> ParticleFrames.find(r.answer(), a, r.expected()),
            // malformed words, the modifier before 수, formal statements asked (밝어요 → 밝아요, 합니다? → 합니까)
            (r, a, t) -> StemEndings.onLearnerWords(r.answer(), a),
            // the intransitive member of a voice pair in a request to the listener or after an object (바뀌어 주세요 → 바꿔,
            // 보고서를 다 끝났습니다 → 끝냈습니다; session 29, s29e)
            (r, a, t) -> VoiceSlips.find(r.answer(), a),
            // a younger sibling where the task names an older one, or the reverse (여동생이랑 → 언니랑; session 29, s29e)
            (r, a, t) -> SiblingAges.find(r.answer(), a, r.context()),
            // a word written as it is pronounced, on the words as typed (이써요 → 있어요)
            (r, a, t) -> SpokenSpelling.find(t, a).stream()
                    .filter(f -> !CasualSpeech.listingForAlternative(f.original(), f.correction(), r.answer())).toList(), // 보고 for 보거나 (session 17, s17f)
            // the verb of wearing by the thing worn, 춥다 said of food or a thing (부츠를 입어 → 신어, 국이 추워요 →
            // 차가워요; session 35, s35a)
            (r, a, t) -> WearingVerbs.find(r.answer()),
            (r, a, t) -> ColdThings.find(r.answer()),
            // a word used for a neighbour in sound or in the L1's meaning, by its conditions in the learner's own clause
            // (10분 느릴 것 같아 → 늦을, 부엌을 씻자 → 청소하자, 버스 몇 역 → 정거장; 못 와 in the speaker's own excuse → 못 가;
            // session 36, s36c)
            (r, a, t) -> MisusedWords.find(r.answer(), r.context()),
            // a 르-irregular verb on an ㄹ-stem reading (잘르고 → 자르고, 노래를 불었어 → 불렀어; session 34, s34c)
            (r, a, t) -> ReuForms.find(r.answer()),
            // misspellings by sound that need no accepted answer (주새요 → 주세요, 어재 → 어제)
            (r, a, t) -> LetterSlips.find(r.answer(), a),
            // the particle of a place or a period by the verb's role for it (집에서 있어요 → 집에)
            (r, a, t) -> PlaceRoleParticles.find(r.answer(), a),
            // suppletive honorific verbs (먹으세요 → 드세요)
            (r, a, t) -> SuppletiveHonorifics.find(r.answer(), a),
            // -(으)시- twice in a polite imperative (드셔세요 → 드세요; session 20)
            (r, a, t) -> DoubledSi.find(r.answer(), a),
            // two endings blended in one word: 합쇼체 with 요, -(으)시- with the promise -(으)ㄹ게요 (걸립니까요 → 걸려요,
            // 주실게요 → 주세요; session 22)
            (r, a, t) -> BlendedEndings.find(r.answer(), r.register(), a),
            // the -(으)ㄹ modifier written 을 after a vowel stem before 수 (주을 수 → 줄 수; session 22)
            (r, a, t) -> VerbPhraseForms.eulModifiers(r.answer(), a),
            // 씨 after the speaker's own name (저는 리나 씨예요 → 리나예요; session 22)
            (r, a, t) -> OwnNameTitle.find(r.answer()),
            // the channel of a message with 에 (이메일에 보내 → 이메일로; session 22)
            (r, a, t) -> MessageMeans.find(r.answer()),
            // a show one watches marked with 에 (9시 영화에 보자 → 영화를; session 26, s26e)
            (r, a, t) -> ShowsWatched.find(r.answer()),
            // 아무것 and 아무 데 before a negated predicate without 도 (아무것 못 먹었습니다 → 아무것도; session 24, s24b)
            (r, a, t) -> NegativeIndefinites.find(r.answer()),
            // -(으)면 되다 where the accepted answer asks permission with the verb (찍으면 됩니까 → 찍어도; session 20)
            (r, a, t) -> PermissionQuestions.find(r.answer(), a),
            // a modifier left without its noun before a question word (가까운 어디에 → 가까운 지하철역이; session 25, s25d)
            (r, a, t) -> HeadlessModifiers.find(r.answer(), a),
            // a degree adverb inside a noun phrase (가까운 제일 지하철역 → 제일 가까운)
            (r, a, t) -> DegreeAdverbOrder.find(r.answer(), a),
            // a determiner, a possessor or a colour after its noun (코트 이 → 이 코트, 집 너 → 네 집; session 26, s26c)
            (r, a, t) -> ModifiersAfterHead.find(r.answer(), a),
            // a quantity before the noun it counts (두 권 책을 → 책 두 권을)
            (r, a, t) -> QuantityOrder.find(r.answer(), a),
            // the nouns of one phrase turned round, as one accepted answer writes them (정류장 버스가 → 버스 정류장이; session 28)
            (r, a, t) -> NounPhraseOrder.attestedSwaps(r.answer(), a),
            // the same read on the phrase alone, with its particle carried (정류장 402번 버스는 → 402번 버스 정류장은,
            // 방 옆이 → 옆방이; session 34, s34c)
            (r, a, t) -> TurnedCompounds.find(r.answer(), a),
            // a noun phrase written head first: a position noun, a number, a relative clause after the head, 사람 before
            // the country, a numeral without its counter (앞 편의점에서 → 편의점 앞에서, 다섯 사과 → 사과 다섯 개; session 29, s29c)
            (r, a, t) -> HeadFirstPhrases.find(r.answer(), a),
            // 씨 where the person is due a title (김 씨 for a doctor → 김 선생님)
            (r, a, t) -> HonorificTitles.find(r.answer(), a),
            // a superior's title without 님, addressed or named (팀장, 내일 … → 팀장님; session 27, s27d)
            (r, a, t) -> HonorificTitles.bareTitles(r.answer(), r.register(), a),
            // the humble 드리다 to an animal (고양이에게 밥을 드렸어요 → 줬어요)
            (r, a, t) -> HumbleGiving.find(r.answer(), a),
            // a formal request to the listener without -(으)시- (확인해 주겠습니까? → 주시겠습니까)
            (r, a, t) -> ListenerRequests.find(r.answer(), r.register(), a),
            // a verb's stem or -아/어 form written apart before 싶다 (보내 싶어요 → 보내고; session 18)
            (r, a, t) -> FormChecks.spacedWants(r.answer()),
            // partings to a superior called by title: 수고하세요, 내일 봐요 (부장님, 수고하세요 → 먼저 들어가 보겠습니다; session 18)
            (r, a, t) -> SuperiorFarewells.find(r.answer(), r.register()),
            // 드시다 of the speaker's own eating (많이 드셔서 배불러요 → 먹어서)
            (r, a, t) -> SpeakersOwnEating.find(r.answer(), a),
            // -(으)시- on the speaker's own permission or duty asked (이사 오셔도 돼요? → 와도; session 17)
            (r, a, t) -> OwnModalSi.find(r.answer(), a),
            // -(으)시- on a thing or on the speaker's own (교재는 어디에 있으세요 → 있어요, 제 이름은 데위십니다 → 데위입니다; session 16)
            (r, a, t) -> MisplacedSi.find(r.answer(), a),
            // -(으)시- on the speaker's own symptom, on a trip's time or a cost, 분 counting one's own party (머리가
            // 아프세요 → 아파요, 얼마나 걸리세요? → 걸려요, 네 분 예약 → 네 명; session 26, s26g)
            (r, a, t) -> UnhonouredSubjects.find(r.answer(), a),
            // an elder's own verbs and favours to or from an honoured person (할머니 자 → 주무셔, 만들어 줘서 → 주셔서,
            // 포장해 줄까요 → 드릴까요; session 16)
            (r, a, t) -> ElderFavours.find(r.answer(), r.register(), a),
            // intention, purpose and a request built with the wrong piece (가려고 있어요 → 해요, 연장하기 왔습니다 →
            // 연장하러, 손전등 좀 줄게 → 줘; session 13)
            (r, a, t) -> IntentEndings.find(r.answer(), a),
            // -(으)세요 on the act the speaker promises (다섯 개 사세요 → 살게요)
            (r, a, t) -> SpeakersPromise.find(r.answer(), a),
            // the plain -다 asked with a question word, to a friend (뭐 먹고 싶다? → 싶어)
            (r, a, t) -> StemEndings.plainQuestions(r.answer(), r.register()),
            // -아/어서 before the auxiliary 주다 of a favour (서울역으로 가서 주세요 → 가; session 15)
            (r, a, t) -> BenefactiveForms.find(r.answer(), a),
            // the past of an act still to come, against the accepted answers (예약했어요 → 예약하고 싶어요, 언제
            // 다 됐어요? → 돼요; session 15)
            (r, a, t) -> UpcomingActs.find(r.answer(), a, r.expected()),
            // the non-past of an act already done (벌써 먹어요 → 먹었어요, 예약하는데 → 예약했는데) and -아/어 주자 for a
            // request (빌려주자 → 빌려줘), against the same verb in an accepted answer (session 30, s30d)
            (r, a, t) -> FinishedActs.find(r.answer(), a),
            // an adverb in -게 with 하다 where the noun takes a verb of its own (비자를 길게 하러 → 연장하러; session 16)
            (r, a, t) -> Confusables.periphrases(r.answer(), a),
            // a question about a timetable, a route or a price asked in the past (몇 시에 시작했어요? → 시작해요; session 16)
            (r, a, t) -> PastQuestions.find(r.answer(), r.expected()),
            // a question about a done event asked in the future (언제 이사할 거야? → 이사했어?; session 26, s26e)
            (r, a, t) -> PastQuestions.futureOfDone(r.answer(), r.expected()),
            // tense fixed by a frame of the learner's own answer: a past after -(으)려면, a route asked in the past, -았/었을 때
            // of an act a thing is needed for, a past event before an invitation, a booking changed in the non-past
            // (가려면 어디서 갈아탔어요? → 갈아타요, 파티 했는데 올래? → 하는데; session 36, s36b)
            (r, a, t) -> TenseFrames.find(r.answer()),
            // a question about a past event asked in the non-past (마지막 주말에 뭐 해? → 했어; session 36, s36b)
            (r, a, t) -> PastQuestions.nonPastOfDone(r.answer(), r.expected()),
            // the speaker's own act asked as an offer where the task says it (내가 살까? → 살게; session 16)
            (r, a, t) -> AskedPromises.find(r.answer(), r.expected()),
            // a reported statement whose -다고 is not on the plain form (추워다고 → 춥다고, 오다고 → 온다고; session 16)
            (r, a, t) -> ReportedSpeech.find(r.answer(), a),
            // an invitation asked with the plain -아/어? or its past (같이 영화 봐? → 볼래?; session 16)
            (r, a, t) -> Invitations.find(r.answer(), r.expected()),
            // a prohibition asked with 안 + -(으)세요 (너무 짧게 안 자르세요 → 자르지 마세요; session 16)
            (r, a, t) -> NegativeRequests.find(r.answer(), r.expected()),
            // a request said as the wish to give, a state joined to a request with -고, a wish without -겠-
            // (표 주고 싶어요 → 주세요, 머리가 아프고 약 주세요 → 아파서, 드셨으면 좋아요 → 좋겠어요; session 17)
            (r, a, t) -> RequestWishEndings.find(r.answer(), r.expected()),
            // 들다/걸다 written as 듣다/걷다 and back, told by the words around (수리비가 얼마나 들을까요 → 들까요; session 19)
            (r, a, t) -> LStemHomographs.find(r.answer(), a),
            // a negation every accepted answer has, left out (매운 음식을 먹어요 → 못 먹어요; session 23, s23a)
            (r, a, t) -> LeftOutNegation.find(r.answer(), r.expected()),
            // 오다 for the speaker's own going, 가다 for coming, 사 주세요 to a seller, where every accepted answer has
            // the other verb in the same frame (여객터미널에 어떻게 와요? → 가요, 두통약 좀 사 주세요 → 주세요; session 27, s27g)
            (r, a, t) -> DeicticVerbs.find(r.answer(), r.expected()),
            // 더 where every accepted answer has 덜 before the same word, or the reverse (더 맵게 → 덜 맵게; session 33, s33d)
            (r, a, t) -> DegreeOpposites.find(r.answer(), r.expected()),
            // 빌리다 asked of the listener where the task asks them to lend, 작게 of a substance where less is asked
            // (우산 좀 빌릴래? → 빌려줄래, 얼음은 작게 넣어 주세요 → 적게; session 30, s30c)
            (r, a, t) -> FrameDecidedWords.find(r.answer(), r.expected()),
            // 을/를 on what a noun + 나다 happens to, or before a second subject of 있다/없다 (노트북을 고장 나서 → 노트북이,
            // 이 노트북을 1년 보증이 있어요? → 노트북은; session 35, s35b)
            (r, a, t) -> ObjectlessPredicates.find(r.answer()),
            // the goal of 넣다/담다/두다 bare after a marked object (음식을 봉투 넣어 주세요 → 봉투에; session 35, s35b)
            (r, a, t) -> PutGoals.find(r.answer()),
            // an adjective with -고 있다, a 하다 adjective's root with the copula (아프고 있어요 → 아파요, 건조예요 →
            // 건조해요; session 36, s36d)
            (r, a, t) -> StativePredicates.find(r.answer()),
            // a noun of action with 이/가 before 하다 (기침이 해요 → 기침을; session 36, s36d)
            (r, a, t) -> VerbalNounObjects.find(r.answer()),
            // the speaker's 만나다 of a superior called by title (교수님, … 만나고 싶습니다 → 뵙고; session 36, s36d)
            (r, a, t) -> HumbleMeeting.find(r.answer(), r.register()),
            // a favour asked of a listener called by title without -(으)시- (사장님, … 고쳐 줄 수 있어요? → 주실; session 36, s36d)
            (r, a, t) -> HonouredListenerFavours.find(r.answer(), r.register()),
            // a past point bare before a symptom in the present (삼 일 전 기침이 나요 → 전부터; session 36, s36d)
            (r, a, t) -> SincePoints.find(r.answer()),
            // a room number bare before a verb of sending, a superior bare before 전하다 (201호 보내 주세요 → 201호로,
            // 팀장님 전해 주세요 → 팀장님께; session 36, s36d)
            (r, a, t) -> BareGoalsOfSending.find(r.answer()),
            // a particle that carries its phrase's meaning, left out: the route, 여기서 of eating in, the thing changed
            // into, the room a thing is left in, the means of sending, the capacity one works in (빠른 길 가 주세요 →
            // 길로, 여기 먹을게요 → 여기서, 305호 충전기를 두고 → 305호에; session 37, s37b)
            (r, a, t) -> MeaningParticles.find(r.answer()),
            // a floor number no building has, an hour in Sino-Korean letters, a change of word order of a time
            // length and its adverb, a modifier clause after its noun (305층에 → 305호에, 밤 구시 → 아홉 시, 늦게 하루 →
            // 하루 늦게; session 37, s37b)
            (r, a, t) -> UnitsAndOrder.find(r.answer()),
            // another colour than the one the task names and every accepted answer says (흰색도 → 검은색도 where the
            // sandals are asked in black; session 37, s37b)
            (r, a, t) -> TaskColours.find(r.answer(), a, r.context()),
            // the listener's will asked with -(으)ㄹ까 (너도 같이 갈까? → 갈래?, 우리 집에 올까? → 올래?; session 36, s36d)
            (r, a, t) -> ListenerWill.find(r.answer()));

    /**
     * One error: equal findings, or one honorific correction of the same words named by two checks (있어요 → 계세요 by
     * -(으)시- carried from the subject and by the honoured person's verb), whatever subtype each gave it.
     */
    private static boolean sameError(Finding a, Finding b) {
        return a.equals(b) || a.category() == ErrorCategory.HONORIFIC && b.category() == ErrorCategory.HONORIFIC
                && java.util.Objects.equals(a.original(), b.original())
                && java.util.Objects.equals(a.correction(), b.correction());
    }

    private static final int MAX_CACHED_PATTERNS = 4096;
    private static final int MAX_CACHED_ANSWERS = 20_000;
    /** Weight of one jamo of distance when choosing the accepted answer the learner meant. */
    private static final double JAMO_WEIGHT = 0.25;

    private final LangPacks packs;
    private final Map<String, Pattern> patterns = new ConcurrentHashMap<>();
    private final Map<String, SentenceCheck.Sentence> analysedAnswers = new ConcurrentHashMap<>();
    private final Map<String, String> normalisedAnswers = new ConcurrentHashMap<>();
    private final Map<String, String> acceptedJamo = new ConcurrentHashMap<>();

    public RuleEvaluator(LangPacks packs) {
        this.packs = packs;
    }

    @Override
    public Evaluation evaluate(EvaluationRequest request) {
        return evaluate(request, true);
    }

    /**
     * As {@link #evaluate(EvaluationRequest)}; {@code repairing} says whether an answer failed on slips of form only
     * may be evaluated again with them repaired, to find a part left out beside them ({@link OmissionsBesideSlips}).
     */
    private Evaluation evaluate(EvaluationRequest request, boolean repairing) {
        List<String> accepted = request.expected().stream().map(this::normalisedAccepted).toList();
        if (accepted.stream().allMatch(String::isEmpty)) {
            throw new IllegalArgumentException("An evaluation needs at least one non-empty accepted answer.");
        }
        LangPack pack = packs.forInstructionLang(request.instructionLang());
        String typed = AnswerText.normalise(request.answer()); // the answer as written, before any spacing repair
        String answer = typed;
        // the learner's commas and sentence marks, which normalising drops (read by the artefact filters)
        String asTyped = java.text.Normalizer.normalize(request.answer(), java.text.Normalizer.Form.NFC);
        // a bound noun or an auxiliary after -고 joined to its word is a spacing note whatever the accepted
        // answer says (할수 있어요, 갈거예요, 하고싶어요); the comparison continues on the spaced answer
        List<Finding> joins = Spacing.boundJoins(answer, accepted);
        List<EvaluationError> joinNotes = new ArrayList<>();
        if (!joins.isEmpty()) {
            answer = Spacing.withBoundJoinsSpaced(answer, joins);
            joins.forEach(f -> joinNotes.add(error(pack, f.category(), Subtypes.of(f), f.original(), f.correction())));
        }

        int exact = accepted.indexOf(answer);
        if (exact >= 0) {
            return pass(pack, request.expected().get(exact), joinNotes, joinNotes.isEmpty() ? 100 : 95, 1.0);
        }
        if (matchesPattern(request.patterns(), answer)) {
            return pass(pack, request.expected().getFirst(), joinNotes, joinNotes.isEmpty() ? 100 : 95, 1.0);
        }
        if (answer.isEmpty() || !Hangul.containsHangul(answer)) {
            int first = firstNonEmpty(accepted);
            String model = request.expected().get(first);
            List<EvaluationError> errors = List.of(error(pack, ErrorCategory.INCOMPLETE,
                    answer.isEmpty() ? "incomplete/missing_word" : "incomplete/not_korean", answer, accepted.get(first)));
            return new Evaluation(0, false, errors, FeedbackWriter.feedback(pack, false, errors, model), model,
                    EvaluationSource.RULES, answer.isEmpty() ? 1.0 : 0.3);
        }

        SentenceCheck.Sentence learner = SentenceCheck.Sentence.of(answer);
        String unspaced = AnswerText.unspaced(answer);
        for (int i = 0; i < accepted.size(); i++) {
            if (!accepted.get(i).isEmpty() && unspaced.equals(AnswerText.unspaced(accepted.get(i)))) {
                // the accepted answer's letters with other spacing (수건두개더주세요): passes with a spacing note,
                // whatever the other accepted answers would make of the joined words
                SentenceCheck.Result spacing = SentenceCheck.compare(learner, analysed(accepted.get(i)), request.register());
                if (spacing.passed()) {
                    List<EvaluationError> notes = new ArrayList<>(joinNotes);
                    // a join noted by its rule is noted once (학생 입니다 → 학생입니다; session 15, eval27e)
                    spacing.findings().stream().filter(f -> f.original() == null || joinNotes.stream()
                            .noneMatch(n -> f.original().contains(n.original()) || n.original().contains(f.original())))
                            .forEach(f -> notes.add(0, error(pack, f.category(), Subtypes.of(f), f.original(),
                                    f.correction())));
                    return pass(pack, request.expected().get(i), notes, notes.isEmpty() ? 100 : 95, spacing.confidence());
                }
            }
        }
        int best = -1;
        SentenceCheck.Result bestResult = null;
        SentenceCheck.Result[] results = new SentenceCheck.Result[accepted.size()];
        String[] texts = new String[accepted.size()];
        int bestDistance = Integer.MAX_VALUE;
        String answerJamo = Hangul.toJamo(AnswerText.unspaced(answer));
        for (int i = 0; i < accepted.size(); i++) {
            if (accepted.get(i).isEmpty()) {
                continue;
            }
            Compared compared = compare(answer, learner, accepted.get(i), request.register());
            texts[i] = compared.text();
            SentenceCheck.Result result = compared.result();
            results[i] = result;
            // the spelling distance after the lexicon's rewrites (쭉 가서 = 똑바로 가다가 costs nothing)
            String rewrittenJamo = compared.text().equals(answer) ? answerJamo
                    : Hangul.toJamo(AnswerText.unspaced(compared.text()));
            int distance = Hangul.editDistance(rewrittenJamo, acceptedJamo(accepted.get(i)));
            // findings decide; among equally explained candidates the nearer spelling wins
            double cost = result.cost() + JAMO_WEIGHT * distance;
            double bestCost = bestResult == null ? Double.MAX_VALUE : bestResult.cost() + JAMO_WEIGHT * bestDistance;
            if (bestResult == null || result.passed() && !bestResult.passed()
                    || result.passed() == bestResult.passed() && cost < bestCost) {
                best = i;
                bestResult = result;
                bestDistance = distance;
            }
        }
        // the accepted answer the learner meant is chosen on all findings; only then is it decided
        // which of them fail the answer
        boolean negative = negative(accepted);
        SentenceCheck.Result judged = judged(bestResult, answer, asTyped, accepted.get(best), negative, accepted);
        if (!judged.passed() && judged.findings().stream().allMatch(f -> f.category() == ErrorCategory.VOCABULARY
                && !Certainty.intrinsic(f, negative))) {
            // precision first: when another accepted answer explains the answer with findings of the same
            // weight and, read that way, nothing is decisive, the learner may have meant that one
            // (어제부터 열이 났어요: 열이 나요 or 열이 있어요); only for another word, not when the error is
            // certain whatever was meant (좀 비싸게 해 주세요: a contrast) or something is missing
            for (int i = 0; i < results.length; i++) {
                if (i != best && results[i] != null && results[i].passed() == bestResult.passed()
                        && results[i].cost() == bestResult.cost()) {
                    SentenceCheck.Result other = judged(results[i], answer, asTyped, accepted.get(i), negative, accepted);
                    if (other.passed()) {
                        best = i;
                        judged = other;
                        break;
                    }
                }
            }
        }
        if (judged.passed()) {
            // precision first does not hide a certain error: a wrong form of the learner's own words
            // (돌으세요, 할께요, 싶으세요 about oneself) found against another accepted answer fails the answer
            String written = answer;
            for (int i = 0; i < results.length; i++) {
                if (i != best && results[i] != null
                        && results[i].findings().stream().anyMatch(f -> Certainty.formError(f, written))) {
                    SentenceCheck.Result other = judged(results[i], answer, asTyped, accepted.get(i), negative, accepted);
                    if (!other.passed() && other.findings().stream().anyMatch(f -> Certainty.formError(f, written))
                            && (judged.passed() || other.cost() < judged.cost())) {
                        best = i;
                        judged = other;
                    }
                }
            }
        }
        String compared = answer; // the answer the comparison read, for the filters below
        if (judged.findings().size() == 1 && judged.findings().getFirst().category() == ErrorCategory.INCOMPLETE) {
            // an answer that is an accepted one with words left out is completed from the first such
            // accepted answer, the activity's model (사과 주세요 → 사과 세 개, not 세 개만)
            for (int i = 0; i < best; i++) {
                java.util.Optional<Finding> gap = Certainty.omission(answer, asTyped, accepted.get(i))
                        .filter(f -> !TimeQuestions.topicLeftOut(f, request.answer()))
                        .filter(f -> !ChosenWordings.saidOtherwise(f, compared)); // 가격 for 얼마 (session 22, s22a)
                if (gap.isPresent() && "incomplete/missing_word".equals(gap.get().subtype())) {
                    best = i;
                    judged = new SentenceCheck.Result(List.of(gap.get()), judged.confidence());
                    break;
                }
            }
        }
        // the checks on the learner's own words, whatever the accepted answer (OWN_WORD_CHECKS)
        List<Finding> levels = new ArrayList<>();
        for (OwnWordCheck check : OWN_WORD_CHECKS) {
            // one error found by two checks is reported once (내일 돌려줬어: the time word and the accepted plan)
            // (있어요 → 계세요 named by -(으)시- carried from 살아요 and by the honoured person's verb: one error; session 38)
            check.find(request, accepted, typed).stream().filter(f -> levels.stream().noneMatch(l -> sameError(l, f)))
                    .forEach(levels::add);
        }
        // the accepted answers' own predicate with its tense turned round (너무 비쌌어 → 비싸, 이사 와요 → 왔어요;
        // session 16), where no check above has read that word's tense (3시쯤 도착했어: the plan, not also the present)
        AcceptedTense.find(request.answer(), request.expected()).stream()
                .filter(f -> levels.stream().noneMatch(l -> l.category() == ErrorCategory.TENSE
                        && l.original().equals(f.original())))
                .filter(f -> !ChosenWordings.artefact(f, compared, asTyped)) // 훨씬 나아요: 낫다², a state (session 22, s22a)
                .filter(f -> !ChosenForms.artefact(f, asTyped, accepted)) // 완전 싸: a standing property (session 24, s24a)
                .filter(f -> !OwnTimeConstructions.artefact(f, compared, asTyped)) // 만족했습니다 at a check-out (session 29, s29b)
                // the word an honorific check corrected into a word an accepted answer writes as it is (삼촌도 많이 먹어요
                // → 드세요): that answer has the word in the learner's tense; the past is another sentence's (session 20)
                .filter(f -> levels.stream().noneMatch(l -> l.category() == ErrorCategory.HONORIFIC
                        && l.original().equals(f.original()) && accepted.stream()
                                .anyMatch(a -> (" " + a + " ").contains(" " + l.correction() + " "))))
                .forEach(levels::add);
        List<Finding> counters = Counters.notFound(judged, Counters.find(request.answer(), accepted, pack));
        judged = Counters.preferred(judged, counters);
        levels.addAll(counters);
        judged = SpeechLevels.merge(judged, levels, request.answer());
        bestResult = judged;
        String model = request.expected().get(best);
        List<EvaluationError> errors = new ArrayList<>();
        List<Finding> dropped = new ArrayList<>();
        java.util.Set<Finding> shown = new java.util.HashSet<>();
        java.util.Map<String, EvaluationError> shownGaps = new java.util.HashMap<>();
        boolean unsure = false;
        for (Finding found : bestResult.findings()) {
            // the learner's words as written (원화 → 원화로, not 원 → 원으로; 못 해요 → 못 했어요)
            Finding f = levels.stream().anyMatch(l -> l == found) ? found
                    : LearnerSpans.of(found, answer, texts[best] == null ? answer : texts[best], accepted);
            f = LearnerSpans.smallest(f, answer, request.expected(), request.register()); // 줘 → 주세요
            f = LearnerSpans.negatorCorrectedApart(f, bestResult.findings()); // 안 합니다: 안 → 못 and 합니다 → 했습니다
            f = LearnerSpans.clockTimeAsked(f, answer); // 무슨 시간에 → 몇 시에 (session 29, s29e)
            f = WellFormedEnds.pastInOwnEnding(WellFormedEnds.atOwnLevel(f, answer, request.answer())); // (session 11)
            f = SpellingAsGrammar.named(f, answer); // 불르고, 끝났고: a conjugation or tense slip, not spelling (session 14)
            f = SlipCategories.named(f); // 부디십니다, 예쁜다, 사는데: the category of what the words differ in (session 19)
            f = MorphemeNames.named(f); // 입으셔 → 입어: named by the morpheme that changes (session 19, s19d)
            f = OwnTimeConstructions.keepingWords(f, accepted, accepted.get(best)); // 중이었습니다 → 중입니다, not 중이십니다 (session 29, s29b)
            f = SpanChoices.humbleAct(f, answer, request.expected()); // 보내시겠습니다 → 보내 드리겠습니다 (session 26, s26g)
            f = WayParticles.goalAskedAbout(f, answer); // 지하철역에서 어떻게 가요? → 지하철역에 (session 22, s22a)
            f = NamedErrors.purposeEnding(f, answer); // 받으로 왔습니다 → 받으러: the purpose ending (session 25, s25c)
            f = NamedErrors.withinSentence(f, asTyped); // 부디입니다. 예약했어. → 예약했어 (session 25, s25c)
            f = NamedErrors.wholeWords(f, answer); // 먼저 가세요: 저 가세요 → 가세요 (session 25, s25c)
            if (WellFormedReadings.holds(f, answer) || Signatures.wordsInPlace(f, answer)
                    || EverydayPhrasings.quotedTense(f)) { // 갔다고 for 간다고 (session 17)
                dropped.add(found); // 오신답니다, 나아, 지난달에 … 시작했어요: a well-formed reading (session 14, eval26a)
                continue;
            }
            if (predicateAsBareNoun(f, levels)) {
                // 전에 엄마 오기 설거지해 → 엄마 오기 전에 beside 설거지해 → 설거지해 해 놔: the comparison aligned the
                // unturned clause and read the learner's finished predicate as a noun left bare (session 38, s38b)
                dropped.add(found);
                continue;
            }
            if (movedOffByOrder(f, levels)) {
                // 부모님 선생님은 → 선생님 부모님은 beside 선생님은 → 선생님께서는: the comparison judged a particle on a
                // word the order repair moves it off; the particle is the phrase's, judged on its new head (session 38, s38b)
                dropped.add(found);
                continue;
            }
            if (NounPhraseReadings.artefact(f, answer)) {
                // 객실 와이파이는 where the comparison read 객실 as the accepted 방: the noun phrase is read on the learner's
                // own word, and a pass on it is unsure (session 29, s29a)
                dropped.add(found);
                unsure = true;
                continue;
            }
            // (one part left out found by the comparison and by a task check, 아파요 → 아파요. 약 주세요 and 아파요. →
            // 아파요. 약 주세요, is one error, shown once: session 37, s37d)
            if (f.category() == ErrorCategory.INCOMPLETE && shownGaps.containsKey(gapKey(f))) {
                // the task check names the part (incomplete/missing_part, missing_number) more closely than the comparison
                EvaluationError shownGap = shownGaps.get(gapKey(f));
                if (GENERAL_GAPS.contains(shownGap.subtype()) && !GENERAL_GAPS.contains(Subtypes.of(f))) {
                    EvaluationError named = error(pack, f.category(), Subtypes.of(f), f.original(), f.correction());
                    errors.set(errors.indexOf(shownGap), named);
                    shownGaps.put(gapKey(f), named);
                }
                continue;
            }
            if (shown.add(f)) {
                EvaluationError e = error(pack, f.category(), Subtypes.of(f), f.original(), f.correction());
                errors.add(e);
                if (f.category() == ErrorCategory.INCOMPLETE) {
                    shownGaps.put(gapKey(f), e);
                }
            }
        }
        // one error on one word, named once: 너야 beside 너어야 → 넣어야, 같습니다 beside 갈 것 같습니다 (session 25, s25c)
        List<EvaluationError> echoesLeftOut = NamedErrors.withoutEchoes(errors, answer);
        errors.retainAll(echoesLeftOut);
        // a join the comparison noted on the same words is noted once, by its rule (예약 했습니다 → 예약했습니다)
        errors.removeIf(e -> e.category() == ErrorCategory.SPACING && e.original() != null && joinNotes.stream()
                .anyMatch(n -> e.original().contains(n.original()) || n.original().contains(e.original())));
        errors.addAll(joinNotes);
        if (!dropped.isEmpty()) {
            SentenceCheck.Result before = bestResult;
            bestResult = new SentenceCheck.Result(before.findings().stream().filter(x -> !dropped.contains(x)).toList(),
                    unsure ? Math.min(before.confidence(), SentenceCheck.UNSURE) : before.confidence(), before.paraphrase());
        }
        errors.sort(Comparator.comparingInt((EvaluationError e) -> e.category() == ErrorCategory.SPACING ? 1 : 0)
                .thenComparingInt(e -> -emphasis(pack, e)));
        if (bestResult.passed() && bestResult.confidence() <= SentenceCheck.UNSURE
                && OffTask.offTask(answer, accepted)
                // a request made by another construction where the task asks for one (25,000원에 주시면 안 돼요? for
                // 좀 깎아 주세요): the task's act in other words (session 27, s27h)
                && !RequestActs.askedOtherwise(asTyped, accepted)) {
            // unsure, and no word in common with any accepted answer: not a paraphrase but another answer
            // (커피 to greet the barista); fails as a wrong word whatever its grammar
            List<EvaluationError> offTask = List.of(error(pack, ErrorCategory.VOCABULARY, "vocabulary/off_task",
                    answer, model));
            return new Evaluation(0, false, offTask, FeedbackWriter.feedback(pack, false, offTask, model), model,
                    EvaluationSource.RULES, bestResult.confidence());
        }
        if (bestResult.passed() && repairing && !errors.isEmpty()
                && errors.stream().allMatch(e -> e.category() == ErrorCategory.SPACING)) {
            // the answer spaced as its notes say fails on a part left out or one slip (비빔밥 두개하고 콜라 주세요 →
            // 콜라 한 병; session 20, s20d): the spacing hid it from the comparison
            List<Finding> hidden = OmissionsBesideSlips.added(errors, answer, asTyped, again(request));
            if (!hidden.isEmpty()) {
                hidden.forEach(f -> errors.add(0, error(pack, f.category(), Subtypes.of(f), f.original(), f.correction())));
                int score = score(AnswerText.unspaced(answer), AnswerText.unspaced(accepted.get(best)), errors, pack);
                return new Evaluation(score, false, errors, FeedbackWriter.feedback(pack, false, errors, model), model,
                        EvaluationSource.RULES, bestResult.confidence());
            }
        }
        if (bestResult.passed()) {
            if (bestResult.confidence() <= SentenceCheck.UNSURE
                    && errors.stream().allMatch(e -> e.category() == ErrorCategory.SPACING)) {
                // precision first: not failed, but the learner sees the model answer
                return new Evaluation(90, true, errors, FeedbackWriter.feedback(pack, true, errors, model, true),
                        model, EvaluationSource.RULES, bestResult.confidence());
            }
            return pass(pack, model, errors, errors.isEmpty() ? 100 : 95, bestResult.confidence());
        }
        if (repairing) {
            // a part the task asks for, left out beside slips of form (소형차을 빌리고 → 3일 동안 빌리고; session 20, s20d)
            OmissionsBesideSlips.added(errors, answer, asTyped, again(request))
                    .forEach(f -> errors.add(error(pack, f.category(), Subtypes.of(f), f.original(), f.correction())));
        }
        int score = score(AnswerText.unspaced(answer), AnswerText.unspaced(accepted.get(best)), errors, pack);
        return new Evaluation(score, false, errors, FeedbackWriter.feedback(pack, false, errors, model), model,
                EvaluationSource.RULES, bestResult.confidence());
    }

    /**
     * The comparison as the learner will see it (precision first, {@link Certainty}): findings of
     * a known contrast are marked ({@code vocabulary/contrast}); when no finding is decisive, the
     * relative ones are dropped and the result passes with at most {@link SentenceCheck#UNSURE}
     * confidence (the model answer is shown); otherwise only the decisive findings and spacing
     * notes are reported.
     */
    private static SentenceCheck.Result judged(SentenceCheck.Result result, String answer, String asTyped, String accepted,
            boolean negativeAccepted, List<String> allAccepted) {
        // 사과 한 바구니 얼마예요?: the unit of a price without 에, at most a spacing note (session 25, s25c)
        List<Finding> priced = result.findings().stream().map(f -> NamedErrors.priceUnit(f, answer))
                .flatMap(java.util.Optional::stream).toList();
        if (!priced.equals(result.findings())) {
            result = new SentenceCheck.Result(priced, result.confidence(), result.paraphrase());
        }
        List<Finding> marked = Certainty.negations(Contrasts.closedCompounds(result.findings(), accepted).stream().map(Contrasts::mark)
                .map(OtherRealWords::mark) // 월요일에 for 일요일에, 인천항공 for 인천공항: another real word (session 26, s26d)
                .map(f -> Confusables.mark(f, answer, allAccepted))
                .map(f -> OtherRealWords.markVerb(f, answer, asTyped)) // 드렸어요 for 드셨어요: another verb (session 34, s34b)
                .filter(f -> !Certainty.optionalWordAdded(f) && !Certainty.politerQuestion(f)).map(Certainty::located)
                .map(f -> Certainty.otherPredicate(f, answer, accepted, allAccepted)).toList());
        // 얼마 안 남았어요 is 'little left', not an added 안; 몇 시에 닫아요 asks what 몇 시까지 열어요 asks
        List<Finding> findings = WellFormedEnds.withoutUndoneRepairs(Converses.drop(marked.stream()
                .map(f -> Approximations.littleAmount(f, answer)).toList(), answer, accepted));
        // 세 시에서 예약해요: a particle and a tense on the accepted words are two errors, not a paraphrase
        List<Finding> laddered = GrammarSlips.decisive(findings, Certainty.decisive(findings, negativeAccepted)).stream()
                // the certainty ladder: alignment artefacts never fail (a finding on a repaired word read in the repaired answer)
                .filter(f -> !Evidence.artefact(f, WellFormedEnds.repaired(f, findings, answer),
                        WellFormedEnds.repaired(f, findings, asTyped)))
                // free choices of a particle or an ending, and one meaning in other words (session 9)
                .filter(f -> !FunctionWordChoices.artefact(f, answer, asTyped, accepted) && !Periphrases.artefact(f, answer, accepted))
                .filter(f -> !Evidence.acceptedElsewhere(f, answer, allAccepted))
                .filter(f -> !Evidence.acceptedWord(f, answer, allAccepted))
                .filter(f -> !FreeOrders.joinedAcceptedWords(f, allAccepted)) // 배달가능해요 for 배달 가능해요 (session 34, s34b)
                .filter(f -> !SlotWords.artefact(f, answer, asTyped, allAccepted)) // words of another role (session 11)
                .filter(f -> !GivenWords.artefact(f, answer, asTyped, allAccepted)) // what the answer or the situation gives (session 14)
                .filter(f -> !ShapeChoices.artefact(f, answer, asTyped)) // two sentences, scrambled quote, 가 봐도 (session 18, s18a)
                .filter(f -> !Contrasts.excused(f, answer)) // 바람이 차가워요 for 추워요: a cold wind (session 10)
                .filter(f -> !Contrasts.eitherPole(f, asTyped)) // 가까워요? for 멀어요?: one yes/no question (session 12)
                .filter(f -> !Contrasts.reordered(f, answer, accepted)) // 닫혀요 … 열려 있어서: clauses reordered (session 14)
                .filter(f -> !Contrasts.notAboutLater(f, asTyped)) // 지난 for 이번 only about later (session 13)
                .filter(f -> !CasualSpeech.soldWhere(f, asTyped)) // 어디서 팔아요? for 어디서 사요? (session 17, s17f)
                .filter(f -> !CasualSpeech.compoundOfAccepted(f, answer, allAccepted)) // 생일 선물 (session 17, s17f)
                .filter(f -> !TimeQuestions.topicLeftOut(f, answer)) // 언제 찾아요? for 정장 언제 (session 13)
                .filter(f -> !EverydayPhrasings.artefact(f, answer)) // 전화 주세요, 가면 돼요, 창가석 … (session 17)
                .filter(f -> !OffersAndStandards.accordingTo(f, answer)) // 처방전대로 for 처방전으로 (session 17, s17g)
                .filter(f -> !OffersAndStandards.offerAccepted(f, allAccepted)) // 들어 드릴까요? as an offer (s17g)
                .filter(f -> !SpokenExchanges.artefact(f, answer, asTyped)) // 안 갈래?, 아니에요, 영화나 (session 18, s18b)
                .filter(f -> !EverydayVariants.artefact(f, answer, asTyped, allAccepted)) // 우리 개, 받으세요 (session 19, s19a)
                .filter(f -> !SpokenVariants.artefact(f, answer, allAccepted)) // 축하드립니다, 넣어야 돼요?, 어떤 N, 이 운동화 (session 20, s20a)
                .filter(f -> !ChosenConstructions.artefact(f, answer, accepted, allAccepted)) // 보러 가는데, 선물용으로, 타는 데 (session 21, s21a)
                .filter(f -> !ChosenWordings.artefact(f, answer, asTyped)) // 비싸네요, 훨씬 나아요, 오늘 밤에 (session 22, s22a)
                .filter(f -> !ChosenForms.artefact(f, asTyped, allAccepted)) // 저녁으로, 완전 싸, 오니까 for 오면 (session 24, s24a)
                // 가게 됐어요, 여행할 예정입니다, 온 거예요, 아직 안 먹었어?, 몇 시부터 몇 시까지예요 (session 29, s29b)
                .filter(f -> !OwnTimeConstructions.artefact(f, answer, asTyped))
                .filter(f -> !Afterthoughts.politeFragmentAfterStatement(f, asTyped, allAccepted)) // 10시까지요. (session 25, s25a)
                .filter(f -> !SpokenSpelling.otherWord(f, answer, allAccepted))
                .filter(f -> !NounPhraseReadings.artefact(f, answer)).toList(); // 베개 하나하고, 공항 셔틀버스 (session 29, s29a)
        // a word other than the accepted one alone is not enough on unseen answers (session 23, HeldOutPrecision);
        // a slip of form the comparison took for another word is named first (떄, 아파고, 뛰서, 할께요: s23b, SlipsOfForm),
        // each finding once, for the decisive ones and for the notes kept below
        java.util.Map<Finding, Finding> namedOnce = new java.util.HashMap<>();
        java.util.function.UnaryOperator<Finding> named = f -> namedOnce.computeIfAbsent(f, x -> SlipsOfForm.named(x, answer));
        List<Finding> decisive = HeldOutPrecision.decisive(laddered.stream().map(named).toList(), negativeAccepted);
        String rewritten = result.passed() ? answer : Equivalents.rewrite(answer, accepted);
        if (!rewritten.equals(answer)) {
            // the answer in the accepted answer's words with words left out (수건 주세요 = 수건 주시겠어요 for 수건 한
            // 장 더 주시겠어요): the gap is the error, the alignment's findings around it are artefacts
            java.util.Optional<Finding> gap = Certainty.omission(rewritten, asTyped, accepted)
                    .filter(f -> !TimeQuestions.topicLeftOut(f, answer)) // 몇 시에 찾아요? for 정장 언제 (session 13)
                    // 끝만 for 머리 끝만 where another accepted answer says 끝만 in that slot too (session 18, s18a)
                    .filter(f -> !ShapeChoices.leftOutByAnother(f, accepted, allAccepted))
                    .filter(f -> !EverydayVariants.sceneOfHomeLeftOut(f, List.of(accepted))) // 집에 as the scene (session 19, s19a)
                    .filter(f -> !SpokenVariants.leftOutAsGiven(f, answer, List.of(accepted))) // 축하 (session 20, s20a)
                    .filter(f -> !ChosenWordings.saidOtherwise(f, answer)) // 가격 for 얼마, 왔어요 (session 22, s22a)
                    .filter(f -> !GivenWords.sourceOfChange(f.original().strip(), f.correction().strip(), answer)); // session 28
            if (gap.isPresent()) {
                return new SentenceCheck.Result(List.of(gap.get()), 0.85);
            }
        }
        if (decisive.isEmpty() && !result.passed()) {
            java.util.Optional<Finding> omission = Certainty.omission(answer, asTyped, accepted)
                    .filter(f -> !TimeQuestions.topicLeftOut(f, answer))
                    // 방 에어컨이 → 에어컨이: a noun that only narrows the next one (session 14)
                    .filter(f -> !StatedReasons.modifierNounLeftOut(f.original().strip(), f.correction().strip(), answer,
                            accepted))
                    .filter(f -> !EverydayVariants.sceneOfHomeLeftOut(f, List.of(accepted))) // 집에 as the scene (session 19, s19a)
                    .filter(f -> !SpokenVariants.leftOutAsGiven(f, answer, List.of(accepted))) // 축하 (session 20, s20a)
                    .filter(f -> !ChosenWordings.saidOtherwise(f, answer)) // 가격 for 얼마, 왔어요 (session 22, s22a)
                    .filter(f -> !GivenWords.sourceOfChange(f.original().strip(), f.correction().strip(), answer)); // session 28
            if (omission.isPresent()) {
                return new SentenceCheck.Result(List.of(omission.get()), 0.85);
            }
        }
        // a spacing note stays only where the letters are the same (an alignment artefact otherwise)
        List<Finding> asNamed = findings.stream().map(named).toList();
        List<Finding> kept = asNamed.stream()
                .filter(f -> f.category() == ErrorCategory.SPACING
                        ? AnswerText.unspaced(f.original()).equals(AnswerText.unspaced(f.correction()))
                                && !EverydayPhrasings.verbBeforeState(f, answer) // 앞에 서 있어 (session 17)
                                && !Spacing.derivedJoin(f) // 진료받을 for 진료 받을 (session 22, s22a)
                                && !Spacing.standardSpacing(f, answer) // 하지 못했어요, 만 오천 (session 24, s24a)
                                // 목이 아픈데 약 있어요? for 목 아픈 데 먹는 약: the connective (session 33, s33a)
                                && !JoinedConnectives.connectiveSpaced(f.original(), f.correction(), answer, accepted)
                        : decisive.contains(f)).toList();
        if (kept.size() == findings.size()) {
            return new SentenceCheck.Result(asNamed, result.confidence());
        }
        double confidence = decisive.isEmpty() ? Math.min(result.confidence(), SentenceCheck.UNSURE)
                : result.confidence();
        return new SentenceCheck.Result(kept, confidence, true);
    }

    /**
     * Whether a comparison's {@code particle_wrong} finding is on a word of the learner's that an own-word
     * {@code word_order} finding turns round and leaves out of its correction as written (선생님은 in 부모님 선생님은 →
     * 선생님 부모님은): the learner's particle closes the phrase and moves to its new last noun, so the comparison, which
     * aligned the phrase unturned, judged it on the wrong word (Sohn 1999, §6.1: a particle closes the noun phrase).
     */
    private static boolean movedOffByOrder(Finding f, List<Finding> own) {
        if (f.category() != ErrorCategory.PARTICLE_WRONG || f.original() == null || f.original().contains(" ")
                || own.contains(f)) {
            return false;
        }
        return own.stream().anyMatch(l -> l.category() == ErrorCategory.WORD_ORDER && l.original() != null
                && l.correction() != null && List.of(l.original().split(" ")).contains(f.original())
                && !List.of(l.correction().split(" ")).contains(f.original()));
    }

    /**
     * Whether a comparison's {@code incomplete/bare_noun} finding is on a word that is a finished predicate (설거지해 →
     * 설거지해 해 놔), in an answer an own-word check finds in the wrong order: the word is no bare noun, and the
     * comparison, which aligned the clauses unturned, put the accepted answer's tail after it.
     */
    private static boolean predicateAsBareNoun(Finding f, List<Finding> own) {
        if (f.category() != ErrorCategory.INCOMPLETE || own.contains(f) || !"incomplete/bare_noun".equals(Subtypes.of(f))
                || own.stream().noneMatch(l -> l.category() == ErrorCategory.WORD_ORDER)) {
            return false;
        }
        List<Morphology.Word> read = Morphology.analyse(f.original().strip());
        return read.size() == 1 && read.getFirst().verbal() && read.getFirst().endsWith("EF");
    }

    /** Evaluates another answer to the request's activity, without a further repair ({@link OmissionsBesideSlips}). */
    private java.util.function.Function<String, Evaluation> again(EvaluationRequest request) {
        return repaired -> evaluate(new EvaluationRequest(request.expected(), request.patterns(), repaired,
                request.instructionLang(), request.register(), request.activityRef(), request.context()), false);
    }

    /** The subtypes of a part left out as the comparison finds it, without naming what is missing. */
    private static final java.util.Set<String> GENERAL_GAPS = java.util.Set.of("incomplete/missing_word",
            "incomplete/sentence");

    /** A part left out as compared for showing it once: its span and insertion without final marks (아파요. = 아파요). */
    private static String gapKey(Finding f) {
        java.util.function.UnaryOperator<String> bare = t -> t == null ? ""
                : t.strip().replaceAll("\\s+", " ").replaceAll("[.,?!~。…]+$", "");
        return bare.apply(f.original()) + "→" + bare.apply(f.correction());
    }

    /** Whether an accepted answer says no with 안 or 못 (방에 에어컨이 안 돼요). */
    private static boolean negative(List<String> accepted) {
        for (String a : accepted) {
            // also the long negation and the prohibitive (짧지 않게요, 자르지 마세요; Yeon & Brown 2019)
            if (a.startsWith("안 ") || a.startsWith("못 ") || a.contains(" 안 ") || a.contains(" 못 ")
                    || a.contains("지 않") || a.contains("지 마") || a.contains("지 말")) {
                return true;
            }
        }
        return false;
    }

    /**
     * One comparison with an accepted answer: the equivalence lexicon and the accepted variations
     * ({@link Equivalents}, {@link PreChecks#accept}) rewrite the answer into the accepted answer's
     * words, the whole-answer checks ({@link PreChecks#find}) repair the errors they locate
     * exactly, and {@link SentenceCheck} compares what remains.
     */
    /** One comparison and the answer text it compared after the accepted-variation rewrites. */
    private record Compared(SentenceCheck.Result result, String text) {
    }

    private Compared compare(String answer, SentenceCheck.Sentence learner, String accepted,
            com.koto.evaluation.Register register) {
        String text = Numerals.accept(PreChecks.accept(Equivalents.rewrite(PreChecks.pleaseFrame(answer, accepted),
                accepted), accepted), accepted);
        boolean rewritten = !text.equals(answer);
        List<Finding> findings = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            var fix = PreChecks.find(text, accepted);
            if (fix.isEmpty()) {
                break;
            }
            addRepair(findings, fix.get().finding());
            // the repaired answer may now be an accepted variation (테이크아웃예요 → 테이크아웃이에요 = 테이크아웃이요)
            text = PreChecks.accept(fix.get().fixed(), accepted);
        }
        if (!rewritten && findings.isEmpty()) {
            return new Compared(ParticleAfterVowel.added(SentenceCheck.compare(learner, analysed(accepted), register),
                    answer, accepted), answer);
        }
        SentenceCheck.Result rest = text.equals(accepted) ? new SentenceCheck.Result(List.of(), 1.0)
                : SentenceCheck.compare(analysed(text), analysed(accepted), register);
        findings.addAll(rest.findings());
        double confidence = Math.min(rest.confidence(), rewritten ? 0.8 : 1.0);
        if (findings.size() > rest.findings().size()) {
            confidence = Math.min(confidence, 0.85);
        }
        return new Compared(ParticleAfterVowel.added(new SentenceCheck.Result(findings, confidence), text, accepted),
                text);
    }

    /**
     * Adds a whole-answer repair. A repair of the same category that takes up the word the previous
     * repair made (아퍼고 → 아파고, then 아파고 → 아프고) is one error in the learner's word, reported
     * once from the word as written to the last repair: the span convention takes the original
     * from the answer (docs/blind-brief.md, "Span convention": the smallest whole word of the answer
     * that holds the error, that word corrected), and the ending attaches to the stem, not to the
     * repaired infinitive (Yeon &amp; Brown 2019, -고 and the consonant-initial endings on the stem;
     * 한글 맞춤법 제18항 4, 으 탈락). The later repair's subtype names the rule of the final form.
     */
    private static void addRepair(List<Finding> findings, Finding next) {
        if (!findings.isEmpty()) {
            Finding last = findings.getLast();
            if (last.category() == next.category() && !last.correction().isEmpty()
                    && last.correction().equals(next.original()) && !last.original().equals(next.correction())) {
                findings.set(findings.size() - 1,
                        new Finding(next.category(), last.original(), next.correction(), next.subtype()));
                return;
            }
        }
        findings.add(next);
    }

    /** An accepted answer normalised, computed once per distinct text (an activity's answers recur every turn). */
    private String normalisedAccepted(String raw) {
        return cached(normalisedAnswers, raw, AnswerText::normalise);
    }

    /** The jamo of a normalised accepted answer without spaces, computed once per distinct text. */
    private String acceptedJamo(String normalised) {
        return cached(acceptedJamo, normalised, t -> Hangul.toJamo(AnswerText.unspaced(t)));
    }

    private static String cached(Map<String, String> cache, String key, java.util.function.UnaryOperator<String> f) {
        String v = cache.get(key);
        if (v == null) {
            v = f.apply(key);
            if (cache.size() >= MAX_CACHED_ANSWERS) {
                cache.clear();
            }
            cache.put(key, v);
        }
        return v;
    }

    /** The accepted answer's analysis, computed once per distinct text. */
    private SentenceCheck.Sentence analysed(String normalised) {
        SentenceCheck.Sentence s = analysedAnswers.get(normalised);
        if (s == null) {
            s = SentenceCheck.Sentence.of(normalised);
            if (analysedAnswers.size() >= MAX_CACHED_ANSWERS) {
                analysedAnswers.clear();
            }
            analysedAnswers.put(normalised, s);
        }
        return s;
    }

    /**
     * The emphasis (1–3) the learner's language pack gives this error through its L1 error
     * patterns; 0 when no pattern matches. Errors a learner group typically makes come first.
     */
    private static int emphasis(LangPack pack, EvaluationError e) {
        return pack.patternFor(e.category().wireName(), e.original(), e.correction())
                .map(ErrorPattern::emphasis).orElse(0);
    }

    private static int firstNonEmpty(List<String> accepted) {
        for (int i = 0; i < accepted.size(); i++) {
            if (!accepted.get(i).isEmpty()) {
                return i;
            }
        }
        return 0;
    }

    private Evaluation pass(LangPack pack, String model, List<EvaluationError> notes, int score, double confidence) {
        return new Evaluation(score, true, notes, FeedbackWriter.feedback(pack, true, notes, model), model,
                EvaluationSource.RULES, confidence);
    }

    private static EvaluationError error(LangPack pack, ErrorCategory category, String subtype, String original,
            String correction) {
        String sentence = FeedbackWriter.explain(pack, category, subtype, original, correction);
        // a confusion names its own pair (잊다 = lupa, 잃다 = kehilangan), not the pack's examples
        String explanation = Confusables.meaning(subtype, original, correction, pack.instructionLang())
                .map(m -> sentence + " " + m + ".").orElse(sentence);
        return new EvaluationError(category, original, correction, explanation, subtype);
    }

    /**
     * 0–85 for a failed answer: jamo similarity to the model answer, less 5 points per error and
     * 2 more per emphasis point of the pack's L1 pattern for it (what this learner group must
     * practise weighs more).
     */
    private static int score(String answer, String target, List<EvaluationError> errors, LangPack pack) {
        String a = Hangul.toJamo(answer);
        String t = Hangul.toJamo(target);
        double similarity = 1.0 - Hangul.editDistance(a, t) / (double) Math.max(1, Math.max(a.length(), t.length()));
        long penalty = 0;
        for (EvaluationError e : errors) {
            penalty += e.category() == ErrorCategory.SPACING ? 1 : 5 + 2L * emphasis(pack, e);
        }
        return (int) Math.max(0, Math.min(85, Math.round(similarity * 100) - penalty));
    }

    private boolean matchesPattern(List<String> regexes, String answer) {
        for (String regex : regexes) {
            Pattern p = patterns.get(regex);
            if (p == null) {
                try {
                    p = Pattern.compile(regex);
                } catch (PatternSyntaxException e) {
                    continue; // a broken pattern in content must not break evaluation
                }
                if (patterns.size() >= MAX_CACHED_PATTERNS) {
                    patterns.clear();
                }
                patterns.put(regex, p);
            }
            if (p.matcher(answer).matches()) {
                return true;
            }
        }
        return false;
    }
}
