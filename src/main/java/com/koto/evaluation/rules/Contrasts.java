package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The contrast lexicon (section {@code contrasts} of {@code src/main/resources/evaluation/equivalents.json}):
 * pairs of words a learner may take for one another that a teacher always corrects, because they
 * mean different things — antonyms (크다/작다, 싸다/비싸다; 한국어기초사전's 반대말) and pairs a
 * first language merges (더/다시 for Indonesian <i>lagi</i>, 창가/창문, 얼마/몇; Yeon &amp; Brown
 * 2019 on question words). Data, not code: a line in the file extends it.
 *
 * <p>Without it, a different content word is only a possible paraphrase and does not fail the
 * answer ({@link Certainty}); with it, the substitution is a certain {@code vocabulary/contrast} error.
 */
final class Contrasts {

    private static final List<List<List<String>>> PAIRS = load();

    private Contrasts() {
    }

    private static List<List<List<String>>> load() {
        try (InputStream in = Contrasts.class.getClassLoader().getResourceAsStream(Equivalents.LOCATION)) {
            if (in == null) {
                throw new IllegalStateException("not on the classpath: " + Equivalents.LOCATION);
            }
            JsonNode root = JsonMapper.builder().build().readTree(in);
            List<List<List<String>>> pairs = new ArrayList<>();
            for (JsonNode contrast : root.path("contrasts")) {
                List<List<String>> sides = new ArrayList<>();
                for (JsonNode side : contrast.path("sides")) {
                    List<String> forms = new ArrayList<>();
                    side.forEach(f -> forms.add(f.asString()));
                    sides.add(List.copyOf(forms));
                }
                if (sides.size() == 2) {
                    pairs.add(List.copyOf(sides));
                }
            }
            return List.copyOf(pairs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Number of contrast pairs, for documentation and tests. */
    static int size() {
        return PAIRS.size();
    }

    /**
     * Whether the learner's span uses one side of a contrast where the accepted span uses the other
     * (and the accepted span does not contain the learner's side itself).
     */
    static boolean contrast(String learner, String accepted) {
        for (List<List<String>> pair : PAIRS) {
            for (int side = 0; side < 2; side++) {
                List<String> mine = pair.get(side);
                List<String> other = pair.get(1 - side);
                if (has(learner, mine) && has(accepted, other) && !has(accepted, mine) && !has(learner, other)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A vocabulary finding of a known contrast, relabelled {@code vocabulary/contrast}; others unchanged. */
    static Finding mark(Finding f) {
        if (f.category() == ErrorCategory.VOCABULARY && f.original() != null && f.correction() != null
                && !Subtypes.of(f).startsWith("counter/") && contrast(f.original(), f.correction())) {
            return f.as("vocabulary/contrast");
        }
        return f;
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private static boolean has(String text, List<String> forms) {
        // a compiled pattern: String.split with a regex compiles it on every call (≈ 5 % of a turn's allocation)
        for (String word : SPACES.split(text)) {
            for (String form : forms) {
                if (form.endsWith("-") ? word.startsWith(form.substring(0, form.length() - 1)) : word.equals(form)) {
                    return true;
                }
            }
        }
        return false;
    }
}
