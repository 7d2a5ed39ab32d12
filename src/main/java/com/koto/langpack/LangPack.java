package com.koto.langpack;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A language pack (e.g. {@code ko-id}): Korean taught through one instruction language.
 * Immutable; the JSON shape is {@code lang-packs/lang-pack.schema.json}.
 *
 * @param code                 {@code ko-xx}
 * @param name                 display name in the instruction language
 * @param instructionLang      ISO 639-1 code of the learner's language
 * @param targetLang           always {@code ko} for now
 * @param version              semantic version of the pack content
 * @param feedbackTemplates    key → template with {@code {placeholder}}s (good_job, grammar_error, …)
 * @param categoryExplanations error category wire name → explanation template ({@code {original}}, {@code {correction}})
 * @param errorPatterns        typical errors of this L1 group
 * @param prompts              key → template (welcome, lesson_complete, …)
 */
public record LangPack(
        String code,
        String name,
        String instructionLang,
        String targetLang,
        String version,
        Map<String, String> feedbackTemplates,
        Map<String, String> categoryExplanations,
        List<ErrorPattern> errorPatterns,
        Map<String, String> prompts) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");

    public LangPack {
        // insertion order is kept: a pack written back (console edits, export) keeps its file's key order
        feedbackTemplates = ordered(feedbackTemplates);
        categoryExplanations = ordered(categoryExplanations);
        errorPatterns = List.copyOf(errorPatterns);
        prompts = ordered(prompts);
    }

    private static Map<String, String> ordered(Map<String, String> map) {
        Map<String, String> copy = new LinkedHashMap<>(map);
        copy.forEach((k, v) -> Objects.requireNonNull(v, k));
        return Collections.unmodifiableMap(copy);
    }

    /**
     * Renders a feedback template.
     *
     * @param key    e.g. {@code grammar_error}
     * @param params placeholder values; a placeholder without a value is left as written
     * @return the rendered text, or the key itself when the pack has no such template
     */
    public String feedback(String key, Map<String, String> params) {
        return render(feedbackTemplates.getOrDefault(key, key), params);
    }

    /** Renders a prompt template (welcome, lesson_complete, …); same rules as {@link #feedback}. */
    public String prompt(String key, Map<String, String> params) {
        return render(prompts.getOrDefault(key, key), params);
    }

    /**
     * The explanation for an error category, rendered with {@code original} and {@code correction}.
     * When the pack has error patterns for this category and the particle involved, the pattern
     * with the highest emphasis supplies the explanation (the teacher's L1-specific text wins).
     *
     * @param category   wire name, e.g. {@code particle_allomorph}
     * @param original   the learner's span
     * @param correction the corrected span
     */
    public String explain(String category, String original, String correction) {
        Optional<ErrorPattern> pattern = patternFor(category, original, correction);
        if (pattern.isPresent()) {
            return pattern.get().explanation();
        }
        String template = categoryExplanations.getOrDefault(category, category);
        return render(template, Map.of("original", nullToEmpty(original), "correction", nullToEmpty(correction)));
    }

    /**
     * The most emphasised error pattern of a category whose particles occur at the end of the
     * original or corrected span; empty when none matches. Patterns with a subtype are matched
     * by subtype only ({@link #patternForSubtype}).
     */
    public Optional<ErrorPattern> patternFor(String category, String original, String correction) {
        return errorPatterns.stream()
                .filter(p -> p.category().equals(category))
                .filter(p -> p.subtype() == null)
                .filter(p -> p.particles().stream().anyMatch(
                        particle -> endsWith(original, particle) || endsWith(correction, particle)))
                .max(Comparator.comparingInt(ErrorPattern::emphasis));
    }

    /**
     * The most emphasised error pattern written for an evaluator subtype
     * ({@code particle_allomorph/object}); empty when none is.
     */
    public Optional<ErrorPattern> patternForSubtype(String subtype) {
        if (subtype == null) {
            return Optional.empty();
        }
        return errorPatterns.stream().filter(p -> subtype.equals(p.subtype()))
                .max(Comparator.comparingInt(ErrorPattern::emphasis));
    }

    /**
     * The explanation template of one subtype ({@code category_explanations["particle_allomorph/object"]});
     * empty when the pack has none.
     */
    public Optional<String> subtypeExplanation(String subtype) {
        return subtype == null ? Optional.empty() : Optional.ofNullable(categoryExplanations.get(subtype));
    }

    /**
     * Replaces {@code {name}} placeholders.
     *
     * @param template text with placeholders of the form {@code {[a-z_]+}}
     * @param params   values; missing ones leave the placeholder as written
     */
    public static String render(String template, Map<String, String> params) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder(template.length() + 32);
        while (m.find()) {
            String value = params.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value != null ? value : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static boolean endsWith(String text, String particle) {
        return text != null && !particle.isEmpty() && text.strip().endsWith(particle);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
