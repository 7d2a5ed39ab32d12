package com.koto.langpack.internal;

import com.koto.langpack.LangPack;
import com.koto.langpack.LangPackRules;
import com.koto.platform.InvalidDocumentException;
import com.koto.platform.JsonSchemaDocument;
import java.nio.charset.StandardCharsets;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads language-pack JSON documents ({@code lang-packs/*.json}): parses, validates against
 * {@code lang-packs/lang-pack.schema.json}, and maps to {@link LangPack}. Thread-safe; usable
 * without Spring (tests, tools).
 */
public final class LangPackDocuments {

    /** Classpath location of the schema (the top-level {@code lang-packs/} folder is on the classpath). */
    public static final String SCHEMA = "lang-packs/lang-pack.schema.json";

    private static final JsonMapper MAPPER = JsonSchemaDocument.MAPPER;

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

    /**
     * Writes a pack in the layout of the files in {@code lang-packs/} (UTF-8, final newline), keys
     * in the record's order and maps in their insertion order: reading a bundled file and writing
     * it back gives the same bytes.
     */
    public byte[] write(LangPack pack) {
        return JsonSchemaDocument.pretty(pack);
    }

    /**
     * Schema violations of a pack as it would be written (a safety net behind {@link LangPackRules}).
     */
    public List<String> schemaViolations(LangPack pack) {
        return schema.violations(MAPPER.readTree(new String(write(pack), StandardCharsets.UTF_8)));
    }
}
