package io.github.ficsdk.core.appraisal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ficsdk.core.appraisal.internal.SchemeJson;
import io.github.ficsdk.core.appraisal.scheme.Scheme;
import io.github.ficsdk.core.appraisal.scheme.SchemeLoadException;
import io.github.ficsdk.core.appraisal.spi.RuleRegistry;
import io.github.ficsdk.core.appraisal.spi.RuleScore;
import io.github.ficsdk.core.appraisal.spi.ScoringRule;
import io.github.ficsdk.core.period.ReportingPeriod;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppraiserTest {

    private static final ReportingPeriod YEAR = ReportingPeriod.parse("2017");
    private static final Scheme SCHEME = Scheme.parse(SchemeTest.MINIMAL);

    private static EvidenceRecord evidence(String subject, boolean party, int activities) {
        return EvidenceRecord.of(subject, "2017", Map.of("party.established", party, "party.activities", activities,
                "compliance.seriousViolation", false, "awards.provincial", 0));
    }

    @Test
    void appraise_explanationsAndJsonShape() throws Exception {
        Scheme labelled = Scheme.parse(SchemeTest.MINIMAL
                .replace("\"points\": 10}", "\"points\": 10, \"label\": \"党组织已建立\"}")
                .replace("\"maxPoints\": 15}", "\"maxPoints\": 15, \"label\": \"党建活动\", \"unit\": \"次\"}"));
        AppraisalResult r = Appraiser.standard().appraise(labelled, YEAR, evidence("C0001", true, 12));
        List<RuleResult> rules = r.getDimensions().get(0).getRules();
        assertEquals("党组织已建立 +10", rules.get(0).getExplanation());
        assertEquals("党建活动 12 次 × 1 分，上限 15 → 12", rules.get(1).getExplanation());
        assertEquals("party.activities 12 × 1 point, cap 15 → 12", rules.get(1).getExplanationEn());
        assertEquals(0, new BigDecimal("22").compareTo(r.getTotal()));
        assertEquals("FAIL", r.getGrade());
        assertTrue(r.getVetoes().isEmpty());

        JsonNode json = SchemeJson.MAPPER.readTree(r.toJson());
        for (String name : List.of("subject", "scheme", "version", "period", "dimensions", "bonus", "total", "grade", "vetoes")) {
            assertTrue(json.has(name), name);
        }
        JsonNode dim = json.get("dimensions").get(0);
        assertEquals("POLITICAL_GUIDANCE", dim.get("code").asText());
        assertEquals(22, dim.get("points").intValue());
        assertEquals(25, dim.get("maxPoints").intValue());
        assertEquals("linear", dim.get("rules").get(1).get("rule").asText());
        assertEquals(12, dim.get("rules").get(1).get("points").intValue());
        assertTrue(dim.get("rules").get(1).get("explanation").isTextual());
        assertEquals("C0001", json.get("subject").asText());
        assertEquals("2017", json.get("period").asText());
        assertTrue(json.get("total").isNumber());
        assertEquals(12, json.get("evidence").get("party.activities").intValue());
    }

    @Test
    void appraise_vetoFails() {
        // PASS from 20 points: 30 points pass, unless the veto fires
        Scheme passAt20 = Scheme.parse(SchemeTest.MINIMAL.replace("{\"grade\": \"PASS\", \"minPoints\": 60}",
                "{\"grade\": \"PASS\", \"minPoints\": 20}"));
        EvidenceRecord clean = EvidenceRecord.of("C1", "2017", Map.of("party.established", true, "party.activities", 99,
                "compliance.seriousViolation", false, "awards.provincial", 1));
        AppraisalResult passed = Appraiser.standard().appraise(passAt20, YEAR, clean);
        assertEquals("PASS", passed.getGrade());
        assertEquals(List.of(), passed.getVetoes());
        EvidenceRecord violation = EvidenceRecord.of("C1", "2017", Map.of("party.established", true,
                "party.activities", 99, "compliance.seriousViolation", true, "awards.provincial", 1));
        AppraisalResult r = Appraiser.standard().appraise(passAt20, YEAR, violation);
        assertEquals(0, new BigDecimal("30").compareTo(r.getTotal()));
        assertEquals("FAIL", r.getGrade());
        assertEquals(List.of("严重违法违规"), r.getVetoes());
    }

    @Test
    void appraise_missingEvidenceNamesSubjectRuleAndKey() {
        EvidenceRecord e = EvidenceRecord.of("C7", "2017", Map.of("party.established", true,
                "compliance.seriousViolation", false, "awards.provincial", 0));
        AppraisalException x = assertThrows(AppraisalException.class, () -> Appraiser.standard().appraise(SCHEME, YEAR, e));
        assertEquals("MISSING_EVIDENCE", x.getProblemCode());
        assertEquals("C7", x.getSubject());
        assertEquals("linear", x.getRule());
        assertEquals("dimensions[POLITICAL_GUIDANCE]", x.getSection());
        assertEquals("dimensions[0].rules[1]", x.getProblemPath());
        assertEquals("party.activities", x.getEvidenceKey().orElseThrow());
        assertTrue(x.getMessage().contains("C7") && x.getMessage().contains("linear") && x.getMessage().contains("party.activities"));
    }

    @Test
    void appraise_wrongEvidenceType() {
        EvidenceRecord e = EvidenceRecord.of("C8", "2017", Map.of("party.established", 1, "party.activities", 2,
                "compliance.seriousViolation", false, "awards.provincial", 0));
        AppraisalException x = assertThrows(AppraisalException.class, () -> Appraiser.standard().appraise(SCHEME, YEAR, e));
        assertEquals("EVIDENCE_TYPE", x.getProblemCode());
        assertEquals("flag", x.getRule());
        assertEquals("party.established", x.getEvidenceKey().orElseThrow());
    }

    @Test
    void appraise_ifMissingIsUsedAndSaid() {
        Scheme s = Scheme.parse(SchemeTest.MINIMAL.replace("\"reason\": \"严重违法违规\"", "\"reason\": \"严重违法违规\", \"ifMissing\": false"));
        AppraisalResult r = Appraiser.standard().appraise(s, YEAR,
                EvidenceRecord.of("C9", "2017", Map.of("party.established", true, "party.activities", 1, "awards.provincial", 0)));
        assertTrue(r.getVetoes().isEmpty());
    }

    // ---- faults of plug-in rules ----

    private static Scheme withPlugin(String id) {
        return Scheme.parse(SchemeTest.MINIMAL.replace(
                "\"rule\": \"linear\", \"evidence\": \"party.activities\", \"pointsPerUnit\": 1, \"maxPoints\": 15",
                "\"rule\": \"" + id + "\", \"points\": 5"), RuleRegistry.builtIns().with(Rules.constant(id, BigDecimal.ONE)));
    }

    private static List<String> subjects(int n) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(String.format("C%05d", i));
        }
        return ids;
    }

    private static EvidenceTable table(List<String> subjects) {
        EvidenceTable.Builder b = EvidenceTable.builder(ReportingPeriod.parse("2017"));
        for (String s : subjects) {
            b.put(s, "party.established", true, List.of()).put(s, "party.activities", 3, List.of())
                    .put(s, "compliance.seriousViolation", false, List.of()).put(s, "awards.provincial", 0, List.of());
        }
        return b.build();
    }

    private static AppraisalException batchFails(ScoringRule rule, Appraiser.Builder builder) {
        Scheme scheme = withPlugin(rule.getId());
        Appraiser appraiser = builder.registry(RuleRegistry.builtIns().with(rule)).build();
        List<String> ids = subjects(10_000);
        return assertThrows(AppraisalException.class, () -> appraiser.appraiseAll(scheme, YEAR, ids, table(ids)));
    }

    @Test
    void appraiseAll_pluginThrowingForOneSubjectIn10000FailsTheBatch() {
        ScoringRule rule = Rules.of("x-flaky", BigDecimal.ONE, List.of(), in -> {
            if (in.getSubject().equals("C04321")) {
                throw new IllegalStateException("boom");
            }
            return RuleScore.of(BigDecimal.ONE, "一", "one");
        });
        AppraisalException x = batchFails(rule, Appraiser.builder());
        assertEquals("RULE_FAILED", x.getProblemCode());
        assertEquals("C04321", x.getSubject());
        assertEquals("x-flaky", x.getRule());
        assertEquals("dimensions[POLITICAL_GUIDANCE]", x.getSection());
        assertTrue(x.getCause() instanceof IllegalStateException);
    }

    @Test
    void appraiseAll_pluginWhoseLazyExplanationThrowsIsNamed() {
        ScoringRule rule = Rules.of("x-lazy", BigDecimal.ONE, List.of(), in -> RuleScore.lazy(BigDecimal.ONE, () -> {
            if (in.getSubject().equals("C00123")) {
                throw new IllegalStateException("boom in explanation");
            }
            return "一";
        }, () -> "one"));
        AppraisalException x = batchFails(rule, Appraiser.builder());
        assertEquals("RULE_FAILED", x.getProblemCode());
        assertEquals("C00123", x.getSubject());
        assertEquals("x-lazy", x.getRule());
    }

    @Test
    void appraiseAll_thresholdTiersInAnyOrder() {
        String tiers = "{\"rule\": \"threshold\", \"evidence\": \"party.activities\", "
                + "\"tiers\": [{\"atLeast\": 10, \"points\": 15}, {\"atLeast\": 1, \"points\": 5}, {\"atLeast\": 5, \"points\": 10}]}";
        Scheme scheme = Scheme.parse(SchemeTest.MINIMAL.replace(
                "{\"rule\": \"linear\", \"evidence\": \"party.activities\", \"pointsPerUnit\": 1, \"maxPoints\": 15}", tiers));
        assertEquals(0, BigDecimal.valueOf(10).compareTo(Appraiser.standard().appraise(scheme, YEAR,
                evidence("C1", false, 7)).getTotal()));
        assertEquals(0, BigDecimal.valueOf(15).compareTo(Appraiser.standard().appraise(scheme, YEAR,
                evidence("C1", false, 12)).getTotal()));
        assertEquals(0, BigDecimal.ZERO.compareTo(Appraiser.standard().appraise(scheme, YEAR,
                evidence("C1", false, 0)).getTotal()));
        SchemeLoadException twice = assertThrows(SchemeLoadException.class, () -> Scheme.parse(
                SchemeTest.MINIMAL.replace("{\"rule\": \"linear\", \"evidence\": \"party.activities\", \"pointsPerUnit\": 1, \"maxPoints\": 15}",
                        tiers.replace("\"atLeast\": 5", "\"atLeast\": 10"))));
        assertEquals("INVALID_PARAMETER", twice.getProblemCode());
    }

    @Test
    void appraiseAll_pluginReturningNegativeOrOverCapOrNull() {
        AppraisalException negative = batchFails(Rules.of("x-neg", BigDecimal.ONE, List.of(),
                in -> RuleScore.of(in.getSubject().equals("C00007") ? new BigDecimal("-0.5") : BigDecimal.ONE, "a", "a")),
                Appraiser.builder());
        assertEquals("RULE_NEGATIVE", negative.getProblemCode());
        assertEquals("C00007", negative.getSubject());
        AppraisalException over = batchFails(Rules.of("x-over", BigDecimal.ONE, List.of(),
                in -> RuleScore.of(in.getSubject().equals("C09999") ? new BigDecimal("1.01") : BigDecimal.ONE, "a", "a")),
                Appraiser.builder());
        assertEquals("RULE_ABOVE_CAP", over.getProblemCode());
        assertEquals("C09999", over.getSubject());
        AppraisalException nul = batchFails(Rules.of("x-null", BigDecimal.ONE, List.of(),
                in -> in.getSubject().equals("C00000") ? null : RuleScore.of(BigDecimal.ONE, "a", "a")), Appraiser.builder());
        assertEquals("RULE_NULL", nul.getProblemCode());
    }

    @Test
    void appraiseAll_pluginOverItsTimeBudget() {
        ScoringRule slow = Rules.of("x-slow", BigDecimal.ONE, List.of(), in -> {
            if (in.getSubject().equals("C00042")) {
                try {
                    Thread.sleep(30);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return RuleScore.of(BigDecimal.ONE, "a", "a");
        });
        AppraisalException x = batchFails(slow, Appraiser.builder().ruleBudget("x-slow", Duration.ofMillis(10)));
        assertEquals("RULE_TIMEOUT", x.getProblemCode());
        assertEquals("C00042", x.getSubject());
        assertEquals("x-slow", x.getRule());
    }

    @Test
    void appraiseAll_missingEvidenceFailsTheBatch() {
        List<String> ids = subjects(100);
        EvidenceTable t = table(ids).overriddenBy(EvidenceTable.builder(ReportingPeriod.parse("2017")).row("C00100").build());
        ids.add("C00100");
        AppraisalException x = assertThrows(AppraisalException.class,
                () -> Appraiser.standard().appraiseAll(SCHEME, YEAR, ids, t));
        assertEquals("C00100", x.getSubject());
        assertEquals("MISSING_EVIDENCE", x.getProblemCode());
    }

    @Test
    void appraiseAll_resultsInSubjectOrder() {
        List<String> ids = new ArrayList<>(subjects(50));
        java.util.Collections.reverse(ids);
        List<AppraisalResult> results = Appraiser.standard().appraiseAll(SCHEME, YEAR, ids, table(ids));
        assertEquals(50, results.size());
        for (int i = 1; i < results.size(); i++) {
            assertTrue(results.get(i - 1).getSubject().compareTo(results.get(i).getSubject()) < 0);
        }
    }
}
