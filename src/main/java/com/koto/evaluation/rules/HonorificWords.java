package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.Register;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Honorific words on the learner's own words, whatever the accepted answer says (session 6, issue
 * 11 item 4): the pronoun's level and the honorific vocabulary of an honoured person. Each finding
 * is the learner's word as written and that word corrected, category {@code honorific}:
 * <ul>
 *   <li>{@code honorific/humble_pronoun}: the plain 나/내 in a polite or formal activity (유심을 내 폰에
 *       넣어 주세요 → 제; 나는 → 저는): to a clerk or a stranger the speaker humbles themself with 저/제/저희;</li>
 *   <li>{@code honorific/plain_pronoun}: the humble 저/제 in a 반말 sentence of a casual activity (저랑 콘서트
 *       보러 갈래? → 나랑): one sentence speaks at one level;</li>
 *   <li>{@code honorific/verb}: 있다, 먹다/마시다, 자다 of an honoured person, addressed (할머니, 밥 먹었어요? →
 *       드셨어요) or named bare before the verb (아저씨 집에 있어요? → 계세요): 계시다, 드시다, 주무시다 (and
 *       {@code honorific/si_missing} where a verb has no word of its own and takes -(으)시-);</li>
 *   <li>{@code honorific/noun}: the honoured person's age and name asked with the plain nouns
 *       (할아버지, 몇 살이에요? → 연세가 어떻게 되세요; 나이가 → 연세가; 이름이 뭐예요? → 성함이 어떻게 되세요).</li>
 * </ul>
 * Politer than needed is never corrected (저는 to a friend with 해요체 passes: the 해요체 ending is the
 * level {@link SpeechLevels} judges). The honoured person is read from the answer itself (a vocative,
 * a bare title before the verb) or from the activity's context as the app sends it (the scene and the
 * task: a guest, a customer, a grandparent).
 * <p>Sources: 국립국어원 『표준 언어 예절』 (2011; 2019 개정판), 높임법: 자기를 낮추는 말 저/제/저희,
 * 계시다·드시다·주무시다, 연세·성함·댁 (the honoured person's own things); Sohn, <i>The Korean Language</i>
 * (1999), ch. 9 (honorific and humble vocabulary; speech levels are not mixed in one utterance);
 * Yeon &amp; Brown, <i>Korean: A Comprehensive Grammar</i> (2019), on honorifics (suppletive honorific
 * verbs, 연세 for 나이, 성함 for 이름; humble 저 for 나).
 */
final class HonorificWords {

    /** A sentence mark, a comma or ~. */
    private static final Pattern PUNCTUATION_TILDE = Pattern.compile("[.?!,~]");
    /** -(으)시- at the start of an ending. */
    private static final Pattern HONORIFIC_SI_START = Pattern.compile("(으)?(시|셨|세|셔|십).*");
    /** One or more white-space characters. */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** -시- in any of its forms. */
    private static final Pattern HONORIFIC_SI = Pattern.compile(".*(시|셨|세|셔|십).*");

    private HonorificWords() {
    }

    /** Time and manner words that may stand between a bare subject and its verb (지금, 오늘 …). */
    private static final Set<String> ADVERBS = Set.of("지금", "오늘", "내일", "어제", "아직", "혹시", "요즘", "저녁에",
            "아침에", "오후에", "오전에", "잠깐", "잠시", "계속", "잘", "푹", "일찍", "벌써", "많이", "그동안", "그간");

    /** Words before a question that leave the noun after them unpossessed (혹시 이름이 …). */
    private static final Set<String> OPENERS = Set.of("혹시", "실례지만", "저기요", "저", "죄송하지만", "그런데", "근데");

    /**
     * The task asks an honoured person in the activity's context (ask the guest, ask your friend's
     * grandfather): that person is the listener. A person named otherwise (the scene's teacher, the
     * other guest) does not make the listener honoured.
     */
    private static final Pattern HONOURED_CONTEXT = Pattern.compile("\\bask(?:ing)? (?:the|a|an|your|this) "
            + "(?:friend's |friend’s )?(?:guest|customer|grandfather|grandmother|grandparents?|elderly \\w+|teacher|professor)\\b");

    /** Time words after which a bare 저 is the pronoun, not the demonstrative (저 이번 주말에 …). */
    private static final Set<String> TIME_WORDS = Set.of("이번", "오늘", "내일", "어제", "지금", "요즘", "다음",
            "다음주", "주말에", "이번주", "나중에", "이따가", "먼저", "아까", "벌써", "아직");

    /**
     * The findings on the learner's raw answer.
     *
     * @param raw      the answer as typed (punctuation separates sentences)
     * @param register the activity's register
     * @param accepted the activity's accepted answers (a level they use themselves is not corrected)
     * @param context  the activity's description as the app sends it (English; may be null)
     * @return findings of category {@code honorific}, possibly empty
     */
    static List<Finding> find(String raw, Register register, List<String> accepted, String context) {
        List<Finding> out = new ArrayList<>();
        if (raw.contains("\"") || raw.contains("'") || raw.contains("“") || raw.contains("‘")) {
            return out; // quoted speech keeps the quoted speaker's level
        }
        greetings(raw, out);
        apologies(raw, register, accepted, context, out);
        List<List<String>> sentences = SpeechLevels.sentences(raw);
        boolean honouredContext = context != null
                && HONOURED_CONTEXT.matcher(context.toLowerCase(Locale.ROOT)).find();
        String addressee = null; // the honoured listener called by name in an earlier sentence
        for (List<String> words : sentences) {
            List<Morphology.Word> analysed = SpeechLevels.analysed(String.join(" ", words));
            if (analysed.size() != words.size()) {
                continue;
            }
            boolean question = raw.contains(words.getLast() + "?");
            if (register != Register.CASUAL && accepted.stream().noneMatch(HonorificWords::plainPronoun)) {
                plainPronouns(words, analysed, out);
            }
            if (register == Register.CASUAL && plainEnd(words, analysed)
                    && accepted.stream().noneMatch(HonorificWords::humblePronoun)) {
                humblePronouns(words, analysed, !raw.contains("저,") && !raw.contains("저…"), out);
            }
            int vocative = vocative(words, raw);
            if (question && (vocative >= 0 || honouredContext && register != Register.CASUAL)) {
                askedOfTheHonoured(words, analysed, vocative + 1, out);
            }
            if (vocative >= 0 && question) {
                addresseesVerb(words, analysed, vocative + 1, words.get(vocative), out);
            } else if (vocative < 0 && question && addressee != null) {
                // 할아버지, 안녕하십니까? 밥 먹었습니까?: the listener called in an earlier sentence is still the
                // one asked (표준 언어 예절: the honoured listener's own acts take -(으)시- in every sentence)
                addresseesVerb(words, analysed, 0, addressee, out);
            }
            if (vocative >= 0) {
                addressee = words.get(vocative);
            }
            bareSubject(words, analysed, question, out);
            namedSubject(words, analysed, accepted, out);
            listenersAct(words, analysed, raw, out);
            if (vocative < 0 && addressee == null) {
                placeStays(words, analysed, accepted, out);
            }
            ownHonorificNoun(words, out);
            honorificNounAsked(words, out);
        }
        return out;
    }

    /** The activity names someone the speaker defers to (a teacher, a boss, a customer, an elder). */
    private static final Pattern SUPERIOR_CONTEXT = Pattern.compile("\\b(?:teacher|professor|boss|manager|team leader|"
            + "supervisor|superior|senior|director|principal|customer|client|guest|grandfather|grandmother|grandparents?|"
            + "elder(?:ly)?|interviewer|landlord|doctor)\\b");

    /** A form of 미안하다 at the polite or formal level, or before a clause (미안합니다, 미안해요, 미안하지만). */
    private static final Pattern MIAN_FORM = Pattern.compile("미안(합니다|합니다만|해요|했습니다|했어요|하지만|하지만요|"
            + "해서|해서요|하게|하다는|했는데|한데|하고)");

    /**
     * 미안합니다 to a superior → 죄송합니다 ({@code honorific/apology}; session 27, s27d): 미안하다 apologises to an
     * equal or a junior, 죄송하다 to someone one defers to (a teacher, a boss, a customer, an elder); the 해요 or
     * 합니다 ending alone does not make 미안하다 deferent (표준국어대사전 '죄송하다' 「형용사」 "죄스러울 정도로 황송하다",
     * '미안하다'; 국립국어원 『표준 언어 예절』 (2011), 사과하는 말: 윗사람에게는 '죄송합니다'). Read only in a polite or
     * formal activity whose accepted answers apologise with 죄송하다 and never with 미안하다, where the activity is
     * formal or names someone the speaker defers to (its context, or a title with 님 or a kin term of respect in the
     * answer or an accepted answer). 미안해 to a friend, and any activity whose accepted answers say 미안하다, pass.
     * The correction keeps the ending (미안해요 → 죄송해요, 미안하지만 → 죄송하지만).
     */
    private static void apologies(String raw, Register register, List<String> accepted, String context,
            List<Finding> out) {
        if (register == Register.CASUAL || accepted.stream().noneMatch(a -> a.contains("죄송"))
                || accepted.stream().anyMatch(a -> a.contains("미안"))) {
            return;
        }
        boolean superior = register == Register.FORMAL
                || context != null && SUPERIOR_CONTEXT.matcher(context.toLowerCase(Locale.ROOT)).find()
                || java.util.stream.Stream.concat(java.util.stream.Stream.of(raw), accepted.stream())
                        .flatMap(a -> java.util.Arrays.stream(SPACES.split(PUNCTUATION_TILDE.matcher(a).replaceAll(" ").strip())))
                        .map(w -> ArgumentCheck.stemAndParticle(w)[0])
                        .anyMatch(w -> honoured(w) && !w.equals("님"));
        if (!superior) {
            return;
        }
        for (List<String> words : SpeechLevels.sentences(raw)) {
            for (String w : words) {
                String bare = w.startsWith("정말") ? w.substring(2) : w;
                if (bare.startsWith("미안") && MIAN_FORM.matcher(bare).matches()) {
                    out.add(new Finding(ErrorCategory.HONORIFIC, w, formalApology(w.replace("미안", "죄송"), raw),
                            "honorific/apology"));
                }
            }
        }
    }

    /** A sentence of the learner's in 합쇼체: -(스)ㅂ니다 or -(스)ㅂ니까 at its end. */
    private static final Pattern FORMAL_END = Pattern.compile("(니다|니까)[.?!~]*(\\s|$)");

    /**
     * The corrected apology at the learner's own level: where the learner's other sentences are in 합쇼체 (미안해요. 배송이
     * 이틀 늦어질 것 같습니다.), 죄송해요 is 죄송합니다 and 죄송했어요 죄송했습니다, the set phrase of a formal apology
     * (국립국어원 『표준 언어 예절』 2011, 사과하는 말: '죄송합니다'; Sohn 1999 ch. 9 on the deferential level), so one
     * correction names the word at the level the answer keeps (session 38, s38a); otherwise, and for other endings
     * (죄송하지만), as written. An answer all in 해요체 keeps 죄송해요: 해요체 is accepted in a formal activity.
     */
    static String formalApology(String apology, String raw) {
        if (!FORMAL_END.matcher(raw).find()) {
            return apology;
        }
        if (apology.endsWith("죄송해요")) {
            return apology.substring(0, apology.length() - 2) + "합니다";
        }
        if (apology.endsWith("죄송했어요")) {
            return apology.substring(0, apology.length() - 3) + "했습니다";
        }
        return apology;
    }

    /** Honorific nouns (the honoured person's own things) → the plain noun one uses of oneself. */
    private static final java.util.Map<String, String> HONORIFIC_NOUNS = java.util.Map.of("성함", "이름", "연세", "나이",
            "생신", "생일", "댁", "집", "진지", "밥");

    /** The speaker's own possessive: 제, 저의 (humble) and 내, 나의 (plain). */
    private static final Set<String> MY = Set.of("제", "저의", "내", "나의");

    /**
     * 제 성함은 안디입니다 → 제 이름은 ({@code honorific/self_noun}): the honorific nouns 성함, 연세, 생신, 댁
     * and 진지 raise their owner, so one never uses them of oneself; one's own name, age, birthday, home
     * and meal take the plain noun (표준 언어 예절, 국립국어원 2011: '성함' and '연세' are said of the other
     * person; 표준국어대사전 '성함' 「명사」 "'이름'의 높임말"; Sohn 1999, on honorific nouns: speakers
     * never elevate themselves). Only right after the speaker's own possessive (제, 저의, 내, 나의), where
     * the owner is certain; the particle is re-formed after the plain noun (진지를 → 밥을).
     */
    private static void ownHonorificNoun(List<String> words, List<Finding> out) {
        for (int i = 0; i + 1 < words.size(); i++) {
            if (!MY.contains(words.get(i))) {
                continue;
            }
            String word = words.get(i + 1);
            for (var e : HONORIFIC_NOUNS.entrySet()) {
                if (!word.startsWith(e.getKey())) {
                    continue;
                }
                String rest = word.substring(e.getKey().length());
                if (!rest.isEmpty() && Particles.of(rest).isEmpty()) {
                    continue; // 댁내, 연세대: another word
                }
                String particle = rest.isEmpty() ? "" : Particles.of(rest).map(pt -> pt.formAfter(e.getValue())).orElse(rest);
                out.add(new Finding(ErrorCategory.HONORIFIC, word, e.getValue() + particle, "honorific/self_noun"));
            }
        }
    }

    /** 되다 without -(으)시- as it closes a question → the form with it. */
    private static final java.util.Map<String, String> BECOME_HONOURED = java.util.Map.of("돼요", "되세요", "되요",
            "되세요", "됩니까", "되십니까", "되나요", "되시나요", "되죠", "되시죠", "돼", "되세요");

    /**
     * 연세가 어떻게 돼요 → 되세요, 성함이 어떻게 됩니까 → 되십니까: an honorific noun (성함, 연세, 생신) asked
     * with 어떻게 되다 raises its owner, and the predicate agrees with -(으)시- (간접 높임: 국립국어원 『표준
     * 언어 예절』 2011, 높여야 할 대상의 신체, 소유물 … 을 높임; Sohn 1999 on subject honorification). Not of
     * oneself (제 성함은: {@link #ownHonorificNoun}). Subtype {@code honorific/si_missing}.
     */
    private static void honorificNounAsked(List<String> words, List<Finding> out) {
        for (int i = 0; i + 2 < words.size(); i++) {
            String w = words.get(i);
            String noun = HONORIFIC_NOUNS.keySet().stream().filter(w::startsWith).findFirst().orElse(null);
            if (noun == null || noun.equals("댁") || noun.equals("진지") || i > 0 && MY.contains(words.get(i - 1))
                    || !Set.of("", "이", "가", "은", "는", "을", "를").contains(w.substring(noun.length()))
                    || !words.get(i + 1).equals("어떻게") || i + 3 != words.size()) {
                continue;
            }
            String last = words.get(i + 2);
            String fixed = BECOME_HONOURED.get(last);
            if (fixed != null) {
                out.add(new Finding(ErrorCategory.HONORIFIC, last, fixed, "honorific/si_missing"));
            }
        }
    }

    /**
     * The possessive 내 'my' that Nori reads as a determiner (MM: 내 방에서 와이파이가 안 돼요; session 36, s36d):
     * 표준국어대사전 '내' 「대명사」 ② '나의'의 준말, so a bare 내 before a noun is the plain pronoun whatever tag the
     * analyser gives it. Only the word 내 itself.
     */
    private static boolean possessiveDeterminer(List<String> words, List<Morphology.Word> analysed, int i) {
        List<Morphology.Morpheme> m = analysed.get(i).morphemes();
        return words.get(i).equals("내") && i + 1 < words.size() && m.size() == 1 && m.getFirst().is("MM")
                && m.getFirst().form().equals("내");
    }

    /**
     * Whether a bare 나 stands before a noun marked with the subject particle 이/가 (나 피부가 건조해요): the noun is
     * the speaker's own (a body part, a thing), so the humble form is the possessive 제 'my' (제 피부가), as 나 there
     * is the spoken possessor without 의 (Sohn 1999, on the genitive 의 dropped in speech; 표준 언어 예절 2011, 제 for
     * 나의). The particle is read as written (피부이 with the wrong allomorph too); session 36, s36d.
     */
    private static boolean possessorBeforeSubject(List<String> words, List<Morphology.Word> analysed, int i) {
        if (i + 1 >= words.size()) {
            return false;
        }
        String next = PUNCTUATION_TILDE.matcher(words.get(i + 1)).replaceAll("");
        if (next.length() < 2 || !(next.endsWith("이") || next.endsWith("가"))) {
            return false;
        }
        List<Morphology.Morpheme> m = analysed.get(i + 1).morphemes();
        return m.size() == 2 && m.getFirst().is("NNG")
                && m.getFirst().form().equals(next.substring(0, next.length() - 1));
    }

    /** 나, 내 … as Nori reads them: the pronoun 나 (NP), not the verb 나다 (고장 난). */
    private static boolean plainPronoun(Morphology.Word w) {
        return !w.morphemes().isEmpty() && w.morphemes().getFirst().is("NP")
                && PLAIN_FORMS.contains(PUNCTUATION_TILDE.matcher(w.surface()).replaceAll(""));
    }

    /** The plain first-person pronoun with the particles it takes (나는 and 난, 나를 and 날). */
    private static final Set<String> PLAIN_FORMS = Set.of("나", "나는", "난", "내", "내가", "나도", "나랑", "나하고",
            "나를", "날", "나한테", "나에게", "나의", "나만", "내게", "나보다");

    /** The humble first-person pronouns with their particles (저는 and 전, 저를 and 절). */
    private static final Set<String> HUMBLE_FORMS = Set.of("저", "저는", "전", "제", "제가", "저도", "저랑", "저하고",
            "저를", "절", "저한테", "저에게", "저의", "저만", "제게", "저보다", "저희", "저희는", "저희가", "저희도",
            "저희랑", "저희를", "저희한테");

    private static boolean plainPronoun(String sentence) {
        return SpeechLevels.analysed(PUNCTUATION_TILDE.matcher(sentence).replaceAll(" ").trim()).stream()
                .anyMatch(HonorificWords::plainPronoun);
    }

    /** 저, 제, 저희 … as Nori reads them (the humble pronoun, NP). */
    private static boolean humblePronoun(Morphology.Word w) {
        return !w.morphemes().isEmpty() && w.morphemes().getFirst().is("NP")
                && HUMBLE_FORMS.contains(PUNCTUATION_TILDE.matcher(w.surface()).replaceAll(""));
    }

    private static boolean humblePronoun(String sentence) {
        return SpeechLevels.analysed(PUNCTUATION_TILDE.matcher(sentence).replaceAll(" ").trim()).stream()
                .anyMatch(HonorificWords::humblePronoun);
    }

    /**
     * The possessive 내 'my' that Nori reads as the verb 내다 + -어 (부장님, 내 보고서 좀 봐 주세요 is read 내어
     * 보고서): 내 standing bare before a dictionary noun (with or without its particle) modifies that noun, as
     * 나의 does (표준국어대사전 '내' 「대명사」 ② '나의'의 준말; Sohn 1999, on pronouns). The verb 내다 takes its
     * object before it (돈을 내 주세요), so a bare 내 before a noun is the pronoun.
     */
    private static boolean possessiveReadAsVerb(List<String> words, List<Morphology.Word> analysed, int i) {
        if (!words.get(i).equals("내") || i + 1 >= words.size()) {
            return false;
        }
        List<Morphology.Morpheme> m = analysed.get(i).morphemes();
        if (m.size() != 2 || !m.getFirst().is("VV") || !m.getFirst().form().equals("내")) {
            return false;
        }
        String next = PUNCTUATION_TILDE.matcher(words.get(i + 1)).replaceAll("");
        return KnownWords.noun(next) || KnownWords.noun(ArgumentCheck.stemAndParticle(next)[0]);
    }

    private static final java.util.regex.Pattern FIRST_MEETING = java.util.regex.Pattern.compile(
            "(^|[\\s.,!?])처음 (보겠습니다|보겠어요)");
    private static final java.util.regex.Pattern LEAVING = java.util.regex.Pattern.compile(
            "먼저 (가|들어가|퇴근하|일어나|나가)(겠습니다|겠어요|ㄹ게요|볼게요)|먼저 (갈|들어갈|퇴근할|일어날|나갈)게요");
    private static final java.util.regex.Pattern GO_WELL = java.util.regex.Pattern.compile("안녕히 (가세요|가십시오)");

    /**
     * The fixed honorific greetings (표준 언어 예절 2011, 인사말): at a first meeting 처음 뵙겠습니다, with the
     * humble 뵙다 'see (a superior)', never the plain 보다 (처음 보겠습니다 → 뵙겠습니다); and on parting the one
     * who leaves says 안녕히 계세요/계십시오 'stay well' to those who stay, who answer 안녕히 가세요 'go well':
     * a speaker who says he is leaving first (먼저 가겠습니다, 먼저 퇴근하겠습니다) and then 안녕히 가세요 wishes
     * the staying listener a good journey (안녕히 가세요 → 안녕히 계세요). Category {@code honorific}, subtype
     * {@code honorific/verb} for 뵙다 and {@code honorific/farewell} for the parting (as {@link PreChecks} gives
     * it where the accepted answer has the other farewell).
     */
    private static void greetings(String raw, List<Finding> out) {
        java.util.regex.Matcher first = FIRST_MEETING.matcher(raw);
        if (first.find()) {
            String w = first.group(2);
            out.add(new Finding(ErrorCategory.HONORIFIC, w, w.replace("보겠", "뵙겠"), "honorific/verb"));
        }
        java.util.regex.Matcher leaving = LEAVING.matcher(raw);
        if (leaving.find()) {
            java.util.regex.Matcher go = GO_WELL.matcher(raw);
            if (go.find(leaving.end())) {
                String w = go.group();
                out.add(new Finding(ErrorCategory.HONORIFIC, w, w.replace("가", "계"), "honorific/farewell"));
            }
        }
    }

    /** 나는 → 저는, 내 → 제, 난 → 전, 날 → 저를 (표준 언어 예절: 자기를 낮추는 말). */
    private static void plainPronouns(List<String> words, List<Morphology.Word> analysed, List<Finding> out) {
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (!plainPronoun(analysed.get(i)) && !possessiveReadAsVerb(words, analysed, i)
                    && !possessiveDeterminer(words, analysed, i)) {
                continue;
            }
            String fixed = switch (w) {
                case "난" -> "전";
                case "날" -> "저를";
                case "내게" -> "제게";
                case "나" -> possessorBeforeSubject(words, analysed, i) ? "제" : "저";
                default -> w.startsWith("나") ? "저" + w.substring(1) : "제" + w.substring(1);
            };
            out.add(new Finding(ErrorCategory.HONORIFIC, w, fixed, "honorific/humble_pronoun"));
        }
    }

    /**
     * 저는 → 나는, 제가 → 내가, 저랑 → 나랑, 저희 → 우리, in a 반말 sentence; a bare 저 opening the sentence
     * before a time word (저 이번 주말에 …) or before nothing but adverbs and the predicate (저 너무 힘들어:
     * the demonstrative 저 would stand before a noun, 저 큰 등; the hesitation 저, takes a comma, so
     * {@code bareAllowed} is false when the answer writes one).
     */
    private static void humblePronouns(List<String> words, List<Morphology.Word> analysed, boolean bareAllowed,
            List<Finding> out) {
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            boolean bare = w.equals("저") && i == 0 && i + 1 < words.size() && (TIME_WORDS.contains(words.get(i + 1))
                    || bareAllowed && onlyAdverbsBefore(analysed, i + 1, words.size() - 1));
            if (!bare && !humblePronoun(analysed.get(i))) {
                continue;
            }
            String fixed = w.startsWith("저희") ? "우리" + w.substring(2)
                    : w.equals("전") ? "난"
                    : w.equals("절") ? "날"
                    : w.startsWith("저") ? "나" + w.substring(1)
                    : "내" + w.substring(1);
            out.add(new Finding(ErrorCategory.HONORIFIC, w, fixed, "honorific/plain_pronoun"));
        }
    }

    /** Whether the words from {@code from} up to the last one are adverbs (Nori's MAG: 너무, 진짜, 좀), at least one. */
    private static boolean onlyAdverbsBefore(List<Morphology.Word> analysed, int from, int last) {
        if (from >= last) {
            return false;
        }
        for (int j = from; j < last; j++) {
            Morphology.Word m = analysed.get(j);
            if (m.morphemes().size() != 1 || !m.startsWith("MAG")) {
                return false;
            }
        }
        return true;
    }

    /** Whether the sentence ends in a 반말 predicate (갈래, 갈 거야), as {@link SpeechLevels} reads one. */
    private static boolean plainEnd(List<String> words, List<Morphology.Word> analysed) {
        String end = words.getLast();
        if (end.endsWith("요") || end.endsWith("니다") || end.endsWith("니까") || end.endsWith("시다")) {
            return false;
        }
        return analysed.getLast().verbal() && PredicateFeatures.level(end, true) == PredicateFeatures.Level.PLAIN;
    }

    /** The index of an honoured addressee opening the sentence (할머니, / 김 선생님,), or -1. */
    private static int vocative(List<String> words, String raw) {
        for (int i = 0; i < Math.min(2, words.size() - 1); i++) {
            if (honoured(words.get(i)) && raw.contains(words.get(i) + ",")) {
                return i;
            }
        }
        return -1;
    }

    /** Verbs of what an audience addressed as 여러분 does itself (eat, drink, come, go, sit, wait, use, attend). */
    private static final Set<String> AUDIENCE_ACTS = Set.of("먹", "마시", "오", "가", "앉", "기다리", "이용하", "참석하",
            "방문하");

    /** Thanks that follow the thanked person's act in -아/어서 (와 주셔서 감사합니다). */
    private static final Set<String> THANKS = Set.of("감사합니다", "감사해요", "감사드립니다", "고맙습니다", "고마워요");

    /** Words that give a sentence a subject of its own (the speaker, or a thing in 이/가). */
    private static final Set<String> OWN_SUBJECTS = Set.of("제가", "저는", "저도", "저희", "저희는", "저희가", "우리",
            "우리는", "우리가", "나는", "내가", "저");

    /**
     * The act of an audience called 여러분 without -(으)시- ({@code honorific/verb}, {@code /si_missing}), in
     * the sentence that calls it: 손님 여러분, 아침 식사는 2층에서 먹어요 → 드세요; 부모님 여러분, 오늘 와서
     * 감사합니다 → 와 주셔서. 여러분 names the listeners and honours them (표준국어대사전 '여러분': 듣는 이가
     *여럿일 때 그 사람들을 높여 이르는 이인칭 대명사), so their own acts take -(으)시- (국립국어원 『표준 언어
     * 예절』 2011, 주체 높임: 청자가 주체일 때), and an act one thanks them for is given as their favour, -아/어
     * 주셔서 (표준 언어 예절: "와 주셔서 감사합니다"; Sohn, <i>The Korean Language</i> 1999, ch. 9). Read only
     * in the sentence that opens with (N) 여러분, and only when it has no subject of its own (no 저/제가/우리,
     * no word in 이/가): the act is then the listeners'. Only verbs of acts in {@link #AUDIENCE_ACTS}: the
     * sentence's last word, or a -아/어서 word right before a word of thanks. An adjective of the speaker
     * (여러분, 반갑습니다) and later sentences (저는 … 왔고) are never read.
     */
    private static void listenersAct(List<String> words, List<Morphology.Word> analysed, String raw,
            List<Finding> out) {
        int voc = -1;
        for (int i = 0; i < Math.min(2, words.size() - 1); i++) {
            if (words.get(i).equals("여러분") && raw.contains("여러분,")) {
                voc = i;
            }
        }
        if (voc < 0) {
            return;
        }
        for (int i = voc + 1; i < words.size(); i++) {
            if (OWN_SUBJECTS.contains(words.get(i)) || analysed.get(i).has("JKS")) {
                return;
            }
        }
        for (int i = voc + 1; i < words.size(); i++) {
            Morphology.Word m = analysed.get(i);
            String w = words.get(i);
            if (!m.verbal() || m.morphemes().isEmpty() || !AUDIENCE_ACTS.contains(actLemma(m))
                    || m.morphemes().stream().anyMatch(x -> x.is("EP") && x.form().contains("시"))) {
                continue;
            }
            if (i + 1 < words.size() && THANKS.contains(words.get(i + 1))
                    && (w.endsWith("아서") || w.endsWith("어서") || w.endsWith("와서") || w.endsWith("해서"))) {
                String fixed = w.substring(0, w.length() - 1) + " 주셔서";
                out.add(new Finding(ErrorCategory.HONORIFIC, w, fixed, "honorific/si_missing"));
                return;
            }
            if (i == words.size() - 1) {
                String fixed = SpeechLevels.honour(w, "");
                if (fixed != null) {
                    out.add(new Finding(ErrorCategory.HONORIFIC, w, fixed, verbSubtype(fixed)));
                }
            }
        }
    }

    /** The verb's stem: 먹 of 먹어요, 참석하 of 참석해서 (the noun and -하- as Nori splits them); else "". */
    private static String actLemma(Morphology.Word m) {
        List<Morphology.Morpheme> ms = m.morphemes();
        if (ms.getFirst().is("VV")) {
            return ms.getFirst().form();
        }
        if (ms.size() > 1 && ms.getFirst().is("NNG") && ms.get(1).is("XSV")) {
            return ms.getFirst().form() + "하";
        }
        return "";
    }

    /** 계시다, 드시다, 주무시다 are verbs of their own ({@code honorific/verb}); else -(으)시- is added. */
    private static String verbSubtype(String fixed) {
        return fixed.startsWith("계") || fixed.startsWith("안 계") || fixed.startsWith("드") || fixed.startsWith("주무")
                ? "honorific/verb" : "honorific/si_missing";
    }

    /** A title or kin term of respect, or any N님 (부장님, 기사님). */
    static boolean honoured(String noun) {
        return Persons.ADDRESSED_POLITELY.contains(noun) || noun.length() >= 2 && noun.endsWith("님");
    }

    /**
     * The honoured listener's age or name asked with the plain noun: 몇 살이에요 → 연세가 어떻게 되세요,
     * 나이가 → 연세가, 이름이 뭐예요 → 성함이 어떻게 되세요 (표준 언어 예절: 연세, 성함). The noun must be
     * the listener's own (nothing before it but the vocative and an opener like 혹시).
     */
    private static void askedOfTheHonoured(List<String> words, List<Morphology.Word> analysed, int from,
            List<Finding> out) {
        int i = from;
        while (i < words.size() && OPENERS.contains(words.get(i))) {
            i++;
        }
        if (i >= words.size() - 1) {
            return;
        }
        String w = words.get(i);
        String next = words.get(i + 1);
        if (w.equals("몇") && next.startsWith("살") && i + 2 == words.size()) {
            out.add(new Finding(ErrorCategory.HONORIFIC, w + " " + next, "연세가 어떻게 되세요", "honorific/noun"));
            return;
        }
        for (String[] pair : new String[][] {{"나이", "연세"}, {"이름", "성함"}}) {
            if (!w.startsWith(pair[0]) || !analysed.get(i).startsWith("NNG")
                    || !analysed.get(i).morphemes().getFirst().form().equals(pair[0])) {
                continue;
            }
            String particle = w.substring(pair[0].length());
            if (!Set.of("", "이", "가", "은", "는", "을", "를").contains(particle)) {
                return;
            }
            if (i + 2 == words.size() && (next.equals("뭐예요") || next.equals("뭐에요") || next.equals("뭐야"))) {
                String subject = pair[1] + (pair[1].equals("연세") ? "가" : "이");
                out.add(new Finding(ErrorCategory.HONORIFIC, w + " " + next, subject + " 어떻게 되세요",
                        "honorific/noun"));
            } else {
                out.add(new Finding(ErrorCategory.HONORIFIC, w, pair[1] + particle, "honorific/noun"));
            }
            return;
        }
    }

    /**
     * 있다, 먹다, 자다 asked of the honoured listener without -(으)시- (할머니, 밥 먹었어요? → 드셨어요; 선생님,
     * 내일 학교에 있어요? → 계세요): the sentence's only predicate, no subject of its own, nothing but time
     * words, a place in 에 and (for 먹다) a bare meal noun before it. The listener is called in this
     * sentence or in an earlier one (할아버지, 안녕하십니까? 밥 먹었습니까?); to a grandparent the meal 밥 is
     * 진지 as well ({@code honorific/noun}).
     *
     * @param addressee the honoured word the listener was called by (할아버지, 선생님)
     */
    private static void addresseesVerb(List<String> words, List<Morphology.Word> analysed, int from,
            String addressee, List<Finding> out) {
        int last = words.size() - 1;
        Morphology.Word verb = analysed.get(last);
        if (!verb.verbal() || verb.morphemes().isEmpty()
                || verb.morphemes().stream().anyMatch(m -> m.is("EP") && m.form().contains("시"))) {
            return;
        }
        String lemma = verb.morphemes().getFirst().form();
        if (!Set.of("있", "먹", "마시", "자", "지내").contains(lemma) || !verb.morphemes().getFirst().is("VV", "VA", "VX")) {
            return;
        }
        boolean mealNamed = false;
        for (int i = from; i < last; i++) {
            Morphology.Word m = analysed.get(i);
            String w = words.get(i);
            boolean place = m.endsWith("JKB") && w.endsWith("에") && !w.equals("여기에") && !w.equals("거기에");
            boolean meal = m.morphemes().size() == 1 && m.startsWith("NNG") && (lemma.equals("먹")
                    && Set.of("밥", "저녁", "점심", "아침", "식사").contains(w)
                    || lemma.equals("마시") && Set.of("커피", "차", "물", "술").contains(w));
            if (!ADVERBS.contains(w) && !place && !meal && !OPENERS.contains(w) && !askedTime(words, i)) {
                return;
            }
            mealNamed |= meal;
        }
        if (from == 0 && (lemma.equals("먹") || lemma.equals("마시")) && !mealNamed) {
            // the listener called in an earlier sentence, and no meal named: what is eaten may be the speaker's
            // (선생님, 약을 몇 번 먹어야 합니까? 식후에 먹습니까? asks of the patient's own medicine)
            return;
        }
        String fixed = SpeechLevels.honour(words.get(last), "");
        if (fixed != null) {
            int meal = words.subList(from, last).indexOf("밥");
            if (lemma.equals("먹") && meal >= 0 && GRANDPARENTS.contains(addressee)) {
                out.add(new Finding(ErrorCategory.HONORIFIC, "밥", "진지", "honorific/noun"));
            }
            out.add(new Finding(ErrorCategory.HONORIFIC, words.get(last), fixed, verbSubtype(fixed)));
        }
    }

    /** 언제 'when' and its stacks: a question word of time (표준국어대사전 '언제' 「부사」). */
    private static final Set<String> WHEN = Set.of("언제", "언제쯤", "언제까지", "언제부터", "언제나");

    /** Clock-time words after 몇 (몇 시에, 몇 시까지). */
    private static final Set<String> CLOCK_AFTER_MYEOT = Set.of("시에", "시까지", "시부터", "시쯤", "시쯤에");

    /**
     * Whether word {@code i} asks the time of the listener's act or stay (연구실에 언제 있습니까?, 몇 시에 드십니까?):
     * a question word of time is an adverb of the clause like 지금 or 오늘, so the listener stays its subject
     * (국립국어원 『표준 언어 예절』 2011, 주체 높임: 교수님, 연구실에 언제 계십니까?; session 28, s28d).
     */
    private static boolean askedTime(List<String> words, int i) {
        String w = words.get(i);
        return WHEN.contains(w) || w.equals("몇") && i + 1 < words.size() && CLOCK_AFTER_MYEOT.contains(words.get(i + 1))
                || i > 0 && words.get(i - 1).equals("몇") && CLOCK_AFTER_MYEOT.contains(w);
    }

    /**
     * The last syllables of nouns of persons and roles (담당자, 직원, 의사, 주인, 학생, 교수, 경찰관, 사장, 고객, 작가,
     * 부모; 님, 씨, 분 and the plural 들): a subject ending in one of them may be someone 계시다 honours, so
     * {@link #placeStays} leaves it alone (some places end so too, 병원, 회사: left alone as well).
     */
    static final Set<Character> PERSON_ENDS = Set.of('자', '원', '사', '인', '생', '수', '관', '장', '객', '가',
            '모', '님', '씨', '분', '들');

    /**
     * 탈의실이 어디에 계십니까? → 있습니까 ({@code honorific/si_thing}): 계시다 is the honorific of 있다 for a
     * respected person who stays somewhere (표준국어대사전 '계시다' ①: '있다'의 높임말, 높은 분이 어떤 곳에 머물러
     * 있다); of a place or a thing one says 있다, and even a thing an honoured person has takes 있으시다, never
     * 계시다 (국립국어원 『표준 언어 예절』 2011, 높임법: 간접 높임 "말씀이 있으시겠습니다", not "계시겠습니다").
     * The subject is the nearest word before 계시다 with 이/가/은/는; it must be a dictionary common noun
     * that is no person (not an honoured title or kin term, no {@link #PERSON_ENDS} ending, no noun Nori
     * reads as a name), and an accepted answer must name the same noun as a subject or topic without
     * 계시다 (the task speaks of it as a thing). Not where the sentence calls someone (a vocative), nor
     * after a sentence that did: the things may be theirs.
     */
    private static void placeStays(List<String> words, List<Morphology.Word> analysed, List<String> accepted,
            List<Finding> out) {
        for (int k = 1; k < words.size(); k++) {
            Morphology.Word verb = analysed.get(k);
            if (verb.morphemes().isEmpty() || !verb.morphemes().getFirst().is("VV")
                    || !verb.morphemes().getFirst().form().equals("계시")) {
                continue;
            }
            String fixed = SpeechLevels.plainForm(words.get(k));
            if (fixed == null || accepted.stream().anyMatch(a -> a.contains("계시") || a.contains("계세")
                    || a.contains("계셔") || a.contains("계셨") || a.contains("계십"))) {
                return;
            }
            for (int i = k - 1; i >= 0; i--) {
                Morphology.Word m = analysed.get(i);
                if (!m.endsWith("JKS") && !(m.endsWith("JX") && (words.get(i).endsWith("은")
                        || words.get(i).endsWith("는")))) {
                    continue;
                }
                String noun = ArgumentCheck.stemAndParticle(words.get(i))[0];
                if (thing(noun, m) && namedAsSubject(noun, accepted)) {
                    out.add(new Finding(ErrorCategory.HONORIFIC, words.get(k), fixed, "honorific/si_thing"));
                }
                break;
            }
            return;
        }
    }

    /** A dictionary common noun (Nori NNG, the whole stem) that names no person. */
    private static boolean thing(String noun, Morphology.Word read) {
        if (noun.length() < 2 || honoured(noun)
                || Counters.person(noun) || PERSON_ENDS.contains(noun.charAt(noun.length() - 1))) {
            return false;
        }
        return read.morphemes().stream().noneMatch(x -> x.is("NNP", "NP", "UNKNOWN"))
                && KnownWords.tags(noun).contains(org.apache.lucene.analysis.ko.POS.Tag.NNG);
    }

    /** Whether an accepted answer has the noun with a subject or topic particle (탈의실은, 탈의실이). */
    private static boolean namedAsSubject(String noun, List<String> accepted) {
        for (String a : accepted) {
            for (String w : a.split(" ")) {
                String[] sp = ArgumentCheck.stemAndParticle(w);
                if (sp[0].equals(noun) && Set.of("이", "가", "은", "는").contains(sp[1])) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The grandparents, whose meal is 진지, not 밥 (표준국어대사전 '진지': 밥의 높임말, said of an elder;
     * 국립국어원 『표준 언어 예절』, 높임법: 진지 to grandparents and elders of the family).
     */
    private static final Set<String> GRANDPARENTS = Set.of("할아버지", "할머니", "할아버님", "할머님");

    /**
     * An honoured person named bare (no particle) as the subject of 있다/없다 (아저씨 집에 있어요? → 계세요;
     * 김 선생님 있어요? → 계세요). The bare noun could also possess what follows (선생님 사무실에 있어요?
     * 'is it in the teacher's office'), so only a time word or 집에 (itself 댁 for an honoured person)
     * may stand between, or nothing in a question.
     */
    private static void bareSubject(List<String> words, List<Morphology.Word> analysed, boolean question,
            List<Finding> out) {
        int last = words.size() - 1;
        Morphology.Word verb = analysed.get(last);
        if (!verb.verbal() || verb.morphemes().isEmpty()
                || !Set.of("있", "없").contains(verb.morphemes().getFirst().form())) {
            return;
        }
        for (int i = 0; i < last; i++) {
            if (!honoured(words.get(i))) {
                continue;
            }
            // before the noun only a name or a modifier noun (김 선생님, 집주인 아저씨) or an opener
            for (int b = 0; b < i; b++) {
                Morphology.Word m = analysed.get(b);
                // (영업팀 박 부장님: a compound noun of a team or office names the person too)
                boolean noun = !m.morphemes().isEmpty() && m.morphemes().stream().allMatch(x -> x.is("NNP", "NNG"));
                // (오늘 선생님 있어요?: a time word before the person is the sentence's, not the person's; session 20)
                if (!noun && !OPENERS.contains(words.get(b)) && !ADVERBS.contains(words.get(b))
                        && !words.get(b).equals("여보세요")) {
                    return;
                }
            }
            boolean adverb = false;
            for (int j = i + 1; j < last; j++) {
                String w = words.get(j);
                // a place after a time word is the subject's (사장님 지금 사무실에), never possessed by it
                boolean place = adverb && analysed.get(j).endsWith("JKB") && w.endsWith("에");
                if (ADVERBS.contains(w)) {
                    adverb = adverb || j == i + 1;
                } else if (!w.equals("집에") && !place) {
                    return;
                }
            }
            if (!question && !adverb) {
                return;
            }
            String fixed = SpeechLevels.honour(words.get(last), "");
            if (fixed != null) {
                out.add(new Finding(ErrorCategory.HONORIFIC, words.get(last), fixed, verbSubtype(fixed)));
            }
            return;
        }
    }

    /** Subject and topic particles after an honoured person named as the subject (사장님이, 할머니께서는). */
    private static final Set<String> SUBJECT_PARTICLES = Set.of("이", "가", "께서", "께서는", "은", "는", "도", "께서도");

    /**
     * 사장님이 찾아요 → 찾으십니다 ({@code honorific/si_missing}, {@code /verb} for 계시다 and the like): a
     * predicate whose subject is an honoured person ({@link #honoured}: 사장님, 선생님, 할머니, 손님 …) takes
     * -(으)시- (주체 높임: 국립국어원 『표준 언어 예절』 2011, "선생님께서 오신다"; Sohn 1999, ch. 9 on subject
     * honorification; Yeon &amp; Brown 2019, on the honorific -(으)시-). Read only where the subject is certain:
     * the noun with 이/가/께서/은/는 and the sentence's last word a predicate with no predicate, no other subject
     * and no 저/나 between (사장님 차가 있어요, 선생님이 준 책을 읽었어요, 할머니는 제가 모셨어요 are left alone),
     * and only where an accepted answer names the same person and honours that very predicate with -(으)시-
     * (its word is the correction unless the learner's word has an honorific of its own, 있어요 → 계세요) and
     * no accepted answer has the learner's word itself.
     */
    private static void namedSubject(List<String> words, List<Morphology.Word> analysed, List<String> accepted,
            List<Finding> out) {
        int last = words.size() - 1;
        Morphology.Word verb = analysed.get(last);
        if (last < 1 || !verb.verbal() || verb.morphemes().isEmpty()
                || !verb.morphemes().getFirst().is("VV", "VA", "VX")
                || verb.morphemes().stream().anyMatch(m -> m.is("EP") && m.form().contains("시"))) {
            return;
        }
        String said = words.get(last);
        String stem = verb.morphemes().getFirst().form();
        if (stem.endsWith("시") || siAfterStem(said, stem)) {
            // Nori may read -(으)세요 as one ending (찾으세요: 찾 + 으세요), with no -시- of its own // 마시다, 모시다: their 시 is the stem
            return;
        }
        for (int i = last - 1; i >= 0; i--) {
            Morphology.Word m = analysed.get(i);
            String w = words.get(i);
            if (OWN_SUBJECTS.contains(w) || HUMBLE_FORMS.contains(w) || PLAIN_FORMS.contains(w) || m.verbal()) {
                return;
            }
            if (ADVERBS.contains(w)) {
                continue; // 많이, 벌써 …: no subject in 이 (삼촌도 많이 먹어요; session 20)
            }
            String[] sp = ArgumentCheck.stemAndParticle(w);
            boolean subject = SUBJECT_PARTICLES.contains(sp[1]);
            if (subject && (honoured(sp[0]) || Persons.PARENTS_SIBLINGS.contains(sp[0]))
                    && (i == 0 || !analysed.get(i - 1).verbal())) {
                String fixed = honouredInAccepted(sp[0], stem, said, accepted);
                if (fixed != null) {
                    out.add(new Finding(ErrorCategory.HONORIFIC, said, fixed,
                            stem.equals("죽") ? "honorific/verb" : verbSubtype(fixed))); // 돌아가시다 (session 16)
                }
                return;
            }
            if (m.has("JKS") || subject) {
                return; // another subject or topic nearer the verb
            }
        }
    }

    /** Whether {@code word} is {@code stem} followed by -(으)시- as written (찾으세요, 찾으셨어요, 가십니다). */
    private static boolean siAfterStem(String word, String stem) {
        return word.startsWith(stem) && HONORIFIC_SI_START.matcher(word.substring(stem.length())).matches();
    }

    /**
     * The -(으)시- form of the learner's predicate in an accepted answer that names {@code noun}: the word
     * SpeechLevels gives (있어요 → 계세요) where an accepted word begins as it does, else the accepted word
     * that begins with the learner's stem and has -(으)시-; null where none, or where an accepted answer has
     * the learner's word itself.
     */
    private static String honouredInAccepted(String noun, String stem, String said, List<String> accepted) {
        String own = SpeechLevels.honour(said, "");
        String found = null;
        for (String a : accepted) {
            List<String> ws = List.of(SPACES.split(PUNCTUATION_TILDE.matcher(a).replaceAll(" ").trim()));
            if (ws.contains(said)) {
                return null;
            }
            if (ws.stream().noneMatch(x -> x.startsWith(noun))) {
                continue;
            }
            for (String x : ws) {
                if (!HONORIFIC_SI.matcher(x).matches()) {
                    continue;
                }
                if (own != null && x.startsWith(own.substring(0, 1))) {
                    found = found == null ? own : found;
                } else if (own == null && x.length() > stem.length() && siAfterStem(x, stem)) {
                    found = found == null ? x : found;
                }
            }
        }
        return found;
    }

    /**
     * The raised form of an elder kin noun where the accepted answer has the standard one (어머님 for 어머니, 아버님
     * for 아버지, 할머님께 for 할머니께): 어머님/아버님 address parents-in-law, a friend's or host family's parents,
     * and one's own parents in writing (표준 언어 예절 2011, 부모에 대한 호칭·지칭), a politer choice, never a
     * misspelling or another word. Only in this direction: the learner's word has the raised noun ({@link
     * Persons#ELDER_KIN_RAISED}), the accepted word the standard noun, with the same particle after each.
     */
    static boolean raisedKin(String o, String c) {
        if (o.isEmpty() || o.contains(" ") || c.isEmpty() || c.contains(" ")) {
            return false;
        }
        for (String raised : Persons.ELDER_KIN_RAISED) {
            if (!o.startsWith(raised)) {
                continue;
            }
            String rest = o.substring(raised.length());
            for (String standard : Persons.ELDER_KIN) {
                if (c.equals(standard + rest) && standard.startsWith(raised.substring(0, raised.length() - 1))) {
                    return true;
                }
            }
        }
        return false;
    }
}
