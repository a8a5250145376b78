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
 * @since 0.1
 */
public final class FileReport {
    private final String file;
    private final long read;
    private final long valid;
    private final long rejected;
    private final List<DatasetProblem> problems;
    private final Map<String, Long> problemCounts;
    private final long errorCount;


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
    public FileReport(String file, long read, long valid, long rejected, List<DatasetProblem> problems, Map<String, Long> problemCounts, long errorCount) {
        Objects.requireNonNull(file, "file");
        problems = List.copyOf(problems);
        problemCounts = Collections.unmodifiableMap(new TreeMap<>(problemCounts));
        this.file = file;
        this.read = read;
        this.valid = valid;
        this.rejected = rejected;
        this.problems = problems;
        this.problemCounts = problemCounts;
        this.errorCount = errorCount;
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
            counts.merge(p.getProblemCode(), 1L, Long::sum);
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

    /**
     * Returns the file name.
     *
     * @return the file name, never null
     */
    public String getFile() {
        return file;
    }

    /**
     * Returns the number of records (non-blank lines) read.
     *
     * @return the number of records (non-blank lines) read
     */
    public long getRead() {
        return read;
    }

    /**
     * Returns the number of records without an error.
     *
     * @return the number of records without an error
     */
    public long getValid() {
        return valid;
    }

    /**
     * Returns the number of records with an error.
     *
     * @return the number of records with an error
     */
    public long getRejected() {
        return rejected;
    }

    /**
     * Returns the problems listed, in line order.
     *
     * @return the problems listed, in line order, never null
     */
    public List<DatasetProblem> getProblems() {
        return problems;
    }

    /**
     * Returns the number of problems of each code, listed or not.
     *
     * @return the number of problems of each code, listed or not, never null
     */
    public Map<String, Long> getProblemCounts() {
        return problemCounts;
    }

    /**
     * Returns the number of problems of severity {@code ERROR}, listed or not.
     *
     * @return the number of problems of severity {@code ERROR}, listed or not
     */
    public long getErrorCount() {
        return errorCount;
    }

    /**
     * Compares every property.
     *
     * @param other  the other object, may be null
     * @return true if it is an equal value
     */
    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof FileReport o && java.util.Objects.equals(file, o.file) && read == o.read && valid == o.valid && rejected == o.rejected && java.util.Objects.equals(problems, o.problems) && java.util.Objects.equals(problemCounts, o.problemCounts) && errorCount == o.errorCount;
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return java.util.Objects.hash(file, read, valid, rejected, problems, problemCounts, errorCount);
    }

    /**
     * Returns the properties, for debugging.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return "FileReport[file=" + file + ", read=" + read + ", valid=" + valid + ", rejected=" + rejected + ", problems=" + problems + ", problemCounts=" + problemCounts + ", errorCount=" + errorCount + "]";
    }
}
