package io.github.ficsdk.core.appraisal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ficsdk.core.appraisal.scheme.RuleSpec;
import io.github.ficsdk.core.appraisal.scheme.Scheme;
import io.github.ficsdk.core.appraisal.scheme.SchemeLoadException;
import io.github.ficsdk.core.appraisal.spi.RuleRegistry;
import io.github.ficsdk.core.appraisal.spi.ScoringRule;
import io.github.ficsdk.core.appraisal.spi.PreparedRule;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schema of scheme documents shipped in the jar agrees with the loader: the reference
 * schemes conform, documents the loader rejects for their shape do not, and the schema's built-in
 * rules take exactly the parameters the rules declare.
 */
class SchemeJsonSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> RESERVED = Set.of("rule", "reason", "recommendation", "name", "whenGrades");

    static JsonNode schema() throws Exception {
        try (InputStream in = Scheme.class.getResourceAsStream("scheme.schema.json")) {
            assertNotNull(in, "scheme.schema.json is not next to Scheme in the jar");
            return JSON.readTree(in);
        }
    }

    @Test
    void referenceSchemes_conform() throws Exception {
        JsonNode schema = schema();
        for (String id : SchemeCatalog.REFERENCE_IDS) {
            try (InputStream in = SchemeCatalog.class.getResourceAsStream(id + ".json")) {
                JsonNode doc = JSON.readTree(in);
                assertEquals(List.of(), MiniSchema.errors(schema, doc), id);
            }
        }
        assertEquals(List.of(), MiniSchema.errors(schema, JSON.readTree(SchemeTest.MINIMAL)));
    }

    @Test
    void builtInRules_takeTheParametersTheSchemaLists() throws Exception {
        JsonNode defs = schema().get("$defs");
        for (String id : List.of("flag", "threshold", "linear", "ratio", "share")) {
            Set<String> listed = new TreeSet<>();
            defs.get(id).get("propertyNames").get("enum").forEach(n -> listed.add(n.asText()));
            listed.removeAll(RuleSpec.COMMON_PARAMETERS);
            listed.removeAll(RESERVED);
            ScoringRule rule = RuleRegistry.builtIns().find(id).orElseThrow();
            assertEquals(new TreeSet<>(rule.getParameters()), listed, id);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "\"id\": \"T\"|\"id\": \"T\", \"colour\": \"red\"",
        "\"subject\": \"CHAMBER\"|\"subject\": \"PERSON\"",
        "\"points\": 10}|\"pointz\": 10}",
        "\"pointsPerUnit\": 1, \"maxPoints\": 15|\"pointsPerUnit\": 1",
        "\"atLeast\": 1, \"points\": 5|\"atLeast\": 1, \"points\": 5, \"tiers\": [{\"atLeast\": 1, \"points\": 5}]",
        "\"atLeast\": 1, \"points\": 5|\"points\": 5",
        "\"grade\": \"FAIL\"|\"grade\": 1",
        "\"reason\": \"严重违法违规\"|\"why\": \"严重违法违规\"",
        "\"totalPoints\": 25|\"totalPoints\": 25, \"region\": \"33\"",
    })
    void aDocumentTheLoaderRejectsForItsShape_doesNotConform(String change) throws Exception {
        String[] parts = change.split("\\|");
        assertTrue(SchemeTest.MINIMAL.contains(parts[0]), parts[0]);
        String json = SchemeTest.MINIMAL.replace(parts[0], parts[1]);
        assertThrows(SchemeLoadException.class, () -> Scheme.parse(json));
        assertFalse(MiniSchema.errors(schema(), JSON.readTree(json)).isEmpty(), json);
    }

    @Test
    void unknownParameter_listsTheAcceptedOnesInAStableOrder() {
        SchemeLoadException e = assertThrows(SchemeLoadException.class, () -> Scheme.parse(SchemeTest.MINIMAL.replace(
                "{\"rule\": \"flag\", \"evidence\": \"party.established\", \"points\": 10}",
                "{\"rule\": \"ratio\", \"evidence\": \"party.established\", \"per\": \"x\", \"atLeast\": 1, \"pointz\": 10}")));
        assertEquals("rule ratio does not accept parameter pointz - accepted: atLeast, evidence, per, points"
                + " (and ifMissing, label, labelEn)", e.getMessage().substring(e.getMessage().indexOf("rule ratio")));
        // a plug-in's parameters from Set.of (no order) come out sorted too
        ScoringRule plugin = new ScoringRule() {
            @Override
            public String getId() {
                return "x-many";
            }

            @Override
            public Set<String> getParameters() {
                return Set.of("zeta", "alpha", "mu", "beta", "omega", "kappa");
            }

            @Override
            public PreparedRule prepare(RuleSpec spec) {
                throw new UnsupportedOperationException();
            }
        };
        SchemeLoadException p = assertThrows(SchemeLoadException.class, () -> Scheme.parse(SchemeTest.MINIMAL.replace(
                "{\"rule\": \"flag\", \"evidence\": \"party.established\", \"points\": 10}",
                "{\"rule\": \"x-many\", \"pi\": 1}"), RuleRegistry.builtIns().with(plugin)));
        assertTrue(p.getMessage().contains("accepted: alpha, beta, kappa, mu, omega, zeta (and"), p.getMessage());
    }

    /** The part of JSON Schema 2020-12 that scheme.schema.json uses, enough to check documents against it. */
    static final class MiniSchema {
        private final JsonNode root;
        private final List<String> errors = new ArrayList<>();

        private MiniSchema(JsonNode root) {
            this.root = root;
        }

        static List<String> errors(JsonNode schema, JsonNode doc) {
            MiniSchema m = new MiniSchema(schema);
            m.check(schema, doc, "");
            return m.errors;
        }

        private boolean valid(JsonNode schema, JsonNode doc) {
            MiniSchema m = new MiniSchema(root);
            m.check(schema, doc, "");
            return m.errors.isEmpty();
        }

        private void check(JsonNode s, JsonNode d, String path) {
            if (s.has("$ref")) {
                String ref = s.get("$ref").asText();
                assertTrue(ref.startsWith("#/$defs/"), ref);
                check(root.get("$defs").get(ref.substring("#/$defs/".length())), d, path);
            }
            if (s.has("type") && !typeMatches(s.get("type"), d)) {
                errors.add(path + ": type " + s.get("type"));
                return;
            }
            if (s.has("enum") && !contains(s.get("enum"), d)) {
                errors.add(path + ": not in " + s.get("enum"));
            }
            if (s.has("const") && !s.get("const").equals(d)) {
                errors.add(path + ": not " + s.get("const"));
            }
            if (s.has("minimum") && d.isNumber() && d.decimalValue().compareTo(s.get("minimum").decimalValue()) < 0) {
                errors.add(path + ": below " + s.get("minimum"));
            }
            if (s.has("pattern") && d.isTextual() && !java.util.regex.Pattern.compile(s.get("pattern").asText())
                    .matcher(d.asText()).find()) {
                errors.add(path + ": does not match " + s.get("pattern"));
            }
            if (d.isObject()) {
                for (JsonNode r : s.path("required")) {
                    if (!d.has(r.asText())) {
                        errors.add(path + ": requires " + r.asText());
                    }
                }
                for (Iterator<String> it = d.fieldNames(); it.hasNext(); ) {
                    String name = it.next();
                    JsonNode property = s.path("properties").get(name);
                    if (property != null) {
                        check(property, d.get(name), path + "." + name);
                    } else if (s.has("additionalProperties") && !s.get("additionalProperties").asBoolean()) {
                        errors.add(path + ": unknown property " + name);
                    }
                    if (s.has("propertyNames") && !contains(s.get("propertyNames").get("enum"), JSON.getNodeFactory().textNode(name))) {
                        errors.add(path + ": property not accepted " + name);
                    }
                }
            }
            if (d.isArray()) {
                if (s.has("minItems") && d.size() < s.get("minItems").asInt()) {
                    errors.add(path + ": fewer than " + s.get("minItems"));
                }
                if (s.has("items")) {
                    for (int i = 0; i < d.size(); i++) {
                        check(s.get("items"), d.get(i), path + "[" + i + "]");
                    }
                }
            }
            for (JsonNode sub : s.path("allOf")) {
                check(sub, d, path);
            }
            if (s.has("oneOf")) {
                int matching = 0;
                for (JsonNode sub : s.get("oneOf")) {
                    matching += valid(sub, d) ? 1 : 0;
                }
                if (matching != 1) {
                    errors.add(path + ": " + matching + " of oneOf match");
                }
            }
            if (s.has("if")) {
                JsonNode branch = valid(s.get("if"), d) ? s.get("then") : s.get("else");
                if (branch != null) {
                    check(branch, d, path);
                }
            }
        }

        private static boolean contains(JsonNode list, JsonNode value) {
            for (JsonNode v : list) {
                if (v.equals(value)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean typeMatches(JsonNode type, JsonNode d) {
            if (type.isArray()) {
                for (JsonNode t : type) {
                    if (typeMatches(t, d)) {
                        return true;
                    }
                }
                return false;
            }
            return switch (type.asText()) {
                case "object" -> d.isObject();
                case "array" -> d.isArray();
                case "string" -> d.isTextual();
                case "number" -> d.isNumber();
                case "integer" -> d.isIntegralNumber();
                case "boolean" -> d.isBoolean();
                default -> throw new AssertionError("type " + type);
            };
        }
    }
}
