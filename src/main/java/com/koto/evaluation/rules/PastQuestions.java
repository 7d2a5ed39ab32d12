package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.text.AnswerText;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A question asked in the past about what holds now or is still to come — a timetable, a route, a price, a
 * duration — read on the learner's own words against the accepted answers (session 16, helper eval30c;
 * {@code tense/present}): 쇼는 몇 시에 시작했어요? → 시작해요, 경복궁에 어떻게 갔어요? → 가요, 며칠 걸렸어요? →
 * 걸려요, 여행은 얼마였습니까? → 얼마입니까, 체크아웃은 몇 시였어요? → 시예요.
 *
 * <p>The rule: the learner's question ends in the past -았/었- (or the copula's 였/이었), and an accepted
 * answer ends a question with that very predicate in the non-past (the learner's word with the past taken
 * out), while no accepted answer ends a question in the past. The accepted answers say when the act happens;
 * the learner asks as if it were over. {@link UpcomingActs} reads the same shape after 언제.
 *
 * <p>Only a question that asks about a time, a place, a way, a length or a price (a question word, or a clock
 * time: 여덟 시에 시작했어요?); a yes/no question in the past may ask about a result that holds now (이거 땅콩
 * 들어갔어요?). Not read: a question after a time before now or after a statement in the past (어제 … 몇 시에 끝났어요?
 * asks about that time), a question with 벌써/이미/아까/방금/다 (has it already …?), and a sentence that is no
 * question (no question mark and no -까).
 *
 * <p>Sources: Yeon &amp; Brown 2019, <i>Korean: A Comprehensive Grammar</i>, on the past -았/었- (a completed
 * event) and the non-past for schedules and the near future (기차가 세 시에 출발해요); 국립국어원 『외국인을
 * 위한 한국어 문법 1』 (2005) '-았/었-' (말하는 시점 이전의 사건); Sohn 1999, ch. 8.
 */
final class PastQuestions {

    /** Words that ask whether something is already over (벌써 시작했어요? is a question about the past). */
    private static final Set<String> ALREADY = Set.of("벌써", "이미", "아까", "방금", "다", "이제", "어제", "지난번에");
    /** What the question asks about: a question word, or a clock time (여덟 시에 시작했어요?). */
    private static final Pattern ASKS_ABOUT = Pattern.compile(
            "(^| )(몇|어디|어떻게|며칠|얼마|무슨|어느|누구|누가|뭐|무엇|[0-9]+시|(한|두|세|네|다섯|여섯|일곱|여덟|아홉|열|열한|열두) 시)");
    /** Time words before now, or a past statement before the question: the question may be about that time. */
    private static final Pattern PAST_TIME = Pattern.compile("(^| )(어제|그저께|그제|지난|아까|작년|예전|전에)");

    private PastQuestions() {
    }

    /**
     * @param raw      the answer as typed (with its question marks)
     * @param expected the accepted answers as written
     * @return the past word → the accepted answer's non-past word, per question; empty when none applies
     */
    static List<Finding> find(String raw, List<String> expected) {
        List<Finding> out = new ArrayList<>();
        if (PAST_TIME.matcher(AnswerText.normalise(raw)).find()) {
            return out;
        }
        Set<String> nonPast = new LinkedHashSet<>();
        for (String q : acceptedQuestions(expected)) {
            String last = lastWord(q);
            if (UpcomingActs.pastEnd(last) || last.endsWith("였어요") || last.endsWith("였습니까")) {
                return out; // an accepted answer asks about what is done
            }
            nonPast.add(last);
        }
        boolean pastStatement = false;
        for (String s : AcceptedTense.sentences(raw)) {
            String last = lastWord(s);
            if (last.isEmpty()) {
                continue;
            }
            List<String> words = List.of(AnswerText.normalise(s).split(" "));
            if (!question(s)) {
                pastStatement |= UpcomingActs.pastEnd(last);
                continue;
            }
            if (pastStatement || words.stream().anyMatch(ALREADY::contains) || words.contains("언제")
                    // 연세가 얼마나 되셨어요?: the past of 되다 asks the age or amount reached, which holds now (session 36)
                    || last.startsWith("되셨")
                    || words.contains("언제쯤") || !ASKS_ABOUT.matcher(String.join(" ", words)).find()) {
                continue; // 언제 is UpcomingActs's; a yes/no question may ask about a result (땅콩 들어갔어요?)
            }
            present(last, nonPast).ifPresent(p -> out.add(new Finding(ErrorCategory.TENSE, last, p, "tense/present")));
        }
        return out;
    }

    /** Words of now, of later or of habit: the learner's question sets its own time (이번 주말에 뭐 해?). */
    private static final Pattern NOW_OR_LATER = Pattern.compile(
            "(^| )(이번|다음|내일|모레|오늘|지금|요즘|보통|매일|이따|나중|앞으로|곧|언제|주말마다|\\S+마다)");

    /**
     * {@code tense/past}: a question about a past event asked in the non-past (session 36, s36b): 마지막 주말에 뭐 해? →
     * 했어 where the accepted answers ask 지난 주말에 뭐 했어? — the accepted question dates the event before now with a
     * time word of the past (지난, 어제, 아까, 작년 …) and asks in the past, so the learner's question with the same last
     * word out of the past asks about another time (국립국어원 『외국인을 위한 한국어 문법 1』 (2005) '-았/었-' (말하는
     * 시점 이전의 사건); Yeon &amp; Brown 2019, the past tense). The mirror of {@link #find}. Only where every accepted
     * question that ends in that word's past holds a past time word, no accepted question ends in the learner's word, and
     * the learner's question has no word of now, later or habit (이번, 다음, 오늘, 요즘, 보통, 매일 …).
     *
     * @param raw      the answer as typed (with its question marks)
     * @param expected the accepted answers as written
     * @return the learner's non-past word → the accepted past word; empty when none applies
     */
    static List<Finding> nonPastOfDone(String raw, List<String> expected) {
        List<Finding> out = new ArrayList<>();
        List<String> pastAsked = new ArrayList<>();
        Set<String> asked = new LinkedHashSet<>();
        for (String q : acceptedQuestions(expected)) {
            String last = lastWord(q);
            if (last.isEmpty()) {
                continue;
            }
            asked.add(last);
            if (UpcomingActs.pastEnd(last)) {
                if (!PAST_TIME.matcher(AnswerText.normalise(q)).find()) {
                    return out; // an accepted question in the past without a time of its own
                }
                pastAsked.add(last);
            }
        }
        for (String s : AcceptedTense.sentences(raw)) {
            String last = lastWord(s);
            if (!question(s) || last.isEmpty() || asked.contains(last) || UpcomingActs.pastEnd(last)
                    || NOW_OR_LATER.matcher(AnswerText.normalise(s)).find()) {
                continue;
            }
            pastAsked.stream().filter(p -> last.equals(UpcomingActs.presentOf(p))).findFirst()
                    .ifPresent(p -> out.add(new Finding(ErrorCategory.TENSE, last, p, "tense/past")));
        }
        return out;
    }

    /** The bound noun 거 of -(으)ㄹ 거다 with a question ending (이사할 거야?, 갈 거예요?, 올 겁니까?, 할 거니?). */
    private static final Set<String> FUTURE_TAILS = Set.of("거야", "거예요", "거에요", "겁니까", "거니", "건가요", "거지",
            "거죠", "건데", "건데요");
    /** Words that make the learner's question about another event (언제 또 이사할 거야?, 다음에 언제 올 거야?). */
    private static final Pattern ANOTHER_TIME = Pattern.compile(
            "(^| )(또|다시|다음|내일|모레|이번|앞으로|나중|언젠가|곧|이따)");

    /**
     * {@code tense/past}: a question about an event the accepted answers ask about in the past, asked in the future
     * -(으)ㄹ 거다 (session 26, s26e): 와, 집이 밝고 좋다! 언제 이사할 거야? → 이사했어? where the accepted answers ask
     * 언제 이사했어? — the friend has moved already, so the question is about a completed event (국립국어원 『외국인을
     * 위한 한국어 문법 1』 (2005) '-았/었-' (말하는 시점 이전의 사건), '-(으)ㄹ 것이다' (미래의 일); Yeon &amp; Brown 2019 on the
     * past and on -(으)ㄹ 거예요). The mirror of {@link #find}. Only where an accepted question ends in the past of the
     * learner's verb (the same stem) at the learner's speech level and no accepted question has that verb in the
     * non-past; not read after a word that sets another event (또, 다시, 다음, 내일, 이번 …: 언제 또 이사할 거야? asks
     * about the next move).
     *
     * @param raw      the answer as typed (with its question marks)
     * @param expected the accepted answers as written
     * @return the learner's future predicate (two words) → the accepted past word; empty when none applies
     */
    static List<Finding> futureOfDone(String raw, List<String> expected) {
        List<Finding> out = new ArrayList<>();
        List<String> pastAsked = new ArrayList<>();
        Set<String> nonPastStems = new LinkedHashSet<>();
        for (String q : acceptedQuestions(expected)) {
            String last = lastWord(q);
            if (last.isEmpty()) {
                continue;
            }
            if (UpcomingActs.pastEnd(last)) {
                pastAsked.add(last);
            } else {
                List<String> ws = List.of(AnswerText.normalise(q).split(" "));
                List<Morphology.Word> read = Morphology.analyse(String.join(" ", ws));
                int at = FUTURE_TAILS.contains(last) && ws.size() > 1 ? ws.size() - 2 : ws.size() - 1;
                if (read.size() == ws.size()) {
                    nonPastStems.add(VerbFrames.stem(read.get(at)));
                }
            }
        }
        if (pastAsked.isEmpty()) {
            return out;
        }
        for (String s : AcceptedTense.sentences(raw)) {
            List<String> words = List.of(AnswerText.normalise(s).split(" "));
            if (!question(s) || words.size() < 2 || !FUTURE_TAILS.contains(words.getLast())
                    || ANOTHER_TIME.matcher(String.join(" ", words)).find()) {
                continue;
            }
            String verb = words.get(words.size() - 2);
            List<Morphology.Word> read = Morphology.analyse(verb + " " + words.getLast()); // 볼 alone is a noun
            // the prospective -(으)ㄹ only: 어디에서 온 거예요? is the explanatory past (session 29, s29b)
            String stem = read.size() == 2 && prospective(read.getFirst()) ? VerbFrames.stem(read.getFirst()) : "";
            if (stem.isEmpty() || nonPastStems.contains(stem)) {
                continue;
            }
            boolean polite = words.getLast().endsWith("요") || words.getLast().endsWith("까");
            String asked = verb + " " + words.getLast();
            pastAsked.stream().filter(p -> stemOf(p).equals(stem) && (p.endsWith("요") || p.endsWith("까")) == polite)
                    .findFirst().ifPresent(p -> out.add(new Finding(ErrorCategory.TENSE, asked, p, "tense/past")));
        }
        return out;
    }

    /** The questions among the accepted answers' sentences, in order (each accepted answer may hold several). */
    private static List<String> acceptedQuestions(List<String> expected) {
        return expected.stream().flatMap(e -> AcceptedTense.sentences(e).stream()).filter(PastQuestions::question)
                .toList();
    }

    /**
     * Whether the word ends in the prospective modifier -(으)ㄹ (이사할, 볼), which with 것 + the copula makes the
     * future; the past -(으)ㄴ and the present -는 before 거예요 explain an event (어디에서 온 거예요?, 뭐 하는 거야?;
     * Yeon &amp; Brown 2019, -(으)ㄴ/는 거예요 of explanation).
     */
    private static boolean prospective(Morphology.Word w) {
        List<Morphology.Morpheme> ms = w.morphemes();
        return !ms.isEmpty() && !(ms.getLast().is("ETM") && !ms.getLast().form().matches("ᆯ|을|ㄹ"));
    }

    /** The verb's stem by Nori (이사할 → 이사하, 이사했어 → 이사하), or empty. */
    private static String stemOf(String word) {
        List<Morphology.Word> read = Morphology.analyse(word);
        return read.size() == 1 ? VerbFrames.stem(read.getFirst()) : "";
    }

    /** The non-past of a past word that an accepted question ends with (시작했어요 → 시작해요, 시였어요 → 시예요). */
    private static Optional<String> present(String w, Set<String> nonPast) {
        if (!UpcomingActs.pastEnd(w)) {
            return Optional.empty();
        }
        List<String> candidates = new ArrayList<>();
        String p = UpcomingActs.presentOf(w);
        if (p != null) {
            candidates.add(p);
        }
        // the copula: 였어요 → 예요, 이었어요 → 이에요, (이)었습니까 → 입니까 (얼마였습니까 → 얼마입니까)
        for (String[] r : new String[][] {{"이었어요", "이에요"}, {"였어요", "예요"}, {"이었습니까", "입니까"},
                {"였습니까", "입니까"}, {"이었어", "이야"}, {"였어", "야"}}) {
            if (w.endsWith(r[0])) {
                candidates.add(w.substring(0, w.length() - r[0].length()) + r[1]);
            }
        }
        return candidates.stream().filter(nonPast::contains).findFirst();
    }

    /** A question: a question mark, or a formal question ending (-ㅂ/습니까) at its end. */
    private static boolean question(String sentence) {
        String s = sentence.strip();
        return s.endsWith("?") || lastWord(s).endsWith("까");
    }

    private static String lastWord(String sentence) {
        String n = AnswerText.normalise(sentence);
        return n.isEmpty() ? "" : n.substring(n.lastIndexOf(' ') + 1);
    }
}
