package io.github.ficsdk.report;

import io.github.ficsdk.core.io.DatasetProblem;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of a {@link ReportQuery}: every requested figure of every row, in row order then
 * indicator order, plus what reading the data found.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param period        the period, as written ({@code 2017-H1}), not null
 * @param scope         the scope's organisation id, not null
 * @param scopeName     the scope's name, or its id when no dataset file names it; not null
 * @param breakdown     the breakdown, not null
 * @param rows          the row keys in order (the scope first), not null
 * @param values        the figures, not null
 * @param problems      the problems of the records that could not be read, in file and line order, not null
 * @param recordsRead   the number of activity records read (valid or not)
 * @since 0.1
 */
public record Report(String period, String scope, String scopeName, Breakdown breakdown, List<String> rows,
        List<ReportValue> values, List<DatasetProblem> problems, long recordsRead) {

    /**
     * Creates a report.
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
    public Report {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(scopeName, "scopeName");
        Objects.requireNonNull(breakdown, "breakdown");
        rows = List.copyOf(rows);
        values = List.copyOf(values);
        problems = List.copyOf(problems);
    }

    /**
     * Returns one figure of the scope's total row.
     *
     * @param indicator  the indicator code, not null
     * @return the figure, empty when the report does not hold it; never null
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
