package com.koto.evaluation.rules;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Findings that rewrite a well-formed predicate or noun ending of the learner's into the accepted
 * answer's (session 11, helper eval18b). Each method recognises one class on the learner's own words;
 * a finding of that class is an alignment artefact ({@link Evidence#artefact}): never decisive, so
 * alone it leaves the answer unsure (the model answer is shown) unless something else is certain.
 *
 * <p>The classes were found on the correct answers of five writers (sets R, R3, s: blind-dev5,
 * precision-dev7, precision-dev5) and checked against every finding of their subtypes on all unsealed
 * sets (docs/evaluation.md, session 11, eval18b). Spans are normalised
 * ({@link com.koto.evaluation.text.AnswerText#normalise}): {@code o} the learner's span, {@code c} the
 * accepted span, {@code answer} the learner's whole answer; {@code asTyped} is the answer as typed
 * (sentence marks kept) or null.
 */
final class WellFormedEnds {

    /** A sentence mark, a comma or ~. */
    private static final Pattern PUNCTUATION_TILDE = Pattern.compile("[.,?!~]");
    /** An honorific polite ending (-세요, -십시오, -시겠 …). */
    private static final Pattern POLITE_HONORIFIC = Pattern.compile(".*(세요|셔요|십시오|십니까|십니다|시겠|셨).*");
    /** The vowel of the infinitive -아/-어 (a syllable or a jamo). */
    private static final Pattern INFINITIVE_VOWEL = Pattern.compile("[아어여ㅏㅓㅕㅐ]");
    /** One or more white-space characters. */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** A character that is not Hangul, a Latin letter or a digit. */
    private static final Pattern NON_WORD_CHARACTER = Pattern.compile("[^가-힣A-Za-z0-9]");
    /** Sentence marks, commas, ~ or … at the end. */
    private static final Pattern TRAILING_PUNCTUATION_ELLIPSIS = Pattern.compile("[.,?!~…]+$");
    /** Sentence-final marks at the end (also ~ and …). */
    private static final Pattern FINAL_MARKS = Pattern.compile(".*[.?!~…]+$");

    private WellFormedEnds() {
    }

    /**
     * The plain declarative -다 (해라체: 덥다, 나왔다, 비싸다) of the learner's own predicate, where the
     * learner ends the sentence with another well-formed final ending of the plain level, of the same stem
     * and tense (더워, 나왔어, 비싸네): -다 is one final ending among the others of a plain statement (Sohn
     * 1999 §8.1, speech levels and sentence types; 표준국어대사전 '-다'⁵ 어미, '-네' 어미), so rewriting a
     * sentence end into it names no error. A polite end (맛있어요 for 맛있다) is left to the comparison: there
     * the level differs from the accepted answer's, which the speech-level policy decides ({@link SpeechLevels}:
     * a politer answer passes unless it shows 반말 elsewhere). The learner's word must stand before
     * a sentence mark or at the end, and Nori must read it alone as stem + final ending (EF); the same
     * pre-final endings (-았/었-, -시-, -겠-) on both sides, else the difference is a tense or an honorific.
     */
    static boolean plainDeclarativeFor(String o, String c, String answer, String asTyped) {
        if (o.isEmpty() || c.isEmpty() || o.contains(" ") || c.contains(" ") || !c.endsWith("다") || o.endsWith("다")
                || polite(o) || !sentenceFinal(o, answer, asTyped)) {
            return false;
        }
        List<Morphology.Morpheme> mo = alone(o);
        List<Morphology.Morpheme> mc = alone(c);
        if (mo.size() < 2 || mc.size() < 2 || !mo.getLast().is("EF") || !mc.getLast().is("EF")
                || !mc.getLast().form().equals("다")) {
            return false;
        }
        String stem = stem(mo);
        return stem != null && stem.equals(stem(mc)) && preFinal(mo).equals(preFinal(mc));
    }

    /** Whether the word ends at the polite or formal level (해요체 요, 합쇼체 -ㅂ니다/-ㅂ니까, -(으)십시오). */
    private static boolean polite(String word) {
        return word.endsWith("요") || word.endsWith("니다") || word.endsWith("니까") || word.endsWith("시오");
    }

    /**
     * The sentence-final -(으)ㄴ/는데요 of the learner's own predicate (안 나오는데요, 예약했는데요, 바쁜데요)
     * where the accepted answer ends with the 해요체 statement of the same stem and tense (안 나와요): -는데요
     * ends a polite sentence that states a situation as background for the listener to act on, the ordinary
     * way to report a problem or make a request softly (Yeon &amp; Brown 2019, on -는데요 as a sentence
     * ending; 표준국어대사전 '-는데' 「어미」 ②, with 요 at the 해요할 level). Its form is checked: -는데요
     * after a verb (an auxiliary verb too: 켜지는데요), 있다/없다 or -았/었-, -(으)ㄴ데요 after an adjective,
     * -고 싶다 or the copula (비싸는데요 stays an error); the learner's tense must be the accepted one.
     */
    static boolean backgroundSentenceEnd(String o, String c, String answer) {
        if (o.isEmpty() || c.isEmpty() || o.contains(" ") || c.contains(" ") || !o.endsWith("데요") || !c.endsWith("요")
                || c.endsWith("데요")) {
            return false;
        }
        List<Morphology.Morpheme> mo = joinedPolite(Evidence.morphemesIn(o, answer));
        List<Morphology.Morpheme> mc = alone(c);
        if (mo.size() < 2 || mc.size() < 2) {
            return false;
        }
        String ending = mo.getLast().form().replace("ᆫ", "ㄴ");
        String stem = stem(mo);
        if (stem == null || !(stem.equals(stem(mc)) && preFinal(mo).equals(preFinal(mc)) || sameWrittenStem(o, c, mo))) {
            return false;
        }
        Morphology.Morpheme before = mo.get(mo.size() - 2);
        boolean existence = before.form().equals("있") || before.form().equals("없");
        boolean wish = before.is("VX") && before.form().equals("싶"); // -고 싶다 is an adjective (가고 싶은데요)
        boolean verbal = before.is("VV", "XSV") || before.is("VX") && !wish || existence
                || before.is("EP") && !before.form().contains("시");
        boolean adjectival = (before.is("VA", "XSA", "VCP") || wish) && !existence;
        return ending.equals("는데요") && verbal || (ending.equals("ㄴ데요") || ending.equals("은데요")) && adjectival;
    }

    /**
     * The morphemes with a connective and a polite 요 that Nori reads apart (고픈데요: 고프 + ㄴ데/EC + 요/MM, 추운데요:
     * 춥 + 은데/EC + 요/MM, 잃어버려서요: … + 어서/EC + 요/JX) joined as the one ending they are (ㄴ데요, 은데요, 어서요),
     * as Nori reads 아픈데요; unchanged otherwise.
     * Session 27 (s27h).
     */
    private static List<Morphology.Morpheme> joinedPolite(List<Morphology.Morpheme> ms) {
        if (ms.size() < 3 || !ms.getLast().form().equals("요") || ms.getLast().isEnding()) {
            return ms;
        }
        Morphology.Morpheme connective = ms.get(ms.size() - 2);
        if (!connective.is("EC")) {
            return ms;
        }
        List<Morphology.Morpheme> out = new java.util.ArrayList<>(ms.subList(0, ms.size() - 2));
        out.add(new Morphology.Morpheme(connective.form() + "요", "EC"));
        return out;
    }

    /**
     * A reason or sequence clause in -아/어서(요) where the accepted answer ends a sentence with the same verb in the
     * past (길을 잃어서요, 서울역에 어떻게 가요? for 길을 잃었어요. 서울역에 …): -아/어서 takes no -았/었- (Yeon &amp; Brown 2019,
     * -아/어서: the tense is the main clause's or the situation's; 국립국어원 한국어 표준 문법, 연결 어미 '-어서' 의
     * 시제 제약), so the learner's clause cannot carry the past the finding asks for; the stem must be the accepted
     * one. Session 27 (s27h).
     */
    static boolean reasonClauseForPast(String o, String c, String answer) {
        if (o.isEmpty() || c.isEmpty() || o.contains(" ") || c.contains(" ")) {
            return false;
        }
        List<Morphology.Morpheme> mo = joinedPolite(Evidence.morphemesIn(o, answer));
        List<Morphology.Morpheme> mc = alone(c);
        if (mo.size() < 2 || mc.size() < 2 || !preFinal(mo).isEmpty()) {
            return false;
        }
        String ending = mo.getLast().form();
        boolean reason = mo.getLast().is("EC") && (ending.endsWith("서") || ending.endsWith("서요"))
                && "아어여해".indexOf(ending.charAt(0)) >= 0;
        String stem = stem(mo);
        boolean past = preFinal(mc).stream().anyMatch(p -> p.contains("었") || p.contains("았") || p.contains("였"));
        return reason && past && stem != null && stem.equals(stem(mc));
    }

    /**
     * A reason clause in -아/어서(요) or -(으)니까(요) joined to the next clause where the accepted answer ends a sentence
     * with the same verb (비가 많이 와서, 오늘 약속 다음에 하자 for 비가 많이 와. 약속 다음에 하자): the learner says the two
     * sentences as one, the reason first, as -아/어서 and -(으)니까 do (Yeon &amp; Brown 2019, -아/어서 and -(으)니까 of
     * reason; 표준국어대사전 '-어서' ②, '-으니까' ①). Not -아/어서 before a proposal (-자, -(으)ㅂ시다, -(으)ㄹ까요) or a
     * command (-(으)세요, -(으)십시오, -아/어라; a favour with 주다 is no command), which takes -(으)니까 (Yeon &amp; Brown
     * 2019: -아/어서 of reason is not used with propositives or commands); not for an accepted connective. The learner's word must be followed by more words, be Nori's stem with
     * that connective, and be the accepted word's stem: by Nori's reading of both (the accepted one ending a sentence,
     * EF), or by the letters (와서 / 와, 와요). -아/어서 takes no -았/었- (막혀서 for 막혔어 is its form); -(으)니까 keeps the
     * accepted tense and is taken only before a proposal or a command (택시 타자, 주세요), the reason clause's own
     * place; before a statement the writers of the sets want -아/어서 (아프니까 학교에 못 왔어요 → 아파서). Session 27 (s27h).
     */
    static boolean reasonClauseForSentence(String o, String c, String answer) {
        if (o.isEmpty() || c.isEmpty() || o.contains(" ") || c.contains(" ")) {
            return false;
        }
        String[] words = answer.strip().split("\\s+");
        int at = java.util.Arrays.asList(words).indexOf(o);
        if (at < 0 || at == words.length - 1) {
            return false;
        }
        List<Morphology.Morpheme> mo = joinedPolite(Evidence.morphemesIn(o, answer));
        if (mo.size() < 2 || !mo.getLast().is("EC")) {
            return false;
        }
        String ending = mo.getLast().form();
        boolean seo = ending.matches("(아|어|여|해)?서(요)?");
        boolean nikka = ending.matches("(으)?니까(요)?");
        if (!seo && !nikka || seo && !preFinal(mo).isEmpty()) {
            return false;
        }
        String last = words[words.length - 1];
        boolean favour = last.startsWith("주") || words.length >= 2 && words[words.length - 2].endsWith("주");
        boolean command = (last.endsWith("세요") || last.endsWith("십시오") || last.endsWith("라")) && !favour;
        if (seo && (last.endsWith("자") || last.endsWith("시다") || last.endsWith("까요") || command)) {
            // -아/어서 before a proposal or a command (와서 … 하자, 와서 우산을 가져가세요) is an error of its own: -(으)니까
            // (Yeon & Brown 2019); a favour asked with 주다 (아파서 약 좀 주세요) is no command
            return false;
        }
        if (c.endsWith("서") || c.endsWith("니까") || c.endsWith("고") || c.endsWith("데")) {
            return false; // one connective for another: other checks' business (바쁘니까 for 바빠서)
        }
        if (nikka && !(last.endsWith("자") || last.endsWith("시다") || last.endsWith("까요") || last.endsWith("세요")
                || last.endsWith("십시오") || last.endsWith("줘") || last.endsWith("라"))) {
            return false; // -(으)니까 only before a proposal or a command, where -아/어서 cannot stand (아프니까 … 못 왔어요 → 아파서)
        }
        String bare = o.endsWith("요") ? o.substring(0, o.length() - 1) : o;
        if (seo && bare.endsWith("서") && bare.length() >= 2) {
            String infinitive = bare.substring(0, bare.length() - 1);
            if (c.equals(infinitive) || c.equals(infinitive + "요")) {
                return true;
            }
        }
        List<Morphology.Morpheme> mc = alone(c);
        if (mc.size() < 2 || !mc.getLast().is("EF")) {
            return false;
        }
        String stem = stem(mo);
        return stem != null && stem.equals(stem(mc)) && (seo || preFinal(mo).equals(preFinal(mc)));
    }

    /**
     * Whether the learner's present -는데요 and the accepted present 해요체 word are one verb by their letters
     * (나는데요 / 나요, 가는데요 / 가요, 먹는데요 / 먹어요), where Nori reads one of them as another word (나요 as the
     * pronoun 나 with 요, 나는데요 as 날다): the letters before -는데요 are the stem, and its -아/어 form
     * ({@link SpeechLevels#infinitive}, regular stems only) with 요 is the accepted word. Session 27 (s27h).
     */
    private static boolean sameWrittenStem(String o, String c, List<Morphology.Morpheme> mo) {
        if (!o.endsWith("는데요") || o.length() < 4 || !preFinal(mo).isEmpty()) {
            return false;
        }
        String written = o.substring(0, o.length() - 3);
        String infinitive = SpeechLevels.infinitive(written);
        return infinitive != null && c.equals(infinitive + "요");
    }

    /** Question words that the copula may close as a whole question (어디예요?, 언제예요?). */
    private static final List<String> QUESTION_WORDS = List.of("어디", "언제", "누구", "무엇");

    /** Particles a question word takes in a verb's frame (어디에서, 언제까지, 누구한테). */
    private static final List<String> FRAME_PARTICLES = List.of("에서", "서", "에", "까지", "부터", "로", "으로",
            "한테", "에게", "랑", "하고");

    /** The verbs after -아/어야 that make it 'must' (되다, 하다), by their first syllables. */
    private static final java.util.regex.Pattern MUST = java.util.regex.Pattern.compile("(되|돼|됩|됐|하|해|합|했|할|될)\\S*");

    /**
     * A copula finding on -아/어야 before 되다 or 하다 (강남에 가야 되는데요 read against 강남 가는 거): -아/어야
     * 되다/하다 'must' is a verb's connective and its auxiliary (Yeon &amp; Brown 2019, -아/어야 되다/하다; 표준국어대사전
     * '-어야' 「어미」), not a noun with the copula -(이)야; Nori reads the verb (가야: 가 + -야), and the comparison
     * took the -야 for the plain copula. The word before 되다/하다 must be read as a verb; 학생이야 (a noun) keeps any
     * copula finding (session 25, s25a).
     */
    static boolean obligationForCopula(String o, String answer) {
        if (o.contains(" ") || !o.endsWith("야") || o.length() < 2) {
            return false;
        }
        String[] words = answer.split(" ");
        for (int i = 0; i + 1 < words.length; i++) {
            if (words[i].equals(o) && MUST.matcher(words[i + 1]).matches()) {
                List<Morphology.Word> read = Morphology.analyse(o);
                return read.size() == 1 && read.getFirst().startsWith("VV", "VA")
                        && read.getFirst().morphemes().getLast().form().endsWith("야");
            }
        }
        return false;
    }


    /**
     * A question word closed by the copula (어디예요, 언제예요, 누구예요) where the accepted answer has the same
     * question word with a particle of a verb's frame (어디에서, 어디서, 언제까지). Not 얼마예요 (the price)
     * for 얼마나 (how long: gold taxi-time-07), nor 뭐예요 (뭐 has other readings): the learner asks 'where is
     * the place …?' (갈아타는 곳이 어디예요?) instead of 'where do I …?', the copula question of a
     * 설명 의문문 (표준국어대사전 '-예요', '이다' ①; Yeon &amp; Brown 2019, on N이에요/예요 in questions). The
     * copula must fit the word (예요 after a vowel, as all of these end), so 어디이에요 is not this.
     */
    static boolean questionWordCopula(String o, String c) {
        if (o.contains(" ") || c.isEmpty() || c.contains(" ")) {
            return false;
        }
        for (String q : QUESTION_WORDS) {
            if (List.of(q + "예요", q + "입니까", q + "야").contains(o) && c.startsWith(q)
                    && FRAME_PARTICLES.contains(c.substring(q.length()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The sentence-final -거든요 of the learner's own predicate (없거든요, 예약했거든요) where the accepted
     * answer ends the same stem, in the same tense, with another polite ending of background or reason
     * (없는데요, 없어서요, 없어요): -거든요 is a full sentence ending that gives the reason or background for
     * what follows (표준국어대사전 '-거든' 「어미」 ②, with 요 at the 해요할 level; Yeon &amp; Brown 2019, on
     * -거든요). Both are one word; the accepted one ends in 요 and is not itself a -거든요 form.
     */
    static boolean reasonSentenceEnd(String o, String c, String answer) {
        if (o.isEmpty() || c.isEmpty() || o.contains(" ") || c.contains(" ") || !o.endsWith("거든요")
                || !c.endsWith("요") || c.endsWith("거든요")) {
            return false;
        }
        return samePredicate(o, c, answer, WellFormedEnds::preFinal);
    }

    /**
     * The 반말 sentence-final -거든 of the learner's own predicate (오셨거든., 바쁘거든.) where the accepted answer
     * gives the same stem, with the same -(으)시- and tense, as a plain sentence end (오셨어) or joins it to what
     * follows with -아/어서 or -(으)니까 (오셔서): -거든 ends a sentence that gives the background or reason for
     * what the speaker says next, the intimate counterpart of -거든요 ({@link #reasonSentenceEnd}; 표준국어대사전
     * '-거든' 「어미」 ②, 해할 자리; Yeon &amp; Brown 2019, on -거든(요)). The word must end a typed sentence: inside
     * a sentence -거든 is the condition 'if' (오시거든 전화해), and a polite accepted end (오셨어요) keeps its
     * finding, the level being another matter. -아/어서 takes no tense of its own, so before it only -(으)시- is
     * compared.
     */
    static boolean plainReasonSentenceEnd(String o, String c, String answer, String asTyped) {
        if (o.isEmpty() || c.isEmpty() || o.contains(" ") || c.contains(" ") || !o.endsWith("거든") || c.contains("거든")
                || polite(c) || !sentenceFinal(o, answer, asTyped)) {
            return false;
        }
        boolean connective = c.endsWith("니까") || c.endsWith("서");
        if (connective) {
            return samePredicate(o, c, answer, ms -> honourAndTense(ms).subList(0, 1));
        }
        List<Morphology.Morpheme> mc = alone(c);
        return !mc.isEmpty() && mc.getLast().is("EF") && samePredicate(o, c, answer, WellFormedEnds::honourAndTense);
    }

    /**
     * The past of the learner's own predicate with -었었- where the accepted answer has the simple past -었-,
     * everything else alike (전화했었다고 for 전화했다고, 갔었어 for 갔어): -었었- is the discontinuous past, a past
     * event whose result no longer holds or that lies further back (표준국어대사전 '-었었-' 「어미」; Sohn 1999,
     * §8.2 on tense and aspect; Yeon &amp; Brown 2019, on -았/었었-). It is the past, said with a nuance the
     * speaker may choose, not another ending. The learner's word is the accepted one with one 었 added right
     * after a syllable that ends in the past's ㅆ, and Nori reads the doubled past in it; a future or present
     * accepted (전화할 거라고) differs in more than that and keeps its finding.
     */
    static boolean discontinuousPast(String o, String c) {
        if (o.isEmpty() || c.isEmpty() || o.contains(" ") || c.contains(" ") || o.length() != c.length() + 1) {
            return false;
        }
        for (int i = 1; i < o.length(); i++) {
            char before = o.charAt(i - 1);
            if (o.charAt(i) == '었' && com.koto.evaluation.text.Hangul.isSyllable(before)
                    && com.koto.evaluation.text.Hangul.finalIndex(before) == com.koto.evaluation.text.Hangul.Final.SS
                    && c.equals(o.substring(0, i) + o.substring(i + 1))) {
                return Morphology.analyse(o).stream().flatMap(w -> w.morphemes().stream())
                        .anyMatch(m -> m.is("EP") && (m.form().contains("었었") || m.form().contains("았었")
                                || m.form().contains("였었")));
            }
        }
        return false;
    }

    /**
     * A word found missing right after the learner's own sentence-final predicate where what is missing is the
     * accepted answer's predicate (2시까지 강남역 11번 출구로 와. read against … 출구 앞에서 만나자: 와 → 와 만나자): the
     * learner's sentence ends in a predicate of its own, a stem with a sentence-final ending (Sohn 1999, §8.1: a
     * sentence ends in its predicate's final ending), so nothing is left out of it; the accepted verb after it
     * would make two predicates in a row, no sentence. Which verb the task wants is meaning (오다 for 만나다), for
     * the comparison's other findings and the model. The learner's word ends a typed sentence and Nori reads it in
     * the answer as a verb or adjective with a final ending; the word added after it is a main verb, not an
     * auxiliary (먹어 → 먹어 봐, 가 → 가 주세요 keep their findings), and a verbless answer (… 출구로.) is not this.
     * Unlocated (no learner span: the comparison read no predicate in the answer), the learner's word is the
     * answer's last.
     */
    static boolean predicateAfterOwnPredicate(String o, String c, String answer, String asTyped) {
        if (c.isEmpty() || !o.isEmpty() && (o.contains(" ") || !c.startsWith(o + " "))) {
            return false;
        }
        // unlocated (the comparison found no predicate of the learner's), the gap is at the answer's end
        String own = o.isEmpty() ? answer.substring(answer.lastIndexOf(' ') + 1) : o;
        String added = o.isEmpty() ? c : c.substring(o.length() + 1);
        if (own.isEmpty() || !sentenceFinal(own, answer, asTyped)) {
            return false;
        }
        List<Morphology.Morpheme> mo = Evidence.morphemesIn(own, answer);
        // a noun with the copula ends a sentence too (내 선물은 휴지야 → 휴지 사 왔어; Sohn 1999, the equational
        // sentence; session 26, s26a)
        boolean copula = mo.size() >= 3 && mo.getFirst().is("NNG", "NNP") && mo.get(1).is("VCP");
        if (mo.size() < 2 || !mo.getFirst().is("VV", "VA") && !copula || !mo.getLast().is("EF")) {
            return false;
        }
        // read after the learner's word, as the accepted answer has them (봐 after 먹어 is the auxiliary 보다)
        List<Morphology.Word> read = Morphology.analyse(c);
        List<Morphology.Word> words = o.isEmpty() ? read : read.subList(Math.min(1, read.size()), read.size());
        return !words.isEmpty() && words.getFirst().startsWith("VV", "VA") && words.getLast().endsWith("EF")
                && words.stream().allMatch(Morphology.Word::verbal)
                // after a copula the accepted verb phrase may hold its own auxiliary (휴지야 → 휴지 사 왔어)
                && (copula ? !words.getFirst().startsWith("VX") : words.stream().noneMatch(w -> w.startsWith("VX")))
                && !words.getFirst().morphemes().getFirst().form().equals(mo.getFirst().form());
    }

    /**
     * The sentence-final -잖아(요) of the learner's own predicate (주무시잖아, 바쁘잖아요) where the accepted
     * answer gives the same stem, with the same pre-final endings (-시-, tense), as a reason: a sentence end
     * at the same speech level (주무셔., 바빠요.) or the reason connective -(으)니까/-아서 (주무시니까 조용히
     * 해). -잖아 (-지 않아) ends a sentence that reminds the listener of a fact both know, most often the
     * reason for what follows (표준국어대사전 '-잖아' 「어미」; Yeon &amp; Brown 2019, on -잖아요). 반말 stays
     * 반말: 주무시잖아 for an accepted 주무세요 (or 주무시잖아요 for 주무셔) keeps its finding.
     */
    static boolean knownReasonSentenceEnd(String o, String c, String answer) {
        if (o.isEmpty() || c.isEmpty() || o.contains(" ") || c.contains(" ")
                || !(o.endsWith("잖아") || o.endsWith("잖아요")) || c.contains("잖아")) {
            return false;
        }
        boolean connective = c.endsWith("니까") || c.endsWith("아서") || c.endsWith("어서") || c.endsWith("여서")
                || c.endsWith("셔서");
        boolean sameLevel = o.endsWith("요") == c.endsWith("요");
        if (!connective && !sameLevel) {
            return false;
        }
        return samePredicate(o, c, answer, WellFormedEnds::honourAndTense);
    }

    /**
     * Whether the learner's word {@code o} (read in the answer) and the accepted word {@code c} (read alone)
     * have the same stem and the same pre-final endings as {@code preFinals} reads them.
     */
    private static boolean samePredicate(String o, String c, String answer,
            java.util.function.Function<List<Morphology.Morpheme>, List<String>> preFinals) {
        List<Morphology.Morpheme> mo = Evidence.morphemesIn(o, answer);
        List<Morphology.Morpheme> mc = alone(c);
        if (mo.size() < 2 || mc.size() < 2) {
            return false;
        }
        String stem = stem(mo);
        return stem != null && stem.equals(stem(mc)) && preFinals.apply(mo).equals(preFinals.apply(mc));
    }

    /** The pre-final endings of honour and past tense (시, 었/았), as one may spell them apart (셔 = 시 + 어). */
    private static List<String> honourAndTense(List<Morphology.Morpheme> ms) {
        boolean si = ms.stream().anyMatch(m -> m.is("EP") && m.form().contains("시"));
        boolean past = ms.stream().anyMatch(m -> m.is("EP") && (m.form().contains("었") || m.form().contains("았")
                || m.form().contains("였") || m.form().contains("ㅆ")));
        return List.of(si ? "시" : "", past ? "었" : "");
    }

    /**
     * A well-formed clause connective of the learner's (실례합니다만, 지루해서, 바쁜데) where the accepted
     * answer ends a sentence with the same predicate (실례합니다. …, 지루했어. …): the learner says in one
     * sentence what the accepted answer says in two; a connective may join where a sentence would end
     * (Yeon &amp; Brown 2019, on clause connectives; 표준국어대사전 '-지만', '-아서', '-는데'; -습니다만 as
     * an opener, 표준 언어 예절 2011). The learner's clause must go on in the same sentence (a word
     * follows and no sentence mark stands after the connective), so 오늘 추워서. keeps its finding. The
     * accepted past may be left out only before -아/어서, which takes no tense of its own (Yeon &amp; Brown
     * 2019, -아/어서); an adjective with -는데 (비싸는데) is a wrong form, and -아/어서 before a proposal
     * or a command is another error ({@link ClauseEndings}), so both keep their findings.
     */
    static boolean connectiveForSentenceEnd(String o, String c, String answer, String asTyped) {
        if (o.isEmpty() || c.isEmpty() || o.contains(" ") || c.contains(" ") || !clauseFollows(o, answer, asTyped)) {
            return false;
        }
        List<Morphology.Morpheme> mo = Evidence.morphemesIn(o, answer);
        if (mo.size() >= 2 && mo.getLast().is("EC") && infinitiveOfReason(o, c, mo)) {
            // 와서 for 와 (and 와요): the -아/어 form that ends the accepted sentence is the learner's
            // -아/어서 without 서, one stem and no tense; Nori reads 와 alone as an interjection
            return !proposalAfter(o, answer, asTyped) && !beforeAuxiliary(o, answer);
        }
        List<Morphology.Morpheme> mc = alone(c);
        if (mo.size() < 2 || mc.size() < 2 || !mo.getLast().is("EC") || !mc.getLast().is("EF")) {
            return false;
        }
        String ending = mo.getLast().form().replace("ᆫ", "ㄴ").replace("ᄇ", "ㅂ");
        if (!CLAUSE_CONNECTIVES.contains(ending)) {
            return false;
        }
        String stem = stem(mo);
        // the accepted word as written (Nori reads 바빠서 alone as final ㅏ서)
        boolean acceptedConnective = List.of("서", "고", "지만", "데", "니까", "면", "만").stream().anyMatch(c::endsWith);
        if (stem == null || !stem.equals(stem(mc)) || acceptedConnective || beforeAuxiliary(o, answer)) {
            // 아프니까 for 아파서: one connective for another (read alone, 아파서 looks final); 입고 봐도 for
            // 입어 봐도: the -아/어 form before an auxiliary, no sentence end
            return false;
        }
        boolean adjective = mo.stream().anyMatch(m -> m.is("VA", "XSA"));
        if (adjective && ending.equals("는데")) {
            return false; // 비싸는데: an adjective takes -(으)ㄴ데 (Yeon & Brown 2019)
        }
        boolean reason = ending.equals("아서") || ending.equals("어서") || ending.equals("여서") || ending.equals("서");
        if (reason && proposalAfter(o, answer, asTyped)) {
            return false; // 비가 와서 가져가세요: -아/어서 before a command (ClauseEndings names it)
        }
        List<String> learnerTense = preFinal(mo);
        List<String> acceptedTense = preFinal(mc);
        return learnerTense.equals(acceptedTense) || reason && learnerTense.isEmpty();
    }

    /**
     * Whether the learner's -아/어서 of reason (와서, 피곤해서) is the accepted sentence end without its 서:
     * the -아/어 form of the same stem, ending a sentence in 해체 (와) or with 요 in 해요체 (와요). -아/어서
     * is the infinitive -아/어 + 서 (Sohn 1999 §9, the infinitive and its compounds; 표준국어대사전 '-아서',
     * '-아'⁴ 종결 어미), so the two share the stem and the vowel, and -아/어서 takes no tense of its own
     * (Yeon &amp; Brown 2019). The learner's word must be read as stem + EC with no pre-final ending.
     */
    private static boolean infinitiveOfReason(String o, String c, List<Morphology.Morpheme> mo) {
        if (!o.endsWith("서") || o.length() < 2 || mo.stream().anyMatch(m -> m.is("EP"))) {
            return false;
        }
        String ending = mo.getLast().form();
        if (!(ending.equals("아서") || ending.equals("어서") || ending.equals("여서") || ending.equals("서"))) {
            return false;
        }
        String infinitive = o.substring(0, o.length() - 1);
        return c.equals(infinitive) || c.equals(infinitive + "요");
    }

    /** Whether the word after it in the answer is an auxiliary verb (Nori's VX: 봐도, 주세요, 있어요). */
    private static boolean beforeAuxiliary(String word, String answer) {
        List<Morphology.Word> words = Morphology.analyse(answer);
        for (int i = 0; i + 1 < words.size(); i++) {
            if (words.get(i).surface().equals(word)) {
                return words.get(i + 1).startsWith("VX");
            }
        }
        return false;
    }

    /** Connectives that join a clause to the next (Nori's EC forms, ᆫ and ᄇ written as ㄴ and ㅂ). */
    private static final Set<String> CLAUSE_CONNECTIVES = Set.of("지만", "아서", "어서", "여서", "서", "고", "는데",
            "은데", "ㄴ데", "니까", "으니까", "ㅂ니다만", "습니다만");

    /**
     * A noun with an adverbial case particle (토요일에, 밤에, 웨딩홀에서) that the accepted answer makes a
     * copula predicate (토요일이야, 밤이라서), where the learner's sentence goes on to a predicate of its
     * own (다음 주 토요일에 언니 결혼해): the noun is an adjunct of the learner's clause, its particle well
     * formed, and a copula the learner never wrote cannot be a wrong copula form (Sohn 1999, on case
     * particles and the copula 이다; Yeon &amp; Brown 2019, -(이)라서). The particle must fit the noun
     * ((으)로 by its last sound, 한글 맞춤법 and Yeon &amp; Brown 2019); a wrong copula form (토요일이예요)
     * keeps its finding.
     */
    static boolean adjunctForCopula(String o, String c, String answer, String asTyped) {
        if (o.isEmpty() || c.isEmpty() || o.contains(" ") || c.contains(" ")) {
            return false;
        }
        List<Morphology.Morpheme> a = Evidence.morphemesIn(o, answer);
        List<Morphology.Morpheme> b = alone(c);
        if (a.size() != 2 || !a.getFirst().is("NNG", "NNP", "NNB", "NP") || !a.get(1).is("JKB")
                || b.stream().noneMatch(m -> m.is("VCP")) || !b.getFirst().form().equals(a.getFirst().form())) {
            return false;
        }
        String noun = a.getFirst().form();
        String particle = a.get(1).form();
        if (particle.equals("로") || particle.equals("으로")) {
            char last = noun.charAt(noun.length() - 1);
            boolean vowelOrL = !com.koto.evaluation.text.Hangul.hasFinal(last)
                    || com.koto.evaluation.text.Hangul.finalIndex(last) == com.koto.evaluation.text.Hangul.Final.L;
            if (vowelOrL != particle.equals("로")) {
                return false;
            }
        }
        return predicateAfter(o, answer, asTyped);
    }

    /**
     * The future -(으)ㄹ 거- of the learner's verb (먹을 거야, 부칠 거예요) read against a modal frame of the
     * same verb (먹고 싶어, 부치려고요, 먹을래): the desire, intention or proposal frames say what is to come
     * as well, so the accepted answer asks for another frame, not another tense; which frames a task
     * accepts for one another is {@link Frames}' business (Yeon &amp; Brown 2019, -(으)ㄹ 거예요, -고
     * 싶다, -(으)려고 하다, -(으)ㄹ래요). A present of the same verb (갈 거예요 for 가요) keeps its finding.
     */
    static boolean futureForFrame(String o, String c) {
        String[] w = o.split(" ");
        if (w.length != 2 || !w[1].startsWith("거") && !w[1].startsWith("것") && !w[1].startsWith("겁")) {
            return false;
        }
        List<List<Morphology.Morpheme>> ow = analysedWords(o);
        List<Morphology.Morpheme> verb = ow.isEmpty() ? List.of() : ow.getFirst();
        if (verb.size() < 2 || !verb.getLast().is("ETM")) {
            return false;
        }
        List<List<Morphology.Morpheme>> cw = analysedWords(c);
        if (cw.isEmpty() || cw.stream().flatMap(List::stream).anyMatch(m -> m.is("EP") && PAST.contains(m.form()))) {
            return false;
        }
        List<Morphology.Morpheme> first = cw.getFirst();
        String stem = stem(verb);
        if (stem == null || !stem.equals(stem(first))) {
            return false;
        }
        boolean desire = first.getLast().is("EC") && first.getLast().form().equals("고") && cw.size() > 1
                && cw.get(1).getFirst().is("VX") && cw.get(1).getFirst().form().equals("싶");
        boolean modal = first.getLast().is("EF", "EC") && MODAL_ENDINGS.contains(first.getLast().form());
        return desire || modal;
    }

    /** Final endings of intention, proposal and promise as Nori writes them (-(으)려고(요), -(으)ㄹ래, -(으)ㄹ까, -(으)ㄹ게). */
    private static final Set<String> MODAL_ENDINGS = Set.of("려고", "으려고", "려고요", "으려고요", "ᆯ래", "을래",
            "ᆯ래요", "을래요", "ᆯ까", "을까", "ᆯ까요", "을까요", "ᆯ게", "을게", "ᆯ게요", "을게요");

    private static final Set<String> PAST = Set.of("았", "었", "였", "ㅆ");

    /**
     * The findings of one comparison without a repair the accepted answer undoes: a whole-answer check
     * repaired the learner's word (어제 … 아파요 → 아팠어요, a past time word) and the comparison then
     * found the accepted answer keeps the learner's word (아팠어요 → 아파요, 어제부터 … 아파요). The
     * learner's word is the accepted one, so neither finding names an error of it; what else differs
     * (어제 → 어제부터) stays. A convention of this product: a finding must be about the learner's words.
     */
    static List<Finding> withoutUndoneRepairs(List<Finding> findings) {
        List<Finding> out = new java.util.ArrayList<>(findings);
        for (Finding a : findings) {
            for (Finding b : findings) {
                if (a != b && FORMS.contains(a.category()) && FORMS.contains(b.category()) && a.original() != null && a.correction() != null && b.original() != null
                        && b.correction() != null && !a.original().isBlank() && !a.correction().isBlank()
                        && a.original().strip().equals(b.correction().strip())
                        && a.correction().strip().equals(b.original().strip())) {
                    out.remove(a);
                    out.remove(b);
                }
            }
        }
        return out.size() == findings.size() ? findings : out;
    }

    /** Kinds of finding that are about the form of one predicate (a crossed pair of words is another matter). */
    private static final Set<com.koto.evaluation.ErrorCategory> FORMS = Set.of(com.koto.evaluation.ErrorCategory.TENSE,
            com.koto.evaluation.ErrorCategory.ENDING);

    /**
     * The text with the repair of another finding applied when {@code f} is about the repaired word
     * (덥어 → 더워 by the conjugation check, then 더워 → 덥다 by the comparison): the finding is judged on
     * the learner's sentence as repaired, where its word stands. Else the text itself.
     */
    static String repaired(Finding f, List<Finding> findings, String text) {
        if (text == null || f.original() == null || f.original().isBlank()) {
            return text;
        }
        String o = f.original().strip();
        if ((" " + PUNCTUATION_TILDE.matcher(text).replaceAll(" ") + " ").contains(" " + o + " ")) {
            return text;
        }
        for (Finding g : findings) {
            if (g != f && g.original() != null && g.correction() != null && !g.original().isBlank()
                    && g.correction().strip().equals(o) && text.contains(g.original().strip())) {
                return text.replace(g.original().strip(), o);
            }
        }
        return text;
    }

    /**
     * A speech-level correction that puts the accepted answer's other predicate in place of the learner's
     * (싶어 → 가능합니까, 원해 → 주십시오, 잔 줘 → 잔이요), given instead on the learner's own plain word at
     * the level the correction asks for: 해요체 is the 해체 + 요 (싶어 → 싶어요), 합쇼체 the stem with
     * -습니다/-ㅂ니다 or, for a question, -습니까/-ㅂ니까 (원해 → 원합니다, 가 → 갑니까; ㄹ drops before ㅂ),
     * and the request 줘 is 주세요 or 주십시오 (Yeon &amp; Brown 2019: 해요체 = 해체 + 요, the formal
     * -(스)ㅂ니다, -아/어 주세요; 한글 맞춤법 제18항 1; Sohn 1999 §8.1). A teacher corrects the level of
     * the learner's verb, not the verb. Not where the correction honours the listener with -(으)시- (먹어 →
     * 드세요, 있어 → 계세요, 돌아 → 도세요) or asks in a request frame (가져와 → 갖다주세요): those change more
     * than the level. Null when the correction is already on the learner's verb, the word
     * is not a plain predicate that ends the answer's words once, or no form can be made.
     *
     * @param w        the learner's plain sentence-final word
     * @param c        the correction as the comparison gave it
     * @param words    the learner's answer, one entry a word
     * @param question whether the learner's sentence is a question (a question mark after the word)
     */
    static String ownVerbAtLevel(String w, String c, List<String> words, boolean question) {
        String last = c.substring(c.lastIndexOf(' ') + 1);
        if (!w.endsWith("줘") && (last.endsWith("주세요") || last.endsWith("주십시오") || last.endsWith("주시겠어요"))) {
            return null; // 가져와 for 갖다주세요: the accepted request frame is another matter than the level
        }
        if (!w.endsWith("줘") && POLITE_HONORIFIC.matcher(last).matches()) {
            return null; // 먹어 → 드세요, 돌아 → 도세요: the listener honoured with -(으)시-, not only the level
        }
        boolean formal = last.endsWith("니다") || last.endsWith("니까") || last.endsWith("시오");
        boolean polite = !formal && last.endsWith("요");
        int at = words.indexOf(w);
        if (!formal && !polite || at < 0 || at != words.lastIndexOf(w) || w.endsWith("요") || w.endsWith("니다")) {
            return null;
        }
        List<Morphology.Word> analysed = Morphology.analyse(String.join(" ", words));
        if (analysed.size() != words.size() || analysed.get(at).morphemes().size() < 2) {
            return null;
        }
        List<Morphology.Morpheme> ms = analysed.get(at).morphemes();
        String stem = stem(ms);
        if (stem == null || !ms.getLast().is("EF") || !INFINITIVE_VOWEL.matcher(ms.getLast().form()).matches()) {
            return null; // only the 해체 -아/어 (싶어, 원해, 줘); other endings keep the comparison's correction
        }
        if (c.contains(stem) || last.startsWith(w.substring(0, 1)) && !w.endsWith("줘")) {
            return null; // the correction is on the learner's verb already (줘 → 주세요, 가 → 가요)
        }
        if (w.endsWith("줘")) {
            return w.substring(0, w.length() - 1) + (formal ? "주십시오" : "주세요");
        }
        if (polite) {
            return w + "요";
        }
        if (ms.stream().anyMatch(m -> m.is("EP"))) {
            // 했어 → 했습니다: the pre-final ending keeps its written syllable
            return w.endsWith("어") || w.endsWith("아") ? w.substring(0, w.length() - 1) + (question ? "습니까" : "습니다") : null;
        }
        String written = writtenStem(w, stem);
        if (written == null) {
            return null;
        }
        char end = written.charAt(written.length() - 1);
        if (!com.koto.evaluation.text.Hangul.isSyllable(end)) {
            return null;
        }
        int fin = com.koto.evaluation.text.Hangul.finalIndex(end);
        String head = written.substring(0, written.length() - 1);
        if (fin == 0 || fin == 8) {
            // a vowel stem takes ㅂ (가 → 갑니다); an ㄹ stem drops ㄹ first (만들 → 만듭니다)
            char withB = (char) (end - fin + 17);
            return head + withB + (question ? "니까" : "니다");
        }
        return written + (question ? "습니까" : "습니다");
    }

    /**
     * The speech-level finding on the learner's own verb ({@link #ownVerbAtLevel}): the plain predicate word
     * of the span (하나 줘 오트 밀크로 → 줘) corrected at the level the comparison's correction asks for; the
     * finding itself otherwise.
     *
     * @param answer the learner's normalised answer
     * @param raw    the answer as typed (a question mark tells a question)
     */
    static Finding atOwnLevel(Finding f, String answer, String raw) {
        if (!"honorific/speech_level".equals(f.subtype()) || f.original() == null || f.correction() == null
                || f.original().isBlank() || f.correction().isBlank()) {
            return f;
        }
        List<String> words = List.of(answer.split(" "));
        String[] ow = f.original().strip().split(" ");
        for (int i = ow.length - 1; i >= 0; i--) {
            String w = ow[i];
            boolean question = raw != null && java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(w) + "\\s*\\?")
                    .matcher(raw).find();
            String own = ownVerbAtLevel(w, f.correction().strip(), words, question);
            if (own != null) {
                return new Finding(f.category(), w, own, f.subtype());
            }
        }
        return f;
    }

    /**
     * A past-tense correction in the plain declarative -다 (나와 → 나왔다) where the learner ends the
     * sentence with the 반말 -아/어: the tense is the error, the ending the learner's, so the correction
     * keeps it (나와 → 나왔어; the past -았/었- + -어 is written 았어/었어, Yeon &amp; Brown 2019). The finding
     * itself otherwise.
     */
    static Finding pastInOwnEnding(Finding f) {
        if (f.category() != com.koto.evaluation.ErrorCategory.TENSE || f.original() == null || f.correction() == null) {
            return f;
        }
        String o = f.original().strip();
        String c = f.correction().strip();
        if (o.isEmpty() || o.contains(" ") || c.contains(" ") || c.length() < 2 || !c.endsWith("다") || c.endsWith("니다")
                || polite(o)) {
            return f;
        }
        char past = c.charAt(c.length() - 2);
        List<Morphology.Morpheme> mo = alone(o);
        List<Morphology.Morpheme> mc = alone(c);
        if (!com.koto.evaluation.text.Hangul.isSyllable(past) || com.koto.evaluation.text.Hangul.finalIndex(past) != 20
                || mo.size() < 2 || !mo.getLast().is("EF") || !INFINITIVE_VOWEL.matcher(mo.getLast().form()).matches()
                || mc.stream().noneMatch(m -> m.is("EP")) || !java.util.Objects.equals(stem(mo), stem(mc))) {
            return f; // ㅆ (final index 20) before 다: the past
        }
        return new Finding(f.category(), f.original(), c.substring(0, c.length() - 1) + "어", f.subtype());
    }

    /**
     * The stem as the dictionary writes it, when the word is written on it: 싶 in 싶어, 가 in 가, 원하 in
     * 원해 (하 + 어 is written 해, 한글 맞춤법 제34항 붙임 2); null for other contractions (줘, 와, 돼).
     */
    private static String writtenStem(String w, String stem) {
        if (w.startsWith(stem) && w.length() <= stem.length() + 1) {
            return stem;
        }
        if (stem.endsWith("하") && w.equals(stem.substring(0, stem.length() - 1) + "해")) {
            return stem;
        }
        return null;
    }

    // ---- the learner's words

    /** The stem as written up to its first stem morpheme (실례하, 지루하, 나오, 주), or null when none. */
    private static String stem(List<Morphology.Morpheme> ms) {
        StringBuilder out = new StringBuilder();
        for (Morphology.Morpheme m : ms) {
            if (m.isEnding() || m.isParticle()) {
                return null;
            }
            out.append(m.form());
            if (m.isStem()) {
                return out.toString();
            }
        }
        return null;
    }

    /** The pre-final endings (Nori's EP: -시-, -았/었-, -겠-) in order. */
    private static List<String> preFinal(List<Morphology.Morpheme> ms) {
        return ms.stream().filter(m -> m.is("EP")).map(Morphology.Morpheme::form).toList();
    }

    /** One word as Nori reads it alone, as a sentence (a full stop is appended by {@link Morphology}). */
    private static List<Morphology.Morpheme> alone(String word) {
        List<Morphology.Word> w = Morphology.analyse(word);
        return w.size() == 1 ? w.getFirst().morphemes() : List.of();
    }

    private static List<List<Morphology.Morpheme>> analysedWords(String span) {
        return Morphology.analyse(span).stream().map(Morphology.Word::morphemes).filter(m -> !m.isEmpty()).toList();
    }

    /**
     * The answer's words as typed (sentence marks kept) when the typed text has the same letters and as
     * many words, else the normalised words.
     */
    private static String[] rawWords(String answer, String asTyped) {
        String[] normalised = SPACES.split(answer.strip());
        if (asTyped == null || !letters(asTyped).equals(letters(answer))) {
            return normalised;
        }
        String[] typed = SPACES.split(asTyped.strip());
        return typed.length == normalised.length ? typed : normalised;
    }

    private static String letters(String s) {
        return NON_WORD_CHARACTER.matcher(s).replaceAll("");
    }

    private static String strip(String word) {
        return TRAILING_PUNCTUATION_ELLIPSIS.matcher(word).replaceAll("");
    }

    /**
     * Whether the word ends a sentence: in the typed answer a sentence mark after it or the end; without
     * the typed answer, the answer's last word.
     */
    private static boolean sentenceFinal(String word, String answer, String asTyped) {
        String text = typed(answer, asTyped);
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("(^|[\\s,.?!~…])" + java.util.regex.Pattern.quote(word) + "([.?!~…]+|\\s*$)").matcher(text);
        return m.find();
    }

    /** Whether another word follows the word in its sentence (no sentence mark after it; a comma may stand). */
    private static boolean clauseFollows(String word, String answer, String asTyped) {
        String text = typed(answer, asTyped);
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("(^|[\\s,.?!~…])" + java.util.regex.Pattern.quote(word) + ",?\\s+[^\\s]").matcher(text);
        return m.find();
    }

    /** The typed answer when it has the answer's letters, else the normalised answer. */
    private static String typed(String answer, String asTyped) {
        return (asTyped != null && letters(asTyped).equals(letters(answer)) ? asTyped : answer).strip();
    }

    /** Whether a verb or adjective follows the word in its sentence (before . ? !). */
    private static boolean predicateAfter(String word, String answer, String asTyped) {
        String[] w = rawWords(answer, asTyped);
        boolean seen = false;
        for (String raw : w) {
            if (seen) {
                List<Morphology.Morpheme> ms = Evidence.morphemesIn(strip(raw), answer);
                if (ms.stream().anyMatch(m -> m.isStem() || m.isEnding())) {
                    return true;
                }
            } else if (strip(raw).equals(word)) {
                seen = true;
            }
            if (seen && FINAL_MARKS.matcher(raw).matches()) {
                return false;
            }
        }
        return false;
    }

    /** Whether the sentence of the word ends in a proposal, request or command (보자, 가세요, 줄래?). */
    private static boolean proposalAfter(String word, String answer, String asTyped) {
        String[] w = rawWords(answer, asTyped);
        boolean seen = false;
        for (int i = 0; i < w.length; i++) {
            if (!seen) {
                seen = strip(w[i]).equals(word) && !FINAL_MARKS.matcher(w[i]).matches();
                continue;
            }
            if (FINAL_MARKS.matcher(w[i]).matches() || i == w.length - 1) {
                String last = strip(w[i]);
                return List.of("자", "자요", "ㅂ시다", "읍시다", "세요", "십시오", "래", "래요", "줘", "줘요")
                        .stream().anyMatch(last::endsWith) || last.endsWith("시다");
            }
        }
        return false;
    }
}
