package io.github.ficsdk.examples.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ficsdk.core.io.Dataset;
import io.github.ficsdk.core.io.FicJson;
import io.github.ficsdk.core.period.ReportingPeriod;
import io.github.ficsdk.core.schema.RecordSchema;
import io.github.ficsdk.examples.seed.SeedDataset;
import io.github.ficsdk.report.Breakdown;
import io.github.ficsdk.report.Report;
import io.github.ficsdk.report.ReportEngine;
import io.github.ficsdk.report.ReportQuery;
import io.github.ficsdk.tabular.Ledger;
import io.github.ficsdk.tabular.LedgerContent;
import io.github.ficsdk.tabular.LedgerImport;
import io.github.ficsdk.tabular.LedgerProblem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample ledger and the JSON dataset it came from give equal records and equal reports. */
class HainingLedgerTest {

    @TempDir
    Path dir;

    @Test
    void sampleLedger_andItsJsonDataset_giveEqualRecordsAndEqualReports() throws IOException {
        SeedDataset seed = SeedDataset.generate();
        Map<RecordSchema<?>, List<?>> records = HainingLedger.records(seed);
        assertTrue(records.values().stream().allMatch(l -> !l.isEmpty()), "every record type is in the sample");
        Path xlsx = HainingLedger.write(seed, dir.resolve("海宁台账.xlsx"));

        LedgerContent[] read = new LedgerContent[1];
        String printed = SamplesTest.capture(out -> read[0] = HainingLedger.read(xlsx, out));
        LedgerContent content = read[0];
        assertTrue(printed.contains("TOTAL_ROW") && printed.contains("活动："), printed);
        List<LedgerProblem> problems = content.getProblems();
        for (Map.Entry<RecordSchema<?>, List<?>> e : records.entrySet()) {
            List<?> back = content.records(e.getKey());
            for (int i = 0; i < Math.min(back.size(), e.getValue().size()); i++) {
                assertEquals(e.getValue().get(i), back.get(i), e.getKey().getName() + " #" + i);
            }
            assertEquals(e.getValue().size(), back.size(), e.getKey().getName() + " " + problems);
        }
        assertEquals(List.of("TOTAL_ROW"), problems.stream().map(LedgerProblem::getProblemCode).toList(), problems.toString());

        // the JSON dataset it came from, and the ledger imported as a dataset folder
        Path json = Files.createDirectories(dir.resolve("json"));
        for (Map.Entry<RecordSchema<?>, List<?>> e : records.entrySet()) {
            StringBuilder lines = new StringBuilder();
            for (Object r : e.getValue()) {
                lines.append(FicJson.mapper().writeValueAsString(r)).append('\n');
            }
            Files.writeString(json.resolve(e.getKey().getFileName().get()), lines, StandardCharsets.UTF_8);
        }
        LedgerImport.Result imported = LedgerImport.of(Ledger.of(xlsx)).writeTo(dir.resolve("imported"));
        assertTrue(imported.isWritten(), imported.getProblems().toString());
        for (Breakdown by : List.of(Breakdown.NONE, Breakdown.MONTH, Breakdown.KIND)) {
            ReportQuery query = ReportQuery.builder().period(ReportingPeriod.parse("2017")).scope(HainingLedger.COUNTY)
                    .breakdown(by).build();
            Report fromJson = ReportEngine.standard().run(query, Dataset.of(json));
            Report fromLedger = ReportEngine.standard().run(query, Dataset.of(imported.getFolder()));
            assertEquals(fromJson.getValues(), fromLedger.getValues(), by.name());
            assertTrue(fromJson.getValues().stream().anyMatch(v -> v.getValue().signum() > 0));
        }
    }
}
