package io.github.ficsdk.spark;

import io.github.ficsdk.core.io.DatasetProblem;
import io.github.ficsdk.report.ReportAccumulator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The aggregation buffer of {@link ReportAggregator}: the report's mergeable partial result
 * ({@link ReportAccumulator}) over some rows of an activity table, with the number of rows read
 * and the problems of the rows that could not be read. A table has no line order, so the problems
 * listed are the first by id, path, code and message (at most a limit), all are counted by code,
 * and merging stays associative and commutative. Spark moves it between tasks in the encoding of
 * {@link ReportAccumulator#toBytes()} wrapped in a small versioned header.
 *
 * <p>Not thread-safe: Spark gives each buffer to one task at a time.
 *
 * @since 0.1
 */
public final class PartialReport {

    static final Comparator<DatasetProblem> ORDER = Comparator
            .comparing((DatasetProblem p) -> p.getId().orElse(null), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(DatasetProblem::getProblemPath).thenComparing(DatasetProblem::getProblemCode)
            .thenComparing(DatasetProblem::getMessage);

    private final ReportAccumulator accumulator;
    private final int maxProblems;
    private final List<DatasetProblem> problems = new ArrayList<>();
    private final Map<String, Long> problemCounts = new TreeMap<>();
    private long rowsRead;

    PartialReport(ReportAccumulator accumulator, int maxProblems) {
        this.accumulator = Objects.requireNonNull(accumulator, "accumulator");
        this.maxProblems = maxProblems;
    }

    /**
     * Returns the partial result of the report.
     *
     * @return the accumulator, never null
     */
    public ReportAccumulator getAccumulator() {
        return accumulator;
    }

    /**
     * Returns the problems listed: the first by id, path, code and message.
     *
     * @return an unmodifiable list, never null
     */
    public List<DatasetProblem> getProblems() {
        return Collections.unmodifiableList(problems);
    }

    /**
     * Returns the number of problems of each code, listed or not.
     *
     * @return an unmodifiable map sorted by code, never null
     */
    public Map<String, Long> getProblemCounts() {
        return Collections.unmodifiableMap(problemCounts);
    }

    /**
     * Returns the number of rows read, valid or not.
     *
     * @return the count
     */
    public long getRowsRead() {
        return rowsRead;
    }

    int maxProblems() {
        return maxProblems;
    }

    void addRow() {
        rowsRead++;
    }

    void addRows(long n) {
        rowsRead += n;
    }

    void addProblem(DatasetProblem p) {
        problemCounts.merge(p.getProblemCode(), 1L, Long::sum);
        list(p);
    }

    /** Keeps a problem among the first {@code maxProblems} in {@link #ORDER}, without counting it. */
    void list(DatasetProblem p) {
        int at = Collections.binarySearch(problems, p, ORDER);
        if (at < 0) {
            at = -at - 1;
        }
        if (at < maxProblems) {
            problems.add(at, p);
            if (problems.size() > maxProblems) {
                problems.remove(problems.size() - 1);
            }
        }
    }

    void addCount(String code, long n) {
        problemCounts.merge(code, n, Long::sum);
    }

    /**
     * Merges another partial report of the same query into this one.
     *
     * @param other  the other, not null
     * @return this
     */
    PartialReport merge(PartialReport other) {
        accumulator.merge(other.accumulator);
        rowsRead += other.rowsRead;
        other.problemCounts.forEach(this::addCount);
        for (DatasetProblem p : other.problems) {
            list(p);
        }
        return this;
    }
}
