package io.github.ficsdk.report;

import io.github.ficsdk.core.io.DatasetProblem;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The result of a {@link ReportQuery}: every requested figure of every row, in row order then
 * indicator order, plus what reading the data found.
 *
 * <p>A figure is right or refused: when a whole file could not be read as it is (a folder without
 * dataset files, a file that is not UTF-8, cannot be read or changed while it was read: the
 * {@link #getFileErrors()}), the report is {@linkplain #isRefused() refused} and holds no figure at
 * all ({@code values} is empty), only its problems. A line that cannot be read only leaves that
 * line out: it is listed in {@code problems} and the figures are computed from the other lines.
 *
 * <pre>{@code
 * Report report = ReportEngine.standard().run(query, Dataset.of(folder));
 * if (report.isRefused()) {
 *     report.getFileErrors().forEach(p -> System.err.println(p.getFile() + " " + p.getProblemCode() + " " + p.getMessage()));
 * }
 * }</pre>
 *
 * <p>Problems are counted by code in {@code problemCounts}; only the first of each file are listed
 * in {@code problems} ({@link #getProblemsNotListed()} says how many were not).
 *
 * <p>Organisation rows carry their names ({@link #rowName(String)}, {@link #subject(String)}), so a
 * table or a narrative shows 嘉兴市工商联 rather than {@code F330400}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Report {

    /**
     * The name of an organisation row: its full name, its short name (DATA-MODEL {@code shortName},
     * such as 嘉兴市工商联) and, for a federation with organisations below it, the words a work report
     * uses for the whole system, such as 全市工商联系统.
     *
     * <p>This class is immutable and thread-safe.
     *
     * @since 0.2
     */
    @Value.Immutable
    public abstract static class RowName {

        RowName() {}

        /**
         * Creates a row name.
         *
         * @param name        the full name, not null
         * @param shortName   the short name, or null when the data gives none
         * @param systemWords the words for the federation and everything below it ("全市工商联系统",
         *                    "全县工商联系统"), or null when the row is not such a federation
         * @return the row name, never null
         * @throws NullPointerException if the name is null
         */
        public static RowName of(String name, String shortName, String systemWords) {
            return ImmutableRowName.of(name, Optional.ofNullable(shortName), Optional.ofNullable(systemWords));
        }

        /**
         * Returns the full name.
         *
         * @return the name, never null
         */
        @Value.Parameter
        public abstract String getName();

        /**
         * Returns the short name ({@code shortName} of the record).
         *
         * @return the short name, empty when the data gives none
         */
        @Value.Parameter
        public abstract Optional<String> getShortName();

        /**
         * Returns the words for the federation and everything below it (全市工商联系统).
         *
         * @return the words, empty when the row is not a federation with organisations below it
         */
        @Value.Parameter
        public abstract Optional<String> getSystemWords();

        /**
         * Returns the words a narrative names the row by: the system words, else the short name,
         * else the full name.
         *
         * @return the subject, never null
         */
        public String getSubject() {
            return getSystemWords().or(this::getShortName).orElse(getName());
        }
    }

    Report() {}

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
     * @param rowNames      the names of the organisation rows (the scope and its children) by row key;
     *                      a row without one is shown by its key; not null
     * @return the report, never null
     * @throws NullPointerException if an argument is null
     * @since 0.2
     */
    public static Report of(String period, String scope, String scopeName, Breakdown breakdown, List<String> rows,
            List<ReportValue> values, List<DatasetProblem> problems, long recordsRead, Map<String, Long> problemCounts,
            Map<String, RowName> rowNames) {
        // the counts in code order, as they are written
        return ImmutableReport.builder().period(period).scope(scope).scopeName(scopeName).breakdown(breakdown)
                .rows(rows).values(values).problems(problems).recordsRead(recordsRead)
                .problemCounts(new TreeMap<>(problemCounts)).rowNames(rowNames).build();
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
     * @return the report, never null
     * @throws NullPointerException if an argument is null
     */
    public static Report of(String period, String scope, String scopeName, Breakdown breakdown, List<String> rows,
            List<ReportValue> values, List<DatasetProblem> problems, long recordsRead, Map<String, Long> problemCounts) {
        return of(period, scope, scopeName, breakdown, rows, values, problems, recordsRead, problemCounts, Map.of());
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
        return withProblems(otherProblems, getProblemCounts());
    }

    /**
     * Returns this report with other problems and their counts by code (such as those of a
     * spreadsheet ledger in place of those of the dataset folder read from it), everything else kept.
     *
     * @param otherProblems  the problems, not null
     * @param counts         the number of problems of each code, listed or not, not null
     * @return the report, never null
     * @since 0.2
     */
    public Report withProblems(List<DatasetProblem> otherProblems, Map<String, Long> counts) {
        return of(getPeriod(), getScope(), getScopeName(), getBreakdown(), getRows(), getValues(), otherProblems,
                getRecordsRead(), counts, getRowNames());
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
        RowName name = getRowNames().get(row);
        if (name != null) {
            return name.getName();
        }
        return row.equals(getScope()) ? getScopeName() : row;
    }

    /**
     * Returns the words a narrative names a row by: 全市工商联系统 for a federation with
     * organisations below it, else the short name, else the name ({@link RowName#getSubject()}).
     *
     * @param row  the row key, not null
     * @return the subject, never null
     * @since 0.2
     */
    public String subject(String row) {
        RowName name = getRowNames().get(row);
        return name != null ? name.getSubject() : rowName(row);
    }

    /**
     * Returns the names of the organisation rows by row key.
     *
     * @return the names, never null
     * @since 0.2
     */
    public abstract Map<String, RowName> getRowNames();

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
     * @return the report, never null
     * @throws NullPointerException if an argument is null
     */
    public static Report of(String period, String scope, String scopeName, Breakdown breakdown, List<String> rows,
            List<ReportValue> values, List<DatasetProblem> problems, long recordsRead) {
        return of(period, scope, scopeName, breakdown, rows, values, problems, recordsRead,
                problems.stream().collect(Collectors.groupingBy(DatasetProblem::getProblemCode, Collectors.counting())));
    }

    /**
     * Returns the number of problems found but not listed in {@link #getProblems()}.
     *
     * @return the count, not negative
     */
    public long getProblemsNotListed() {
        return Math.max(0, getProblemCounts().values().stream().mapToLong(Long::longValue).sum() - getProblems().size());
    }

    /**
     * Returns the errors of whole files or of the folder ({@link DatasetProblem#isFileError()}):
     * a folder without dataset files, a file that is not UTF-8, cannot be read or changed while it
     * was read.
     *
     * @return the errors, in the order of {@link #getProblems()}, never null
     */
    public List<DatasetProblem> getFileErrors() {
        return getProblems().stream().filter(DatasetProblem::isFileError).toList();
    }

    /**
     * Returns whether the figures were refused because a whole file or the folder could not be read
     * as it is ({@link #getFileErrors()} is not empty); a refused report holds no figure.
     *
     * @return true when refused
     */
    public boolean isRefused() {
        return getProblems().stream().anyMatch(DatasetProblem::isFileError);
    }

    /**
     * Returns one figure of the scope's total row.
     *
     * @param indicator  the indicator code, not null
     * @return the figure, empty when the report does not hold it (or is refused); never null
     */
    public Optional<ReportValue> total(String indicator) {
        return value(getScope(), indicator);
    }

    /**
     * Returns one figure of a row.
     *
     * @param row        the row key: the scope, a child's id, a month ({@code 2017-03}) or a kind
     * @param indicator  the indicator code, not null
     * @return the figure, empty when the report does not hold it; never null
     */
    public Optional<ReportValue> value(String row, String indicator) {
        String scope = getScope();
        String period = getPeriod();
        Breakdown breakdown = getBreakdown();
        for (ReportValue v : getValues()) {
            if (!v.getIndicator().equals(indicator)) {
                continue;
            }
            boolean match;
            if (row.equals(scope)) {
                match = v.getScope().equals(scope) && v.getPeriod().equals(period) && v.getKind().orElse(null) == null;
            } else if (breakdown == Breakdown.KIND) {
                match = row.equals(v.getKind().orElse(null));
            } else if (breakdown == Breakdown.MONTH) {
                match = v.getPeriod().equals(row);
            } else {
                match = v.getScope().equals(row);
            }
            if (match) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the period, as written ({@code 2017-H1}).
     *
     * @return the period, as written ({@code 2017-H1}), never null
     */
    public abstract String getPeriod();

    /**
     * Returns the scope's organisation id.
     *
     * @return the scope's organisation id, never null
     */
    public abstract String getScope();

    /**
     * Returns the scope's name, or its id when no dataset file names it.
     *
     * @return the scope's name, or its id when no dataset file names it; never null
     */
    public abstract String getScopeName();

    /**
     * Returns the breakdown.
     *
     * @return the breakdown, never null
     */
    public abstract Breakdown getBreakdown();

    /**
     * Returns the row keys in order (the scope first).
     *
     * @return the row keys in order (the scope first), never null
     */
    public abstract List<String> getRows();

    /**
     * Returns the figures.
     *
     * @return the figures, never null
     */
    public abstract List<ReportValue> getValues();

    /**
     * Returns the problems of the records and files that could not be read, in file and line order (the first of each file).
     *
     * @return the problems of the records and files that could not be read, in file and line order (the first of each file), never null
     */
    public abstract List<DatasetProblem> getProblems();

    /**
     * Returns the number of activity records read (valid or not).
     *
     * @return the number of activity records read (valid or not)
     */
    public abstract long getRecordsRead();

    /**
     * Returns the number of problems of each code, listed or not.
     *
     * @return the number of problems of each code, listed or not, never null
     */
    public abstract Map<String, Long> getProblemCounts();
}
