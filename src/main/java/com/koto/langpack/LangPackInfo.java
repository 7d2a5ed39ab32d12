package com.koto.langpack;

import java.time.Instant;

/**
 * An installed pack in the console's list.
 *
 * @param code              {@code ko-xx}
 * @param name              display name
 * @param instructionLang   ISO 639-1
 * @param version           semantic version
 * @param errorPatternCount number of error patterns
 * @param updatedAt         last change
 * @param updatedBy         who made it
 */
public record LangPackInfo(String code, String name, String instructionLang, String version, int errorPatternCount,
        Instant updatedAt, String updatedBy) {
}
