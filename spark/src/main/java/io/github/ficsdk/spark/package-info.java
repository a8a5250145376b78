/**
 * The standardized statistics of the FIC SDK on Apache Spark (4.x, Scala 2.13, Java 17): {@link
 * io.github.ficsdk.spark.FicSpark#report} computes the same {@link io.github.ficsdk.report.Report}
 * as the local engine over a dataset folder or an activity table; {@link
 * io.github.ficsdk.spark.ReportAggregator} is the typed {@code Aggregator} (usable with
 * {@code Dataset.select(aggregator.toColumn())} and {@code functions.udaf}) whose buffer is the
 * report's mergeable partial result, moved between tasks in its compact, versioned binary encoding;
 * {@link io.github.ficsdk.spark.FicSparkMain} is the command-line entry point of
 * {@code spark/bin/fic-spark}.
 *
 * <pre>{@code
 * Report report = FicSpark.report(spark, query, SparkSource.folder(Dataset.of(folder)));
 * }</pre>
 *
 * @since 0.1
 */
package io.github.ficsdk.spark;
