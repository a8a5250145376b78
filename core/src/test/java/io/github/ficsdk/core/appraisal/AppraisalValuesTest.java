package io.github.ficsdk.core.appraisal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ficsdk.core.appraisal.scheme.RuleSpec;
import io.github.ficsdk.core.appraisal.scheme.Scheme;
import io.github.ficsdk.core.appraisal.spi.PreparedRule;
import io.github.ficsdk.core.appraisal.spi.RuleInput;
import io.github.ficsdk.core.appraisal.spi.RuleRegistry;
import io.github.ficsdk.core.appraisal.spi.RuleScore;
import io.github.ficsdk.core.appraisal.spi.ScoringRule;
import io.github.ficsdk.core.period.ReportingPeriod;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The result values: their factories, their copies and what their equality compares. */
class AppraisalValuesTest {

    private static final ReportingPeriod YEAR = ReportingPeriod.parse("2017");
    private static final Scheme SCHEME = Scheme.parse(SchemeTest.MINIMAL);

    private static EvidenceRecord evidence(String activitySource) {
        return EvidenceTable.builder(YEAR).put("C1", "party.established", true, List.of())
                .put("C1", "party.activities", 12, List.of(activitySource))
                .put("C1", "compliance.seriousViolation", false, List.of()).put("C1", "awards.provincial", 0, List.of())
                .build().getOrEmpty("C1");
    }

    @Test
    void schemeSummary_sortsAndCopiesItsCounts() {
        Map<String, Long> grades = new HashMap<>(Map.of("PASS", 2L, "EXCELLENT", 1L, "FAIL", 3L));
        Map<String, Map<String, Long>> bySubtree = new HashMap<>();
        bySubtree.put("F2", new HashMap<>(Map.of("PASS", 2L, "FAIL", 1L)));
        bySubtree.put("F1", new HashMap<>(Map.of("FAIL", 2L)));
        AppraisalSummary.SchemeSummary s = AppraisalSummary.SchemeSummary.of("T", "1", grades, bySubtree);

        assertEquals(List.of("EXCELLENT", "FAIL", "PASS"), new ArrayList<>(s.getGrades().keySet()));
        assertEquals(List.of("F1", "F2"), new ArrayList<>(s.getBySubtree().keySet()));
        assertEquals(List.of("FAIL", "PASS"), new ArrayList<>(s.getBySubtree().get("F2").keySet()));
        grades.put("GOOD", 9L);
        bySubtree.get("F1").put("PASS", 9L);
        assertEquals(6L, s.getGrades().values().stream().mapToLong(Long::longValue).sum());
        assertEquals(Map.of("FAIL", 2L), s.getBySubtree().get("F1"));
        assertThrows(UnsupportedOperationException.class, () -> s.getBySubtree().get("F1").put("X", 1L));
        assertEquals(s, AppraisalSummary.SchemeSummary.of("T", "1", Map.of("FAIL", 3L, "PASS", 2L, "EXCELLENT", 1L),
                Map.of("F1", Map.of("FAIL", 2L), "F2", Map.of("FAIL", 1L, "PASS", 2L))));
    }

    @Test
    void dimensionResultAndBatch_copyTheirLists() {
        List<RuleResult> rules = new ArrayList<>();
        DimensionResult d = DimensionResult.of("D", "维度", BigDecimal.ONE, BigDecimal.TEN, rules);
        rules.add(null);
        assertEquals(List.of(), d.getRules());
        assertThrows(NullPointerException.class, () -> DimensionResult.of("D", "维度", BigDecimal.ONE, BigDecimal.TEN, rules));
        assertThrows(NullPointerException.class, () -> AppraisalBatch.of(List.of(), null));
    }

    @Test
    void appraisalResult_equalityComparesTheEvidenceAndItsSources() {
        AppraisalResult a = Appraiser.standard().appraise(SCHEME, YEAR, evidence("A1"));
        AppraisalResult same = Appraiser.standard().appraise(SCHEME, YEAR, evidence("A1"));
        AppraisalResult otherSource = Appraiser.standard().appraise(SCHEME, YEAR, evidence("A2"));

        assertEquals(a, same);
        assertEquals(a.hashCode(), same.hashCode());
        // the same points, grade and explanations: only the records behind the evidence differ
        assertEquals(a.toJson().replace("A1", "A2"), otherSource.toJson());
        assertNotEquals(a, otherSource);
    }

    @Test
    void ruleResult_keepsTheCapItsRuleDeclaredWhenPrepared() {
        ScoringRule fickle = new ScoringRule() {
            @Override
            public String getId() {
                return "x-fickle";
            }

            @Override
            public Set<String> getParameters() {
                return Set.of("points");
            }

            @Override
            public PreparedRule prepare(RuleSpec spec) {
                AtomicInteger asked = new AtomicInteger();
                return new PreparedRule() {
                    @Override
                    public List<String> getEvidenceKeys() {
                        return List.of();
                    }

                    @Override
                    public BigDecimal getMaxPoints() {
                        // the cap declared once, then nonsense
                        return asked.getAndIncrement() == 0 ? new BigDecimal("15") : null;
                    }

                    @Override
                    public RuleScore score(RuleInput input) {
                        return RuleScore.of(new BigDecimal("7"), "七分", "seven points");
                    }
                };
            }
        };
        Scheme scheme = Scheme.parse(SchemeTest.MINIMAL.replace(
                "\"rule\": \"linear\", \"evidence\": \"party.activities\", \"pointsPerUnit\": 1, \"maxPoints\": 15",
                "\"rule\": \"x-fickle\", \"points\": 1"), RuleRegistry.builtIns().with(fickle));
        Appraiser appraiser = Appraiser.builder().registry(RuleRegistry.builtIns().with(fickle)).build();

        RuleResult r = appraiser.appraise(scheme, YEAR, evidence("A1")).getDimensions().get(0).getRules().get(1);
        assertEquals("x-fickle", r.rule());
        assertEquals(new BigDecimal("7"), r.getPoints());
        assertEquals(new BigDecimal("15"), r.maxPoints());
        assertEquals("七分", r.getExplanation());
    }
}
