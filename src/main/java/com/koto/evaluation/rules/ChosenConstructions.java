package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.text.Hangul;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Precision classes of the unsealed sets AF and AF3 (session 21, helper s21a): a construction the learner chose, well
 * formed and meaning what the accepted answer means, that the comparison with one accepted answer reads as a slip of
 * one of its words. Each finding of a class is an alignment artefact, never decisive ({@link #artefact}, one filter in
 * {@code RuleEvaluator.judged}).
 * <ul>
 * <li><b>-(으)러 before a verb of going</b> (영화 보러 가는데 for 영화 볼 거야): the connective -(으)러 states the purpose
 * of going or coming and is followed by 가다, 오다, 다니다 and their compounds (표준국어대사전 '-러' 「어미」: 가거나
 * 오거나 하는 동작의 목적을 나타내는 연결 어미; Yeon &amp; Brown 2019, -(으)러 가다/오다), so 보러 is another form of the
 * accepted 보다, not a misspelling of 볼. Read only on a verb whose stem is the accepted word's and a form of a verb of
 * going right after; 보러 있는데 (no going) and 보로 가는데 keep their findings. The place before such a purpose
 * clause is where one goes (도서관에 책 빌리러 가요, 가다 「…에」), not where the purpose verb happens: a finding that asks
 * for 에서 there is read the same way; 도서관에 책 빌려요 keeps it.</li>
 * <li><b>N-용(으로) 'for use as N'</b> (선물용으로 포장해 주세요 for 선물 포장해 주세요): the suffix -용 (用) names the use a
 * thing is for (표준국어대사전 '-용' 「접사」: '용도' 또는 '용품'의 뜻을 더하는 접미사, 선물용, 업무용), so 선물용으로
 * says what 선물 and 선물로 say. Read only where the learner's word is the accepted noun with -용, bare or with (으)로;
 * 선물룡으로 and 선물용에 keep their findings.</li>
 * <li><b>V-는 데 'the place where one Vs'</b> asked with 어디 (갈아타는 데가 어디예요? for 어디서 갈아타야 돼요?): the bound
 * noun 데 (and the noun 곳) after a present modifier names a place (표준국어대사전 '데'² 「의존명사」 「1」 '곳'이나 '장소'의
 * 뜻; Yeon &amp; Brown 2019, -는 데), so the verb's form is the modifier the noun needs, not a wrong ending. Read only on
 * -는 before 데/곳 in an answer with 어디; 갈아타는 대가 keeps its finding.</li>
 * <li><b>안 V-(으)면 안 되다 'must V'</b> (수영모 안 쓰면 안 돼요? for 수영모 써야 돼요?): not doing it is not allowed, a double
 * negation that states obligation as -아/어야 되다/하다 does (Yeon &amp; Brown 2019, -(으)면 안 되다 and -아/어야
 * 되다/하다; Sohn 1999 §9, negation). Read only where the answer has 안 before a verb in -(으)면 and 안 되다 after it and an
 * accepted answer has -아/어야 되다/하다; 수영모 안 쓰면 돼요? (it suffices not to) keeps its finding.</li>
 * <li><b>-기 때문에 'because'</b> (출발하기 때문에 … 모여 주시기 바랍니다 for 출발합니다. … 돌아와 주십시오): -기 makes the
 * clause a noun before the bound noun 때문 (표준국어대사전 '때문' 「의존명사」; Yeon &amp; Brown 2019, -기 때문에), so the
 * clause ends in no speech level and is no sentence of its own. Read only on a word in -기 right before a form of
 * 때문, and only where the correction ends the clause as a sentence; 출발하기. alone and a wrong form before 때문
 * (아프었기 때문에 → 아팠기) keep their findings.</li>
 * <li><b>a noun before the noun it narrows, asked for with a request verb</b> (쿠폰 도장도 부탁드려요 for 쿠폰에 도장 찍어
 * 주세요): two nouns side by side form one noun phrase, the first narrowing the second (Sohn 1999 §6, noun compounds
 * and N N phrases; Lee &amp; Ramsey 2000, noun + noun), and where the learner does not use the accepted verb that
 * governs the place (찍다 「…에 …을」), no 에 is missing. Read only on a bare noun followed by a noun, where the accepted
 * answer's verb after that noun is not in the answer, and only for the place particle 에 of that verb; 쿠폰을 도장도 and
 * 쿠폰이 도장도 keep their particle findings, 김밥 2인분 사이다도 (이랑 left out between two items) its own.</li>
 * <li><b>V-는 바람에 'because (as it happened)'</b> (버스가 늦게 오는 바람에 늦었어요 for 버스가 늦게 와서 늦었어요): the
 * bound noun 바람 after -는, with 에, gives the cause of what follows, mostly an unwanted outcome (표준국어대사전 '바람'
 * 「의존명사」 「3」 (주로 '-는 바람에' 꼴로 쓰여) 뒷말의 근거나 원인을 나타내는 말; Yeon &amp; Brown 2019, -는 바람에), so
 * the verb's -는 is the modifier the bound noun needs, not a slip of the accepted -아/어서. Read only on a word in -는
 * right before 바람에 whose stem is the accepted word's (session 28, s28e); 오는 바람으로 and 온 바람에 keep their
 * findings.</li>
 * </ul>
 */
final class ChosenConstructions {

    /** The place nouns after a modifier: the bound noun 데 and the noun 곳, bare or with a particle. */
    private static final Pattern PLACE_NOUN = Pattern.compile("(데|곳)(가|는|도|요|이|은|에|에서)?");

    /** 안 before a verb in -(으)면, then 안 되다 (안 쓰면 안 돼요, 안 하면 안 됩니까). */
    private static final Pattern NOT_DOING_NOT_ALLOWED = Pattern.compile("(^|\\s)안 \\S+면 안 (돼|되|됩|될|됐)");

    /** -아/어야 되다/하다 (써야 돼요, 해야 해요, 가야 합니다). */
    private static final Pattern MUST = Pattern.compile("야 (돼|되|됩|될|해|하|합|할)");

    /** Sentence marks and commas stripped from typed words. */
    private static final Pattern MARKS = Pattern.compile("[?.!,]");

    private ChosenConstructions() {
    }

    /**
     * Whether the finding belongs to one of the classes above.
     *
     * @param f           a finding of the comparison
     * @param answer      the learner's normalised answer
     * @param accepted    the accepted answer compared with
     * @param allAccepted all the activity's normalised accepted answers
     */
    static boolean artefact(Finding f, String answer, String accepted, List<String> allAccepted) {
        String o = f.original() == null ? "" : f.original().strip();
        String c = f.correction() == null ? "" : f.correction().strip();
        if (o.isEmpty()) {
            return false;
        }
        return switch (f.category()) {
            case SPELLING -> purposeBeforeGoing(o, c, answer);
            case VOCABULARY -> useOf(o, c) || mustNotSkip(o, answer, allAccepted);
            case ENDING -> placeWhere(o, c, answer) || reasonClause(o, c, answer) || causeAsItHappened(o, c, answer);
            case HONORIFIC -> "honorific/speech_level".equals(Subtypes.of(f)) && reasonClause(o, c, answer);
            case PARTICLE_MISSING -> nounBeforeNoun(o, c, answer, accepted);
            case PARTICLE_WRONG -> goalBeforePurpose(o, c, answer);
            default -> false;
        };
    }

    /** 보러 → 볼 where 가다 (or another verb of going) follows 보러 in the answer. */
    static boolean purposeBeforeGoing(String o, String c, String answer) {
        if (o.contains(" ") || c.isEmpty() || c.contains(" ") || !o.endsWith("러") || o.length() < 2) {
            return false;
        }
        // the stem as written: 먹으러 → 먹, 보러 → 보 (Nori reads 보러 as a final ending and 볼 as the noun 'cheek')
        String stem = o.endsWith("으러") && o.length() > 2 && Hangul.hasFinal(o.charAt(o.length() - 3))
                ? o.substring(0, o.length() - 2) : o.substring(0, o.length() - 1);
        if (!sameStemWritten(stem, c)) {
            return false;
        }
        String next = wordAfter(o, answer);
        if (next == null) {
            return false;
        }
        return SentenceCheck.goOrCome(next);
    }

    /**
     * 도서관에 → 도서관에서 where a verb in -(으)러 and a verb of going follow: 도서관에 책 빌리러 가요 names where one goes
     * (가다 「…에」), not where one borrows.
     */
    static boolean goalBeforePurpose(String o, String c, String answer) {
        if (o.contains(" ") || !o.endsWith("에") || !c.equals(o + "서")) {
            return false;
        }
        List<String> words = typedWords(answer);
        for (int k = words.indexOf(o) + 1; k > 0 && k + 1 < words.size(); k++) {
            String w = words.get(k);
            if (w.endsWith("러") && w.length() > 1) {
                return SentenceCheck.goOrCome(words.get(k + 1));
            }
        }
        return false;
    }

    /** Whether the accepted word is a form of the written stem (먹 in 먹을, 보 in 볼 and 봐요). */
    private static boolean sameStemWritten(String stem, String word) {
        if (word.startsWith(stem)) {
            return true;
        }
        int last = stem.length() - 1;
        char open = stem.charAt(last);
        return word.length() > last && word.startsWith(stem.substring(0, last)) && Hangul.isSyllable(open)
                && !Hangul.hasFinal(open) && Hangul.isSyllable(word.charAt(last))
                && Hangul.initialIndex(word.charAt(last)) == Hangul.initialIndex(open);
    }

    /** 선물용으로 → 선물 (or 선물로): the accepted noun with the suffix -용, bare or with (으)로. */
    static boolean useOf(String o, String c) {
        if (o.contains(" ") || c.isEmpty() || c.contains(" ")) {
            return false;
        }
        String noun = ArgumentCheck.stemAndParticle(c)[0];
        return !noun.isEmpty() && (o.equals(noun + "용") || o.equals(noun + "용으로"));
    }

    /** 갈아타는 → 갈아타야 where 데가 (or 곳이 …) follows and the answer asks 어디. */
    static boolean placeWhere(String o, String c, String answer) {
        if (o.contains(" ") || c.isEmpty() || c.contains(" ") || !o.endsWith("는") || !answer.contains("어디")) {
            return false;
        }
        String next = wordAfter(o, answer);
        if (next == null || !PLACE_NOUN.matcher(next).matches()) {
            return false;
        }
        List<Morphology.Morpheme> mine = Morphology.morphemes(o);
        return mine.size() >= 2 && mine.getLast().is("ETM") && sameStem(mine, Morphology.morphemes(c));
    }

    /** 오는 → 와서 where 바람에 follows 오는 in the answer and 와서 is a form of the same verb. */
    static boolean causeAsItHappened(String o, String c, String answer) {
        if (o.contains(" ") || c.isEmpty() || c.contains(" ") || !o.endsWith("는") || !"바람에".equals(wordAfter(o, answer))) {
            return false;
        }
        List<Morphology.Morpheme> mine = Morphology.morphemes(o);
        return mine.size() >= 2 && mine.getLast().is("ETM") && sameStem(mine, Morphology.morphemes(c));
    }

    /** An added 안 where the answer says 안 V-(으)면 안 돼요 and an accepted answer says V-아/어야 돼요. */
    static boolean mustNotSkip(String o, String answer, List<String> allAccepted) {
        if (!List.of(o.split(" ")).contains("안") || !NOT_DOING_NOT_ALLOWED.matcher(answer).find()) {
            return false;
        }
        return allAccepted.stream().anyMatch(a -> MUST.matcher(a).find());
    }

    /**
     * 출발하기 → 출발합니다 where a form of 때문 follows 출발하기 in the answer: the correction ends the clause as a
     * sentence. A correction that keeps -기 (아프었기 → 아팠기) corrects the form itself and is kept.
     */
    static boolean reasonClause(String o, String c, String answer) {
        String last = o.substring(o.lastIndexOf(' ') + 1);
        if (!last.endsWith("기") || c.endsWith("기")) {
            return false;
        }
        String next = wordAfter(last, answer);
        return next != null && next.startsWith("때문");
    }

    /** 쿠폰 → 쿠폰에 where 쿠폰 stands before another noun and the accepted verb after that noun is not used. */
    static boolean nounBeforeNoun(String o, String c, String answer, String accepted) {
        if (o.contains(" ") || !c.equals(o + "에")) {
            return false;
        }
        String next = wordAfter(o, answer);
        if (next == null) {
            return false;
        }
        List<Morphology.Word> noun = Morphology.analyse(next);
        if (noun.size() != 1 || !noun.getFirst().startsWith("NNG") || noun.getFirst().verbal()) {
            return false;
        }
        String governing = verbAfter(c, Morphology.analyse(accepted));
        return governing != null && Morphology.morphemes(answer).stream()
                .noneMatch(m -> m.isStem() && m.form().equals(governing));
    }

    /**
     * The stem of the first verb after the word in the analysed sentence (찍 in 쿠폰에 도장 찍어 주세요), or null; the
     * word is matched with its sentence marks stripped.
     */
    private static String verbAfter(String word, List<Morphology.Word> sentence) {
        int at = sentence.stream().map(w -> typed(w.surface())).toList().indexOf(word);
        for (int k = at + 1; k > 0 && k < sentence.size(); k++) {
            List<Morphology.Morpheme> ms = sentence.get(k).morphemes();
            if (!ms.isEmpty() && ms.getFirst().is("VV", "VA")) {
                return ms.getFirst().form();
            }
        }
        return null;
    }

    /** Whether both readings start with the same verb stem (보 in 보러 and 볼). */
    private static boolean sameStem(List<Morphology.Morpheme> a, List<Morphology.Morpheme> b) {
        return !a.isEmpty() && !b.isEmpty() && a.getFirst().isStem() && b.getFirst().isStem()
                && a.getFirst().form().equals(b.getFirst().form());
    }

    /** The typed word right after the word in the answer, sentence marks stripped, or null. */
    private static String wordAfter(String word, String answer) {
        List<String> words = typedWords(answer);
        int at = words.indexOf(word);
        return at >= 0 && at + 1 < words.size() ? words.get(at + 1) : null;
    }

    /** The answer's typed words, sentence marks and commas stripped ({@link #MARKS}). */
    private static List<String> typedWords(String answer) {
        return java.util.Arrays.stream(answer.split(" ")).map(ChosenConstructions::typed).toList();
    }

    /** The typed word with its sentence marks and commas stripped ({@link #MARKS}). */
    private static String typed(String word) {
        return MARKS.matcher(word).replaceAll("");
    }
}
