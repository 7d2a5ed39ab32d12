package com.koto.evaluation.rules;

import com.koto.evaluation.text.Hangul;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The verb-frame lexicon {@code evaluation/verb-frames.json}: verbs whose sentence pattern is 「…을」
 * (the thing acted on takes 을/를) and verbs of going whose goal takes 「…에」, each entry with its
 * source (표준국어대사전 문형 정보; Yeon &amp; Brown 2019 on -아/어하다). Read by {@link ParticleFrames}
 * on the learner's own words; a line in the file extends it.
 *
 * <p>A verb word is looked up by its stem as Nori gives it: the first morpheme of a verb (자르 in 잘라),
 * a noun + 하다 verb as the noun + 하 (포장하 in 포장해), a feeling adjective + -아/어하다 as the
 * transitive verb it makes (좋 + 아 + 하 → 좋아하). Nori sometimes adds a final consonant to a stem it
 * splits (주세요 → 줏, 가자 → 갈): a stem that differs only so, where the written word starts with the
 * lexicon's stem, is the same verb.
 */
final class VerbFrames {

    static final String LOCATION = "evaluation/verb-frames.json";

    /** Where a verb of the object list is judged: every frame, or only in a request (열어 주세요). */
    enum Scope { ANY, REQUEST }

    private static final Map<String, Scope> OBJECT = new HashMap<>();
    private static final Set<String> MOTION = new HashSet<>();
    private static final Set<String> INTRANSITIVE = new HashSet<>();
    private static final Set<String> LEAVING = new HashSet<>();
    private static final Set<String> GOAL = new HashSet<>();
    /** Object verbs whose subject is always a person ('agent': true): a thing with 이/가 before them is the object. */
    private static final Set<String> AGENT = new HashSet<>();
    /** Nouns an object verb's homonym takes as its subject (배가 부르다 'full'): never read as the object. */
    private static final Map<String, Set<String>> NOT_THINGS = new HashMap<>();
    /** The {@code arguments} section as read, for {@link GovernedArguments}' roles (one parse of the file). */
    static final JsonNode ARGUMENTS;

    static {
        JsonNode root = DataFiles.read(LOCATION);
        ARGUMENTS = root.path("arguments");
        for (JsonNode e : root.path("object")) {
            boolean request = false;
            for (JsonNode f : e.path("frames")) {
                request |= f.asString().equals("request");
            }
            OBJECT.put(e.path("stem").asString(), request ? Scope.REQUEST : Scope.ANY);
            if (e.path("agent").asBoolean(false)) {
                AGENT.add(e.path("stem").asString());
            }
            Set<String> notThings = new HashSet<>();
            e.path("not_things").forEach(n -> notThings.add(n.asString()));
            if (!notThings.isEmpty()) {
                NOT_THINGS.put(e.path("stem").asString(), Set.copyOf(notThings));
            }
        }
        for (JsonNode e : root.path("motion")) {
            MOTION.add(e.path("stem").asString());
        }
        for (JsonNode e : root.path("goal")) {
            GOAL.add(e.path("stem").asString());
        }
        for (JsonNode e : root.path("intransitive")) {
            INTRANSITIVE.add(e.path("stem").asString());
            if (e.path("leaving").asBoolean(false)) {
                LEAVING.add(e.path("stem").asString());
            }
        }
    }

    private VerbFrames() {
    }

    /**
     * The stem of a verb word as the lexicon writes it, or empty for a word that is no verb.
     *
     * @param w one analysed word
     * @return 자르, 포장하, 좋아하 …; {@code ""} for nouns and copulas
     */
    static String stem(Morphology.Word w) {
        List<Morphology.Morpheme> m = w.morphemes();
        if (m.isEmpty()) {
            return "";
        }
        Morphology.Morpheme first = m.getFirst();
        if (first.is("VA") && m.size() > 2 && m.get(1).is("EC") && m.get(2).is("VX") && m.get(2).form().equals("하")) {
            // 좋아해요 = 좋 + 아 + 하: -아/어하다 makes the feeling adjective a transitive verb
            return first.form() + (m.get(1).form().contains("어") ? "어하" : "아하");
        }
        if (first.is("VV", "VA", "VX")) {
            return first.form();
        }
        if (first.tag().startsWith("NN") && m.size() > 1 && m.get(1).is("XSV")) {
            return first.form() + "하";
        }
        return "";
    }

    /** Whether the word is a verb of the object list usable in this frame. */
    static boolean takesObject(Morphology.Word w, boolean request) {
        if (adjectiveHomonym(w)) {
            return false;
        }
        for (Map.Entry<String, Scope> e : OBJECT.entrySet()) {
            if ((request || e.getValue() == Scope.ANY) && same(w, e.getKey())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the word is a verb of the object list whose subject is always a person ('agent' in the file: 잃어버리다,
     * 먹다, 부르다, 예약하다 …; session 34, s34a): a thing with 이/가 before it in any statement is its object
     * (방 열쇠가 잃어버려요 → 열쇠를). Not its passive in -아/어지다 (써져요, 불러져요), which Nori reads as the verb
     * with the auxiliary 지다, nor an adjective Nori gives the same stem (싸다 'cheap', 적다 'few', 바르다 'upright').
     */
    static boolean agentive(Morphology.Word w) {
        return !adjectiveHomonym(w) && !passive(w) && AGENT.stream().anyMatch(s -> same(w, s));
    }

    /** Whether the noun is the subject of a homonym of the verb (배 of 배가 부르다 'full'), never its object. */
    static boolean notThing(Morphology.Word w, String noun) {
        return NOT_THINGS.getOrDefault(stem(w), Set.of()).contains(noun);
    }

    /**
     * -아/어지다 on the verb (써져요: 쓰 + 어 + 지), or a noun + 되다 (주문됐어요: Nori's 주문 + 되/XSV, which {@link #stem}
     * reads as 주문하): a passive, whose thing is its subject.
     */
    static boolean passive(Morphology.Word w) {
        List<Morphology.Morpheme> m = w.morphemes();
        if (m.size() > 1 && m.getFirst().tag().startsWith("NN") && m.get(1).is("XSV") && !m.get(1).form().equals("하")) {
            return true;
        }
        String surface = w.surface();
        if (m.size() > 1 && m.getFirst().tag().startsWith("NN") && surface.length() > m.getFirst().form().length()
                && "되돼됐된될됩".indexOf(surface.charAt(m.getFirst().form().length())) >= 0) {
            return true;
        }
        for (int k = 1; k + 1 < m.size(); k++) {
            if (m.get(k).is("EC") && m.get(k + 1).is("VX") && m.get(k + 1).form().equals("지")) {
                return true;
            }
        }
        return false;
    }

    /** An adjective (VA) given a verb's stem (싸 of 싸다 'cheap', 적 of 적다 'few'), not -아/어하다 (좋아하). */
    private static boolean adjectiveHomonym(Morphology.Word w) {
        List<Morphology.Morpheme> m = w.morphemes();
        return !m.isEmpty() && m.getFirst().is("VA") && !(m.size() > 2 && m.get(2).is("VX") && m.get(2).form().equals("하"));
    }

    /**
     * One field of an entry of the {@code arguments} section (session 34, s34a: placement, existence, deadline, cause,
     * persons, good_for), as a set of strings; empty when the role or the field is absent.
     */
    static Set<String> argument(String role, String field) {
        Set<String> out = new HashSet<>();
        for (JsonNode e : ARGUMENTS) {
            if (e.path("role").asString().equals(role)) {
                e.path(field).forEach(n -> out.add(n.asString()));
            }
        }
        return Set.copyOf(out);
    }

    /** Whether the word is a verb of going (가다, 오다, 다니다 …). */
    static boolean motion(Morphology.Word w) {
        return MOTION.stream().anyMatch(s -> same(w, s));
    }

    /**
     * Whether the word is an intransitive verb of the lexicon, whose thing is its subject (나오다, 나다,
     * 생기다; 표준국어대사전 「…이」). A noun + verb that Nori splits (고장/NNG 나/VV) is read as one stem.
     *
     * @param surface the word as written: its first syllable must be the stem's (Nori reads 내서 as 나 + 아서)
     * @param w       the analysed word
     */
    static boolean intransitive(String surface, Morphology.Word w) {
        String stem = intransitiveStem(w);
        boolean listed = INTRANSITIVE.contains(stem) || INTRANSITIVE.stream().anyMatch(s -> same(w, s));
        // the written word starts with the stem's first syllable (내서 read as 나 + 아서 is 내다, not 나다)
        return listed && !stem.isEmpty() && !surface.isEmpty() && surface.charAt(0) == stem.charAt(0);
    }

    /**
     * As {@link #intransitive(String, Morphology.Word)}, also where the written first syllable is the open stem
     * syllable with the past -았/었- contracted into it (났는데 of 나다, 생겼어요 is read by the first test): 나 + 았 is
     * written 났 (한글 맞춤법 제34항, 준말), while 내다's 냈 keeps its own vowel and is not read as 나다.
     */
    static boolean intransitiveAsWritten(String surface, Morphology.Word w) {
        if (intransitive(surface, w)) {
            return true;
        }
        String stem = intransitiveStem(w);
        if (stem.isEmpty() || surface.isEmpty() || !INTRANSITIVE.contains(stem) && INTRANSITIVE.stream().noneMatch(s -> same(w, s))) {
            return false;
        }
        char open = stem.charAt(0);
        char written = surface.charAt(0);
        return stem.length() == 1 && Hangul.isSyllable(open) && Hangul.isSyllable(written) && !Hangul.hasFinal(open)
                && Hangul.withoutFinal(written) == open && Hangul.finalIndex(written) == Hangul.finalIndex('았');
    }

    /** Whether the verb takes its place or event in 「…에」 only (앉다, 도착하다, 참석하다; the 'goal' section). */
    static boolean goalOnly(Morphology.Word w) {
        return GOAL.contains(stem(w)) || GOAL.stream().anyMatch(s -> same(w, s));
    }

    /** Whether the intransitive verb may also take the place one leaves as its object (집을 나오다). */
    static boolean leaving(Morphology.Word w) {
        return LEAVING.contains(intransitiveStem(w)) || LEAVING.stream().anyMatch(s -> same(w, s));
    }

    private static String intransitiveStem(Morphology.Word w) {
        List<Morphology.Morpheme> m = w.morphemes();
        if (m.size() > 1 && m.getFirst().is("NNG") && m.get(1).is("VV")) {
            return m.getFirst().form() + m.get(1).form(); // 고장 + 나
        }
        return w.morphemes().isEmpty() || !w.startsWith("VV") ? "" : stem(w);
    }

    /** Number of entries (object, motion, intransitive and goal verbs, and the agentive object verbs), for documentation and tests. */
    static int[] sizes() {
        return new int[] {OBJECT.size(), MOTION.size(), INTRANSITIVE.size(), GOAL.size(), AGENT.size()};
    }

    private static boolean same(Morphology.Word w, String lexical) {
        String stem = stem(w);
        if (stem.equals(lexical)) {
            return true;
        }
        // Nori's 줏 for 주(세요), 갈 for 가(자): one final consonant added to the last syllable
        String surface = w.surface();
        if (stem.length() != lexical.length() || stem.isEmpty() || !surface.startsWith(lexical)
                || !w.morphemes().getFirst().is("VV")) {
            return false;
        }
        int last = stem.length() - 1;
        return stem.substring(0, last).equals(lexical.substring(0, last))
                && Hangul.isSyllable(stem.charAt(last)) && Hangul.hasFinal(stem.charAt(last))
                && !Hangul.hasFinal(lexical.charAt(last))
                && Hangul.withoutFinal(stem.charAt(last)) == lexical.charAt(last);
    }
}
