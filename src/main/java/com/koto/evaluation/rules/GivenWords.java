package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.text.AnswerText;
import com.koto.evaluation.text.Hangul;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Findings of a missing or other word whose evidence is only the alignment, where the learner's answer
 * leaves out, or says in its own way, what the situation or the answer itself already gives (session 14,
 * helper eval25e; false alarms of the older development sets). Never decisive: alone such a finding leaves
 * the answer passing ({@link #artefact}).
 *
 * <p>Spans are normalised ({@link AnswerText#normalise}): {@code o} the learner's span, {@code c} the accepted
 * span, {@code answer} the learner's answer, {@code asTyped} the answer as typed (sentence marks kept) or
 * null, {@code accepted} all the activity's accepted answers (normalised).
 */
final class GivenWords {

    /** The ending -ㄹ 거예요 and its variants. */
    private static final Pattern GEOSIDA_ENDING = Pattern.compile("거(예요|에요|야|다|든요)|겁니다");
    /** A word with -려고 or -려고요. */
    private static final Pattern PURPOSE_WORD_YO = Pattern.compile(".+려고(요)?");
    /** A form of 하다 or the word you (너는, 넌). */
    private static final Pattern HADA_OR_YOU = Pattern.compile("해|해요|합니다|하고|너는|넌");
    /** A sentence-final mark. */
    private static final Pattern SENTENCE_MARK = Pattern.compile("[.?!]");
    /** A connective ending (-서, -고, -니까, -면, -는데) at the end. */
    private static final Pattern CONNECTIVE_END = Pattern.compile(".*(서|고|니까|면|는데)");
    /** A demonstrative (이, 그, 저). */
    private static final Pattern DEMONSTRATIVE = Pattern.compile("이|그|저");
    /** A counter noun with its tail. */
    private static final Pattern COUNTER_WORD = Pattern.compile("(권|개|장|병|잔|벌|켤레|대|마리|명|분|그릇|인분|송이|켤레|통|봉지|상자|박스)\\S*");
    /** A word with a number and 번, and what follows it. */
    private static final Pattern NUMBERED_WORD = Pattern.compile("(\\S*[0-9]+번)(\\S*)");
    /** 것 and its contractions (거, 건, 걸, 게) with their tails. */
    private static final Pattern THING_NOUN = Pattern.compile("(거|것|건|걸|게)\\S*");

    private GivenWords() {
    }

    /** Whether the finding belongs to one of the classes below. */
    static boolean artefact(Finding f, String answer, String asTyped, List<String> accepted) {
        String o = f.original() == null ? "" : f.original().strip();
        String c = f.correction() == null ? "" : f.correction().strip();
        String subtype = Subtypes.of(f);
        return switch (f.category()) {
            case INCOMPLETE -> timeOfPlanLeftOut(o, c, answer) || requestStatedBefore(o, c, asTyped, accepted)
                    || counterHeadsPhrase(o, c, answer) || numberedThing(o, c) || sourceOfChange(o, c, answer)
                    || saidInAnotherSentence(o, c, asTyped);
            case VOCABULARY -> subtype.equals("vocabulary/other_item")
                    && (modifierOfThing(o, c, answer) || acceptedItemReordered(o, c, answer, accepted)
                    || clockTimeForTheTime(o, c, answer, accepted));
            default -> false;
        };
    }

    /** Time nouns that name when a plan happens (표준국어대사전: 주말, 방학, 휴가 …). */
    private static final Set<String> PLAN_TIMES = Set.of("주말", "방학", "휴가", "연휴", "내일", "모레", "오늘", "저녁",
            "오후", "오전", "아침", "밤", "월요일", "화요일", "수요일", "목요일", "금요일", "토요일", "일요일", "이번", "다음",
            "올해", "내년", "겨울", "여름", "봄", "가을", "이번주", "다음주", "주말엔");

    /** The particles a time word takes when it sets the time of a plan. */
    private static final List<String> TIME_PARTICLES = List.of("에는", "에도", "엔", "에", "때는", "때", "동안", "은", "는");

    /**
     * The time of one's own plan left out of a declarative plan (친구하고 등산하러 갈 거예요 for 주말에 친구하고
     * 등산할 거예요; 동생 보러 부산에 가려고 for 이번 주말에 …): a plan is told in answer to a question about a time
     * (주말에 뭐 해요?), and an answer leaves out what the question gives (Sohn 1999, ellipsis of given
     * information in answers; 국립국어원 한국어 문법 1, 생략). Only when the missing words are all time words, the
     * answer names no time of its own, and a sentence of the answer ends in a plan: -(으)ㄹ 거예요/거야/겁니다,
     * -(으)려고(요), -(으)려고 해요 (Yeon &amp; Brown 2019). A request or a proposal (예약하고 싶어요, 가고 싶어)
     * keeps the finding: there the listener cannot know the time.
     */
    static boolean timeOfPlanLeftOut(String o, String c, String answer) {
        List<String> missing = Evidence.missing(o, c);
        if (missing.isEmpty() || !missing.stream().allMatch(GivenWords::timeWord)) {
            return false;
        }
        List<String> words = AnswerText.words(answer);
        return words.stream().noneMatch(GivenWords::timeWord) && plan(words);
    }

    /**
     * The starting point of a change left out (배송 시간을 오후로 바꿔 주세요 for 오전에서 오후로): a verb of changing or
     * moving a time or a thing takes the thing and its result, 「…을 …으로」 (표준국어대사전 '바꾸다', '옮기다', '변경하다'),
     * and the state it starts from is what the thing is now, which the listener knows; 에서/부터 of it is an optional
     * addition (Sohn 1999, ellipsis of given information). Only where every missing word is one noun with 에서 or 부터
     * right before the learner's word in (으)로, and a verb of change ({@link ParticleFrames#changes}) follows in the
     * answer (session 28, s28e); 오후로 주세요 and a missing result (오전에서 → 오전에서 오후로) keep the finding.
     */
    static boolean sourceOfChange(String o, String c, String answer) {
        List<String> missing = Evidence.missing(o, c);
        if (o.isEmpty() || o.contains(" ") || missing.isEmpty() || missing.size() > 3) {
            return false;
        }
        String from = String.join(" ", missing); // 오전에서, 세 시에서
        String last = missing.getLast();
        if (!(last.endsWith("에서") && last.length() > 2 || last.endsWith("부터") && last.length() > 2)
                || missing.subList(0, missing.size() - 1).stream().anyMatch(m -> !numeral(m)
                        && !Morphology.analyse(m).stream().allMatch(w -> w.startsWith("NN")))) {
            return false;
        }
        List<String> words = AnswerText.words(answer);
        int at = words.indexOf(o);
        if (at < 0) {
            return false;
        }
        // the gap is right before the learner's (으)로 word: on it (오후로 → 오전에서 오후로) or after the word before it
        int result = c.equals(from + " " + o) ? at : c.equals(o + " " + from) ? at + 1 : -1;
        if (result >= 0 && result + 1 < words.size() && numeral(words.get(result))) {
            result++; // 다섯 시로: the result is a number phrase
        }
        if (result < 0 || result >= words.size() || !words.get(result).endsWith("로") || words.get(result).length() < 2) {
            return false;
        }
        List<Morphology.Word> analysed = Morphology.analyse(String.join(" ", words.subList(result + 1, words.size())));
        return !analysed.isEmpty() && analysed.stream().limit(3).anyMatch(ParticleFrames::changes);
    }

    /**
     * Words left out of one sentence that the learner says in another sentence of the answer (지하철역 어떻게 가요? 제일
     * 가까운 역이요. for 제일 가까운 지하철역이 어디예요?): the second sentence adds the detail to the first, an
     * afterthought that shares its predicate (Sohn 1999, afterthought and ellipsis in speech; Lee &amp; Ramsey 2000,
     * right dislocation), so nothing is missing. Only where every missing word stands, as written, in a sentence of
     * the typed answer other than the one holding the finding's span, none is a number, and the span is one word
     * (session 28, s28e).
     */
    static boolean saidInAnotherSentence(String o, String c, String asTyped) {
        List<String> missing = Evidence.missing(o, c);
        if (asTyped == null || o.isEmpty() || o.contains(" ") || missing.isEmpty()) {
            return false;
        }
        List<List<String>> sentences = new ArrayList<>();
        for (String sentence : asTyped.split("(?<=[.?!])\\s*")) {
            List<String> words = AnswerText.words(AnswerText.normalise(sentence));
            if (!words.isEmpty()) {
                sentences.add(words);
            }
        }
        if (sentences.size() < 2) {
            return false;
        }
        for (String m : missing) {
            if (m.chars().anyMatch(Character::isDigit) || Morphology.analyse(m).stream().anyMatch(w -> w.startsWith("NR"))
                    || NATIVE_NUMBER_WORDS.contains(m)) {
                return false;
            }
        }
        for (int i = 0; i < sentences.size(); i++) {
            if (!sentences.get(i).contains(o)) {
                continue;
            }
            List<String> others = new ArrayList<>();
            for (int j = 0; j < sentences.size(); j++) {
                if (j != i) {
                    others.addAll(sentences.get(j));
                }
            }
            if (others.containsAll(missing)) {
                return true;
            }
        }
        return false;
    }

    /** The native numerals before a counter (한 잔, 두 개), which Nori reads as determiners. */
    private static final Set<String> NATIVE_NUMBER_WORDS = Set.of("한", "두", "세", "네", "다섯", "여섯", "일곱", "여덟",
            "아홉", "열", "스무");

    /**
     * A clock time where the accepted answer says 'the (same) time' (토요일 세 시로 for 토요일 같은 시간으로): after a
     * numeral 시간 is the counter of hours, a contrast with 시 of the clock, but after a modifier (같은 시간, 그 시간, 원래
     * 시간) it is the noun 'time', which a clock time names (표준국어대사전 '시간' 「명사」 「2」 시간의 어느 한 시점; '시'
     * 「의존명사」 차례가 정하여진 시각을 이르는 단위), so the learner names the time itself. Only where the learner's word
     * is 시 after a numeral and every accepted answer that writes 시간 writes it after a word that is no numeral
     * (session 28, s28e); 세 시간으로 for 세 시로 and 세 시로 for 세 시간 동안 keep the finding.
     */
    static boolean clockTimeForTheTime(String o, String c, String answer, List<String> accepted) {
        String[] mine = ArgumentCheck.stemAndParticle(o);
        String[] theirs = ArgumentCheck.stemAndParticle(c);
        String clock = mine[0].isEmpty() ? o : mine[0];
        String time = theirs[0].isEmpty() ? c : theirs[0];
        if (o.contains(" ") || c.contains(" ") || !time.equals("시간") || !clock.endsWith("시")) {
            return false;
        }
        List<String> words = AnswerText.words(answer);
        int at = words.indexOf(o);
        boolean numbered = clock.length() > 1 ? clock.substring(0, clock.length() - 1).chars().allMatch(Character::isDigit)
                : at > 0 && (NATIVE_NUMBER_WORDS.contains(words.get(at - 1)) || words.get(at - 1).chars().allMatch(Character::isDigit));
        if (!numbered) {
            return false;
        }
        boolean any = false;
        for (String a : accepted) {
            List<String> aw = AnswerText.words(a);
            for (int i = 0; i < aw.size(); i++) {
                if (aw.get(i).startsWith("시간") && ArgumentCheck.stemAndParticle(aw.get(i))[0].equals("시간")
                        || aw.get(i).equals("시간")) {
                    if (i == 0 || NATIVE_NUMBER_WORDS.contains(aw.get(i - 1)) || aw.get(i - 1).chars().anyMatch(Character::isDigit)
                            || Morphology.analyse(aw.get(i - 1)).stream().anyMatch(w -> w.startsWith("NR"))) {
                        return false;
                    }
                    any = true;
                }
            }
        }
        return any;
    }

    /** A numeral written apart: digits, a native numeral before a counter (두, 세), or one Nori reads as a numeral. */
    private static boolean numeral(String word) {
        return word.chars().allMatch(Character::isDigit) || NATIVE_NUMBER_WORDS.contains(word)
                || Morphology.analyse(word).stream().allMatch(w -> w.startsWith("NR"));
    }

    private static boolean timeWord(String word) {
        if (PLAN_TIMES.contains(word)) {
            return true;
        }
        for (String p : TIME_PARTICLES) {
            if (word.endsWith(p) && PLAN_TIMES.contains(word.substring(0, word.length() - p.length()))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the words end a sentence in a plan: -(으)ㄹ 거예요/거야/겁니다 or -(으)려고 (해요). */
    private static boolean plan(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (i > 0 && GEOSIDA_ENDING.matcher(w).matches() && finalRieul(words.get(i - 1))) {
                return true;
            }
            if (PURPOSE_WORD_YO.matcher(w).matches()
                    && (i + 1 == words.size() || HADA_OR_YOU.matcher(words.get(i + 1)).matches())) {
                return true;
            }
        }
        return false;
    }

    private static boolean finalRieul(String word) {
        char last = word.isEmpty() ? ' ' : word.charAt(word.length() - 1);
        return Hangul.hasRieulFinal(last);
    }

    /** Verbs that only carry another predicate (auxiliaries, 하다 of a verbal noun, the copula). */
    private static final Set<String> CARRIERS = Set.of("하", "싶", "있", "없", "주", "되", "않", "보", "이", "아니", "드리");

    /**
     * A detail given in a bare noun or a copula sentence (네 명이요, 세 권이에요, 사이즈가 너무 작아요) after another
     * sentence of the answer has already made the request (예약 좀 하려고 하는데요. 오늘 저녁 7시에 네 명이요): the
     * finding asks the detail's sentence to repeat the request. A request opened with -는데요 and completed by
     * N(이)요 is the usual spoken order (Yeon &amp; Brown 2019, -는데요 as a soft opener and N(이)요 as a
     * short answer; Sohn 1999, ellipsis). The other sentence must end in a verb, and its verb or verbal noun
     * must be the main predicate of the added words or of an accepted answer (빌릴게요 for 대출하려고 해요, both
     * accepted: 빌리고 싶어요), and the sentence must make a request or say what one came to do ({@link #REQUEST_END}:
     * 어제 여기 왔어요. 사이즈가 작아요. keeps the finding). The completed sentence must be no request itself, and the
     * added words no clause of reason or condition (서울역으로 가 주세요. 좀 빨리 가 주세요. missing 3시 기차라서 keeps its
     * finding). 오늘 저녁 7시에 네 명이요 alone, or after 안녕하세요, keeps it too.
     */
    static boolean requestStatedBefore(String o, String c, String asTyped, List<String> accepted) {
        if (asTyped == null || !o.isEmpty() && !c.startsWith(o + " ")) {
            return false;
        }
        String added = o.isEmpty() ? c : c.substring(o.length() + 1);
        if (Morphology.analyse(added).stream().noneMatch(Morphology.Word::verbal)) {
            return false;
        }
        Set<String> keys = new HashSet<>(mainPredicates(List.of(added)));
        keys.addAll(mainPredicates(accepted));
        String[] sentences = SENTENCE_MARK.split(asTyped);
        // the words added at the end of the answer (o empty) complete its last sentence
        String flagged = null;
        for (String s : sentences) {
            if (o.isEmpty() ? !AnswerText.normalise(s).isEmpty() : AnswerText.words(AnswerText.normalise(s)).contains(o)) {
                flagged = s;
            }
        }
        // a detail, not a request of its own (좀 빨리 가 주세요 missing 3시 기차라서 keeps the finding)
        if (flagged == null || REQUEST_END.matcher(AnswerText.normalise(flagged)).find()
                || CONNECTIVE_END.matcher(added).matches()) {
            return false;
        }
        for (String s : sentences) {
            String n = AnswerText.normalise(s);
            if (s.equals(flagged) || n.isEmpty()) {
                continue;
            }
            List<Morphology.Word> words = Morphology.analyse(n);
            if (!words.getLast().verbal() || !REQUEST_END.matcher(n).find()) {
                continue;
            }
            for (Morphology.Word w : words) {
                for (Morphology.Morpheme m : w.morphemes()) {
                    if (m.is("VV", "VA", "NNG") && !CARRIERS.contains(m.form()) && keys.contains(m.form())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Sentence ends that make a request or state what one has come to do: -는데요 as a soft opener, -(으)려고(요),
     * -(으)ㄹ게요, -고 싶어요, -(으)세요 and -아/어 주세요 (Yeon &amp; Brown 2019), polite or casual.
     */
    private static final java.util.regex.Pattern REQUEST_END = java.util.regex.Pattern.compile(
            "(는데요|은데요|[가-힣]데요|는데|려고요|려고|게요|싶어요|싶은데요|싶습니다|싶어|세요|십시오|주시겠어요|줘|려고 해요|려고 합니다)$");

    /** The main verb or verbal noun of each text: the last verb, adjective or noun that is no carrier. */
    private static List<String> mainPredicates(List<String> texts) {
        List<String> out = new ArrayList<>();
        for (String t : texts) {
            List<Morphology.Word> words = Morphology.analyse(t);
            search:
            for (int i = words.size() - 1; i >= 0; i--) {
                List<Morphology.Morpheme> ms = words.get(i).morphemes();
                for (int j = ms.size() - 1; j >= 0; j--) {
                    Morphology.Morpheme m = ms.get(j);
                    if (m.is("VV", "VA", "NNG") && !CARRIERS.contains(m.form())) {
                        out.add(m.form());
                        break search;
                    }
                }
            }
        }
        return out;
    }

    /**
     * The counted noun left out after a demonstrative before a number and its counter (이 세 권 대출할게요 for
     * 이 책 세 권): the counter is the head of the phrase and stands for what it counts, which the situation
     * shows (Sohn 1999, on classifier phrases; 표준국어대사전 '권' 의존명사). The finding is the demonstrative →
     * demonstrative + noun; the next word must be a number and the one after it start with a counter of things.
     * 이 대출할게요 (no number after 이) keeps the finding.
     */
    static boolean counterHeadsPhrase(String o, String c, String answer) {
        if (!DEMONSTRATIVE.matcher(o).matches() || !c.matches(o + " \\S+")) {
            return false;
        }
        List<String> words = AnswerText.words(answer);
        for (int i = 0; i + 2 < words.size(); i++) {
            if (words.get(i).equals(o) && Numerals.number(words.get(i + 1)) != null
                    && COUNTER_WORD.matcher(words.get(i + 2)).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A numbered seat, room or line named by its number with 번 (C열 15번이 어느 쪽이에요? for 15번 자리가): N번
     * names the thing that bears the number (표준국어대사전 '번' 의존명사 「2」, 일의 차례를 나타내는 말; Sohn 1999 on
     * the head noun left out). The finding adds a noun between N번 and the learner's own particle.
     */
    static boolean numberedThing(String o, String c) {
        var m = NUMBERED_WORD.matcher(o);
        if (!m.matches()) {
            return false;
        }
        String particle = m.group(2);
        return c.matches(java.util.regex.Pattern.quote(o) + " \\S+")
                || c.matches(java.util.regex.Pattern.quote(m.group(1)) + " \\S+")
                        && c.substring(c.indexOf(' ') + 1).endsWith(particleBase(particle));
    }

    private static String particleBase(String particle) {
        return switch (particle) {
            case "이" -> "가";
            case "은" -> "는";
            case "을" -> "를";
            default -> particle;
        };
    }

    /**
     * An adjective as the modifier of 거/것 with the copula (이거 매운 거 아니야? for 이거 매워?): 'is it a spicy
     * thing?' says what the predicate says (국립국어원 한국어 문법 1, 관형사형 + 것; Yeon &amp; Brown 2019 on -(으)ㄴ 거).
     * The original and correction are forms of one stem, and the original modifies 거/것/건/걸 in the answer.
     * 짠 거 아니야? for 매워? (another adjective) keeps the finding.
     */
    static boolean modifierOfThing(String o, String c, String answer) {
        if (o.contains(" ") || c.contains(" ")) {
            return false;
        }
        List<String> words = AnswerText.words(answer);
        int at = words.indexOf(o);
        if (at < 0 || at + 1 >= words.size() || !THING_NOUN.matcher(words.get(at + 1)).matches()) {
            return false;
        }
        String so = stem(o);
        return so != null && so.equals(stem(c));
    }

    private static String stem(String word) {
        for (Morphology.Word w : Morphology.analyse(word)) {
            for (Morphology.Morpheme m : w.morphemes()) {
                if (m.is("VA", "VV")) {
                    return m.form();
                }
            }
        }
        return null;
    }

    /**
     * Two listed plans told in the other order (한국어 공부도 하고 부산에도 놀러 갈 거예요 for 부산에 여행 가고 한국어를
     * 공부할 거예요): the alignment pairs the learner's first item with the accepted first item. When the learner's
     * noun is an item every accepted answer names, and the answer names it once, it is no other item
     * (Sohn 1999, on coordinated clauses and free order of conjuncts). 공부 for 여행 where no accepted answer
     * says 공부 keeps the finding.
     */
    static boolean acceptedItemReordered(String o, String c, String answer, List<String> accepted) {
        if (o.contains(" ") || c.contains(" ") || accepted.isEmpty()) {
            return false;
        }
        String noun = ArgumentCheck.stemAndParticle(o)[0];
        if (noun.length() < 2 || !KnownWords.noun(noun)) {
            return false;
        }
        long inAnswer = AnswerText.words(answer).stream().filter(w -> w.startsWith(noun)).count();
        return inAnswer == 1 && accepted.stream().allMatch(a -> a.contains(noun));
    }
}
