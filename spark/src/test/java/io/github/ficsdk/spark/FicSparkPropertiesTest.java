package io.github.ficsdk.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ficsdk.core.io.Dataset;
import io.github.ficsdk.core.period.ReportingPeriod;
import io.github.ficsdk.report.Breakdown;
import io.github.ficsdk.report.Report;
import io.github.ficsdk.report.ReportEngine;
import io.github.ficsdk.report.ReportQuery;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.apache.spark.sql.SparkSession;

/**
 * Spark in {@code local[2]}, the activities file cut into several ranges, gives exactly the local
 * engine's report over generated dataset folders: every value (co-organized activities counted
 * once per row, distinct targets across ranges), every problem listed and counted, the records
 * read.
 */
class FicSparkPropertiesTest {

    static final List<String> INDICATORS = List.of("VISIT.EVENTS", "VISIT.PARTICIPANTS", "VISIT.AMOUNT",
            "VISIT.COPIES", "VISIT.TARGETS.CHAMBER", "VISIT.DISTINCT.ENTERPRISE", "VISIT.TARGETS.ENTERPRISE",
            "FORUM.EVENTS", "ALL.EVENTS", "ALL.AMOUNT", "ALL.DISTINCT.PERSON", "ALL.DISTINCT.CHAMBER",
            "ALL.TARGETS.PERSON", "X_TEST.PARTICIPANTS", "CHARITY.AMOUNT", "PROPOSAL.SUBMITTED", "PROPOSAL.KEY");

    private static SparkSession spark;

    @BeforeContainer
    static void start() {
        spark = SparkSessions.local();
    }

    @AfterContainer
    static void stop() {
        spark.stop();
    }

    @Provide
    Arbitrary<ReportQuery> queries() {
        ReportQuery.Builder h1 = ReportQuery.builder().period(ReportingPeriod.parse("2017-H1")).scope("F330400")
                .indicators(INDICATORS);
        return Arbitraries.of(
                h1.breakdown(Breakdown.CHILD).build(),
                h1.breakdown(Breakdown.MONTH).compareWithLastYear(true).build(),
                h1.breakdown(Breakdown.KIND).period(ReportingPeriod.parse("2017")).scope("F330402").build(),
                h1.breakdown(Breakdown.NONE).trackSources(true).period(ReportingPeriod.parse("2017-Q1")).build());
    }

    @Provide
    Arbitrary<Integer> limits() {
        return Arbitraries.of(0, 2, 1000);
    }

    @Property(tries = 12)
    void spark_givesTheLocalReport(@ForAll long seed, @ForAll @IntRange(min = 0, max = 120) int lines,
            @ForAll @IntRange(min = 1, max = 5) int ranges, @ForAll("queries") ReportQuery query,
            @ForAll("limits") int maxProblems, @ForAll boolean bom) throws IOException {
        Path dir = TestDatasets.folder(new Random(seed), lines, bom);
        try {
            Dataset dataset = Dataset.of(dir).withMaxProblemsPerFile(maxProblems).withMaxLineLength(400);
            Report local = ReportEngine.standard().run(query.toBuilder().threads(3).build(), dataset);
            Report distributed = FicSpark.report(spark, query, SparkSource.folder(dataset).withRanges(ranges));
            assertEquals(local, distributed);
        } finally {
            TestDatasets.delete(dir);
        }
    }

    @net.jqwik.api.Example
    void coOrganizedActivity_countsOncePerRow_andDistinctTargetsOnceAcrossRanges() throws IOException {
        Path dir = java.nio.file.Files.createTempDirectory("fic-spark");
        try {
            TestDatasets.writeOrganizations(dir);
            java.nio.file.Files.writeString(dir.resolve("activities.jsonl"), String.join("\n",
                    "{\"id\":\"A1\",\"kind\":\"VISIT\",\"start\":\"2017-03-01\",\"organizers\":[\"C1\",\"P1\",\"F330411\"],"
                            + "\"targets\":[{\"type\":\"ENTERPRISE\",\"id\":\"E1\"},{\"type\":\"ENTERPRISE\",\"id\":\"E1\"}]}",
                    "{\"id\":\"A2\",\"kind\":\"VISIT\",\"start\":\"2017-04-01\",\"organizers\":[\"F330402\"],"
                            + "\"targets\":[{\"type\":\"ENTERPRISE\",\"id\":\"E1\"}]}") + "\n",
                    java.nio.charset.StandardCharsets.UTF_8);
            ReportQuery query = ReportQuery.builder().period(ReportingPeriod.parse("2017-H1")).scope("F330400")
                    .breakdown(Breakdown.CHILD).indicators(List.of("VISIT.EVENTS", "VISIT.TARGETS.ENTERPRISE",
                            "VISIT.DISTINCT.ENTERPRISE")).build();
            Report report = FicSpark.report(spark, query, SparkSource.folder(Dataset.of(dir)).withRanges(2));
            // A1 once in the total and in each child it reaches; E1 once however many ranges and rows name it
            assertEquals(List.of("2", "2", "1", "2", "2", "1", "1", "1", "1"), report.getValues().stream()
                    .map(v -> v.getValue().toPlainString()).toList());
            assertEquals(List.of("DUPLICATE_TARGET"), report.getProblems().stream()
                    .filter(p -> p.getFile().equals("activities.jsonl")).map(p -> p.getProblemCode()).toList());
            assertEquals(ReportEngine.standard().run(query, Dataset.of(dir)), report);
        } finally {
            TestDatasets.delete(dir);
        }
    }
}
