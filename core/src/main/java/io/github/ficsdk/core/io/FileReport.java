package io.github.ficsdk.core.io;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.immutables.value.Value;

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
 * @since 0.1
 */
@Value.Immutable
public abstract class FileReport {

    FileReport() {}

    /**
     * Returns a report.
     *
     * @param file           the file name, not null
     * @param read           the records read
     * @param valid          the valid records
     * @param rejected       the rejected records
     * @param problems       the problems listed, not null, copied
     * @param problemCounts  the problems of each code, listed or not, not null, copied
     * @param errorCount     the errors, listed or not
     * @return the report, never null
     */
    public static FileReport of(String file, long read, long valid, long rejected, List<DatasetProblem> problems,
            Map<String, Long> problemCounts, long errorCount) {
        return ImmutableFileReport.builder().file(file).read(read).valid(valid).rejected(rejected)
                .addAllProblems(problems).putAllProblemCounts(new TreeMap<>(problemCounts)).errorCount(errorCount)
                .build();
    }

    /**
     * Returns a report whose problems are all listed.
     *
     * @param file      the file name, not null
     * @param read      the records read
     * @param valid     the valid records
     * @param rejected  the rejected records
     * @param problems  the problems, not null, copied
     * @return the report, never null
     */
    public static FileReport of(String file, long read, long valid, long rejected, List<DatasetProblem> problems) {
        return of(file, read, valid, rejected, problems,
                problems.stream().collect(Collectors.groupingBy(DatasetProblem::getProblemCode, Collectors.counting())),
                problems.stream().filter(DatasetProblem::isError).count());
    }

    /**
     * Returns the number of problems, listed or not.
     *
     * @return the count, not negative
     */
    public long problemCount() {
        return getProblemCounts().values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * Returns the number of warnings, listed or not.
     *
     * @return the count, not negative
     */
    public long warningCount() {
        return problemCount() - getErrorCount();
    }

    /**
     * Returns the number of problems found but not listed.
     *
     * @return the count, not negative
     */
    public long notListed() {
        return problemCount() - getProblems().size();
    }

    /**
     * Returns the file name.
     *
     * @return the file name, never null
     */
    public abstract String getFile();

    /**
     * Returns the number of records (non-blank lines) read.
     *
     * @return the number of records (non-blank lines) read
     */
    public abstract long getRead();

    /**
     * Returns the number of records without an error.
     *
     * @return the number of records without an error
     */
    public abstract long getValid();

    /**
     * Returns the number of records with an error.
     *
     * @return the number of records with an error
     */
    public abstract long getRejected();

    /**
     * Returns the problems listed, in line order.
     *
     * @return the problems listed, in line order, never null
     */
    public abstract List<DatasetProblem> getProblems();

    /**
     * Returns the number of problems of each code, listed or not.
     *
     * @return the number of problems of each code, listed or not, never null
     */
    public abstract Map<String, Long> getProblemCounts();

    /**
     * Returns the number of problems of severity {@code ERROR}, listed or not.
     *
     * @return the number of problems of severity {@code ERROR}, listed or not
     */
    public abstract long getErrorCount();
}
