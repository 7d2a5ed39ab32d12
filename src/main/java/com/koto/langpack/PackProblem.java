package com.koto.langpack;

import java.util.List;

/**
 * Something wrong (or worth a second look) in a language pack, with a stable code the console
 * translates.
 *
 * @param code    what
 * @param path    where, as a JSON path without {@code $.} ({@code feedback_templates.good_job},
 *                {@code error_patterns.id-topic-marker.example_right}, {@code name})
 * @param args    quoted values ({@code {0}}, {@code {1}})
 * @param blocking whether the pack cannot be saved like this (false: a warning)
 */
public record PackProblem(Code code, String path, List<String> args, boolean blocking) {

    public PackProblem {
        args = args == null ? List.of() : List.copyOf(args);
    }

    /** What is wrong, with the English wording. */
    public enum Code {
        NAME_EMPTY("The name is empty."),
        VERSION_INVALID("The version '{0}' is not a semantic version such as 1.2.0."),
        CODE_INVALID("The code must be ko- followed by the instruction language, e.g. ko-vi."),
        TEMPLATE_MISSING("{path}: this text is required."),
        TEMPLATE_EMPTY("{path}: the text is empty."),
        BRACES_UNBALANCED("{path}: a '{' or '}' has no partner; placeholders look like {correct}."),
        PLACEHOLDER_UNKNOWN("{path}: {{0}} is not available here; available: {1}."),
        PLACEHOLDER_UNUSED("{path}: the text does not show {{0}}."),
        PATTERN_ID_INVALID("{path}: the id may only use a–z, 0–9 and '-'."),
        PATTERN_ID_DUPLICATE("{path}: the id '{0}' is used twice."),
        PATTERN_PARTICLE_INVALID("{path}: the particle '{0}' must be Hangul only."),
        PATTERN_EXAMPLE_NOT_KOREAN("{path}: the example must be Korean (contain Hangul)."),
        PATTERN_EXAMPLES_EQUAL("{path}: the wrong and the right example are the same."),
        PATTERN_TITLE_EMPTY("{path}: the title is empty."),
        PATTERN_EXPLANATION_BRACES("{path}: an explanation is shown as written, without placeholders."),
        PATTERN_EMPHASIS("{path}: the emphasis must be 1–3.");

        private final String english;

        Code(String english) {
            this.english = english;
        }

        /** The English template ({@code {path}}, {@code {0}}, {@code {1}}). */
        public String english() {
            return english;
        }
    }

    /** The English sentence. */
    public String message() {
        String text = code.english.replace("{path}", path == null ? "" : path);
        for (int i = 0; i < args.size(); i++) {
            text = text.replace("{" + i + "}", args.get(i));
        }
        return text;
    }
}
