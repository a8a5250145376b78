package io.github.ficsdk.examples.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ficsdk.core.io.DataQualityReport;
import io.github.ficsdk.core.io.Dataset;
import io.github.ficsdk.core.period.ReportingPeriod;
import io.github.ficsdk.report.Narrative;
import io.github.ficsdk.report.Report;
import io.github.ficsdk.report.ReportEngine;
import io.github.ficsdk.report.ReportQuery;
import io.github.ficsdk.validation.CreditCode;
import io.github.ficsdk.validation.CreditCodeKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SeedDatasetTest {

    @TempDir
    static Path folder;
    static Dataset dataset;
    static Report report;

    @BeforeAll
    static void writeAndRun() {
        dataset = SeedDataset.generate().writeTo(folder);
        report = ReportEngine.of(SeedFigures.catalog()).run(ReportQuery.builder().period(ReportingPeriod.parse(SeedFigures.PERIOD))
                .scope(SeedDataset.CITY).indicators(SeedFigures.indicators()).build(), dataset);
    }

    static Stream<SeedFigures.Figure> figures() {
        return SeedFigures.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("figures")
    void figure_matchesSourceReport(SeedFigures.Figure figure) {
        var value = report.total(figure.indicator()).orElseThrow();
        assertEquals(0, figure.value().compareTo(value.getValue()), figure.indicator() + " = " + value.getValue());
        assertEquals(figure.wording(), Narrative.word(value, SeedFigures.catalog()));
        assertTrue(figure.matches(value, SeedFigures.catalog()));
    }

    @Test
    void validate_isClean() {
        DataQualityReport quality = dataset.validate();
        assertEquals("", quality.getProblems().stream().limit(20).map(Object::toString)
                .reduce("", (a, b) -> a + b + "\n"));
        assertTrue(quality.isClean());
        assertTrue(report.getProblems().isEmpty());
    }

    @Test
    void generate_isDeterministic() throws Exception {
        Path other = Files.createTempDirectory("seed");
        SeedDataset.generate().writeTo(other);
        for (String file : new String[] {"activities.jsonl", "enterprises.jsonl", "persons.jsonl", "proposals.jsonl"}) {
            assertEquals(Files.readString(folder.resolve(file)), Files.readString(other.resolve(file)), file);
        }
    }

    @Test
    void creditCodes_areValid() {
        SeedDataset seed = SeedDataset.generate();
        seed.enterprises().forEach(e -> assertEquals(java.util.List.of(),
                CreditCode.check(e.getCreditCode().orElseThrow(), CreditCodeKind.ENTERPRISE), e.getId()));
        seed.chambers().forEach(c -> assertEquals(java.util.List.of(),
                CreditCode.check(c.getCreditCode().orElseThrow(), CreditCodeKind.CHAMBER), c.getId()));
    }

    @Test
    void structure_matchesSourceReport() {
        SeedDataset seed = SeedDataset.generate();
        assertEquals(8, seed.federations().size());
        assertEquals(SeedFigures.CITY_CHAMBERS, seed.chambers().stream()
                .filter(c -> c.getFederation().equals(SeedDataset.CITY))
                .filter(c -> c.getStatus() != io.github.ficsdk.core.org.ChamberStatus.PREPARING).count());
    }
}
