package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.text.Hangul;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ending that does not fit the sentence it closes or the clause it links, read on the learner's
 * own words as written (session 8, issue 11; the question mark and the full stop are still there).
 * Each class is a restriction of the standard grammar on the ending itself, so it holds whatever
 * answer the learner meant:
 * <ul>
 * <li>{@code ending/promise_question}: -(으)ㄹ게(요) is a promise to the listener and is never asked
 * (Yeon &amp; Brown 2019, <i>Korean: A Comprehensive Grammar</i>, -(으)ㄹ게요 'I will (for you)':
 * statements only; 한국어기초사전 '-을게': 어떤 행동을 할 것을 약속함). Asking the listener to act is
 * -(으)ㄹ래(요)?; offering to act oneself is -(으)ㄹ까(요)? (줄게? → 줄래?, 제가 할게요? → 할까요?);</li>
 * <li>{@code ending/ja_infinitive}: the proposal -자 attaches to the bare stem, not to the -아/어 form
 * (찍어자 → 찍자, 먹어자 → 먹자; 한국어기초사전 '-자' 「어미」: 동사 어간 뒤에 붙어);</li>
 * <li>{@code ending/reason_before_proposal}: -아/어서 of reason cannot precede a proposal or a
 * command; the reason before the proposals -자 and -(으)ㅂ시다 and before a command is -(으)니까 (Yeon &amp;
 * Brown 2019, -아/어서 'so': not with imperatives or propositives; 국립국어원 『외국인을 위한 한국어 문법 1』
 * (2005) '-어서' 제약: 뒤 절에 명령문·청유문이 올 수 없다, and '-으니까'). Only where the -아/어서 word is an
 * adjective or 있다/없다 (비싸서, 재미있어서, -아/어 보여서), which -아/어서 can only link as a reason: the
 * sequence -아/어서 of a verb (가서 사자, 앉아서 기다리세요) is right. The commands (session 19) are read with the
 * task ({@link #command}): 음식이 맛있어서 아버님도 많이 드세요 → 맛있으니까;</li>
 * <li>{@code ending/sequence_before_proposal} (session 10): the end of an event (끝나다, 끝내다, 마치다)
 * in -아/어서 before a proposal: what comes first is -고 (수업 끝나서 … 먹자 → 끝나고; 한국어기초사전
 * '-고' 「3」; '-어서' 참고: 청유문 제약); a conjunctive adverb (그런데, 그래서) after the -아/어서 word opens
 * a clause of its own, so 피곤해서 그런데 잠깐 쉬자 is left alone;</li>
 * <li>{@code ending/past_before_aseo} (the subtype {@link Evidence} gives the comparison's reading of
 * it): -아/어서 takes no past -았/었- (잃어버렸어서 → 잃어버려서; the
 * clause's time comes from the main predicate; 한국어기초사전 '-어서': '-었-', '-겠-' 뒤에 쓰지 않음;
 * Yeon &amp; Brown 2019);</li>
 * <li>{@code ending/request_question}: a request for something given is -아/어 주십시오 or the question
 * -아/어 주시겠습니까; 주십니까 asks whether the person gives (as a habit), not for them to, so with
 * no subject in the sentence it is the request misformed (두 장 주십니까 → 주십시오);</li>
 * <li>{@code honorific/si_missing} (request): -아/어 주겠습니까 asks the listener to act, whom the formal
 * request raises with -(으)시- (확인해 주겠습니까 → 주시겠습니까; 표준 언어 예절 2011; Sohn 1999 on
 * subject honorification of the listener);</li>
 * <li>{@code honorific/si_thing}: -(으)시- raises a person; a vehicle that leaves, arrives or stops is
 * no person (버스는 … 출발하십니까 → 출발합니까; 국립국어원 표준 언어 예절 2011, 사물 존대는 쓰지 않는다).</li>
 * </ul>
 */
final class ClauseEndings {

    /** A sentence mark, a comma, ~ or …. */
    private static final Pattern PUNCTUATION_TILDE_ELLIPSIS = Pattern.compile("[.?!,~…]");
    /** One or more white-space characters. */
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** A sentence with its terminator (., ?, ! or the end). */
    private static final Pattern SENTENCE = Pattern.compile("[^.?!]+[.?!]?");
    /** Connectives whose clause stands between a -아/어서 word and the predicate it would link to. */
    private static final List<String> CONNECTIVES = List.of("고", "면", "는데", "은데", "지만", "니까", "서", "러", "려고",
            "도록", "며", "다가");
    /** Place words in -서 (여기서 'here'), not clauses. */
    private static final Set<String> PLACES = Set.of("여기서", "거기서", "저기서", "어디서", "이쪽서", "밖에서");
    /** Vehicles: the subject of 출발하다, 도착하다 … that is never raised with -(으)시-. */
    private static final Set<String> VEHICLES = Set.of("버스", "기차", "열차", "비행기", "지하철", "전철", "배", "택시",
            "고속버스", "시외버스", "셔틀버스", "공항버스", "마을버스", "케이티엑스", "KTX", "비행기편", "항공편");
    /** Predicates of a vehicle's motion (stems). */
    private static final List<String> MOTION = List.of("출발하", "도착하", "떠나", "오", "서", "멈추", "걸리", "다니");

    /** The plain imperative -아라/-어라/-여라 as Nori tags its ending (먹어라). */
    private static final Set<String> PLAIN_IMPERATIVE = Set.of("아라", "어라", "여라");
    /** The endings of a negative command after -지 (나가지 마세요). */
    private static final Set<String> DONT = Set.of("마", "마요", "마세요", "마십시오", "마라");

    /** Adjectives of feeling and of the body: -지 마(세요) with them is a wish that is said (아프지 마세요). */
    private static final Set<String> FEELINGS = Set.of("아프", "슬프", "외롭", "힘들", "무섭", "괴롭", "우울하", "서운하",
            "섭섭하", "심심하", "피곤하", "아쉽", "속상하", "불안하", "초조하", "미안하", "부끄럽", "창피하", "춥", "덥");

    /**
     * Conjunctive adverbs that open a clause of their own (표준국어대사전 '그런데', '그래서', '그러니까'): a
     * -아/어서 word before them does not link to the sentence's last predicate. In 피곤해서 그런데 잠깐만 쉬자
     * the -아/어서 clause is the reason of 그렇다 ('it is because I am tired'; Yeon &amp; Brown 2019, on -아/어서
     * 그렇다 and the sentence connectives), and the proposal follows a connective of its own (session 10).
     */
    private static final Set<String> LINKING_WORDS = Set.of("그런데", "근데", "그래서", "그러니까", "그니까", "그럼",
            "그러면", "그러나", "하지만", "그리고", "그래도", "그런데요", "그러니까요");

    /**
     * Words Nori reads as a verb form, not MAJ, that open a clause of their own (피곤해서 그런지 …, 추워서 그렇지만 …):
     * before a command the scan stops at them too (session 19).
     */
    private static final Set<String> CLAUSE_OPENERS = Set.of("그런지", "그래", "그렇지만");

    /**
     * The -아/어 forms of verbs of an event coming to its end (끝나다, 끝내다, 마치다) and their -고 form: before
     * a proposal their -아/어서 can only read as a cause, while the learner tells what comes first; the order
     * of events before -자, -(으)ㅂ시다 is -고 (한국어기초사전 '-고' 「3」 앞의 말이 뒤의 말보다 먼저 일어남;
     * '-어서' 「2」 이유: 명령문·청유문에 쓰이지 않음; Yeon &amp; Brown 2019, -고 'and then' vs -아/어서).
     */
    private static final java.util.Map<String, String> FINISHED = java.util.Map.of("끝나", "끝나고", "끝내", "끝내고",
            "마쳐", "마치고", "끝마쳐", "끝마치고");

    private ClauseEndings() {
    }

    /**
     * The subtypes of these classes: each repairs the learner's own word by a rule, so it outranks the
     * comparison's finding of the same category on that word ({@link SpeechLevels#repairs}); the
     * -(으)ㄹ modifier before 수 of {@link VerbPhraseForms} is one too.
     */
    static final Set<String> REPAIRS = Set.of("ending/promise_question", "ending/ja_infinitive",
            "ending/will_of_what_happens", "ending/because", "ending/adjective_prohibition", "irregular/l_kept",
            "ending/infinitive_before_consonant", "ending/gi_before", "ending/embedded_question", "ending/past_modifier",
            "ending/reason_before_proposal", "ending/sequence_before_proposal", "ending/request_question", "ending/intended_condition", "honorific/si_thing", "ending/l_modifier",
            "ending/wish_before_question");

    /**
     * Every such ending of the answer as written, without the task: a reason before a command is read only
     * before -아/어라 and -지 마(세요) ({@link #command}).
     *
     * @param raw the answer as the learner wrote it (with its punctuation)
     * @return the findings, the learner's word → the repaired word; empty when there are none
     */
    static List<Finding> find(String raw) {
        return find(raw, List.of());
    }

    /**
     * Every such ending of the answer as written.
     *
     * @param raw      the answer as the learner wrote it (with its punctuation)
     * @param accepted the normalised accepted answers: a -(으)세요/-(으)십시오 that one of them ends a sentence
     *                 with is a command, and a reason word one of them has is left alone
     *                 ({@link #reasonBeforeProposal})
     * @return the findings, the learner's word → the repaired word; empty when there are none
     */
    static List<Finding> find(String raw, List<String> accepted) {
        List<Finding> out = new ArrayList<>();
        // a command in quoted speech is the quoted speaker's (SpeechLevels.ownSentences): there only a
        // proposal is read before the reason
        boolean quoted = raw.contains("\"") || raw.contains("“");
        Matcher m = SENTENCE.matcher(raw);
        while (m.find()) {
            String s = m.group().strip();
            if (s.isEmpty()) {
                continue;
            }
            boolean question = s.endsWith("?");
            List<String> words = new ArrayList<>();
            for (String w : SPACES.split(PUNCTUATION_TILDE_ELLIPSIS.matcher(s).replaceAll(" ").strip())) {
                if (!w.isEmpty()) {
                    words.add(w);
                }
            }
            if (words.isEmpty()) {
                continue;
            }
            List<Morphology.Word> analysed = Morphology.analyse(String.join(" ", words));
            List<Morphology.Word> read = analysed.size() == words.size() ? analysed : null;
            promiseQuestion(words, question, accepted).ifPresent(out::add);
            jaOnInfinitive(words, question).ifPresent(out::add);
            reasonBeforeProposal(words, quoted ? null : read, question, accepted).ifPresent(out::add);
            wishBeforeQuestion(words, question).ifPresent(out::add);
            requestQuestion(words).ifPresent(out::add);
            vehicleHonoured(words).ifPresent(out::add);
            IntendedGoals.find(words, question).ifPresent(out::add); // (강남역에 가면 몇 호선을 타요? → 가려면)
            if (read != null) {
                willOfWhatHappens(words, read, question).ifPresent(out::add);
                becauseWithoutReason(words, read, question).ifPresent(out::add);
                adjectiveProhibited(words, read).ifPresent(out::add);
            }
            for (String w : words) {
                pastBeforeSeo(w).ifPresent(out::add);
                requestWithoutSi(w).ifPresent(out::add);
            }
        }
        return out;
    }

    /**
     * 어떻게 하면 될래요? → 될까요?: -(으)ㄹ래(요) asks the listener's will or states one's own, so it
     * takes a verb of will; 되다 after -(으)면 ('will it do if …') and adjectives have no will, and the
     * question about what happens is -(으)ㄹ까(요)? (한국어기초사전 '-을래': 말하는 사람의 의사, 듣는 사람의
     * 의사를 물음; '-을까': 추측을 물음; Yeon &amp; Brown 2019, -(으)ㄹ래요 and -(으)ㄹ까요). Subtype
     * {@code ending/will_of_what_happens}.
     */
    static Optional<Finding> willOfWhatHappens(List<String> words, List<Morphology.Word> read, boolean question) {
        String w = words.getLast();
        List<Morphology.Morpheme> ms = read.getLast().morphemes();
        if (!question || ms.size() < 2 || !(w.endsWith("래요") || w.endsWith("래")) || !ms.getLast().is("EF")
                || !ms.getLast().form().contains("래")) {
            return Optional.empty();
        }
        Morphology.Morpheme stem = ms.getFirst();
        boolean happens = stem.is("VV") && stem.form().equals("되") && words.size() >= 2
                && words.get(words.size() - 2).endsWith("면");
        boolean adjective = stem.is("VA") && ms.size() == 2 && !stem.form().equals("있") && !stem.form().equals("없");
        if (!happens && !adjective) {
            return Optional.empty();
        }
        int at = w.lastIndexOf('래');
        return Optional.of(new Finding(ErrorCategory.ENDING, w, w.substring(0, at) + "까" + w.substring(at + 1),
                "ending/will_of_what_happens"));
    }

    /**
     * 왜냐하면 … 있습니다 → 있기 때문입니다: a sentence that opens with 왜냐하면 ('the reason is') ends in
     * the reason, -기 때문이다 (or -거든요), not in a plain statement (표준국어대사전 '왜냐하면': 흔히 '-기
     * 때문이다'와 호응; Yeon &amp; Brown 2019, -기 때문에). Formal statements (-습니다, -ㅂ니다 of a stem
     * that is not an ㄹ-stem) and polite past or 하다 statements (했어요, 있어요); subtype {@code ending/because}.
     */
    static Optional<Finding> becauseWithoutReason(List<String> words, List<Morphology.Word> read, boolean question) {
        if (question || words.size() < 2 || !words.getFirst().equals("왜냐하면")) {
            return Optional.empty();
        }
        String w = words.getLast();
        if (words.stream().anyMatch(x -> x.startsWith("때문") || x.endsWith("거든요") || x.endsWith("거든"))) {
            return Optional.empty();
        }
        Morphology.Morpheme first = read.getLast().morphemes().isEmpty() ? null : read.getLast().morphemes().getFirst();
        if (first == null || !first.is("VV", "VA", "NNG", "XR", "VX")) {
            return Optional.empty();
        }
        String stem = null;
        String copula = null;
        if (w.endsWith("습니다")) {
            stem = w.substring(0, w.length() - 3);
            copula = "때문입니다";
        } else if (w.endsWith("니다") && w.length() >= 3) {
            char b = w.charAt(w.length() - 3);
            if (Hangul.isSyllable(b) && Hangul.finalIndex(b) == Hangul.Final.B && !(first.is("VV", "VA")
                    && Hangul.hasRieulFinal(first.form().charAt(first.form().length() - 1)))) {
                stem = w.substring(0, w.length() - 3) + Hangul.withoutFinal(b);
                copula = "때문입니다";
            }
        } else if (w.endsWith("해요")) {
            stem = w.substring(0, w.length() - 2) + "하";
            copula = "때문이에요";
        } else if (w.endsWith("어요") && w.length() >= 3 && Hangul.isSyllable(w.charAt(w.length() - 3))
                && (Hangul.finalIndex(w.charAt(w.length() - 3)) == Hangul.Final.SS
                        || w.endsWith("있어요") || w.endsWith("없어요"))) {
            stem = w.substring(0, w.length() - 2);
            copula = "때문이에요";
        }
        if (stem == null || stem.isEmpty() || stem.endsWith("이") && first.is("NNG")) {
            return Optional.empty();
        }
        return Optional.of(new Finding(ErrorCategory.ENDING, w, stem + "기 " + copula, "ending/because"));
    }

    /**
     * 너무 짧지 마세요 → 짧게 하지 마세요: -지 말다 forbids an act, so it follows action verbs; an adjective
     * of how a thing is made takes -게 하지 말다 (한국어기초사전 '-지 말다': 동사 뒤에서; Yeon &amp; Brown
     * 2019, negative commands). Only adjectives (not verbs too) that are not a feeling or a state of the
     * body (아프지 마세요 is a wish that is said); subtype {@code ending/adjective_prohibition}.
     */
    static Optional<Finding> adjectiveProhibited(List<String> words, List<Morphology.Word> read) {
        for (int i = 0; i + 1 < words.size(); i++) {
            List<Morphology.Morpheme> ms = read.get(i).morphemes();
            List<Morphology.Morpheme> next = read.get(i + 1).morphemes();
            String w = words.get(i);
            if (ms.size() != 2 || !ms.get(0).is("VA") || !ms.get(1).is("EC") || !ms.get(1).form().equals("지")
                    || next.isEmpty() || !next.getFirst().is("VX", "VV") || !next.getFirst().form().equals("말")
                    || !w.endsWith("지")) {
                continue;
            }
            String stem = ms.get(0).form();
            var tags = KnownWords.tags(stem);
            if (tags.contains(org.apache.lucene.analysis.ko.POS.Tag.VV) || FEELINGS.contains(stem)
                    || !w.equals(stem + "지")) {
                continue;
            }
            return Optional.of(new Finding(ErrorCategory.ENDING, w, stem + "게 하지", "ending/adjective_prohibition"));
        }
        return Optional.empty();
    }

    /**
     * Whether the predicate is a humble verb of the speaker's own act (드릴, 여쭐, 뵐, 모실): object honorification
     * lowers the subject, who is the speaker and never the listener being asked (Sohn 1999 §9 on humble verbs;
     * 표준 언어 예절 2011, 객체 높임), so its asked promise (뭘 드릴게요?) is the offer -(으)ㄹ까요 (드릴까요?), not
     * -(으)ㄹ래요, which would ask the listener to give humbly. Session 14 (helper eval25c).
     */
    private static boolean humbleAct(String body) {
        return body.endsWith("드릴") || body.equals("여쭐") || body.equals("뵐") || body.equals("모실");
    }

    /** Verbs whose subject is a span of time or an event, never a person who decides: 걸리다, 되다, 생기다. */
    private static final Set<String> EVENT_STEMS = Set.of("걸리", "되", "생기");

    /**
     * Whether the asked promise's predicate is no act the listener could will (얼마나 걸릴게요? → 걸릴까요?, 비쌀게요? →
     * 비쌀까요?): an adjective, or a verb of time or events ({@link #EVENT_STEMS}). -(으)ㄹ래요? asks the listener's
     * intention, so it only fits a verb the listener does (한국어기초사전 '-을래': 듣는 사람의 의사를 물음); of a thing or an
     * event the question is the conjecture -(으)ㄹ까요? 'do you think it will …' (Yeon &amp; Brown 2019, -(으)ㄹ까요
     * asking the listener's opinion; 한국어기초사전 '-을까' 「1」). Session 19 (s19d).
     */
    private static boolean notWilled(String body) {
        char last = body.charAt(body.length() - 1);
        String stem = body.substring(0, body.length() - 1) + Hangul.withoutFinal(last);
        if (EVENT_STEMS.contains(stem)) {
            return true;
        }
        List<Morphology.Word> read = Morphology.analyse(stem + "다");
        return read.size() == 1 && !read.getFirst().morphemes().isEmpty()
                && read.getFirst().morphemes().getFirst().is("VA");
    }

    /** 줄게? → 줄래?, 제가 할게요? → 할까요?, 드릴게요? → 드릴까요?: the promise -(으)ㄹ게 asked. */
    static Optional<Finding> promiseQuestion(List<String> words, boolean question) {
        return promiseQuestion(words, question, List.of());
    }

    /**
     * As {@link #promiseQuestion(List, boolean)}; where an accepted answer asks with the same verb in -(으)ㄹ까
     * (약 사다 줄까?, 어디에 놓을까?), the learner's asked promise was that offer, the speaker's own act put to the
     * listener (session 21: 줄게? → 줄까?): -(으)ㄹ게 only ever names the speaker's act (한국어기초사전 '-을게'
     * "말하는 사람이 … 할 것을 약속"), and the question of one's own act is -(으)ㄹ까 (Yeon &amp; Brown 2019,
     * -(으)ㄹ까(요)? 'shall I'; 한국어기초사전 '-을까' 「2」 "상대편의 의사를 물어봄").
     */
    static Optional<Finding> promiseQuestion(List<String> words, boolean question, List<String> accepted) {
        String w = words.getLast();
        if (!question || w.length() < 2) {
            return Optional.empty();
        }
        boolean yo = w.endsWith("게요");
        String body = yo ? w.substring(0, w.length() - 2) : w.endsWith("게") ? w.substring(0, w.length() - 1) : null;
        if (body == null || body.isEmpty() || !Hangul.isSyllable(body.charAt(body.length() - 1))
                || !Hangul.hasRieulFinal(body.charAt(body.length() - 1))) {
            return Optional.empty();
        }
        // a humble verb (포장해 드릴게요?, 여쭐게요?) has the speaker as its agent: an offer, -(으)ㄹ까요 (Yeon & Brown
        // 2019, -아/어 드릴까요 'shall I … for you'; 표준국어대사전 '드리다' ②)
        String offer = body + "까";
        boolean self = words.stream().anyMatch(x -> x.equals("제가") || x.equals("내가")) || humbleAct(body)
                || notWilled(body) || accepted.stream().flatMap(a -> List.of(a.split(" ")).stream())
                        .anyMatch(x -> x.startsWith(offer));
        String fixed = body + (self ? "까" : "래") + (yo ? "요" : "");
        return Optional.of(new Finding(ErrorCategory.ENDING, w, fixed, "ending/promise_question"));
    }

    /** 찍어자 → 찍자, 봐자 → 보자: -자 on the -아/어 form, as the sentence's last word. */
    static Optional<Finding> jaOnInfinitive(List<String> words, boolean question) {
        String w = words.getLast();
        if (question || w.length() < 2 || !w.endsWith("자") || KnownWords.noun(w)) {
            return Optional.empty();
        }
        String inf = w.substring(0, w.length() - 1);
        if (dictionaryStem(inf)) {
            return Optional.empty(); // 서자, 보내자, 켜자: the stem is its own -아/어 form
        }
        for (String stem : stemsOf(inf)) {
            if (inf.equals(SpeechLevels.infinitive(stem)) && (dictionaryStem(stem) || hadaStem(stem))) {
                return Optional.of(new Finding(ErrorCategory.ENDING, w, stem + "자", "ending/ja_infinitive"));
            }
        }
        return Optional.empty();
    }

    /** Question words that make a sentence a question for information (표준국어대사전, 의문 대명사·부사·관형사). */
    private static final List<String> QUESTION_WORDS = List.of("얼마", "어디", "어떻게", "어떤", "언제", "뭐", "무엇", "뭘",
            "몇", "어느", "누구", "누가", "무슨", "왜");

    /**
     * 등록하고 싶어서 얼마예요? → 싶은데: a wish (-고 싶다) stated before a question for information is its
     * background, which -는데/-(으)ㄴ데 sets up (한국어기초사전 '-는데' 「1」: 뒤의 말을 하기 위하여 그와 관련된
     * 상황을 미리 말할 때; Yeon &amp; Brown 2019, -는데 'background' before questions and requests), not its
     * cause: -아/어서 of reason says why the next clause is so (한국어기초사전 '-어서' 「2」), and what one
     * wants is not why something costs what it costs. Only 싶어서 with a question word later in the same
     * question sentence, and not before 그렇다 (가고 싶어서 그러는데요, …: the reason of 그렇다; session 10).
     * Subtype {@code ending/wish_before_question}.
     */
    static Optional<Finding> wishBeforeQuestion(List<String> words, boolean question) {
        if (!question) {
            return Optional.empty();
        }
        for (int i = 1; i + 1 < words.size(); i++) {
            String w = words.get(i);
            if (!w.endsWith("싶어서") || !words.get(i - 1).endsWith("고") && !w.endsWith("고싶어서")) {
                continue;
            }
            String next = words.get(i + 1);
            if (next.startsWith("그러") || next.startsWith("그런") || next.startsWith("그래") || LINKING_WORDS.contains(next)) {
                return Optional.empty();
            }
            for (String later : words.subList(i + 1, words.size())) {
                if (QUESTION_WORDS.stream().anyMatch(later::startsWith)) {
                    return Optional.of(new Finding(ErrorCategory.ENDING, w, w.substring(0, w.length() - 3) + "싶은데",
                            "ending/wish_before_question"));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * 비싸서 … 가자 → 비싸니까, 맛있어서 … 드세요 → 맛있으니까: an adjective's -아/어서 before a proposal or a command
     * ({@link #proposalOrCommand}), subtype {@code ending/reason_before_proposal}; 끝나서 … 먹자 → 끝나고 before a
     * proposal, {@code ending/sequence_before_proposal}. The scan reads from the predicate back to the -아/어서 word
     * nearest it; it stops at a conjunctive adverb of {@link #LINKING_WORDS} (피곤해서 그런데 쉬자: the -아/어서 clause
     * is 그렇다's, the proposal a new start) and at another clause between (a connective of {@link #CONNECTIVES}).
     * A command is read with the task, so there the scan is stricter (session 19): it also stops at any word Nori
     * tags MAJ or of {@link #CLAUSE_OPENERS} and at a verb in a connective ending before the word just ahead of the
     * predicate (추워서 따뜻하게 옷을 입으세요 is left, 추워서 따뜻하게 입으세요 is read), reads the reason word only
     * where Nori reads it as a predicate, and leaves a reason word an accepted answer has.
     *
     * @param words    the sentence's words without punctuation
     * @param read     Nori's reading of the words, one per word; null where it splits them otherwise or the
     *                 answer quotes speech (then only a proposal is read)
     * @param question whether the sentence ends in a question mark
     * @param accepted the normalised accepted answers
     * @return the finding on the -아/어서 word, or empty
     */
    static Optional<Finding> reasonBeforeProposal(List<String> words, List<Morphology.Word> read, boolean question,
            List<String> accepted) {
        if (question || words.size() < 2 || !proposalOrCommand(words, read, accepted)) {
            return Optional.empty();
        }
        boolean command = !proposal(words);
        int last = words.size() - 1;
        // the -아/어서 word nearest the predicate, with no other clause between
        for (int i = last - 1; i >= 0; i--) {
            String w = words.get(i);
            Morphology.Word m = command ? read.get(i) : null;
            if (LINKING_WORDS.contains(w) || command && (m.has("MAJ") || CLAUSE_OPENERS.contains(w))) {
                return Optional.empty(); // 피곤해서 그런데 쉬자: the -아/어서 clause is 그렇다's, the proposal a new start
            }
            if (w.length() >= 2 && w.endsWith("서") && !w.endsWith("에서") && !w.endsWith("해서")
                    || w.endsWith("해서") && w.length() >= 3) {
                String inf = w.substring(0, w.length() - 1);
                String then = command ? null : FINISHED.get(inf);
                if (then != null) {
                    // 수업 끝나서 … 먹자 → 끝나고: the end of an event before a proposal (session 10, eval16c)
                    return Optional.of(new Finding(ErrorCategory.ENDING, w, then, "ending/sequence_before_proposal"));
                }
                String because = because(inf, i > 0 ? words.get(i - 1) : "");
                if (because == null && (PLACES.contains(w) || KnownWords.noun(inf) && !KnownWords.contentWord(w))) {
                    continue; // 여기서, 학교서: a place, not a clause
                }
                boolean taskSaysIt = command && accepted.stream().anyMatch(a -> (" " + a + " ").contains(" " + w + " "));
                return because == null || command && (!m.verbal() || taskSaysIt) ? Optional.empty()
                        : Optional.of(new Finding(ErrorCategory.ENDING, w, because, "ending/reason_before_proposal"));
            }
            if (!w.endsWith("에서") && CONNECTIVES.stream().anyMatch(w::endsWith) && !KnownWords.noun(w)
                    || command && i < last - 1 && m.verbal() && m.morphemes().getLast().is("EC")) {
                return Optional.empty(); // another clause between
            }
        }
        return Optional.empty();
    }

    /** The -(으)니까 form of a state predicate's -아/어 form (비싸 → 비싸니까, 추워 → 추우니까); else null. */
    static String because(String inf, String before) {
        if (inf.endsWith("워") && inf.length() >= 2) {
            String head = inf.substring(0, inf.length() - 1);
            char c = head.charAt(head.length() - 1);
            if (Hangul.isSyllable(c) && !Hangul.hasFinal(c)) {
                String stem = head.substring(0, head.length() - 1) + (char) (c + 17); // ㅂ final
                if (adjective(stem)) {
                    return head + "우니까"; // (추워서 → 추우니까)
                }
            }
        }
        for (String stem : stemsOf(inf)) {
            if (!inf.equals(SpeechLevels.infinitive(stem))) {
                continue;
            }
            boolean seem = stem.equals("보이") && infinitiveForm(before);
            boolean state = (dictionaryStem(stem) || hadaStem(stem)) && adjective(stem) || stem.endsWith("있")
                    || stem.endsWith("없");
            if (seem || state) {
                char c = stem.charAt(stem.length() - 1);
                if (Hangul.hasRieulFinal(c)) {
                    return stem.substring(0, stem.length() - 1) + Hangul.withoutFinal(c) + "니까";
                }
                return stem + (Hangul.hasFinal(c) ? "으니까" : "니까");
            }
        }
        return null;
    }

    /**
     * Whether the sentence ends in a proposal ({@link #proposal}) or a command ({@link #command}).
     *
     * @param words    the sentence's words without punctuation
     * @param read     Nori's reading of the words, one per word, or null (then only a proposal is read)
     * @param accepted the normalised accepted answers
     */
    static boolean proposalOrCommand(List<String> words, List<Morphology.Word> read, List<String> accepted) {
        return proposal(words) || read != null && command(words, read.getLast(), accepted);
    }

    /**
     * Whether the sentence ends in the proposal -자 or -(으)ㅂ시다. Requests (-아/어 주세요) are left
     * alone: accepted answers of the gold sets link them with -아/어서 (늦어서 좀 빨리 가 주세요).
     */
    static boolean proposal(List<String> words) {
        String w = words.getLast();
        if (w.endsWith("시다") && w.length() >= 3) {
            char c = w.charAt(w.length() - 3);
            return Hangul.isSyllable(c) && Hangul.finalIndex(c) == Hangul.Final.B; // 갑시다, 먹읍시다
        }
        if (w.endsWith("자") && w.length() >= 2) {
            // 가자 is also a dictionary noun (茄子); the stem before -자 decides
            String stem = w.substring(0, w.length() - 1);
            var tags = KnownWords.tags(stem);
            return dictionaryStem(stem) || hadaStem(stem) || tags.contains(org.apache.lucene.analysis.ko.POS.Tag.VV);
        }
        return false;
    }

    /**
     * Whether the sentence ends in a command: the plain -아/어라 of a verb (먹어라) or -지
     * 마(세요) (나가지 마세요), whatever the task says; or a -(으)세요/-(으)십시오 that an accepted answer ends a
     * sentence with, since both also make honorific statements (할머니가 피곤하셔서 주무세요). A request with 주다
     * (닫아 주세요) is none: accepted answers of the gold sets link it with -아/어서 (session 19).
     *
     * @param words    the sentence's words without punctuation
     * @param last     Nori's reading of the last word
     * @param accepted the normalised accepted answers
     */
    static boolean command(List<String> words, Morphology.Word last, List<String> accepted) {
        int k = words.size() - 1;
        String w = words.get(k);
        if (last.morphemes().isEmpty()) {
            return false;
        }
        if (last.morphemes().getFirst().is("VV") && PLAIN_IMPERATIVE.contains(last.morphemes().getLast().form())
                && w.endsWith("라")) {
            return true; // 먹어라
        }
        if (k >= 1 && DONT.contains(w) && words.get(k - 1).endsWith("지")) {
            return true; // 나가지 마세요
        }
        return (w.endsWith("세요") || w.endsWith("십시오")) && !w.endsWith("주세요") && !w.endsWith("주십시오")
                && accepted.stream().anyMatch(a -> SpeechLevels.sentences(a).stream()
                        .anyMatch(sentence -> sentence.getLast().equals(w)));
    }

    /** 확인해 주겠습니까 → 주시겠습니까: a formal request of the listener without -(으)시-. */
    static Optional<Finding> requestWithoutSi(String w) {
        int at = w.indexOf("주겠습니까");
        if (at < 0 || at > 0 && !infinitiveForm(w.substring(0, at))) {
            return Optional.empty();
        }
        return Optional.of(new Finding(ErrorCategory.HONORIFIC, w, w.replace("주겠습니까", "주시겠습니까"),
                "honorific/si_missing"));
    }

    /** 두 장 주십니까 → 주십시오: a request asked as whether the listener gives, with no subject. */
    static Optional<Finding> requestQuestion(List<String> words) {
        String w = words.getLast();
        if (!w.endsWith("주십니까") || words.size() < 2) {
            return Optional.empty();
        }
        for (Morphology.Word x : Morphology.analyse(String.join(" ", words))) {
            if (x.morphemes().stream().anyMatch(m -> m.is("JKS") || m.is("JX") && (m.form().equals("은")
                    || m.form().equals("는")))) {
                return Optional.empty(); // 선생님이 숙제를 주십니까?: a question about someone
            }
        }
        return Optional.of(new Finding(ErrorCategory.ENDING, w, w.substring(0, w.length() - 3) + "십시오",
                "ending/request_question"));
    }

    /** 버스는 어디에서 출발하십니까 → 출발합니까: -(으)시- with a vehicle as the subject. */
    static Optional<Finding> vehicleHonoured(List<String> words) {
        String last = words.getLast();
        String plain = SpeechLevels.plainForm(last);
        if (plain == null || plain.equals(last)) {
            return Optional.empty();
        }
        int si = siAt(last);
        if (si < 0 || MOTION.stream().noneMatch(st -> last.substring(0, si).endsWith(st))) {
            return Optional.empty();
        }
        for (int i = words.size() - 2; i >= 0; i--) {
            String w = words.get(i);
            String noun = subjectNoun(w);
            if (noun == null) {
                continue;
            }
            // (선배 ends in 배 but is a person: 제 선배가 오셨어요 stays; session 16)
            if (VEHICLES.stream().anyMatch(noun::endsWith) && !MisplacedSi.person(noun)) {
                return Optional.of(new Finding(ErrorCategory.HONORIFIC, last, plain, "honorific/si_thing"));
            }
            return Optional.empty(); // the nearest subject is someone else (기사님이 …)
        }
        return Optional.empty();
    }

    /** Where -(으)시- starts in the word (출발하|십니까), or -1. */
    private static int siAt(String w) {
        for (String f : List.of("으셨", "셨", "으셔", "셔", "으세요", "세요", "으십니", "십니", "으시", "시")) {
            int at = w.indexOf(f);
            if (at > 0) {
                return at;
            }
        }
        return -1;
    }

    /** The noun of a subject or topic word (버스는 → 버스, 기차가 → 기차); null for other words. */
    private static String subjectNoun(String w) {
        for (String p : List.of("께서는", "께서", "은", "는", "이", "가")) {
            if (w.endsWith(p) && w.length() > p.length()) {
                String n = w.substring(0, w.length() - p.length());
                if (KnownWords.noun(n) || VEHICLES.contains(n) || HonorificWords.honoured(n)) {
                    return n;
                }
            }
        }
        return null;
    }

    /** 잃어버렸어서 → 잃어버려서, 갔어서 → 가서: -았/었- before -아/어서. */
    static Optional<Finding> pastBeforeSeo(String w) {
        if (!w.endsWith("어서") || w.length() < 3) {
            return Optional.empty();
        }
        char p = w.charAt(w.length() - 3);
        if (!Hangul.isSyllable(p) || Hangul.finalIndex(p) != Hangul.Final.SS || p == '있' || KnownWords.noun(w)) {
            return Optional.empty(); // ㅆ final; 있어서 (있다) is no past
        }
        String head = w.substring(0, w.length() - 3);
        char open = (char) (p - 20);
        String fixed = head + open + "서";
        // the form before 서 must be a verb's -아/어 form (잃어버려 of 잃어버리, 가 of 가)
        String inf = head + open;
        boolean verb = stemsOf(inf).stream().anyMatch(s -> inf.equals(SpeechLevels.infinitive(s))
                && endsInStem(s)) || dictionaryStem(inf) || pastSentenceEnd(w.substring(0, w.length() - 1) + "요");
        return verb ? Optional.of(new Finding(ErrorCategory.ENDING, w, fixed, "ending/past_before_aseo"))
                : Optional.empty();
    }

    /**
     * Whether Nori reads {@code w} (the learner's -았/었어서 word with 요 for 서: 갔어요, 났어요) as one verb or
     * adjective stem + the past -았/었- + a sentence ending. For stems of one syllable, which Nori does not
     * read alone in the dictionary form (가다 as 갈다, 나다 as 나 + 이다), so that {@link #dictionaryStem}
     * misses them; the past form is unambiguous (한국어기초사전 '-었-').
     */
    private static boolean pastSentenceEnd(String w) {
        List<Morphology.Word> read = Morphology.analyse(w);
        if (read.size() != 1) {
            return false;
        }
        List<Morphology.Morpheme> m = read.getFirst().morphemes();
        return m.size() == 3 && m.get(0).is("VV", "VA") && m.get(1).is("EP") && m.get(2).is("EF")
                && (m.get(1).form().startsWith("았") || m.get(1).form().startsWith("었"));
    }

    /**
     * The stems whose -아/어 form may be {@code inf}: 찍어 → 찍, 봐 → 보, 해 → 하, 보여 → 보이, 써 → 쓰,
     * 비싸 → 비싸, 아파 → 아프 (the regular contractions of 한글 맞춤법 제34–36항).
     */
    static List<String> stemsOf(String inf) {
        List<String> out = new ArrayList<>();
        if (inf.isEmpty()) {
            return out;
        }
        char c = inf.charAt(inf.length() - 1);
        String head = inf.substring(0, inf.length() - 1);
        if (!Hangul.isSyllable(c)) {
            return out;
        }
        if ((c == '아' || c == '어') && !head.isEmpty()) {
            out.add(head);
        }
        if (c == '해') {
            out.add(head + "하");
        }
        int cho = Hangul.initialIndex(c);
        int jung = Hangul.medialIndex(c);
        if (Hangul.hasFinal(c)) {
            return out;
        }
        int[][] pairs = {{9, 8}, {14, 13}, {6, 20}, {0, 18}, {4, 18}, {0, 0}, {4, 4}, {1, 1}, {5, 5}, {10, 11}};
        for (int[] pr : pairs) {
            if (jung == pr[0]) {
                out.add(head + Hangul.compose(cho, pr[1], Hangul.Final.NONE));
            }
        }
        return out;
    }

    /** Whether the word is a -아/어 form (싱싱해, 좋아, 맛있어, 커) before 보이다 'seem'. */
    private static boolean infinitiveForm(String w) {
        if (w.isEmpty()) {
            return false;
        }
        for (String stem : stemsOf(w)) {
            if (w.equals(SpeechLevels.infinitive(stem)) && (dictionaryStem(stem) || hadaStem(stem)
                    || stem.endsWith("있") || stem.endsWith("없"))) {
                return true;
            }
        }
        return w.endsWith("워") || w.endsWith("와") && w.length() > 1;
    }

    /** Whether the stem or its tail is a verb's or adjective's stem (잃어버리: 버리; 운동하: 운동 + 하). */
    private static boolean endsInStem(String s) {
        for (int k = 0; k < s.length(); k++) {
            if (dictionaryStem(s.substring(k)) || hadaStem(s.substring(k))) {
                return true;
            }
        }
        return false;
    }

    /** 공부하, 피곤하: a noun or root with -하다. */
    private static boolean hadaStem(String s) {
        return s.length() > 1 && s.endsWith("하") && (KnownWords.noun(s.substring(0, s.length() - 1))
                || KnownWords.tags(s.substring(0, s.length() - 1)).contains(org.apache.lucene.analysis.ko.POS.Tag.XR));
    }

    /** Whether {@code s} + 다 reads as an adjective (비싸다, 피곤하다, 재미있다), not a verb. */
    private static boolean adjective(String s) {
        List<Morphology.Word> read = Morphology.analyse(s + "다");
        if (read.size() != 1) {
            return false;
        }
        List<Morphology.Morpheme> m = read.getFirst().morphemes();
        return m.stream().anyMatch(x -> x.is("VA", "XSA")) && m.stream().noneMatch(x -> x.is("VV", "XSV"));
    }

    /** Whether {@code s} + 다 is a verb's or adjective's dictionary form read by Nori as that stem. */
    private static boolean dictionaryStem(String s) {
        List<Morphology.Word> read = Morphology.analyse(s + "다");
        return read.size() == 1 && !read.getFirst().morphemes().isEmpty()
                && read.getFirst().morphemes().getFirst().is("VV", "VA")
                && read.getFirst().morphemes().getFirst().form().equals(s);
    }
}
