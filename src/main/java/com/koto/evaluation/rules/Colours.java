package com.koto.evaluation.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The colour words of {@code src/main/resources/evaluation/colours.json} (session 38, s38d), one list for the classes
 * that read colours: {@link TaskColours} (another colour than the task's), {@link Certainty} (a colour noun left out
 * before its noun joins that noun), {@link FrameRoles} (a colour between a place and the object: 버스 검은색 지갑을) and
 * {@link ModifiersAfterHead} (우산 검은색을 → 검은색 우산을). Each colour has its English and Indonesian names, its
 * nouns (검은색, 검정색, 까만색, 블랙, 검정) and its adnominal forms (검은, 까만); the file also lists the nouns of material
 * that describe a noun as a colour does (가죽 가방). Sources: 표준국어대사전 and 한국어기초사전, each colour's headwords.
 */
final class Colours {

    static final String LOCATION = "evaluation/colours.json";

    /**
     * One colour.
     *
     * @param nouns     its nouns, the usual one first (검은색, 검정색 …)
     * @param modifiers its adnominal forms, the one a correction uses first (검은, 까만); may be empty
     * @param names     its English and Indonesian names as whole words
     */
    record Colour(List<String> nouns, List<String> modifiers, Pattern names) {

        /** The nouns, then the adnominal forms: the order a word is matched in (검은색 before 검은). */
        List<String> forms() {
            List<String> out = new ArrayList<>(nouns);
            out.addAll(modifiers);
            return out;
        }

        /** The adnominal form a correction uses (검은), or null when the colour has none (갈색). */
        String modifier() {
            return modifiers.isEmpty() ? null : modifiers.getFirst();
        }
    }

    /** The colours of the file, in its order. */
    static final List<Colour> ALL;
    private static final Set<String> NOUNS = new HashSet<>();
    private static final Set<String> MODIFIERS = new HashSet<>();
    private static final Set<String> MATERIALS = new HashSet<>();

    static {
        JsonNode root = DataFiles.read(LOCATION);
        List<Colour> colours = new ArrayList<>();
        for (JsonNode c : root.path("colours")) {
            List<String> nouns = new ArrayList<>();
            c.path("nouns").forEach(n -> nouns.add(n.asString()));
            List<String> modifiers = new ArrayList<>();
            c.path("modifiers").forEach(n -> modifiers.add(n.asString()));
            colours.add(new Colour(List.copyOf(nouns), List.copyOf(modifiers),
                    Pattern.compile("\\b(" + c.path("names").asString() + ")\\b")));
            NOUNS.addAll(nouns);
            MODIFIERS.addAll(modifiers);
        }
        ALL = List.copyOf(colours);
        root.path("materials").forEach(n -> MATERIALS.add(n.asString()));
    }

    private Colours() {
    }

    /** Whether the word is a colour noun of the file (검은색, 검정, 빨강, 하늘색), without particles. */
    static boolean noun(String word) {
        return NOUNS.contains(word);
    }

    /**
     * Whether the word is a colour noun or a noun of material (가죽, 종이), the nouns that describe the noun after them
     * (검은색 우산, 가죽 가방).
     */
    static boolean describing(String word) {
        return NOUNS.contains(word) || MATERIALS.contains(word);
    }

    /**
     * Whether the word, without particles, names a colour: a colour noun, an adnominal form, or a noun in -색 with 깔
     * (검은색깔: 표준국어대사전 '색깔' = 빛깔).
     */
    static boolean word(String word) {
        return NOUNS.contains(word) || MODIFIERS.contains(word)
                || word.endsWith("색깔") && NOUNS.contains(word.substring(0, word.length() - 1));
    }
}
