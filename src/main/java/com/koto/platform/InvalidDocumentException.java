package com.koto.platform;

import java.util.List;

/**
 * A JSON document (language pack, lesson file) that is not well-formed or does not satisfy its
 * schema. {@link #violations()} lists each problem as a human sentence with its JSON path.
 */
public class InvalidDocumentException extends RuntimeException {

    private final List<String> violations;

    /**
     * @param summary    one sentence naming the document
     * @param violations each problem found, with its location in the document
     */
    public InvalidDocumentException(String summary, List<String> violations) {
        super(summary + (violations.isEmpty() ? "" : ": " + String.join("; ", violations)));
        this.violations = List.copyOf(violations);
    }

    /** The problems found, never empty for a thrown exception. */
    public List<String> violations() {
        return violations;
    }
}
