package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.text.Hangul;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Counter–noun agreement on the learner's own words (issue 11 item 3, session 27, helper s27c): a unit noun
 * (단위 명사) whose dictionary sense clearly excludes the class of the noun it counts is a wrong word, a
 * {@link ErrorCategory#VOCABULARY} error on the counter (가방이 한 명 있습니다 → 개; 지도 … 한 권 → 장; 사람 두 마리 →
 * 명). The lexicon is data, {@code evaluation/counter-classes.json}: noun classes (person, animal, book, ticket,
 * sheet, machine, drink, thing, pair, clothes), each with the counter a teacher corrects to, and per counter
 * (명, 마리, 권, 대, 잔, 병, 장) the classes its sense excludes and its subtype ({@code counter/people_counter},
 * {@code counter/animal_counter}, {@code counter/book_counter}, {@code counter/machine_counter},
 * {@code counter/cup_counter}, {@code counter/bottle_counter}, {@code counter/sheet_counter}), whose
 * explanation says what the counter counts.
 *
 * <p>Shapes (Yeon &amp; Brown 2019, numerals and counters: N + number + counter, the noun floated with its case
 * particle, and the written number + counter + 의 + N; Sohn 1999, floating quantifiers):
 * <ul>
 * <li>N + number + counter, the noun bare or with 이/가, 을/를, 은/는 or 도 (가방이 한 명, 지도 한 권, 사람을 두 마리);</li>
 * <li>number + counter + 의 + N (두 권의 지도), not for 명 and 마리 (한 명의 가방 is 'one person's bag');</li>
 * <li>a counted noun named before, in the same sentence or the one before, with no other noun between
 * (지도 있어요? 한 권 주세요): the number phrase counts the thing spoken of; not for 명 (a party of people is
 * counted without being named: 두 명이에요).</li>
 * </ul>
 * The number is a native numeral, 몇 or digits (written apart or joined: 한명, 1명); the counter stands bare or
 * with a copula, 요, 만, 씩, 쯤 or 정도 after it: with a case particle of its own (두 명이) the count is an argument of
 * its own (가방을 두 명이 들었어요 'two people carried the bag'). 대 takes native numerals only (20대 'in one's
 * twenties'). The general counter 개 is not judged here (사과 한 개, 가방 한 개 are accepted; {@link Counters} flags 개
 * for people, animals, tickets, books and shoes).
 *
 * <p>Sources: 표준국어대사전, the 의존 명사 senses cited per class in the data file ('명', '마리', '권', '장', '대',
 * '잔', '병', '개', '켤레', '벌'); 국립국어원 한국어기초사전, 단위 명사 용례.
 */
final class CounterClasses {

    static final String LOCATION = "evaluation/counter-classes.json";

    /** Noun → its class. */
    private static final Map<String, String> CLASS_OF = new HashMap<>();
    /** Class → the counter a teacher corrects to. */
    private static final Map<String, String> COUNTER_OF = new HashMap<>();
    /** Counter → the classes it excludes. */
    private static final Map<String, Set<String>> EXCLUDES = new HashMap<>();
    /** Counter → its subtype. */
    private static final Map<String, String> SUBTYPE = new HashMap<>();
    /** Noun → the counters attested for one piece of it (the data file's {@code attested}; session 30, s30c). */
    private static final Map<String, Set<String>> ATTESTED = new HashMap<>();

    static {
        JsonNode root = DataFiles.read(LOCATION);
        for (Map.Entry<String, JsonNode> c : root.path("classes").properties()) {
            COUNTER_OF.put(c.getKey(), c.getValue().path("counter").asString());
            for (JsonNode n : c.getValue().path("nouns")) {
                CLASS_OF.put(n.asString(), c.getKey());
            }
        }
        for (Map.Entry<String, JsonNode> c : root.path("counters").properties()) {
            Set<String> ex = new HashSet<>();
            c.getValue().path("excludes").forEach(x -> ex.add(x.asString()));
            EXCLUDES.put(c.getKey(), ex);
            SUBTYPE.put(c.getKey(), c.getValue().path("subtype").asString());
        }
        for (JsonNode g : root.path("attested").path("groups")) {
            Set<String> counters = new HashSet<>();
            g.path("counters").forEach(x -> counters.add(x.asString()));
            g.path("nouns").forEach(n -> ATTESTED.put(n.asString(), Set.copyOf(counters)));
        }
    }

    /** Particles after the counted noun that leave the count its own (Sohn 1999, floating quantifiers). */
    private static final Set<String> NOUN_PARTICLES = Set.of("", "이", "가", "을", "를", "은", "는", "도");
    /**
     * The subject and topic particles: a person so marked before a number phrase is its agent (한 사람이 몇 권 빌릴 수
     * 있어요? 'how many books may one person borrow'), not the thing counted (session 27, lead).
     */
    private static final Set<String> SUBJECT_PARTICLES = Set.of("이", "가", "은", "는", "도", "께서");
    /** The particles that join a count to the next item of a list (한 잔하고, 한 그릇이랑, 한 병과). */
    private static final Set<String> JOINING = Set.of("하고", "이랑", "랑", "과", "와");

    /** The joining particle in its form after {@code word} (그릇이랑, 개랑; 그릇과, 개와). */
    private static String joined(String particle, String word) {
        boolean consonant = Hangul.hasFinal(word.charAt(word.length() - 1));
        return switch (particle) {
            case "이랑", "랑" -> consonant ? "이랑" : "랑";
            case "과", "와" -> consonant ? "과" : "와";
            default -> particle;
        };
    }

    /** What may follow the counter in the same word: nothing, a copula, 요, a delimiter. */
    private static final Pattern COUNTER_REST = Pattern.compile(
            "(|요|이요|이에요|예요|입니다|이에요|이었어요|였어요|만|만요|씩|쯤|정도|짜리|밖에)");
    /** A numeral joined to its counter (한명, 두권, 1명). */
    private static final Pattern GLUED = Pattern.compile("(한|두|세|네|다섯|여섯|일곱|여덟|아홉|열|[0-9]{1,2})(명|마리|권|대|잔|병|장)(.*)");
    private static final Pattern MARKS = Pattern.compile("[.,?!~…]");

    private CounterClasses() {
    }

    /** Whether the subtype is one of a counter of the data file ({@code counter/people_counter} …). */
    static boolean subtype(String subtype) {
        return SUBTYPE.containsValue(subtype);
    }

    /** The class of a noun (its stem; the head of a compound of two or more syllables: 영어지도), or null. */
    static String classOf(String noun) {
        String c = CLASS_OF.get(noun);
        if (c != null) {
            return c;
        }
        for (int k = 1; k + 2 <= noun.length(); k++) {
            String head = noun.substring(k);
            if (head.length() >= 2 && CLASS_OF.containsKey(head)) {
                return CLASS_OF.get(head);
            }
        }
        return null;
    }

    /**
     * The counters attested for one piece of the noun (its stem; the head of a compound of two or more syllables:
     * 흰티셔츠), from the data file's {@code attested} groups: 티셔츠 is counted 한 벌, 한 장 or 한 개 (표준국어대사전 '벌'²,
     * '장'¹³, '개'⁹). Empty for a noun of no group.
     */
    static Set<String> attested(String noun) {
        Set<String> c = ATTESTED.get(noun);
        if (c != null) {
            return c;
        }
        for (int k = 1; k + 2 <= noun.length(); k++) {
            if (ATTESTED.containsKey(noun.substring(k))) {
                return ATTESTED.get(noun.substring(k));
            }
        }
        return Set.of();
    }

    /**
     * Whether two counters count the same piece of the noun (티셔츠 두 벌 = 티셔츠 두 장 = 티셔츠 두 개): the learner's
     * count is the accepted one said with another attested counter, no wrong counter (session 30, s30c).
     */
    static boolean sameThing(String noun, String counter, String other) {
        Set<String> c = attested(noun);
        return c.contains(counter) && c.contains(other);
    }

    /**
     * Whether the comparison's {@code o} → {@code c} is one counter of the learner's number phrase for another counter
     * attested for the same noun (티셔츠 두 벌 where the accepted answer says 두 장; session 30, s30c): an artefact of the
     * word alignment, no wrong word ({@link #sameThing}). The counters may carry the same ending (벌을 / 장을).
     *
     * @param o      the learner's word (the counter with its particle)
     * @param c      the accepted answer's word at that place
     * @param answer the learner's normalised answer
     */
    static boolean attestedCount(String o, String c, String answer) {
        String mine = leadingCounter(o);
        String theirs = leadingCounter(c);
        if (mine == null || theirs == null || mine.equals(theirs)) {
            return false;
        }
        List<String> words = List.of(MARKS.matcher(answer).replaceAll("").split("\\s+"));
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            Matcher g = GLUED_ANY.matcher(w);
            int before;
            if (w.equals(o) && i >= 2 && numeral(words.get(i - 1))) {
                before = i - 2;
            } else if (g.matches() && g.group(2).equals(o) && i >= 1) {
                before = i - 1;
            } else {
                continue;
            }
            while (before > 0 && FILLERS.contains(words.get(before))) {
                before--; // 수건 좀 두 개: the noun before an adverb of the request
            }
            String noun = words.get(before);
            String stem = ArgumentCheck.stemAndParticle(noun)[0];
            if (sameThing(stem, mine, theirs) || sameThing(noun, mine, theirs)) {
                return true;
            }
        }
        return false;
    }

    /** Adverbs a request puts between a noun and its count (수건 좀 두 개, 셔츠 딱 두 벌). */
    private static final Set<String> FILLERS = Set.of("좀", "더", "또", "딱", "약", "총");

    /** A numeral joined to what follows it (두벌, 2장을). */
    private static final Pattern GLUED_ANY = Pattern.compile("(한|두|세|네|다섯|여섯|일곱|여덟|아홉|열|[0-9]{1,2})(.+)");

    /** The attested counter the word starts with, the rest nothing or a particle (벌, 장을, 개하고), or null. */
    private static String leadingCounter(String word) {
        for (String counter : List.of("켤레", "그릇", "벌", "장", "개")) {
            if (word.startsWith(counter)) {
                String rest = word.substring(counter.length());
                return rest.isEmpty() || COUNTER_REST.matcher(rest).matches() || JOINING.contains(rest)
                        || Particles.isParticle(rest) ? counter : null;
            }
        }
        return null;
    }

    /**
     * The counter to correct to for a noun of class {@code cls}: the first counter attested for the noun that an
     * accepted answer writes after a number (티셔츠 두 명 → 장 where an accepted answer says 티셔츠 두 장), else the
     * class's own counter (티셔츠 → 벌, 옷을 세는 단위).
     */
    private static String correctionFor(String noun, String cls, List<String> accepted) {
        Set<String> attested = attested(noun);
        if (!attested.isEmpty()) {
            for (String a : accepted) {
                Matcher m = ACCEPTED_COUNT.matcher(MARKS.matcher(a).replaceAll(""));
                while (m.find()) {
                    if (attested.contains(m.group(1))) {
                        return m.group(1);
                    }
                }
            }
        }
        return COUNTER_OF.get(cls);
    }

    /** A number and the counter after it in an accepted answer (두 장, 2벌, 한 개). */
    private static final Pattern ACCEPTED_COUNT = Pattern.compile(
            "(?:한|두|세|네|다섯|여섯|일곱|여덟|아홉|열|몇|[0-9]{1,2})\\s?(벌|장|개|그릇|잔|병|권|대|마리|켤레)"
                    + "(?=$|\\s|[을를이가은는도만씩요하과와랑])");

    /** As {@link #find(String, List)} with no accepted answer (the class's own counter as the correction). */
    static List<Finding> find(String raw) {
        return find(raw, List.of());
    }

    /**
     * The findings on the learner's raw answer: one per number phrase whose counter excludes the class of the noun
     * it counts, corrected to the counter an accepted answer uses for that noun where one is attested for it
     * ({@link #correctionFor}).
     */
    static List<Finding> find(String raw, List<String> accepted) {
        List<List<String>> sentences = SpeechLevels.sentences(raw);
        List<Finding> out = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            List<String> words = sentences.get(s);
            for (int i = 0; i < words.size(); i++) {
                String number;
                String counterWord;
                boolean glued;
                Matcher g = GLUED.matcher(words.get(i));
                if (g.matches()) {
                    number = g.group(1);
                    counterWord = g.group(2) + g.group(3);
                    glued = true;
                } else if (i + 1 < words.size() && numeral(words.get(i))) {
                    number = words.get(i);
                    counterWord = words.get(i + 1);
                    glued = false;
                } else {
                    continue;
                }
                String counter = counterOf(counterWord);
                if (counter == null || counter.equals("대") && !number.equals("몇") && Numerals.nativeNumber(number) == null
                        || glued && number.equals("세") && counter.equals("대")) {
                    continue; // 20대 'one's twenties', 세대 'generation'
                }
                String rest = counterWord.substring(counter.length());
                String noun = null;
                boolean of = rest.equals("의") && !counter.equals("명") && !counter.equals("마리");
                int next = glued ? i + 1 : i + 2;
                if (of && next < words.size()) {
                    noun = ArgumentCheck.stemAndParticle(words.get(next))[0];
                    if (classOf(noun) == null) {
                        noun = null;
                    }
                } else if (COUNTER_REST.matcher(rest).matches()) {
                    noun = counted(sentences, s, i, !counter.equals("명"));
                } else if (JOINING.contains(rest)) {
                    // 김치찌개 한 잔하고 불고기 하나: a count joined to the next item, read only on the noun right before
                    // (저녁 먹고 한잔하고 가자 is 한잔하다 'have a drink')
                    noun = counted(sentences, s, i, false);
                }
                String cls = noun == null ? null : classOf(noun);
                if (cls == null || !EXCLUDES.getOrDefault(counter, Set.of()).contains(cls)) {
                    continue;
                }
                String right = correctionFor(noun, cls, accepted);
                if (JOINING.contains(rest)) {
                    rest = joined(rest, right);
                }
                String written = glued ? words.get(i) : number + " " + counterWord;
                String corrected = glued ? number + right + Hangul.copulaAfter(right, rest) : number + " " + right + Hangul.copulaAfter(right, rest);
                if (glued) {
                    out.add(new Finding(ErrorCategory.VOCABULARY, written, corrected, SUBTYPE.get(counter)));
                } else {
                    out.add(new Finding(ErrorCategory.VOCABULARY, number + " " + counter,
                            number + " " + right, SUBTYPE.get(counter)));
                    if (!rest.isEmpty()) {
                        out.set(out.size() - 1, new Finding(ErrorCategory.VOCABULARY, written, corrected, SUBTYPE.get(counter)));
                    }
                }
            }
        }
        return out;
    }

    /** Native numerals and counter words as written before 대 in an accepted answer (한 대, 두 대를, 1대). */
    private static final Pattern MACHINE_COUNT = Pattern.compile(
            "(?:^|\\s)(한|두|세|네|다섯|여섯|일곱|여덟|아홉|열|몇|[0-9]{1,2})\\s?대(?:를|가|는|만|도|요|이요|예요|입니다)?(?:\\s|$)");

    /**
     * The general counter 개 for a vehicle or machine where an accepted answer counts that noun with 대 (자전거 한 개 →
     * 한 대): 대 is the unit noun of cars, machines and instruments (표준국어대사전 '대'¹⁵ 「의존 명사」 차나 기계, 악기
     * 따위를 세는 단위), and the accepted answer shows the teacher asks for it. Without that answer 개 for a machine is
     * left alone, as heard in speech (session 27). A {@code counter/wrong_counter} finding on the number phrase, cut
     * to the counter by {@link LearnerSpans} (session 28, s28b).
     *
     * @param raw      the learner's answer as written
     * @param accepted the activity's accepted answers
     */
    static List<Finding> pieceForMachine(String raw, List<String> accepted) {
        List<Finding> out = new ArrayList<>();
        List<List<String>> sentences = SpeechLevels.sentences(raw);
        for (int s = 0; s < sentences.size(); s++) {
            List<String> words = sentences.get(s);
            for (int i = 0; i < words.size(); i++) {
                String number;
                String counterWord;
                boolean glued;
                Matcher g = GLUED_GAE.matcher(MARKS.matcher(words.get(i)).replaceAll(""));
                if (g.matches()) {
                    number = g.group(1);
                    counterWord = "개" + g.group(2);
                    glued = true;
                } else if (i + 1 < words.size() && numeral(words.get(i))) {
                    number = MARKS.matcher(words.get(i)).replaceAll("");
                    counterWord = MARKS.matcher(words.get(i + 1)).replaceAll("");
                    glued = false;
                } else {
                    continue;
                }
                if (!counterWord.startsWith("개") || !COUNTER_REST.matcher(counterWord.substring(1)).matches()) {
                    continue;
                }
                String noun = counted(sentences, s, i, true);
                if (noun == null || !"machine".equals(classOf(noun)) || !countsWithDae(noun, accepted)) {
                    continue;
                }
                String rest = counterWord.substring(1);
                out.add(glued
                        ? new Finding(ErrorCategory.VOCABULARY, number + "개" + rest, number + "대" + rest, "counter/wrong_counter")
                        : new Finding(ErrorCategory.VOCABULARY, number + " 개" + rest, number + " 대" + rest,
                                "counter/wrong_counter"));
            }
        }
        return out;
    }

    private static final Pattern GLUED_GAE = Pattern.compile("(한|두|세|네|다섯|여섯|일곱|여덟|아홉|열|[0-9]{1,2})개(.*)");

    /** Whether an accepted answer names the noun and counts with 대. */
    private static boolean countsWithDae(String noun, List<String> accepted) {
        for (String a : accepted) {
            if (a.contains(noun) && MACHINE_COUNT.matcher(MARKS.matcher(a).replaceAll("")).find()) {
                return true;
            }
        }
        return false;
    }

    private static boolean numeral(String word) {
        String w = MARKS.matcher(word).replaceAll("");
        return w.equals("몇") || Numerals.nativeNumber(w) != null || !w.isEmpty() && w.length() <= 2
                && w.chars().allMatch(Character::isDigit);
    }

    /** The judged counter the word starts with, or null. */
    private static String counterOf(String word) {
        String w = MARKS.matcher(word).replaceAll("");
        for (String c : EXCLUDES.keySet()) {
            if (w.startsWith(c) && (COUNTER_REST.matcher(w.substring(c.length())).matches()
                    || w.substring(c.length()).equals("의") || JOINING.contains(w.substring(c.length())))) {
                return c;
            }
        }
        return null;
    }

    /**
     * The noun the number phrase at word {@code i} of sentence {@code s} counts: the word right before it, bare or
     * with a particle of {@link #NOUN_PARTICLES}; where {@code far}, else the nearest such noun before it in the
     * sentence or the one before, the words between being no nouns. Null when the nearest noun has another particle
     * or no class.
     */
    private static String counted(List<List<String>> sentences, int s, int i, boolean far) {
        int sentence = s;
        int k = i - 1;
        boolean first = true;
        while (sentence >= s - 1 && sentence >= 0) {
            List<String> words = sentences.get(sentence);
            for (; k >= 0; k--) {
                String w = MARKS.matcher(words.get(k)).replaceAll("");
                String[] sp = ArgumentCheck.stemAndParticle(w);
                String cls = classOf(w) != null ? w : classOf(sp[0]) != null && NOUN_PARTICLES.contains(sp[1]) ? sp[0] : null;
                if (cls != null) {
                    if ("person".equals(classOf(cls)) && SUBJECT_PARTICLES.contains(sp[1])) {
                        return null; // 한 사람이 몇 권 빌릴 수 있어요?: the person is the one who borrows, not what is counted
                    }
                    return first || far ? cls : null;
                }
                if (!far || KnownWords.noun(w) || KnownWords.noun(sp[0]) || Numerals.number(w) != null
                        || w.startsWith("이거") || w.startsWith("그거") || w.startsWith("저거") || w.equals("것")) {
                    return null;
                }
                first = false;
            }
            sentence--;
            if (sentence >= 0) {
                k = sentences.get(sentence).size() - 1;
            }
            first = false;
        }
        return null;
    }
}
