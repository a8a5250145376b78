package io.github.ficsdk.examples.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ficsdk.core.io.Dataset;
import io.github.ficsdk.core.period.ReportingPeriod;
import io.github.ficsdk.examples.Run;
import io.github.ficsdk.report.IndicatorCatalog;
import io.github.ficsdk.report.Narrative;
import io.github.ficsdk.report.NarrativeChecks;
import io.github.ficsdk.report.Report;
import io.github.ficsdk.report.ReportEngine;
import io.github.ficsdk.report.ReportQuery;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The narrative of every scope of the seed dataset (the city and its 7 counties) for the seed's
 * periods, 2017-H1 and 2017: no 0 figure, at most two decimals, no contradicted approximation,
 * the subject once per section.
 */
class SeedNarrativeTest {

    static final List<String> SCOPES = List.of("F330400", "F330402", "F330411", "F330421", "F330424", "F330481",
            "F330482", "F330483");

    @TempDir
    static Path seed;

    @BeforeAll
    static void write() {
        SeedDataset.generate().writeTo(seed);
    }

    static Stream<Arguments> scopesAndPeriods() {
        return SCOPES.stream().flatMap(s -> Stream.of(Arguments.of(s, "2017-H1"), Arguments.of(s, "2017")));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("scopesAndPeriods")
    void narrative_statesOnlyWhatIsTrue(String scope, String period) {
        IndicatorCatalog catalog = SeedFigures.catalog();
        for (boolean compare : new boolean[] {false, true}) {
            Report report = ReportEngine.of(catalog).run(ReportQuery.builder().period(ReportingPeriod.parse(period))
                    .scope(scope).compareWithTargets(compare).compareWithLastYear(compare).build(), Dataset.of(seed));
            Narrative.Text text = Narrative.standard().compose(report, catalog);
            assertFalse(text.getSections().isEmpty(), text::toString);
            assertEquals(List.of(), NarrativeChecks.violations(report, catalog, text), text::toString);
        }
    }

    @Test
    void structure_ofTheCityFromTheEngine() {
        Report h1 = ReportEngine.standard().run(ReportQuery.builder().period(ReportingPeriod.parse("2017-H1"))
                .scope(SeedDataset.CITY).breakdown(io.github.ficsdk.report.Breakdown.CHILD)
                .indicators(List.of("CHAMBER.COUNT", "CHAMBER.WITH_PARTY_ORGANIZATION", "CHAMBER.FORMED")).build(),
                Dataset.of(seed));
        // 67 of the city, 10 of each county
        assertEquals(137, h1.total("CHAMBER.COUNT").orElseThrow().getValue().intValueExact());
        assertEquals(SeedFigures.CITY_CHAMBERS, own(h1, "CHAMBER.COUNT"));
        // 33 chambers with a branch and the Wenzhou chamber's committee (May 2017); 2 per county
        assertEquals(SeedFigures.CITY_PARTY_BRANCHES, own(h1, "CHAMBER.WITH_PARTY_ORGANIZATION"));
        assertEquals(34 + 7 * 2, h1.total("CHAMBER.WITH_PARTY_ORGANIZATION").orElseThrow().getValue().intValueExact());
        Report y2016 = ReportEngine.standard().run(ReportQuery.builder().period(ReportingPeriod.parse("2016"))
                .scope(SeedDataset.CITY).breakdown(io.github.ficsdk.report.Breakdown.CHILD)
                .indicators(List.of("CHAMBER.FORMED")).build(), Dataset.of(seed));
        assertEquals(SeedFigures.CITY_CHAMBERS_FORMED_2016, own(y2016, "CHAMBER.FORMED"));
        Report year = ReportEngine.standard().run(ReportQuery.builder().period(ReportingPeriod.parse("2017"))
                .scope(SeedDataset.CITY).indicators(List.of("CHAMBER.COUNT", "CHAMBER.FORMED")).build(),
                Dataset.of(seed));
        // the five in preparation are registered from September: they exist at the end of the year
        assertEquals(142, year.total("CHAMBER.COUNT").orElseThrow().getValue().intValueExact());
        assertEquals(5, year.total("CHAMBER.FORMED").orElseThrow().getValue().intValueExact());
    }

    private static int own(Report report, String code) {
        int own = report.total(code).orElseThrow().getValue().intValueExact();
        for (String row : report.getRows().subList(1, report.getRows().size())) {
            own -= report.value(row, code).orElseThrow().getValue().intValueExact();
        }
        return own;
    }

    @Test
    void countyText_asAStafferRunsIt() {
        Run run = Run.of("report", "--data", seed.toString(), "--period", "2017-H1", "--scope", "F330481",
                "--format", "text");
        assertEquals(0, run.status(), run.err());
        String narrative = run.out().substring(run.out().indexOf("表号："));
        for (String nothing : List.of("选派 0 名", "界别委员 0 名", "团体提案 0 件", "轮值 0 期", "会议 0 次", "商协会 0 家",
                "0.70117352", "海宁市工商业联合会（商会）累计")) {
            assertFalse(narrative.contains(nothing), nothing + " in " + narrative);
        }
        assertTrue(narrative.contains("全市工商联系统上半年累计走访商会协会 25 家次、企业 81 家"), narrative);
        assertTrue(narrative.contains("解决融资金额 7000 多万元"), narrative);
        // the table's columns are headed by names, not ids
        assertTrue(run.out().contains("海宁市工商业联合会（商会）（合计）"), run.out());
    }
}
