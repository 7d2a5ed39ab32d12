package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.Register;
import com.koto.evaluation.text.Hangul;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Speech level and subject honorification read from the learner's own words and the activity's
 * register, whatever the accepted answer says (so a paraphrase is judged too). Each finding is the
 * learner's word as written and that word corrected, category {@code honorific}:
 * <ul>
 *   <li>{@code honorific/formal_level} in a <b>formal</b> (합쇼체) activity: a 해요체 statement or
 *       question (사리예요 → 사리입니다, 왔어요 → 왔습니다, 있을 거예요 → 있을 겁니다), unless an accepted
 *       answer itself ends a sentence in 해요체; -(으)세요 (a request or greeting) is left alone. A
 *       <b>note</b> that leaves the answer passed ({@link Finding#FORMAL_LEVEL}, session 7): 해요체 is
 *       polite, correct Korean to a stranger;</li>
 *   <li>{@code honorific/speech_level} in a <b>casual</b> (반말) activity: -(으)ㅂ시다 to a friend
 *       (만납시다 → 만나자), and a 해요체 ending where the answer itself speaks 반말 (a vocative 미나야, the
 *       pronoun 나/내/너, or another sentence in 반말): 봐요 → 봐, 볼래요 → 볼래, 배드민턴이에요 →
 *       배드민턴이야. A polite answer with no such sign passes (politer than needed). -(으)세요 is corrected
 *       only where the same sentence calls the listener 너/네가 (네가 … 불러 주세요 → 줘, session 10);</li>
 *   <li>{@code honorific/si_missing}: a respected person (할머니, 선생님, N님 …) as subject of a verb
 *       without -(으)시-, the special honorific verbs where they exist (아파요 → 편찮으세요, 없어요 → 안
 *       계세요, 했어 → 하셨어, 돌아올 → 돌아오실; session 16: 죽었어요 → 돌아가셨어요, {@code honorific/verb}, which
 *       carries to no later sentence); only verbs whose honorific form is listed here;</li>
 *   <li>{@code honorific/si_extra}: -(으)시- on a verb whose subject is the speaker (제가 좀
 *       늦으셨어요 → 늦었어요, 제가 아프셔서 → 아파서, 제가 … 드셔야 → 먹어야).</li>
 * </ul>
 * Sources: Sohn, <i>The Korean Language</i> (1999), ch. 9 (speech levels; subject honorification
 * is required for a socially superior subject and never used of oneself); 국립국어원 《표준 언어 예절》
 * (2011) (높임법: 할머니께서 편찮으시다, 계시다/있으시다; 친구 사이의 반말); Yeon &amp; Brown, <i>Korean: A
 * Comprehensive Grammar</i> (2011) (-(으)ㅂ시다 is not used to friends; 해요체 = 해체 + 요).
 */
final class SpeechLevels {

    /** A syllable of -시-. */
    private static final Pattern HONORIFIC_SI_SYLLABLE = Pattern.compile(".*[시셔셨세].*");
    /** A quotation mark. */
    private static final Pattern QUOTE_MARK = Pattern.compile("[\"'‘’“”「」『』]");
    /** 주다 in a polite request form with final marks. */
    private static final Pattern GIVE_POLITE = Pattern.compile("주(세요|십시오|시겠어요|시겠습니까|실래요|시죠)[.!?]*");
    /** An ending after -아/-어 (어요, 어, 습니다, 습니까, 어서, 고). */
    private static final Pattern EO_POLITE_ENDING = Pattern.compile("어요|어|습니다|습니까|어서|고");

    private SpeechLevels() {
    }

    private static final Set<String> PLAIN_PRONOUNS = Set.of("나", "나는", "난", "내", "내가", "나도", "나랑", "나하고",
            "너", "너는", "넌", "네가", "니가", "너도", "너랑");
    private static final Set<String> SELF = Set.of("제가", "저는", "전", "저도", "내가", "나는", "난");
    private static final List<String> SUBJECT_PARTICLES = List.of("께서는", "께서", "은", "는", "이", "가");
    private static final Set<String> BOUND_AFTER_L = Set.of("거예요", "거야", "겁니다", "거에요", "수");

    private static final java.util.Map<String, List<Morphology.Word>> ANALYSED = new java.util.concurrent.ConcurrentHashMap<>();

    /** A sentence's analysis, shared by the learner-word checks of one answer and cached (answers recur). */
    static List<Morphology.Word> analysed(String sentence) {
        List<Morphology.Word> w = ANALYSED.get(sentence);
        if (w == null) {
            w = Morphology.analyse(sentence);
            if (ANALYSED.size() >= 20_000) {
                ANALYSED.clear();
            }
            ANALYSED.put(sentence, w);
        }
        return w;
    }

    /** The findings on the learner's raw answer (punctuation kept, so sentences can be told apart). */
    static List<Finding> find(String raw, Register register, List<String> accepted) {
        return find(raw, register, accepted, null);
    }

    /**
     * The findings on the learner's raw answer, the formal-level note only where the activity asks for 합쇼체
     * itself ({@link FormalTasks#asksFormalStyle}: its description names the style or a public occasion).
     *
     * @param context the activity's description as the app sends it (English); null when unknown
     */
    static List<Finding> find(String raw, Register register, List<String> accepted, String context) {
        List<List<String>> sentences = sentences(raw);
        List<Finding> out = new ArrayList<>();
        if (register == Register.FORMAL && accepted.stream().noneMatch(SpeechLevels::politeSentenceEnd)
                && FormalTasks.asksFormalStyle(context)) {
            for (int s = 0; s < sentences.size(); s++) {
                List<String> words = sentences.get(s);
                String w = words.getLast();
                String fixed = formal(w, raw, words);
                if (fixed != null) {
                    // 해요체 is polite and correct: a note, not an error (Finding.FORMAL_LEVEL)
                    out.add(new Finding(ErrorCategory.HONORIFIC, w, fixed, Finding.FORMAL_LEVEL));
                }
            }
        }
        if (register == Register.POLITE && !raw.contains("\"") && !raw.contains("'")
                && accepted.stream().noneMatch(SpeechLevels::plainSentenceEnd)) {
            for (List<String> words : sentences) {
                String w = words.getLast();
                String fixed = polite(w, words);
                if (fixed != null) {
                    out.add(new Finding(ErrorCategory.HONORIFIC, w, fixed, "honorific/speech_level"));
                }
            }
        }
        if (register == Register.CASUAL) {
            boolean plain = plainSign(sentences) || nameCalled(raw)
                    || asksCasualStyle(context) && accepted.stream().noneMatch(SpeechLevels::politeSentenceEnd);
            for (List<String> words : sentences) {
                String w = words.getLast();
                String fixed = w.endsWith("시다") ? propositive(w) : plain ? casual(w, words) : null;
                if (fixed == null && w.endsWith("세요") && words.stream().anyMatch(YOU::contains)) {
                    fixed = plainRequest(w); // 네가 … 불러 주세요: 너 and -(으)세요 in one sentence (session 10)
                }
                if (fixed == null && plain && favourAsked(w, words, accepted)) {
                    fixed = "줘"; // 나 늦을 것 같아. 기다려 주세요 → 줘: a polite request among 반말 (session 26, s26e)
                }
                if (fixed == null && plain && listenerHonoured(w, words, accepted)) {
                    fixed = plainRequest(w); // 민지야, … 시간 있으세요? → 있어 (session 26, s26e)
                }
                if (fixed != null && !fixed.equals(w)) {
                    out.add(levelOrJaYo(w, fixed, words));
                }
            }
        }
        boolean carried = false;
        for (List<String> words : sentences) {
            carried = honorification(words, out, carried);
        }
        selfCarried(sentences, raw, out);
        return out;
    }

    /** Adverbs that go on with the last sentence's subject (그리고 'and', 그래서 'so', 그다음에 'then'). */
    private static final Set<String> GOING_ON = Set.of("그리고", "그래서", "그러고", "그다음에", "그다음", "또");

    /**
     * -(으)시- on the speaker's act told in the next sentence (저는 보고서를 다 끝냈습니다. 그리고 이메일로 보내셨습니다 →
     * 보냈습니다; session 29, s29e): a sentence that opens with an adverb going on with the last one (그리고, 그래서 …)
     * and names no subject of its own keeps the last sentence's subject (Sohn 1999 on subject ellipsis in discourse:
     * an omitted subject is the topic in force), so where that one was the speaker (저는, 제가 …) the -(으)시- of its
     * statement honours oneself, which subject honorification never does (Sohn 1999, ch. 9; 표준 언어 예절 2011). Not in
     * a question or a request (보내셨어요? and 확인해 주세요 are the listener's), nor with another subject or topic in
     * the sentence, nor where the speaker's sentence had a second person besides (저는 부장님께 …: the carried subject
     * is then not certain); the finding is the last word with -(으)시- taken out ({@link #plainForm}).
     */
    private static void selfCarried(List<List<String>> sentences, String raw, List<Finding> out) {
        for (int s = 1; s < sentences.size(); s++) {
            List<String> before = sentences.get(s - 1);
            List<String> words = sentences.get(s);
            String last = words.getLast();
            if (words.size() < 2 || !GOING_ON.contains(words.getFirst()) || before.stream().noneMatch(SELF::contains)
                    || raw.contains(last + "?") || last.endsWith("세요") || last.endsWith("십시오")
                    || before.stream().anyMatch(SpeechLevels::respectedSubject)
                    || out.stream().anyMatch(f -> last.equals(f.original()))) {
                continue;
            }
            List<Morphology.Word> analysed = analysed(String.join(" ", words));
            if (analysed.size() != words.size() || !analysed.getLast().verbal() || !honorific(analysed.getLast())) {
                continue;
            }
            boolean ownSubject = false;
            for (int j = 1; j < words.size() - 1; j++) {
                ownSubject |= subjectMarked(analysed.get(j)) || SELF.contains(words.get(j))
                        || respectedSubject(words.get(j)) || words.get(j).endsWith("께서");
            }
            String fixed = ownSubject ? null : plainForm(last);
            if (fixed != null && !fixed.equals(last)) {
                out.add(new Finding(ErrorCategory.HONORIFIC, last, fixed, "honorific/si_extra"));
            }
        }
    }

    /**
     * The casual activity's level finding, or the malformed -자요 where the word is one (session 27, s27d): 놀자요,
     * 가자요 join the 반말 proposal -자 and the polite 요, a form the standard does not make (국립국어원 온라인 가나다:
     * '-자요' is not standard; the proposal is -자 in 해라체/해체, -아/어요 in 해요체, -(으)ㅂ시다 in 하오체/하십시오체 use).
     * The error is the ending itself, whatever level was meant, so it is named {@code ending/ja_yo} (→ -자 to a friend)
     * and not a speech level ({@link Resynthesis#jaYo}; a noun with 요, 남자요, stays a level finding).
     */
    private static Finding levelOrJaYo(String w, String fixed, List<String> words) {
        if (w.endsWith("자요") && w.length() >= 3) {
            List<Morphology.Word> read = analysed(String.join(" ", words)); // read in its sentence (같이 놀자요)
            String[] ja = read.size() == words.size() ? Resynthesis.jaYo(w, read.getLast(), List.of()) : null;
            if (ja != null) {
                return new Finding(ErrorCategory.ENDING, w, ja[0], ja[1]);
            }
        }
        return new Finding(ErrorCategory.HONORIFIC, w, fixed, "honorific/speech_level");
    }

    /** Whether an accepted answer ends a sentence in 해요체 (the activity accepts it). */
    private static boolean politeSentenceEnd(String accepted) {
        for (List<String> s : sentences(accepted)) {
            String w = s.getLast();
            if (w.endsWith("요") && !w.endsWith("세요")) {
                return true;
            }
        }
        return false;
    }

    /** Whether an accepted answer ends a sentence in 반말 (then the activity accepts that level). */
    private static boolean plainSentenceEnd(String accepted) {
        for (List<String> s : sentences(accepted)) {
            List<Morphology.Word> analysed = analysed(String.join(" ", s));
            if (!analysed.isEmpty() && PredicateFeatures.level(s.getLast(), analysed.getLast().verbal())
                    == PredicateFeatures.Level.PLAIN) {
                return true;
            }
        }
        return false;
    }

    /**
     * Sentence endings of 해체 (반말) that become 해요체 with -요 (Yeon &amp; Brown 2019: 해요체 = 해체 +
     * 요; 표준국어대사전 '-요' 「조사」): the infinitive -아/어, and -지, -네, -(으)ㄹ게, -(으)ㄹ래,
     * -는데/-(으)ㄴ데, -거든, -잖아. Nori's forms (ᆯ is the final ㄹ; ㅓ, ㅏ the -아/어 of a contracted 돼, 가).
     */
    private static final Set<String> YO_ENDINGS = Set.of("아", "어", "여", "ㅏ", "ㅓ", "ㅕ", "ㅐ", "지", "네", "게", "ᆯ게", "을게", "래",
            "ᆯ래", "을래", "는데", "ᆫ데", "은데", "거든", "잖아");

    /**
     * A 반말 sentence end in a polite (해요체) activity, made polite (돼 → 돼요, 해 줘 → 줘요, 갈게 →
     * 갈게요, 학생이야 → 학생이에요, 뭐야 → 뭐예요); null when the word is not one. To a clerk, a driver or
     * any stranger the plain level is impolite (Sohn 1999, ch. 9; 표준 언어 예절 2011, 높임법).
     */
    private static String polite(String w, List<String> words) {
        if (w.endsWith("요") || w.equals("안녕") || w.length() > 12) {
            return null;
        }
        List<Morphology.Word> analysed = analysed(String.join(" ", words));
        if (analysed.size() != words.size()) {
            return null;
        }
        Morphology.Word last = analysed.getLast();
        if (!last.surface().equals(w) || last.morphemes().size() < 2) {
            return null;
        }
        Morphology.Morpheme end = last.morphemes().getLast();
        Morphology.Morpheme before = last.morphemes().get(last.morphemes().size() - 2);
        if (end.is("EF") && before.is("VCP") && w.endsWith("야")) {
            // the plain copula: 학생이야 → 학생이에요, 뭐야 → 뭐예요
            String noun = w.endsWith("이야") ? w.substring(0, w.length() - 2) : w.substring(0, w.length() - 1);
            if (noun.isEmpty()) {
                return null;
            }
            return noun + (Hangul.hasFinal(noun.charAt(noun.length() - 1)) ? "이에요" : "예요");
        }
        if (!end.is("EF") || !last.morphemes().getFirst().isStem()
                && !(last.morphemes().size() > 2 && last.morphemes().get(1).is("XSV", "XSA"))) {
            return null;
        }
        if (!YO_ENDINGS.contains(end.form())) {
            return replacedPlainEnding(w, end.form(), before);
        }
        return w + "요";
    }

    /**
     * The 해라체/해체 sentence enders that do not become 해요체 by adding 요 (Sohn 1999, ch. 9, the plain and intimate
     * levels; Yeon &amp; Brown 2011, on the plain style's sentence types; 국립국어원 『외국인을 위한 한국어 문법 1』 '-니',
     * '-냐', '-자', '-아라/어라', '-구나'), by Nori's form of the ending: the question -니/-(으)니, -냐/-느냐/-(으)냐, the
     * proposal -자, the command -아라/-어라/-거라, the exclamation -구나/-는구나. Each maps to its 해요체 partner: the
     * question and the proposal to -아/어요 (서니 → 서요, 먹었냐 → 먹었어요, 같이 가자 → 가요), the command to -(으)세요
     * (앉아라 → 앉으세요), the exclamation to -군요 (맛있구나 → 맛있군요). Left alone (precision first): the plain
     * declarative -다 (와, 맛있다! is said to oneself before others), whose reading Nori often merges with nouns.
     */
    private static final Set<String> QUESTION_ENDERS = Set.of("니", "으니", "냐", "느냐", "으냐");
    private static final Set<String> PROPOSAL_ENDERS = Set.of("자");
    private static final Set<String> COMMAND_ENDERS = Set.of("아라", "어라", "ㅏ라", "ㅓ라", "ㅕ라", "여라", "거라");
    private static final Set<String> EXCLAMATION_ENDERS = Set.of("구나", "는구나");

    /**
     * The learner's 해라체 sentence end made 해요체 ({@link #QUESTION_ENDERS} …), or null where the ending is none of
     * them or the polite form cannot be built from the letters (an irregular stem outside the closed lists).
     */
    private static String replacedPlainEnding(String w, String ending, Morphology.Morpheme before) {
        if (EXCLAMATION_ENDERS.contains(ending)) {
            return w.endsWith("구나") && w.length() > 2 ? w.substring(0, w.length() - 2) + "군요" : null;
        }
        boolean question = QUESTION_ENDERS.contains(ending);
        if (!question && !PROPOSAL_ENDERS.contains(ending) && !COMMAND_ENDERS.contains(ending)) {
            return null;
        }
        String body = question ? stripped(w, "느냐", "으냐", "으니", "냐", "니")
                : PROPOSAL_ENDERS.contains(ending) ? stripped(w, "자") : null;
        if (question && before.is("VCP")) {
            // the copula: 얼마니 → 얼마예요, 학생이냐 → 학생이에요
            String noun = body == null ? null : body.endsWith("이") && body.length() > 1 ? body.substring(0, body.length() - 1) : body;
            if (noun == null || noun.isEmpty() || !Hangul.isSyllable(noun.charAt(noun.length() - 1))) {
                return null;
            }
            return noun + (Hangul.hasFinal(noun.charAt(noun.length() - 1)) ? "이에요" : "예요");
        }
        if (body != null) {
            if (body.isEmpty() || !Hangul.isSyllable(body.charAt(body.length() - 1))) {
                return null;
            }
            char c = body.charAt(body.length() - 1);
            if (c == '시' && before.is("EP")) {
                return body.substring(0, body.length() - 1) + "세요"; // 가시니 → 가세요
            }
            if (Hangul.finalIndex(c) == 20 && before.is("EP")) {
                return body + "어요"; // 먹었니 → 먹었어요, 가겠니 → 가겠어요
            }
            String inf = infinitive(body);
            if (inf == null) {
                inf = OwnConjugation.infinitiveOf(body);
            }
            return inf == null ? null : inf + "요";
        }
        // the command: 앉아라 → 앉으세요, 와라 → 오세요, 해라 → 하세요, 가거라 → 가세요
        if (before.is("EP")) {
            return null;
        }
        String stem = ending.equals("거라") ? stripped(w, "거라")
                : ending.equals("아라") || ending.equals("어라") ? stripped(w, "아라", "어라")
                : w.length() >= 2 && !before.form().isEmpty() && w.endsWith("라")
                ? w.substring(0, w.length() - 2) + before.form().charAt(before.form().length() - 1) : null; // 와라, 공부해라
        if (stem == null || stem.isEmpty() || !Hangul.isSyllable(stem.charAt(stem.length() - 1))
                || !w.startsWith(stem.substring(0, stem.length() - 1)) || !before.is("VV", "XSV")) {
            return null;
        }
        char c = stem.charAt(stem.length() - 1);
        int f = Hangul.finalIndex(c);
        String stemHead = stem.substring(0, stem.length() - 1);
        if (f == Hangul.Final.D || f == Hangul.Final.B || f == Hangul.Final.S || f == Hangul.Final.H) {
            return null; // 들어라, 도와라: irregular stems whose -(으)세요 the letters do not give
        }
        if (f == Hangul.Final.NONE) {
            return stem + "세요";
        }
        if (f == Hangul.Final.L) {
            return stemHead + (char) (c - Hangul.Final.L) + "세요"; // 놀아라 → 노세요
        }
        return stem + "으세요";
    }

    /** A 해라체 ender the 해요체 replaces (서니 → 서요, 가자 → 가요, 앉아라 → 앉으세요): not the word with 요 added. */
    private static final Pattern REPLACED_ENDER = Pattern.compile(".*(니|냐|자|라|구나)");

    /** Whether a level finding replaces a 해라체 ender ({@link #replacedPlainEnding}) rather than adding 요. */
    private static boolean replacedEnder(Finding l) {
        return "honorific/speech_level".equals(l.subtype()) && REPLACED_ENDER.matcher(l.original()).matches()
                && !l.correction().equals(l.original() + "요");
    }

    /** The word without the first of the endings it ends in, or null. */
    private static String stripped(String w, String... endings) {
        for (String e : endings) {
            if (w.endsWith(e)) {
                return w.substring(0, w.length() - e.length());
            }
        }
        return null;
    }

    /**
     * One sentence of the learner's answer: its words (punctuation stripped) and Nori's analysis of
     * each, word for word.
     */
    record AnalysedSentence(List<String> words, List<Morphology.Word> analysed) {
    }

    /**
     * The sentences of the answer ({@link #sentences}) with each word's analysis ({@link #analysed});
     * a sentence whose analysis does not split into the same words is left out (the checks on the
     * learner's own words read word i and analysis i as one).
     */
    static List<AnalysedSentence> analysedSentences(String raw) {
        List<AnalysedSentence> out = new ArrayList<>();
        for (List<String> words : sentences(raw)) {
            List<Morphology.Word> analysed = analysed(String.join(" ", words));
            if (analysed.size() == words.size()) {
                out.add(new AnalysedSentence(words, analysed));
            }
        }
        return out;
    }

    /**
     * The learner's own sentences, as {@link #sentences}, or none where the answer quotes speech (a
     * double quotation mark): quoted speech keeps the quoted speaker's words and level, so the checks of
     * the learner's own honorifics read nothing in it (a convention of this product, session 9).
     */
    static List<List<String>> ownSentences(String raw) {
        return raw.contains("\"") || raw.contains("“") ? List.of() : sentences(raw);
    }

    /**
     * A sentence ends after . ? ! 。 or at a line break (compiled once: {@link #sentences} runs many times per answer);
     * the one sentence split of the checks that read sentence by sentence ({@link RequestEndings}, {@link LeftOutNegation}).
     */
    static final Pattern SENTENCE_END = Pattern.compile("(?<=[.?!。])|\\n");
    private static final Pattern BLANKS = Pattern.compile("\\s+");
    private static final Pattern PUNCTUATION = Pattern.compile("[.?!。,~…]");

    /** Clause and sentence ends: . ? ! 。 , and line breaks. */
    private static final Pattern CLAUSE_END = Pattern.compile("[.?!。,\\n]");
    /** Marks dropped from a clause's words: tildes, ellipses and quotation marks. */
    private static final Pattern CLAUSE_MARKS = Pattern.compile("[~…\"'“”]");

    /**
     * The answer's clauses (split at . ? ! 。 , and line ends) as lists of words, tildes, ellipses and quotation marks
     * dropped; an empty clause is left out. The one clause split of the checks that read a predicate with the noun
     * before it in its own clause ({@link ColdThings}, {@link WearingVerbs}; session 35).
     */
    static List<List<String>> clauses(String raw) {
        List<List<String>> out = new ArrayList<>();
        for (String clause : CLAUSE_END.split(raw)) {
            List<String> words = new ArrayList<>();
            for (String w : BLANKS.split(CLAUSE_MARKS.matcher(clause).replaceAll("").trim())) {
                if (!w.isEmpty()) {
                    words.add(w);
                }
            }
            if (!words.isEmpty()) {
                out.add(words);
            }
        }
        return out;
    }

    /** Sentences (split at . ? ! and line ends) as lists of words without punctuation. */
    static List<List<String>> sentences(String raw) {
        List<List<String>> out = new ArrayList<>();
        for (String part : SENTENCE_END.split(raw)) {
            List<String> words = new ArrayList<>();
            for (String w : BLANKS.split(part.trim())) {
                String clean = PUNCTUATION.matcher(w).replaceAll("");
                if (!clean.isEmpty()) {
                    words.add(clean);
                }
            }
            if (!words.isEmpty()) {
                out.add(words);
            }
        }
        return out;
    }

    /** A 해요체 sentence end in 합쇼체 (사리예요 → 사리입니다); null when it is not one or cannot be formed. */
    private static String formal(String w, String raw, List<String> words) {
        if (!w.endsWith("요") || w.endsWith("세요") || w.endsWith("셔요") || w.equals("안녕하세요")
                || w.contains("시") || w.contains("셨")) {
            return null; // -(으)세요 requests and greetings; -시- forms (주시겠어요?) are politer than needed
        }
        boolean question = raw.contains(w + "?");
        String stem;
        String end;
        if (w.endsWith("거예요") || w.endsWith("거에요")) {
            return w.substring(0, w.length() - 3) + (question ? "겁니까" : "겁니다");
        } else if (w.endsWith("아니에요")) {
            stem = w.substring(0, w.length() - 2);
            return stem.substring(0, stem.length() - 1) + (question ? "닙니까" : "닙니다");
        } else if (w.endsWith("이에요") && w.length() > 3) {
            stem = w.substring(0, w.length() - 3);
            end = "입니";
        } else if (w.endsWith("예요") && w.length() > 2 && !Hangul.hasFinal(w.charAt(w.length() - 3))) {
            stem = w.substring(0, w.length() - 2);
            end = "입니";
        } else if (w.endsWith("해요")) {
            stem = w.substring(0, w.length() - 2);
            end = "합니";
        } else if (w.endsWith("돼요")) {
            stem = w.substring(0, w.length() - 2);
            end = "됩니";
        } else if ((w.endsWith("어요") || w.endsWith("아요")) && w.length() > 2 && consonantStem(w.charAt(w.length() - 3))) {
            stem = w.substring(0, w.length() - 2);
            end = "습니";
        } else {
            return null;
        }
        if (!verbal(words, w) && !end.equals("입니")) {
            return null;
        }
        return stem + end + (question ? "까" : "다");
    }

    /** A syllable before -어요 that takes -습니다 unchanged: a past 았/었 (ㅆ) or 있/없/싶 (regular stems). */
    private static boolean consonantStem(char c) {
        return Hangul.isSyllable(c) && (Hangul.finalIndex(c) == Hangul.Final.SS || c == '없' || c == '싶' || c == '있');
    }

    private static boolean verbal(List<String> words, String w) {
        List<Morphology.Word> analysed = analysed(String.join(" ", words));
        for (Morphology.Word m : analysed) {
            if (m.surface().equals(w)) {
                return m.verbal();
            }
        }
        return false;
    }

    /** The task names the casual style itself (in casual speech, casually, a casual message, 반말). */
    private static final java.util.regex.Pattern ASKS_CASUAL_STYLE = java.util.regex.Pattern.compile(
            "\\bcasual(?:ly)?\\b(?! (?:clothes|clothing|wear|outfit|dress|shoes|restaurant|cafe|café|place|dinner|lunch|"
                    + "meal|party|event|job|work))|반말|\\binformal(?:ly)? (?:speech|style|language|korean)");

    /**
     * Whether the activity's description asks for 반말 itself (Send them a casual message, in casual speech, 반말):
     * then a 해요체 sentence end is the wrong level even where the whole answer keeps it, as a formal task that names
     * 합쇼체 is ({@link FormalTasks}). To a close friend the level of the friendship is 반말 (해체), and 해요체 keeps
     * the distance of acquaintances (국립국어원 『표준 언어 예절』 2011, 높임법: 친구 사이의 반말; Sohn, <i>The Korean
     * Language</i> 1999, ch. 9: the intimate style among close friends; session 28, s28d). Without such words (ask your
     * close friend …) an answer all in 해요체 is left alone, as before.
     *
     * @param context the activity's description as the app sends it (English); null when unknown
     */
    static boolean asksCasualStyle(String context) {
        return context != null && ASKS_CASUAL_STYLE.matcher(context.toLowerCase(java.util.Locale.ROOT)).find();
    }

    /** Whether the answer itself speaks 반말: a vocative, a plain pronoun, or a sentence ending in 반말. */
    private static boolean plainSign(List<List<String>> sentences) {
        List<String> first = sentences.getFirst();
        String head = first.getFirst();
        if (head.equals("야") || vocative(head, first)) {
            return true;
        }
        for (List<String> words : sentences) {
            for (String w : words) {
                if (PLAIN_PRONOUNS.contains(w) || w.startsWith("내 ")) {
                    return true;
                }
            }
            if (words.getFirst().equals("내")) {
                return true;
            }
            String end = words.getLast();
            if (!end.endsWith("요") && !end.endsWith("니다") && !end.endsWith("니까") && !end.endsWith("시다")
                    && verbal(words, end) && PredicateFeatures.level(end, true) == PredicateFeatures.Level.PLAIN) {
                return true;
            }
        }
        return false;
    }

    /** 미나야, / 민수야: a name with the vocative 아/야 (Nori's JKV), the first word of the answer. */
    private static boolean vocative(String head, List<String> sentence) {
        if (head.length() < 2 || !(head.endsWith("야") || head.endsWith("아"))) {
            return false;
        }
        List<Morphology.Word> analysed = analysed(String.join(" ", sentence));
        return !analysed.isEmpty() && analysed.getFirst().endsWith("JKV");
    }

    /** A name and the vocative 아/야 with its comma at the start of the answer (민지야, / 수진아,). */
    private static final Pattern NAME_CALLED = Pattern.compile("^\\s*([가-힣]{1,4})(아|야),");

    /**
     * Whether the answer opens by calling the listener by name with the 반말 vocative 아/야 and a comma (민지야, …),
     * where Nori reads the name and 야 as the copula (민지 + 이 + 야) rather than the vocative {@link #vocative} asks
     * for: 야 after a vowel and 아 after a consonant, the name a noun or a word Nori does not know. The vocative
     * 아/야 is said only to a friend or a junior (표준국어대사전 '아'⁹/'야'⁹ 「조사」: 해라할 자리에 쓰여; 국립국어원
     * 『표준 언어 예절』 2011, 호칭: 친구를 이름에 '-아/-야'를 붙여 부른다), so a 해요체 ending after it in the same answer
     * mixes the levels (Sohn 1999, ch. 9: one utterance keeps one speech level; session 20, s20b).
     */
    static boolean nameCalled(String raw) {
        java.util.regex.Matcher m = NAME_CALLED.matcher(raw);
        if (!m.find()) {
            return false;
        }
        String name = m.group(1);
        char last = name.charAt(name.length() - 1);
        if (Hangul.hasFinal(last) != m.group(2).equals("아")) {
            return false;
        }
        List<Morphology.Word> read = Morphology.analyse(name);
        return read.size() == 1 && !read.getFirst().morphemes().isEmpty()
                && read.getFirst().morphemes().stream().allMatch(x -> x.is("NNP", "NNG", "UNKNOWN"));
    }

    /** 해요체 to 반말 on the learner's word: 봐요 → 봐, 배드민턴이에요 → 배드민턴이야, 거예요 → 거야. */
    private static String casual(String w, List<String> words) {
        if (!w.endsWith("요") || w.length() < 2 || w.endsWith("세요")) {
            return null;
        }
        if (w.endsWith("아니에요")) {
            return w.substring(0, w.length() - 2) + "야";
        }
        if (w.endsWith("이에요") && w.length() > 3) {
            return w.substring(0, w.length() - 3) + "이야";
        }
        if (w.endsWith("예요") || w.endsWith("에요")) {
            return w.substring(0, w.length() - 2) + "야";
        }
        return verbal(words, w) ? w.substring(0, w.length() - 1) : null;
    }

    /**
     * Whether the sentence ends in the auxiliary 주세요 after a verb in -아/어 (기다려 주세요, 와 주세요), in a casual
     * activity whose answer speaks 반말 elsewhere ({@link #plainSign}): a request of a favour from the friend the
     * activity addresses, in 해요체 among 반말 (session 26, s26e). One utterance keeps one speech level (Sohn 1999,
     * ch. 9; 표준 언어 예절 2011, 높임법: a friend is spoken to in 반말), so -아/어 주세요 there is -아/어 줘
     * (표준국어대사전 '주다' 「보조동사」). Left alone: a sentence with a subject or an honoured person (할머니가 … 주세요
     * may be about the grandmother), and an activity whose accepted answers end a sentence in -세요 themselves.
     */
    private static boolean favourAsked(String w, List<String> words, List<String> accepted) {
        if (!w.equals("주세요") || words.size() < 2 || seyoAccepted(accepted)) {
            return false;
        }
        List<Morphology.Word> analysed = analysed(String.join(" ", words));
        if (analysed.size() != words.size()) {
            return false;
        }
        Morphology.Word verb = analysed.get(words.size() - 2);
        String form = words.get(words.size() - 2);
        boolean infinitive = verb.verbal() && verb.endsWith("EC") && !form.endsWith("고") && !form.endsWith("서");
        return infinitive && words.stream().noneMatch(x -> x.endsWith("께서") || x.endsWith("님이") || x.endsWith("님께서")
                || x.endsWith("님은") || x.endsWith("님도"));
    }

    /**
     * Whether the sentence ends in -(으)세요 said to the friend a casual answer otherwise speaks 반말 to
     * ({@link #plainSign}: 민지야, …, 나, a 반말 sentence end): 민지야, 이번 주 토요일 저녁에 시간 있으세요? → 있어 (session 26, s26e). -(으)세요
     * honours the subject and is 해요체; to a friend called with 아/야, neither holds (Sohn 1999, ch. 9: one utterance keeps
     * one speech level; 표준국어대사전 '아'⁹/'야'⁹). Left alone: a sentence that names a person (할머니 계세요? may honour
     * the grandmother; 님, 께서), greetings and farewells (여보세요, 안녕하세요, 안녕히 가세요, 수고하세요), and an activity whose
     * accepted answers say -세요 themselves.
     */
    private static boolean listenerHonoured(String w, List<String> words, List<String> accepted) {
        if (!w.endsWith("세요") || w.equals("주세요") || w.startsWith("안녕") || w.startsWith("수고") || w.equals("여보세요")
                || words.contains("안녕히") || seyoAccepted(accepted)) {
            return false;
        }
        return words.stream().noneMatch(x -> x.contains("님") || x.endsWith("께서") || x.endsWith("께")
                || ParticleFrames.ANIMATE.stream().anyMatch(x::startsWith));
    }

    /** Whether an accepted answer ends a sentence in -(으)세요 other than a greeting (여보세요, 안녕하세요). */
    private static boolean seyoAccepted(List<String> accepted) {
        return accepted.stream().flatMap(a -> sentences(a).stream()).map(List::getLast)
                .anyMatch(w -> w.endsWith("세요") && !w.equals("여보세요") && !w.startsWith("안녕"));
    }

    /** The plain second-person pronoun with its particles (너, 네가, 니가, 넌 …): a 반말 word. */
    private static final Set<String> YOU = Set.of("너", "너는", "넌", "네가", "니가", "너도", "너랑", "너하고",
            "너한테", "너를", "널", "너만");

    /**
     * A -(으)세요 request or question made 반말 (불러 주세요 → 불러 줘, 앉으세요 → 앉아, 드세요 → 먹어), or
     * null: in a casual activity a sentence that calls the listener 너/네가 speaks 반말 throughout, and
     * -(으)세요 both honours the listener and is 해요체 (Sohn 1999, ch. 9: one utterance keeps one speech
     * level; 표준 언어 예절 2011: 너 is said only to a friend or a junior, to whom one speaks 반말).
     */
    private static String plainRequest(String w) {
        String plainPolite = plainForm(w);
        return plainPolite != null && plainPolite.endsWith("요") ? plainPolite.substring(0, plainPolite.length() - 1) : null;
    }

    /** -(으)ㅂ시다 to a friend → -자 (만납시다 → 만나자, 먹읍시다 → 먹자). */
    private static String propositive(String w) {
        if (w.endsWith("읍시다") && w.length() > 3) {
            return w.substring(0, w.length() - 3) + "자";
        }
        if (w.length() < 3) {
            return null;
        }
        char c = w.charAt(w.length() - 3);
        if (!Hangul.isSyllable(c) || Hangul.finalIndex(c) != Hangul.Final.B) {
            return null;
        }
        return w.substring(0, w.length() - 3) + Hangul.withoutFinal(c) + "자";
    }

    /**
     * The comparison's findings with these: a finding on a word one of these is about is replaced
     * (배드민턴이에요 → 배드민턴이야 was an {@code ending/copula}); an {@code ending} finding that is only
     * -(으)시- added (퇴근하셔도 → 퇴근해도) is {@code honorific/si_extra}.
     */
    static SentenceCheck.Result merge(SentenceCheck.Result compared, List<Finding> levels, String raw) {
        List<Finding> out = new ArrayList<>();
        // the comparison reads the answer without quotation marks (AnswerText.normalise); where a check on the
        // learner's words found the same error on the quoted word ('눈치'은 → '눈치'는), that span as written is kept
        List<Finding> own = levels;
        List<Finding> unquoted = compared.findings().stream().filter(f -> own.stream().noneMatch(l ->
                l.category() == f.category() && !l.original().equals(f.original())
                        && unquoted(l.original()).equals(f.original()) && unquoted(l.correction()).equals(f.correction())))
                .toList();
        boolean changed = unquoted.size() < compared.findings().size();
        SentenceCheck.Result judged = changed
                ? new SentenceCheck.Result(unquoted, compared.confidence(), compared.paraphrase()) : compared;
        // the comparison's finding of the same kind on the same words is kept (it quotes the accepted answer:
        // 예약했어요 → 예약하고 싶어요; a word-order span here has the whole predicate phrase), and a malformed word is an ending error before it is a tense (아프어요)
        levels = levels.stream().filter(l -> judged.findings().stream().noneMatch(f -> overlaps(l.original(), f.original())
                && (l.note() && !f.note() // an error the comparison found on the word outweighs a formal-level note
                || "honorific/speech_level".equals(l.subtype()) && l.correction().endsWith("요")
                        && (f.category() == ErrorCategory.ENDING || f.category() == ErrorCategory.SPELLING)
                        && !f.original().contains(" ") // a malformed word (보을래) is corrected before its level
                        && !replacedEnder(l) // 서니 → 서요: a 해라체 ender is the level itself, not a malformed word (session 34)
                        && !NamedErrors.plainCopula(l, f) // 얼마야 → 얼마예요: the level, not a copula form (session 25, s25c)
                // the same words turned round by the comparison: its order quotes the accepted answer (갈 거예요 부산에
                // 이번 주말에 → 이번 주말에 부산에 갈 거예요; session 26, s26c)
                || f.category() == ErrorCategory.WORD_ORDER && l.category() == ErrorCategory.WORD_ORDER
                        && f.original().equals(l.original()) && f.correction() != null && !f.correction().isBlank()
                        && !f.correction().equals(l.correction()) // (the same repair: the check's subtype names it)
                || f.category() == l.category() && l.category() != ErrorCategory.WORD_ORDER
                        && !"honorific/si_thing".equals(l.subtype())
                        && !tighterGap(l, f, raw) // 영화 → 영화 두 장, not 영화 두 장 주세요 (session 37, s37d) // (not the listener's: 버스는 … 출발하십니까)
                        && !auxiliaryAdded(l, f) // 보냈습니다 → 보내겠습니다, not 보내 드리겠습니다 (session 38, s38a)
                        // the one word of the speaker's own -시- (드셔야 → 먹어야), not the accepted phrase it was
                        // aligned with (드셔야 돼요 → 먹어요): the smallest whole word that holds the error (session 16)
                        && !("honorific/si_extra".equals(l.subtype()) && "honorific/verb".equals(f.subtype())
                                && !l.original().contains(" ") && f.original().contains(" "))
                        // 너 … 앉으세요 → 앉아 is the level of the whole sentence, not -(으)시- about oneself
                        && !("honorific/speech_level".equals(l.subtype()) && "honorific/si_extra".equals(f.subtype())
                                && !HONORIFIC_SI_SYLLABLE.matcher(l.correction()).matches())
                        && !repairs(l, f) // (밝어요 → 밝아요, not the accepted 좋아요)
                        && !AcceptedTense.favourAdded(l, f) // (보냈습니다 → 보내겠습니다, not 보내 드리겠습니다; session 38, s38c)
                        && !AcceptedRoles.replaces(l, f) // (지하철역에서 → 지하철역에 of 가요, not 지하철역이; session 16)
                || l.category() == ErrorCategory.TENSE
                && (f.category() == ErrorCategory.ENDING || f.category() == ErrorCategory.SPELLING)
                // -(으)세요 for a promise the comparison already filed as another ending (나중에 다시 전화하세요,
                // the first blind set's convention, PredicateCheck): its finding stands (session 13)
                || "honorific/own_promise".equals(l.subtype()) && "ending/form".equals(f.subtype())))).toList();
        List<Finding> ownGaps = levels;
        for (Finding f : judged.findings()) {
            if (f.category() == ErrorCategory.INCOMPLETE && ownGaps.stream().anyMatch(l -> l.category() == ErrorCategory.INCOMPLETE
                    && tighterGapOnLastWord(l, f))) {
                // 기사님, 여기서 세워 주세요.: one gap, reported once, by the task check on the word it follows (the span
                // convention; session 38, s38a)
                changed = true;
                continue;
            }
            if (levels.stream().anyMatch(l -> !l.note() && overlaps(l.original(), f.original())
                            // a number in the wrong system and the particle its counter needs are two errors (오후 일 시
                            // 늦춰도 → 한 시 and 시로; session 33, s33c)
                            && !(f.subtype() != null && f.subtype().startsWith("counter/")
                                    && (l.category() == ErrorCategory.PARTICLE_MISSING
                                            || l.category() == ErrorCategory.PARTICLE_WRONG)
                                    && !l.original().contains(" "))
                            // a misspelt word inside a phrase put in order is two errors, the letters and the order
                            // (감사함니다 들어 주셔서 → 감사합니다 and 들어 주셔서 감사합니다; session 36, s36c)
                            && !(f.category() == ErrorCategory.SPELLING && l.category() == ErrorCategory.WORD_ORDER
                                    && !f.original().strip().contains(" ")))
                    || "honorific/speech_level".equals(f.subtype()) && !levels.contains(f) && !plainWord(f.original())
                            // the same finding on the learner's own words (서니 → 서요, which Nori reads alone as a
                            // name): the comparison found what the level check found (session 34)
                            // (session 37, s37c: any finding the level check made itself, 서 → 서요, a bare stem that
                            // PredicateFeatures cannot tell from the linking -서)
                            && !own.contains(f)
                    || "honorific/si_extra".equals(f.subtype()) && !levels.contains(f) && listenersQuestion(f.original(), raw)
                    || "word_order/verb_final".equals(f.subtype()) && vocativeLast(f.original())
                    // 어디에 있어요 지하철역이: the predicate the comparison misses after the last phrase is the learner's,
                    // put before it (word_order/verb_final), not one left out (session 25)
                    || f.category() == ErrorCategory.INCOMPLETE && (f.original() == null || f.original().isBlank())
                            && levels.stream().anyMatch(l -> "word_order/verb_final".equals(l.subtype()))
                    || SpokenShapes.missingWordCorrected(f, levels)) { // 나를 → 나한테 found: 나한테 is not missing (session 14)
                // a politer form is never corrected down (결석했습니다 죄송합니다 선생님 read as one predicate);
                // -(으)시- in a question honours the listener (얼마나 걸리는지 아세요?); a vocative after the
                // predicate is no misplaced phrase (감사합니다, 사장님)
                changed = true;
                continue;
            }
            if (f.category() == ErrorCategory.ENDING && !f.original().contains(" ")
                    && f.correction().equals(plainForm(f.original()))) {
                out.add(new Finding(ErrorCategory.HONORIFIC, f.original(), f.correction(), "honorific/si_extra"));
                changed = true;
                continue;
            }
            out.add(f);
        }
        for (Finding l : levels) {
            if (!out.contains(l)) {
                out.add(l);
                changed = true;
            }
        }
        if (!changed) {
            return judged;
        }
        boolean failed = out.stream().anyMatch(f -> !f.note());
        return new SentenceCheck.Result(out, Math.min(judged.confidence(), failed ? 0.85 : SentenceCheck.UNSURE),
                !failed);
    }

    /** A span without its quotation marks, as the comparison reads it ('눈치'은 → 눈치은). */
    private static String unquoted(String span) {
        return QUOTE_MARK.matcher(span).replaceAll("");
    }

    /**
     * Whether {@code own}, a finding of a check on the learner's own words, outranks the comparison's
     * finding {@code compared} of the same category on the same word: {@code own} repairs the learner's
     * word (its subtype names a rule that the word as written breaks, whatever the accepted answer: one of
     * {@link #REPAIRS}; its correction is the learner's word repaired, not another verb), on one word, and
     * the comparison on that word (its span narrowed to the words it changes) either
     * <ul>
     * <li>makes the same repair: the rule's name is the better explanation (볼게? → 볼래 is a promise
     * asked, not "another ending"; 바꿔 수 → 바꿀 수 is 바꿔 → 바꿀 of the -(으)ㄹ modifier);</li>
     * <li>quotes another verb of the accepted answer: the learner's own form is what is wrong, whichever
     * word was meant (밝어요 → 밝아요, not the accepted 좋아요);</li>
     * <li>or turns the learner's sentence end into the accepted answer's connective, where the learner
     * wrote two sentences (일주일 전에 주문합니다. → 주문했습니다, not the accepted 주문했는데);</li>
     * <li>or, for a reason before a proposal ({@link ClauseEndings#reasonBeforeProposal}), turns the learner's connective into
     * the accepted answer's sentence end (많아서 → 많으니까, not 많아).</li>
     * </ul>
     * Otherwise the comparison's finding stays: it quotes the accepted answer where the learner's word is
     * not the issue (내일 예약했어요 → 예약하고 싶어요 of the wish, not only the present 예약해요; 줘 →
     * 주세요, not only 줘요). A convention of this product (session 5 round 2; one rule since session 11).
     */
    static boolean repairs(Finding own, Finding compared) {
        if (own.category() != compared.category() || own.subtype() == null || !REPAIRS.contains(own.subtype())
                || own.original() == null || own.correction() == null || own.original().isEmpty()
                || own.original().contains(" ")
                || compared.original() == null || compared.correction() == null
                || Evidence.otherVerb(own.original(), own.correction())) {
            return false;
        }
        String other;
        if (own.original().equals(compared.original())) {
            other = compared.correction();
        } else {
            String[] narrow = Spacing.trimCommonWords(compared.original(), compared.correction());
            if (!own.original().equals(narrow[0])) {
                return false;
            }
            other = narrow[1]; // (바꿔 수 → 바꿀 수 of the comparison is 바꿔 → 바꿀)
        }
        return other.equals(own.correction()) || Evidence.otherVerb(own.correction(), other)
                || finalForm(own.correction()) && linking(other)
                // a reason before a proposal, which the comparison ends as the accepted answer's first sentence
                // (많아서 → 많아 where the accepted answer says 많아. 다른 식당에 가자): the connective is what is
                // wrong, and -(으)니까 keeps the learner's one sentence (session 19)
                || "ending/reason_before_proposal".equals(own.subtype())
                        && (finalForm(other) || own.original().startsWith(other));
    }

    /**
     * The subtypes of the own-word checks that repair the learner's word by a rule of its form: the
     * endings that do not fit their sentence ({@link ClauseEndings}), the learner's conjugation ({@link
     * OwnConjugation}) and a tense the learner's own time word contradicts ({@link TimeWords}).
     */
    private static final Set<String> REPAIRS = java.util.stream.Stream.of(ClauseEndings.REPAIRS,
            OwnConjugation.REPAIRS, TimeWords.REPAIRS, TurnEndings.REPAIRS, ReuForms.REPAIRS).flatMap(Set::stream).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** A sentence-final predicate (했습니다, 했어요, 했어, 했다). */
    private static boolean finalForm(String w) {
        return w.endsWith("니다") || w.endsWith("요") || w.endsWith("어") || w.endsWith("다");
    }

    /** A clause-linking predicate (했는데, 하고, 해서, 했지만). */
    private static boolean linking(String w) {
        return w.endsWith("는데") || w.endsWith("고") || w.endsWith("서") || w.endsWith("지만");
    }

    /** Whether one of these words is at the plain (반말) level (있어, 줘, 고마워, 민수야, 안녕). */
    private static boolean plainWord(String span) {
        for (Morphology.Word w : Morphology.analyse(span)) {
            if (w.surface().equals("안녕")
                    || PredicateFeatures.level(w.surface(), w.verbal()) == PredicateFeatures.Level.PLAIN) {
                return true;
            }
        }
        return false;
    }

    /** A word that addresses the listener after the predicate (감사합니다, 사장님; 얼마예요, 아저씨?). */
    private static boolean vocativeLast(String span) {
        String last = span.substring(span.lastIndexOf(' ') + 1);
        if (last.endsWith("님") || last.endsWith("씨") || Set.of("아주머니", "아줌마", "언니", "오빠", "누나", "형", "여러분", "할머니", "할아버지", "이모", "삼촌", "선배").contains(last)) {
            return true;
        }
        List<Morphology.Word> w = Morphology.analyse(last);
        return w.size() == 1 && (w.getFirst().endsWith("JKV") || w.getFirst().morphemes().size() == 1
                && w.getFirst().startsWith("NNP"));
    }

    /** The span's last word ends a question with no first-person subject in its sentence. */
    private static boolean listenersQuestion(String span, String raw) {
        String last = span.substring(span.lastIndexOf(' ') + 1);
        if (!raw.contains(last + "?")) {
            return false;
        }
        for (List<String> sentence : sentences(raw)) {
            if (sentence.getLast().equals(last)) {
                // a subject in the question (게이트가 어디에 있으세요?) is who the -시- is about
                return sentence.stream().noneMatch(SELF::contains) && analysed(String.join(" ", sentence))
                        .stream().noneMatch(w -> w.endsWith("JKS"));
            }
        }
        return false;
    }

    /**
     * Whether the task check's {@code own} part left out is the comparison's {@code compared} one without words the
     * learner says anyway (영화 → 영화 두 장 for the comparison's 영화 두 장 주세요, where 밤 9시 영화 뒤쪽 자리로 주세요 has
     * its 주세요): one part left out at one word, and the span convention adds only what is missing (docs/blind-brief.md,
     * "Span convention"; session 37, s37d).
     */
    private static boolean tighterGap(Finding own, Finding compared, String raw) {
        if (own.category() != ErrorCategory.INCOMPLETE || compared.category() != ErrorCategory.INCOMPLETE
                || own.correction() == null || compared.correction() == null) {
            return false;
        }
        if (!own.original().equals(compared.original())) {
            return tighterGapOnLastWord(own, compared);
        }
        if (!compared.correction().startsWith(own.correction())) {
            return false;
        }
        if (compared.correction().equals(own.correction())) {
            return true; // the same gap: the task check names it (incomplete/missing_number)
        }
        if (!compared.correction().startsWith(own.correction() + " ")) {
            return false;
        }
        List<String> said = java.util.Arrays.stream(raw.split("[\\s.,?!]+")).toList();
        return java.util.Arrays.stream(compared.correction().substring(own.correction().length()).strip().split(" "))
                .allMatch(w -> said.contains(w.replaceAll("[.,?!]", "")));
    }

    /**
     * As {@link #tighterGap} where the comparison quoted the whole sentence and the task check its last word (기사님,
     * 여기서 세워 주세요. → 여기서 세워 주세요 영수증 주세요 beside 주세요. → 주세요. 영수증 주세요): one gap after the same
     * word, reported once, on that word (the span convention: only what is missing is added; session 38, s38a).
     */
    private static boolean tighterGapOnLastWord(Finding own, Finding compared) {
        String ownWord = unmarked(own.original());
        String[] comparedWords = unmarked(compared.original()).split(" ");
        String ownCorrection = unmarked(own.correction());
        return !ownWord.isEmpty() && !ownWord.contains(" ") && comparedWords.length > 1
                && comparedWords[comparedWords.length - 1].equals(ownWord)
                && ownCorrection.startsWith(ownWord + " ") && unmarked(compared.correction()).endsWith(ownCorrection);
    }

    /** The forms of the auxiliaries of a favour, 드리다 and 주다 (드리겠습니다, 드릴게요, 줄게, 주겠습니다). */
    private static final Pattern FAVOUR = Pattern.compile("(드리|드릴|드려|드렸|주|줄|줘|줬)\\S*");

    /**
     * A tense the task check corrected on the learner's own verb (보냈습니다 → 보내겠습니다) where the comparison quotes the
     * accepted answer's verb with an auxiliary of favour the learner did not write (보내 드리겠습니다): the same tense,
     * and the span convention changes only what is wrong, so the one-word correction is kept (session 38, s38a).
     */
    private static boolean auxiliaryAdded(Finding own, Finding compared) {
        if (own.category() != ErrorCategory.TENSE || compared.category() != ErrorCategory.TENSE
                || !own.original().equals(compared.original()) || own.original().contains(" ")
                || own.correction() == null || compared.correction() == null || own.correction().contains(" ")) {
            return false;
        }
        String[] c = compared.correction().strip().split(" ");
        String o = own.correction().strip();
        return c.length == 2 && FAVOUR.matcher(c[1]).matches() && !own.original().contains("드리")
                && o.length() > 2 && o.charAt(0) == c[0].charAt(0) && c[1].length() > 2
                && o.endsWith(c[1].substring(c[1].length() - 2));
    }

    /** The words without sentence marks and commas, single-spaced. */
    private static String unmarked(String s) {
        return s == null ? "" : s.replaceAll("[.,?!~]", " ").strip().replaceAll("\\s+", " ");
    }

    private static boolean overlaps(String a, String b) {
        for (String x : a.split(" ")) {
            for (String y : b.split(" ")) {
                if (!x.isEmpty() && x.equals(y)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The speaker as topic (저는 …, "as for me"), not as subject (제가). */
    private static final Set<String> SELF_TOPICS = Set.of("저는", "전", "저도", "나는", "난");

    /**
     * A request with 주다 after the speaker named as topic (저는 비빔밥으로 주세요, 전 덜 맵게 해 주세요): -(으)세요,
     * -(으)십시오, -(으)시겠어요 on 주다 ask the listener to give or do, and the -시- honours the listener, the
     * giver; 저는 is the topic ("as for me"), not the subject of 주다 (Yeon &amp; Brown 2019 on -(으)세요 and
     * -아/어 주세요; Sohn 1999 on topic and subject). With 제가/내가 as subject (제가 해 주세요) the finding stays.
     */
    private static boolean topicRequest(String self, String marked) {
        return SELF_TOPICS.contains(self) && GIVE_POLITE.matcher(marked).matches();
    }

    /**
     * -(으)시- missing after a respected subject, or used after the speaker as subject. A subject left
     * unhonoured stays the subject of the verbs chained to it (아파서 집에 갔어요 → 아프셔서 … 가셨어요) and of
     * the next sentence when that one names no subject of its own ({@code carried}: 없어요. 두 시에
     * 돌아올 거예요 → 돌아오실); those verbs are reported only once the first one was (a correct answer is
     * never failed by the carried reading).
     *
     * @return whether the sentence's last verb was reported as {@code si_missing} (the subject carries on)
     */
    private static boolean honorification(List<String> words, List<Finding> out, boolean carried) {
        if (carried && words.stream().anyMatch(HumbleVerbs::humble)) {
            // 뵈러 갈 거예요: a humble verb makes the honoured person the object, the sentence the speaker's own acts,
            // whose verbs take no -시- (표준 언어 예절 2011; Sohn 1999 ch. 9 on object honorifics; session 38, s38a)
            carried = false;
        }
        List<Morphology.Word> analysed = null;
        boolean carries = false;
        for (int i = carried ? -1 : 0; i < words.size(); i++) {
            boolean self = i >= 0 && SELF.contains(words.get(i));
            boolean respected = i < 0 || respectedSubject(words.get(i));
            if (!self && !respected) {
                continue;
            }
            if (analysed == null) {
                analysed = analysed(String.join(" ", words));
            }
            if (analysed.size() != words.size()) {
                return false;
            }
            boolean reported = false;
            carries = false;
            for (int j = i + 1; j < words.size(); j++) {
                Morphology.Word m = analysed.get(j);
                if (!m.verbal()) {
                    if (subjectMarked(m) || i < 0 && SELF.contains(words.get(j))) {
                        break; // another subject: the verb is not the respected person's or the speaker's
                    }
                    continue;
                }
                // the verb with its auxiliaries (해 주셨어: -시- on the auxiliary honours the subject too)
                int k = j;
                while (k + 1 < words.size() && analysed.get(k).endsWith("EC") && analysed.get(k + 1).verbal()
                        && !(clauseBoundary(analysed.get(k)) && !analysed.get(k + 1).startsWith("VX"))
                        && !(self && quotation(analysed.get(k)))) {
                    k++;
                }
                int marked = -1;
                for (int x = j; x <= k; x++) {
                    if (honorific(analysed.get(x))) {
                        marked = x;
                    }
                }
                String next = k + 1 < words.size() ? words.get(k + 1) : "";
                if (respected && marked < 0) {
                    String fixed = honour(words.get(k), next);
                    if (fixed != null) {
                        out.add(new Finding(ErrorCategory.HONORIFIC, words.get(k), fixed,
                                words.get(k).startsWith("죽") ? "honorific/verb" : "honorific/si_missing"));
                        reported = true;
                    }
                } else if (self && marked >= 0 && !topicRequest(words.get(i), words.get(marked))) {
                    String fixed = plainForm(words.get(marked));
                    if (fixed != null) {
                        out.add(new Finding(ErrorCategory.HONORIFIC, words.get(marked), fixed, "honorific/si_extra"));
                    }
                }
                if (!reported || !analysed.get(k).endsWith("EC") || k + 1 >= words.size()) {
                    // (돌아가셨어요 ends the elder's acts: the next sentence is the speaker's; session 16)
                    carries = reported && !words.get(k).startsWith("죽")
                            && (k == words.size() - 1 || BOUND_AFTER_L.contains(next) && k + 2 == words.size());
                    break;
                }
                j = k; // a connective: the same subject goes on to the next verb
            }
        }
        return carries;
    }

    /**
     * Whether the word ends in an indirect quotation (-다고, -라고, -냐고, -자고: 제가 전화했다고 전해 주세요): the
     * speaker is the subject of the quoted clause only, and the reporting verb after it (전해 주세요) has its
     * own subject, the listener, whom its -시- honours (국립국어원 한국어 문법 1, 간접 인용절; Yeon &amp; Brown 2019,
     * reported speech; Sohn 1999 ch. 9). Used for the speaker as subject only: an elder's quoted verb (선생님이
     * 간다고 하셨어요) may take -시- or not, so its chain is left as it was.
     */
    private static boolean quotation(Morphology.Word w) {
        String ending = w.morphemes().getLast().form();
        return Set.of("다고", "ㄴ다고", "는다고", "라고", "이라고", "냐고", "느냐고", "으냐고", "자고").contains(ending.replace("ᆫ", "ㄴ"));
    }

    /**
     * Whether the word ends in a connective that closes a clause of background, contrast, cause or
     * condition (-는데, -지만, -(으)니까, -(으)면): the next clause may have a subject of its own, so
     * 도와드리고 싶은데 괜찮으세요? asks whether it suits the listener, whom the -시- honours (Yeon &amp;
     * Brown 2019, on -는데 and clause connectives; Sohn 1999 ch. 9). An auxiliary after it (싶은데 is
     * the -고 싶다 of the verb before) still belongs to the same verb.
     */
    private static boolean clauseBoundary(Morphology.Word w) {
        String ending = w.morphemes().getLast().form().replace("ᆫ", "ㄴ");
        return Set.of("는데", "은데", "ㄴ데", "지만", "니까", "으니까", "면", "으면").contains(ending);
    }

    private static boolean respectedSubject(String w) {
        for (String p : SUBJECT_PARTICLES) {
            if (w.endsWith(p) && w.length() > p.length()) {
                String noun = w.substring(0, w.length() - p.length());
                if (Persons.HONOURED.contains(noun) || noun.length() >= 3 && noun.endsWith("님")) {
                    // the particle must fit the noun (선생님이, 할머니가)
                    return p.startsWith("께") || Hangul.hasFinal(noun.charAt(noun.length() - 1))
                            == (p.equals("은") || p.equals("이"));
                }
            }
        }
        return false;
    }

    private static boolean subjectMarked(Morphology.Word w) {
        return w.endsWith("JKS") || w.endsWith("JX") && (w.surface().endsWith("은") || w.surface().endsWith("는"));
    }

    /** -(으)시- in the word: a pre-final 시, an ending Nori keeps it in, or an honorific stem. */
    private static boolean honorific(Morphology.Word w) {
        for (Morphology.Morpheme m : w.morphemes()) {
            if (m.is("EP") && (m.form().equals("시") || m.form().equals("으시"))) {
                return true;
            }
            if (m.isEnding() && (m.form().startsWith("시") || m.form().startsWith("세") || m.form().startsWith("셔")
                    || m.form().startsWith("셨") || m.form().startsWith("으시") || m.form().startsWith("으세")
                    || m.form().startsWith("으셔") || m.form().startsWith("으셨"))) {
                return true;
            }
            if (m.is("VV", "VA") && Set.of("드시", "주무시", "계시", "편찮으시").contains(m.form())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Verbs whose subject-honorific form is known: {plain infinitive (-아/어), plain past stem, plain
     * ㄹ-modifier, formal present, honorific stem without 시, which prefixes are allowed ("" = none,
     * "*" = any noun, as in 요리했어)}.
     */
    private static final String[][] HONOURED = {
            {"있어", "있었", "있을", "있습니", "계", ""},
            {"없어", "없었", "없을", "없습니", "안 계", ""},
            {"아파", "아팠", "아플", "아픕니", "편찮으", ""},
            {"편찮아", "편찮았", "편찮을", "편찮습니", "편찮으", ""},
            {"먹어", "먹었", "먹을", "먹습니", "드", ""},
            {"지내", "지냈", "지낼", "지냅니", "지내", ""},
            {"마셔", "마셨", "마실", "마십니", "드", ""},
            {"자", "잤", "잘", "잡니", "주무", ""},
            {"죽어", "죽었", "죽을", "죽습니", "돌아가", ""}, // 돌아가시다 of an elder (표준 언어 예절 2011; session 16)
            {"해", "했", "할", "합니", "하", "*"},
            {"와", "왔", "올", "옵니", "오", "돌아|들어|나|다녀|올라|내려|"},
            {"가", "갔", "갈", "갑니", "가", "돌아|들어|나|다녀|올라|내려|"},
            // the auxiliary or main 주다 of a favour the honoured person gives (의사 선생님이 봐 줄 수 있어요? → 주실,
            // 선생님이 도와줬어요 → 도와주셨어요; 표준 언어 예절 2011, 주체 높임: the giver of -아/어 주다 is its subject;
            // session 36, s36d)
            {"줘", "줬", "줄", "줍니", "주", "도와|"},
            // 살다 of an honoured person: the ㄹ drops before -시- (사세요, 사셨어요; 표준국어대사전 '살다', ㄹ 탈락; the
            // teacher's parents live: 부모님은 어디에 사세요?; session 38, s38a)
            {"살아", "살았", "살", "삽니", "사", ""},
    };

    /** The word with -(으)시- (아파요 → 편찮으세요, 했어 → 하셨어, 돌아올 → 돌아오실), or null. */
    static String honour(String w, String next) {
        for (String[] v : HONOURED) {
            String h = v[4];
            String[] tries = {v[1], v[0] + "서", v[0] + "요", v[3] + "다", v[3] + "까", v[0], v[2]};
            String[] gives = {h + "셨", h + "셔서", h + "세요", h + "십니다", h + "십니까", h + "셔", h + "실"};
            for (int k = 0; k < tries.length; k++) {
                int at = w.lastIndexOf(tries[k]);
                if (at < 0) {
                    continue;
                }
                String prefix = w.substring(0, at);
                String rest = w.substring(at + tries[k].length());
                boolean whole = k == 0 ? EO_POLITE_ENDING.matcher(rest).matches() : rest.isEmpty();
                if (k == 6 && !BOUND_AFTER_L.contains(next)) {
                    whole = false;
                }
                if (!whole || !prefixAllowed(prefix, v[5])) {
                    continue;
                }
                return prefix + gives[k] + rest;
            }
        }
        return null;
    }

    private static boolean prefixAllowed(String prefix, String allowed) {
        if (allowed.equals("*")) {
            return true;
        }
        for (String a : allowed.split("\\|", -1)) {
            if (a.equals(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** Verbs whose own stem ends in 시 (표준국어대사전): their 셔/셨 is no honorific (마셔요, 모셨어요). */
    private static final Set<String> SI_STEMS = Set.of("마시", "모시");

    /**
     * The word without -(으)시- (늦으셨어요 → 늦었어요, 아프셔서 → 아파서, 드셔야 → 먹어야, 체크아웃하시겠습니다 →
     * 체크아웃하겠습니다 (session 16); the copula:
     * 시티십니다 → 시티입니다, {@link #copulaWithoutSi}), or null.
     */
    static String plainForm(String w) {
        String copula = copulaWithoutSi(w);
        if (copula != null) {
            return copula;
        }
        String[][] forms = {{"으셨", "셨"}, {"으셔", "셔"}, {"으세요", "세요"}, {"으십니", "십니"}, {"으시겠", "시겠"}};
        for (String[] pair : forms) {
            for (String f : pair) {
                int at = w.indexOf(f);
                if (at <= 0) {
                    continue;
                }
                String stem = w.substring(0, at);
                String rest = w.substring(at + f.length());
                if (f.startsWith("으") != Hangul.hasFinal(stem.charAt(stem.length() - 1))) {
                    continue;
                }
                String withSi = stem + "시";
                if (!f.startsWith("으") && SI_STEMS.stream().anyMatch(withSi::endsWith)) {
                    return null; // 마셔요, 모셨어요: 시 belongs to the verb (마시다, 모시다)
                }
                stem = switch (stem) {
                    case "드" -> "먹";
                    case "주무" -> "자";
                    case "계" -> "있";
                    default -> stem;
                };
                if (f.endsWith("시겠")) {
                    return stem + "겠" + rest; // 체크아웃하시겠습니다 → 체크아웃하겠습니다: -겠- follows the stem as it is
                }
                if (f.endsWith("십니")) {
                    return Hangul.hasFinal(stem.charAt(stem.length() - 1)) ? stem + "습니" + rest
                            : stem.substring(0, stem.length() - 1) + (char) (stem.charAt(stem.length() - 1) + 17) + "니" + rest;
                }
                String inf = infinitive(stem);
                if (inf == null) {
                    return null;
                }
                if (f.endsWith("셨")) {
                    char l = inf.charAt(inf.length() - 1);
                    return inf.substring(0, inf.length() - 1) + (char) (l + 20) + rest;
                }
                if (f.endsWith("세요")) {
                    return inf + "요" + rest;
                }
                return inf + rest;
            }
        }
        return null;
    }

    /** The copula's sentence endings with -(으)시- ({1}: 이 before them after a consonant) and their plain forms. */
    private static final java.util.regex.Pattern COPULA_SI = java.util.regex.Pattern.compile(
            "(이)?(십니다|십니까|세요|셨어요|셨습니다|셨습니까|셨어)$");

    /**
     * -(으)시- on the copula after a noun, taken out (session 13, eval21b): 시티십니다 → 시티입니다,
     * 대학생이세요 → 대학생이에요, 부디세요 → 부디예요, 교사셨어요 → 교사였어요. Read only where Nori reads the
     * word as a noun, the copula 이 and -시- (VCP, EP 시). After a vowel the copula's 이 may drop in speech
     * (표준국어대사전 '이다': 받침 없는 체언 뒤에서는 '이'가 생략되기도 한다), but the 합쇼체 form is given
     * whole, N입니다, as every writer of the gold sets writes it (305 times after a vowel, never
     * contracted); 이에요 is 예요 and 이었 is 였 after a vowel (표준국어대사전 '-이에요', 한글 맞춤법 제36항
     * on ㅣ + 어 → ㅕ). Before, the verb's rule took the noun for a stem (시팁니다, 교샀어요).
     *
     * @param w the word as written
     * @return the plain copula form, or null when the word is not a noun with an honoured copula
     */
    static String copulaWithoutSi(String w) {
        java.util.regex.Matcher m = COPULA_SI.matcher(w);
        if (!m.find() || m.start() == 0) {
            return null;
        }
        List<Morphology.Word> read = Morphology.analyse(w);
        if (read.size() != 1) {
            return null;
        }
        List<Morphology.Morpheme> ms = read.getFirst().morphemes();
        int vcp = -1;
        for (int i = 0; i < ms.size(); i++) {
            if (ms.get(i).is("VCP")) {
                vcp = i;
                break;
            }
        }
        if (vcp < 1 || vcp + 1 >= ms.size() || !ms.get(vcp + 1).is("EP") || !ms.get(vcp + 1).form().equals("시")
                || !ms.subList(0, vcp).stream().allMatch(x -> x.tag().startsWith("N") || x.is("XSN"))) {
            return null;
        }
        // the noun as Nori reads it (아이세요: the noun's own 이), else as written before the ending
        StringBuilder read0 = new StringBuilder();
        ms.subList(0, vcp).forEach(x -> read0.append(x.form()));
        String noun = w.startsWith(read0.toString()) && read0.length() >= m.start() ? read0.toString()
                : w.substring(0, m.start());
        if (noun.isEmpty() || !Hangul.isSyllable(noun.charAt(noun.length() - 1))) {
            return null;
        }
        boolean consonant = Hangul.hasFinal(noun.charAt(noun.length() - 1));
        String ending = switch (m.group(2)) {
            case "십니다" -> "입니다";
            case "십니까" -> "입니까";
            case "세요" -> consonant ? "이에요" : "예요";
            case "셨어요" -> consonant ? "이었어요" : "였어요";
            case "셨습니다" -> consonant ? "이었습니다" : "였습니다";
            case "셨습니까" -> consonant ? "이었습니까" : "였습니까";
            default -> consonant ? "이었어" : "였어";
        };
        return noun + ending;
    }

    /**
     * The -아/어 form of a regular stem (늦 → 늦어, 아프 → 아파, 하 → 해, 가 → 가; 되 → 돼, 뵈 → 봬, contracted as 한글
     * 맞춤법 제35항 붙임 2 writes ㅚ + -어 → ㅙ: 되어 → 돼, session 32); null for irregular risks.
     */
    static String infinitive(String stem) {
        char c = stem.charAt(stem.length() - 1);
        String head = stem.substring(0, stem.length() - 1);
        int f = Hangul.finalIndex(c);
        int v = Hangul.medialIndex(c);
        if (f != Hangul.Final.NONE) {
            if (f == Hangul.Final.D || f == Hangul.Final.B || f == Hangul.Final.S || f == Hangul.Final.H) {
                return null; // ㄷ, ㅂ, ㅅ, ㅎ may be irregular
            }
            return stem + (v == Hangul.Medial.A || v == Hangul.Medial.O ? "아" : "어");
        }
        if (c == '하') {
            return head + "해";
        }
        if (c == '르') {
            return null;
        }
        int to = switch (v) {
            case Hangul.Medial.A, Hangul.Medial.EO, Hangul.Medial.AE, Hangul.Medial.E, Hangul.Medial.YEO -> v;
            case Hangul.Medial.O -> Hangul.Medial.WA;
            case Hangul.Medial.U -> Hangul.Medial.WO;
            case Hangul.Medial.I -> Hangul.Medial.YEO;
            case Hangul.Medial.OE -> Hangul.Medial.WAE;
            case Hangul.Medial.EU -> {
                char before = head.isEmpty() ? 0 : head.charAt(head.length() - 1);
                yield before != 0 && Hangul.isSyllable(before)
                        && (Hangul.medialIndex(before) == Hangul.Medial.A
                        || Hangul.medialIndex(before) == Hangul.Medial.O)
                        ? Hangul.Medial.A : Hangul.Medial.EO;
            }
            default -> -1;
        };
        if (to < 0) {
            return null;
        }
        return head + Hangul.compose(Hangul.initialIndex(c), to, Hangul.Final.NONE);
    }
}
