package com.koto.content;

import com.koto.platform.InvalidDocumentException;
import com.koto.platform.JsonSchemaDocument;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes lesson files ({@code koto.lesson/v1}): JSON Schema validation
 * ({@code content/lesson.schema.json}) plus the rules a schema cannot state (unique keys, exactly
 * one correct option, Korean answers contain Hangul, patterns compile). Thread-safe; usable
 * without Spring.
 */
public final class LessonDocuments {

    /** Classpath location of the lesson schema. */
    public static final String SCHEMA = "content/lesson.schema.json";

    private static final Pattern HANGUL = Pattern.compile("[\\uAC00-\\uD7A3\\u1100-\\u11FF\\u3130-\\u318F]");

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(
            Separators.createDefaultInstance()
                    .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
            .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"))
            .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));

    private final JsonSchemaDocument schema = JsonSchemaDocument.load(SCHEMA);

    /**
     * Parses and validates a lesson file.
     *
     * @param json UTF-8 JSON
     * @throws InvalidDocumentException listing every problem (JSON syntax, schema, lesson rules)
     */
    public LessonDocument read(byte[] json) {
        JsonNode node;
        try {
            node = MAPPER.readTree(new String(json, StandardCharsets.UTF_8));
        } catch (JacksonException e) {
            throw new InvalidDocumentException("The lesson file is not valid JSON", List.of(e.getOriginalMessage()));
        }
        List<String> violations = schema.violations(node);
        if (!violations.isEmpty()) {
            throw new InvalidDocumentException("The lesson file does not match " + SCHEMA, violations);
        }
        LessonDocument lesson = MAPPER.treeToValue(node, LessonDocument.class);
        List<String> problems = ruleViolations(lesson);
        if (!problems.isEmpty()) {
            throw new InvalidDocumentException("The lesson '" + lesson.slug() + "' breaks lesson rules", problems);
        }
        return lesson;
    }

    /**
     * Writes a lesson file: UTF-8, two-space indentation, keys in format order, final newline.
     *
     * @return the bytes
     */
    public byte[] write(LessonDocument lesson) {
        String text = MAPPER.writer().with(PRETTY).writeValueAsString(lesson);
        return (text + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Compact JSON for storage (also used for the draft rows' JSON columns). */
    static String compact(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    /** Parses a JSON column written by {@link #compact}. */
    static <T> T parse(String json, Class<T> type) {
        return MAPPER.readValue(json, type);
    }

    /** Parses a JSON column written by {@link #compact}, for generic types. */
    static <T> T parse(String json, TypeReference<T> type) {
        return MAPPER.readValue(json, type);
    }

    /**
     * The lesson rules beyond the schema.
     *
     * @return human sentences, each naming the stage/activity; empty when the lesson is sound
     */
    public static List<String> ruleViolations(LessonDocument lesson) {
        List<String> problems = new ArrayList<>();
        Set<String> stageKeys = new HashSet<>();
        Set<String> activityKeys = new HashSet<>();
        for (StageDocument stage : lesson.stages()) {
            if (!stageKeys.add(stage.key())) {
                problems.add("Stage key '" + stage.key() + "' is used twice.");
            }
            if (stage.activities().isEmpty()) {
                problems.add("Stage '" + stage.key() + "' has no activities.");
            }
            for (ActivityDocument activity : stage.activities()) {
                String where = "Activity '" + activity.key() + "' (stage '" + stage.key() + "')";
                if (!activityKeys.add(activity.key())) {
                    problems.add(where + ": the key is used twice in this lesson.");
                }
                activityProblems(lesson, activity, where, problems);
            }
        }
        return problems;
    }

    private static void activityProblems(LessonDocument lesson, ActivityDocument activity, String where,
            List<String> problems) {
        if (!HANGUL.matcher(activity.tutorLine()).find()) {
            problems.add(where + ": the tutor line must be Korean (contain Hangul).");
        }
        switch (activity.type()) {
            case "choice" -> {
                long correct = activity.options().stream().filter(ActivityDocument.OptionDocument::correct).count();
                if (activity.options().size() < 2) {
                    problems.add(where + ": a choice needs at least two options.");
                }
                if (correct != 1) {
                    problems.add(where + ": a choice needs exactly one correct option, it has " + correct + ".");
                }
            }
            default -> {
                if (activity.acceptedAnswers().isEmpty()) {
                    problems.add(where + ": a " + activity.type() + " activity needs at least one accepted answer.");
                }
            }
        }
        Set<String> seen = new HashSet<>();
        for (String answer : activity.acceptedAnswers()) {
            if (!HANGUL.matcher(answer).find()) {
                problems.add(where + ": the accepted answer '" + answer + "' contains no Hangul.");
            }
            if (!seen.add(answer.strip())) {
                problems.add(where + ": the accepted answer '" + answer + "' is listed twice.");
            }
        }
        for (String pattern : activity.patterns()) {
            try {
                Pattern.compile(pattern);
            } catch (PatternSyntaxException e) {
                problems.add(where + ": the pattern '" + pattern + "' is not a valid regular expression.");
            }
        }
        for (String lang : lesson.instructionLangs()) {
            if (activity.instruction() == null || !activity.instruction().containsKey(lang)) {
                problems.add(where + ": the instruction in '" + lang + "' is missing.");
            }
        }
    }
}
