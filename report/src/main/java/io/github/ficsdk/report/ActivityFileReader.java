package io.github.ficsdk.report;

import io.github.ficsdk.core.io.Dataset;
import io.github.ficsdk.core.io.ProblemCollector;
import java.nio.file.Path;

/**
 * Reads the {@code activities.jsonl} of a dataset folder for {@link ReportEngine#run(ReportQuery,
 * Dataset, ActivityFileReader)}, which reads everything else (the organisations, the targets, the
 * proposals) as {@link ReportEngine#run(ReportQuery, Dataset)} does: the seam where another engine
 * (such as Apache Spark, in {@code fic-spark}) reads the one big file of a dataset.
 *
 * <p>A reader follows the rules of the engine's own: a file that is not UTF-8 or whose lines end
 * with a carriage return alone is one problem of the whole file; a byte order mark at its start is
 * skipped; every line is read by the strict rules of {@code fic-core} (with Bean Validation when
 * the dataset validates on read); an activity whose id repeats an earlier one counts once, by its
 * first occurrence in file order, and each repeat is a {@code DUPLICATE_ID} problem; problems are
 * given in line order with the file's line numbers; a file that changed while it was read is a
 * {@code FILE_CHANGED} problem.
 *
 * <pre>{@code
 * Report report = ReportEngine.standard().run(query, dataset, (file, data, accumulator, problems) -> {
 *     // read file, accumulator.add(activity) or accumulator.mergeBytes(partial) …
 *     return linesRead;
 * });
 * }</pre>
 *
 * <p>Implementations must be safe to call from the thread that runs the report.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface ActivityFileReader {

    /**
     * Reads the activities file into an accumulator.
     *
     * @param file         the file, which exists, not null
     * @param dataset      the dataset (its limits and validator), not null
     * @param accumulator  the empty accumulator of the report, to add or merge into, not null
     * @param problems     receives the problems of the file, in line order, not null
     * @return the number of lines read
     */
    long read(Path file, Dataset dataset, ReportAccumulator accumulator, ProblemCollector problems);
}
