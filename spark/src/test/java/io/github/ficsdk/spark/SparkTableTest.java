package io.github.ficsdk.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ficsdk.core.activity.Activity;
import io.github.ficsdk.core.activity.ActivityTarget;
import io.github.ficsdk.core.io.Dataset;
import io.github.ficsdk.core.io.DatasetFile;
import io.github.ficsdk.core.io.ProblemCollector;
import io.github.ficsdk.core.io.bytes.StrictLineReader;
import io.github.ficsdk.core.period.ReportingPeriod;
import io.github.ficsdk.core.proposal.Proposal;
import io.github.ficsdk.report.Breakdown;
import io.github.ficsdk.report.Report;
import io.github.ficsdk.report.ReportEngine;
import io.github.ficsdk.report.ReportQuery;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An activity table (a DataFrame whose columns follow the record schema) gives the figures of the
 * local engine over the same activities, through {@link ReportAggregator} used as a typed column
 * and as a UDAF; a missing or mistyped column is a clear error.
 */
class SparkTableTest {

    private static SparkSession spark;
    private static ReportEngine.Organizations organizations;
    private static List<Proposal> proposals;

    @BeforeAll
    static void start(@TempDir Path dir) throws IOException {
        spark = SparkSessions.local();
        TestDatasets.writeOrganizations(dir);
        Dataset dataset = Dataset.of(dir);
        organizations = ReportEngine.Organizations.of(dataset.readAll(DatasetFile.FEDERATIONS),
                dataset.readAll(DatasetFile.CHAMBERS), dataset.readAll(DatasetFile.PARTY_ORGANIZATIONS), List.of());
        proposals = dataset.readAll(DatasetFile.PROPOSALS);
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    private static ReportQuery query() {
        return ReportQuery.builder().period(ReportingPeriod.parse("2017-H1")).scope("F330400")
                .breakdown(Breakdown.CHILD).indicators(FicSparkPropertiesTest.INDICATORS).build();
    }

    /** Valid activities with distinct ids. */
    private static List<Activity> activities(long seed, int n) {
        Random r = new Random(seed);
        StrictLineReader<Activity> reader = StrictLineReader.of(DatasetFile.ACTIVITIES, new ProblemCollector(0));
        List<Activity> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            byte[] line = TestDatasets.activity(r, "A" + i).getBytes(StandardCharsets.UTF_8);
            out.add(reader.parse(line, 0, line.length, i + 1, false));
        }
        return out;
    }

    private static Row row(Activity a) {
        List<Row> targets = new ArrayList<>();
        for (ActivityTarget t : a.getTargets()) {
            targets.add(RowFactory.create(t.getType().name(), t.getId()));
        }
        return RowFactory.create(a.getId(), a.getKind().getCode(), java.sql.Date.valueOf(a.getStart()),
                a.getOrganizers(), a.getTitle().orElse(null), java.sql.Date.valueOf(a.getEnd()),
                a.getRegion().orElse(null), (long) a.getSessions(),
                a.getParticipants().isPresent() ? a.getParticipants().getAsLong() : null,
                a.getCopies().isPresent() ? a.getCopies().getAsLong() : null,
                a.getAmountYuan().map(y -> y.toBigDecimal()).orElse(null), targets, a.getTags(), null);
    }

    private static org.apache.spark.sql.Dataset<Row> table(List<Row> rows) {
        return spark.createDataFrame(rows, FicSpark.activitySchema()).repartition(3);
    }

    @Test
    void table_givesTheFiguresOfTheLocalEngine_andListsTheRowsThatAreNotActivities() {
        List<Activity> activities = activities(7, 80);
        List<Row> rows = new ArrayList<>();
        activities.forEach(a -> rows.add(row(a)));
        // a row whose end is before its start, and one of an unknown kind: problems, counted nowhere
        rows.add(RowFactory.create("B1", "VISIT", java.sql.Date.valueOf("2017-03-02"), List.of("C1"), null,
                java.sql.Date.valueOf("2017-03-01"), null, null, 5L, null, null, null, null, null));
        rows.add(RowFactory.create("B2", "NOPE", java.sql.Date.valueOf("2017-03-02"), List.of("C1"), null, null, null,
                null, 5L, null, null, null, null, null));
        Report local = ReportEngine.standard().run(query(), organizations, activities, proposals);
        Report distributed = FicSpark.report(spark, query(), SparkSource.table(table(rows), organizations, proposals));
        assertEquals(local.getValues(), distributed.getValues());
        assertEquals(rows.size(), distributed.getRecordsRead());
        // the local engine's problems (the organisations', repeated targets, the repeated proposal), then the two rows
        List<String> ids = distributed.getProblems().stream().filter(p -> p.getFile().equals("activities"))
                .map(p -> p.getId().orElse(null)).toList();
        List<String> expectedIds = new ArrayList<>(local.getProblems().stream()
                .filter(p -> p.getFile().equals("activities.jsonl")).map(p -> p.getId().orElse(null)).sorted().toList());
        expectedIds.addAll(List.of("B1", "B2"));
        assertEquals(expectedIds, ids);
        assertEquals(local.getProblems().stream().filter(p -> !p.getFile().startsWith("activities")).toList(),
                distributed.getProblems().stream().filter(p -> !p.getFile().startsWith("activities")).toList());
        assertEquals(local.getProblemCounts().values().stream().mapToLong(Long::longValue).sum() + 2,
                distributed.getProblemCounts().values().stream().mapToLong(Long::longValue).sum());
    }

    @Test
    void aggregator_asTypedColumnAndAsUdaf_givesTheSamePartialResult() {
        List<Activity> activities = activities(11, 50);
        List<Row> rows = new ArrayList<>();
        activities.forEach(a -> rows.add(row(a)));
        org.apache.spark.sql.Dataset<Row> table = table(rows);
        ReportAggregator aggregator = ReportAggregator.of(spark, query(), organizations, table.schema());
        byte[] typed = table.select(aggregator.toColumn()).first();
        Column[] columns = new Column[table.schema().size()];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = functions.col(table.schema().fieldNames()[i]);
        }
        byte[] udaf = table.select(functions.udaf(aggregator, Encoders.row(table.schema())).apply(columns)).first()
                .getAs(0);
        ReportEngine engine = ReportEngine.standard();
        Report fromTyped = engine.finish(aggregator.decode(typed).getAccumulator());
        Report fromUdaf = engine.finish(aggregator.decode(udaf).getAccumulator());
        assertEquals(engine.run(query(), organizations, activities, List.of()).getValues(), fromTyped.getValues());
        assertEquals(fromTyped, fromUdaf);
        assertEquals(50, aggregator.decode(udaf).getRowsRead());
        // the partial report's own encoding round-trips
        assertArrayEquals(typed, aggregator.finish(aggregator.decode(typed)));
    }

    @Test
    void missingOrMistypedColumn_isAClearError() {
        org.apache.spark.sql.Dataset<Row> table = table(List.of(row(activities(3, 1).get(0))));
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> FicSpark.report(spark,
                query(), SparkSource.table(table.drop("kind"), organizations, proposals)));
        assertTrue(missing.getMessage().contains("no column kind"), missing.getMessage());
        org.apache.spark.sql.Dataset<Row> mistyped = table.withColumn("participants",
                functions.col("participants").cast(DataTypes.StringType));
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class, () -> FicSpark.report(spark,
                query(), SparkSource.table(mistyped, organizations, proposals)));
        assertTrue(wrong.getMessage().contains("column participants") && wrong.getMessage().contains("string"),
                wrong.getMessage());
        org.apache.spark.sql.Dataset<Row> targets = table.withColumn("targets", functions.array(functions.struct(
                functions.lit("ENTERPRISE").as("type"), functions.lit(1).as("id"))));
        IllegalArgumentException nested = assertThrows(IllegalArgumentException.class, () -> FicSpark.report(spark,
                query(), SparkSource.table(targets, organizations, proposals)));
        assertTrue(nested.getMessage().contains("targets[].id"), nested.getMessage());
    }

    @Test
    void repeatedIds_areRefused() {
        Row r = row(activities(5, 1).get(0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FicSpark.report(spark,
                query(), SparkSource.table(table(List.of(r, r)), organizations, proposals)));
        assertTrue(e.getMessage().contains("A0 (2 rows)"), e.getMessage());
    }

    @Test
    void schema_isDerivedFromTheRecordSchema() {
        StructType schema = FicSpark.activitySchema();
        assertEquals(List.of("id", "kind", "start", "organizers", "title", "end", "region", "sessions", "participants",
                "copies", "amountYuan", "targets", "tags", "extensions"), List.of(schema.fieldNames()));
        assertEquals(DataTypes.DateType, schema.apply("start").dataType());
        assertEquals(false, schema.apply("id").nullable());
    }
}
