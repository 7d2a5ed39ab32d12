package com.koto.langpack;

import com.koto.langpack.PackProblem.Code;
import com.koto.langpack.internal.LangPackDocuments;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rules of a language pack in teachers' words: required texts, the {@code {placeholders}} each
 * template may use (read from {@code lang-packs/lang-pack.schema.json}, the single source), balanced
 * braces, and sound error patterns. Blocking problems keep a pack from being saved; warnings (an
 * available placeholder the text does not show) do not. Thread-safe.
 */
public final class LangPackRules {

    /** A Korean language-pack code (ko-xx). */
    private static final Pattern KOREAN_PACK_CODE = Pattern.compile("^ko-[a-z]{2}$");
    /** A word of Hangul syllables only. */
    private static final Pattern HANGUL_WORD = Pattern.compile("^[가-힣]+$");

    /** Template sections of a pack, in file order. */
    public static final List<String> SECTIONS = List.of("feedback_templates", "category_explanations", "prompts");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");
    private static final Pattern ALLOWED = Pattern.compile("\\\\\\{\\(\\?:([a-z_|]+)\\)\\\\}");
    private static final Pattern SEMVER = Pattern.compile(
            "^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)(?:-[0-9A-Za-z.-]+)?$");
    private static final Pattern HANGUL = Pattern.compile("[가-힣]");
    private static final Pattern ID = Pattern.compile("^[a-z0-9-]{1,80}$");

    /** Section → key → allowed placeholders (empty set: plain text), in schema order; only the required keys. */
    private static final Map<String, Map<String, Set<String>>> TEMPLATES = readSchema();

    /** Section → key pattern → allowed placeholders, from the schema's {@code patternProperties} (subtype keys). */
    private static final Map<String, Map<Pattern, Set<String>>> KEY_PATTERNS = readKeyPatterns();

    private LangPackRules() {
    }

    /** The required keys of a section with their allowed placeholders, in schema order. */
    public static Map<String, Set<String>> requiredKeys(String section) {
        return TEMPLATES.getOrDefault(section, Map.of());
    }

    /**
     * The placeholders a template may use; for keys the schema does not list (a teacher's own
     * extra feedback or prompt keys) any {@code [a-z_]+} placeholder is accepted: empty Optional.
     */
    public static Optional<Set<String>> allowedPlaceholders(String section, String key) {
        Set<String> required = requiredKeys(section).get(key);
        if (required != null) {
            return Optional.of(required);
        }
        return KEY_PATTERNS.getOrDefault(section, Map.of()).entrySet().stream()
                .filter(e -> e.getKey().matcher(key).matches()).map(Map.Entry::getValue).findFirst();
    }

    /** The placeholders a text uses, in order of appearance. */
    public static Set<String> placeholders(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(text == null ? "" : text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** Every problem of a pack, blocking ones and warnings. */
    public static List<PackProblem> check(LangPack pack) {
        List<PackProblem> problems = new ArrayList<>();
        if (pack.name() == null || pack.name().isBlank()) {
            problems.add(new PackProblem(Code.NAME_EMPTY, "name", null, true));
        }
        if (pack.version() == null || !SEMVER.matcher(pack.version()).matches()) {
            problems.add(new PackProblem(Code.VERSION_INVALID, "version", List.of(String.valueOf(pack.version())), true));
        }
        if (pack.code() == null || !pack.code().equals("ko-" + pack.instructionLang())
                || !KOREAN_PACK_CODE.matcher(pack.code()).matches()) {
            problems.add(new PackProblem(Code.CODE_INVALID, "code", null, true));
        }
        problems.addAll(section("feedback_templates", pack.feedbackTemplates()));
        problems.addAll(section("category_explanations", pack.categoryExplanations()));
        problems.addAll(section("prompts", pack.prompts()));
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < pack.errorPatterns().size(); i++) {
            problems.addAll(pattern(pack.errorPatterns().get(i), i, ids));
        }
        return problems;
    }

    /** The problems of one template text. */
    public static List<PackProblem> template(String section, String key, String text) {
        List<PackProblem> problems = new ArrayList<>();
        String path = section + "." + key;
        if (text == null || text.isBlank()) {
            problems.add(new PackProblem(Code.TEMPLATE_EMPTY, path, null, true));
            return problems;
        }
        String stripped = PLACEHOLDER.matcher(text).replaceAll("");
        if (stripped.contains("{") || stripped.contains("}")) {
            problems.add(new PackProblem(Code.BRACES_UNBALANCED, path, null, true));
        }
        Optional<Set<String>> allowed = allowedPlaceholders(section, key);
        Set<String> used = placeholders(text);
        if (allowed.isPresent()) {
            String list = allowed.get().isEmpty() ? "—" : String.join(", ", allowed.get().stream().map(p -> "{" + p + "}").toList());
            for (String name : used) {
                if (!allowed.get().contains(name)) {
                    problems.add(new PackProblem(Code.PLACEHOLDER_UNKNOWN, path, List.of(name, list), true));
                }
            }
            // subtype keys (category_explanations["particle_allomorph/object"]) may use any of theirs
            boolean required = requiredKeys(section).containsKey(key);
            for (String name : required ? allowed.get() : Set.<String>of()) {
                if (!used.contains(name)) {
                    problems.add(new PackProblem(Code.PLACEHOLDER_UNUSED, path, List.of(name), false));
                }
            }
        }
        return problems;
    }

    /**
     * The problems of one error pattern on its own.
     *
     * @param otherIds the ids of the pack's other patterns
     */
    public static List<PackProblem> errorPattern(ErrorPattern pattern, Set<String> otherIds) {
        return pattern(pattern, 0, new HashSet<>(otherIds));
    }

    private static List<PackProblem> section(String section, Map<String, String> texts) {
        List<PackProblem> problems = new ArrayList<>();
        for (String key : requiredKeys(section).keySet()) {
            if (!texts.containsKey(key)) {
                problems.add(new PackProblem(Code.TEMPLATE_MISSING, section + "." + key, null, true));
            }
        }
        texts.forEach((key, text) -> problems.addAll(template(section, key, text)));
        return problems;
    }

    private static List<PackProblem> pattern(ErrorPattern p, int index, Set<String> ids) {
        List<PackProblem> problems = new ArrayList<>();
        String path = "error_patterns." + (p.id() == null || p.id().isBlank() ? "#" + (index + 1) : p.id());
        if (p.id() == null || !ID.matcher(p.id()).matches()) {
            problems.add(new PackProblem(Code.PATTERN_ID_INVALID, path + ".id", null, true));
        } else if (!ids.add(p.id())) {
            problems.add(new PackProblem(Code.PATTERN_ID_DUPLICATE, path + ".id", List.of(p.id()), true));
        }
        for (String particle : p.particles()) {
            if (!HANGUL_WORD.matcher(particle).matches()) {
                problems.add(new PackProblem(Code.PATTERN_PARTICLE_INVALID, path + ".particles", List.of(particle), true));
            }
        }
        if (p.title() == null || p.title().isBlank()) {
            problems.add(new PackProblem(Code.PATTERN_TITLE_EMPTY, path + ".title", null, true));
        }
        if (p.explanation() == null || p.explanation().isBlank()) {
            problems.add(new PackProblem(Code.TEMPLATE_EMPTY, path + ".explanation", null, true));
        } else if (p.explanation().contains("{") || p.explanation().contains("}")) {
            problems.add(new PackProblem(Code.PATTERN_EXPLANATION_BRACES, path + ".explanation", null, true));
        }
        if (p.exampleWrong() == null || !HANGUL.matcher(p.exampleWrong()).find()) {
            problems.add(new PackProblem(Code.PATTERN_EXAMPLE_NOT_KOREAN, path + ".example_wrong", null, true));
        }
        if (p.exampleRight() == null || !HANGUL.matcher(p.exampleRight()).find()) {
            problems.add(new PackProblem(Code.PATTERN_EXAMPLE_NOT_KOREAN, path + ".example_right", null, true));
        }
        if (p.exampleWrong() != null && p.exampleWrong().strip().equals(p.exampleRight() == null ? null
                : p.exampleRight().strip())) {
            problems.add(new PackProblem(Code.PATTERN_EXAMPLES_EQUAL, path + ".example_right", null, true));
        }
        if (p.emphasis() < 1 || p.emphasis() > 3) {
            problems.add(new PackProblem(Code.PATTERN_EMPHASIS, path + ".emphasis", null, true));
        }
        return problems;
    }

    private static Map<String, Map<Pattern, Set<String>>> readKeyPatterns() {
        JsonNode schema = schemaTree();
        Map<String, Map<Pattern, Set<String>>> sections = new LinkedHashMap<>();
        for (String section : SECTIONS) {
            Map<Pattern, Set<String>> keys = new LinkedHashMap<>();
            JsonNode patterns = schema.path("properties").path(section).path("patternProperties");
            for (String regex : patterns.propertyNames()) {
                keys.put(Pattern.compile(regex), allowed(patterns.path(regex)));
            }
            sections.put(section, Collections.unmodifiableMap(keys));
        }
        return Collections.unmodifiableMap(sections);
    }

    private static Set<String> allowed(JsonNode property) {
        Set<String> allowed = new LinkedHashSet<>();
        for (JsonNode part : property.path("allOf")) {
            Matcher m = ALLOWED.matcher(part.path("pattern").asString(""));
            if (m.find()) {
                allowed.addAll(List.of(m.group(1).split("\\|")));
            }
        }
        return Collections.unmodifiableSet(allowed);
    }

    private static JsonNode schemaTree() {
        try (InputStream in = new ClassPathResource(LangPackDocuments.SCHEMA).getInputStream()) {
            return JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + LangPackDocuments.SCHEMA, e);
        }
    }

    private static Map<String, Map<String, Set<String>>> readSchema() {
        JsonNode schema;
        try (InputStream in = new ClassPathResource(LangPackDocuments.SCHEMA).getInputStream()) {
            schema = JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + LangPackDocuments.SCHEMA, e);
        }
        Map<String, Map<String, Set<String>>> sections = new LinkedHashMap<>();
        for (String section : SECTIONS) {
            JsonNode node = schema.path("properties").path(section);
            Map<String, Set<String>> keys = new LinkedHashMap<>();
            for (JsonNode required : node.path("required")) {
                String key = required.asString();
                Set<String> allowed = new LinkedHashSet<>();
                for (JsonNode part : node.path("properties").path(key).path("allOf")) {
                    Matcher m = ALLOWED.matcher(part.path("pattern").asString(""));
                    if (m.find()) {
                        allowed.addAll(List.of(m.group(1).split("\\|")));
                    }
                }
                keys.put(key, Collections.unmodifiableSet(allowed));
            }
            sections.put(section, Collections.unmodifiableMap(keys));
        }
        return Collections.unmodifiableMap(sections);
    }
}
