package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A learner's word one slip away from the accepted word that is itself another real word (session 26, s26d): the
 * learner said another thing, so the error is the word ({@code vocabulary}), not its letters. Two shapes, each read on
 * one word of the learner against the aligned accepted word, with the same ending after the noun:
 * <ul>
 * <li><b>another member of a closed class</b> ({@code vocabulary/other_item}): a spelling finding whose two nouns are
 * two members of one class of {@code equivalents.json} ({@link Contrasts#sameClass}: the days of the week, drinks,
 * cities …) — 월요일에 for 일요일에 is one letter away, but 월요일 is Monday, another day (표준국어대사전 '월요일',
 * '일요일': 한 주의 둘째 날, 첫째 날); a teacher corrects the day, not the spelling. Nouns of one syllable (the
 * counters 장/잔, the body words 배/발) are left to their own checks.</li>
 * <li><b>a compound with two syllables turned round into another noun</b> ({@code vocabulary/confusable}): the
 * learner's word is the accepted word with two neighbouring syllables swapped, and both two-syllable runs are
 * dictionary nouns — 인천항공으로 for 인천공항으로: 항공 'aviation' for 공항 'airport' (표준국어대사전 '공항', '항공');
 * Sino-Korean morphemes combine in either order into other words (Sohn 1999, §4 on Sino-Korean compounds), so the
 * swap names another thing. A swap that makes no word (원병 for 병원) stays what the comparison called it.</li>
 * </ul>
 * Precision: only a finding on exactly one word of each side with the same particle or ending; synonyms and spelling
 * variants of one member ('/' in the class data) are one member and never judged.
 */
final class OtherRealWords {

    private OtherRealWords() {
    }

    /**
     * @param f a finding of the comparison (contrasts already marked)
     * @return the finding renamed as one of the two shapes, or {@code f}
     */
    static Finding mark(Finding f) {
        if (f.category() != ErrorCategory.SPELLING && f.category() != ErrorCategory.VOCABULARY
                || f.original() == null || f.correction() == null) {
            return f;
        }
        String subtype = Subtypes.of(f);
        String[] span = Spacing.trimCommonWords(f.original(), f.correction());
        String o = span[0].strip();
        String c = span[1].strip();
        if (o.isEmpty() || c.isEmpty() || o.contains(" ") || c.contains(" ") || o.equals(c)) {
            return f;
        }
        if (f.category() == ErrorCategory.SPELLING && otherMember(o, c)) {
            return new Finding(ErrorCategory.VOCABULARY, o, c, "vocabulary/other_item");
        }
        if ((f.category() == ErrorCategory.SPELLING || subtype.equals("vocabulary/word")) && swapped(o, c)) {
            return new Finding(ErrorCategory.VOCABULARY, o, c, Confusables.CONFUSABLE);
        }
        return f;
    }

    /** Another verb of the dictionary one letter away from the accepted verb (session 34, s34b). */
    static final String OTHER_VERB = "vocabulary/other_verb";

    /**
     * A third shape (session 34, s34b): a spelling finding whose learner's word is a well-formed form of another verb
     * or adjective of the dictionary, one jamo away from the accepted verb — 드렸어요 for 드셨어요 (드리다 'give
     * humbly' for 드시다 'eat', honorific), 끝냈어 for 끝났어 (끝내다 'finish something' for 끝나다 'end'). Both
     * stems are lemmas of 표준국어대사전 (mecab-ko-dic, {@link KnownWords}), so the learner wrote another word, not the
     * accepted word with a slip of the pen: the error, if any, is which word ({@code vocabulary/other_verb}), and a
     * teacher names that difference. The finding stays as certain as the spelling finding was (one word for one
     * word); where both verbs fit the sentence the other checks drop it (a voice pair after a bare noun,
     * {@link Confusables#bareObjectVoice}). Left as spelling: a word Nori reads only through a written-out repair
     * ({@link RepairedReadings#misspeltVerb}: 드셧어요), a finding the ladder drops as an artefact, and stems of one
     * syllable (가/하, 봐/와 are already another verb, {@link Evidence#otherOnset}), and a difference of letters learners
     * confuse by sound ({@link #soundAlike}: 새워 for 세워, 짤라 for 잘라, 들려 for 들러 — another verb by accident).
     *
     * @param f       a finding of the comparison
     * @param answer  the learner's normalised answer
     * @param asTyped the answer as typed, or null
     * @return the finding renamed, or {@code f}
     */
    static Finding markVerb(Finding f, String answer, String asTyped) {
        if (f.category() != ErrorCategory.SPELLING || !"spelling/letters".equals(Subtypes.of(f))
                || f.original() == null || f.correction() == null || answer == null) {
            return f;
        }
        String[] span = Spacing.trimCommonWords(f.original(), f.correction());
        String o = span[0].strip();
        String c = span[1].strip();
        if (o.isEmpty() || c.isEmpty() || o.contains(" ") || c.contains(" ") || o.equals(c)
                || RepairedReadings.misspeltVerb(o, c, answer) || Evidence.artefact(f, answer, asTyped)) {
            return f;
        }
        List<Morphology.Morpheme> mo = Evidence.morphemesIn(o, answer);
        List<Morphology.Morpheme> mc = Evidence.morphemesIn(c, c);
        if (mo.size() < 2 || mc.size() < 2 || !mo.getFirst().is("VV", "VA") || !mc.getFirst().is("VV", "VA")) {
            return f;
        }
        String so = mo.getFirst().form();
        String sc = mc.getFirst().form();
        if (so.equals(sc) || so.length() < 2 || sc.length() < 2 || !lemma(so) || !lemma(sc)
                || com.koto.evaluation.text.Hangul.jamoDistance(so, sc) > 1) {
            return f;
        }
        return soundAlike(o, c) ? f : new Finding(ErrorCategory.VOCABULARY, o, c, OTHER_VERB);
    }

    /** Medials a learner's spelling confuses by sound (ㅐ/ㅔ, ㅒ/ㅖ, ㅙ/ㅞ/ㅚ, ㅓ/ㅕ after a consonant). */
    private static final int[][] ALIKE_MEDIALS = {{1, 5}, {3, 7}, {10, 15}, {10, 11}, {11, 15}, {4, 6}};
    /** Onsets of one place: lax, tense, aspirated (ㄱㄲㅋ, ㄷㄸㅌ, ㅂㅃㅍ, ㅈㅉㅊ, ㅅㅆ), by initial index. */
    private static final int[] PLACE = {1, 1, 0, 2, 2, 0, 0, 3, 3, 5, 5, 0, 4, 4, 4, 1, 2, 3, 0};

    /**
     * Whether the two written words differ in a way a learner's spelling confuses by sound, so the slip is one of
     * letters even where the learner's word happens to be another verb (새워 for 세워, 짤라 for 잘라, 들려 for 들러,
     * 기달려 for 기다려): anything but exactly one differing jamo, or that jamo a final consonant (neutralised before a
     * consonant, 한글 맞춤법 제8–10항), a medial of {@link #ALIKE_MEDIALS} (ㅐ/ㅔ merged in speech, 표준 발음법 제4항
     * 해설), or an onset of the same place (된소리 and 거센소리, 한글 맞춤법 제5항). Gold writers name these spelling.
     */
    static boolean soundAlike(String o, String c) {
        int at = com.koto.evaluation.text.Hangul.onlyDifference(o, c);
        if (at < 0) {
            return true;
        }
        char a = o.charAt(at);
        char b = c.charAt(at);
        if (!com.koto.evaluation.text.Hangul.isSyllable(a) || !com.koto.evaluation.text.Hangul.isSyllable(b)) {
            return true;
        }
        int ia = com.koto.evaluation.text.Hangul.initialIndex(a);
        int ib = com.koto.evaluation.text.Hangul.initialIndex(b);
        int ma = com.koto.evaluation.text.Hangul.medialIndex(a);
        int mb = com.koto.evaluation.text.Hangul.medialIndex(b);
        int fa = com.koto.evaluation.text.Hangul.finalIndex(a);
        int fb = com.koto.evaluation.text.Hangul.finalIndex(b);
        int differing = (ia != ib ? 1 : 0) + (ma != mb ? 1 : 0) + (fa != fb ? 1 : 0);
        if (differing != 1 || fa != fb) {
            return true;
        }
        if (ma != mb) {
            for (int[] pair : ALIKE_MEDIALS) {
                if (pair[0] == ma && pair[1] == mb || pair[0] == mb && pair[1] == ma) {
                    return true;
                }
            }
            return false;
        }
        return PLACE[ia] != 0 && PLACE[ia] == PLACE[ib];
    }

    /** Whether the stem is a verb or adjective of the dictionary. */
    private static boolean lemma(String stem) {
        return KnownWords.tags(stem).stream().anyMatch(t -> t.name().equals("VV") || t.name().equals("VA"));
    }

    /** Whether the two words are two members of one class with the same ending after the noun (월요일에, 일요일에). */
    static boolean otherMember(String o, String c) {
        String on = Certainty.nounRun(o);
        String cn = Certainty.nounRun(c);
        return on.length() >= 2 && cn.length() >= 2 && o.startsWith(on) && c.startsWith(cn)
                && o.substring(on.length()).equals(c.substring(cn.length())) && Contrasts.sameClass(on, cn);
    }

    /**
     * Whether {@code o} is {@code c} with two neighbouring syllables swapped, both two-syllable runs (the learner's
     * and the accepted) dictionary nouns (항공 for 공항).
     */
    static boolean swapped(String o, String c) {
        if (o.length() != c.length() || o.length() < 2) {
            return false;
        }
        int first = -1;
        for (int i = 0; i < o.length(); i++) {
            if (o.charAt(i) != c.charAt(i)) {
                first = i;
                break;
            }
        }
        if (first < 0 || first + 1 >= o.length()) {
            return false;
        }
        char a = o.charAt(first);
        char b = o.charAt(first + 1);
        if (a == b || a != c.charAt(first + 1) || b != c.charAt(first)
                || !o.substring(first + 2).equals(c.substring(first + 2))
                || !com.koto.evaluation.text.Hangul.isSyllable(a) || !com.koto.evaluation.text.Hangul.isSyllable(b)) {
            return false;
        }
        String mine = o.substring(first, first + 2);
        String theirs = c.substring(first, first + 2);
        return KnownWords.noun(mine) && KnownWords.noun(theirs);
    }

    /** Parts of the day before a clock time that cannot name the same hour (오전 10시 is not 밤 10시). */
    private static final Set<String> MORNING = Set.of("오전", "아침", "새벽");
    private static final Set<String> EVENING = Set.of("오후", "저녁", "밤");

    /** Company ranks with 님, one closed set of the person addressed (표준 언어 예절 2011, 직장에서의 호칭). */
    private static final List<String> RANKS = List.of("회장님", "부사장님", "사장님", "전무님", "상무님", "이사님", "부장님",
            "차장님", "과장님", "대리님", "팀장님", "실장님", "주임님");

    /** Days named from today (표준국어대사전 '그저께', '어제', '오늘', '내일', '모레'). */
    private static final List<String> DAYS = List.of("그저께", "어제", "오늘", "내일", "모레");

    private static final Pattern TAIL = Pattern.compile(
            "^(은|는|이|가|을|를|에|에는|에도|도|만|부터|까지|께|께서|께서는|하고|과|와|이랑|랑|의|,)?$");

    /**
     * Another member of a closed set in the place of the one every accepted answer states (session 26, s26f; {@code
     * vocabulary/other_item}): a part of the day before the same hour (오전 10시쯤 for 밤 10시쯤: 표준국어대사전 '오전'
     * 'from midnight to noon', '밤'), a company rank after the same name (김 사장님 for 김 부장님: 표준 언어 예절 2011,
     * 직장에서의 호칭 — the rank names the person), a day named from today before the same word (내일 저녁에 for 오늘
     * 저녁에). The member is the fact the message passes on (국립국어원 2017, 과제 수행). Precision: every accepted
     * answer that says the slot says one member and no accepted answer another; for a part of the day, an accepted
     * answer without one (10시쯤) agrees with any, and only morning against evening is another hour (밤 1시 = 새벽 1시,
     * 저녁 7시 = 오후 7시); a member the learner adds where an accepted answer has none (오늘 저녁 for 저녁), or says
     * beside the accepted one, is not judged.
     *
     * @param raw      the learner's answer as written
     * @param accepted the activity's accepted answers as written
     * @return the finding (the learner's member → the accepted one), or empty
     */
    static Optional<Finding> otherStatedMember(String raw, List<String> accepted) {
        return otherStatedMember(raw, accepted, null);
    }

    /**
     * As {@link #otherStatedMember(String, List)}, with the task prompt for a rank called at the start (session 32,
     * s32g): a superior addressed is called by their 직함 + 님 (표준 언어 예절 2011, 직장에서의 호칭: 부장님, 팀장님,
     * 과장님), and a task that says only "your manager" or "your boss" leaves that title to the learner — 팀장님, for
     * 부장님 in every accepted answer, calls the same listener. The vocative rank is judged only where the prompt
     * itself names the accepted rank in Korean (김 부장님); a rank after a name (김 사장님 for 김 부장님) is another
     * person and is judged as before.
     *
     * @param prompt the task as shown to the learner, or null (then a vocative rank is not judged)
     */
    static Optional<Finding> otherStatedMember(String raw, List<String> accepted, String prompt) {
        if (accepted.isEmpty()) {
            return Optional.empty();
        }
        return partOfDay(raw, accepted).or(() -> member(raw, accepted, RANKS, true)
                        .filter(f -> !vocativeRank(raw, f) || promptNames(prompt, f.correction())))
                .or(() -> member(raw, accepted, DAYS, false));
    }

    /** Whether the prompt names the rank the correction starts with (부장 in “Manager Kim (김 부장님)”). */
    private static boolean promptNames(String prompt, String correction) {
        String rank = memberOf(correction, RANKS);
        return prompt != null && rank != null && prompt.contains(rank.substring(0, rank.length() - 1));
    }

    /** Whether the finding's rank is the answer's first word, the listener called (팀장님, 회의 자료는 …). */
    private static boolean vocativeRank(String raw, Finding f) {
        List<String> w = words(raw);
        return !w.isEmpty() && w.get(0).replaceAll(",$", "").equals(f.original());
    }

    private static Optional<Finding> partOfDay(String raw, List<String> accepted) {
        List<String[]> mine = partsBeforeHours(raw);
        if (mine.size() != 1 || mine.get(0)[0] == null) {
            return Optional.empty();
        }
        String part = mine.get(0)[0];
        String hour = mine.get(0)[1];
        String said = null;
        for (String a : accepted) {
            List<String[]> theirs = partsBeforeHours(a);
            if (theirs.size() != 1 || !theirs.get(0)[1].equals(hour)) {
                return Optional.empty();
            }
            String p = theirs.get(0)[0];
            if (p != null && !(MORNING.contains(part) ? EVENING.contains(p) && !(part.equals("새벽") && p.equals("밤"))
                    : EVENING.contains(part) && MORNING.contains(p) && !(part.equals("밤") && p.equals("새벽")))) {
                return Optional.empty();
            }
            said = said == null ? p : said;
        }
        return said == null ? Optional.empty()
                : Optional.of(new Finding(ErrorCategory.VOCABULARY, part, said, "vocabulary/other_item"));
    }

    /** The clock hours of a text (digits or numeral before 시, by twelve) with the part of the day before each. */
    private static List<String[]> partsBeforeHours(String text) {
        List<String> w = words(text);
        List<String[]> out = new ArrayList<>();
        for (int i = 0; i < w.size(); i++) {
            String x = w.get(i);
            String hour = null;
            java.util.regex.Matcher m = Pattern.compile("^([0-9]{1,2})시(?!간)").matcher(x);
            if (m.find()) {
                hour = String.valueOf((Integer.parseInt(m.group(1)) + 11) % 12 + 1);
            } else if (i + 1 < w.size() && w.get(i + 1).startsWith("시") && !w.get(i + 1).startsWith("시간")
                    && Numerals.number(x) != null && !x.equals("이") && !x.equals("일")) {
                hour = String.valueOf((Numerals.number(x) + 11) % 12 + 1);
            }
            if (hour != null) {
                String before = i > 0 ? w.get(i - 1) : "";
                out.add(new String[] {MORNING.contains(before) || EVENING.contains(before) ? before : null, hour});
            }
        }
        return out;
    }

    /**
     * A member of {@code set} the learner says once where every accepted answer says one other member, in the same
     * slot: after the same word (김 사장님, 김 부장님) or, for days, before it (내일 저녁, 오늘 저녁) or with the same
     * particle.
     */
    private static Optional<Finding> member(String raw, List<String> accepted, List<String> set, boolean after) {
        List<String> w = words(raw);
        List<Integer> mine = positions(w, set);
        if (mine.size() != 1) {
            return Optional.empty();
        }
        int k = mine.get(0);
        String own = memberOf(w.get(k), set);
        String said = null;
        boolean sameSlot = false;
        for (String a : accepted) {
            List<String> aw = words(a);
            List<Integer> theirs = positions(aw, set);
            if (theirs.isEmpty() || theirs.contains(-1)) {
                return Optional.empty();
            }
            for (int j : theirs) {
                String m = memberOf(aw.get(j), set);
                if (said != null && !said.equals(m) || m.equals(own)) {
                    return Optional.empty();
                }
                said = m;
                String neighbour = after ? (j > 0 ? aw.get(j - 1) : "") : (j + 1 < aw.size() ? aw.get(j + 1) : "");
                String ownNeighbour = after ? (k > 0 ? w.get(k - 1) : "") : (k + 1 < w.size() ? w.get(k + 1) : "");
                sameSlot |= neighbour.equals(ownNeighbour) && (!neighbour.isEmpty() || after && j == 0 && k == 0)
                        || !after && aw.get(j).substring(m.length()).equals(w.get(k).substring(own.length()))
                                && !aw.get(j).equals(m);
            }
        }
        if (!sameSlot || said == null) {
            return Optional.empty();
        }
        String word = w.get(k).replaceAll(",$", "");
        return Optional.of(new Finding(ErrorCategory.VOCABULARY, word, said + word.substring(own.length()),
                "vocabulary/other_item"));
    }

    /** Where the words are members of the set (a member alone or with a particle; 내일 모레 written apart is one). */
    private static List<Integer> positions(List<String> w, List<String> set) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < w.size(); i++) {
            String m = memberOf(w.get(i), set);
            if (m != null) {
                if (m.equals("내일") && i + 1 < w.size() && "모레".equals(memberOf(w.get(i + 1), set))) {
                    out.add(-1); // 내일 모레: the day after tomorrow, written apart; not read
                }
                out.add(i);
            }
        }
        return out.contains(-1) ? List.of(-1, -1) : out;
    }

    private static String memberOf(String word, List<String> set) {
        return set.stream().filter(m -> word.startsWith(m) && TAIL.matcher(word.substring(m.length())).matches())
                .findFirst().orElse(null);
    }

    private static List<String> words(String text) {
        return java.util.Arrays.stream(text.strip().split("\\s+")).map(x -> x.replaceAll("[.?!~。…]", ""))
                .filter(x -> !x.isEmpty()).toList();
    }
}
