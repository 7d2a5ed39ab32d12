package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The contrast lexicon (section {@code contrasts} of {@code src/main/resources/evaluation/equivalents.json}):
 * pairs of words a learner may take for one another that a teacher always corrects, because they
 * mean different things — antonyms (크다/작다, 싸다/비싸다; 한국어기초사전's 반대말) and pairs a
 * first language merges (더/다시 for Indonesian <i>lagi</i>, 창가/창문, 얼마/몇; Yeon &amp; Brown
 * 2019 on question words). Data, not code: a line in the file extends it.
 *
 * <p>Without it, a different content word is only a possible paraphrase and does not fail the
 * answer ({@link Certainty}); with it, the substitution is a certain {@code vocabulary/contrast} error.
 */
final class Contrasts {

    /** A word in Latin letters. */
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]+");

    private static final List<List<List<String>>> PAIRS = new ArrayList<>();
    /** Per pair, the words that begin like a side but are other dictionary words (얼마나 for 얼마-). */
    private static final List<java.util.Set<String>> EXCEPT = new ArrayList<>();
    private static final java.util.regex.Pattern WORD_BREAKS = java.util.regex.Pattern.compile("[\\s.,!?]+");
    /** Per pair, the words of the learner's answer that make its second side right ({@code second_side_unless}). */
    private static final List<List<String>> SECOND_UNLESS = new ArrayList<>();
    /** Per pair, whether its sides are two poles of one gradable adjective ({@code scale}). */
    private static final List<Boolean> SCALE = new ArrayList<>();
    /** Per pair, whether its first side is judged only in a sentence about later ({@code later_only}). */
    private static final List<Boolean> LATER_ONLY = new ArrayList<>();

    static {
        load();
    }
    /** Per class, its category as the lexicon names it (지명 > 국가, 장소 …), in the order of {@link #CLASSES}. */
    private static final List<String> CATEGORIES = new ArrayList<>();
    /** Per class, per member, its forms (a member's synonyms and spellings, split on '/' once). */
    private static final List<List<List<String>>> CLASSES = loadClasses();

    /**
     * Whether the noun is a member of a class whose category starts with {@code category} (지명 for the countries and the
     * cities, 장소 for the places in town).
     */
    static boolean inCategory(String noun, String category) {
        for (int k = 0; k < CLASSES.size(); k++) {
            if (CATEGORIES.get(k).startsWith(category) && member(noun, CLASSES.get(k))) {
                return true;
            }
        }
        return false;
    }

    private Contrasts() {
    }

    private static List<List<List<String>>> loadClasses() {
        List<List<List<String>>> classes = new ArrayList<>();
        for (JsonNode c : DataFiles.read(Equivalents.LOCATION).path("classes")) {
            List<List<String>> members = new ArrayList<>();
            c.path("members").forEach(m -> members.add(List.of(m.asString().split("/"))));
            classes.add(List.copyOf(members));
            CATEGORIES.add(c.path("category").asString(""));
        }
        return List.copyOf(classes);
    }

    private static void load() {
        JsonNode root = DataFiles.read(Equivalents.LOCATION);
        for (JsonNode contrast : root.path("contrasts")) {
            List<List<String>> sides = new ArrayList<>();
            for (JsonNode side : contrast.path("sides")) {
                List<String> forms = new ArrayList<>();
                side.forEach(f -> forms.add(f.asString()));
                sides.add(List.copyOf(forms));
            }
            if (sides.size() == 2) {
                PAIRS.add(List.copyOf(sides));
                java.util.Set<String> except = new java.util.HashSet<>();
                contrast.path("except").forEach(f -> except.add(f.asString()));
                EXCEPT.add(java.util.Set.copyOf(except));
                List<String> unless = new ArrayList<>();
                contrast.path("second_side_unless").forEach(f -> unless.add(f.asString()));
                SECOND_UNLESS.add(List.copyOf(unless));
                SCALE.add(contrast.path("scale").asBoolean(false));
                LATER_ONLY.add(contrast.path("later_only").asBoolean(false));
            }
        }
    }

    /**
     * Whether two different nouns are members of one closed class of the lexicon (section
     * {@code classes}: drinks on a café menu, means of payment, days of the week …): a teacher
     * corrects one for the other, because the task asked for that thing and not another.
     */
    static boolean sameClass(String learner, String accepted) {
        if (learner.equals(accepted)) {
            return false;
        }
        for (List<List<String>> members : CLASSES) {
            if (member(learner, members) && member(accepted, members)
                    && members.stream().noneMatch(m -> m.contains(learner) && m.contains(accepted))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether two nouns are members of closed classes and of no class together (화장실, a place, for
     * 아메리카노, a drink): another kind of thing than the task asks for, a wrong word the rules can name.
     */
    static boolean otherClass(String learner, String accepted) {
        if (learner.equals(accepted)) {
            return false;
        }
        boolean learnerMember = false;
        boolean acceptedMember = false;
        for (List<List<String>> members : CLASSES) {
            boolean l = member(learner, members);
            boolean a = member(accepted, members);
            if (l && a) {
                return false;
            }
            learnerMember |= l;
            acceptedMember |= a;
        }
        return learnerMember && acceptedMember;
    }

    private static boolean member(String noun, List<List<String>> members) {
        return members.stream().anyMatch(m -> m.contains(noun));
    }

    /** Number of contrast pairs, for documentation and tests. */
    static int size() {
        return PAIRS.size();
    }

    /**
     * Whether the learner's span uses one side of a contrast where the accepted span uses the other
     * (and the accepted span does not contain the learner's side itself).
     */
    static boolean contrast(String learner, String accepted) {
        for (int p = 0; p < PAIRS.size(); p++) {
            List<List<String>> pair = PAIRS.get(p);
            java.util.Set<String> except = EXCEPT.get(p);
            for (int side = 0; side < 2; side++) {
                List<String> mine = pair.get(side);
                List<String> other = pair.get(1 - side);
                if (has(learner, mine, except) && has(accepted, other, except) && !has(accepted, mine, except)
                        && !has(learner, other, except)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a {@code vocabulary/contrast} finding is excused by the learner's own words: its span uses
     * the second side of a pair whose {@code second_side_unless} words stand in the answer (바람이 차가워요
     * beside an accepted 날씨가 추워요: a cold wind is 차갑다, 한국어기초사전 '차갑다' 「1」). Such a finding is
     * not decisive: the answer is left to the model, or passes with the model answer shown (precision first).
     *
     * @param f      a finding (any category; only {@code vocabulary/contrast} can be excused)
     * @param answer the learner's normalised answer
     * @return true when the finding must not fail the answer
     */
    static boolean excused(Finding f, String answer) {
        if (!"vocabulary/contrast".equals(Subtypes.of(f)) || f.original() == null || f.correction() == null) {
            return false;
        }
        List<String> words = List.of(WORD_BREAKS.split(answer));
        for (int p = 0; p < PAIRS.size(); p++) {
            List<String> unless = SECOND_UNLESS.get(p);
            if (unless.isEmpty()) {
                continue;
            }
            List<List<String>> pair = PAIRS.get(p);
            if (has(f.original(), pair.get(1), EXCEPT.get(p)) && has(f.correction(), pair.get(0), EXCEPT.get(p))
                    && words.stream().anyMatch(w -> unless.stream().anyMatch(w::startsWith))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a {@code vocabulary/contrast} finding pairs two words the learner both uses, in another order
     * than the accepted answer (창문이 안 닫혀요. 계속 열려 있어서 … read against 창문이 열려 있는데 안 닫혀요:
     * 열려 is aligned with 닫혀요). A learner who writes both sides of the pair, each where the accepted
     * answer also has it, has not taken one for the other (한국어기초사전's 반대말 are two words, both known
     * here); the pairing is an artefact of the order of clauses, which Korean leaves free between a reason
     * and a statement (Yeon &amp; Brown 2019, -아/어서 and -는데 clauses). Conditions: one word on each side;
     * the correction stands as a word of the learner's answer, and the learner's word as a word of the
     * accepted answer. Such a finding is not decisive (precision first; a swapped pair, 큰 것 말고 작은 것
     * for 작은 것 말고 큰 것, is left to the model too).
     *
     * @param f        a finding (any category; only {@code vocabulary/contrast} can be excused)
     * @param answer   the learner's normalised answer
     * @param accepted the accepted answer it was compared with
     * @return true when the finding must not fail the answer
     */
    static boolean reordered(Finding f, String answer, String accepted) {
        if (!"vocabulary/contrast".equals(Subtypes.of(f)) || f.original() == null || f.correction() == null) {
            return false;
        }
        String o = f.original().strip();
        String c = f.correction().strip();
        if (o.isEmpty() || c.isEmpty() || o.contains(" ") || c.contains(" ")) {
            return false;
        }
        List<String> mine = List.of(WORD_BREAKS.split(answer));
        List<String> theirs = List.of(WORD_BREAKS.split(accepted));
        return mine.contains(c) && theirs.contains(o);
    }

    /**
     * Whether a {@code vocabulary/contrast} finding is one pole of a scale asked for the other in a yes/no
     * question (우체국이 여기서 가까워요? read against 여기서 멀어요?): a yes/no question (판정 의문문,
     * 표준국어대사전: 긍정이나 부정의 대답을 요구하는 의문문) on one pole of a gradable adjective asks where the
     * thing lies on that scale, as the question on the other pole does (한국어기초사전 반대말 of the pair,
     * {@code scale} in the lexicon); the answer to one answers the other. Such a finding is not decisive.
     * Conditions: the pair is marked {@code scale}; the learner's word ends its sentence before a question
     * mark in the answer as typed, with no question word in that sentence (얼마나 멀어요 asks a distance); the
     * accepted word is a sentence-final form too (멀어요, 멉니까), not a modifier: 더 작은 사이즈 있어요? for
     * 더 큰 사이즈 asks for another thing, and a statement (여기서 가까워요.) states the opposite; both keep
     * the finding.
     *
     * @param f       a finding (any category; only {@code vocabulary/contrast} can be excused)
     * @param asTyped the answer as typed (sentence marks kept), or null when unknown
     */
    static boolean eitherPole(Finding f, String asTyped) {
        if (asTyped == null || !"vocabulary/contrast".equals(Subtypes.of(f)) || f.original() == null
                || f.correction() == null) {
            return false;
        }
        String o = f.original().strip();
        String c = f.correction().strip();
        if (o.isEmpty() || o.contains(" ") || c.isEmpty() || c.contains(" ") || !sentenceFinal(c)) {
            return false;
        }
        boolean scale = false;
        for (int p = 0; p < PAIRS.size() && !scale; p++) {
            List<List<String>> pair = PAIRS.get(p);
            java.util.Set<String> except = EXCEPT.get(p);
            scale = SCALE.get(p) && (has(o, pair.get(0), except) && has(c, pair.get(1), except)
                    || has(o, pair.get(1), except) && has(c, pair.get(0), except));
        }
        if (!scale) {
            return false;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(^|[\\s,])" + java.util.regex.Pattern.quote(o)
                + "\\s*\\?").matcher(asTyped);
        if (!m.find()) {
            return false;
        }
        String before = asTyped.substring(0, m.start());
        int from = Math.max(Math.max(before.lastIndexOf('.'), before.lastIndexOf('?')), before.lastIndexOf('!')) + 1;
        for (String word : WORD_BREAKS.split(before.substring(from).strip())) {
            if (!word.isEmpty() && Certainty.questionWord(word)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a {@code vocabulary/contrast} finding of a pair marked {@code later_only} (지난/이번, session 13)
     * is left to the model: the pair is a certain error only one way, the learner's first side (지난 토요일에)
     * where the accepted answer has the second (이번 토요일에), and only in a sentence about later, which
     * proposes, requests, wishes or plans ({@link LaterSentences#aboutLater}: 지난 토요일에 같이 영화 볼래?).
     * In a sentence about the past, 지난 주말 and 이번 주말 may name the same weekend (지난 주말에 뭐 했어? for
     * 이번 주말에 뭐 했어?), and 이번 for 지난 is never judged; such a finding is not decisive.
     *
     * @param f       a finding (any category; only {@code vocabulary/contrast} can be left)
     * @param asTyped the answer as typed (sentence marks kept), or null when unknown
     * @return true when the finding must not fail the answer
     */
    static boolean notAboutLater(Finding f, String asTyped) {
        if (!"vocabulary/contrast".equals(Subtypes.of(f)) || f.original() == null || f.correction() == null) {
            return false;
        }
        for (int p = 0; p < PAIRS.size(); p++) {
            if (!LATER_ONLY.get(p)) {
                continue;
            }
            List<List<String>> pair = PAIRS.get(p);
            java.util.Set<String> except = EXCEPT.get(p);
            boolean forward = has(f.original(), pair.get(0), except) && has(f.correction(), pair.get(1), except);
            boolean backward = has(f.original(), pair.get(1), except) && has(f.correction(), pair.get(0), except);
            if (backward || forward && !LaterSentences.aboutLater(asTyped, f.original().strip().split(" ")[0])) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word ends in a sentence-final ending (Nori EF, or the polite 요 Nori may tag EC, or -까). */
    private static boolean sentenceFinal(String word) {
        if (word.endsWith("요") || word.endsWith("까")) {
            return true;
        }
        List<Morphology.Word> words = Morphology.analyse(word);
        return words.size() == 1 && !words.getFirst().morphemes().isEmpty()
                && words.getFirst().morphemes().getLast().is("EF");
    }

    /**
     * A vocabulary finding of a known contrast, relabelled {@code vocabulary/contrast}; of two members
     * of one class ({@link #sameClass}), relabelled {@code vocabulary/other_item}; others unchanged.
     */
    /**
     * A time word the learner writes as one word where the accepted answer has two (지난주에 for 다음 주에,
     * 지난달에 for 다음 달에): 표준국어대사전 lists 지난주, 지난달, 지난해 as one word each, while 다음 주 and
     * 다음 달 are written apart (한글 맞춤법 제2항, each word apart). The comparison then aligns the learner's
     * word with the accepted word's tail (지난주에 → 주에) and reads the accepted head as left out (가 → 가
     * 다음). Where the learner word's head and the accepted head are the two sides of a contrast, the two
     * findings are one: the word replaced (지난주에 → 다음 주에), which {@link #mark} then names (session 15).
     *
     * @param findings the comparison's findings
     * @param accepted the normalised accepted answer compared with
     * @return the findings, the split ones joined
     */
    static List<Finding> closedCompounds(List<Finding> findings, String accepted) {
        List<String> words = List.of(accepted.split(" "));
        List<Finding> out = new ArrayList<>(findings);
        for (int i = 0; i < out.size(); i++) {
            Finding f = out.get(i);
            if (f.category() != ErrorCategory.VOCABULARY || f.original() == null || f.correction() == null) {
                continue;
            }
            String o = f.original().strip();
            String c = f.correction().strip();
            int k = words.indexOf(c);
            if (o.contains(" ") || c.isEmpty() || c.contains(" ") || o.length() <= c.length() || !o.endsWith(c)
                    || k < 1 || !contrast(o.substring(0, o.length() - c.length()), words.get(k - 1))) {
                continue;
            }
            String head = words.get(k - 1);
            out.set(i, new Finding(ErrorCategory.VOCABULARY, o, head + " " + c, null));
            out.removeIf(g -> g.category() == ErrorCategory.INCOMPLETE && g.original() != null && g.correction() != null
                    && g.correction().strip().equals(g.original().strip() + " " + head));
            i = -1; // once joined, read again from the start (at most once per word: the joined span contains a space)
        }
        return out;
    }

    static Finding mark(Finding f) {
        if (f.category() == ErrorCategory.SPELLING && f.original() != null && f.correction() != null
                && !f.original().strip().contains(" ") && !f.correction().strip().contains(" ")
                && contrast(f.original().strip(), f.correction().strip())) {
            // 팔게 for 살게: one letter apart, but both are words, and a contrast (session 9, eval14c)
            return new Finding(ErrorCategory.VOCABULARY, f.original().strip(), f.correction().strip(), "vocabulary/contrast");
        }
        if (f.category() == ErrorCategory.VOCABULARY && f.original() != null && f.correction() != null
                && !Subtypes.of(f).startsWith("counter/")) {
            if (contrast(f.original(), f.correction())) {
                // located on the words that differ (서 주세요 → 세워 주세요 is 서 → 세워)
                String[] span = Spacing.trimCommonWords(f.original(), f.correction());
                return new Finding(ErrorCategory.VOCABULARY, span[0], withLearnersParticle(span[0], span[1]),
                        "vocabulary/contrast");
            }
            if (otherMember(f.original(), f.correction()) && !Certainty.hyponym(f.original().strip(), f.correction().strip())
                    && !Certainty.hyponym(f.correction().strip(), f.original().strip())
                    && !generalWord(f.original(), f.correction()) && !generalWord(f.correction(), f.original())) {
                return f.as("vocabulary/other_item");
            }
        }
        return f;
    }

    /**
     * The corrected word with the learner's own particle where the accepted answer's word carries another one (어느
     * 입구가 더 가까워요 → 출구가, not the accepted 출구로 of another wording: session 37, s37b): the contrast is the
     * noun, and the learner's case particle fits the learner's own predicate. Only one word each side, both with a
     * particle, the two nouns differing; the particle is re-formed for the new noun (입구를 → 출구를).
     */
    static String withLearnersParticle(String original, String correction) {
        if (original.contains(" ") || correction.contains(" ")) {
            return correction;
        }
        String[] learner = ArgumentCheck.stemAndParticle(original);
        String[] right = ArgumentCheck.stemAndParticle(correction);
        if (learner[1].isEmpty() || right[1].isEmpty() || learner[1].equals(right[1]) || right[0].isEmpty()
                || learner[0].equals(right[0]) || !contrast(learner[0], right[0])) {
            return correction;
        }
        String particle = Particles.of(learner[1]).map(p -> p.formAfter(right[0])).orElse(learner[1]);
        return right[0] + particle;
    }

    /**
     * The general words of a class and the members each one names (표준국어대사전 '신발': 발에 신고 걷는 데
     * 쓰는 물건 — 구두, 운동화 …; '옷'; '음료'; '기차', session 9: 기차로 for KTX): the general word names the thing the member names, so it is
     * no other member (이 신발 굽 for 구두 굽). Two members (운동화 for 구두) stay other items.
     */
    private static final java.util.Map<String, java.util.Set<String>> GENERAL = java.util.Map.of(
            "신발", java.util.Set.of("구두", "운동화", "샌들", "부츠", "슬리퍼", "하이힐"),
            "옷", java.util.Set.of("바지", "청바지", "치마", "셔츠", "티셔츠", "블라우스", "원피스", "재킷", "자켓", "코트", "스웨터", "점퍼"),
            "음료", java.util.Set.of("커피", "차", "주스", "콜라", "사이다", "우유"),
            // 표준국어대사전 '기차': 기관차에 여객차나 화물차를 연결하여 궤도 위를 운행하는 차량 — KTX, 열차 …
            "기차", java.util.Set.of("KTX", "ktx", "SRT", "ITX", "열차", "새마을호", "무궁화호"));

    /** Whether the first noun of {@code general} is the general word of the first noun of {@code member}. */
    static boolean generalWord(String general, String member) {
        String g = Certainty.nounRun(general.strip().split(" ")[0]);
        String first = member.strip().split(" ")[0];
        String m = Certainty.nounRun(first);
        if (m.isEmpty() && LATIN_WORD.matcher(first).matches()) {
            m = first; // KTX: Nori reads Latin letters as a foreign word (SL), no noun run
        }
        java.util.Set<String> named = GENERAL.get(g);
        return named != null && named.contains(m);
    }

    /**
     * Whether the learner's span has a member of a class where the accepted span has another member
     * of it, and neither span has the other's member (a compound naming a kind of the accepted
     * thing, 인천공항 for 공항, is not another member).
     */
    static boolean otherMember(String learner, String accepted) {
        if (CLASSES.isEmpty() || learner.isBlank() || accepted.isBlank()) {
            return false;
        }
        String[] lw = SPACES.split(learner.strip());
        String[] aw = SPACES.split(accepted.strip());
        String[] ln = nouns(lw);
        String[] an = nouns(aw);
        for (int k = 0; k < CLASSES.size(); k++) {
            List<List<String>> members = CLASSES.get(k);
            java.util.Set<Integer> mine = members(lw, ln, members);
            java.util.Set<Integer> theirs = members(aw, an, members);
            if (!mine.isEmpty() && !theirs.isEmpty() && java.util.Collections.disjoint(mine, theirs)) {
                return true;
            }
        }
        return false;
    }

    /** The nouns each word starts with ({@link Certainty#nounRun}), computed once for all classes. */
    private static String[] nouns(String[] words) {
        String[] out = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            out[i] = Certainty.nounRun(words[i]);
        }
        return out;
    }

    /** The indexes of the class members among these words (a noun by the nouns it starts with). */
    private static java.util.Set<Integer> members(String[] words, String[] nouns, List<List<String>> members) {
        java.util.Set<Integer> out = new java.util.HashSet<>();
        for (int w = 0; w < words.length; w++) {
            String word = words[w];
            String noun = nouns[w];
            for (int i = 0; i < members.size(); i++) {
                for (String form : members.get(i)) {
                    if (form.endsWith("-")) {
                        if (word.startsWith(form.substring(0, form.length() - 1))) {
                            out.add(i);
                        }
                        continue;
                    }
                    if (!word.startsWith(form)) {
                        continue; // cheap test before the analysis
                    }
                    if (noun.equals(form) || word.equals(form)) {
                        out.add(i);
                    }
                }
                // a compound headed by a member names a kind of it (공항버스 is a 버스): Korean compounds are head-final
                for (String form : members.get(i)) {
                    if (form.endsWith("-") || form.length() < 2) {
                        continue;
                    }
                    if (noun.length() > form.length() && noun.endsWith(form)) {
                        out.add(i);
                    }
                }
            }
        }
        return out;
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private static boolean has(String text, List<String> forms, java.util.Set<String> except) {
        // a compiled pattern: String.split with a regex compiles it on every call (≈ 5 % of a turn's allocation)
        for (String word : SPACES.split(text)) {
            if (except.contains(word)) {
                continue;
            }
            for (String form : forms) {
                if (form.endsWith("-") ? word.startsWith(form.substring(0, form.length() - 1)) : word.equals(form)) {
                    return true;
                }
            }
        }
        return false;
    }
}
