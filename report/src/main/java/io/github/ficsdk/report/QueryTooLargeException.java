package io.github.ficsdk.report;

import io.github.ficsdk.validation.FicProblem;

/**
 * Thrown when a query would compute more values than {@link ReportQuery#MAX_VALUES}: its rows
 * (the scope's total row plus one row per child federation, month or activity kind) times its
 * indicators, such as a breakdown by month of {@code 1000-01-01/9999-12-31} (107,989 rows).
 * The engine refuses it when it compiles the query, before it allocates anything for the rows,
 * so that a query that does not fit is refused instead of running the machine out of memory.
 *
 * <pre>{@code
 * try {
 *     engine.run(query, dataset);
 * } catch (QueryTooLargeException e) {
 *     // e.getRows() rows × e.getIndicators() indicators = e.getValues() > e.getLimit()
 * }
 * }</pre>
 *
 * <p>It is a {@link FicProblem}: the error {@value #PROBLEM_CODE} about the query as a whole (empty
 * path).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class QueryTooLargeException extends IllegalArgumentException implements FicProblem {

    /** The problem code of this exception, {@value}. */
    public static final String PROBLEM_CODE = "QUERY_TOO_LARGE";

    private static final long serialVersionUID = 1L;

    /** The breakdown of the query. */
    private final Breakdown breakdown;
    /** The number of rows, the total row included. */
    private final long rows;
    /** The number of indicators. */
    private final int indicators;
    /** The limit on rows × indicators. */
    private final long limit;

    /**
     * Creates the exception.
     *
     * @param breakdown   the query's breakdown, not null
     * @param rows        the number of rows, the total row included
     * @param indicators  the number of indicators
     * @param limit       the limit on rows × indicators
     */
    public QueryTooLargeException(Breakdown breakdown, long rows, int indicators, long limit) {
        super("the query gives " + rows + " rows (breakdown " + breakdown + ") × " + indicators + " indicators = "
                + rows * indicators + " values, more than the limit of " + limit
                + " values per query; choose a shorter period, fewer indicators or another breakdown");
        this.breakdown = breakdown;
        this.rows = rows;
        this.indicators = indicators;
        this.limit = limit;
    }

    /**
     * Returns the query's breakdown, such as {@link Breakdown#MONTH}.
     *
     * @return the breakdown, never null
     */
    public Breakdown getBreakdown() {
        return breakdown;
    }

    /**
     * Returns the number of rows the query would have, the total row included, such as 107989.
     *
     * @return the rows, at least 1
     */
    public long getRows() {
        return rows;
    }

    /**
     * Returns the number of indicators of the query.
     *
     * @return the indicators
     */
    public int getIndicators() {
        return indicators;
    }

    /**
     * Returns the number of values the query would compute: rows × indicators.
     *
     * @return the values, more than {@link #getLimit()}
     */
    public long getValues() {
        return rows * indicators;
    }

    /**
     * Returns the limit on the values of one query, {@link ReportQuery#MAX_VALUES}.
     *
     * @return the limit
     */
    public long getLimit() {
        return limit;
    }

    /**
     * Returns the problem code, {@value #PROBLEM_CODE}.
     *
     * @return the code, never null
     */
    @Override
    public String getProblemCode() {
        return PROBLEM_CODE;
    }

    /**
     * Returns the empty path: the query as a whole is too large.
     *
     * @return the empty string
     */
    @Override
    public String getProblemPath() {
        return "";
    }

}
