package io.github.ficsdk.report;

import io.github.ficsdk.core.activity.Activity;
import java.math.BigDecimal;

/**
 * A team's own indicator: a selection of activities and a non-negative quantity summed over
 * them, such as mentoring hours kept in an {@code extensions} field.
 *
 * <pre>{@code
 * public final class MentoringHours implements CustomIndicator {
 *     public String getCode() { return "X_MENTORING.HOURS"; }
 *     public String getName() { return "导师辅导时长"; }
 *     public String getEnglishName() { return "mentoring hours"; }
 *     public String getUnit() { return "小时"; }
 *     public boolean selects(Activity a) { return a.getKind().getCode().equals("X_MENTORING"); }
 *     public BigDecimal measure(Activity a) {
 *         return a.getExtensions().getNumber("hours").orElse(BigDecimal.ZERO);
 *     }
 * }
 * }</pre>
 *
 * <p>An indicator of this most common form (a numeric extension field summed over one activity
 * kind) is shorter as an {@link ExtensionSumIndicator}.
 *
 * <p>Register it with {@link IndicatorCatalog#with(CustomIndicator)} or through
 * {@code META-INF/services/io.github.ficsdk.report.CustomIndicator}, where
 * {@link IndicatorCatalog#standard()} and {@link ReportEngine#standard()} find it (the app's
 * {@code report --indicators X_…} too, with the plug-in's jar on the class path). Custom indicators are
 * additive sums, subject to the same period and scope selection as the standard ones; a query
 * that asks for one reads every activity through the strict reader, since the indicator sees the
 * whole {@link Activity}. Implementations must be stateless and thread-safe; an exception (or a
 * {@link StackOverflowError}, {@link LinkageError} or {@link AssertionError}) or a negative or null
 * measure stops the report with an {@link IllegalStateException} naming the indicator and the
 * activity; any other {@link Error}, such as {@link OutOfMemoryError}, stops it as it is.
 *
 * @since 0.1
 */
public interface CustomIndicator {

    /**
     * Returns the code: UPPER_SNAKE parts joined by dots, not of the standard form.
     *
     * @return the code, such as {@code X_MENTORING.HOURS}, never null
     */
    String getCode();

    /**
     * Returns the Chinese name.
     *
     * @return the name, never null
     */
    String getName();

    /**
     * Returns the English name.
     *
     * @return the name, never null
     */
    String getEnglishName();

    /**
     * Returns the unit, such as 小时.
     *
     * @return the unit, never null
     */
    String getUnit();

    /**
     * Returns how a narrative words the figure, such as {@link Approximation#MORE_THAN} for
     * "10 多个".
     *
     * @return the approximation, {@link Approximation#EXACT} unless overridden; never null
     */
    default Approximation getApproximation() {
        return Approximation.EXACT;
    }

    /**
     * Tells whether the indicator counts an activity (already in the period and scope).
     *
     * @param activity  the activity, not null
     * @return true to count it
     */
    boolean selects(Activity activity);

    /**
     * Returns the quantity an activity contributes.
     *
     * @param activity  a selected activity, not null
     * @return the quantity, not null, not negative
     */
    BigDecimal measure(Activity activity);
}
