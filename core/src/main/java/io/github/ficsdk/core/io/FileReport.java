package io.github.ficsdk.core.io;

import java.util.List;
import java.util.Objects;

/**
 * The data-quality result of one file of a dataset: records read, valid and rejected, and its
 * problems, such as {@code activities.jsonl: 1200 read, 1187 valid, 13 rejected}.
 *
 * <p>A record is read for every non-blank line; it is rejected when it has at least one problem
 * of severity {@code ERROR} (a warning keeps it valid). Blank lines are problems but not records.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param file      the file name, not null
 * @param read      the number of records (non-blank lines) read
 * @param valid     the number of records without an error
 * @param rejected  the number of records with an error
 * @param problems  the problems of the file, in line order, not null
 * @since 0.1
 */
public record FileReport(String file, long read, long valid, long rejected, List<DatasetProblem> problems) {

    /**
     * Creates a report.
     *
     * @param file      the file name, not null
     * @param read      the records read
     * @param valid     the valid records
     * @param rejected  the rejected records
     * @param problems  the problems, not null, copied
     */
    public FileReport {
        Objects.requireNonNull(file, "file");
        problems = List.copyOf(problems);
    }
}
