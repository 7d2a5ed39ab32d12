package com.koto.langpack;

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
 */
public record ErrorPattern(
        String id,
        String category,
        List<String> particles,
        String title,
        String explanation,
        String exampleWrong,
        String exampleRight,
        int emphasis) {

    public ErrorPattern {
        particles = particles == null ? List.of() : List.copyOf(particles);
    }
}
