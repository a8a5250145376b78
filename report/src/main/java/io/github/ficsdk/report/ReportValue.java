package io.github.ficsdk.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One figure of a report, such as {@code VISIT.TARGETS.CHAMBER} of {@code F330400} = 196 家次
 * (走访商会协会), with its optional comparisons and the ids of the records behind it.
 *
 * <p>{@code value} is exact: a whole number for counts, yuan with two decimals for
 * {@link Measure#AMOUNT} (unit {@code 元}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class ReportValue {

    ReportValue() {}

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
     * @return the figure, never null
     * @throws NullPointerException if a required argument is null
     */
    public static ReportValue of(String indicator, String scope, String period, String kind, BigDecimal value,
            String unit, String name, BigDecimal lastYear, BigDecimal target, List<String> sources) {
        return ImmutableReportValue.builder().indicator(indicator).scope(scope).period(period)
                .kind(Optional.ofNullable(kind)).value(value).unit(unit).name(name)
                .lastYear(Optional.ofNullable(lastYear)).target(Optional.ofNullable(target)).sources(sources).build();
    }

    /**
     * Returns the figure in the unit a table or narrative shows, such as the catalog's
     * {@link IndicatorInfo#getUnit()}: yuan in 万元 or 亿元 with one decimal (half-up); trailing zeros
     * dropped either way ({@code 37250000.00} 元 in 万元 is {@code 3725}).
     *
     * @param displayUnit  the unit shown, such as 万元, not null
     * @return the figure, never null
     */
    public BigDecimal valueIn(String displayUnit) {
        return Figures.stripped(Figures.inUnit(getValue(), getUnit(), displayUnit));
    }

    /**
     * Returns the change against last year ({@code value - lastYear}).
     *
     * @return the change, empty when there is no comparison; never null
     */
    public Optional<BigDecimal> getChange() {
        return getLastYear().map(getValue()::subtract);
    }

    /**
     * Returns the change against last year in percent, with one decimal (half-up).
     *
     * @return the percentage, empty when there is no comparison or last year's figure is 0
     */
    public Optional<BigDecimal> getChangePercent() {
        return getLastYear().filter(lastYear -> lastYear.signum() != 0).map(lastYear -> getValue().subtract(lastYear)
                .multiply(BigDecimal.valueOf(100)).divide(lastYear, 1, RoundingMode.HALF_UP));
    }

    /**
     * Returns the completion rate of the annual target in percent, with one decimal (half-up).
     *
     * @return the rate, empty when there is no target or the target is 0
     */
    public Optional<BigDecimal> getCompletionPercent() {
        return getTarget().filter(target -> target.signum() != 0)
                .map(target -> getValue().multiply(BigDecimal.valueOf(100)).divide(target, 1, RoundingMode.HALF_UP));
    }

    /**
     * Returns the indicator code.
     *
     * @return the indicator code, never null
     */
    public abstract String getIndicator();

    /**
     * Returns the row's organisation id (the scope or a child).
     *
     * @return the row's organisation id (the scope or a child), never null
     */
    public abstract String getScope();

    /**
     * Returns the row's period: the report's, or a month for a breakdown by month.
     *
     * @return the row's period: the report's, or a month for a breakdown by month; never null
     */
    public abstract String getPeriod();

    /**
     * Returns the row's activity kind for a breakdown by kind.
     *
     * @return the row's activity kind for a breakdown by kind, empty when absent; never null
     */
    public abstract Optional<String> getKind();

    /**
     * Returns the figure.
     *
     * @return the figure, never null
     */
    public abstract BigDecimal getValue();

    /**
     * Returns the unit of {@code value}, such as 家次 or 元.
     *
     * @return the unit of {@code value}, such as 家次 or 元, never null
     */
    public abstract String getUnit();

    /**
     * Returns the indicator's Chinese name.
     *
     * @return the indicator's Chinese name, never null
     */
    public abstract String getName();

    /**
     * Returns the same figure for the same period of the previous year.
     *
     * @return the same figure for the same period of the previous year, empty when absent; never null
     */
    public abstract Optional<BigDecimal> getLastYear();

    /**
     * Returns the annual target of the row's organisation.
     *
     * @return the annual target of the row's organisation, empty when absent; never null
     */
    public abstract Optional<BigDecimal> getTarget();

    /**
     * Returns the sorted ids of the records behind the figure.
     *
     * @return the sorted ids of the records behind the figure; empty unless asked, never null
     */
    public abstract List<String> getSources();
}
