package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.text.Hangul;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Well-known learner confusions as data ({@code src/main/resources/evaluation/confusables.json},
 * each entry with its source: 표준국어대사전 senses and sentence patterns, 한국어기초사전 collocations,
 * learner-error studies of Korean as a foreign language). Three kinds, each a certain
 * {@code vocabulary} error with its own subtype:
 * <ul>
 * <li>{@code vocabulary/confusable}: a word alike in sound or form that means something else
 * (잊어버렸어요 for 잃어버렸어요, 월급 for 월세, 빌어 for 빌려, 아파해요 for the speaker's own 아파요);</li>
 * <li>{@code vocabulary/collocation}: a verb that does not go with its object noun in the
 * learner's sentence (사진을 만들다 for 찍다, 시간이 가지다 for 걸리다);</li>
 * <li>{@code vocabulary/voice}: the intransitive member of a pair with a 을/를 object right before
 * it (휴대폰을 떨어져서 for 떨어뜨려서), or the transitive member with a 이/가 subject right before it
 * where the pair allows that judgement (문이 열어요 for 열려요): the learner's own case marking
 * contradicts the verb's sentence pattern (표준국어대사전 「…을」/「…이」; Sohn 1999 on
 * passives and causatives).</li>
 * </ul>
 * Precision first: every kind fires only on a vocabulary or spelling finding whose learner word is
 * one member and whose accepted word, at the aligned place, is its partner; a different word
 * without that relation stays a possible paraphrase ({@link Certainty}).
 */
final class Confusables {

    static final String LOCATION = "evaluation/confusables.json";

    static final String CONFUSABLE = "vocabulary/confusable";
    static final String COLLOCATION = "vocabulary/collocation";
    static final String VOICE = "vocabulary/voice";
    /** The other member of a voice pair with its own case marking: a possible paraphrase (never certain). */
    private static final String PARAPHRASE = "vocabulary/word";
    /** The 이/가 subject of a transitive voice partner where the accepted answer has the object (문이 열어요). */
    static final String SUBJECT_OF_TRANSITIVE = "particle_wrong/subject_of_transitive";

    /**
     * A pair of sides (either may be written for the other), with substrings the answer must contain
     * ({@code when}) and nouns it must not start a word with ({@code unless}: another person as the subject);
     * {@code oneWay}: only the learner's word of the first side where the accepted answer has the second
     * (안 for 못 after an engagement, not 못 for 안).
     */
    private record Pair(List<String> one, List<String> other, List<String> when, List<String> unless,
            Map<String, String> meaning, boolean oneWay) {
    }

    /**
     * A verb that does not go with the nouns, and the verb that does; {@code withHada}: the wrong form is an
     * adverb in -게 made a predicate with 하다 (비자를 길게 하러 for 연장하러), read on the learner's own words.
     */
    private record Collocation(List<String> nouns, List<String> wrong, List<String> right,
            Map<String, String> meaning, boolean withHada) {
    }

    /**
     * An intransitive verb and its transitive partner; {@code subject}: 이/가 + transitive is judged too;
     * {@code nouns}: when not empty, the case-marked noun before the verb must be one of them (깨다 is said of
     * breaking glass only with 을/를, but 잠이 깨다 'wake up' is intransitive: 화면이 깼는데 is judged, not 잠이 깼어요;
     * session 20).
     */
    private record Voice(List<String> intransitive, List<String> transitive, boolean subject, List<String> nouns,
            Map<String, String> meaning) {
    }

    private static final List<Pair> PAIRS = new ArrayList<>();
    private static final List<Collocation> COLLOCATIONS = new ArrayList<>();
    private static final List<Voice> VOICES = new ArrayList<>();
    /** A voice entry's {@code request}: the intransitive member's -아/어 form → the transitive one's (바뀌어 → 바꿔). */
    private static final Map<String, String> REQUESTS = new HashMap<>();
    /** A voice entry's {@code past}: the intransitive member's past stem → the transitive one's (끝났 → 끝냈). */
    private static final Map<String, String> PASTS = new HashMap<>();
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** A form of 되다 (돼, 될, 된, 됐어, 되어…): after 안, the fixed 안 되다. */
    private static final Pattern ANDOEDA = Pattern.compile("(되|돼|될|된|됐|됩|됨)");
    private static final Pattern PUNCTUATION = Pattern.compile("[.,?!~]");
    /** A verb in -고 followed by a form of 있다/계시다: the progressive of one verb (지내고 있습니까). */
    private static final Pattern PROGRESSIVE = Pattern.compile("\\S+고 (있|계시|계세|계십)\\S*");

    static {
        JsonNode root = DataFiles.read(LOCATION);
        for (JsonNode c : root.path("confusables")) {
            PAIRS.add(new Pair(strings(c.path("sides").get(0)), strings(c.path("sides").get(1)),
                    strings(c.path("when")), strings(c.path("unless")), meanings(c), c.path("one_way").asBoolean(false)));
        }
        for (JsonNode c : root.path("collocations")) {
            COLLOCATIONS.add(new Collocation(strings(c.path("nouns")), strings(c.path("wrong")),
                    strings(c.path("right")), meanings(c), c.path("with_hada").asBoolean(false)));
        }
        for (JsonNode c : root.path("voice")) {
            VOICES.add(new Voice(strings(c.path("intransitive")), strings(c.path("transitive")),
                    c.path("subject").asBoolean(false), strings(c.path("nouns")), meanings(c)));
            c.path("request").properties().forEach(e -> REQUESTS.put(e.getKey(), e.getValue().asString()));
            c.path("past").properties().forEach(e -> PASTS.put(e.getKey(), e.getValue().asString()));
        }
    }

    private Confusables() {
    }

    /** The entry's {@code meaning} object: instruction language (ISO 639-1) → what the two words mean. */
    private static Map<String, String> meanings(JsonNode entry) {
        Map<String, String> out = new HashMap<>();
        entry.path("meaning").properties().forEach(e -> out.put(e.getKey(), e.getValue().asString()));
        return Map.copyOf(out);
    }

    /**
     * What the two words of a confusion mean, in the learner's instruction language, so that the
     * explanation names the pair at hand (잊다 = lupa, 잃다 = kehilangan) rather than examples.
     *
     * @param subtype    the finding's subtype; only the three kinds of this class have a meaning
     * @param original   the learner's span (one or more words)
     * @param correction the corrected span
     * @param lang       ISO 639-1 instruction language; English when the entry has no text in it
     * @return the entry's meaning text, or empty when no entry of the subtype's kind holds both words
     */
    static Optional<String> meaning(String subtype, String original, String correction, String lang) {
        if (MisusedWords.SUBTYPE.equals(subtype)) {
            return MisusedWords.meaning(original, correction, lang); // 느릴 for 늦을 (session 36, s36c)
        }
        if (PredicateSenses.SUBTYPE.equals(subtype)) {
            return PredicateSenses.meaning(original, lang); // 나빠요 for 고장 났어요 (session 9)
        }
        List<String> o = List.of(SPACES.split(PUNCTUATION.matcher(original).replaceAll("").strip()));
        List<String> c = List.of(SPACES.split(PUNCTUATION.matcher(correction).replaceAll("").strip()));
        Map<String, String> found = null;
        if (CONFUSABLE.equals(subtype)) {
            found = PAIRS.stream().filter(p -> any(o, p.one()) && any(c, p.other()) || any(o, p.other()) && any(c, p.one()))
                    .map(Pair::meaning).findFirst().orElse(null);
        } else if (COLLOCATION.equals(subtype)) {
            found = COLLOCATIONS.stream().filter(k -> any(o, k.wrong()) && any(c, k.right()))
                    .map(Collocation::meaning).findFirst().orElse(null);
        } else if (VOICE.equals(subtype)) {
            found = VOICES.stream().filter(v -> any(o, v.intransitive()) && any(c, v.transitive())
                    || any(o, v.transitive()) && any(c, v.intransitive())).map(Voice::meaning).findFirst().orElse(null);
        }
        if (found == null || found.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(found.getOrDefault(lang, found.get("en")));
    }

    /** Whether any of the words is one of the forms. */
    private static boolean any(List<String> words, List<String> forms) {
        return words.stream().anyMatch(w -> is(w, forms));
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null) {
            array.forEach(n -> out.add(n.asString()));
        }
        return List.copyOf(out);
    }

    /**
     * Whether the learner's word is a noun with 이/가 right before the transitive member of a voice
     * pair (문이 열어요): the thing acted on is written as the doer of a verb that needs an object
     * (표준국어대사전 열다 「…을」), so the accepted 을/를 is a certain correction.
     */
    private static boolean themeAsSubject(String word, String answer) {
        String[] words = SPACES.split(PUNCTUATION.matcher(answer).replaceAll("").strip());
        for (int i = 0; i + 1 < words.length; i++) {
            if (words[i].equals(word)) {
                String verb = words[i + 1];
                return VOICES.stream().anyMatch(v -> v.subject() && is(verb, v.transitive()) && !is(verb, v.intransitive()))
                        && marked(answer, verb, "이", "가");
            }
        }
        return false;
    }

    /** A form of 하다 after an adverb in -게 (길게 하러, 길게 해 주세요, 길게 했어요). */
    private static final Pattern HADA = Pattern.compile("^(하|해|했|할|합|한)");

    /**
     * The adverb + 하다 of a {@code with_hada} collocation on the learner's own words (session 16): 비자를 길게 하러
     * 왔습니다 → 연장하러, where a noun of the entry stands before the adverb and an accepted answer has the entry's
     * verb; the finding spans the adverb and the 하다 word, corrected to the accepted answer's verb as written. The
     * comparison reads the two words as an added word and another verb, a possible paraphrase; 하다 makes the
     * adjective so (표준국어대사전 '-게 하다'), but a visa is not made long: it is extended (표준국어대사전 '연장하다':
     * 시간이나 거리 따위를 본래보다 길게 늘리다; 한국어기초사전 '비자' 연어 '비자를 연장하다'). Left alone where an
     * accepted answer says the adverb itself.
     *
     * @param raw      the learner's answer as written
     * @param accepted the accepted answers, normalised
     */
    static List<Finding> periphrases(String raw, List<String> accepted) {
        List<Finding> out = new ArrayList<>();
        String[] words = SPACES.split(PUNCTUATION.matcher(raw).replaceAll("").strip());
        for (Collocation k : COLLOCATIONS) {
            if (!k.withHada()) {
                continue;
            }
            for (int i = 1; i + 1 < words.length; i++) {
                String adverb = words[i];
                if (!is(adverb, k.wrong()) || !HADA.matcher(words[i + 1]).find() || !hasNoun(raw, adverb, k.nouns())
                        || accepted.stream().anyMatch(a -> List.of(SPACES.split(a)).contains(adverb))) {
                    continue;
                }
                for (String a : accepted) {
                    String verb = List.of(SPACES.split(PUNCTUATION.matcher(a).replaceAll("").strip())).stream()
                            .filter(w -> is(w, k.right())).findFirst().orElse(null);
                    if (verb != null) {
                        out.add(new Finding(ErrorCategory.VOCABULARY, words[i] + " " + words[i + 1], verb, COLLOCATION));
                        break;
                    }
                }
            }
        }
        return out;
    }

    /** Whether the subtype is one of this class's (a certain error: {@link Certainty#intrinsic}). */
    static boolean certain(String subtype) {
        return CONFUSABLE.equals(subtype) || COLLOCATION.equals(subtype) || VOICE.equals(subtype)
                || SUBJECT_OF_TRANSITIVE.equals(subtype);
    }

    /**
     * The transitive member's -아/어 form for the intransitive member's (바뀌어 → 바꿔, 열려 → 열어), from the voice
     * entries' {@code request} (session 29, s29e); {@code null} for any other word.
     */
    static String transitiveRequest(String infinitive) {
        return REQUESTS.get(infinitive);
    }

    /**
     * The word with the intransitive member's past stem turned into the transitive one's (끝났습니다 → 끝냈습니다,
     * 바뀌었어요 → 바꿨어요), from the voice entries' {@code past} (session 29, s29e); {@code null} for any other word.
     */
    static String transitivePast(String word) {
        for (Map.Entry<String, String> e : PASTS.entrySet()) {
            if (word.startsWith(e.getKey()) && word.length() > e.getKey().length()) {
                return e.getValue() + word.substring(e.getKey().length());
            }
        }
        return null;
    }

    /** Whether a dictionary noun with 을/를 stands right before the verb (adverbs of {@link #BETWEEN} skipped). */
    static boolean objectBefore(String answer, String verb) {
        return marked(answer, verb, "을", "를");
    }

    /** Number of entries of each kind (confusables, collocations, voice pairs), for documentation and tests. */
    static int[] sizes() {
        return new int[] {PAIRS.size(), COLLOCATIONS.size(), VOICES.size()};
    }

    /**
     * The finding relabelled as a certain vocabulary error of one of the three kinds, located on
     * the differing words (빌어 주세요 → 빌려 주세요 is 빌어 → 빌려); any other finding unchanged.
     *
     * @param f      a finding of the comparison with one accepted answer
     * @param answer the learner's normalised answer (for the object noun and the case marking)
     */
    static Finding mark(Finding f, String answer) {
        if (f.category() == ErrorCategory.PARTICLE_WRONG && "particle_wrong/subject_for_object".equals(f.subtype())
                && f.original() != null && themeAsSubject(f.original().strip(), answer)) {
            return f.as(SUBJECT_OF_TRANSITIVE);
        }
        if (f.category() != ErrorCategory.VOCABULARY && f.category() != ErrorCategory.SPELLING
                && f.category() != ErrorCategory.ENDING
                || f.original() == null || f.correction() == null || f.original().isBlank()
                || f.correction().isBlank()) {
            return f;
        }
        String subtype = Subtypes.of(f);
        if (subtype.equals("vocabulary/other_item") && !f.original().strip().contains(" ")
                && COLLOCATION.equals(kind(f.original().strip(), f.correction().strip(), answer))) {
            // two verbs of one category (입다/신다, wearing) where the noun decides which: the collocation names
            // it (이 신발 입어 봐도 for 신어 봐도; 한국어기초사전 '신다' 연어; session 15)
            return f.as(COLLOCATION);
        }
        if (subtype.startsWith("counter/") || subtype.equals("vocabulary/contrast")
                || subtype.equals("vocabulary/other_item")) {
            return f;
        }
        String[] span = Spacing.trimCommonWords(f.original(), f.correction());
        String o = span[0].strip();
        String c = span[1].strip();
        if (o.contains(" ") && Particles.isParticle(o.substring(0, o.indexOf(' ')))
                && o.split(" ").length == c.split(" ").length + 1) {
            // a particle cut from the word before by the alignment (명동으로 와 주세요 read as 로 와 주세요 → 가 주세요):
            // the learner's words are the rest (session 16)
            o = o.substring(o.indexOf(' ') + 1);
        }
        if (o.isEmpty() || c.isEmpty()) {
            return f;
        }
        if (o.contains(" ") || c.contains(" ")) {
            // one word for one word: the aligned place; in a span of as many words on both sides, the one pair
            // of a known confusion is that place (얇은 곳에 for 얕은 데에: the learner's word is wrong whatever
            // the other difference is; session 9, eval14c)
            String[] ow = o.split(" ");
            String[] cw = c.split(" ");
            if (ow.length == 1 && PROGRESSIVE.matcher(c).matches() && f.category() != ErrorCategory.ENDING) {
                // 잘 삽니까 for 잘 지내고 있습니까: the accepted verb in its progressive -고 있다 (Yeon & Brown 2019 on
                // -고 있다) is the word the learner's verb stands for (session 22, s22c)
                String k = kind(o, cw[0], answer);
                if (k != null && !PARAPHRASE.equals(k)) {
                    return new Finding(ErrorCategory.VOCABULARY, o, c, k);
                }
            }
            if (ow.length != cw.length || f.category() == ErrorCategory.ENDING) {
                return f;
            }
            for (int i = 0; i < ow.length; i++) {
                String k = ow[i].equals(cw[i]) ? null : kind(ow[i], cw[i], answer);
                if (k != null && !PARAPHRASE.equals(k) && !ow[i].equals("안") && !ow[i].equals("못")) {
                    return new Finding(ErrorCategory.VOCABULARY, ow[i],
                            CONFUSABLE.equals(k) ? withLearnersEnding(ow[i], cw[i]) : cw[i], k);
                }
            }
            return f;
        }
        String kind = kind(o, c, answer);
        if (f.category() == ErrorCategory.ENDING && (kind == null || PARAPHRASE.equals(kind))) {
            return f; // an ending finding is renamed only for a known pair of words (줄어 for 줄여: the voice)
        }
        if (kind == null) {
            return f;
        }
        if (o.equals("안") || o.equals("못")) {
            // a short negation is given on the negator alone (안 → 못), the smallest whole word that holds the
            // slip: the brief's span convention, and the gold of five writers (g1, j2, k2, p2, u1/u2) against two
            // (i1, l1) that quoted the verb too (session 12)
            String[] words = SPACES.split(PUNCTUATION.matcher(answer).replaceAll("").strip());
            for (int i = 0; i + 1 < words.length; i++) {
                if (words[i].equals(o) && o.equals("안") && ANDOEDA.matcher(words[i + 1]).lookingAt()) {
                    // 안 되다 "it won't work / is not possible" is one expression (표준국어대사전 안되다,
                    // 안 되다): 못 되다 would change its meaning, so the negation is not the learner's slip
                    return f;
                }
            }
        }
        return new Finding(ErrorCategory.VOCABULARY, o, COLLOCATION.equals(kind) ? asLightVerb(o, c)
                : CONFUSABLE.equals(kind) ? withLearnersEnding(o, c) : c, kind);
    }

    /**
     * The accepted noun of a confusable pair with the learner's own particle or 하다 ending (색칠해 → 염색해 where the
     * aligned accepted answer says 염색하고; 가방을 → 봉투를, the particle re-formed for the noun): the span convention
     * corrects the learner's word and no more (docs/blind-brief.md), and a particle follows the 받침 of the noun it
     * ends (Sohn 1999; 표준국어대사전 '-하다' 접사). Only where both sides are dictionary nouns; any other correction
     * unchanged (session 28, s28b).
     */
    static String withLearnersEnding(String o, String c) {
        for (Pair p : PAIRS) {
            for (int d = 0; d < 2; d++) {
                List<String> mine = d == 0 ? p.one() : p.other();
                List<String> theirs = d == 0 ? p.other() : p.one();
                if (!is(o, mine) || !is(c, theirs)) {
                    continue;
                }
                String x = shortestStart(o, mine);
                String y = shortestStart(c, theirs);
                if (x == null || y == null || !KnownWords.noun(x) || !KnownWords.noun(y)) {
                    continue;
                }
                String rest = o.substring(x.length());
                if (rest.isEmpty()) {
                    return y;
                }
                Optional<Particles.Particle> particle = Particles.of(rest);
                if (particle.isPresent() && particle.get().function() != Particles.Function.COPULA) {
                    return y + particle.get().formAfter(y);
                }
                if (HADA.matcher(rest).lookingAt()) {
                    return y + rest;
                }
            }
        }
        return c;
    }

    /** The shortest form of the side (without its '-') the word starts with, or null. */
    private static String shortestStart(String word, List<String> side) {
        String best = null;
        for (String form : side) {
            String f = form.endsWith("-") ? form.substring(0, form.length() - 1) : form;
            if (!f.isEmpty() && !f.contains(" ") && word.startsWith(f) && (best == null || f.length() < best.length())) {
                best = f;
            }
        }
        return best;
    }

    /**
     * The accepted noun of an N하다 verb as the correction of the learner's verb, with the learner's -아/어 or -고
     * ending moved onto 하다 (씻어 → 드라이클리닝해, 씻고 → 드라이클리닝하고): the correction keeps the learner's ending,
     * as the span convention corrects the word and no more (docs/blind-brief.md; 표준국어대사전 '-하다' 접사). Any
     * other correction unchanged (session 26, s26d).
     */
    /** Whether the word ends like an -아/어 form: a last syllable with no final consonant on ㅏ, ㅓ, ㅕ, ㅘ, ㅝ, ㅐ. */
    private static boolean infinitiveShape(String word) {
        String jamo = Hangul.toJamo(String.valueOf(word.charAt(word.length() - 1)));
        return jamo.length() == 2 && "ㅏㅓㅕㅘㅝㅐ".indexOf(jamo.charAt(1)) >= 0;
    }

    static String asLightVerb(String o, String c) {
        if (c.contains(" ") || !KnownWords.noun(c) || !Certainty.nounRun(c).equals(c) || o.length() < 2
                || infinitiveShape(c)) {
            return c; // 신어 is a noun too ('new word'), but here the -어 form of 신다: a verb is corrected as it is
        }
        char last = o.charAt(o.length() - 1);
        String stemSyllable = Hangul.toJamo(String.valueOf(last));
        if (o.endsWith("고")) {
            return c + "하고";
        }
        if (last == '어' || last == '아' || last == '여' || stemSyllable.length() == 2 && (stemSyllable.endsWith("ㅓ")
                || stemSyllable.endsWith("ㅏ") || stemSyllable.endsWith("ㅕ") || stemSyllable.endsWith("ㅝ"))) {
            return c + "해";
        }
        return c;
    }

    /**
     * As {@link #mark(Finding, String)}, unless an accepted answer of the activity itself uses the
     * learner's word (a form of the same side: 잊어버렸어요 in 어디에 뒀는지 잊어버렸어요): then the
     * activity accepts that word and the learner may have meant that answer.
     *
     * @param accepted all normalised accepted answers of the activity
     */
    static Finding mark(Finding f, String answer, List<String> accepted) {
        f = SpokenSpelling.named(f, answer, accepted); // 보엄도 → 보험도: spelling/sound, by its rule
        Finding marked = mark(f, answer);
        if (marked == f || !certain(marked.subtype()) || SUBJECT_OF_TRANSITIVE.equals(marked.subtype())) {
            return marked;
        }
        String o = marked.original().split(" ")[0];
        for (String a : accepted) {
            String[] words = SPACES.split(PUNCTUATION.matcher(a).replaceAll("").strip());
            for (int j = 0; j < words.length; j++) {
                String w = words[j];
                // a collocation's wrong verbs are several words (입다, 신다 for 반지): only the learner's own verb
                // in an accepted answer makes the finding uncertain (session 15)
                boolean same = COLLOCATION.equals(marked.subtype()) ? w.charAt(0) == o.charAt(0) && sameSide(o, w)
                        && collocatedIn(o, w, a)
                        : CONFUSABLE.equals(marked.subtype()) ? learnersSide(o, marked.correction().split(" ")[0], w)
                                && (!NEGATORS.contains(o) || negatesSameVerb(answer, o, words, j))
                        : sameSide(o, w);
                if (same) {
                    return f;
                }
            }
        }
        return marked;
    }

    private static final java.util.Set<String> NEGATORS = java.util.Set.of("안", "못");

    /**
     * Whether the negator {@code words[j]} of an accepted answer negates the verb the learner's negator {@code o}
     * negates (the next words begin with one syllable): 몸이 안 좋아서 … 못 갈 것 같아요 does not accept the learner's
     * 안 가요, since its 안 negates 좋다, a word of the reason (표준국어대사전 '안'⁴, '못'⁵: each adverb negates the
     * predicate after it; session 22, s22c).
     */
    private static boolean negatesSameVerb(String answer, String o, String[] words, int j) {
        if (j + 1 >= words.length) {
            return false;
        }
        String[] own = SPACES.split(PUNCTUATION.matcher(answer).replaceAll("").strip());
        for (int i = 0; i + 1 < own.length; i++) {
            if (own[i].equals(o) && own[i + 1].charAt(0) == words[j + 1].charAt(0)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the accepted answer {@code a} says the learner's wrong verb {@code o} (as its form {@code w}) of the very
     * thing the collocation is about: one of the entry's nouns is the argument right before {@code w} (사진을
     * 가져가도 accepted), not a noun of another clause (저녁은 누가 만들래 beside 텐트 칠게 leaves 텐트을 만들게
     * judged; session 20).
     */
    private static boolean collocatedIn(String o, String w, String a) {
        for (Collocation k : COLLOCATIONS) {
            if (is(o, k.wrong()) && is(w, k.wrong()) && (argumentIn(a, w, k.nouns()) || modifiesNoun(a, w, k.nouns()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the accepted word {@code w} is a form of the learner's side of a pair that relates the learner's word
     * {@code o} to the correction {@code c}: only that pair's side, since two entries may share forms (빌려주고 is on
     * the 빌리다 side of 빌다/빌리다 and on the lending side of 빌려주다/빌리다; session 16).
     */
    private static boolean learnersSide(String o, String c, String w) {
        for (Pair p : PAIRS) {
            if (is(o, p.one()) && is(c, p.other()) && is(w, p.one())
                    || is(o, p.other()) && is(c, p.one()) && is(w, p.other())) {
                return true;
            }
        }
        return false;
    }

    /** Whether two words are forms of one side of an entry (잊어버렸어요 and 잊었어요). */
    private static boolean sameSide(String a, String b) {
        List<List<String>> sides = new ArrayList<>();
        PAIRS.forEach(p -> {
            sides.add(p.one());
            sides.add(p.other());
        });
        COLLOCATIONS.forEach(k -> sides.add(k.wrong()));
        VOICES.forEach(v -> {
            sides.add(v.intransitive());
            sides.add(v.transitive());
        });
        return sides.stream().anyMatch(side -> is(a, side) && is(b, side));
    }

    /**
     * Whether the learner's word {@code o} and the accepted word {@code c} are the two sides of a confusable pair (in
     * the pair's direction), whatever its conditions on the rest of the answer ({@code when}, {@code unless}), which
     * {@link #kind} reads when the finding is marked.
     */
    static boolean paired(String o, String c) {
        for (Pair p : PAIRS) {
            if (is(o, p.one()) && is(c, p.other()) && !is(o, p.other()) && !is(c, p.one())
                    || !p.oneWay() && is(o, p.other()) && is(c, p.one()) && !is(o, p.one()) && !is(c, p.other())) {
                return true;
            }
        }
        return false;
    }

    /** The subtype for the learner's word {@code o} where the accepted answer has {@code c}, or null. */
    static String kind(String o, String c, String answer) {
        for (Pair p : PAIRS) {
            if ((p.when().isEmpty() || p.when().stream().anyMatch(answer::contains))
                    && (p.unless().isEmpty() || !hasNoun(answer, null, p.unless()))
                    && (is(o, p.one()) && is(c, p.other()) && !is(o, p.other()) && !is(c, p.one())
                            || !p.oneWay() && is(o, p.other()) && is(c, p.one()) && !is(o, p.one()) && !is(c, p.other()))) {
                return CONFUSABLE;
            }
        }
        for (Collocation k : COLLOCATIONS) {
            if (is(o, k.wrong()) && is(c, k.right()) && !is(o, k.right())
                    && (hasNoun(answer, o, k.nouns()) || modifiesNoun(answer, o, k.nouns()))
                    && !otherObject(answer, o, k.nouns()) && !auxiliaryAfterInfinitive(answer, o)) {
                return COLLOCATION;
            }
        }
        for (Voice v : VOICES) {
            boolean intransitiveForTransitive = is(o, v.intransitive()) && !is(o, v.transitive())
                    && is(c, v.transitive()) && !is(c, v.intransitive());
            boolean transitiveForIntransitive = v.subject() && is(o, v.transitive()) && !is(o, v.intransitive())
                    && is(c, v.intransitive()) && !is(c, v.transitive());
            if (!v.nouns().isEmpty() && !argumentIn(answer, o, v.nouns())) {
                continue; // 잠이 깼어요: the pair holds only of the things the entry names (session 20)
            }
            if (intransitiveForTransitive && (marked(answer, o, "을", "를") || objectAcross(answer, o))
                    || transitiveForIntransitive && marked(answer, o, "이", "가")) {
                return VOICE;
            }
            boolean transitiveForIntransitiveAny = is(o, v.transitive()) && !is(o, v.intransitive())
                    && is(c, v.intransitive()) && !is(c, v.transitive());
            if (intransitiveForTransitive && marked(answer, o, "이", "가")
                    || transitiveForIntransitiveAny && marked(answer, o, "을", "를")) {
                // 회의가 끝났어요 for 회의를 끝냈어요: the other voice, well formed on its own marking, says
                // the same event from the other side: a possible paraphrase, not a misspelling
                return PARAPHRASE;
            }
        }
        return null;
    }

    /**
     * Whether the learner's intransitive {@code o} for the accepted transitive {@code c} of a voice pair
     * (끝났습니다 for 끝냈습니다) follows a bare noun, its case particle left out (보고서 작성 다 끝났습니다):
     * the noun is then as well the subject of the intransitive (표준국어대사전 끝나다 ① '일이 다 이루어지다';
     * case particles are dropped in speech, Sohn 1999 on case-particle ellipsis), a well-formed sentence.
     */
    static boolean bareSubjectVoice(String o, String c, String answer) {
        for (Voice v : VOICES) {
            if (is(o, v.intransitive()) && !is(o, v.transitive()) && is(c, v.transitive())
                    && !is(c, v.intransitive()) && bare(answer, o)
                    // 큰 사이즈 바뀌어 주세요: a request to the listener is the listener's act, not the thing's change
                    && !VoiceSlips.beforeGive(answer, o)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The converse of {@link #bareSubjectVoice}: the learner's transitive {@code o} for the accepted intransitive
     * {@code c} of a voice pair (숙제 다 끝냈어 for 숙제 끝났어, 문 열었어요 for 문이 열렸어요) after a bare noun, its case
     * particle left out. The noun is then as well the object of the transitive (표준국어대사전 '끝내다' 「…을」: 숙제를
     * 끝내다; Sohn 1999 §8 on causative and passive pairs; case particles are dropped in speech, Sohn 1999), a
     * well-formed sentence that tells the same event from the doer's side (session 34, s34b). A noun with 이/가 before
     * the transitive (숙제가 끝냈어요) keeps the {@code vocabulary/voice} finding; an entry limited to nouns
     * ({@code nouns}) holds only of them.
     */
    static boolean bareObjectVoice(String o, String c, String answer) {
        for (Voice v : VOICES) {
            if (is(o, v.transitive()) && !is(o, v.intransitive()) && is(c, v.intransitive())
                    && !is(c, v.transitive()) && bare(answer, o) && !marked(answer, o, "이", "가")
                    && (v.nouns().isEmpty() || argumentIn(answer, o, v.nouns()))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the argument before {@code verb} (adverbs of {@link #BETWEEN} skipped) is one of the nouns, any particle after it. */
    private static boolean argumentIn(String answer, String verb, List<String> nouns) {
        String w = argumentBefore(answer, verb);
        return w != null && (nouns.contains(w) || nouns.contains(Certainty.nounRun(w)));
    }

    /**
     * Whether the verb's own argument, right before it, is another dictionary noun than the collocation's, with 을/를,
     * 도, 은/는, or alone in two syllables or more (신발 신어 봐도 돼요? 이 재킷도 입어 보고: 입어 is said of 재킷,
     * rightly; a counter (한 마리, 몇 번) or a one-syllable bare noun is no object; session 20).
     */
    private static boolean otherObject(String answer, String verb, List<String> nouns) {
        String w = argumentBefore(answer, verb);
        if (w == null || w.length() < 2) {
            return false;
        }
        if (w.endsWith("하고")) {
            return true; // 축구하고 놀았어요: the noun has a verb or a partner of its own
        }
        String stem = w.substring(0, w.length() - 1);
        if (Lexicon.COUNTERS.contains(w) || Lexicon.COUNTERS.contains(stem) || Lexicon.UNITS.contains(w)
                || Lexicon.UNITS.contains(stem)) {
            return false; // 치킨 한 마리 예약할게요: a counter measures the object, it is none
        }
        if (!nouns.contains(w) && Certainty.nounRun(w).equals(w) && KnownWords.noun(w)) {
            return true; // 이 재킷 입어 보고
        }
        if ("을를도은는".indexOf(w.charAt(w.length() - 1)) < 0) {
            return false;
        }
        String bare = w.substring(0, w.length() - 1);
        String noun = Certainty.nounRun(w);
        return !nouns.contains(w) && !nouns.contains(bare) && !nouns.contains(noun) && noun.equals(bare)
                && KnownWords.noun(noun);
    }

    /** Particles of place, direction, means and partner that a phrase between an object and its verb may end in. */
    /** One-syllable case and topic particles (을, 를, 이, 가, 은, 는, 도, 만). */
    private static final String CASE_SYLLABLES = "을를이가은는도만";
    private static final Pattern LEADING_DIGITS = Pattern.compile("^[0-9,.]+");
    private static final Pattern OBLIQUE = Pattern.compile("(으로|로|에|에서|에게|한테|까지|부터|하고|와|과|랑|이랑)$");

    /**
     * Whether a dictionary noun with 을/를 stands before {@code verb} across at most three words of place, goal or
     * means (100달러를 한국 돈으로 바뀌고, 짐을 방에 옮겨져): the object still belongs to the verb, since no
     * predicate stands between them (a word of those three that is no bare noun and no noun with one of the
     * {@link #OBLIQUE} particles ends the search). An intransitive verb takes no 을/를 object (표준국어대사전
     * 「…이」 sentence patterns; Sohn 1999 on case marking), wherever the object stands in its clause (session 20).
     */
    private static boolean objectAcross(String answer, String verb) {
        String[] words = SPACES.split(PUNCTUATION.matcher(answer).replaceAll("").strip());
        int i = java.util.Arrays.asList(words).indexOf(verb);
        for (int b = i - 1, seen = 0; b >= 0 && seen < 4; b--, seen++) {
            String w = LEADING_DIGITS.matcher(words[b]).replaceFirst(""); // 100달러를: the noun after the number
            if (w.isEmpty()) {
                continue;
            }
            String noun = Certainty.nounRun(w);
            if (!noun.isEmpty() && KnownWords.noun(noun) && w.length() == noun.length() + 1
                    && w.substring(noun.length()).equals(Hangul.objectParticle(noun))) {
                return seen > 0; // right before the verb is the plain case, read by marked
            }
            boolean bareNoun = !noun.isEmpty() && w.equals(noun) && KnownWords.noun(noun);
            boolean oblique = !noun.isEmpty() && OBLIQUE.matcher(w.substring(noun.length())).matches()
                    && w.length() > noun.length();
            if (!bareNoun && !oblique && !BETWEEN.contains(w) && !Character.isDigit(w.charAt(0))) {
                return false;
            }
        }
        return false;
    }

    /** Whether the word right before {@code verb} (adverbs of {@link #BETWEEN} skipped) is a dictionary noun alone. */
    private static boolean bare(String answer, String verb) {
        String w = argumentBefore(answer, verb);
        return w != null && !BETWEEN.contains(w) && !w.equals("좀") && !w.equals("조금") && KnownWords.noun(w);
    }

    /**
     * The word before the first {@code verb} of the answer, with the words of time, degree and measure between
     * an argument and its verb ({@link #BETWEEN}, digits, 좀, 조금) skipped: 보고서를 어제 끝났습니다 and 소매를 조금
     * 늘어 are read on 보고서를 and 소매를, 길이를 3센티미터 줄어 on 길이를. {@code null} when the verb is not there
     * after a first word.
     */
    private static String argumentBefore(String answer, String verb) {
        String[] words = SPACES.split(PUNCTUATION.matcher(answer).replaceAll("").strip());
        for (int i = 1; i < words.length; i++) {
            if (!words[i].equals(verb)) {
                continue;
            }
            int b = i - 1;
            while (b > 0 && (BETWEEN.contains(words[b]) || Character.isDigit(words[b].charAt(0))
                    || words[b].equals("좀") || words[b].equals("조금"))) {
                b--;
            }
            return words[b];
        }
        return null;
    }

    /** Whether the word is one of the forms (a form ending in '-' is a prefix). */
    private static boolean is(String word, List<String> forms) {
        for (String form : forms) {
            if (form.endsWith("-") ? word.startsWith(form.substring(0, form.length() - 1)) : word.equals(form)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the learner's verb {@code verb} follows a verb in -아/어 (냄새가 배어 있어요, 소리가 나 있어요, 연기가 퍼져
     * 있어요): there it is the auxiliary of -아/어 있다, the state a change left (표준국어대사전 '있다' 「보조 동사」 ②;
     * Yeon &amp; Brown 2019, -아/어 있다), and the verb before it carries the collocation, so the existential 있다 of
     * a collocation (냄새가 있어요 → 나요) is not what the learner wrote (session 38, s38a).
     */
    static boolean auxiliaryAfterInfinitive(String answer, String verb) {
        String[] words = SPACES.split(PUNCTUATION.matcher(answer).replaceAll("").strip());
        int at = java.util.Arrays.asList(words).indexOf(verb);
        if (at < 1) {
            return false;
        }
        // read with the auxiliary: alone, 배어 is also read as an adjective's sentence end (배 + 어)
        List<Morphology.Word> pair = Morphology.analyse(words[at - 1] + " " + verb);
        if (pair.size() != 2 || !pair.getFirst().verbal() || !pair.getFirst().has("VV", "XSV", "VA")) {
            return false;
        }
        Morphology.Morpheme last = pair.getFirst().morphemes().getLast();
        return last.is("EC", "EF") && Set.of("아", "어", "여").contains(last.form());
    }

    /**
     * Whether a word before the verb {@code verb} in the answer (any word of it when {@code verb} is
     * null) is one of the nouns, with or without particles (사진을, 두 시간쯤, 아이가).
     */
    private static boolean hasNoun(String answer, String verb, List<String> nouns) {
        String[] words = SPACES.split(PUNCTUATION.matcher(answer).replaceAll("").strip());
        int limit = verb == null ? words.length : java.util.Arrays.asList(words).indexOf(verb);
        for (int j = 0; j < limit; j++) {
            // 시간쯤, 두 시간 정도: an approximation suffix after the noun (표준국어대사전 -쯤)
            String word = words[j].endsWith("쯤") ? words[j].substring(0, words[j].length() - 1) : words[j];
            String noun = Certainty.nounRun(word);
            if (nouns.contains(noun) || nouns.contains(word)) {
                return true;
            }
            // 텐트을: a noun of the list with a particle of the wrong shape, which the analyser may not cut (session 20)
            if (word.length() > 1 && CASE_SYLLABLES.indexOf(word.charAt(word.length() - 1)) >= 0
                    && nouns.contains(word.substring(0, word.length() - 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the word is a modifier (-은/-ㄴ) right before one of the nouns (더 많은 사이즈로: the noun it describes
     * follows it; session 16).
     */
    private static boolean modifiesNoun(String answer, String word, List<String> nouns) {
        String[] words = SPACES.split(PUNCTUATION.matcher(answer).replaceAll("").strip());
        for (int i = 0; i + 1 < words.length; i++) {
            char last = word.charAt(word.length() - 1);
            if (words[i].equals(word) && com.koto.evaluation.text.Hangul.isSyllable(last)
                    && com.koto.evaluation.text.Hangul.toJamo(String.valueOf(last)).endsWith("ㄴ")) {
                String noun = Certainty.nounRun(words[i + 1]);
                if (nouns.contains(noun) || nouns.contains(words[i + 1])) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Adverbs of time and degree that may stand between an object and its verb (보고서를 어제 끝냈습니다). */
    private static final java.util.Set<String> BETWEEN = java.util.Set.of("어제", "오늘", "아까", "방금", "벌써", "이미",
            "다", "모두", "전부", "먼저", "빨리", "일찍", "드디어", "겨우", "금방", "지금", "어젯밤", "오전에", "오후에",
            // negation and degree before the verb (소리가 잘 안 들어요, 화면이 갑자기 깼어요; session 20)
            "잘", "안", "못", "너무", "자꾸", "갑자기", "또", "아직", "계속", "많이", "정말", "진짜", "아주", "전혀");

    /**
     * Whether the word right before the verb in the answer (adverbs of {@link #BETWEEN} skipped) is a dictionary noun with one of the two
     * case particles and nothing else (휴대폰을: 휴대폰 + 을; not 가을, a noun of its own).
     */
    private static boolean marked(String answer, String verb, String afterConsonant, String afterVowel) {
        String before = argumentBefore(answer, verb);
        if (before == null) {
            return false;
        }
        String noun = Certainty.nounRun(before);
        if (noun.isEmpty() || before.length() != noun.length() + 1 || !KnownWords.noun(noun)) {
            return false;
        }
        String particle = before.substring(noun.length());
        return particle.equals(com.koto.evaluation.text.Hangul.hasFinal(noun.charAt(noun.length() - 1))
                ? afterConsonant : afterVowel);
    }
}
