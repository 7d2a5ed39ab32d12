package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.text.AnswerText;
import com.koto.evaluation.text.Hangul;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The act the task asks for told in the past (session 33, s33b): an order, a purchase, a request or a question of
 * ability or permission whose main predicate takes the past -았/었- although the act is now or to come
 * (비빔냉면 하나하고 물냉면 하나 시켰어요 → 시킬게요, 표를 두 장 샀습니다 → 사겠습니다, 오후 한 시에 체크아웃할 수
 * 있었어요? → 있어요?). -았/었- marks an event completed before the time of speech (국립국어원 『외국인을 위한 한국어
 * 문법 1』 (2005) '-았/었-' ①; Yeon &amp; Brown 2011, the past tense), so an order in the past reports an order already
 * given, and -(으)ㄹ 수 있었어요? asks whether it was possible then, not whether it is possible now.
 *
 * <p>Read only where the task is plainly now or later: every accepted answer asks, requests or promises (a sentence
 * ending in a question, -(으)세요, -아/어 주세요, -(으)ㄹ게요, -겠-, -고 싶다, -(으)ㄹ래, -자, -(으)ㄹ까요) and none holds a
 * past; the learner's answer has no sentence doing the act in a non-past form (a past beside a request is background:
 * 교환해 주세요. 여기서 샀어요.); the learner's past sentence shares a noun with the accepted answers (the task's
 * things, not an aside) and has no time word of the past or of completion (어제, 아까, 벌써, 이미, 다, 3일 전 …); the
 * verb is an action verb (an adjective's past, 좋았어요, is a judgement) and not one whose past states a present
 * result ({@link ResultStates}: 늦었어요, 왔어요, 가져왔어요, 잘 먹었습니다), nor one after a clause of purpose
 * (변경하려고 전화했어요), nor with -시- (할아버지가 입원하셨어요: an honoured other's act, the reason told as what
 * happened; session 38). An intention -(으)ㄹ 거예요 elsewhere in the answer is the act told non-past (session 38). Of
 * questions only those of ability or permission (-(으)ㄹ 수 있었어요?, -아/어도 됐어요?) are
 * read, on their 있다/되다: 어떻게 끓이셨어요? asks about what was done. A softened request in -는데요 counts as the act.
 */
final class TaskActsInPast {

    /** A sentence end that asks, requests, promises or proposes (non-past). */
    private static final Pattern ASKING_END = Pattern.compile(
            ".*(세요|십시오|주시겠어요|주시겠습니까|게요|게|겠습니다|겠어요|겠어|싶어요|싶습니다|싶어|래요|래|자|까요|까|줘|줄래)");
    /** Time words of the past or of completion: the learner's sentence sets its own time. */
    private static final Pattern PAST_TIME = Pattern.compile(
            "(^| )(어제|어젯밤|그저께|그제|지난|아까|작년|예전|전에|방금|벌써|이미|다|그때|옛날|처음|지금|이제|좀 전|\\S+ 전)( |$)"
                    + "|(^| )(지난\\S*|어제\\S*|아까\\S*)");
    /** A clause of purpose before the predicate (-(으)려고, -(으)러): the past act was done for the task. */
    private static final Pattern PURPOSE = Pattern.compile("\\S(려고|러) ");
    /** Thanks and apologies, whose past is said at a parting or of what happened (감사했습니다, 죄송했어요). */
    private static final Set<String> THANKS = Set.of("감사", "고마", "고맙", "죄송", "미안", "반가", "수고");

    private TaskActsInPast() {
    }

    /**
     * @param raw      the answer as typed
     * @param expected the accepted answers as written
     * @return a {@code tense} finding on each past predicate of the task's act; empty when none applies
     */
    static List<Finding> find(String raw, List<String> expected) {
        List<Finding> out = new ArrayList<>();
        if (expected.isEmpty() || !expected.stream().allMatch(TaskActsInPast::asksNow)) {
            return out;
        }
        List<String> nouns = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (String e : expected) {
            String n = AnswerText.normalise(e);
            words.addAll(List.of(n.split(" ")));
            for (Morphology.Word w : Morphology.analyse(n)) {
                w.morphemes().stream().filter(m -> m.is("NNG", "NNP")).forEach(m -> nouns.add(m.form()));
            }
        }
        List<String> sentences = AcceptedTense.sentences(raw);
        for (String s : sentences) {
            String n = AnswerText.normalise(s);
            if (n.isEmpty()) {
                continue;
            }
            String last = n.substring(n.lastIndexOf(' ') + 1);
            if (!past(last) && (s.strip().endsWith("?") || ASKING_END.matcher(last).matches() || last.endsWith("데요")
                    || intention(n))) {
                return List.of(); // the act is done in a non-past sentence: a past beside it is background
            }
        }
        for (String s : sentences) {
            String n = AnswerText.normalise(s);
            if (n.isEmpty() || PAST_TIME.matcher(n).find() || PURPOSE.matcher(n).find()) {
                continue; // (변경하려고 전화했어요, 받으러 왔어요: the act done to do the task)
            }
            List<String> ws = List.of(n.split(" "));
            String w = ws.getLast();
            if (!past(w) || words.contains(w) || THANKS.stream().anyMatch(w::startsWith)) {
                continue;
            }
            List<Morphology.Word> read = Morphology.analyse(n);
            if (read.size() != ws.size()) {
                continue;
            }
            Morphology.Word verb = read.getLast();
            if (verb.morphemes().stream().anyMatch(m -> m.is("EP") && m.form().startsWith("시"))) {
                continue; // (할머니가 입원하셨어요: an honoured other's act, told as what happened; session 38, s38a)
            }
            String before = ws.size() > 1 ? ws.get(ws.size() - 2) : "";
            boolean ability = w.startsWith("있었") && before.equals("수") || w.startsWith("됐") && before.endsWith("도");
            String stem = VerbFrames.stem(verb);
            if (!ability && (stem.isEmpty() || verb.has("VA", "VCP", "XSA") || !verb.has("VV", "XSV")
                    || ResultStates.holdsNow(stem) || ws.size() > 1 && ResultStates.holdsNow(ws.get(ws.size() - 2) + stem))) {
                continue;
            }
            boolean shared = read.stream().flatMap(r -> r.morphemes().stream())
                    .anyMatch(m -> m.is("NNG", "NNP") && nouns.contains(m.form()));
            if (!shared) {
                continue;
            }
            boolean question = s.strip().endsWith("?");
            if (question && !ability) {
                continue; // (어떻게 끓이셨어요?, 뭐 골랐어?: a question about what was done)
            }
            String correction = question || ability ? UpcomingActs.presentOf(w) : promise(stem, w);
            if (correction == null) {
                correction = UpcomingActs.presentOf(w);
            }
            if (correction != null) {
                out.add(new Finding(ErrorCategory.TENSE, w, correction,
                        question || ability ? "tense/present" : "tense/future"));
            }
        }
        return out;
    }

    /** The time-independent ending -(으)ㄹ 거예요 'will' (Nori's 거 after a modifier in ㄹ). */
    private static final Pattern WILL_END = Pattern.compile("(거예요|거에요|거야|겁니다|거다)");

    /**
     * Whether the sentence ends in an intention or plan -(으)ㄹ 거예요/거야/겁니다 (갈 거예요, 뵈러 갈 겁니다): the act
     * told as to come, in a non-past form (session 38, s38a; Yeon &amp; Brown 2019, -(으)ㄹ 거예요 future/intention).
     */
    private static boolean intention(String sentence) {
        String[] ws = sentence.split(" ");
        if (ws.length < 2 || !WILL_END.matcher(ws[ws.length - 1]).matches()) {
            return false;
        }
        String before = ws[ws.length - 2];
        char last = before.charAt(before.length() - 1);
        return Hangul.isSyllable(last) && Hangul.finalIndex(last) == Hangul.Final.L;
    }

    /** Whether an accepted answer asks, requests or promises and holds no past. */
    private static boolean asksNow(String accepted) {
        boolean asks = false;
        for (String s : AcceptedTense.sentences(accepted)) {
            String n = AnswerText.normalise(s);
            if (n.isEmpty()) {
                continue;
            }
            for (String w : n.split(" ")) {
                if (past(w) || w.chars().anyMatch(c -> Hangul.isSyllable((char) c)
                        && Hangul.finalIndex((char) c) == Hangul.Final.SS
                        && c != '있' && c != '겠')) {
                    return false; // (됐어요, 샀는데: the task has a past of its own)
                }
            }
            String last = n.substring(n.lastIndexOf(' ') + 1);
            asks |= s.strip().endsWith("?") || ASKING_END.matcher(last).matches();
        }
        return asks;
    }

    /** The past end of a statement or question (시켰어요, 샀습니다, 있었어요, 샀습니까), not 있-, -겠-. */
    private static boolean past(String w) {
        return UpcomingActs.pastEnd(w) || AcceptedTense.formalPast(w);
    }

    /**
     * The promise of the learner's verb at the learner's speech level (시켰어요 → 시킬게요, 샀습니다 → 사겠습니다,
     * 가져갔어 → 가져갈게), or null where the stem ends in a consonant that may be irregular (ㄷ, ㅂ, ㅅ, ㄹ).
     */
    private static String promise(String stem, String w) {
        if (stem.isEmpty() || !Hangul.isSyllable(stem.charAt(stem.length() - 1))) {
            return null;
        }
        if (w.endsWith("습니다")) {
            return stem + "겠습니다";
        }
        char last = stem.charAt(stem.length() - 1);
        String end = w.endsWith("요") ? "게요" : "게";
        if (!Hangul.hasFinal(last)) {
            return stem.substring(0, stem.length() - 1) + Hangul.withRieulFinal(last) + end;
        }
        return Set.of(Hangul.Final.D, Hangul.Final.L, Hangul.Final.B, Hangul.Final.S)
                .contains(Hangul.finalIndex(last)) ? null : stem + "을" + end;
    }
}
