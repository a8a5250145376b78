package io.github.ficsdk.examples.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ficsdk.core.appraisal.AppraisalBatch;
import io.github.ficsdk.core.appraisal.AppraisalResult;
import io.github.ficsdk.core.appraisal.AppraisalSummary;
import io.github.ficsdk.core.appraisal.scheme.RuleSpec;
import io.github.ficsdk.core.appraisal.scheme.SchemeLoadException;
import io.github.ficsdk.core.appraisal.spi.PreparedRule;
import io.github.ficsdk.core.appraisal.spi.RuleInput;
import io.github.ficsdk.core.appraisal.spi.RuleParameterException;
import io.github.ficsdk.core.appraisal.spi.RuleRegistry;
import io.github.ficsdk.core.appraisal.spi.RuleScore;
import io.github.ficsdk.core.io.DataQualityReport;
import io.github.ficsdk.core.io.DatasetProblem;
import io.github.ficsdk.examples.seed.SeedDataset;
import io.github.ficsdk.report.Report;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SamplesTest {

    static <T> String capture(Function<PrintStream, T> sample) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            sample.apply(out);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void validateCountyDataset_findsEveryPlantedMistake(@TempDir Path folder) {
        ValidateCountyDataset.copyBundled(folder);
        DataQualityReport[] quality = new DataQualityReport[1];
        String out = capture(o -> quality[0] = ValidateCountyDataset.run(folder, o));
        List<String> found = quality[0].getProblems().stream().map(p -> p.getFile() + ":" + p.getLine() + " " + p.getProblemCode()).toList();
        assertEquals(List.of(
                "chambers.jsonl:2 FEE_TIERS_TOO_MANY",
                "chambers.jsonl:3 CREDIT_CODE_CHECK_CHARACTER",
                "enterprises.jsonl:2 INDUSTRY_CODE_UNKNOWN",
                "persons.jsonl:2 MOBILE_NUMBER_PREFIX",
                "activities.jsonl:2 END_BEFORE_START",
                "activities.jsonl:3 YUAN_AMOUNT_SCALE",
                "activities.jsonl:4 UNKNOWN_REFERENCE"), found, out);
        assertTrue(out.contains("activities.jsonl：读取 4 条，有效 2 条，拒绝 2 条"), out);
        assertTrue(out.contains("请修正后重新报送"), out);
        assertFalse(out.contains("13500721290") || out.contains("12345678901"), "no mobile number in full: " + out);
        assertTrue(quality[0].getProblems().stream().filter(p -> p.getProblemCode().equals("FEE_TIERS_TOO_MANY"))
                .noneMatch(DatasetProblem::isError));
    }

    @Test
    void customIndicator_sumsTheHoursExtension(@TempDir Path folder) {
        Report[] report = new Report[1];
        String out = capture(o -> report[0] = CustomIndicatorSample.run(SeedDataset.generate().writeTo(folder), o));
        assertEquals(0, new BigDecimal("87").compareTo(report[0].total("X_MENTORING.HOURS").orElseThrow().getValue()), out);
        assertEquals(0, BigDecimal.valueOf(12).compareTo(report[0].total("X_MENTORING.TARGETS.PERSON").orElseThrow().getValue()));
        assertTrue(out.contains("| 导师辅导时长 | `X_MENTORING.HOURS` | 小时 | 87 |"), out);
    }

    @Test
    void inMemoryStatistics_countsCoOrganizedOnce() {
        Report[] report = new Report[1];
        String out = capture(o -> report[0] = InMemoryStatistics.run(o));
        assertEquals(3, report[0].total("VISIT.TARGETS.CHAMBER").orElseThrow().getValue().intValue(), out);
        assertEquals(1, report[0].total("VISIT.DISTINCT.ENTERPRISE").orElseThrow().getValue().intValue());
        assertEquals(50, report[0].total("VISIT.COPIES").orElseThrow().getValue().intValue());
        assertEquals(3, report[0].value("F330402", "VISIT.TARGETS.CHAMBER").orElseThrow().getValue().intValue());
        assertEquals(2, report[0].value("F330481", "VISIT.TARGETS.CHAMBER").orElseThrow().getValue().intValue());
        assertTrue(out.contains("F330400 CHARITY.AMOUNT = 350000.00 元"), out);
        assertTrue(out.contains("累计投入资金 35 万元"), out);
    }

    // ------------------------------------------------------------------ appraisal

    @Test
    void pluginRule_schemeLoadsOnlyThroughServiceLoader() {
        SchemeLoadException e = assertThrows(SchemeLoadException.class,
                () -> PluginRuleSample.scheme(RuleRegistry.builtIns()));
        assertEquals("UNKNOWN_RULE", e.getProblemCode());
        assertEquals("dimensions[0].rules[0].rule", e.getPath());
        assertTrue(e.getMessage().contains("x-member-growth"), e.getMessage());
        assertInstanceOf(PluginRuleSample.MemberGrowthRule.class,
                RuleRegistry.standard().find(PluginRuleSample.MemberGrowthRule.ID).orElseThrow());
        assertEquals("X_MEMBER_DEVELOPMENT", PluginRuleSample.scheme(RuleRegistry.standard()).getId());
    }

    @Test
    void pluginRule_appraisesTheSeedChambers(@TempDir Path folder) {
        AppraisalBatch[] batch = new AppraisalBatch[1];
        String out = capture(o -> batch[0] = PluginRuleSample.run(SeedDataset.generate().writeTo(folder), o));
        AppraisalSummary.SchemeSummary summary = batch[0].getSummary().getSchemes().get(0);
        assertEquals(Map.of("GOOD", 33L, "PASS", 89L, "FAIL", 20L), summary.getGrades(), out);
        assertEquals(Map.of("GOOD", 10L), summary.getBySubtree().get("F330483"));
        assertEquals(Map.of("PASS", 10L), summary.getBySubtree().get("F330421"));
        assertTrue(out.contains("插件规则 x-member-growth 由 ServiceLoader 发现"), out);
        assertTrue(out.contains("2016 年 142 家商会：{FAIL=20, GOOD=33, PASS=89}"), out);
        assertTrue(out.contains("51330400MJ00098N3Y x-member-growth：会员 4 → 5，增长 25% ≥ 25% +10；总分 20，GOOD"), out);
        assertTrue(out.contains("x-member-growth：会员 5 → 5，增长 0% < 25% → 0；总分 10，PASS"), out);
    }

    static RuleScore growth(Object before, Object now) {
        PreparedRule rule = new PluginRuleSample.MemberGrowthRule().prepare(RuleSpec.builder().rule("x-member-growth")
                .putParameter("baseline", "members.previousYear").putParameter("atLeastPercent", new BigDecimal("30"))
                .putParameter("points", BigDecimal.TEN).build());
        assertEquals(List.of("members.total", "members.previousYear"), rule.getEvidenceKeys());
        assertEquals(BigDecimal.TEN, rule.getMaxPoints());
        return rule.score(RuleInput.of("C1", Map.of("members.previousYear", before, "members.total", now)));
    }

    @Test
    void memberGrowthRule_alone() {
        RuleScore up = growth(new BigDecimal("3"), new BigDecimal("4"));
        assertEquals(BigDecimal.TEN, up.getPoints());
        assertEquals("members.total 3 → 4，增长 33.3% ≥ 30% +10", up.getExplanation());
        assertEquals("members.total 3 → 4, growth 33.3% ≥ 30% +10", up.getExplanationEn());
        assertEquals(0, growth(new BigDecimal("10"), new BigDecimal("12")).getPoints().signum(), "20% < 30%");
        assertEquals(BigDecimal.TEN, growth(new BigDecimal("10"), new BigDecimal("13")).getPoints(), "exactly 30%");
        assertEquals(BigDecimal.TEN, growth(BigDecimal.ZERO, new BigDecimal("2")).getPoints(), "from none");
        assertEquals(0, growth(BigDecimal.ZERO, BigDecimal.ZERO).getPoints().signum());
        RuleParameterException e = assertThrows(RuleParameterException.class, () -> new PluginRuleSample.MemberGrowthRule()
                .prepare(RuleSpec.builder().rule("x-member-growth").putParameter("atLeastPercent", BigDecimal.ONE)
                        .putParameter("points", BigDecimal.ONE).build()));
        assertEquals("baseline", e.getParameter());
    }

    @Test
    void appraiseChambers_gradesSpreadPerCounty(@TempDir Path folder) {
        AppraisalBatch[] batch = new AppraisalBatch[1];
        String out = capture(o -> batch[0] = AppraiseChambersSample.run(SeedDataset.generate().writeTo(folder), o));
        assertEquals(142, batch[0].getResults().size());
        AppraisalSummary.SchemeSummary summary = batch[0].getSummary().getSchemes().get(0);
        assertEquals("FOUR_GOOD_CHAMBER", summary.getScheme());
        assertEquals(Map.of("EXCELLENT", 12L, "GOOD", 5L, "PASS", 11L, "FAIL", 109L, AppraisalResult.NOT_ELIGIBLE, 5L),
                summary.getGrades(), out);
        assertEquals(summary.getGrades(), summary.getBySubtree().get("F330400"));
        assertEquals(Map.of("EXCELLENT", 2L, "GOOD", 1L, "PASS", 2L, "FAIL", 5L), summary.getBySubtree().get("F330402"));
        assertEquals(Map.of("EXCELLENT", 1L, "PASS", 1L, "FAIL", 8L), summary.getBySubtree().get("F330411"));
        assertEquals(Map.of("FAIL", 10L), summary.getBySubtree().get("F330421"));
        assertEquals(Map.of("PASS", 2L, "FAIL", 8L), summary.getBySubtree().get("F330424"));
        assertEquals(Map.of("EXCELLENT", 1L, "FAIL", 9L), summary.getBySubtree().get("F330481"));
        assertEquals(Map.of("EXCELLENT", 2L, "GOOD", 1L, "FAIL", 7L), summary.getBySubtree().get("F330482"));
        assertEquals(Map.of("EXCELLENT", 1L, "GOOD", 1L, "PASS", 2L, "FAIL", 6L), summary.getBySubtree().get("F330483"));
        assertTrue(out.contains("全市：EXCELLENT 12，GOOD 5，PASS 11，FAIL 109，NOT_ELIGIBLE 5"), out);
        assertTrue(out.contains("F330402 南湖区工商业联合会（商会）：EXCELLENT 2，GOOD 1，PASS 2，FAIL 5，NOT_ELIGIBLE 0"), out);
        assertTrue(out.contains("一票否决：51330400MJ0036WM6A（严重违法违规，105 分）；51330481MJ00YADPXN（严重违法违规，105 分）"), out);
        assertTrue(out.contains("evidence.jsonl 给出其中 35 家的证据"), out);
    }

    @Test
    void appraiseChambers_evidenceOfOtherPeriodsIsLeftOut() {
        assertEquals(35, AppraiseChambersSample.evidence(io.github.ficsdk.core.period.ReportingPeriod.parse("2017")).size());
        assertEquals(1, AppraiseChambersSample.evidence(io.github.ficsdk.core.period.ReportingPeriod.parse("2016")).size());
    }
}
