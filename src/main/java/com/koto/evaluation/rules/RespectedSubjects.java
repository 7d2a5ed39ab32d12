package com.koto.evaluation.rules;

import com.koto.evaluation.text.Hangul;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * -(으)시- on a verb whose subject is a person the speaker raises, named with 이/가/께서 before it
 * (선생님이 그러셨어, 선생님이 '내일 시험이 있어요'라고 하셨어): subject honorification follows the subject of the
 * verb, not the speaker or the listener (표준 언어 예절 2011, 주체 높임: 선생님께서 말씀하셨다; Sohn 1999,
 * ch. 9 on -(으)시-; Yeon &amp; Brown 2019 on reported speech -다고/-라고 하다). An accepted answer without
 * -시- (했어) is a plainer paraphrase; the learner's -시- is no {@code honorific/si_extra}.
 *
 * <p>The subject stands right before the verb, with only words without a predicate between (선생님이 저한테
 * 주셨어), or before a quotation that ends in -라고/-다고/-냐고/-자고 right before the verb. A speaker's own
 * subject (제가, 내가, 저는 …) or a predicate between (선생님이 준 책을 읽으셨어) keeps the finding.
 */
final class RespectedSubjects {

    /** -시- in any of its forms. */
    private static final Pattern HONORIFIC_SI = Pattern.compile(".*(시|셨|세|셔|십).*");
    /** A quotative ending (-라고, -다고, -냐고, -자고) at the end. */
    private static final Pattern QUOTATIVE_END = Pattern.compile(".+(라고|다고|냐고|자고)");
    /** A reported honorific command (-(으)시래요, -(으)시랍니다). */
    private static final Pattern REPORTED_COMMAND = Pattern.compile(".+(시|으시)(래요|랍니다|랍니까)");
    /** A quoted honorific command -(으)시라고. */
    private static final Pattern QUOTED_COMMAND = Pattern.compile(".+(시|으시)라고");
    /** A word with a final ending (-요, -니다, -니까). */
    private static final Pattern FINAL_ENDING = Pattern.compile(".+(요|니다|니까)");
    /** A sentence mark or a comma. */
    private static final Pattern PUNCTUATION_MARK = Pattern.compile("[.,?!]");
    /** A word with the polite imperative -세요 or -십시오. */
    private static final Pattern IMPERATIVE_WORD = Pattern.compile(".+(세요|십시오)");
    /** The polite imperative -(으)세요, -(으)십시오 at the end. */
    private static final Pattern IMPERATIVE_ENDING = Pattern.compile("(으세요|세요|으십시오|십시오)$");
    /** The point after each sentence-final mark (also 。). */
    private static final Pattern AFTER_SENTENCE_END = Pattern.compile("(?<=[.!?。])");
    /** A sentence mark, comma, quote or ~. */
    private static final Pattern PUNCTUATION_QUOTE = Pattern.compile("[.!?。,'\"‘’“”~]");
    /** One or more white-space characters. */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Sentence-final marks (also 。). */
    private static final Pattern SENTENCE_MARKS_CJK = Pattern.compile("[.!?。]+");
    /** A comma or a quotation mark. */
    private static final Pattern COMMA_OR_QUOTE = Pattern.compile("[,'\"‘’“”]");
    /** A word with the subject particle 이/가. */
    private static final Pattern SUBJECT_WORD = Pattern.compile(".+[이가]");
    /** A subject particle (께서, 께서는, 이, 가) at the end. */
    private static final Pattern SUBJECT_HONORIFIC_END = Pattern.compile("(께서는|께서|이|가)$");

    private RespectedSubjects() {
    }

    /**
     * Whether the last word of the {@code si_extra} span {@code o} is a verb whose subject, in the
     * normalised {@code answer}, is a respected person with 이/가/께서/께서는.
     *
     * @param o      the finding's learner span, the -시- verb last (있대 선생님이 그러셨어)
     * @param answer the normalised answer
     */
    static boolean elderSaid(String o, String answer) {
        if (o.isEmpty() || answer.isEmpty()) {
            return false;
        }
        String verb = o.contains(" ") ? o.substring(o.lastIndexOf(' ') + 1) : o;
        if (!HONORIFIC_SI.matcher(verb).matches()) {
            return false;
        }
        String[] words = answer.split(" ");
        int at = -1;
        String[] span = o.split(" ");
        for (int i = span.length - 1; i < words.length; i++) {
            boolean match = true;
            for (int k = 0; k < span.length; k++) {
                if (!words[i - span.length + 1 + k].equals(span[k])) {
                    match = false;
                    break;
                }
            }
            if (match) {
                at = i;
                break;
            }
        }
        if (at < 1) {
            return false;
        }
        boolean quoted = QUOTATIVE_END.matcher(words[at - 1]).matches() && hasStem(words[at - 1]);
        for (int j = at - 1; j >= 0; j--) {
            String w = words[j];
            if (Persons.SPEAKER.contains(w)) {
                return false;
            }
            if (elder(w) || honouredPersons(words, j)) {
                // a quotation may hold its own subject: the speaker named before it keeps the finding
                return !quoted || java.util.Arrays.stream(words, 0, j).noneMatch(Persons.SPEAKER::contains);
            }
            if (!quoted && hasStem(w)) {
                return false;
            }
        }
        return false;
    }

    /** A hearsay verb with -(으)시- in the quoted clause: 늦으신대요, 바쁘시대, 오신답니다, 선생님이시래요. */
    private static final Pattern HEARSAY_SI = Pattern.compile(".+(신대|시대|시래|신답니다|시답니다|시랍니다)(요)?");
    /** A person noun with the particle that names a subject, topic or the source of a message. */
    private static final Pattern SOURCE_OR_SUBJECT_END = Pattern.compile("(께서는|께서|한테서|에게서|이|가|은|는|도)$");

    /**
     * Whether the last word of the {@code si_extra} span {@code o} is a hearsay verb, -(ㄴ/는)대(요),
     * -(이)래(요), -(ㄴ/는)답니다, with -(으)시- in the quoted clause, and a respected person named before it as
     * its subject or as the one the message comes from (박 부장님이 좀 늦으신대요; 할머니한테서 연락 왔는데 내일
     * 오신대): in indirect speech the quoted predicate keeps the honorific its own subject calls for, and the
     * -시- belongs to the quoted clause, not to the speaker (Yeon &amp; Brown 2019, reported speech -다고 하다 and
     * its contractions -대요/-래요; 표준국어대사전 '-대' 「어미」; 표준 언어 예절 2011, 주체 높임). The speaker named
     * before it (제가, 저는 …) or another subject with 이/가 between (부장님이 그러는데 민수가 늦으신대요) keeps
     * the finding.
     *
     * @param o      the finding's learner span, the hearsay verb last
     * @param answer the normalised answer
     */
    static boolean hearsayOfElder(String o, String answer) {
        if (o.isBlank() || answer.isBlank()) {
            return false;
        }
        String[] span = o.strip().split(" ");
        String verb = span[span.length - 1];
        if (!HEARSAY_SI.matcher(verb).matches()) {
            return false;
        }
        String[] words = SPACES.split(PUNCTUATION_QUOTE.matcher(answer).replaceAll(" ").strip());
        int at = java.util.Arrays.asList(words).lastIndexOf(verb);
        for (int j = at - 1; j >= 0; j--) {
            String w = words[j];
            if (Persons.SPEAKER.contains(w)) {
                return false;
            }
            String noun = SOURCE_OR_SUBJECT_END.matcher(w).replaceAll("");
            if (!noun.equals(w) && Persons.MAY_BE_RAISED.contains(noun)) {
                return true;
            }
            if (SUBJECT_WORD.matcher(w).matches() && !hasStem(w)) {
                return false;
            }
        }
        return false;
    }

    /** Words that make the speaker the one told to act (선생님이 저한테 오시래요 honours the speaker). */
    private static final java.util.regex.Pattern SELF_TOLD = java.util.regex.Pattern.compile(
            "(^| )(저한테|저에게|저보고|저더러|나한테|나에게|나보고|나더러|제게|내게)( |$)");

    /**
     * Whether the last word of the {@code si_extra} span {@code o} is a reported command with -(으)시- inside
     * the quotation (오시래요, 드시랍니다, 오시라고 하셨어요): -(으)래(요) is -(으)라고 해(요), and the -시-
     * honours the one told to act, the listener the message is for (어머님이 식사하러 오시래요 to the host
     * father), not the one who said it (표준국어대사전 '-래' 「어미」, '-라고'; Yeon &amp; Brown 2019, on reported
     * commands; 표준 언어 예절 2011, 주체 높임). Only at a polite level (-래요, -랍니다, -라고 + a polite verb);
     * a command reported to the speaker (저한테 오시래요) keeps the finding: -시- never honours oneself.
     *
     * @param o      the finding's learner span, the reported command last
     * @param answer the normalised answer
     */
    static boolean commandToListener(String o, String answer) {
        if (o.isEmpty() || answer.isEmpty()) {
            return false;
        }
        String[] span = o.split(" ");
        String verb = span[span.length - 1];
        boolean reported = REPORTED_COMMAND.matcher(verb).matches() || span.length >= 2
                && QUOTED_COMMAND.matcher(span[span.length - 2]).matches() && FINAL_ENDING.matcher(verb).matches();
        return reported && !SELF_TOLD.matcher(PUNCTUATION_MARK.matcher(answer).replaceAll(" ")).find();
    }

    /**
     * Whether the last word of the {@code si_extra} span {@code o} is a polite command or invitation, -(으)세요 or
     * -(으)십시오, that ends a typed sentence of its own (과일을 좀 샀어요. 가족분들이랑 같이 드세요.): the 해요체 and
     * 합쇼체 imperative tells the listener to act, and its -(으)시- honours the listener, the subject it leaves
     * unsaid (Sohn 1999, ch. 9 on subject honorification of the addressee; Yeon &amp; Brown 2019, -(으)세요 as a
     * polite command; 표준 언어 예절 2011, 권유). It is a sentence the learner added, not the accepted predicate said
     * with -시-: its stem is none of the accepted span's stems, and the accepted span is no promise (사 오세요 for 사
     * 왔어요, 전화하세요 for 전화할게요 keep the finding). A sentence that names the speaker (제가 같이 드세요) keeps
     * it: -시- never honours oneself; so does one that names a subject with 이/가/께서 or negates the verb with 안/못
     * (민준이가 오늘 유치원에 못 가세요: a statement about the child, not a command).
     *
     * @param o       the finding's learner span, the -시- verb last
     * @param c       the accepted span
     * @param asTyped the answer as typed (sentence marks kept), or null
     */
    static boolean commandOfItsOwn(String o, String c, String asTyped) {
        if (!c.isEmpty() && o.startsWith(c + " ")) {
            // the accepted predicate kept as written and a command sentence added after it (시작하겠습니다. 잘 들어
            // 주십시오.): the command is read alone (session 26, s26a)
            o = o.substring(c.length() + 1);
            c = "";
        }
        if (asTyped == null || o.isEmpty() || promise(c)) {
            return false;
        }
        String verb = o.contains(" ") ? o.substring(o.lastIndexOf(' ') + 1) : o;
        if (!IMPERATIVE_WORD.matcher(verb).matches()) {
            return false;
        }
        List<Morphology.Morpheme> own = Morphology.analyse(verb).stream().flatMap(w -> w.morphemes().stream()).toList();
        // a verbal noun with 하다 (시작하세요, 준비하세요) is a verb as much as 가세요: its stem is the noun with 하-
        // (표준국어대사전 '-하다' 「접사」: 명사 뒤에 붙어 동사를 만드는 접미사)
        boolean verbalNoun = own.size() >= 2 && own.getFirst().tag().startsWith("NN") && own.get(1).is("XSV");
        if (own.isEmpty() || !own.getFirst().isStem() && !verbalNoun) {
            return false;
        }
        String stem = own.getFirst().form();
        // the stem as written too (가요 alone is read as the noun 'song')
        String written = IMPERATIVE_ENDING.matcher(verb).replaceAll("");
        boolean acceptedStem = Morphology.analyse(c).stream().map(Morphology.Word::morphemes)
                .anyMatch(ms -> ms.stream().anyMatch(m -> (m.isStem() || verbalNoun && m.tag().startsWith("NN"))
                        && m.form().equals(stem)))
                || !written.isEmpty() && java.util.Arrays.stream(c.split(" ")).anyMatch(w -> w.startsWith(written));
        if (acceptedStem) {
            return false;
        }
        for (String sentence : AFTER_SENTENCE_END.split(asTyped)) {
            String[] words = SPACES.split(PUNCTUATION_QUOTE.matcher(sentence).replaceAll(" ").strip());
            if (words.length > 0 && words[words.length - 1].equals(verb)) {
                // a command names no subject of its own (민준이가 … 가세요 speaks of the child) and takes no 안/못
                // before its verb (a negative command is -지 마세요; Sohn 1999, §8.4)
                boolean negated = words.length > 1 && (words[words.length - 2].equals("안") || words[words.length - 2].equals("못"));
                return !negated && java.util.Arrays.stream(words).noneMatch(Persons.SPEAKER::contains)
                        && java.util.Arrays.stream(words).noneMatch(RespectedSubjects::namedSubject);
            }
        }
        return false;
    }

    /**
     * Whether the accepted span ends in a promise, -(으)ㄹ게(요) or -겠습니다 (할게요, 전화할게, 보내겠습니다): the speaker's
     * own act, which a command to the listener does not say. -게요 after a stem without ㄹ is no promise but the
     * adverbial -게 with 요 (짧지 않게요 'not too short, please'; 표준국어대사전 '-게' 「어미」, '-ㄹ게' 「어미」), which
     * asks the listener for a manner of acting (session 26, s26a).
     *
     * @param c the accepted span (may be empty)
     */
    static boolean promise(String c) {
        if (c.endsWith("겠습니다")) {
            return true;
        }
        String last = c.contains(" ") ? c.substring(c.lastIndexOf(' ') + 1) : c;
        String head = last.endsWith("게요") ? last.substring(0, last.length() - 2)
                : last.endsWith("게") ? last.substring(0, last.length() - 1) : null;
        return head != null && !head.isEmpty() && Hangul.hasRieulFinal(head.charAt(head.length() - 1));
    }

    /** A noun with the subject particle 이/가/께서 (민준이가, 아들이, 할머니께서), as the dictionary knows the noun or as a name with 이. */
    private static boolean namedSubject(String w) {
        if (w.endsWith("께서") || w.endsWith("께서는")) {
            return true;
        }
        if (w.length() < 2 || !(w.endsWith("이") || w.endsWith("가"))) {
            return false;
        }
        String noun = w.substring(0, w.length() - 1);
        return KnownWords.noun(noun) || noun.length() >= 2 && noun.endsWith("이");
    }

    /** Particles after a respected person named in an earlier sentence (선생님께, 엄마한테, 사장님을). */
    private static final String ANY_PARTICLE = "(께서는|께서|께는|께|한테|에게|이랑|랑|하고|이|가|을|를|은|는|도)?";
    /** One of those particles at the end of a word. */
    private static final Pattern ANY_PARTICLE_END = Pattern.compile(ANY_PARTICLE + "$");

    /**
     * Whether the last word of the {@code si_extra} span {@code o} is a -(으)시- verb in a typed sentence
     * that names no subject (선생님께 선물 드렸어. 엄청 좋아하셨어.) right after a sentence that names a respected
     * person: Korean leaves a subject known from context unsaid, and the -시- shows it is that person
     * (Sohn 1999, ch. 9 on zero anaphora and subject honorification; 표준 언어 예절 2011, 주체 높임).
     * A sentence naming the speaker (제가, 나는 …) or another subject with 이/가 keeps the finding.
     *
     * @param o       the finding's learner span, the -시- verb last
     * @param asTyped the answer as typed (sentence marks kept), or null
     */
    static boolean elderBefore(String o, String asTyped) {
        if (asTyped == null || o.isEmpty()) {
            return false;
        }
        String verb = o.contains(" ") ? o.substring(o.lastIndexOf(' ') + 1) : o;
        if (!HONORIFIC_SI.matcher(verb).matches()) {
            return false;
        }
        String[] sentences = SENTENCE_MARKS_CJK.split(asTyped);
        for (int i = 1; i < sentences.length; i++) {
            String[] words = SPACES.split(COMMA_OR_QUOTE.matcher(sentences[i]).replaceAll(" ").strip());
            if (words.length == 0 || !words[words.length - 1].equals(verb)) {
                continue;
            }
            for (String w : words) {
                if (Persons.SPEAKER.contains(w) || SUBJECT_WORD.matcher(w).matches() && !w.equals(verb)
                        && KnownWords.noun(w.substring(0, w.length() - 1))) {
                    return false;
                }
            }
            for (String w : SPACES.split(COMMA_OR_QUOTE.matcher(sentences[i - 1]).replaceAll(" ").strip())) {
                String noun = ANY_PARTICLE_END.matcher(w).replaceAll("");
                if (Persons.MAY_BE_RAISED.contains(noun) && !noun.isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Endings that describe or guess the state of the one spoken to (-네요, -군요, -겠어요, -죠 …). */
    private static final Pattern OBSERVING_END = Pattern.compile(".+(네요|군요|겠어요|겠네요|겠습니다|죠|지요)");

    /**
     * Whether the last word of the {@code si_extra} span {@code o} is a descriptive verb (adjective, or 있다/없다 in
     * 멋있다, 재미있다) with -(으)시- and an ending that remarks on or guesses a state (-네요, -군요, -겠어요, -죠), in a
     * typed sentence that calls an honoured listener first (선생님, 오늘 정말 멋있으시네요.; 할머니, 많이
     * 피곤하시겠어요.) and names no subject: the unsaid subject of a remark to someone about a state is that person,
     * and -(으)시- honours them (Sohn 1999, ch. 9, zero anaphora and subject honorification; 표준 언어 예절 2011, 주체
     * 높임: 선생님, 바쁘시지요?). A verb of action (네, 한 번 가셨어요: maybe about oneself), a sentence naming the
     * speaker or another subject with 이/가, or no honoured vocative keeps the finding.
     *
     * @param o       the finding's learner span, the -시- verb last
     * @param asTyped the answer as typed (sentence marks and commas kept), or null
     */
    static boolean listenersState(String o, String asTyped) {
        if (asTyped == null || o.isEmpty()) {
            return false;
        }
        String verb = o.contains(" ") ? o.substring(o.lastIndexOf(' ') + 1) : o;
        if (!HONORIFIC_SI.matcher(verb).matches() || !OBSERVING_END.matcher(verb).matches()) {
            return false;
        }
        for (String sentence : SENTENCE_MARKS_CJK.split(asTyped)) {
            String[] words = SPACES.split(COMMA_OR_QUOTE.matcher(sentence).replaceAll(" ").strip());
            if (words.length < 2 || !words[words.length - 1].equals(verb)) {
                continue;
            }
            String first = words[0];
            boolean honouredListener = sentence.strip().startsWith(first + ",")
                    && (Persons.HONOURED.contains(first) || Persons.ELDER_KIN_RAISED.contains(first)
                            || first.length() >= 2 && first.endsWith("님"));
            if (!honouredListener) {
                return false;
            }
            for (int i = 1; i < words.length - 1; i++) {
                String w = words[i];
                if (Persons.SPEAKER.contains(w) || SUBJECT_WORD.matcher(w).matches()
                        && KnownWords.noun(w.substring(0, w.length() - 1))) {
                    return false;
                }
            }
            return descriptive(verb);
        }
        return false;
    }

    /**
     * Whether Nori reads the word's first stem as an adjective (VA) or finds the adjective suffix 하 (XSA: 피곤하시겠어요),
     * or the word is built on 있다/없다 (멋있으시네요).
     */
    private static boolean descriptive(String verb) {
        if (verb.contains("있으시") || verb.contains("없으시")) {
            return true;
        }
        List<Morphology.Morpheme> ms = Morphology.morphemes(verb);
        return ms.stream().anyMatch(m -> m.tag().startsWith("XSA")) // 피곤하다: a noun and the adjective suffix 하
                || ms.stream().filter(Morphology.Morpheme::isStem).findFirst().map(m -> m.tag().startsWith("VA"))
                        .orElse(false);
    }

    /**
     * 분 as the subject, the honorific dependent noun for a person (표준국어대사전 '분'³ 「의존명사」: 사람을 높여 이르는
     * 말; 두 분이 잘 어울리시네요): after a native number or a determiner (두 분이, 그 분이), or written with its
     * determiner (그분이, 저분께서), also plural (두 분들이). After a Sino-Korean number 분 counts minutes (오 분이 걸려요), so
     * those are not read.
     *
     * @param words the normalised answer's words
     * @param j     the index of the word read
     */
    static boolean honouredPersons(String[] words, int j) {
        String noun = SUBJECT_HONORIFIC_END.matcher(words[j]).replaceAll("");
        if (noun.equals(words[j])) {
            return false;
        }
        if (noun.endsWith("들")) {
            noun = noun.substring(0, noun.length() - 1);
        }
        return BUN_WRITTEN_TOGETHER.contains(noun) || noun.equals("분") && j > 0 && BEFORE_BUN.contains(words[j - 1]);
    }

    /** Native numbers and determiners before the person noun 분 (두 분, 그 분, 여러 분). */
    private static final Set<String> BEFORE_BUN = Set.of("한", "두", "세", "네", "다섯", "여섯", "일곱", "여덟", "아홉",
            "열", "그", "저", "이", "어느", "여러", "모든");

    /** 분 written together with its determiner (그분, 저분, 이분, 어느분). */
    private static final Set<String> BUN_WRITTEN_TOGETHER = Set.of("그분", "저분", "이분", "어느분");

    private static boolean elder(String word) {
        String noun = SUBJECT_HONORIFIC_END.matcher(word).replaceAll("");
        return !noun.equals(word) && Persons.MAY_BE_RAISED.contains(noun);
    }

    private static boolean hasStem(String word) {
        List<Morphology.Word> ws = Morphology.analyse(word);
        return ws.stream().flatMap(w -> w.morphemes().stream()).anyMatch(Morphology.Morpheme::isStem);
    }

    /** The verb of the formal request -(으)시기 바랍니다 after its -시기 word. */
    private static final java.util.regex.Pattern WISH = java.util.regex.Pattern.compile("바랍니다[.!]?|바랍니다만|바라요[.!]?|바랄게요[.!]?");

    /**
     * Whether the {@code si_extra} span {@code o} ends in the formal request -(으)시기 바랍니다 (참고해 주시기 바랍니다,
     * 확인하시기 바랍니다) and no other word of the span carries -(으)시-: the request asks the listener to act, and its
     * -(으)시- honours the listener, the unsaid subject of the wished action (표준 언어 예절 2011, 공식적인 안내와
     * 요청; Yeon &amp; Brown 2019, on -기 바라다). An answer that names the speaker as that subject (제가 … 주시기
     * 바랍니다) keeps the finding. Session 35 (lead), from set AS3.
     *
     * @param o      the finding's learner span, the request last
     * @param answer the normalised answer
     */
    static boolean wishForListener(String o, String answer) {
        String[] span = o.split(" ");
        if (span.length < 2 || !span[span.length - 2].endsWith("시기") || !WISH.matcher(span[span.length - 1]).matches()
                || answer.startsWith("제가 ") || answer.contains(" 제가 ")) {
            return false;
        }
        for (Morphology.Word w : Morphology.analyse(String.join(" ", java.util.Arrays.copyOf(span, span.length - 2)))) {
            for (Morphology.Morpheme m : w.morphemes()) {
                if (m.tag().startsWith("EP") && (m.form().equals("시") || m.form().equals("으시") || m.form().equals("셨"))) {
                    return false;
                }
            }
        }
        return true;
    }
}
