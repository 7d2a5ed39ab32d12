package com.koto.langpack;

import com.koto.platform.InvalidDocumentException;
import com.koto.platform.JsonSchemaDocument;
import java.nio.charset.StandardCharsets;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads language-pack JSON documents ({@code lang-packs/*.json}): parses, validates against
 * {@code lang-packs/lang-pack.schema.json}, and maps to {@link LangPack}. Thread-safe; usable
 * without Spring (tests, tools).
 */
public final class LangPackDocuments {

    /** Classpath location of the schema (the top-level {@code lang-packs/} folder is on the classpath). */
    public static final String SCHEMA = "lang-packs/lang-pack.schema.json";

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final JsonSchemaDocument schema = JsonSchemaDocument.load(SCHEMA);

    /**
     * Parses and validates a pack document.
     *
     * @param json UTF-8 JSON bytes
     * @return the pack
     * @throws InvalidDocumentException when the bytes are not JSON or violate the schema; every violation is listed
     */
    public LangPack read(byte[] json) {
        JsonNode node;
        try {
            node = MAPPER.readTree(new String(json, StandardCharsets.UTF_8));
        } catch (JacksonException e) {
            throw new InvalidDocumentException("The language pack is not valid JSON",
                    List.of(e.getOriginalMessage()));
        }
        List<String> violations = schema.violations(node);
        if (!violations.isEmpty()) {
            throw new InvalidDocumentException("The language pack does not match " + SCHEMA, violations);
        }
        return MAPPER.treeToValue(node, LangPack.class);
    }
}
