package io.github.ficsdk.core.appraisal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ficsdk.core.appraisal.scheme.Scheme;
import io.github.ficsdk.core.appraisal.scheme.SchemeLoadException;
import io.github.ficsdk.core.appraisal.scheme.SubjectType;
import io.github.ficsdk.core.appraisal.spi.RuleRegistry;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SchemeTest {

    static final String MINIMAL = """
            {"id": "T", "version": "1", "name": "测试", "subject": "CHAMBER", "totalPoints": 25,
             "dimensions": [
               {"code": "POLITICAL_GUIDANCE", "name": "政治引领好", "maxPoints": 25,
                "rules": [{"rule": "flag", "evidence": "party.established", "points": 10},
                          {"rule": "linear", "evidence": "party.activities", "pointsPerUnit": 1, "maxPoints": 15}]}],
             "vetoes": [{"rule": "flag", "evidence": "compliance.seriousViolation", "reason": "严重违法违规"}],
             "bonus": {"maxPoints": 5, "rules": [{"rule": "threshold", "evidence": "awards.provincial", "atLeast": 1, "points": 5}]},
             "grades": [{"grade": "EXCELLENT", "minPoints": 90}, {"grade": "GOOD", "minPoints": 80},
                        {"grade": "PASS", "minPoints": 60}, {"grade": "FAIL", "minPoints": 0}]}
            """;

    private static SchemeLoadException rejected(String json) {
        return assertThrows(SchemeLoadException.class, () -> Scheme.parse(json));
    }

    private static void assertRejected(String json, String path, String code) {
        SchemeLoadException e = rejected(json);
        assertEquals(path, e.getPath(), e.getMessage());
        assertEquals(code, e.getProblemCode(), e.getMessage());
        // the path leads the message, unless it is the whole document's (empty)
        assertTrue(path.isEmpty() ? !e.getMessage().startsWith(":") : e.getMessage().startsWith(path + ": "),
                e.getMessage());
    }

    @Test
    void parse_dataModelExample() {
        Scheme s = Scheme.parse(MINIMAL);
        assertEquals("T", s.getId());
        assertEquals(SubjectType.CHAMBER, s.getSubject());
        assertEquals(2, s.getDimensions().get(0).getRules().size());
        assertEquals("严重违法违规", s.getVetoes().get(0).getReason());
        assertEquals(0, new BigDecimal("30").compareTo(s.getMaxTotal()));
        assertEquals("party.activities", s.getDimensions().get(0).getRules().get(1).getString("evidence").orElseThrow());
    }

    @Test
    void parse_numberBeyondExactComputation() {
        assertRejected(MINIMAL.replace("\"points\": 10}", "\"points\": 1e999999999}"),
                "dimensions[0].rules[0].points", "OUT_OF_RANGE");
    }

    @Test
    void read_malformedUtf8() {
        byte[] bytes = MINIMAL.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] bad = java.util.Arrays.copyOf(bytes, bytes.length + 2);
        bad[bytes.length] = (byte) 0xC3;
        bad[bytes.length + 1] = (byte) 0x28;
        SchemeLoadException e = assertThrows(SchemeLoadException.class,
                () -> Scheme.read(new java.io.ByteArrayInputStream(bad), RuleRegistry.standard()));
        assertEquals("INVALID_UTF8", e.getProblemCode());
    }

    @Test
    void parse_gradesNotCoveringZero() {
        assertRejected(MINIMAL.replace("{\"grade\": \"FAIL\", \"minPoints\": 0}", "{\"grade\": \"FAIL\", \"minPoints\": 10}"),
                "grades[3].minPoints", "GRADES_NOT_COVERING_ZERO");
    }

    @Test
    void parse_gradesNotDescending() {
        assertRejected(MINIMAL.replace("\"GOOD\", \"minPoints\": 80", "\"GOOD\", \"minPoints\": 95"),
                "grades[1].minPoints", "GRADES_NOT_DESCENDING");
    }

    @Test
    void parse_unknownRule() {
        assertRejected(MINIMAL.replace("\"rule\": \"linear\"", "\"rule\": \"x-stars\""),
                "dimensions[0].rules[1].rule", "UNKNOWN_RULE");
    }

    @Test
    void parse_parameterTheRuleDoesNotAccept() {
        assertRejected(MINIMAL.replace("\"pointsPerUnit\": 1", "\"pointsPerUnit\": 1, \"perUnit\": 2"),
                "dimensions[0].rules[1].perUnit", "UNKNOWN_PARAMETER");
        assertRejected(MINIMAL.replace("\"reason\": \"严重违法违规\"", "\"reason\": \"严重违法违规\", \"pointz\": 1"),
                "vetoes[0].pointz", "UNKNOWN_PARAMETER");
    }

    @Test
    void parse_wrongParameter() {
        assertRejected(MINIMAL.replace("\"pointsPerUnit\": 1", "\"pointsPerUnit\": -1"),
                "dimensions[0].rules[1].pointsPerUnit", "INVALID_PARAMETER");
        assertRejected(MINIMAL.replace(", \"maxPoints\": 15}", "}"),
                "dimensions[0].rules[1].maxPoints", "INVALID_PARAMETER");
    }

    @Test
    void parse_thresholdTiersAreBoundWithTheirPaths() {
        String linear = "{\"rule\": \"linear\", \"evidence\": \"party.activities\", \"pointsPerUnit\": 1, \"maxPoints\": 15}";
        String tiers = "{\"rule\": \"threshold\", \"evidence\": \"party.activities\", "
                + "\"tiers\": [{\"atLeast\": 10, \"points\": 15}, {\"atLeast\": 1, \"points\": 5}, {\"atLeast\": 5, \"points\": 10}]}";
        assertEquals(2, Scheme.parse(MINIMAL.replace(linear, tiers)).getDimensions().get(0).getRules().size());
        assertRejected(MINIMAL.replace(linear, tiers.replace("{\"atLeast\": 10,", "{\"atLeast\": \"ten\",")),
                "dimensions[0].rules[1].tiers[0].atLeast", "INVALID_PARAMETER");
        assertRejected(MINIMAL.replace(linear, tiers.replace("{\"atLeast\": 1, \"points\": 5}", "{\"atLeast\": 1}")),
                "dimensions[0].rules[1].tiers[1].points", "INVALID_PARAMETER");
        assertRejected(MINIMAL.replace(linear, tiers.replace("\"points\": 5}", "\"points\": 5, \"pointz\": 5}")),
                "dimensions[0].rules[1].tiers[1].pointz", "INVALID_PARAMETER");
        assertRejected(MINIMAL.replace(linear, tiers.replace("\"points\": 10}", "\"points\": -10}")),
                "dimensions[0].rules[1].tiers[2].points", "INVALID_PARAMETER");
        assertRejected(MINIMAL.replace(linear, tiers.replace("\"atLeast\": 5", "\"atLeast\": 10")),
                "dimensions[0].rules[1].tiers[2].atLeast", "INVALID_PARAMETER");
        assertRejected(MINIMAL.replace(linear, tiers.replace("{\"atLeast\": 1, \"points\": 5}", "7")),
                "dimensions[0].rules[1].tiers[1]", "INVALID_PARAMETER");
        assertRejected(MINIMAL.replace(linear, tiers.replace("\"tiers\"", "\"points\": 3, \"tiers\"")),
                "dimensions[0].rules[1].tiers", "INVALID_PARAMETER");
        assertRejected(MINIMAL.replace(linear, "{\"rule\": \"threshold\", \"evidence\": \"party.activities\", \"tiers\": []}"),
                "dimensions[0].rules[1].tiers", "INVALID_PARAMETER");
        assertRejected(MINIMAL.replace("\"atLeast\": 1, \"points\": 5}", "\"atLeast\": 1, \"atMost\": 3, \"points\": 5}"),
                "bonus.rules[0].atMost", "INVALID_PARAMETER");
    }

    @Test
    void parse_capsNotAddingUpToTotal() {
        assertRejected(MINIMAL.replace("\"totalPoints\": 25", "\"totalPoints\": 100"), "totalPoints", "CAPS_TOTAL_MISMATCH");
    }

    @Test
    void parse_unknownPropertyAndWrongTypes() {
        assertRejected(MINIMAL.replace("\"name\": \"测试\"", "\"name\": \"测试\", \"nmae\": 1"), "nmae", "UNKNOWN_PROPERTY");
        assertRejected(MINIMAL.replace("\"maxPoints\": 25", "\"maxPoints\": \"25\""), "dimensions[0].maxPoints", "WRONG_TYPE");
        assertRejected(MINIMAL.replace("\"CHAMBER\"", "\"CLUB\""), "subject", "UNKNOWN_CODE");
        assertRejected(MINIMAL.replace("\"id\": \"T\", ", ""), "id", "REQUIRED");
        assertRejected("{\"id\": ", "", "MALFORMED_JSON");
        assertRejected(MINIMAL.replace("\"version\": \"1\"", "\"version\": \"1\", \"version\": \"2\""), "", "MALFORMED_JSON");
    }

    @Test
    void parse_defaultRecommendationNotLast() {
        String json = MINIMAL.replace("\"grades\"",
                "\"recommendations\": [{\"recommendation\": \"KEEP\"}, {\"recommendation\": \"RECTIFY\", \"whenGrades\": [\"FAIL\"]}], \"grades\"");
        assertRejected(json, "recommendations[0]", "DEFAULT_RECOMMENDATION_NOT_LAST");
    }

    @Test
    void parse_pluginRuleRegisteredInCode() {
        String json = MINIMAL.replace("\"rule\": \"linear\", \"evidence\": \"party.activities\", \"pointsPerUnit\": 1, \"maxPoints\": 15",
                "\"rule\": \"x-const\", \"points\": 3");
        Scheme s = Scheme.parse(json, RuleRegistry.standard().with(Rules.constant("x-const", BigDecimal.valueOf(3))));
        assertEquals("x-const", s.getDimensions().get(0).getRules().get(1).getRule());
    }

    @Test
    void toJson_roundTripsReferenceSchemes() {
        for (Scheme s : SchemeCatalog.reference().getSchemes()) {
            assertEquals(s, Scheme.parse(s.toJson()), s.getId());
            assertTrue(s.getNote().orElseThrow().contains("not an official"), s.getId());
        }
    }

    @Test
    void isValidOn_andAppliesTo() {
        Scheme s = Scheme.builder().from(Scheme.parse(MINIMAL)).region("330000")
                .validFrom(LocalDate.of(2017, 1, 1)).validTo(LocalDate.of(2017, 12, 31)).build();
        assertTrue(s.isValidOn(LocalDate.of(2017, 6, 1)));
        assertTrue(!s.isValidOn(LocalDate.of(2018, 1, 1)));
        assertTrue(s.appliesTo("330421"));
        assertTrue(!s.appliesTo("320100"));
        assertTrue(!s.appliesTo(null));
        assertEquals(Set.of("flag", "threshold", "linear", "ratio", "share"), RuleRegistry.builtIns().getIds());
    }
}
