package com.koto.evaluation.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The evaluator's data files under {@code src/main/resources/evaluation/} (verb frames, confusables, misspellings, 르
 * stems …), read from the classpath as JSON. Each rule class reads its file once, in its static initialiser, never on
 * the turn path; a file that several classes read (equivalents.json: {@code Equivalents}, {@code Contrasts};
 * confusables.json: {@code Confusables}, {@code PredicateSenses}) is parsed once and its tree shared.
 */
final class DataFiles {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Parsed documents by classpath location; callers only read the trees. */
    private static final Map<String, JsonNode> CACHE = new ConcurrentHashMap<>();

    private DataFiles() {
    }

    /**
     * The JSON tree of a classpath resource, parsed on the first call and shared afterwards (callers must not modify
     * it).
     *
     * @param location the classpath location, e.g. {@code evaluation/misspellings.json}
     * @return the parsed document
     * @throws IllegalStateException when the resource is not on the classpath
     * @throws UncheckedIOException  when it cannot be read
     */
    static JsonNode read(String location) {
        return CACHE.computeIfAbsent(location, DataFiles::parse);
    }

    private static JsonNode parse(String location) {
        try (InputStream in = DataFiles.class.getClassLoader().getResourceAsStream(location)) {
            if (in == null) {
                throw new IllegalStateException("not on the classpath: " + location);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
