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
 * @since 0.1
 */
public final class ReportValue {
    private final String indicator;
    private final String scope;
    private final String period;
    private final String kind;
    private final BigDecimal value;
    private final String unit;
    private final String name;
    private final BigDecimal lastYear;
    private final BigDecimal target;
    private final List<String> sources;


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
    public ReportValue(String indicator, String scope, String period, String kind, BigDecimal value, String unit, String name, BigDecimal lastYear, BigDecimal target, List<String> sources) {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(name, "name");
        sources = List.copyOf(sources);
        this.indicator = indicator;
        this.scope = scope;
        this.period = period;
        this.kind = kind;
        this.value = value;
        this.unit = unit;
        this.name = name;
        this.lastYear = lastYear;
        this.target = target;
        this.sources = sources;
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
        return Figures.stripped(Figures.inUnit(value, unit, displayUnit));
    }

    /**
     * Returns the change against last year ({@code value - lastYear}).
     *
     * @return the change, empty when there is no comparison; never null
     */
    public Optional<BigDecimal> getChange() {
        return lastYear == null ? Optional.empty() : Optional.of(value.subtract(lastYear));
    }

    /**
     * Returns the change against last year in percent, with one decimal (half-up).
     *
     * @return the percentage, empty when there is no comparison or last year's figure is 0
     */
    public Optional<BigDecimal> getChangePercent() {
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
    public Optional<BigDecimal> getCompletionPercent() {
        if (target == null || target.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(value.multiply(BigDecimal.valueOf(100)).divide(target, 1, RoundingMode.HALF_UP));
    }

    /**
     * Returns the indicator code.
     *
     * @return the indicator code, never null
     */
    public String getIndicator() {
        return indicator;
    }

    /**
     * Returns the row's organisation id (the scope or a child).
     *
     * @return the row's organisation id (the scope or a child), never null
     */
    public String getScope() {
        return scope;
    }

    /**
     * Returns the row's period: the report's, or a month for a breakdown by month.
     *
     * @return the row's period: the report's, or a month for a breakdown by month; never null
     */
    public String getPeriod() {
        return period;
    }

    /**
     * Returns the row's activity kind for a breakdown by kind.
     *
     * @return the row's activity kind for a breakdown by kind, empty when absent; never null
     */
    public java.util.Optional<String> getKind() {
        return java.util.Optional.ofNullable(kind);
    }

    /**
     * Returns the figure.
     *
     * @return the figure, never null
     */
    public BigDecimal getValue() {
        return value;
    }

    /**
     * Returns the unit of {@code value}, such as 家次 or 元.
     *
     * @return the unit of {@code value}, such as 家次 or 元, never null
     */
    public String getUnit() {
        return unit;
    }

    /**
     * Returns the indicator's Chinese name.
     *
     * @return the indicator's Chinese name, never null
     */
    public String getName() {
        return name;
    }

    /**
     * Returns the same figure for the same period of the previous year.
     *
     * @return the same figure for the same period of the previous year, empty when absent; never null
     */
    public java.util.Optional<BigDecimal> getLastYear() {
        return java.util.Optional.ofNullable(lastYear);
    }

    /**
     * Returns the annual target of the row's organisation.
     *
     * @return the annual target of the row's organisation, empty when absent; never null
     */
    public java.util.Optional<BigDecimal> getTarget() {
        return java.util.Optional.ofNullable(target);
    }

    /**
     * Returns the sorted ids of the records behind the figure.
     *
     * @return the sorted ids of the records behind the figure; empty unless asked, never null
     */
    public List<String> getSources() {
        return sources;
    }

    /**
     * Compares every property.
     *
     * @param other  the other object, may be null
     * @return true if it is an equal value
     */
    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof ReportValue o && java.util.Objects.equals(indicator, o.indicator) && java.util.Objects.equals(scope, o.scope) && java.util.Objects.equals(period, o.period) && java.util.Objects.equals(kind, o.kind) && java.util.Objects.equals(value, o.value) && java.util.Objects.equals(unit, o.unit) && java.util.Objects.equals(name, o.name) && java.util.Objects.equals(lastYear, o.lastYear) && java.util.Objects.equals(target, o.target) && java.util.Objects.equals(sources, o.sources);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return java.util.Objects.hash(indicator, scope, period, kind, value, unit, name, lastYear, target, sources);
    }

    /**
     * Returns the properties, for debugging.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return "ReportValue[indicator=" + indicator + ", scope=" + scope + ", period=" + period + ", kind=" + kind + ", value=" + value + ", unit=" + unit + ", name=" + name + ", lastYear=" + lastYear + ", target=" + target + ", sources=" + sources + "]";
    }
}
