package com.koto.evaluation.rules;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Precision classes of the unsealed sets AG, AG3 and probe15-precision (session 22, helper s22a): a wording the learner
 * chose, well formed and saying what the accepted answer says, that the comparison with one accepted answer reads as a
 * slip. Each finding of a class is an alignment artefact, never decisive ({@link #artefact}, a filter in
 * {@code RuleEvaluator.judged}), or a gap the answer does not have ({@link #saidOtherwise}, on the omissions).
 * <ul>
 * <li><b>a speech level the answer keeps</b> (소금에 절이는 거예요? read as a slip to 돼요; 가득하시길 바랍니다 read as a
 * slip to 감사했습니다): the speech level is marked by the sentence ender only (Sohn 1999 §9.2, speech levels are
 * expressed in the sentence-final suffixes; 국립국어원 『표준 국어 문법론』 상대 높임법), so a level finding on a word
 * that ends no sentence of the answer, where every sentence of the answer already ends in the level the correction
 * asks for (해요체 -요, 합쇼체 -ㅂ니다/-ㅂ니까/-십시오), corrects nothing. A word that ends a sentence or a clause before
 * a comma (축하해! …, 추워, …) keeps its finding.</li>
 * <li><b>another polite sentence ender of the same predicate</b> (비싸네요 for 비싸요, 추워서요 for 추워요): -네요
 * (표준국어대사전 '-네' 「어미」 + '요': 새삼스러운 감탄), -군요, -거든요 and the reason -아/어서 with the polite 요
 * (표준국어대사전 '요' 「조사」: 어미 뒤에 붙어 청자에게 존대의 뜻; Yeon &amp; Brown 2019, -아/어서요 giving a reason
 * as a sentence of its own) end a 해요체 sentence as -아/어요 does. Read only on one word of the accepted predicate's
 * stem, in the same tense and with the same -(으)시-; 비쌌네요 for 비싸요 keeps its finding.</li>
 * <li><b>lend and borrow in a question</b> (책 빌려줄 수 있어요? for 책 빌릴 수 있어요?): 빌리다 'borrow' and
 * 빌려주다 'lend' name one transfer from its two ends (표준국어대사전 '빌리다' 「1」, '빌려주다'; Sohn 1999, converse
 * verbs), and a request asks it either way (can you lend / can I borrow). Read only in a question of ability or
 * permission (-(으)ㄹ 수 있다, -아/어도 되다) that names no first person as its subject; 제가 빌려줄 수 있어요? keeps
 * its finding, and the promise (빌릴게요 for 빌려줄게요) is {@link Confusables}'.</li>
 * <li><b>낫다 'be better' after a degree adverb</b> (훨씬 나아요 for 나았어요): beside the verb 낫다¹ 'get well', whose
 * change is past, 낫다² is an adjective, '보다 더 좋거나 앞서 있다' (표준국어대사전 '낫다²' 「형용사」), a state
 * stated in the present; a degree adverb before it (훨씬, 더, 좀, 많이, 한결) reads it so. 감기가 나아요 (no degree)
 * keeps its tense finding.</li>
 * <li><b>에 after a time of day</b> (오늘 밤에 for 오늘 밤): a noun of the time of day takes 에 of time or goes bare
 * after 오늘/내일/어제 (표준국어대사전 '에' 「조사」 「2」, 시간; Yeon &amp; Brown 2019, time nouns with and without 에),
 * so neither form is a wrong particle. 오늘에 (a day word that never takes 에) is not read.</li>
 * <li><b>the price asked with 가격</b> (가격도 좀 알려 주세요 for 얼마예요?): 가격, 값 and 요금 name the amount 얼마 asks
 * for (표준국어대사전 '가격': 물건이 지니고 있는 가치를 돈으로 나타낸 것), so a gap of 얼마 where the answer asks for the
 * price by name leaves nothing out.</li>
 * <li><b>the visit the scene gives</b> (안 먹는데 선생님께 진료받을 수 있나요? for 안 먹어서 왔어요. 선생님께 …): 왔어요
 * 'I have come' states where the speaker stands, which the scene of the task gives (Lee &amp; Ramsey 2000, ellipsis of
 * what the situation supplies), so a gap of that one word is none.</li>
 * </ul>
 */
final class ChosenWordings {

    /** Sentence marks and commas. */
    private static final Pattern MARKS = Pattern.compile("[?.!,~…]");
    /** Where a sentence ends in the answer as typed. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.?!。]+");
    /** The 합쇼체 sentence enders (-ㅂ니다, -ㅂ니까, -(으)십시오, -(으)ㅂ시다). */
    private static final Pattern FORMAL_END = Pattern.compile(".*(니다|니까|시오|시다)");
    /** Polite sentence enders of one predicate besides -아/어요 (비싸네요, 춥군요, 추워서요, 바쁘거든요). */
    private static final Pattern OTHER_POLITE_END = Pattern.compile(".+(네요|군요|서요|거든요)");
    /** A form of 빌려주다 or 빌려 드리다 'lend' (빌려줄, 빌려주실, 빌려줘도, 빌려 줄, 빌려드릴). */
    private static final Pattern LEND = Pattern.compile("빌려 ?(주|줄|줘|줬|드|줍)");
    /** First-person subjects: 제가 빌려줄 수 있어요? offers, it does not ask. */
    private static final Set<String> FIRST_PERSON = Set.of("제가", "저는", "전", "내가", "나는", "난", "저희가", "우리가");
    /** 낫다² in the present (나아요, 나아, 낫습니다, 나아요?). */
    private static final Pattern BETTER_NOW = Pattern.compile("(나아|나아요|낫습니다|낫네요|나은데요)");
    /** Degree adverbs before an adjective of comparison. */
    private static final Set<String> DEGREE = Set.of("훨씬", "더", "좀", "조금", "많이", "한결", "훨씬더", "꽤", "좀더");
    /** Nouns of the time of day that take 에 or go bare after a day word: the parts of the day, and 점심. */
    private static final Set<String> DAYTIME = java.util.stream.Stream.concat(ClauseOrder.PARTS_OF_DAY.stream(),
            java.util.stream.Stream.of("점심")).collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** Day words before a time of day (오늘 밤, 내일 아침). */
    private static final Set<String> DAY_WORDS = Set.of("오늘", "내일", "어제", "모레", "그저께");
    /** Nouns that name a price (가격, 값, 요금, 비용). */
    private static final Pattern PRICE_NOUN = Pattern.compile("(가격|값|요금|비용|금액)(이|은|도|을|는|좀)?");
    /** The past of 오다 alone: 'I have come' (왔어요, 왔습니다, 왔는데요). */
    private static final Pattern CAME = Pattern.compile("왔(어요|습니다|는데요|어)[.?!]*");

    private ChosenWordings() {
    }

    /**
     * Whether the finding belongs to one of the classes above.
     *
     * @param f       a finding of the comparison
     * @param answer  the learner's normalised answer
     * @param asTyped the learner's answer with its sentence marks and commas
     */
    static boolean artefact(Finding f, String answer, String asTyped) {
        String o = f.original() == null ? "" : f.original().strip();
        String c = f.correction() == null ? "" : f.correction().strip();
        if (c.isEmpty() || o.isEmpty()) {
            return false;
        }
        return switch (f.category()) {
            case HONORIFIC -> "honorific/speech_level".equals(Subtypes.of(f)) && levelHeld(o, c, asTyped);
            case ENDING -> otherPoliteEnd(o, c) || lendOrBorrow(o, c, answer, asTyped);
            case TENSE -> betterNow(o, c, answer);
            case PARTICLE_WRONG -> timeOfDay(o, c, answer);
            case INCOMPLETE -> saidOtherwise(f, answer);
            default -> false;
        };
    }

    /**
     * Whether a gap ({@code incomplete/missing_word}) leaves out what the answer says otherwise: 얼마 where it names
     * the price, or the speaker's 왔어요 that the scene gives.
     */
    static boolean saidOtherwise(Finding f, String answer) {
        String missing = Certainty.missingWords(f);
        if (missing == null) {
            return false;
        }
        if (missing.contains("얼마")) {
            return List.of(answer.split(" ")).stream().anyMatch(w -> PRICE_NOUN.matcher(strip(w)).matches());
        }
        return CAME.matcher(missing).matches();
    }

    /** 가득하시길 → 감사했습니다 where the word ends no sentence and every sentence ends in the correction's level. */
    static boolean levelHeld(String o, String c, String asTyped) {
        boolean polite = strip(c).endsWith("요");
        if (!polite && !FORMAL_END.matcher(strip(c)).matches()) {
            return false;
        }
        String last = strip(o.substring(o.lastIndexOf(' ') + 1));
        String[] words = asTyped.strip().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            boolean ends = i == words.length - 1 || MARKS.matcher(w.substring(w.length() - 1)).matches();
            if (strip(w).equals(last) && ends) {
                return false; // the finding is on a sentence or clause end
            }
        }
        for (String sentence : SENTENCE_END.split(asTyped.strip())) {
            String[] ws = sentence.strip().split("\\s+");
            String end = strip(ws[ws.length - 1]);
            if (end.isEmpty()) {
                continue;
            }
            if (polite ? !end.endsWith("요") : !FORMAL_END.matcher(end).matches()) {
                return false;
            }
        }
        return true;
    }

    /** 비싸네요 → 비싸요: the same stem, tense and -(으)시-, another polite sentence ender. */
    static boolean otherPoliteEnd(String o, String c) {
        String mine = strip(o);
        String theirs = strip(c);
        if (mine.contains(" ") || theirs.contains(" ") || !OTHER_POLITE_END.matcher(mine).matches()
                || !theirs.endsWith("요") || OTHER_POLITE_END.matcher(theirs).matches()) {
            return false;
        }
        List<Morphology.Morpheme> a = Morphology.morphemes(mine);
        List<Morphology.Morpheme> b = Morphology.morphemes(theirs);
        return !a.isEmpty() && !b.isEmpty() && a.getFirst().isStem() && b.getFirst().isStem()
                && a.getFirst().form().equals(b.getFirst().form()) && prefinal(a).equals(prefinal(b));
    }

    /** The pre-final endings of a word (-았/었-, -시-, -겠-), in order. */
    private static List<String> prefinal(List<Morphology.Morpheme> word) {
        return word.stream().filter(m -> m.is("EP")).map(Morphology.Morpheme::form).toList();
    }

    /** 빌려줄 → 빌릴 (or the reverse) in a question of ability or permission with no first-person subject. */
    static boolean lendOrBorrow(String o, String c, String answer, String asTyped) {
        String mine = strip(o);
        String theirs = strip(c);
        if (!mine.startsWith("빌") || !theirs.startsWith("빌") || LEND.matcher(mine).lookingAt() == LEND.matcher(theirs)
                .lookingAt() || !asTyped.contains("?")) {
            return false;
        }
        List<String> words = List.of(answer.split(" "));
        if (words.stream().anyMatch(w -> FIRST_PERSON.contains(strip(w)))) {
            return false;
        }
        String last = mine.substring(mine.lastIndexOf(' ') + 1);
        int at = words.indexOf(last);
        return at >= 0 && (last.endsWith("도") || at + 1 < words.size() && strip(words.get(at + 1)).equals("수"));
    }

    /** 나아요 → 나았어요 where a degree adverb stands right before 나아요 (낫다², an adjective). */
    static boolean betterNow(String o, String c, String answer) {
        String mine = strip(o);
        if (!BETTER_NOW.matcher(mine).matches() || !strip(c).startsWith("나았")) {
            return false;
        }
        return DEGREE.contains(wordBefore(mine, answer));
    }

    /** 밤에 → 밤 (or 밤 → 밤에) after 오늘/내일/어제: the time of day with or without 에. */
    static boolean timeOfDay(String o, String c, String answer) {
        String mine = strip(o);
        String theirs = strip(c);
        String bare = mine.equals(theirs + "에") ? theirs : theirs.equals(mine + "에") ? mine : null;
        if (bare == null || !DAYTIME.contains(bare)) {
            return false;
        }
        return DAY_WORDS.contains(wordBefore(mine, answer));
    }

    /** The word of the answer just before the first {@code word} (both without marks); "" when none. */
    private static String wordBefore(String word, String answer) {
        List<String> words = List.of(answer.split(" ")).stream().map(ChosenWordings::strip).toList();
        int at = words.indexOf(word);
        return at > 0 ? words.get(at - 1) : "";
    }

    /** The word without sentence marks and commas. */
    private static String strip(String word) {
        return MARKS.matcher(word).replaceAll("");
    }
}
