package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.text.AnswerText;
import com.koto.evaluation.text.Hangul;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Precision classes of the unsealed sets AD and AD3 (session 19, helper s19a): correct everyday Korean that the
 * comparison with one accepted answer reads as a slip. Each finding of a class is an alignment artefact, never
 * decisive ({@link #artefact}, one filter in {@code RuleEvaluator.judged}; {@link #sceneOfHomeLeftOut} on the
 * omission the same method finds).
 * <ul>
 * <li><b>우리 before one's own household</b> (우리 개가 for 저희 개가): 우리 before a noun of one's family, home or pet
 * marks the close relation, not the group 'we', and is polite to anyone (표준국어대사전 '우리'¹ 「3」: 말하는 이가 어떤
 * 대상이 자기와 친밀한 관계임을 나타낼 때 쓰는 말, 우리 엄마, 우리 집; Sohn 1999 §9.2: 우리 for 'my' of one's family
 * and household). 저희 is the humble choice, not the only correct one. Not read: 우리 as the subject or topic
 * (우리가, 우리는: 'we' to a superior, 저희), before a noun of an institution (우리 회사 to a client, 저희 회사).</li>
 * <li><b>-(으)세요 for -(으)십시오</b> (받으세요 for 받으십시오): both are the honorific imperative of one verb, -(으)시-
 * with the 해요체 ending and the 합쇼체 ending (Sohn 1999 §9.3, speech levels; Yeon &amp; Brown 2019, -(으)세요 and
 * -(으)십시오). 해요체 is the polite level of everyday talk to a superior (국립국어원 『표준 언어 예절』 2011), so the
 * honorific request in 해요체 is correct in a formal activity too ({@link SpeechLevels}: -(으)세요 gets no note).</li>
 * <li><b>얼마나 + a predicate for 얼마예요</b> (비용이 얼마나 들어요? for 얼마예요?): 얼마나 is the adverb that asks the
 * degree or amount of the next predicate (표준국어대사전 '얼마나' 「부사」 「1」: 동작이나 상태의 정도를 묻는 말), and
 * with 들다, 하다, 나오다 it asks the cost that 얼마예요 asks with the copula. It is no misformed 얼마 + 이다: the
 * next word must be a predicate (얼마나예요 keeps its finding).</li>
 * <li><b>the thing named where the accepted answer says 것</b> (매운 음식을 for 매운 걸): 것 (거, 걸, 건) is a
 * dependent noun that stands for a thing the context names (표준국어대사전 '것'¹ 「의존명사」 「1」); a common noun
 * after the same modifier names that thing, where the rest of its clause is the accepted one (the same adverbs and
 * negation, a predicate of the same stem). Not read: a noun after another modifier or with none, or a clause that
 * leaves out the accepted 못 or 안 (뜨거운 음식을 잘 먹어요 for 뜨거운 걸 잘 못 먹어요).</li>
 * <li><b>the noun said in a copula sentence of its own</b> (503호예요. 수건 … for 503호에 수건 …), where another
 * accepted answer gives the same noun as background with the copula and -ㄴ데요 (503호인데요, 수건 …): -ㄴ데 lays
 * out the background of what follows (표준국어대사전 '-ㄴ데' 「2」), and a sentence of its own says the same
 * (session 18, {@link ShapeChoices#sentenceForConnective}). As typed a '.', '!' or ',' follows and a word comes
 * after; the copula fits its noun.</li>
 * <li><b>the home left out as the scene</b> (사장님, 뜨거운 물이 안 나와요 for 사장님, 집에 뜨거운 물이 …): a place
 * phrase N에 before the subject of its clause sets the scene of what happens there; it is an adjunct, no argument of
 * the predicate (표준국어대사전 '에'¹ 「1」, 처소의 부사어), and Korean leaves out what the situation gives (Sohn 1999
 * §8.7, ellipsis). Read only for the speaker's home or room (집, 방, optionally after 우리/저희/제) with a subject
 * noun in 이/가 right after the gap; a destination (집에 가요) has no subject after it and keeps its finding.</li>
 * <li><b>-죠 (-지요) for the 해요체 -아/어요 of the same stem</b> (서울역 가죠? for 서울역에 가요?; session 19, the lead,
 * from the fresh precision probe probe13-precision): -지요 is a 해요체 sentence ending that states or asks while
 * seeking the listener's agreement (표준국어대사전 '-지요' 「어미」: 해요할 자리에 쓰여, 어떤 사실을 긍정적으로 서술하거나
 * 묻거나 …; Yeon &amp; Brown 2019, -지요 / -죠 'isn't it?, right?'), so it says what the accepted -아/어요 says with
 * a nuance a teacher accepts. Read only where the accepted word is a statement or question in -아/어요 (not a
 * request -(으)세요, a proposal -(으)ㄹ까요, a promise -(으)ㄹ게요 or another ending in 요), both words one stem
 * (compared as written: Nori reads the lone 가요 as the noun 'song' and 가죠 as 갈다).</li>
 * </ul>
 */
final class EverydayVariants {

    /** One or more white-space characters, between typed words. */
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    /** Nouns of one's family, home and pets before which 우리 marks the close relation (표준국어대사전 '우리' 「3」). */
    private static final Set<String> HOUSEHOLD = Set.of("집", "가족", "엄마", "아빠", "어머니", "아버지", "부모님",
            "할머니", "할아버지", "아내", "남편", "아이", "애", "애들", "아이들", "아들", "딸", "형", "누나", "오빠", "언니",
            "동생", "개", "강아지", "고양이");

    /** A typed word and the '.', '!' or ',' right after it. */
    private static final Pattern TRAILING_MARKS = Pattern.compile("(.+?)[.!,]+");

    /** 것 and its contractions with a particle (거, 것을, 걸, 건, 게). */
    private static final Pattern THING = Pattern.compile("(거|것|걸|건|게)\\S*");

    /** The copula's polite and formal sentence-final forms on a noun. */
    private static final Pattern COPULA_FINAL = Pattern.compile("(.+?)(이에요|예요|입니다)");

    /** Endings in 요 that are no statement or question in -아/어요: requests, proposals, promises, background, exclamation. */
    private static final Pattern OTHER_YO_ENDING = Pattern.compile(".*(세요|셔요|까요|게요|께요|래요|데요|네요|나요|군요|구요|고요)");

    /** A place noun of the speaker's home (optionally with its possessive) and the locative 에. */
    private static final Pattern HOME_SCENE = Pattern.compile("((우리|저희|제) )?(집|방)에");

    /** The guest's room or the speaker's home as a bare noun (방, 객실, 우리 집), before the noun of place it modifies. */
    private static final Pattern BARE_SCENE = Pattern.compile("((우리|저희|제) )?(집|방|객실)");

    /** A noun with the locative 에 or 에서 (샤워기에서, 화장실에): the place named. */
    private static final Pattern PLACE_WORD = Pattern.compile("[가-힣]{2,}(에서|에)");

    private EverydayVariants() {
    }

    /**
     * Whether the finding belongs to one of the classes above.
     *
     * @param f           a finding of the comparison
     * @param answer      the learner's normalised answer
     * @param asTyped     the answer as typed (sentence marks kept), or null
     * @param allAccepted all the activity's normalised accepted answers
     */
    static boolean artefact(Finding f, String answer, String asTyped, List<String> allAccepted) {
        String o = f.original() == null ? "" : f.original().strip();
        String c = f.correction() == null ? "" : f.correction().strip();
        if (o.isEmpty() || c.isEmpty()) {
            return false;
        }
        return "honorific/humble_pronoun".equals(Subtypes.of(f)) && householdWe(o, c, answer)
                || f.category() == ErrorCategory.INCOMPLETE && sceneOfHomeLeftOut(f, allAccepted)
                || politeImperative(o, c)
                || (f.category() == ErrorCategory.ENDING || f.category() == ErrorCategory.VOCABULARY)
                        && (amountAsked(o, c, answer) || thingNamed(o, c, answer, allAccepted))
                || f.category() == ErrorCategory.ENDING && nounStatedBefore(o, c, asTyped, allAccepted)
                || (f.category() == ErrorCategory.SPELLING || f.category() == ErrorCategory.ENDING
                        || f.category() == ErrorCategory.VOCABULARY) && confirmingJiyo(o, c);
    }

    /**
     * 가죠 for 가요, 먹죠 for 먹어요, 하죠 for 해요: the learner's single word is a stem with -죠 or -지요, the accepted
     * word the 해요체 -아/어요 of the same stem (a vowel-final stem's contracted 가요, 서요 included).
     */
    static boolean confirmingJiyo(String o, String c) {
        if (o.contains(" ") || c.contains(" ") || !(o.endsWith("죠") || o.endsWith("지요")) || !c.endsWith("요")
                || c.endsWith("죠") || c.endsWith("지요") || OTHER_YO_ENDING.matcher(c).matches()) {
            return false;
        }
        String stem = o.substring(0, o.length() - (o.endsWith("죠") ? 1 : 2));
        String infinitive = c.substring(0, c.length() - 1);
        if (stem.isEmpty() || infinitive.isEmpty() || !Hangul.isSyllable(stem.charAt(stem.length() - 1))) {
            return false;
        }
        return infinitive.equals(stem) && !Hangul.hasFinal(stem.charAt(stem.length() - 1)) // 가요, 가죠
                || infinitive.equals(stem + "어") || infinitive.equals(stem + "아") // 먹어요, 먹죠
                || stem.endsWith("하") && infinitive.equals(stem.substring(0, stem.length() - 1) + "해"); // 해요, 하죠
    }

    /** 우리 → 저희 where 우리 stands before a noun of the speaker's household in the answer (우리 개가, 우리 집에). */
    static boolean householdWe(String o, String c, String answer) {
        if (!o.equals("우리") || !c.equals("저희")) {
            return false;
        }
        String[] words = answer.split(" ");
        for (int i = 0; i + 1 < words.length; i++) {
            if (words[i].equals("우리") && HOUSEHOLD.contains(ArgumentCheck.stemAndParticle(words[i + 1])[0])) {
                return true;
            }
        }
        return false;
    }

    /**
     * The learner's last word is the -(으)세요 form of the verb whose -(으)십시오 form the accepted span ends in (받으세요
     * for 받으십시오, 앉으세요 for 앉으십시오, 드세요 for 드십시오); the words before it the same.
     */
    static boolean politeImperative(String o, String c) {
        if (!o.endsWith("세요") || !c.endsWith("십시오")) {
            return false;
        }
        String body = o.substring(0, o.length() - 2);
        return !body.isEmpty() && body.equals(c.substring(0, c.length() - 3))
                && Hangul.isSyllable(body.charAt(body.length() - 1));
    }

    /** 얼마나 → 얼마 + copula, where the learner's 얼마나 stands before a predicate (얼마나 들어요?, 얼마나 해요?). */
    static boolean amountAsked(String o, String c, String answer) {
        if (!o.equals("얼마나") || !c.startsWith("얼마") || c.startsWith("얼마나")) {
            return false;
        }
        List<Morphology.Word> words = Morphology.analyse(answer);
        for (int i = 0; i + 1 < words.size(); i++) {
            if (words.get(i).surface().equals("얼마나") && words.get(i + 1).verbal()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A common noun with a particle (음식을) where the accepted span is a form of 것 (걸, 거, 것을), the modifier before
     * both the same: the learner's noun follows a modifier in the answer, and an accepted answer has that modifier
     * right before a form of 것.
     */
    static boolean thingNamed(String o, String c, String answer, List<String> allAccepted) {
        if (o.contains(" ") || c.contains(" ") || !THING.matcher(c).matches() || THING.matcher(o).matches()) {
            return false;
        }
        List<Morphology.Word> words = Morphology.analyse(answer);
        for (int i = 1; i < words.size(); i++) {
            Morphology.Word w = words.get(i);
            Morphology.Word before = words.get(i - 1);
            if (!w.surface().equals(o) || w.morphemes().isEmpty() || !w.morphemes().getFirst().is("NNG")
                    || !before.endsWith("ETM")) {
                continue;
            }
            String modifier = before.surface();
            for (String a : allAccepted) {
                List<Morphology.Word> aw = Morphology.analyse(a);
                for (int j = 0; j + 1 < aw.size(); j++) {
                    if (aw.get(j).surface().equals(modifier) && THING.matcher(aw.get(j + 1).surface()).matches()
                            && sameClauseAfter(aw, j + 2, words, i + 1)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Whether the learner's words from {@code from} say what the accepted words from {@code acceptedFrom} say up to
     * their predicate: the same adverbs (잘, 못, 안) in order, then a predicate of the same stem (못 먹어서 for 못
     * 먹어요). A negation or an adverb left out (잘 먹어요 for 잘 못 먹어요) is no such clause.
     */
    private static boolean sameClauseAfter(List<Morphology.Word> accepted, int acceptedFrom, List<Morphology.Word> words,
            int from) {
        for (int k = 0; acceptedFrom + k < accepted.size() && from + k < words.size(); k++) {
            Morphology.Word a = accepted.get(acceptedFrom + k);
            Morphology.Word w = words.get(from + k);
            if (a.verbal() && !a.morphemes().isEmpty()) {
                return w.verbal() && !w.morphemes().isEmpty()
                        && w.morphemes().getFirst().form().equals(a.morphemes().getFirst().form());
            }
            if (!a.surface().equals(w.surface())) {
                return false;
            }
        }
        return false;
    }

    /**
     * N + copula (503호예요) for N에 (503호에), ended as typed by a mark with a word after, where another accepted answer
     * says N인데요 (the background copula).
     */
    static boolean nounStatedBefore(String o, String c, String asTyped, List<String> allAccepted) {
        var m = COPULA_FINAL.matcher(o);
        if (asTyped == null || o.contains(" ") || c.contains(" ") || !m.matches() || !Certainty.wellFormedCopula(o)
                && !o.endsWith("입니다")) {
            return false;
        }
        String noun = m.group(1);
        if (!c.equals(noun + "에")) {
            return false;
        }
        boolean background = allAccepted.stream().flatMap(a -> java.util.Arrays.stream(a.split(" ")))
                .anyMatch(w -> w.startsWith(noun + "인데"));
        return background && endsTypedSentence(o, asTyped);
    }

    /**
     * Whether, as typed, a word other than the last ends the learner's copula word (its unspaced tail, 호예요 of
     * 503호예요 when typed 오백삼 호예요.) and a '.', '!' or ',' follows it.
     */
    private static boolean endsTypedSentence(String o, String asTyped) {
        String[] typed = WHITE_SPACE.split(asTyped.strip());
        for (int i = 0; i + 1 < typed.length; i++) {
            var marks = TRAILING_MARKS.matcher(typed[i]);
            if (!marks.matches()) {
                continue;
            }
            String word = marks.group(1);
            if (word.length() >= 2 && o.endsWith(word) && COPULA_FINAL.matcher(word).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an {@code incomplete/missing_word} omission is only the speaker's home as the scene (집에, 우리 집에)
     * before a subject in 이/가 of the accepted sentence.
     *
     * @param f        the omission finding (neighbour → neighbour + missing, or missing + neighbour)
     * @param accepted the normalised accepted answers it may have been found against
     */
    static boolean sceneOfHomeLeftOut(Finding f, List<String> accepted) {
        String missing = Certainty.missingWords(f);
        return missing != null && (HOME_SCENE.matcher(missing).matches()
                && accepted.stream().anyMatch(a -> beforeSubject(missing, a)) || sceneNounOfPlace(f, missing));
    }

    /**
     * Whether the omission is only the room or home of the scene as a bare noun before the place named (방
     * 샤워기에서, 우리 집 화장실에): a noun that modifies a noun of place says whose or where it is (Sohn 1999, the
     * noun-noun phrase), and where the scene is the guest's room or the speaker's home (a call to the front desk, a
     * call to a repairer) the context gives it (Sohn 1999, §8.3 on ellipsis); the place the task asks about is said.
     * Session 32 (s32e). Since session 36 (s36a) also before a thing of the room or home, a noun with or without its
     * particle (키 하나만 더 주시겠어요? for 방 키 하나 더 주세요, 번호 for 방 번호): the key asked for at the front desk is
     * the room's. Not before a number (방 하나: the room is the item), a position noun (집 앞에서: the place is then
     * unsaid) or a pronoun.
     */
    private static boolean sceneNounOfPlace(Finding f, String missing) {
        String o = f.original().strip();
        return BARE_SCENE.matcher(missing).matches() && f.correction().strip().equals(missing + " " + o)
                && (PLACE_WORD.matcher(o).matches() || thingOfScene(o));
    }

    /** Position nouns, which need the noun they are the position of (앞, 옆, 근처). */
    private static final Set<String> POSITIONS = Set.of("앞", "뒤", "옆", "안", "밖", "위", "아래", "밑", "근처", "건너편",
            "맞은편", "사이", "쪽");

    /** Whether the word is a common noun, with or without its particles, and no position noun (키, 열쇠를, 번호). */
    private static boolean thingOfScene(String word) {
        List<Morphology.Word> read = Morphology.analyse(word);
        if (read.size() != 1 || read.getFirst().morphemes().isEmpty() || read.getFirst().verbal()) {
            return false;
        }
        List<Morphology.Morpheme> m = read.getFirst().morphemes();
        return m.getFirst().is("NNG") && !POSITIONS.contains(m.getFirst().form())
                && m.subList(1, m.size()).stream().allMatch(x -> x.tag().startsWith("J"));
    }

    /** Whether {@code missing} stands in the accepted answer right before its subject in 이/가 (or one word before it). */
    private static boolean beforeSubject(String missing, String accepted) {
        String[] words = accepted.split(" ");
        String[] gap = missing.split(" ");
        for (int i = 0; i + gap.length < words.length; i++) {
            if (!String.join(" ", java.util.Arrays.asList(words).subList(i, i + gap.length)).equals(missing)) {
                continue;
            }
            // the subject right after the gap, or after one modifier (뜨거운 물이)
            for (int j = i + gap.length; j < Math.min(words.length, i + gap.length + 2); j++) {
                List<Morphology.Word> w = Morphology.analyse(AnswerText.normalise(words[j]));
                if (w.size() == 1 && w.getFirst().endsWith("JKS")) {
                    return true;
                }
            }
        }
        return false;
    }
}
