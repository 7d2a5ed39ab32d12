package com.koto.evaluation.bench;

import com.koto.evaluation.EvaluationRequest;
import com.koto.evaluation.Register;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * The evaluation development set ({@code src/test/resources/evaluation/devset.jsonl}): one learner
 * answer per line with the activity's accepted answers and the gold judgement.
 */
public final class DevSet {

    /** Classpath location of the development set. */
    public static final String DEV = "evaluation/devset.jsonl";

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /**
     * One gold item.
     *
     * @param id         {@code <activity>-<nn>}
     * @param domain     cafe, airport, introduction, directions, shopping
     * @param register   the activity's register
     * @param expected   the accepted answers as a teacher would write them
     * @param answer     the learner's answer
     * @param passed     gold pass/fail
     * @param categories gold error categories (wire names); notes such as spacing on a pass included
     * @param note       why, for a reader
     */
    public record Item(String id, String domain, String register, List<String> expected, String answer,
            boolean passed, Set<String> categories, String note) {

        /** The request an activity would send for this answer. */
        public EvaluationRequest request(String instructionLang) {
            return new EvaluationRequest(expected, List.of(), answer, instructionLang, Register.fromWire(register),
                    "devset/" + id.substring(0, id.lastIndexOf('-')));
        }
    }

    private DevSet() {
    }

    /** Reads a JSONL gold file from the classpath. */
    public static List<Item> load(String classpathLocation) {
        try (InputStream in = DevSet.class.getClassLoader().getResourceAsStream(classpathLocation)) {
            if (in == null) {
                throw new IllegalStateException("not on the classpath: " + classpathLocation);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank())
                    .map(line -> MAPPER.readValue(line, Item.class))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
