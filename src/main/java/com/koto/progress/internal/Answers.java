package com.koto.progress.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The key under which failing answers are counted together: NFC, lower case, surrounding
 * punctuation stripped, runs of whitespace collapsed (the same differences the evaluator ignores,
 * see evaluation's {@code AnswerText}), at most 500 characters.
 */
public final class Answers {

    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\s\"'“‘(]+|[\\s.!?~。．！？…,，、\"'”’)]+$");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Answers() {
    }

    public static String normalise(String raw) {
        if (raw == null) {
            return "";
        }
        String text = Normalizer.normalize(raw, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        text = EDGE_PUNCTUATION.matcher(text).replaceAll("");
        text = SPACES.matcher(text).replaceAll(" ").strip();
        return text.length() > 500 ? text.substring(0, 500) : text;
    }
}
