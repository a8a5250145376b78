package io.github.ficsdk.core.io;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The data-quality result of one file of a dataset: records read, valid and rejected, and its
 * problems, such as {@code activities.jsonl: 1200 read, 1187 valid, 13 rejected}.
 *
 * <p>A record is read for every non-blank line; it is rejected when it has at least one problem
 * of severity {@code ERROR} (a warning keeps it valid). Blank lines are problems but not records.
 *
 * <p>Every problem is counted in {@code problemCounts}, but only the first ones found (up to
 * {@link Dataset#getMaxProblemsPerFile()}) are listed in {@code problems}; {@link #notListed()}
 * says how many were left out.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param file           the file name, not null
 * @param read           the number of records (non-blank lines) read
 * @param valid          the number of records without an error
 * @param rejected       the number of records with an error
 * @param problems       the problems listed, in line order, not null
 * @param problemCounts  the number of problems of each code, listed or not, not null
 * @param errorCount     the number of problems of severity {@code ERROR}, listed or not
 * @since 0.1
 */
public record FileReport(String file, long read, long valid, long rejected, List<DatasetProblem> problems,
        Map<String, Long> problemCounts, long errorCount) {

    /**
     * Creates a report.
     *
     * @param file           the file name, not null
     * @param read           the records read
     * @param valid          the valid records
     * @param rejected       the rejected records
     * @param problems       the problems listed, not null, copied
     * @param problemCounts  the problems of each code, listed or not, not null, copied
     * @param errorCount     the errors, listed or not
     */
    public FileReport {
        Objects.requireNonNull(file, "file");
        problems = List.copyOf(problems);
        problemCounts = Collections.unmodifiableMap(new TreeMap<>(problemCounts));
    }

    /**
     * Creates a report whose problems are all listed.
     *
     * @param file      the file name, not null
     * @param read      the records read
     * @param valid     the valid records
     * @param rejected  the rejected records
     * @param problems  the problems, not null, copied
     */
    public FileReport(String file, long read, long valid, long rejected, List<DatasetProblem> problems) {
        this(file, read, valid, rejected, problems, countsOf(problems),
                problems.stream().filter(DatasetProblem::isError).count());
    }

    private static Map<String, Long> countsOf(List<DatasetProblem> problems) {
        Map<String, Long> counts = new TreeMap<>();
        for (DatasetProblem p : problems) {
            counts.merge(p.code(), 1L, Long::sum);
        }
        return counts;
    }

    /**
     * Returns the number of problems, listed or not.
     *
     * @return the count, not negative
     */
    public long problemCount() {
        return problemCounts.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * Returns the number of warnings, listed or not.
     *
     * @return the count, not negative
     */
    public long warningCount() {
        return problemCount() - errorCount;
    }

    /**
     * Returns the number of problems found but not listed.
     *
     * @return the count, not negative
     */
    public long notListed() {
        return problemCount() - problems.size();
    }
}
