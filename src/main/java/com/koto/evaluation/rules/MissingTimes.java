package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The time of a request, question or proposal left out (session 12, helper eval19e;
 * {@code incomplete/missing_time}): every accepted answer names a day or a part of the day (토요일에,
 * 이번 토요일에, 내일, 금요일 저녁에; not 오늘 alone, see {@link #named}) and the learner's answer, which
 * asks, requests, proposes or wishes (볼래?, 받을 수 있어요?, 예약하고 싶어요), names no time at all: 같이 → 토요일에 같이; 예약하고 → 내일 예약하고;
 * 고칠 → 내일 고칠. Korean leaves out what the context recovers (Sohn, <i>The Korean Language</i> 1999,
 * §8.3 on ellipsis), and an answer to a question may leave out the time the question gave (주말에 뭐 해요?
 * — 친구하고 등산 가요); a request, question or proposal opens the exchange, so nothing before it gives
 * the time, and the time the task asks for is a part of the message left out (국립국어원 『국제 통용
 * 한국어 표준 교육과정』 2017, 과제 수행: the task's content is the message).
 *
 * <p>Left alone: a statement (it may answer a question that gave the time); an answer with any time word
 * of its own, a digit, a clock time or 언제 (it may say the time in other words, or another time: that is a
 * wrong word, not a left-out one); an activity with an accepted answer that names no time (the time is
 * then optional); an answer without the accepted word that follows the time (nowhere to put it: another
 * sentence, left to the comparison).
 *
 * <p>Since session 13 (eval21e) the time asked for counts as well: where every accepted answer asks
 * 언제 (정장 언제 찾을 수 있어요?, 언제 찾으러 오면 돼요?), a question of the learner's with no question word
 * and no time (정장 찾을 수 있어요?) asks whether, not when: the question word, the point of a
 * question-word question (의문사 의문문, 표준국어대사전 '설명 의문문'), is left out → 찾을 → 언제 찾을. The
 * same guards hold: any time word, digit or 언제 of the learner's own, or an accepted answer without 언제 or
 * another time, leaves the answer alone.
 */
final class MissingTimes {

    /** A word of elapsed time (됐, 되었, 동안, 째 …). */
    private static final Pattern DURATION_WORD = Pattern.compile(".*(됐|되었|돼요|됩니다|동안|째).*");
    /** A break after a sentence-final mark (also 。) with the spaces after it. */
    private static final Pattern SENTENCE_BREAK_CJK = Pattern.compile("(?<=[.?!。])\\s*");
    /** A mark of punctuation (also 。, ~ and …). */
    private static final Pattern PUNCTUATION_ELLIPSIS = Pattern.compile("[.!。~…,]");
    /** One or more white-space characters. */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** A sentence mark, a comma, ~ or …. */
    private static final Pattern PUNCTUATION_TILDE_ELLIPSIS = Pattern.compile("[?.!,~…]");
    /** A word of address (너, 나, 당신, 자기, a name with 씨 or 님) with a particle. */
    private static final Pattern ADDRESS_WORD = Pattern.compile("(너|나|당신|자기|[가-힣]{1,3}(씨|님))(은|는|도)?요?|넌요?");

    private MissingTimes() {
    }

    /**
     * Words that name a day or a part of a day, with the determiners that build one (이번 주, 다음 주): a
     * run of them is the accepted answer's time phrase (한국어기초사전, 시간 명사). 지금 and 요즘 are left out:
     * they are often said for emphasis only. 언제 asks for the time (session 13).
     */
    private static final Set<String> TIME = Set.of("월요일", "화요일", "수요일", "목요일", "금요일", "토요일", "일요일",
            "주말", "평일", "오늘", "내일", "모레", "글피", "어제", "그제", "그저께", "이번", "다음", "지난", "주",
            "이번주", "다음주", "지난주", "오늘밤", "내일밤", "아침", "저녁", "밤", "오전", "오후", "새벽", "낮",
            "이따", "이따가", "나중", "연휴", "방학", "언제",
            // overnight (한국어기초사전 '밤새': 밤사이; '하룻밤'): the night a stay or a request is about (session 34, s34d)
            "밤새", "밤사이", "하룻밤", "밤새도록");

    /** Every word the learner may use for a time of his own (a broader list: no time is put where one of them stands). */
    private static final Set<String> OWN_TIME = Set.of("낼", "토욜", "담주",
            "점심", "언제", "매일", "주중", "당일", "곧", "금방", "빨리", "지금", "요즘", "이따", "나중", "퇴근", "수업",
            "끝나", "전", "후", "뒤", "다음", "저녁", "아침", "며칠", "몇");

    /** Particles a time phrase takes (토요일에, 내일은, 주말에도, 내일로, 오늘까지). */
    private static final Set<String> TIME_PARTICLES = Set.of("", "에", "에는", "엔", "은", "는", "도", "에도", "로",
            "으로", "부터", "까지", "쯤", "쯤에");

    /** A clock time, a date or any digit: a time of the learner's own. */
    private static final Pattern NUMBERED_TIME = Pattern.compile("\\d|(^|\\s)(한|두|세|네|다섯|여섯|일곱|여덟|아홉|열|열한|열두)\\s?시");

    /**
     * The last word of a sentence that asks, requests, proposes or wishes (Yeon &amp; Brown 2019: -아/어
     * 주세요, -고 싶다, -(으)ㄹ래(요), -(으)ㄹ까(요), -자, -(으)ㄹ 수 있어요?); a sentence that ends in ? is a question.
     */
    private static final Pattern INITIATING = Pattern.compile(
            ".*(주세요|주십시오|주시겠어요|주시겠습니까|줘|줄래|싶어요|싶어|싶습니다|싶은데요|싶은데|부탁드립니다|부탁드려요|부탁해요|래|래요|까|까요|자)$");

    /**
     * The missing time, on the learner's word that follows it in the accepted answer.
     *
     * @param raw      the learner's answer as written
     * @param accepted the activity's accepted answers as written
     * @return an {@code incomplete/missing_time} finding (같이 → 토요일에 같이); empty when none applies
     */
    static Optional<Finding> find(String raw, List<String> accepted) {
        if (raw.isBlank() || accepted.isEmpty() || NUMBERED_TIME.matcher(raw).find() || !initiating(raw)) {
            return Optional.empty();
        }
        List<String> learner = new ArrayList<>();
        SpeechLevels.sentences(raw).forEach(learner::addAll);
        for (int k = 0; k < learner.size(); k++) {
            String w = learner.get(k);
            String[] sp = ArgumentCheck.stemAndParticle(w);
            String stem = sp[0];
            if (mealEaten(sp, learner.subList(k + 1, learner.size()))) {
                continue; // 점심 먹자: the meal eaten, not the time of day (session 32, s32e)
            }
            if (misspeltWeekday(stem)) {
                return Optional.empty(); // 이료일에: the day said and misspelt, a spelling error (session 32, s32e)
            }
            if (TIME.contains(stem) || OWN_TIME.contains(stem) || TIME.contains(w) || OWN_TIME.contains(w)
                    || TIME.stream().anyMatch(t -> t.length() >= 2 && w.startsWith(t))
                    || stem.endsWith("요일") || Certainty.questionWord(w)) {
                // a time of the learner's own, or asked with 언제 or another question word (몇 시에: session 13)
                return Optional.empty();
            }
        }
        Finding first = null;
        for (String a : accepted) {
            List<String> words = new ArrayList<>();
            SpeechLevels.sentences(a).forEach(words::addAll);
            int start = -1;
            int end = -1;
            for (int i = 0; i < words.size() && end < 0; i++) {
                if (timeWord(words.get(i), i + 1 < words.size() ? words.get(i + 1) : null)) {
                    if (start < 0) {
                        start = i;
                    }
                } else if (start >= 0) {
                    end = i;
                }
            }
            if (start < 0 || !named(words.subList(start, end < 0 ? words.size() : end))) {
                return Optional.empty(); // an accepted answer without a time: the time is optional
            }
            if (first == null && end >= 0) {
                String next = words.get(end);
                for (String w : learner) {
                    if (same(w, next)) {
                        first = new Finding(ErrorCategory.INCOMPLETE, w,
                                String.join(" ", words.subList(start, end)) + " " + w, "incomplete/missing_time");
                        break;
                    }
                }
            }
        }
        return Optional.ofNullable(first);
    }

    /**
     * The start of a state left out (session 14, eval25d; {@code incomplete/missing_time}): every accepted answer
     * says since when (어제부터 세탁기가 고장 났어요, 세탁기가 어제부터 안 돼요) and the sentence of the learner's that
     * holds the word after the accepted answer's since-phrase names no time (세탁기가 고장 났어요) → 세탁기가 → 어제부터
     * 세탁기가. N부터 with a state is the point from which it holds (표준국어대사전 '부터' ①; Yeon &amp; Brown 2019, on
     * 부터 with a time); a report of a fault or a symptom the task dates asks for it, as the request for a time does
     * ({@link #find}). Left alone: an answer with 부터, a digit, a duration (하루 됐어요, 동안, 째) or a time word in
     * that sentence (어제 머리가 아파요 is a missing particle, not a missing time); an accepted answer without a
     * since-phrase (the start is then optional).
     */
    static Optional<Finding> sinceTime(String raw, List<String> accepted) {
        if (raw.isBlank() || accepted.isEmpty() || raw.contains("부터") || NUMBERED_TIME.matcher(raw).find()
                || DURATION_WORD.matcher(raw).matches()) {
            return Optional.empty();
        }
        Finding first = null;
        for (String a : accepted) {
            List<String> words = new ArrayList<>();
            SpeechLevels.sentences(a).forEach(words::addAll);
            int since = -1;
            for (int i = 0; i < words.size() && since < 0; i++) {
                String w = words.get(i);
                if (w.endsWith("부터") && TIME.contains(w.substring(0, w.length() - 2))) {
                    since = i;
                }
            }
            if (since < 0) {
                return Optional.empty();
            }
            if (first != null) {
                continue;
            }
            int start = since;
            while (start > 0 && timeWord(words.get(start - 1), words.get(start))) {
                start--;
            }
            String phrase = String.join(" ", words.subList(start, since + 1));
            if (since + 1 >= words.size()) {
                continue;
            }
            String next = words.get(since + 1);
            for (List<String> sentence : SpeechLevels.sentences(raw)) {
                boolean timed = sentence.stream().anyMatch(w -> {
                    String stem = ArgumentCheck.stemAndParticle(w)[0];
                    return TIME.contains(stem) || OWN_TIME.contains(stem) || TIME.contains(w) || OWN_TIME.contains(w)
                            || TIME.stream().anyMatch(t -> t.length() >= 2 && w.startsWith(t)) || stem.endsWith("요일");
                });
                String at = sentence.stream().filter(w -> same(w, next) && !"있없하해했되돼됐주줘드계".contains(w.substring(0, 1)))
                        .findFirst().orElse(null);
                if (at != null && !timed && sentence.stream().filter(w -> w.equals(at)).count() == 1) {
                    first = new Finding(ErrorCategory.INCOMPLETE, at, phrase + " " + at, "incomplete/missing_time");
                    break;
                }
            }
        }
        return Optional.ofNullable(first);
    }

    /** The words of a meal that also name the part of the day it is eaten in (표준국어대사전 '점심' ①②, '저녁' ①③, '아침' ①②). */
    private static final Set<String> MEALS = Set.of("점심", "저녁", "아침");

    /** The seven names of the weekdays (표준국어대사전, '요일'). */
    private static final List<String> WEEKDAYS = List.of("월요일", "화요일", "수요일", "목요일", "금요일", "토요일", "일요일");

    /**
     * Whether a learner's word is a meal word as the meal eaten, not the time: 점심 or 저녁 bare or in 을/를 with a verb
     * of eating (먹다, 드시다) later in the answer (점심 먹자, 같이 저녁을 먹을까요?). A meal word names both the meal and the
     * part of the day (표준국어대사전 '점심' ① 하루 중 한낮, ② 끼니); as the object of 먹다 it is the meal (②), and the
     * time of the proposal (내일, 토요일에) is still to be said. 점심에, 저녁에는 (the time particle) stay a time.
     *
     * @param stemAndParticle the word split into its noun and particle ({@link ArgumentCheck#stemAndParticle})
     * @param after           the learner's words after it
     */
    static boolean mealEaten(String[] stemAndParticle, List<String> after) {
        String particle = stemAndParticle[1];
        return MEALS.contains(stemAndParticle[0]) && (particle.isEmpty() || particle.equals("을") || particle.equals("를"))
                && after.stream().anyMatch(w -> w.startsWith("먹") || w.startsWith("드시") || w.startsWith("드실")
                        || w.startsWith("드셔") || w.startsWith("드세") || w.startsWith("드십"));
    }

    /**
     * Whether a learner's noun is a weekday misspelt (이료일 for 일요일, 퇴요일 for 토요일): three syllables ending in 일,
     * within two jamo of a weekday's name. The learner said the day; the error is its spelling (the spelling
     * finding names it), not a day left out.
     */
    static boolean misspeltWeekday(String stem) {
        return stem.length() == 3 && stem.endsWith("일") && !WEEKDAYS.contains(stem)
                && WEEKDAYS.stream().anyMatch(d -> com.koto.evaluation.text.Hangul.jamoDistance(stem, d) <= 2);
    }

    /** Whether a word of an accepted answer is part of its time phrase (저녁 only with a particle of time, not 저녁을 먹다). */
    private static boolean timeWord(String word, String next) {
        String[] sp = ArgumentCheck.stemAndParticle(word);
        String stem = TIME.contains(word) ? word : sp[0];
        String particle = TIME.contains(word) ? "" : sp[1];
        if (!TIME.contains(stem) || !TIME_PARTICLES.contains(particle)) {
            return false;
        }
        if (Set.of("이번", "다음", "지난", "주").contains(stem)) {
            return next != null && TIME.contains(ArgumentCheck.stemAndParticle(next)[0]); // 이번 토요일, 다음 주, not 다음에 또
        }
        return !(Set.of("아침", "저녁", "낮", "밤").contains(stem) && particle.isEmpty() && next != null
                && !TIME.contains(ArgumentCheck.stemAndParticle(next)[0])); // 저녁 먹자: the meal
    }

    /**
     * Whether a run of time words names a day or a part of one: not 이번/다음 alone, and not 오늘 alone, which
     * points at the day of speaking and is recovered from the speech situation like 지금 (Sohn 1999, §8.3
     * on deixis: 오늘 하나 빌릴 수 있어요? asked at the club says 하나 빌릴 수 있어요? as well); 오늘 저녁 names one.
     */
    private static boolean named(List<String> run) {
        return run.stream().map(w -> TIME.contains(w) ? w : ArgumentCheck.stemAndParticle(w)[0])
                .anyMatch(s -> !Set.of("이번", "다음", "지난", "주", "이따", "이따가", "나중", "오늘").contains(s));
    }

    /** Whether the answer has a sentence that asks, requests, proposes or wishes. */
    private static boolean initiating(String raw) {
        for (String s : SENTENCE_BREAK_CJK.split(raw.strip())) {
            String t = s.strip();
            if (t.endsWith("?") && !askedBack(t)) {
                return true;
            }
            String[] ws = SPACES.split(PUNCTUATION_ELLIPSIS.matcher(t).replaceAll("").strip());
            if (ws.length > 0 && INITIATING.matcher(ws[ws.length - 1]).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A question that only hands the question back (너는? 넌? 너도? 선생님은요?, after one's own answer): N은/는(요)? asks
     * 'and you?' about what was just said (Yeon &amp; Brown 2019, on N은/는요? 'what about N?'; 표준국어대사전 '는'
     * 보조사 ⑤), so the answer before it is a statement about a time the partner's question gave, not a
     * question that opens the exchange (session 14, eval25e).
     */
    private static boolean askedBack(String sentence) {
        String t = PUNCTUATION_TILDE_ELLIPSIS.matcher(sentence).replaceAll("").strip();
        return !t.contains(" ") && ADDRESS_WORD.matcher(t).matches();
    }

    /** The same word: the same noun stem, or the same first two syllables of a verb (고칠 and 고칠까). */
    private static boolean same(String learner, String accepted) {
        if (learner.equals(accepted)) {
            return true;
        }
        String l = ArgumentCheck.stemAndParticle(learner)[0];
        String a = ArgumentCheck.stemAndParticle(accepted)[0];
        if (!l.isEmpty() && l.equals(a) && l.length() >= 2) {
            return true;
        }
        return learner.length() >= 2 && accepted.length() >= 2 && learner.substring(0, 2).equals(accepted.substring(0, 2))
                && "있없하해했되돼됐주줘드계".indexOf(learner.charAt(0)) < 0;
    }
}
