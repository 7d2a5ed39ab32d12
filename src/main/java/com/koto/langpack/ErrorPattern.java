package com.koto.langpack;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A typical error of speakers of one L1, as a teacher wrote it in the pack.
 *
 * @param id           stable identifier, {@code [a-z0-9-]+}
 * @param category     error category wire name (e.g. {@code particle_allomorph})
 * @param particles    Korean forms the pattern is about (e.g. 은, 는); may be empty
 * @param title        short label
 * @param explanation  explanation in the pack's instruction language
 * @param exampleWrong a wrong example sentence
 * @param exampleRight its corrected form
 * @param emphasis     1 (normal) – 3 (highest): how much this L1 group needs it
 * @param subtype      optional evaluator subtype the pattern is about ({@code particle_allomorph/object});
 *                     {@code null} when the pattern is matched by category and particle only
 */
public record ErrorPattern(
        String id,
        String category,
        List<String> particles,
        String title,
        String explanation,
        String exampleWrong,
        String exampleRight,
        int emphasis,
        @JsonInclude(JsonInclude.Include.NON_NULL) String subtype) {

    public ErrorPattern {
        particles = particles == null ? List.of() : List.copyOf(particles);
        subtype = subtype == null || subtype.isBlank() ? null : subtype.strip();
    }

    /** A pattern without a subtype (matched by category and particle). */
    public ErrorPattern(String id, String category, List<String> particles, String title, String explanation,
            String exampleWrong, String exampleRight, int emphasis) {
        this(id, category, particles, title, explanation, exampleWrong, exampleRight, emphasis, null);
    }
}
