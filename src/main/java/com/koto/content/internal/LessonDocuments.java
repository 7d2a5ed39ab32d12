package com.koto.content.internal;

import com.koto.content.LessonDocument;
import com.koto.content.LessonProblem;
import com.koto.content.LessonRules;
import com.koto.platform.InvalidDocumentException;
import com.koto.platform.JsonSchemaDocument;
import java.nio.charset.StandardCharsets;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes lesson files ({@code koto.lesson/v1}): JSON Schema validation
 * ({@code content/lesson.schema.json}) plus {@link LessonRules}. Thread-safe; usable without Spring.
 */
public final class LessonDocuments {

    /** Classpath location of the lesson schema. */
    public static final String SCHEMA = "content/lesson.schema.json";

    private static final JsonMapper MAPPER = JsonSchemaDocument.MAPPER;

    private final JsonSchemaDocument schema = JsonSchemaDocument.load(SCHEMA);

    /**
     * Parses and validates a lesson file.
     *
     * @param json UTF-8 JSON
     * @throws InvalidDocumentException listing every problem (JSON syntax, schema, lesson rules)
     */
    public LessonDocument read(byte[] json) {
        Inspection inspection = inspect(json);
        if (!inspection.errors().isEmpty()) {
            throw new InvalidDocumentException(inspection.document() == null
                    ? "The lesson file is not valid JSON" : "The lesson file does not match " + SCHEMA,
                    inspection.errors());
        }
        if (!inspection.problems().isEmpty()) {
            throw new InvalidDocumentException("The lesson '" + inspection.document().slug() + "' breaks lesson rules",
                    inspection.problems().stream().map(LessonProblem::message).toList());
        }
        return inspection.document();
    }

    /**
     * What is wrong with a lesson file, without throwing: for import reports.
     *
     * @param json UTF-8 JSON
     * @return the document (when the JSON parses and maps), schema/syntax errors and rule problems
     */
    public Inspection inspect(byte[] json) {
        JsonNode node;
        try {
            node = MAPPER.readTree(new String(json, StandardCharsets.UTF_8));
        } catch (JacksonException e) {
            return new Inspection(null, List.of(e.getOriginalMessage()), List.of());
        }
        if (node == null || !node.isObject()) {
            return new Inspection(null, List.of("The file does not contain a JSON object."), List.of());
        }
        List<String> violations = schema.violations(node);
        LessonDocument lesson;
        try {
            lesson = MAPPER.treeToValue(node, LessonDocument.class);
        } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
            return new Inspection(null, violations.isEmpty() ? List.of(String.valueOf(e.getMessage())) : violations,
                    List.of());
        }
        if (!violations.isEmpty()) {
            return new Inspection(lesson, violations, List.of());
        }
        return new Inspection(lesson, List.of(), LessonRules.check(lesson));
    }

    /**
     * The result of {@link #inspect}.
     *
     * @param document the lesson, {@code null} when the file is not a lesson at all
     * @param errors   JSON syntax or schema violations (with JSON paths), in English
     * @param problems lesson rule problems (checked only when the schema holds)
     */
    public record Inspection(LessonDocument document, List<String> errors, List<LessonProblem> problems) {

        /** Whether the file can be imported. */
        public boolean valid() {
            return document != null && errors.isEmpty() && problems.isEmpty();
        }
    }

    /**
     * Writes a lesson file: UTF-8, two-space indentation, keys in format order, final newline.
     *
     * @return the bytes
     */
    public byte[] write(LessonDocument lesson) {
        return JsonSchemaDocument.pretty(lesson);
    }

    /**
     * The lesson rules beyond the schema ({@link LessonRules}), as English sentences.
     *
     * @return human sentences, each naming the stage/activity; empty when the lesson is sound
     */
    public static List<String> ruleViolations(LessonDocument lesson) {
        return LessonRules.check(lesson).stream().map(LessonProblem::message).toList();
    }

    /**
     * Schema violations of a lesson as it would be written to a file (a safety net behind
     * {@link LessonRules}, which states the same constraints in teachers' words).
     */
    public List<String> schemaViolations(LessonDocument lesson) {
        return schema.violations(MAPPER.readTree(new String(write(lesson), StandardCharsets.UTF_8)));
    }
}
