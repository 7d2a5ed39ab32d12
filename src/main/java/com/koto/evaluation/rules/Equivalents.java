package com.koto.evaluation.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The curated equivalence lexicon ({@code src/main/resources/evaluation/equivalents.json}): groups
 * of words and phrases a teacher accepts for one another (쭉/똑바로, 좀/조금만, 주세요/부탁드려요,
 * 포장해 주세요/가져갈게요 …), each group with its source (the file's {@code sources}: 한국어기초사전,
 * 표준국어대사전, Yeon &amp; Brown 2019, 표준 언어 예절). Data, not code: a line in the file extends it.
 *
 * <p>Use: before an answer is compared with an accepted answer, each form of a group that the
 * learner wrote and the accepted answer does not contain is replaced by the group's form that the
 * accepted answer does contain ({@link #rewrite}). A one-word form matches at the start of a word
 * when the rest of the word is empty or a particle (한국말을 → 한국어를, with the particle re-formed
 * for the new word); a phrase matches at the start of a word, or anywhere when it starts with a
 * particle (시까지 해야 돼요 → 시까지예요).
 */
final class Equivalents {

    /** Classpath location of the lexicon. */
    static final String LOCATION = "evaluation/equivalents.json";

    private static final List<List<String>> GROUPS = load();

    /** The activity nouns of the file's {@code activity_nouns} (등산, 여행, 쇼핑 …). */
    private static final java.util.Set<String> ACTIVITY_NOUNS = loadActivityNouns();

    /** Copula endings that may follow a one-word form (무엇입니까 → 뭐입니까). */
    private static final java.util.Set<String> COPULA = java.util.Set.of("입니까", "입니다", "이에요", "예요", "이요", "요",
            "이야", "야");

    private Equivalents() {
    }

    private static java.util.Set<String> loadActivityNouns() {
        java.util.Set<String> nouns = new java.util.HashSet<>();
        DataFiles.read(LOCATION).path("activity_nouns").path("nouns")
                .forEach(n -> nouns.add(n.asString()));
        return java.util.Set.copyOf(nouns);
    }

    /**
     * Whether a noun is one of the lexicon's activity nouns, whose verb is N하다 or N(을/를) 가다 alike (여행,
     * 등산, 출장 …; file section {@code activity_nouns}, 한국어기초사전 collocations 여행을 가다).
     */
    static boolean activityNoun(String noun) {
        return ACTIVITY_NOUNS.contains(noun);
    }

    private static List<List<String>> load() {
        JsonNode root = DataFiles.read(LOCATION);
        List<List<String>> groups = new ArrayList<>();
        for (JsonNode group : root.path("groups")) {
            List<String> forms = new ArrayList<>();
            group.path("forms").forEach(f -> forms.add(f.asString()));
            // longest first, so 가지고 갈게요 is tried before 갈게요-like shorter forms
            forms.sort(Comparator.comparingInt(String::length).reversed());
            groups.add(List.copyOf(forms));
        }
        for (JsonNode noun : root.path("activity_nouns").path("nouns")) {
            groups.addAll(activityGroups(noun.asString()));
        }
        // the longest phrase first across groups (계산 부탁드려요 before 부탁드려요 alone), as within a group
        groups.sort(Comparator.comparingInt((List<String> g) -> g.getFirst().length()).reversed());
        return List.copyOf(groups);
    }

    /**
     * The groups of one activity noun (file section {@code activity_nouns}): N하다, N 가다, N하러 가다
     * and N을/를 가다 in the endings the lessons use, longest first.
     */
    static List<List<String>> activityGroups(String noun) {
        String object = noun + Particles.of("을").orElseThrow().formAfter(noun);
        String[][] endings = {{"할", "갈"}, {"해요", "가요"}, {"했어요", "갔어요"}, {"합니다", "갑니다"}, {"하려고", "가려고"}};
        List<List<String>> out = new ArrayList<>();
        for (String[] e : endings) {
            List<String> forms = new ArrayList<>(List.of(noun + "하러 " + e[1], object + " " + e[1], noun + " " + e[1],
                    noun + e[0]));
            forms.sort(Comparator.comparingInt(String::length).reversed());
            out.add(List.copyOf(forms));
        }
        return out;
    }

    /** Number of groups, for documentation and tests. */
    static int size() {
        return GROUPS.size();
    }

    /**
     * The learner's normalised answer with every equivalent form the accepted answer spells
     * differently replaced by the accepted answer's form; the answer itself when nothing applies.
     */
    static String rewrite(String answer, String accepted) {
        // constructions first: the request group below would otherwise read 부탁합니다 as 주세요 alone
        String result = Constructions.rewrite(answer, accepted);
        for (Target t : targets(accepted)) {
            for (String form : t.forms()) {
                if (levelTwinAccepted(form, accepted)) {
                    continue;
                }
                int at = find(result, form);
                if (at >= 0) {
                    result = replace(result, at, form, t.target());
                    break;
                }
            }
        }
        return result;
    }

    /**
     * Whether the accepted answer holds the form's 합쇼체 twin (주시겠어요 ↔ 주시겠습니까, 부탁해요 ↔ 부탁합니다): the
     * learner's word then already stands for an accepted word, one speech level apart, which the sentence check
     * accepts where both fit (해요체 for 합쇼체; 표준 언어 예절 2011, 상대 높임법; Yeon &amp; Brown 2019, on the
     * polite and formal styles). Rewriting it to the group's other request (주십시오) would move it onto another
     * word of the accepted answer and report a span that is no word of the learner's.
     */
    static boolean levelTwinAccepted(String form, String accepted) {
        String stem;
        if (form.endsWith("겠어요")) {
            stem = form.substring(0, form.length() - 2) + "습니";
        } else if (form.endsWith("해요")) {
            stem = form.substring(0, form.length() - 2) + "합니";
        } else {
            return false;
        }
        return find(accepted, stem + "까") >= 0 || find(accepted, stem + "다") >= 0;
    }

    /**
     * One group as it applies to one accepted answer.
     *
     * @param target the group's form the accepted answer contains
     * @param forms  the group's other forms, which the accepted answer does not contain, longest first
     */
    private record Target(String target, List<String> forms) {
    }

    private static final int MAX_CACHED_ACCEPTED = 20_000;
    /** The groups that apply to an accepted answer, computed once per accepted text (an activity's answers recur). */
    private static final java.util.Map<String, List<Target>> TARGETS = new java.util.concurrent.ConcurrentHashMap<>();

    private static List<Target> targets(String accepted) {
        List<Target> cached = TARGETS.get(accepted);
        if (cached != null) {
            return cached;
        }
        List<Target> out = new ArrayList<>();
        for (List<String> group : GROUPS) {
            String target = null;
            List<String> others = new ArrayList<>();
            for (String form : group) {
                if (find(accepted, form) >= 0) {
                    if (target == null) {
                        target = form;
                    }
                } else {
                    others.add(form);
                }
            }
            if (target != null && !others.isEmpty()) {
                out.add(new Target(target, List.copyOf(others)));
            }
        }
        List<Target> result = List.copyOf(out);
        if (TARGETS.size() >= MAX_CACHED_ACCEPTED) {
            TARGETS.clear();
        }
        TARGETS.put(accepted, result);
        return result;
    }

    /** Where a form occurs in a text as described in the class comment; -1 when it does not. */
    static int find(String text, String form) {
        boolean particleFirst = Particles.isParticle(form.split(" ")[0]) || form.startsWith("까지");
        int from = 0;
        while (true) {
            int at = text.indexOf(form, from);
            if (at < 0) {
                return -1;
            }
            boolean start = at == 0 || text.charAt(at - 1) == ' ' || particleFirst;
            int end = at + form.length();
            int wordEnd = text.indexOf(' ', end);
            String rest = text.substring(end, wordEnd < 0 ? text.length() : wordEnd);
            if (start && (rest.isEmpty() || Particles.isParticle(rest) || COPULA.contains(rest))) {
                return at;
            }
            from = at + 1;
        }
    }

    /**
     * Words that take no 에 of time: the question adverb 언제 (표준국어대사전 '언제' 「부사」; its examples never add
     * 에), so a time phrase with 에 rewritten into it drops the particle (몇 시에 만나요 = 언제 만나요).
     */
    private static final java.util.Set<String> NO_TIME_PARTICLE = java.util.Set.of("언제");

    private static String replace(String text, int at, String form, String target) {
        int end = at + form.length();
        int wordEnd = text.indexOf(' ', end);
        String rest = text.substring(end, wordEnd < 0 ? text.length() : wordEnd);
        String particle = rest;
        if (!rest.isEmpty()) {
            // re-form the particle for the new word when the learner's was right for the old one
            if (COPULA.contains(rest)) {
                return text.substring(0, at) + target + com.koto.evaluation.text.Hangul.copulaAfter(target, rest)
                        + (wordEnd < 0 ? "" : text.substring(wordEnd));
            }
            Particles.Particle p = Particles.of(rest).orElseThrow();
            if (!p.formAfter(form).equals(rest)) {
                return text; // the learner's particle is wrong for their own word: leave it to be reported
            }
            particle = p.formAfter(target);
            if (particle.equals("에") && NO_TIME_PARTICLE.contains(target)) {
                particle = ""; // 몇 시에 → 언제, not 언제에 (session 12)
            }
        }
        return text.substring(0, at) + target + particle + (wordEnd < 0 ? "" : text.substring(wordEnd));
    }
}
