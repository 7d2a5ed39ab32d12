package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.text.AnswerText;
import com.koto.evaluation.text.Hangul;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Constructions that carry their own time, and other well-formed choices the comparison with one accepted answer
 * reads as a slip of tense, ending, word or spelling (session 29, helper s29b). Each finding of a class is an
 * alignment artefact, never decisive ({@link #artefact}, a filter in {@code RuleEvaluator.judged} and on the
 * accepted answers' turned tense):
 * <ul>
 * <li><b>-게 되었다, a change come about</b> (다음 주에 부산에 가게 됐어요 for 갈 거예요 / 가요): -게 되다 says that a
 * state of affairs came about apart from the speaker's will, and its past that the change has happened and holds
 * now, so an event still to come is said in the past of 되다 (국립국어원 『외국인을 위한 한국어 문법 1』 (2005)
 * '-게 되다'; Yeon &amp; Brown 2019, -게 되다 'come to, end up, be arranged'). Read on a word in -게 right before a
 * past of 되다 (됐-, 되었-), where the correction has no past; Nori reads 가게 as the noun 'shop', so the written
 * shape is read.</li>
 * <li><b>-(으)ㄹ 예정이다 and -(으)ㄹ 계획이다, a plan</b> (칠 일 동안 한국을 여행할 예정입니다 for 여행하러 왔습니다):
 * the bound use of 예정 and 계획 after the prospective modifier states what is planned (표준국어대사전 '예정' 「명사」
 * 앞으로 일어날 일이나 해야 할 일을 미리 정하거나 예상함; '계획'), another sentence than the past of the act, not the
 * act's tense turned round. Not read where the learner's sentence has a word of past time (어제, 지난 …).</li>
 * <li><b>-(으)ㄴ 거예요, the explanatory past</b> (어디에서 온 거예요? for 어디에서 왔어요?): the past modifier -(으)ㄴ of
 * an action verb before 것 + the copula asks or explains a past event (Yeon &amp; Brown 2019, -(으)ㄴ/는 거예요 of
 * explanation; 『외국인을 위한 한국어 문법 1』 '-(으)ㄴ 것이다'); the tense is the past the correction names.</li>
 * <li><b>the past of an experience judged</b> (서비스에 정말 만족했습니다, 매우 만족스러웠습니다 for 만족합니다 at a
 * check-out): a predicate of satisfaction, enjoyment or taste ({@link #EXPERIENCED}) in the past reports the
 * judgement of an experience that is over, which the non-past states as holding now; both are said at its end
 * (Yeon &amp; Brown 2019, the past -았/었- of a completed event; Sohn 1999 §8, tense). Not read with a word of now in
 * the sentence (지금, 요즘, 아직 …), nor on a price or a property of a thing (비쌌어 → 비싸 keeps its finding).</li>
 * <li><b>아직 … 안 -았/었-? 'not yet?'</b> (아직 밥 안 먹었어? for 밥 먹었어?): a negative question with 아직 asks
 * whether the act has happened yet, what the positive past question asks (표준국어대사전 '아직' 「부사」 「1」 어떤
 * 일이나 상태 또는 어떻게 되기까지 시간이 더 지나야 함을 나타내는 말; Sohn 1999 §8.4, negative questions). Only the
 * added 안/못 right before a past predicate typed with a question mark, 아직 before it in that sentence; 아직 안
 * 먹었어요. (a statement) keeps its finding.</li>
 * <li><b>a range before the copula</b> (몇 시부터 몇 시까지예요? for 몇 시예요? / 몇 시부터예요?): N부터 N까지 is one
 * noun phrase and the copula follows its last member (표준국어대사전 '부터' 「조사」, '까지' 「조사」); a copula
 * finding on the N부터 word is an alignment remainder where a word in 까지 + the copula follows it in its sentence.</li>
 * <li><b>-(으)시- alone is no spelling</b> (회의중입니다 for 회의 중이십니다, 중입니다 accepted too): the honorific
 * -(으)시- on a third person's predicate is a choice of respect (국립국어원 표준 언어 예절 2011, 주체 높임), never a
 * misspelling; a spelling finding whose sides differ only by an inserted 시 is dropped (the honorific checks
 * read -(으)시- where it is due).</li>
 * <li><b>an item named in another word of the answer</b> (방문 목적은 여행이고 for 여행하러 왔습니다): an "other item"
 * finding whose accepted noun the learner's answer predicates with the copula in another word (여행이고, 출장입니다)
 * names what the accepted answer names; not where that word is set aside (여행 말고, 여행 대신, 여행이 아니라), nor
 * where the noun stands in another role (손 좀 짧게 …, 어깨 조금 위까지요: 어깨 is the limit, not the item).</li>
 * </ul>
 * {@link #keepingWords} chooses, for a tense finding, the accepted form that keeps the learner's words and changes
 * only the tense (중이었습니다 → 중입니다, not 중이십니다; 늦었어요 → 늦을 거예요, not 늦을 것 같아요).
 */
final class OwnTimeConstructions {

    /** A word in -게 and a past of 되다 after it (가게 됐어요, 하게 되었습니다). */
    private static final Pattern BECAME = Pattern.compile("(^| )\\S+게 (됐|되었)\\S*");
    /** 예정 or 계획 with the copula (예정입니다, 계획이에요, 예정인데). */
    private static final Pattern PLAN_NOUN = Pattern.compile("(예정|계획)(이|입|인|일)\\S*");
    /** Words of past time that set the learner's sentence in the past. */
    private static final Pattern PAST_TIME = Pattern.compile("(^| )(어제|어젯밤|그저께|그제|지난|아까|작년|방금|예전)");
    /** Words of now that set a judgement in the present. */
    private static final Pattern NOW = Pattern.compile("(^| )(지금|요즘|요새|이제|아직|현재|오늘도)( |$)");
    /** The explanatory 것 + copula after a modifier (거예요, 겁니다, 거야, 건가요, 거죠). */
    private static final Set<String> EXPLANATORY = Set.of("거예요", "거에요", "겁니다", "겁니까", "거야", "거니", "건가요",
            "건데요", "거죠", "것입니까", "것입니다", "거지");
    /**
     * Stems of satisfaction, enjoyment and gladness, whose past judges an experience as a whole once it is over
     * (만족하다, 만족스럽다, 즐겁다, 행복하다, 기쁘다, 감동하다, 유익하다, 인상깊다). Not 맛있다, 재미있다, 편하다 or
     * 좋다, which judge the food, the show or the room in the moment too (맛있어요 while eating: the past is wrong
     * there).
     */
    private static final Set<String> EXPERIENCED = Set.of("만족", "즐겁", "즐거", "행복", "기쁘", "기뻤", "감동", "유익",
            "인상깊");
    /** Words that set a named item aside (여행 말고, 여행 대신, 여행이 아니라). */
    private static final Pattern SET_ASIDE = Pattern.compile("(말고|대신|아니라|아니고)");
    /** Sentence marks. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.?!])\\s+");

    private OwnTimeConstructions() {
    }

    /**
     * Whether the finding belongs to one of the classes above.
     *
     * @param f       a finding of the comparison or of the accepted answers' turned tense
     * @param answer  the learner's answer, normalised
     * @param asTyped the answer as typed (sentence marks kept)
     */
    static boolean artefact(Finding f, String answer, String asTyped) {
        String o = f.original() == null ? "" : f.original().strip();
        String c = f.correction() == null ? "" : f.correction().strip();
        if (o.isEmpty()) {
            return false;
        }
        String subtype = Subtypes.of(f);
        return switch (f.category()) {
            case TENSE -> becameSo(o, c) || planned(o, answer) || explainedPast(o, c) || experienceJudged(o, answer);
            case VOCABULARY -> c.isEmpty() && notYetAsked(o, asTyped)
                    || subtype.equals("vocabulary/other_item") && namedElsewhere(o, c, answer);
            case ENDING -> subtype.equals("ending/copula") && rangeBeforeCopula(o, asTyped);
            case SPELLING -> honorificOnly(o, c);
            default -> false;
        };
    }

    /** 가게 됐어요 → 가요: -게 되다 in the past, the correction without a past. */
    static boolean becameSo(String o, String c) {
        return BECAME.matcher(o).find() && !c.isEmpty() && !UpcomingActs.pastEnd(lastWord(c))
                && !AcceptedTense.formalPast(lastWord(c));
    }

    /** 여행할 예정입니다 → 여행하러 왔습니다: a plan stated, no word of past time in the answer. */
    static boolean planned(String o, String answer) {
        if (PAST_TIME.matcher(answer).find()) {
            return false;
        }
        String[] words = o.split(" ");
        for (int i = 1; i < words.length; i++) {
            String before = words[i - 1];
            if (PLAN_NOUN.matcher(words[i]).matches() && !before.isEmpty()
                    && Hangul.hasRieulFinal(before.charAt(before.length() - 1))) {
                return true; // the prospective modifier -(으)ㄹ before the plan's noun
            }
        }
        return false;
    }

    /** 온 거예요 → 왔어요: an action verb's past modifier -(으)ㄴ before the explanatory 것 + copula, a past correction. */
    static boolean explainedPast(String o, String c) {
        String[] words = o.split(" ");
        if (words.length != 2 || !EXPLANATORY.contains(words[1]) || c.isEmpty()
                || !(UpcomingActs.pastEnd(lastWord(c)) || AcceptedTense.formalPast(lastWord(c)))) {
            return false;
        }
        List<Morphology.Word> read = Morphology.analyse(o);
        if (read.size() != 2) {
            return false;
        }
        List<Morphology.Morpheme> ms = read.getFirst().morphemes();
        Morphology.Morpheme last = ms.isEmpty() ? null : ms.getLast();
        return last != null && last.is("ETM") && (last.form().equals("ᆫ") || last.form().equals("은"))
                && (read.getFirst().startsWith("VV") || read.getFirst().has("XSV"));
    }

    /** 만족했습니다 → 만족합니다: the past judgement of an experience, no word of now in the answer. */
    static boolean experienceJudged(String o, String answer) {
        if (o.contains(" ") || NOW.matcher(answer).find() || EXPERIENCED.stream().noneMatch(o::startsWith)) {
            return false;
        }
        List<Morphology.Word> read = Morphology.analyse(o);
        return read.size() == 1 && read.getFirst().morphemes().stream()
                .anyMatch(m -> m.is("EP") && m.form().matches("았|었|였|ㅆ")); // the past -았/었-, not 재밌어's ㅆ
    }

    /** 안 → (nothing) in 아직 밥 안 먹었어?: 'not yet?' asks what the positive past question asks. */
    static boolean notYetAsked(String o, String asTyped) {
        if (!(o.equals("안") || o.equals("못")) || asTyped == null) {
            return false;
        }
        for (String sentence : SENTENCE_END.split(asTyped.strip())) {
            String s = sentence.strip();
            if (!s.endsWith("?")) {
                continue;
            }
            List<String> words = List.of(AnswerText.normalise(s).split(" "));
            int not = words.indexOf(o);
            int yet = words.indexOf("아직");
            if (yet >= 0 && not > yet && not == words.size() - 2) {
                String verb = words.getLast();
                if (UpcomingActs.pastEnd(verb) || AcceptedTense.formalPast(verb) || verb.matches(".+[았었였했]습니까")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** 시부터 → 시예요 where 몇 시까지예요 follows in the sentence: the copula after the range's last member. */
    static boolean rangeBeforeCopula(String o, String asTyped) {
        if (!o.endsWith("부터") || o.contains(" ") || asTyped == null) {
            return false;
        }
        for (String sentence : SENTENCE_END.split(asTyped.strip())) {
            List<String> words = List.of(AnswerText.normalise(sentence).split(" "));
            int at = words.indexOf(o);
            if (at >= 0) {
                return words.subList(at + 1, words.size()).stream()
                        .anyMatch(w -> w.matches("\\S+까지(예요|이에요|입니다|입니까|야|인가요|이죠|죠|이요|요)"));
            }
        }
        return false;
    }

    /** 중입니다 → 중이십니다: the sides differ only by an inserted 시 (-(으)시-). */
    static boolean honorificOnly(String o, String c) {
        if (c.isEmpty() || o.equals(c)) {
            return false;
        }
        if (c.endsWith("세요") && List.of("에요", "어요", "아요", "요").stream()
                .anyMatch(e -> (c.substring(0, c.length() - 2) + e).equals(o) || (c.substring(0, c.length() - 3) + e).equals(o))) {
            return true; // 중이세요 for 중이에요, 가세요 for 가요: -(으)시- + -어요 contracted to -(으)세요
        }
        String jo = Hangul.toJamo(o);
        String jc = Hangul.toJamo(c);
        for (String si : List.of("ㅅㅣ", "ㅇㅡㅅㅣ", "ㅅㅔ")) {
            for (int at = jc.indexOf(si); at >= 0; at = jc.indexOf(si, at + 1)) {
                if ((jc.substring(0, at) + jc.substring(at + si.length())).equals(jo)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** 방문 → 여행하러 where the answer says 여행이고: the accepted noun is in another of the learner's words. */
    static boolean namedElsewhere(String o, String c, String answer) {
        List<Morphology.Word> read = Morphology.analyse(c);
        if (read.isEmpty() || read.getFirst().morphemes().isEmpty() || !read.getFirst().startsWith("NNG")) {
            return false;
        }
        String noun = read.getFirst().morphemes().getFirst().form();
        if (noun.length() < 2) {
            return false;
        }
        List<String> words = List.of(answer.split(" "));
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (w.equals(o) || !w.startsWith(noun) || o.contains(w)) {
                continue;
            }
            boolean asideHere = SET_ASIDE.matcher(w).find();
            boolean asideNext = i + 1 < words.size() && SET_ASIDE.matcher(words.get(i + 1)).lookingAt();
            List<Morphology.Word> own = Morphology.analyse(w);
            List<Morphology.Morpheme> ms = own.size() == 1 ? own.getFirst().morphemes() : List.of();
            // the noun predicated with the copula (여행이고, 출장입니다): the learner names the item as the answer
            if (!asideHere && !asideNext && ms.size() > 1 && ms.getFirst().form().equals(noun) && ms.get(1).is("VCP")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A tense finding corrected to the accepted form that keeps the learner's words: where the correction adds
     * -(으)시- that the learner's word does not have and an accepted answer has the correction without it
     * (중이었습니다 → 중입니다, not 중이십니다), that form; where it adds the conjecture 것 같다 that the model answer
     * shown does not have while it has the plain future (늦었어요 → 늦을 거예요 beside the model answer's 20분쯤 늦을
     * 거예요), the model answer's form; otherwise the finding as it is (10분쯤 늦었어 → 늦을 것 같아 where the model
     * answer says so). Only the tense is the learner's error (Yeon &amp; Brown 2019, -았/었-,
     * -(으)ㄹ 거예요; 표준 언어 예절 2011 on -(으)시- to a third person, optional where the listener is no superior).
     *
     * @param f        a finding
     * @param accepted the accepted answers, normalised
     * @param model    the accepted answer chosen as the model answer, normalised
     */
    static Finding keepingWords(Finding f, List<String> accepted, String model) {
        if (f.category() != ErrorCategory.TENSE || f.original() == null || f.correction() == null) {
            return f;
        }
        String o = f.original().strip();
        String c = f.correction().strip();
        if (c.isEmpty()) {
            return f;
        }
        String shown = " " + model + " ";
        if (!o.contains("같") && !shown.contains(" " + c + " ")) {
            for (String[] r : new String[][] {{"것 같아요", "거예요"}, {"것 같습니다", "겁니다"}, {"것 같아", "거야"}}) {
                String other = c.replace(r[0], r[1]);
                if (c.endsWith(r[0]) && shown.contains(" " + other + " ")) {
                    return new Finding(f.category(), f.original(), other, f.subtype());
                }
            }
        }
        if (!Hangul.toJamo(o).contains("ㅅㅣ") && !Hangul.toJamo(o).contains("ㅅㅔ")) {
            for (String a : accepted) {
                for (String w : a.split(" ")) {
                    if (!w.equals(c) && honorificOnly(w, c)) {
                        return new Finding(f.category(), f.original(), w, f.subtype());
                    }
                }
            }
        }
        return f;
    }

    private static String lastWord(String span) {
        return span.substring(span.lastIndexOf(' ') + 1);
    }
}
