package io.github.ficsdk.spark;

import io.github.ficsdk.core.io.CheckedOrganizations;
import io.github.ficsdk.core.io.DatasetFile;
import io.github.ficsdk.core.io.DatasetProblem;
import io.github.ficsdk.core.io.ProblemCollector;
import io.github.ficsdk.core.io.bytes.StrictLineReader;
import io.github.ficsdk.core.proposal.Proposal;
import io.github.ficsdk.core.schema.RecordSchemas;
import io.github.ficsdk.report.FigureOutOfRangeException;
import io.github.ficsdk.report.Report;
import io.github.ficsdk.report.ReportAccumulator;
import io.github.ficsdk.report.ReportEngine;
import io.github.ficsdk.report.ReportQuery;
import io.github.ficsdk.spark.internal.FolderReader;
import io.github.ficsdk.spark.internal.QuerySpec;
import io.github.ficsdk.spark.internal.RecordRows;
import io.github.ficsdk.validation.FicValidator;
import io.github.ficsdk.validation.SafeText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructType;

/**
 * The standardized statistics of the FIC SDK on Apache Spark: the same query, the same selection
 * rules and the same exact figures as {@link ReportEngine}, over data that one machine cannot hold
 * or read fast enough.
 *
 * <pre>{@code
 * SparkSession spark = SparkSession.builder().master("local[2]").getOrCreate();
 * ReportQuery query = ReportQuery.builder().period(ReportingPeriod.parse("2017-H1"))
 *         .scope("F330400").breakdown(Breakdown.CHILD).build();
 * Report report = FicSpark.report(spark, query, SparkSource.folder(Dataset.of(Path.of("/data/fic"))));
 * System.out.print(ReportRenderers.json(report));   // what `fic report --format json` prints
 * }</pre>
 *
 * <p>Over a dataset folder the report equals {@link ReportEngine#run(ReportQuery,
 * io.github.ficsdk.core.io.Dataset)}'s, value for value and problem for problem: the driver reads
 * the small files, Spark reads {@code activities.jsonl} in byte ranges, each task by the strict
 * line rules of {@code fic-core} into the report's mergeable partial result, which travels in its
 * compact binary encoding ({@link ReportAccumulator#toBytes()}) and merges associatively and
 * commutatively; the organisation tree is broadcast. Over a table ({@link SparkSource#table}) the
 * rows go through {@link ReportAggregator}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class FicSpark {

    private FicSpark() {}

    /**
     * Returns the Spark schema of an activity table, derived from the record schema of
     * {@code fic-core}: {@code id}, {@code kind}, {@code start}, {@code organizers} (array of
     * strings) required; {@code title}, {@code end}, {@code region}, {@code sessions},
     * {@code participants}, {@code copies}, {@code amountYuan} (decimal), {@code targets} (array of
     * structs {@code type}, {@code id}), {@code tags}, {@code extensions} optional.
     *
     * @return the schema, never null
     */
    public static StructType activitySchema() {
        return RecordRows.sparkSchema(RecordSchemas.ACTIVITY);
    }

    /**
     * Computes a report with Spark.
     *
     * @param spark   the session, not null
     * @param query   the query, not null (its threads are Spark's tasks here)
     * @param source  where the data is, not null
     * @return the report, as the local engine gives it, never null
     * @throws IllegalArgumentException if a table lacks a required column, has a mistyped column,
     *                                  or repeats an activity id
     * @throws FigureOutOfRangeException if a figure is beyond exact counting, naming the indicator and row
     * @throws io.github.ficsdk.report.QueryTooLargeException if the query has more than
     *         {@link ReportQuery#MAX_VALUES} values
     * @throws java.io.UncheckedIOException if a file cannot be read
     */
    public static Report report(SparkSession spark, ReportQuery query, SparkSource source) {
        Objects.requireNonNull(spark, "spark");
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(source, "source");
        try {
            return source.dataset != null ? folder(spark, query, source) : table(spark, query, source);
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof FigureOutOfRangeException f) {
                    throw f;
                }
            }
            throw e;
        }
    }

    static QuerySpec spec(SparkSession spark, ReportQuery query, ReportEngine.Organizations organizations,
            FicValidator validator, int maxProblems) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        return QuerySpec.of(query, organizations, jsc::broadcast, validator, maxProblems,
                io.github.ficsdk.core.io.JsonLinesReader.DEFAULT_MAX_LINE_LENGTH);
    }

    private static Report folder(SparkSession spark, ReportQuery query, SparkSource source) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        FolderReader reader = new FolderReader(jsc, dataset -> {
            // the organisations as the engine checks them (first definitions, read with Bean Validation)
            CheckedOrganizations checked = CheckedOrganizations.read(dataset, new ProblemCollector(0));
            ReportEngine.Organizations organizations = ReportEngine.Organizations.of(checked.getFederations(),
                    checked.getChambers(), checked.getPartyOrganizations(), List.of());
            return QuerySpec.of(query, organizations, jsc::broadcast, dataset.getValidator(),
                    dataset.getMaxProblemsPerFile(), dataset.getMaxLineLength());
        }, source.ranges, source.ranges > 0 ? 1 : 1L << 20);
        Report report = ReportEngine.standard().run(query, source.dataset, reader);
        return withUnlisted(report, reader.unlisted());
    }

    /** The report with the problems found but not listed by the tasks added to its counts. */
    private static Report withUnlisted(Report report, Map<String, Long> unlisted) {
        if (unlisted.isEmpty()) {
            return report;
        }
        Map<String, Long> counts = new TreeMap<>(report.getProblemCounts());
        unlisted.forEach((code, n) -> counts.merge(code, n, Long::sum));
        return report.withProblems(report.getProblems(), counts);
    }

    /** A table's rows are read with Chinese validation messages, their problems named as of this file. */
    private static Report table(SparkSession spark, ReportQuery query, SparkSource source) {
        String tableName = "activities";
        int maxProblems = ProblemCollector.DEFAULT_MAX_PER_FILE;
        org.apache.spark.sql.Dataset<Row> table = source.table.activities();
        StructType schema = table.schema();
        QuerySpec spec = spec(spark, query, source.table.organizations(), FicValidator.chinese(), maxProblems);
        ReportAggregator aggregator = new ReportAggregator(spec, schema, tableName);
        List<Row> repeated = table.groupBy("id").count().filter("count > 1").limit(5).collectAsList();
        if (!repeated.isEmpty()) {
            List<String> ids = new ArrayList<>();
            for (Row r : repeated) {
                ids.add(SafeText.forDisplay(String.valueOf(r.get(0))) + " (" + r.getLong(1) + " rows)");
            }
            throw new IllegalArgumentException("the table " + tableName + " repeats activity ids, such as "
                    + ids + "; a table has no line order to say which row counts: remove the repeats");
        }
        Column[] columns = new Column[schema.size()];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = functions.col("`" + schema.fieldNames()[i] + "`");
        }
        PartialReport partial;
        try {
            byte[] encoded = table.select(functions.udaf(aggregator, Encoders.row(schema)).apply(columns))
                    .first().getAs(0);
            partial = aggregator.decode(encoded);
        } finally {
            spec.release();
        }
        ReportEngine engine = ReportEngine.standard();
        ReportAccumulator accumulator = engine.accumulator(query, source.table.organizations())
                .mergeBytes(partial.getAccumulator().toBytes());
        // the proposals, each id once (the first), as ReportEngine.run counts them
        ProblemCollector proposalProblems = new ProblemCollector(maxProblems);
        Map<String, Long> first = new HashMap<>();
        long position = 0;
        String file = DatasetFile.PROPOSALS.getFileName();
        for (Proposal p : source.table.proposals()) {
            position++;
            Long earlier = first.putIfAbsent(p.getId(), position);
            if (earlier != null) {
                proposalProblems.accept(StrictLineReader.duplicateId(file, position, p.getId(), earlier));
            } else {
                accumulator.add(p);
            }
        }
        Report base = engine.finish(accumulator);
        List<DatasetProblem> problems = new ArrayList<>(base.getProblems());
        problems.addAll(partial.getProblems());
        problems.addAll(proposalProblems.getProblems());
        Map<String, Long> counts = new TreeMap<>(base.getProblemCounts());
        partial.getProblemCounts().forEach((code, n) -> counts.merge(code, n, Long::sum));
        proposalProblems.getCounts().forEach((code, n) -> counts.merge(code, n, Long::sum));
        return Report.of(base.getPeriod(), base.getScope(), base.getScopeName(), base.getBreakdown(), base.getRows(), base.getValues(),
                problems, partial.getRowsRead(), counts, base.getRowNames());
    }
}
