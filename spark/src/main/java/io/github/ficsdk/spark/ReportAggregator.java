package io.github.ficsdk.spark;

import io.github.ficsdk.core.activity.Activity;
import io.github.ficsdk.core.io.DatasetFile;
import io.github.ficsdk.core.io.DatasetProblem;
import io.github.ficsdk.core.io.bytes.StrictLineReader;
import io.github.ficsdk.core.schema.RecordSchemas;
import io.github.ficsdk.spark.internal.QuerySpec;
import io.github.ficsdk.spark.internal.RecordRows;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Aggregator;
import org.apache.spark.sql.types.StructType;

/**
 * A typed Spark {@link Aggregator} that computes a report over the rows of an activity table whose
 * columns follow the record schema ({@link FicSpark#activitySchema()}): each row is read by the
 * strict rules of a dataset line (a row that is not a valid activity is a problem naming its id
 * and property, and counts nothing), and the buffer is the report's mergeable partial result
 * ({@link PartialReport}), which Spark moves between tasks in its compact, versioned binary
 * encoding; distinct counts stay exact. The result is that encoding, which {@link #decode(byte[])}
 * turns back into the partial report ({@link FicSpark#report} does all of it, and adds the
 * proposals).
 *
 * <pre>{@code
 * ReportAggregator aggregator = ReportAggregator.of(spark, query, organizations, table.schema());
 * byte[] partial = table.select(aggregator.toColumn()).first();                 // Dataset.agg style
 * byte[] same = table.select(functions.udaf(aggregator, Encoders.row(table.schema()))
 *         .apply(columns)).first().getAs(0);                                      // or as a UDAF
 * Report report = ReportEngine.standard().finish(aggregator.decode(partial).getAccumulator());
 * }</pre>
 *
 * <p>Instances are serializable, as Spark requires; each task reads with its own copy.
 *
 * @since 0.1
 */
public final class ReportAggregator extends Aggregator<Row, PartialReport, byte[]> {

    private static final long serialVersionUID = 1L;

    /** The query and its broadcast organisations. */
    private final QuerySpec spec;
    /** Writes each row as the JSON line of its activity. */
    private final RecordRows rows;
    /** The table's name in problems. */
    private final String table;
    private transient StrictLineReader<Activity> parser;
    private transient List<DatasetProblem> found;

    /**
     * Returns the aggregator of a query over a table, broadcasting the organisations.
     *
     * @param spark          the session, not null
     * @param query          the query, not null
     * @param organizations  the organisations, not null
     * @param schema         the table's schema, not null
     * @return the aggregator, never null
     * @throws IllegalArgumentException naming a required column that is missing or a mistyped column
     */
    public static ReportAggregator of(org.apache.spark.sql.SparkSession spark, io.github.ficsdk.report.ReportQuery query,
            io.github.ficsdk.report.ReportEngine.Organizations organizations, StructType schema) {
        return new ReportAggregator(FicSpark.spec(spark, query, organizations, io.github.ficsdk.validation.FicValidator.chinese(),
                io.github.ficsdk.core.io.ProblemCollector.DEFAULT_MAX_PER_FILE), schema, "activities");
    }

    ReportAggregator(QuerySpec spec, StructType schema, String table) {
        this.spec = spec;
        this.rows = RecordRows.of(RecordSchemas.ACTIVITY, schema, table);
        this.table = table;
    }

    /**
     * Returns an empty partial report.
     *
     * @return the zero, never null
     */
    @Override
    public PartialReport zero() {
        return new PartialReport(spec.newAccumulator(), spec.maxProblems());
    }

    /**
     * Adds a row: its activity when it is valid, else its problems.
     *
     * @param buffer  the partial report
     * @param row     the row
     * @return the partial report
     */
    @Override
    public PartialReport reduce(PartialReport buffer, Row row) {
        if (parser == null) {
            found = new ArrayList<>();
            parser = StrictLineReader.validating(DatasetFile.ACTIVITIES, found::add, spec.validator());
        }
        byte[] line = rows.toJson(row);
        found.clear();
        Activity a = parser.parse(line, 0, line.length, 0, false);
        buffer.addRow();
        for (DatasetProblem p : found) {
            buffer.addProblem(DatasetProblem.of(table, 0, p.getId().orElse(null), p.getProblemPath(), p.getSeverity(), p.getProblemCode(), p.getMessage()));
        }
        if (a != null) {
            buffer.getAccumulator().add(a);
        }
        return buffer;
    }

    /**
     * Merges two partial reports.
     *
     * @param b1  the one, kept
     * @param b2  the other
     * @return the merged partial report
     */
    @Override
    public PartialReport merge(PartialReport b1, PartialReport b2) {
        return b1.merge(b2);
    }

    /**
     * Returns the encoded partial report.
     *
     * @param reduction  the partial report
     * @return its encoding
     */
    @Override
    public byte[] finish(PartialReport reduction) {
        return new PartialReportCodec(spec).encode(reduction);
    }

    /**
     * Returns the encoder of the buffer: one binary column in the partial report's encoding.
     *
     * @return the encoder
     */
    @Override
    public Encoder<PartialReport> bufferEncoder() {
        return PartialReportCodec.encoder(spec);
    }

    /**
     * Returns the encoder of the result: binary.
     *
     * @return the encoder
     */
    @Override
    public Encoder<byte[]> outputEncoder() {
        return Encoders.BINARY();
    }

    /**
     * Decodes a result of this aggregator.
     *
     * @param result  the bytes of {@link #finish(PartialReport)}, not null
     * @return the partial report, never null
     * @throws IllegalArgumentException if the bytes are not a partial report of this query
     */
    public PartialReport decode(byte[] result) {
        return new PartialReportCodec(spec).decode(result);
    }
}
