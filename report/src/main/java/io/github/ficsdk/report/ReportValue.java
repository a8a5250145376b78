package io.github.ficsdk.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One figure of a report, such as {@code VISIT.TARGETS.CHAMBER} of {@code F330400} = 196 家次
 * (走访商会协会), with its optional comparisons and the ids of the records behind it.
 *
 * <p>{@code value} is exact: a whole number for counts, yuan with two decimals for
 * {@link Measure#AMOUNT} (unit {@code 元}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param indicator  the indicator code, not null
 * @param scope      the row's organisation id (the scope or a child), not null
 * @param period     the row's period: the report's, or a month for a breakdown by month; not null
 * @param kind       the row's activity kind for a breakdown by kind, else null
 * @param value      the figure, not null
 * @param unit       the unit of {@code value}, such as 家次 or 元, not null
 * @param name       the indicator's Chinese name, not null
 * @param lastYear   the same figure for the same period of the previous year, or null when not asked
 * @param target     the annual target of the row's organisation, or null when none or not asked
 * @param sources    the sorted ids of the records behind the figure; empty unless asked, not null
 * @since 0.1
 */
public record ReportValue(String indicator, String scope, String period, String kind, BigDecimal value, String unit,
        String name,
        BigDecimal lastYear, BigDecimal target, List<String> sources) {

    /**
     * Creates a figure.
     *
     * @param indicator  the indicator code, not null
     * @param scope      the row's organisation id, not null
     * @param period     the row's period, not null
     * @param kind       the row's activity kind, or null
     * @param value      the figure, not null
     * @param unit       the unit, not null
     * @param name       the Chinese name, not null
     * @param lastYear   last year's figure, or null
     * @param target     the annual target, or null
     * @param sources    the record ids, not null
     * @throws NullPointerException if a required argument is null
     */
    public ReportValue {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(name, "name");
        sources = List.copyOf(sources);
    }

    /**
     * Returns the figure in the unit a table or narrative shows, such as the catalog's
     * {@link IndicatorInfo#unit()}: yuan in 万元 or 亿元 with one decimal (half-up); trailing zeros
     * dropped either way ({@code 37250000.00} 元 in 万元 is {@code 3725}).
     *
     * @param displayUnit  the unit shown, such as 万元, not null
     * @return the figure, never null
     */
    public BigDecimal valueIn(String displayUnit) {
        return Figures.stripped(Figures.inUnit(value, unit, displayUnit));
    }

    /**
     * Returns the change against last year ({@code value - lastYear}).
     *
     * @return the change, empty when there is no comparison; never null
     */
    public Optional<BigDecimal> change() {
        return lastYear == null ? Optional.empty() : Optional.of(value.subtract(lastYear));
    }

    /**
     * Returns the change against last year in percent, with one decimal (half-up).
     *
     * @return the percentage, empty when there is no comparison or last year's figure is 0
     */
    public Optional<BigDecimal> changePercent() {
        if (lastYear == null || lastYear.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(value.subtract(lastYear).multiply(BigDecimal.valueOf(100))
                .divide(lastYear, 1, RoundingMode.HALF_UP));
    }

    /**
     * Returns the completion rate of the annual target in percent, with one decimal (half-up).
     *
     * @return the rate, empty when there is no target or the target is 0
     */
    public Optional<BigDecimal> completionPercent() {
        if (target == null || target.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(value.multiply(BigDecimal.valueOf(100)).divide(target, 1, RoundingMode.HALF_UP));
    }
}
