package com.koto.tutoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Unity client's contract with the server: every field the C# protocol library reads or writes
 * ({@code [DataMember(Name = "…")]} in {@code unity-client/Runtime/Protocol/*.cs}, grouped by the
 * {@code [DataContract(Name = "Schema")]} of its class) must be a property of that component schema in
 * {@code docs/api/openapi.json} with a compatible JSON type (string, integer, number, boolean, array of
 * …, or a {@code $ref} to the schema of the nested class). Inherited members count for derived classes.
 * Fails with one line per missing or retyped field, so a server rename cannot silently break the client.
 */
class UnityContractTest {

    private static final Path PROTOCOL = Path.of("unity-client", "Runtime", "Protocol");
    private static final Path OPENAPI = Path.of("docs", "api", "openapi.json");

    private static final Pattern CLASS = Pattern.compile(
            "(\\[DataContract(?:\\(Name\\s*=\\s*\"(\\w+)\"\\))?\\]\\s*)?public\\s+(?:sealed\\s+|abstract\\s+|static\\s+)*class\\s+(\\w+)(?:\\s*:\\s*(\\w+))?");
    private static final Pattern MEMBER = Pattern.compile(
            "\\[DataMember\\(Name\\s*=\\s*\"(\\w+)\"[^\\]]*\\)\\]\\s*public\\s+([\\w<>?\\[\\]]+)\\s+(\\w+)");

    /** A C# class with its contract name (null when it is not bound to a schema) and its own members. */
    record CsClass(String name, String contract, String base, Map<String, String> members) {
    }

    @Test
    void everyFieldTheUnityClientUsesIsInTheOpenApiDocumentWithTheSameType() throws IOException {
        Map<String, CsClass> classes = parse(sources());
        JsonNode openApi = JsonMapper.builder().build().readTree(Files.readString(OPENAPI));
        List<String> problems = check(classes, openApi);
        assertThat(problems).as("C# DTO fields (unity-client/Runtime/Protocol) that do not match "
                + OPENAPI + "; fix the DTO or the server, then re-capture unity-client/Tests/Fixtures").isEmpty();
    }

    @Test
    void theParserSeesTheClientsDtos() throws IOException {
        Map<String, CsClass> classes = parse(sources());
        assertThat(classes.values().stream().filter(c -> c.contract() != null).count()).isGreaterThanOrEqualTo(25);
        CsClass turn = classes.get("TurnResult");
        assertThat(turn.contract()).isEqualTo("TurnResult");
        assertThat(turn.members()).containsEntry("evaluation", "Evaluation").containsEntry("next_activity", "LearnerActivity")
                .containsEntry("session_complete", "SessionCompleteMessage");
        assertThat(classes.get("ActivityMessage").base()).isEqualTo("SocketMessage");
        assertThat(classes.get("LessonSummary").members()).containsEntry("instruction_langs", "List<string>");
    }

    @Test
    void aMissingARetypedAndAMisreferencedFieldAreEachReported() {
        String cs = """
                [DataContract(Name = "Thing")]
                public sealed class Thing
                {
                    [DataMember(Name = "id", Order = 1)] public string Id;
                    [DataMember(Name = "count", Order = 2)] public int Count;
                    [DataMember(Name = "gone", Order = 3)] public string Gone;
                    [DataMember(Name = "part", Order = 4)] public Part Part;
                    [DataMember(Name = "tags", Order = 5)] public List<string> Tags;
                }
                [DataContract(Name = "Part")]
                public sealed class Part
                {
                    [DataMember(Name = "score", Order = 1)] public double Score;
                }
                """;
        JsonNode doc = JsonMapper.builder().build().readTree("""
                {"components":{"schemas":{
                  "Thing":{"type":"object","properties":{
                    "id":{"type":"string","format":"uuid"},
                    "count":{"type":"string"},
                    "part":{"$ref":"#/components/schemas/Other"},
                    "tags":{"type":"array","items":{"type":"integer"}}}},
                  "Part":{"type":"object","properties":{"score":{"type":["number","null"]}}}}}}
                """);
        List<String> problems = check(parse(List.of(cs)), doc);
        assertThat(problems).containsExactlyInAnyOrder(
                "Thing.count: C# int wants integer, the schema says string",
                "Thing.gone: missing from schema Thing",
                "Thing.part: C# Part wants $ref Part, the schema says $ref Other",
                "Thing.tags: C# List<string> wants array of string, the schema says array of integer");
    }

    // ---- parsing the C# sources ----

    private static List<String> sources() throws IOException {
        try (Stream<Path> files = Files.walk(PROTOCOL)) {
            List<String> out = new ArrayList<>();
            for (Path p : files.filter(f -> f.toString().endsWith(".cs")).sorted().toList()) {
                out.add(Files.readString(p, StandardCharsets.UTF_8));
            }
            return out;
        }
    }

    static Map<String, CsClass> parse(List<String> sources) {
        Map<String, CsClass> classes = new LinkedHashMap<>();
        for (String source : sources) {
            Matcher c = CLASS.matcher(source);
            List<int[]> spans = new ArrayList<>();
            List<String[]> heads = new ArrayList<>();
            while (c.find()) {
                spans.add(new int[] {c.start(), c.end()});
                heads.add(new String[] {c.group(2), c.group(3), c.group(4)});
            }
            for (int i = 0; i < spans.size(); i++) {
                int end = i + 1 < spans.size() ? spans.get(i + 1)[0] : source.length();
                String body = source.substring(spans.get(i)[1], end);
                Map<String, String> members = new LinkedHashMap<>();
                Matcher m = MEMBER.matcher(body);
                while (m.find()) {
                    members.put(m.group(1), m.group(2));
                }
                String[] h = heads.get(i);
                classes.put(h[1], new CsClass(h[1], h[0], h[2], members));
            }
        }
        return classes;
    }

    // ---- checking against the OpenAPI document ----

    static List<String> check(Map<String, CsClass> classes, JsonNode openApi) {
        JsonNode schemas = openApi.path("components").path("schemas");
        List<String> problems = new ArrayList<>();
        for (CsClass cls : classes.values()) {
            if (cls.contract() == null) {
                continue;
            }
            JsonNode schema = schemas.path(cls.contract());
            if (schema.isMissingNode()) {
                problems.add(cls.name() + ": no component schema " + cls.contract());
                continue;
            }
            Map<String, JsonNode> properties = properties(schema, schemas);
            for (Map.Entry<String, String> member : allMembers(cls, classes).entrySet()) {
                JsonNode property = properties.get(member.getKey());
                String where = cls.contract() + "." + member.getKey();
                if (property == null) {
                    problems.add(where + ": missing from schema " + cls.contract());
                    continue;
                }
                String wanted = expected(member.getValue(), classes);
                String actual = describe(property, schemas);
                if (!wanted.equals(actual)) {
                    problems.add(where + ": C# " + member.getValue() + " wants " + wanted + ", the schema says " + actual);
                }
            }
        }
        return problems;
    }

    /** Own members plus those of base classes. */
    private static Map<String, String> allMembers(CsClass cls, Map<String, CsClass> classes) {
        Map<String, String> all = new LinkedHashMap<>();
        CsClass base = cls.base() == null ? null : classes.get(cls.base());
        if (base != null) {
            all.putAll(allMembers(base, classes));
        }
        all.putAll(cls.members());
        return all;
    }

    /** A schema's properties, including those it takes from allOf parts. */
    private static Map<String, JsonNode> properties(JsonNode schema, JsonNode schemas) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (JsonNode part : schema.path("allOf")) {
            out.putAll(properties(resolve(part, schemas), schemas));
        }
        schema.path("properties").properties().forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    private static JsonNode resolve(JsonNode node, JsonNode schemas) {
        return refName(node).map(schemas::path).orElse(node);
    }

    private static Optional<String> refName(JsonNode node) {
        String ref = node.path("$ref").asString("");
        if (!ref.isEmpty()) {
            return Optional.of(ref.substring(ref.lastIndexOf('/') + 1));
        }
        for (String combinator : List.of("allOf", "oneOf", "anyOf")) {
            for (JsonNode part : node.path(combinator)) {
                Optional<String> inner = refName(part);
                if (inner.isPresent()) {
                    return inner;
                }
            }
        }
        return Optional.empty();
    }

    /** What a C# member type must look like in JSON schema terms. */
    private static String expected(String csType, Map<String, CsClass> classes) {
        String t = csType.endsWith("?") ? csType.substring(0, csType.length() - 1) : csType;
        if (t.startsWith("List<") && t.endsWith(">")) {
            return "array of " + expected(t.substring(5, t.length() - 1), classes);
        }
        if (t.endsWith("[]")) {
            return "array of " + expected(t.substring(0, t.length() - 2), classes);
        }
        return switch (t) {
            case "string" -> "string";
            case "int", "long", "short", "byte" -> "integer";
            case "double", "float", "decimal" -> "number";
            case "bool" -> "boolean";
            default -> {
                CsClass nested = classes.get(t);
                yield nested == null || nested.contract() == null ? "unbound C# type " + t : "$ref " + nested.contract();
            }
        };
    }

    /** A property's JSON type in the same terms ({@code null} in a 3.1 type list is ignored). */
    private static String describe(JsonNode property, JsonNode schemas) {
        Optional<String> ref = refName(property);
        if (ref.isPresent()) {
            return "$ref " + ref.get();
        }
        String type = type(property);
        if ("array".equals(type)) {
            return "array of " + describe(property.path("items"), schemas);
        }
        return type == null ? "untyped" : type;
    }

    private static String type(JsonNode property) {
        JsonNode type = property.path("type");
        if (type.isString()) {
            return type.asString();
        }
        for (JsonNode t : type) {
            if (!"null".equals(t.asString())) {
                return t.asString();
            }
        }
        for (String combinator : List.of("oneOf", "anyOf")) {
            for (JsonNode part : property.path(combinator)) {
                String inner = type(part);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }
}
