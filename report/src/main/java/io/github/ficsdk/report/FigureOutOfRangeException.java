package io.github.ficsdk.report;

import io.github.ficsdk.validation.SafeText;
import io.github.ficsdk.validation.FicProblem;
import java.util.Objects;

/**
 * Thrown when a figure of a report is beyond what the engine counts exactly: a sum above
 * {@link Long#MAX_VALUE} (9223372036854775807, or that many fen for an amount, about 9.2 × 10<sup>16</sup>
 * yuan). A figure is right or refused, never silently off: the run stops and names the
 * {@linkplain #getIndicator() indicator} and the {@linkplain #getRow() row}, so that the records
 * feeding it can be checked (a {@code participants} of 9223372036854775807 is a typing error, not
 * a count).
 *
 * <pre>{@code
 * try {
 *     report = engine.run(query, dataset);
 * } catch (FigureOutOfRangeException e) {
 *     System.err.println(e.getIndicator() + " of " + e.getRow() + ": " + e.getMessage());
 * }
 * }</pre>
 *
 * <p>The message goes through {@link SafeText#forDisplay(String)} (a row is an organisation id
 * from the data); {@link #getRow()} returns the row as given.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public class FigureOutOfRangeException extends ArithmeticException implements FicProblem {

    private static final long serialVersionUID = 1L;

    /** The indicator code. */
    private final String indicator;
    /** The row key. */
    private final String row;
    /** The period of the figure. */
    private final String period;

    /**
     * Creates the exception.
     *
     * @param indicator  the indicator code, such as {@code FORUM.PARTICIPANTS}, not null
     * @param row        the row: the scope or a child's id, a month or an activity kind; not null
     * @param period     the period of the figure (the report's, or the same period of last year), not null
     * @param limit      the largest figure the engine counts exactly, in the figure's unit, not null
     */
    public FigureOutOfRangeException(String indicator, String row, String period, java.math.BigDecimal limit) {
        super(SafeText.forDisplay(Objects.requireNonNull(indicator, "indicator") + " of "
                + Objects.requireNonNull(row, "row") + " (" + Objects.requireNonNull(period, "period")
                + ") is beyond the range of exact counting (more than "
                + Objects.requireNonNull(limit, "limit").toPlainString() + "); check the records that feed it"));
        this.indicator = indicator;
        this.row = row;
        this.period = period;
    }

    /**
     * Returns the indicator whose figure is out of range.
     *
     * @return the indicator code, never null
     */
    public String getIndicator() {
        return indicator;
    }

    /**
     * Returns the row of the figure: the scope or a child federation's id, a month
     * ({@code 2017-03}) or an activity kind, as in {@link Report#getRows()}.
     *
     * @return the row key, never null
     */
    public String getRow() {
        return row;
    }

    /**
     * Returns the period of the figure: the report's, or the same period of last year when the
     * comparison overflowed.
     *
     * @return the period as written, such as {@code 2017-H1}, never null
     */
    public String getPeriod() {
        return period;
    }

    /**
     * Returns the problem code, {@code FIGURE_OUT_OF_RANGE}.
     *
     * @return the code, never null
     */
    @Override
    public String getProblemCode() {
        return "FIGURE_OUT_OF_RANGE";
    }

    /**
     * Returns the empty path: the figure is not a property of a record.
     *
     * @return the empty string, never null
     */
    @Override
    public String getProblemPath() {
        return "";
    }

}
