package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Words a learner uses for a neighbour in sound or in the L1's meaning, judged on the learner's own words whatever the
 * activity's accepted answers say (session 36, helper s36c). Two parts:
 * <ul>
 *   <li>the data file {@code src/main/resources/evaluation/misused-words.json}: each entry gives the wrong word's forms
 *       (the beginning of a word → the right word's beginning, the rest of the word kept) and the conditions in the
 *       learner's own sentence that make the misuse certain (10분 느릴 것 같아 → 늦을, 부엌을 씻자 → 청소하자, 버스에서 몇
 *       역이에요 → 몇 정거장이에요, 회의가 … 이사되었습니다 → 변경되었습니다, 기사님 … 천천히 운동해 주세요 → 운전해,
 *       마지막 주말에 뭐 했어 → 지난, 너무 메워요 → 매워요 of food). Sources per entry: 표준국어대사전 senses and
 *       sentence patterns, 한국어기초사전 collocations, KBBI for the Indonesian word that covers both; subtype
 *       {@code vocabulary/misused_word} or {@code spelling/letters};</li>
 *   <li>{@link #ownComing}: 못 오다 in an apology for the speaker's own not going (미안해. 아파서 오늘 밤에 못 와 → 못 가;
 *       {@code vocabulary/come_for_go}): 오다 is movement toward where the speaker is, 가다 toward another place,
 *       the listener's included (표준국어대사전 '오다' ① 움직여서 말하는 이가 있는 쪽으로 위치를 옮기다; '가다' ①;
 *       Yeon &amp; Brown 2019 on 가다/오다 and the speaker's viewpoint; Indonesian and English 'come' to the listener's
 *       place).</li>
 *   <li>{@link #alreadyForYet}: 벌써 with a negated past event in one clause (택배가 벌써 안 왔어요 → 아직;
 *       {@code vocabulary/already_for_yet}; session 38, s38d).</li>
 * </ul>
 * Precision first: an entry fires only where its lexical conditions hold in the learner's clause, and each entry leaves
 * out the senses in which the learner's word is right (시계가 5분 느려요, 이사했어요 of a home, 방학 마지막 주말).
 */
final class MisusedWords {

    static final String LOCATION = "evaluation/misused-words.json";
    static final String SUBTYPE = "vocabulary/misused_word";

    /** One misuse: the forms (wrong beginning → right beginning, longest first) and the conditions of the entry. */
    private record Entry(List<Map.Entry<String, String>> forms, ErrorCategory category, String subtype,
            List<String> clauseAny, List<String> answerAny, List<String> contextAny, List<String> unless,
            Pattern prev, Pattern next, boolean first, Set<String> skipFirst, boolean noObject, boolean statement,
            boolean noun, Map<String, String> meaning) {
    }

    private static final List<Entry> ENTRIES = new ArrayList<>();

    /** What may follow a noun form in its word besides a particle: the copula and 요. */
    private static final Set<String> COPULA = Set.of("", "요", "이요", "예요", "이에요", "입니다", "입니까", "이야", "이다",
            "인데", "인데요", "이죠", "이지", "이냐", "이니");

    static {
        JsonNode root = DataFiles.read(LOCATION);
        for (JsonNode e : root.path("entries")) {
            List<Map.Entry<String, String>> forms = new ArrayList<>();
            e.path("forms").properties().forEach(f -> forms.add(Map.entry(f.getKey(), f.getValue().asString())));
            forms.sort(Comparator.comparingInt((Map.Entry<String, String> f) -> -f.getKey().length()));
            boolean spelling = "spelling".equals(e.path("category").asString("vocabulary"));
            Map<String, String> meaning = new HashMap<>();
            e.path("meaning").properties().forEach(m -> meaning.put(m.getKey(), m.getValue().asString()));
            ENTRIES.add(new Entry(List.copyOf(forms), spelling ? ErrorCategory.SPELLING : ErrorCategory.VOCABULARY,
                    spelling ? "spelling/letters" : SUBTYPE, strings(e.path("clause_any")), strings(e.path("answer_any")),
                    strings(e.path("context_any")), strings(e.path("unless")), pattern(e.path("prev")),
                    pattern(e.path("next")), e.path("first").asBoolean(false), Set.copyOf(strings(e.path("skip_first"))),
                    e.path("no_object").asBoolean(false), e.path("statement").asBoolean(false),
                    e.path("noun").asBoolean(false), Map.copyOf(meaning)));
        }
    }

    private MisusedWords() {
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return List.copyOf(out);
    }

    private static Pattern pattern(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : Pattern.compile(node.asString());
    }

    /**
     * The misused words of the learner's answer.
     *
     * @param answer  the learner's answer as written
     * @param context the activity's description (English or Indonesian); may be null
     * @return findings on the learner's word as written → the right word with the learner's ending; empty when none
     */
    static List<Finding> find(String answer, String context) {
        List<Finding> out = new ArrayList<>();
        String ctx = context == null ? "" : context.toLowerCase(Locale.ROOT);
        for (Entry e : ENTRIES) {
            if (e.unless().stream().anyMatch(answer::contains)) {
                continue;
            }
            boolean inAnswer = e.answerAny().stream().anyMatch(answer::contains);
            boolean inContext = e.contextAny().stream().anyMatch(ctx::contains);
            if ((!e.answerAny().isEmpty() || !e.contextAny().isEmpty()) && !inAnswer && !inContext) {
                continue;
            }
            for (List<String> words : SpeechLevels.clauses(answer)) {
                String clause = String.join(" ", words);
                if (!e.clauseAny().isEmpty() && e.clauseAny().stream().noneMatch(clause::contains)) {
                    continue;
                }
                for (int i = 0; i < words.size(); i++) {
                    String fixed = corrected(e, words, i);
                    if (fixed != null && (!e.statement() || !question(answer, words))) {
                        out.add(new Finding(e.category(), words.get(i), fixed, e.subtype()));
                    }
                }
            }
        }
        out.addAll(ownComing(answer));
        out.addAll(alreadyForYet(answer));
        return out;
    }

    /** The word at {@code i} corrected by the entry, or null when it is none of its forms or a condition fails. */
    private static String corrected(Entry e, List<String> words, int i) {
        String w = words.get(i);
        for (Map.Entry<String, String> f : e.forms()) {
            if (!w.startsWith(f.getKey())) {
                continue;
            }
            String rest = w.substring(f.getKey().length());
            if (e.noun() && !COPULA.contains(rest) && Particles.of(rest).isEmpty()) {
                return null; // 역사, 역할: another noun that begins alike
            }
            if (e.prev() != null && (i == 0 || !e.prev().matcher(words.get(i - 1)).matches())) {
                return null;
            }
            if (e.next() != null && (i + 1 >= words.size() || !e.next().matcher(words.get(i + 1)).matches())) {
                return null;
            }
            if (e.first() && !(i == 0 || i == 1 && e.skipFirst().contains(words.getFirst()))) {
                return null;
            }
            if (e.noObject() && words.subList(0, i).stream().anyMatch(x -> x.length() > 1
                    && (x.endsWith("을") || x.endsWith("를")))) {
                return null; // 구멍을 메워요: 메우다 with its object
            }
            return f.getValue() + rest;
        }
        return null;
    }

    /** Whether the typed sentence holding these words ends in a question mark. */
    private static boolean question(String raw, List<String> words) {
        String joined = String.join(" ", words);
        int at = raw.indexOf(words.getLast(), Math.max(0, raw.indexOf(words.getFirst())));
        if (at < 0) {
            return false;
        }
        String after = raw.substring(at + words.getLast().length()).stripLeading();
        return !joined.isEmpty() && after.startsWith("?");
    }

    /**
     * The casual forms of 오다 after 못 and the forms of 가다 that replace them (와 → 가, 올 것 같아 → 갈). Polite and
     * formal forms and the past are left alone: 선생님, 어제 못 왔어요 and 수업에 못 와요 are said from the listener's
     * place, where the class is, and the development sets' writers accept them (session 36, s36c: six correct answers
     * failed by a wider first version).
     */
    private static final Map<String, String> COME_FORMS = Map.of("와", "가", "올", "갈");

    /** The speaker as the subject, which the clause may name (나, 내가, 저, 제가 …). */
    private static final Set<String> SPEAKER = Set.of("나", "내가", "나는", "난", "저", "제가", "저는", "전");

    /** Words of apology that make the clause the speaker's own excuse (미안해, 죄송합니다). */
    private static final Pattern APOLOGY = Pattern.compile(".*(미안|죄송).*");

    /**
     * 못 와 in the speaker's own excuse (미안해. 아파서 오늘 밤에 못 와 → 못 가): the answer apologises, the sentence is a
     * casual statement (와, 올 것 같아), and the clause before 못 names no one but the speaker (나, 내가, 저, 제가) — only time words, adverbs
     * and a clause of the reason (아파서, 바빠서) — so the one who does not come is the speaker, who goes (가다) to the
     * listener's place. 못 와 with another subject (동생이 못 와, 택배가 못 와) or asked (너 못 와?) is left alone, and so is
     * 못 올 without 것/거 after it.
     *
     * @param answer the learner's answer as written
     * @return {@code vocabulary/come_for_go} findings on the form of 오다 → the form of 가다; empty when none
     */
    static List<Finding> ownComing(String answer) {
        List<Finding> out = new ArrayList<>();
        if (!APOLOGY.matcher(answer).matches()) {
            return out;
        }
        for (List<String> words : SpeechLevels.clauses(answer)) {
            for (int i = 1; i < words.size(); i++) {
                String go = COME_FORMS.get(words.get(i));
                if (go == null || !words.get(i - 1).equals("못") || question(answer, words)
                        || words.get(i).equals("올") && (i + 1 >= words.size() || !words.get(i + 1).startsWith("것")
                                && !words.get(i + 1).startsWith("거"))) {
                    continue;
                }
                if (onlySpeakerBefore(words.subList(0, i - 1))) {
                    out.add(new Finding(ErrorCategory.VOCABULARY, words.get(i), go, "vocabulary/come_for_go"));
                }
            }
        }
        return out;
    }

    /** Whether the words before 못 are only the speaker, times, adverbs and verbal forms (a reason clause). */
    private static boolean onlySpeakerBefore(List<String> before) {
        if (before.isEmpty()) {
            return true;
        }
        List<Morphology.Word> read = SpeechLevels.analysed(String.join(" ", before));
        if (read.size() != before.size()) {
            return false;
        }
        for (int k = 0; k < before.size(); k++) {
            String w = before.get(k);
            Morphology.Word m = read.get(k);
            if (SPEAKER.contains(w) || APOLOGY.matcher(w).matches()) {
                continue;
            }
            boolean time = !m.morphemes().isEmpty() && ArgumentCheck.isTimeNoun(m.morphemes().getFirst().form())
                    && (m.morphemes().size() == 1 || m.morphemes().getLast().isParticle());
            boolean adverb = m.morphemes().size() == 1 && m.startsWith("MAG");
            // (아파서 last in the words read: Nori may tag its -아서 EF)
            boolean reason = m.verbal() && (m.endsWith("EC") || m.morphemes().getLast().form().endsWith("서"));
            if (!time && !adverb && !reason) {
                return false;
            }
        }
        return true;
    }

    /**
     * What the two words of an entry mean, in the instruction language, appended to the explanation.
     *
     * @param original   the learner's word
     * @param correction the corrected word
     * @param lang       ISO 639-1 instruction language; English when the entry has no text in it
     * @return the entry's meaning, or empty when no entry turns the original into the correction
     */
    static Optional<String> meaning(String original, String correction, String lang) {
        for (Entry e : ENTRIES) {
            for (Map.Entry<String, String> f : e.forms()) {
                if (original.startsWith(f.getKey()) && correction.startsWith(f.getValue())) {
                    return Optional.ofNullable(e.meaning().getOrDefault(lang, e.meaning().get("en")));
                }
            }
        }
        return Optional.empty();
    }

    static final String ALREADY_FOR_YET = "vocabulary/already_for_yet";

    /**
     * 벌써 'already' before a negated past event of its own clause (택배가 벌써 안 왔어요, 벌써 못 받았어요, 서류가 벌써
     * 도착하지 않았어요 → 아직): an event that has not happened is 'not yet', 아직 with the negation (표준국어대사전 '아직'
     * 「부사」 「1」 어떤 일이나 상태 또는 어떻게 되기까지 시간이 더 지나야 함을 나타내거나, 어떤 일이나 상태가 끝나지 아니하고
     * 지속되고 있음을 나타내는 말: 아직 안 왔다; '벌써' 「1」 예상보다 빠르게 어느새, 「2」 이미 오래전에; Yeon &amp; Brown
     * 2019 on 아직 with negation; Indonesian 'sudah'/'belum' and English 'already'/'yet' split the same way). Shapes: 벌써,
     * then only nouns with their particles, numbers and adverbs, then 안 or 못 and a verb in the past (-았/었-), or the
     * verb in -지 and 않았-/못했-. Left alone: a question (벌써 안 먹어?), a predicate between (벌써 일주일이 지났는데 안
     * 왔어요: 벌써 is the week's), a change of state or an adjective (벌써 안 아파요, 벌써 안 좋아졌어요: a new state
     * reached early is 벌써's own sense), the present (벌써 안 보여요), and a clause that already says 아직.
     *
     * @param answer the learner's answer as written
     * @return {@code vocabulary/already_for_yet} findings on 벌써 → 아직; empty when none
     */
    static List<Finding> alreadyForYet(String answer) {
        List<Finding> out = new ArrayList<>();
        for (List<String> words : SpeechLevels.clauses(answer)) {
            int at = words.indexOf(ALREADY);
            if (at < 0 || words.contains(YET) || question(answer, words)) {
                continue;
            }
            List<Morphology.Word> read = SpeechLevels.analysed(String.join(" ", words));
            if (read.size() != words.size()) {
                continue;
            }
            for (int k = at + 1; k < words.size(); k++) {
                String w = words.get(k);
                if ((w.equals("안") || w.equals("못")) && k + 1 < words.size()) {
                    if (pastEvent(read.get(k + 1))) {
                        out.add(new Finding(ErrorCategory.VOCABULARY, ALREADY, YET, ALREADY_FOR_YET));
                    }
                    break;
                }
                Morphology.Word m = read.get(k);
                if (m.verbal()) {
                    // 도착하지 않았어요, 받지 못했어요
                    if (w.endsWith("지") && k + 1 < words.size() && NEGATED_PAST.matcher(words.get(k + 1)).lookingAt()
                            && !m.has("VA", "VX")) {
                        out.add(new Finding(ErrorCategory.VOCABULARY, ALREADY, YET, ALREADY_FOR_YET));
                    }
                    break; // another predicate: 벌써 is its own clause's (벌써 일주일이 지났는데)
                }
            }
        }
        return out;
    }

    private static final String ALREADY = "벌써";
    private static final String YET = "아직";

    /** The past of the negating auxiliaries after -지 (않았어요, 않았습니다, 못했어요). */
    private static final Pattern NEGATED_PAST = Pattern.compile("(않았|못했)");

    /** A verb (not an adjective nor a change of state with 지다) in the past: 왔어요, 도착했어요, 받았는데. */
    private static boolean pastEvent(Morphology.Word w) {
        return w.verbal() && w.has("EP") && !w.has("VA", "VX", "VCP", "VCN")
                && w.morphemes().stream().anyMatch(m -> m.is("EP") && !m.form().equals("겠"));
    }
}
