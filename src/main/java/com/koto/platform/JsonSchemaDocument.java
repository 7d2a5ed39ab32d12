package com.koto.platform;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;

/**
 * A JSON Schema (draft 2020-12) loaded from the classpath, validating documents such as
 * language packs and lesson files with networknt's json-schema-validator. Thread-safe.
 */
public final class JsonSchemaDocument {

    private final Schema schema;
    private final String name;

    private JsonSchemaDocument(String name, Schema schema) {
        this.name = name;
        this.schema = schema;
    }

    /**
     * Loads a schema from the classpath.
     *
     * @param classpathLocation e.g. {@code lang-packs/lang-pack.schema.json}
     * @throws UncheckedIOException when the resource is missing or unreadable
     */
    public static JsonSchemaDocument load(String classpathLocation) {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        try (InputStream in = new ClassPathResource(classpathLocation).getInputStream()) {
            return new JsonSchemaDocument(classpathLocation, registry.getSchema(in, InputFormat.JSON));
        } catch (IOException e) {
            throw new UncheckedIOException("JSON Schema not found on the classpath: " + classpathLocation, e);
        }
    }

    /**
     * Validates a document.
     *
     * @return human-readable violations ({@code "$.stages[0].key: does not match the regex pattern …"});
     *         empty when the document is valid
     */
    public List<String> violations(JsonNode document) {
        return schema.validate(document).stream().map(Error::toString).toList();
    }

    /** The classpath location this schema came from. */
    public String name() {
        return name;
    }
}
