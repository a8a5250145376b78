package io.github.ficsdk.report;

import io.github.ficsdk.core.io.DatasetProblem;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The result of a {@link ReportQuery}: every requested figure of every row, in row order then
 * indicator order, plus what reading the data found.
 *
 * <p>A figure is right or refused: when a whole file could not be read as it is (a folder without
 * dataset files, a file that is not UTF-8, cannot be read or changed while it was read: the
 * {@link #fileErrors()}), the report is {@linkplain #isRefused() refused} and holds no figure at
 * all ({@code values} is empty), only its problems. A line that cannot be read only leaves that
 * line out: it is listed in {@code problems} and the figures are computed from the other lines.
 *
 * <pre>{@code
 * Report report = ReportEngine.standard().run(query, Dataset.of(folder));
 * if (report.isRefused()) {
 *     report.fileErrors().forEach(p -> System.err.println(p.file() + " " + p.code() + " " + p.message()));
 * }
 * }</pre>
 *
 * <p>Problems are counted by code in {@code problemCounts}; only the first of each file are listed
 * in {@code problems} ({@link #problemsNotListed()} says how many were not).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param period        the period, as written ({@code 2017-H1}), not null
 * @param scope         the scope's organisation id, not null
 * @param scopeName     the scope's name, or its id when no dataset file names it; not null
 * @param breakdown     the breakdown, not null
 * @param rows          the row keys in order (the scope first), not null
 * @param values        the figures, not null
 * @param problems      the problems of the records and files that could not be read, in file and line order
 *                      (the first of each file), not null
 * @param recordsRead   the number of activity records read (valid or not)
 * @param problemCounts the number of problems of each code, listed or not, not null
 * @since 0.1
 */
public record Report(String period, String scope, String scopeName, Breakdown breakdown, List<String> rows,
        List<ReportValue> values, List<DatasetProblem> problems, long recordsRead, Map<String, Long> problemCounts) {

    /**
     * Creates a report.
     *
     * @param period        the period, not null
     * @param scope         the scope id, not null
     * @param scopeName     the scope name, not null
     * @param breakdown     the breakdown, not null
     * @param rows          the row keys, not null
     * @param values        the figures, not null
     * @param problems      the problems listed, not null
     * @param recordsRead   the number of activity records read
     * @param problemCounts the problems of each code, listed or not, not null
     * @throws NullPointerException if an argument is null
     */
    public Report {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(scopeName, "scopeName");
        Objects.requireNonNull(breakdown, "breakdown");
        rows = List.copyOf(rows);
        values = List.copyOf(values);
        problems = List.copyOf(problems);
        problemCounts = Collections.unmodifiableMap(new TreeMap<>(problemCounts));
    }

    /**
     * Creates a report whose problems are all listed.
     *
     * @param period        the period, not null
     * @param scope         the scope id, not null
     * @param scopeName     the scope name, not null
     * @param breakdown     the breakdown, not null
     * @param rows          the row keys, not null
     * @param values        the figures, not null
     * @param problems      the problems, not null
     * @param recordsRead   the number of activity records read
     * @throws NullPointerException if an argument is null
     */
    public Report(String period, String scope, String scopeName, Breakdown breakdown, List<String> rows,
            List<ReportValue> values, List<DatasetProblem> problems, long recordsRead) {
        this(period, scope, scopeName, breakdown, rows, values, problems, recordsRead, countsOf(problems));
    }

    private static Map<String, Long> countsOf(List<DatasetProblem> problems) {
        Map<String, Long> counts = new TreeMap<>();
        for (DatasetProblem p : problems) {
            counts.merge(p.code(), 1L, Long::sum);
        }
        return counts;
    }

    /**
     * Returns the number of problems found but not listed in {@link #problems()}.
     *
     * @return the count, not negative
     */
    public long problemsNotListed() {
        return Math.max(0, problemCounts.values().stream().mapToLong(Long::longValue).sum() - problems.size());
    }

    /**
     * Returns the errors of whole files or of the folder ({@link DatasetProblem#isFileError()}):
     * a folder without dataset files, a file that is not UTF-8, cannot be read or changed while it
     * was read.
     *
     * @return the errors, in the order of {@link #problems()}, never null
     */
    public List<DatasetProblem> fileErrors() {
        return problems.stream().filter(DatasetProblem::isFileError).toList();
    }

    /**
     * Returns whether the figures were refused because a whole file or the folder could not be read
     * as it is ({@link #fileErrors()} is not empty); a refused report holds no figure.
     *
     * @return true when refused
     */
    public boolean isRefused() {
        return problems.stream().anyMatch(DatasetProblem::isFileError);
    }

    /**
     * Returns one figure of the scope's total row.
     *
     * @param indicator  the indicator code, not null
     * @return the figure, empty when the report does not hold it (or is refused); never null
     */
    public Optional<ReportValue> total(String indicator) {
        return value(scope, indicator);
    }

    /**
     * Returns one figure of a row.
     *
     * @param row        the row key: the scope, a child's id, a month ({@code 2017-03}) or a kind
     * @param indicator  the indicator code, not null
     * @return the figure, empty when the report does not hold it; never null
     */
    public Optional<ReportValue> value(String row, String indicator) {
        for (ReportValue v : values) {
            if (!v.indicator().equals(indicator)) {
                continue;
            }
            boolean match;
            if (row.equals(scope)) {
                match = v.scope().equals(scope) && v.period().equals(period) && v.kind() == null;
            } else if (breakdown == Breakdown.KIND) {
                match = row.equals(v.kind());
            } else if (breakdown == Breakdown.MONTH) {
                match = v.period().equals(row);
            } else {
                match = v.scope().equals(row);
            }
            if (match) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }
}
