package io.github.ficsdk.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ficsdk.core.io.Dataset;
import io.github.ficsdk.core.io.ProblemMessages;
import io.github.ficsdk.core.period.ReportingPeriod;
import io.github.ficsdk.report.Breakdown;
import io.github.ficsdk.report.IndicatorCatalog;
import io.github.ficsdk.report.Narrative;
import io.github.ficsdk.report.Report;
import io.github.ficsdk.report.ReportEngine;
import io.github.ficsdk.report.ReportQuery;
import io.github.ficsdk.report.ReportRenderers;
import io.github.ficsdk.validation.FicValidator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code fic-spark report --format json} prints exactly what the app's {@code report --format json}
 * prints (the local engine's report, problems in the language of {@code --lang}, the same writer),
 * and exits as the app does.
 */
class FicSparkMainTest {

    private record Run(int status, String out, String err) {}

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = FicSparkMain.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** What the app prints: the local engine's report, problems localized, by the library's JSON writer. */
    private static String app(Path dir, ReportQuery query, Locale locale, FicValidator validator) {
        Report r = ReportEngine.standard().run(query, Dataset.of(dir).withValidator(validator));
        r = r.withProblems(r.getProblems().stream().map(p -> ProblemMessages.localize(p, locale)).toList());
        return ReportRenderers.json(r, Narrative.standard().compose(r, IndicatorCatalog.standard()));
    }

    @Test
    void report_printsTheAppsJson(@TempDir Path tmp) throws IOException {
        Path dir = TestDatasets.folder(new Random(42), 150, false);
        try {
            Run zh = run("report", "--data", dir.toString(), "--period", "2017-H1", "--scope", "F330400", "--by",
                    "child", "--format", "json", "--master", "local[2]", "--ranges", "3");
            assertEquals(0, zh.status, zh.err);
            ReportQuery query = ReportQuery.builder().period(ReportingPeriod.parse("2017-H1")).scope("F330400")
                    .breakdown(Breakdown.CHILD).build();
            assertEquals(app(dir, query, Locale.SIMPLIFIED_CHINESE, FicValidator.chinese()), zh.out);
            assertTrue(zh.err.contains("problems"), zh.err);

            Run en = run("report", "--data", dir.toString(), "--period", "2017-Q1", "--scope", "F330402",
                    "--indicators", "VISIT.EVENTS,ALL.DISTINCT.ENTERPRISE", "--lang", "en", "--master", "local[2]");
            assertEquals(0, en.status, en.err);
            ReportQuery q1 = ReportQuery.builder().period(ReportingPeriod.parse("2017-Q1")).scope("F330402")
                    .indicators(List.of("VISIT.EVENTS", "ALL.DISTINCT.ENTERPRISE")).build();
            assertEquals(app(dir, q1, Locale.ENGLISH, FicValidator.english()), en.out);
        } finally {
            TestDatasets.delete(dir);
        }
    }

    @Test
    void refusedReport_printsNoFigure_andExits1(@TempDir Path dir) throws IOException {
        TestDatasets.writeOrganizations(dir);
        Files.writeString(dir.resolve("activities.jsonl"),
                "{\"id\":\"A1\",\"kind\":\"VISIT\",\"start\":\"2017-03-01\",\"organizers\":[\"C1\"]}\r"
                        + "{\"id\":\"A2\",\"kind\":\"VISIT\",\"start\":\"2017-03-01\",\"organizers\":[\"C1\"]}\r",
                StandardCharsets.UTF_8);
        Run r = run("report", "--data", dir.toString(), "--period", "2017", "--scope", "F330400", "--master",
                "local[1]");
        assertEquals(1, r.status);
        assertEquals("", r.out);
        assertTrue(r.err.contains("LINE_ENDINGS"), r.err);
    }

    @Test
    void unusableArguments_exit2(@TempDir Path dir) {
        assertEquals(2, run("report", "--data", dir.toString(), "--period", "2017-H3", "--scope", "F1").status);
        assertEquals(2, run("report", "--data", dir.resolve("none").toString(), "--period", "2017", "--scope", "F1")
                .status);
        Run unknown = run("report", "--data", dir.toString(), "--period", "2017", "--scope", "F1", "--indicators",
                "VISIT.NOPE");
        assertEquals(2, unknown.status);
        assertTrue(unknown.err.contains("VISIT.NOPE"), unknown.err);
        assertEquals(2, run("report", "--data", dir.toString(), "--period", "2017", "--scope", "F1", "--format",
                "csv").status);
        assertEquals(2, run("validate").status);
    }
}
