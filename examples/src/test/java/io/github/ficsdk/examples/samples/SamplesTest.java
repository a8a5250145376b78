package io.github.ficsdk.examples.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        List<String> found = quality[0].getProblems().stream().map(p -> p.file() + ":" + p.line() + " " + p.code()).toList();
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
        assertTrue(quality[0].getProblems().stream().filter(p -> p.code().equals("FEE_TIERS_TOO_MANY"))
                .noneMatch(DatasetProblem::isError));
    }

    @Test
    void customIndicator_sumsTheHoursExtension(@TempDir Path folder) {
        Report[] report = new Report[1];
        String out = capture(o -> report[0] = CustomIndicatorSample.run(SeedDataset.generate().writeTo(folder), o));
        assertEquals(0, new BigDecimal("87").compareTo(report[0].total("X_MENTORING.HOURS").orElseThrow().value()), out);
        assertEquals(0, BigDecimal.valueOf(12).compareTo(report[0].total("X_MENTORING.TARGETS.PERSON").orElseThrow().value()));
        assertTrue(out.contains("| 导师辅导时长 | `X_MENTORING.HOURS` | 小时 | 87 |"), out);
    }

    @Test
    void inMemoryStatistics_countsCoOrganizedOnce() {
        Report[] report = new Report[1];
        String out = capture(o -> report[0] = InMemoryStatistics.run(o));
        assertEquals(3, report[0].total("VISIT.TARGETS.CHAMBER").orElseThrow().value().intValue(), out);
        assertEquals(1, report[0].total("VISIT.DISTINCT.ENTERPRISE").orElseThrow().value().intValue());
        assertEquals(50, report[0].total("VISIT.COPIES").orElseThrow().value().intValue());
        assertEquals(3, report[0].value("F330402", "VISIT.TARGETS.CHAMBER").orElseThrow().value().intValue());
        assertEquals(2, report[0].value("F330481", "VISIT.TARGETS.CHAMBER").orElseThrow().value().intValue());
        assertTrue(out.contains("F330400 CHARITY.AMOUNT = 350000.00 元"), out);
        assertTrue(out.contains("累计投入资金 35 万元"), out);
    }
}
