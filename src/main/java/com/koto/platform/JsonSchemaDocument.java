package com.koto.platform;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * A JSON Schema (draft 2020-12) loaded from the classpath, validating documents such as
 * language packs and lesson files with networknt's json-schema-validator. Thread-safe.
 */
public final class JsonSchemaDocument {

    /**
     * The mapper of our JSON documents (lesson files, language packs): snake_case names, unknown
     * properties ignored (the schema is the gate).
     */
    public static final JsonMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** The layout of the repository's JSON files: two-space indent, {@code "key": value}, arrays one item a line. */
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(
            Separators.createDefaultInstance()
                    .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
            .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"))
            .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));

    /**
     * Writes a document in the repository's file layout (UTF-8, final newline), keys in record
     * order and maps in insertion order, so a file read and written back keeps its bytes.
     */
    public static byte[] pretty(Object document) {
        return (MAPPER.writer().with(PRETTY).writeValueAsString(document) + "\n").getBytes(StandardCharsets.UTF_8);
    }

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
