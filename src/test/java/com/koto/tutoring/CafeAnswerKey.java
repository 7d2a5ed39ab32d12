package com.koto.tutoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The café lesson file as the tests' answer key (the learner API never reveals answers). */
final class CafeAnswerKey {

    private CafeAnswerKey() {
    }

    static JsonNode read() {
        try (InputStream in = CafeAnswerKey.class.getResourceAsStream("/content/demo/cafe-ordering.json")) {
            return JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The activity's definition. @throws AssertionError for an unknown key */
    static JsonNode activity(JsonNode lesson, String key) {
        for (JsonNode stage : lesson.path("stages")) {
            for (JsonNode a : stage.path("activities")) {
                if (a.path("key").asString().equals(key)) {
                    return a;
                }
            }
        }
        throw new AssertionError("activity not in the lesson file: " + key);
    }

    /** The canonical model answer (the first accepted answer). */
    static String modelAnswer(JsonNode lesson, String key) {
        return activity(lesson, key).path("accepted_answers").get(0).asString();
    }
}
