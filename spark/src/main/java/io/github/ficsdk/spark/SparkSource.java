package io.github.ficsdk.spark;

import io.github.ficsdk.core.io.Dataset;
import io.github.ficsdk.core.proposal.Proposal;
import io.github.ficsdk.report.ReportEngine;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Row;

/**
 * Where {@link FicSpark#report} reads the activities: a dataset folder of JSON Lines, or a table
 * (a {@code DataFrame}, such as a Hive or Parquet table) whose columns follow the record schema.
 *
 * <pre>{@code
 * SparkSource folder = SparkSource.folder(Dataset.of(Path.of("/data/fic/2017")));
 * SparkSource table = SparkSource.table(spark.table("dw.fic_activities"), organizations, proposals);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class SparkSource {

    /** The dataset folder, or null for a table. */
    final Dataset dataset;
    /** The table with what the driver needs besides, or null for a folder. */
    final Table table;
    final int ranges;

    /**
     * An activity table with the organisations and the proposals that the driver reads.
     *
     * @param activities     the table
     * @param organizations  the organisations
     * @param proposals      the proposals
     */
    record Table(org.apache.spark.sql.Dataset<Row> activities, ReportEngine.Organizations organizations,
            List<Proposal> proposals) {}

    private SparkSource(Dataset dataset, Table table, int ranges) {
        this.dataset = dataset;
        this.table = table;
        this.ranges = ranges;
    }

    /**
     * Returns the source of a dataset folder: the driver reads the organisations, targets and
     * proposals as the local engine does, and Spark reads {@code activities.jsonl} in byte ranges,
     * each by the strict line rules of {@code fic-core}, with the dataset's validator, line limit
     * and problem limit. The folder must be seen at the same path by the driver and every executor
     * (local mode, or a shared file system mounted on every node).
     *
     * @param dataset  the dataset, not null
     * @return the source, never null
     */
    public static SparkSource folder(Dataset dataset) {
        Objects.requireNonNull(dataset, "dataset");
        return new SparkSource(dataset, null, 0);
    }

    /**
     * Returns the source of an activity table: one row per activity, columns named and typed as
     * {@link FicSpark#activitySchema()} says (the required ones {@code id}, {@code kind},
     * {@code start}, {@code organizers}; other columns are ignored). Each row is read by the strict
     * rules of a dataset line with Chinese validation messages; a row that is not a valid activity
     * is a problem (file: {@code activities}, line 0, with its id and property). Ids must not repeat:
     * a table has no line order that would say which occurrence counts.
     *
     * @param activities     the table, not null
     * @param organizations  the organisations, not null (small: broadcast to every executor)
     * @param proposals      the proposals, not null (counted on the driver)
     * @return the source, never null
     */
    public static SparkSource table(org.apache.spark.sql.Dataset<Row> activities,
            ReportEngine.Organizations organizations, List<Proposal> proposals) {
        return new SparkSource(null, new Table(Objects.requireNonNull(activities, "activities"),
                Objects.requireNonNull(organizations, "organizations"), List.copyOf(proposals)), 0);
    }

    /**
     * Returns this source reading a folder's activities in about this many byte ranges (Spark
     * tasks); by default one per 32 MiB, at least the default parallelism of the context.
     *
     * @param ranges  at least 1
     * @return the source, never null
     * @throws IllegalArgumentException if {@code ranges} is less than 1
     */
    public SparkSource withRanges(int ranges) {
        if (ranges < 1) {
            throw new IllegalArgumentException("ranges must be at least 1 - but was: " + ranges);
        }
        return new SparkSource(dataset, table, ranges);
    }
}
