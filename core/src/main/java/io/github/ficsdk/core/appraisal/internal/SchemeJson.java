package io.github.ficsdk.core.appraisal.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ficsdk.core.appraisal.scheme.Bonus;
import io.github.ficsdk.core.appraisal.scheme.Dimension;
import io.github.ficsdk.core.appraisal.scheme.EligibilityGate;
import io.github.ficsdk.core.appraisal.scheme.GradeBand;
import io.github.ficsdk.core.appraisal.scheme.RecommendationRule;
import io.github.ficsdk.core.appraisal.scheme.RuleSpec;
import io.github.ficsdk.core.appraisal.scheme.Scheme;
import io.github.ficsdk.core.appraisal.scheme.SchemeLoadException;
import io.github.ficsdk.core.appraisal.scheme.SubjectType;
import io.github.ficsdk.core.appraisal.scheme.Veto;
import io.github.ficsdk.core.io.FicJson;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and writes scheme documents as JSON trees, with paths in errors in the syntax of the dataset
 * problems ({@code dimensions[0].rules[1].points}; empty for the whole document). Internal: not part
 * of the API.
 */
public final class SchemeJson {

    /** Strict mapper keeping decimals as written. */
    public static final ObjectMapper MAPPER = FicJson.mapper()
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
    private static final ObjectMapper PRETTY = MAPPER.copy().enable(SerializationFeature.INDENT_OUTPUT);
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private static final Set<String> TOP = Set.of("id", "version", "name", "subject", "note", "region", "validFrom",
            "validTo", "totalPoints", "eligibility", "dimensions", "vetoes", "bonus", "grades", "recommendations");

    private SchemeJson() {}

    /** Reads a scheme document. */
    public static Scheme read(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
            // nesting deeper than 64, a number longer than 100 digits, a text longer than 1 Mi characters
            throw new SchemeLoadException("", "LIMIT_EXCEEDED", e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            throw new SchemeLoadException("", "MALFORMED_JSON", e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr()));
        }
        if (root == null || !root.isObject()) {
            throw new SchemeLoadException("", "WRONG_TYPE", "a scheme document must be a JSON object");
        }
        allowed(root, "", TOP);
        Scheme.Builder b = Scheme.builder()
                .id(text(root, "", "id", true))
                .version(text(root, "", "version", true))
                .name(text(root, "", "name", true));
        String subject = text(root, "", "subject", true);
        try {
            b.subject(SubjectType.valueOf(subject));
        } catch (IllegalArgumentException e) {
            throw new SchemeLoadException("subject", "UNKNOWN_CODE", "subject must be one of "
                    + java.util.Arrays.toString(SubjectType.values()) + " - but was: " + subject);
        }
        String note = text(root, "", "note", false);
        if (note != null) {
            b.note(note);
        }
        String region = text(root, "", "region", false);
        if (region != null) {
            if (!region.matches("[0-9]{6}")) {
                throw new SchemeLoadException("region", "WRONG_TYPE", "region must be a 6-digit division code - but was: " + region);
            }
            b.region(region);
        }
        LocalDate from = date(root, "", "validFrom");
        if (from != null) {
            b.validFrom(from);
        }
        LocalDate to = date(root, "", "validTo");
        if (to != null) {
            b.validTo(to);
        }
        BigDecimal total = number(root, "", "totalPoints", false);
        if (total != null) {
            b.totalPoints(total);
        }
        JsonNode gates = array(root, "", "eligibility", false);
        for (int i = 0; gates != null && i < gates.size(); i++) {
            String p = "eligibility[" + i + "]";
            JsonNode g = object(gates.get(i), p);
            b.addEligibility(EligibilityGate.of(spec(g, p, Set.of("reason")), text(g, p, "reason", true)));
        }
        JsonNode dims = array(root, "", "dimensions", true);
        for (int i = 0; i < dims.size(); i++) {
            String p = "dimensions[" + i + "]";
            JsonNode d = object(dims.get(i), p);
            allowed(d, p, Set.of("code", "name", "maxPoints", "rules"));
            Dimension.Builder db = Dimension.builder().code(text(d, p, "code", true)).name(text(d, p, "name", true))
                    .maxPoints(number(d, p, "maxPoints", true));
            JsonNode rules = array(d, p, "rules", true);
            for (int j = 0; j < rules.size(); j++) {
                String rp = p + ".rules[" + j + "]";
                db.addRule(spec(object(rules.get(j), rp), rp, Set.of()));
            }
            b.addDimension(db.build());
        }
        JsonNode vetoes = array(root, "", "vetoes", false);
        for (int i = 0; vetoes != null && i < vetoes.size(); i++) {
            String p = "vetoes[" + i + "]";
            JsonNode v = object(vetoes.get(i), p);
            b.addVetoes(Veto.of(spec(v, p, Set.of("reason")), text(v, p, "reason", true)));
        }
        JsonNode bonus = root.get("bonus");
        if (bonus != null) {
            JsonNode o = object(bonus, "bonus");
            allowed(o, "bonus", Set.of("maxPoints", "rules"));
            Bonus.Builder bb = Bonus.builder().maxPoints(number(o, "bonus", "maxPoints", true));
            JsonNode rules = array(o, "bonus", "rules", true);
            for (int j = 0; j < rules.size(); j++) {
                String rp = "bonus.rules[" + j + "]";
                bb.addRule(spec(object(rules.get(j), rp), rp, Set.of()));
            }
            b.bonus(bb.build());
        }
        JsonNode grades = array(root, "", "grades", true);
        for (int i = 0; i < grades.size(); i++) {
            String p = "grades[" + i + "]";
            JsonNode g = object(grades.get(i), p);
            allowed(g, p, Set.of("grade", "minPoints"));
            b.addGrade(GradeBand.of(text(g, p, "grade", true), number(g, p, "minPoints", true)));
        }
        JsonNode recs = array(root, "", "recommendations", false);
        for (int i = 0; recs != null && i < recs.size(); i++) {
            String p = "recommendations[" + i + "]";
            JsonNode r = object(recs.get(i), p);
            RecommendationRule.Builder rb = RecommendationRule.builder()
                    .recommendation(text(r, p, "recommendation", true));
            String reason = text(r, p, "reason", false);
            if (reason != null) {
                rb.reason(reason);
            }
            String recName = text(r, p, "name", false);
            if (recName != null) {
                rb.name(recName);
            }
            JsonNode when = array(r, p, "whenGrades", false);
            for (int j = 0; when != null && j < when.size(); j++) {
                JsonNode w = when.get(j);
                if (!w.isTextual()) {
                    throw new SchemeLoadException(p + ".whenGrades[" + j + "]", "WRONG_TYPE", "a grade must be a text - but was: " + w);
                }
                rb.addWhenGrade(w.asText());
            }
            Set<String> reserved = Set.of("recommendation", "name", "reason", "whenGrades");
            if (r.has("rule")) {
                rb.spec(spec(r, p, reserved));
            } else {
                allowed(r, p, reserved);
            }
            b.addRecommendation(rb.build());
        }
        try {
            return b.build();
        } catch (SchemeLoadException e) {
            throw e;
        } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
            throw new SchemeLoadException("", "INVALID_SCHEME", String.valueOf(e.getMessage()));
        }
    }

    private static RuleSpec spec(JsonNode node, String path, Set<String> reserved) {
        String rule = text(node, path, "rule", true);
        RuleSpec.Builder b = RuleSpec.builder().rule(rule);
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            String name = f.getKey();
            if (name.equals("rule") || reserved.contains(name)) {
                continue;
            }
            Object value = value(f.getValue(), path + "." + name);
            if (name.equals("ifMissing") && !(value instanceof String || value instanceof Boolean || value instanceof BigDecimal)) {
                throw new SchemeLoadException(path + ".ifMissing", "WRONG_TYPE", "ifMissing must be a text, number or boolean");
            }
            if ((name.equals("label") || name.equals("labelEn")) && !(value instanceof String)) {
                throw new SchemeLoadException(path + "." + name, "WRONG_TYPE", name + " must be a text");
            }
            b.putParameter(name, value);
        }
        return b.build();
    }

    /** Converts a JSON value to String, Boolean, BigDecimal, List or Map. */
    public static Object value(JsonNode node, String path) {
        if (node.isTextual()) {
            return node.asText();
        } else if (node.isBoolean()) {
            return node.booleanValue();
        } else if (node.isNumber()) {
            BigDecimal d = node.isIntegralNumber() ? new BigDecimal(node.bigIntegerValue()) : node.decimalValue();
            if (!io.github.ficsdk.core.internal.Numbers.isReasonable(d)) {
                throw new SchemeLoadException(path, "OUT_OF_RANGE", path + " must be "
                        + io.github.ficsdk.core.internal.Numbers.bounds() + " - but was: " + node.asText());
            }
            return io.github.ficsdk.core.internal.Numbers.withoutNegativeScale(d);
        } else if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                list.add(value(node.get(i), path + "[" + i + "]"));
            }
            return Collections.unmodifiableList(list);
        } else if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            node.fields().forEachRemaining(f -> map.put(f.getKey(), value(f.getValue(), path + "." + f.getKey())));
            return Collections.unmodifiableMap(map);
        }
        throw new SchemeLoadException(path, "WRONG_TYPE", "must be a text, number, boolean, list or object - but was: " + node);
    }

    /** The path of a property: {@code name} at the top, {@code path.name} below. */
    private static String at(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static void allowed(JsonNode node, String path, Set<String> names) {
        Iterator<String> it = node.fieldNames();
        while (it.hasNext()) {
            String name = it.next();
            if (!names.contains(name)) {
                throw new SchemeLoadException(at(path, name), "UNKNOWN_PROPERTY", "unknown property " + name
                        + " - allowed: " + String.join(", ", new java.util.TreeSet<>(names)));
            }
        }
    }

    private static JsonNode object(JsonNode node, String path) {
        if (!node.isObject()) {
            throw new SchemeLoadException(path, "WRONG_TYPE", "must be an object - but was: " + node);
        }
        return node;
    }

    private static JsonNode get(JsonNode node, String path, String name, boolean required) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            if (required) {
                throw new SchemeLoadException(at(path, name), "REQUIRED", name + " is required");
            }
            return null;
        }
        return v;
    }

    private static JsonNode array(JsonNode node, String path, String name, boolean required) {
        JsonNode v = get(node, path, name, required);
        if (v != null && !v.isArray()) {
            throw new SchemeLoadException(at(path, name), "WRONG_TYPE", name + " must be an array - but was: " + v);
        }
        return v;
    }

    private static String text(JsonNode node, String path, String name, boolean required) {
        JsonNode v = get(node, path, name, required);
        if (v != null && !v.isTextual()) {
            throw new SchemeLoadException(at(path, name), "WRONG_TYPE", name + " must be a text - but was: " + v);
        }
        return v == null ? null : v.asText();
    }

    private static BigDecimal number(JsonNode node, String path, String name, boolean required) {
        JsonNode v = get(node, path, name, required);
        if (v != null && !v.isNumber()) {
            throw new SchemeLoadException(at(path, name), "WRONG_TYPE", name + " must be a number - but was: " + v);
        }
        return v == null ? null : (BigDecimal) value(v, at(path, name));
    }

    private static LocalDate date(JsonNode node, String path, String name) {
        String text = text(node, path, name, false);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new SchemeLoadException(at(path, name), "INVALID_DATE", name + " must be a date yyyy-MM-dd - but was: " + text);
        }
    }

    /** Writes a scheme document, pretty-printed. */
    public static String write(Scheme s) {
        ObjectNode o = NODES.objectNode();
        o.put("id", s.getId());
        o.put("version", s.getVersion());
        o.put("name", s.getName());
        o.put("subject", s.getSubject().name());
        s.getNote().ifPresent(n -> o.put("note", n));
        s.getRegion().ifPresent(r -> o.put("region", r));
        s.getValidFrom().ifPresent(d -> o.put("validFrom", d.toString()));
        s.getValidTo().ifPresent(d -> o.put("validTo", d.toString()));
        s.getTotalPoints().ifPresent(t -> o.put("totalPoints", t));
        if (!s.getEligibility().isEmpty()) {
            ArrayNode a = o.putArray("eligibility");
            s.getEligibility().forEach(g -> a.add(spec(g.getSpec()).put("reason", g.getReason())));
        }
        ArrayNode dims = o.putArray("dimensions");
        for (Dimension d : s.getDimensions()) {
            ObjectNode dn = dims.addObject().put("code", d.getCode()).put("name", d.getName()).put("maxPoints", d.getMaxPoints());
            ArrayNode rules = dn.putArray("rules");
            d.getRules().forEach(r -> rules.add(spec(r)));
        }
        ArrayNode vetoes = o.putArray("vetoes");
        s.getVetoes().forEach(v -> vetoes.add(spec(v.getSpec()).put("reason", v.getReason())));
        s.getBonus().ifPresent(bonus -> {
            ObjectNode bn = o.putObject("bonus").put("maxPoints", bonus.getMaxPoints());
            ArrayNode rules = bn.putArray("rules");
            bonus.getRules().forEach(r -> rules.add(spec(r)));
        });
        ArrayNode grades = o.putArray("grades");
        s.getGrades().forEach(g -> grades.addObject().put("grade", g.getGrade()).put("minPoints", g.getMinPoints()));
        if (!s.getRecommendations().isEmpty()) {
            ArrayNode recs = o.putArray("recommendations");
            for (RecommendationRule r : s.getRecommendations()) {
                ObjectNode rn = NODES.objectNode().put("recommendation", r.getRecommendation());
                r.getName().ifPresent(x -> rn.put("name", x));
                r.getReason().ifPresent(x -> rn.put("reason", x));
                if (!r.getWhenGrades().isEmpty()) {
                    ArrayNode w = rn.putArray("whenGrades");
                    r.getWhenGrades().forEach(w::add);
                }
                r.getSpec().ifPresent(sp -> rn.setAll(spec(sp)));
                recs.add(rn);
            }
        }
        try {
            return PRETTY.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode spec(RuleSpec r) {
        ObjectNode n = NODES.objectNode().put("rule", r.getRule());
        r.getParameters().forEach((k, v) -> n.set(k, node(v)));
        return n;
    }

    /** Converts String, Boolean, BigDecimal, List or Map to a JSON node. */
    public static JsonNode node(Object v) {
        if (v instanceof String s) {
            return NODES.textNode(s);
        } else if (v instanceof Boolean b) {
            return NODES.booleanNode(b);
        } else if (v instanceof BigDecimal d) {
            return NODES.numberNode(d);
        } else if (v instanceof List<?> list) {
            ArrayNode a = NODES.arrayNode();
            list.forEach(x -> a.add(node(x)));
            return a;
        } else if (v instanceof Map<?, ?> map) {
            ObjectNode o = NODES.objectNode();
            map.forEach((k, x) -> o.set(String.valueOf(k), node(x)));
            return o;
        }
        throw new IllegalArgumentException("not a JSON-like value: " + v);
    }
}
