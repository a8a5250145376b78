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
 * @param rowNames      the names of the organisation rows (the scope and its children) by row key;
 *                      a row without one is shown by its key; not null
 * @since 0.1
 */
public record Report(String period, String scope, String scopeName, Breakdown breakdown, List<String> rows,
        List<ReportValue> values, List<DatasetProblem> problems, long recordsRead, Map<String, Long> problemCounts,
        Map<String, RowName> rowNames) {

    /**
     * The name of an organisation row: its full name, its short name (DATA-MODEL {@code shortName},
     * such as 嘉兴市工商联) and, for a federation with organisations below it, the words a work report
     * uses for the whole system, such as 全市工商联系统.
     *
     * @param name        the full name, not null
     * @param shortName   the short name, or null when the data gives none
     * @param systemWords the words for the federation and everything below it ("全市工商联系统",
     *                    "全县工商联系统"), or null when the row is not such a federation
     * @since 0.2
     */
    public record RowName(String name, String shortName, String systemWords) {

        /**
         * Creates a row name.
         *
         * @param name        the full name, not null
         * @param shortName   the short name, or null
         * @param systemWords the system words, or null
         * @throws NullPointerException if the name is null
         */
        public RowName {
            Objects.requireNonNull(name, "name");
        }

        /**
         * Returns the words a narrative names the row by: the system words, else the short name,
         * else the full name.
         *
         * @return the subject, never null
         */
        public String subject() {
            return systemWords != null ? systemWords : shortName != null ? shortName : name;
        }
    }

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
     * @param rowNames      the names of the organisation rows, not null
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
        rowNames = Map.copyOf(rowNames);
    }

    /**
     * Creates a report without row names (rows are shown by their keys, the scope by its name).
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
    public Report(String period, String scope, String scopeName, Breakdown breakdown, List<String> rows,
            List<ReportValue> values, List<DatasetProblem> problems, long recordsRead, Map<String, Long> problemCounts) {
        this(period, scope, scopeName, breakdown, rows, values, problems, recordsRead, problemCounts, Map.of());
    }

    /**
     * Returns this report with other problems (such as the same problems in another language),
     * everything else kept.
     *
     * @param otherProblems  the problems, not null
     * @return the report, never null
     * @since 0.2
     */
    public Report withProblems(List<DatasetProblem> otherProblems) {
        return new Report(period, scope, scopeName, breakdown, rows, values, otherProblems, recordsRead, problemCounts,
                rowNames);
    }

    /**
     * Returns the name of a row: the organisation's full name for the scope and a child
     * federation, the key itself for a month, a kind, or an organisation no file names.
     *
     * @param row  the row key, not null
     * @return the name, never null
     * @since 0.2
     */
    public String rowName(String row) {
        RowName name = rowNames.get(row);
        if (name != null) {
            return name.name();
        }
        return row.equals(scope) ? scopeName : row;
    }

    /**
     * Returns the words a narrative names a row by: 全市工商联系统 for a city federation with
     * organisations below it, else the short name, else the name ({@link RowName#subject()}).
     *
     * @param row  the row key, not null
     * @return the subject, never null
     * @since 0.2
     */
    public String subject(String row) {
        RowName name = rowNames.get(row);
        return name != null ? name.subject() : rowName(row);
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
