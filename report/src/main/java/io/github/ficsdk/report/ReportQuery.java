package io.github.ficsdk.report;

import io.github.ficsdk.core.period.ReportingPeriod;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * What a report computes: a period, a scope (an organisation id), an optional breakdown and a
 * list of indicator codes, such as 2017-H1 × F330400 by child × the standard catalog.
 *
 * <pre>{@code
 * ReportQuery query = ReportQuery.builder()
 *         .period(ReportingPeriod.parse("2017-H1"))
 *         .scope("F330400")
 *         .breakdown(Breakdown.CHILD)
 *         .indicators(List.of("VISIT.TARGETS.CHAMBER", "VISIT.DISTINCT.ENTERPRISE"))
 *         .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public abstract class ReportQuery {

    /**
     * The most values one query may compute, 50,000: its rows (the scope's total row plus one row
     * per child federation, month or activity kind) times its indicators. The engine keeps a
     * partial result of every value on every reading thread (a set of ids for a {@code DISTINCT}
     * one), so this bounds the memory a report needs besides its distinct ids: a breakdown by month
     * of a century with the standard catalog fits (1,201 rows × 35 indicators = 42,035 values), one
     * of the years 1000 to 9999 does not (108,001 rows). A query beyond it is refused with a
     * {@link QueryTooLargeException} when the engine compiles it, before anything is allocated for
     * its rows.
     */
    public static final int MAX_VALUES = 50_000;

    ReportQuery() {}

    /**
     * Returns a new builder.
     *
     * @return the builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the period; an activity belongs to it when its {@code start} is in it.
     *
     * @return the period, never null
     */
    @Value.Parameter
    public abstract ReportingPeriod getPeriod();

    /**
     * Returns the scope's organisation id.
     *
     * @return the id, never null
     */
    @Value.Parameter
    public abstract String getScope();

    /**
     * Returns the breakdown.
     *
     * @return the breakdown, never null
     */
    @Value.Parameter
    public abstract Breakdown getBreakdown();

    /**
     * Returns the indicator codes, standard-form or custom, in output order.
     *
     * @return the codes, never null
     */
    @Value.Parameter
    public abstract List<String> getIndicators();

    /**
     * Tells whether each value comes with the same period of the previous year.
     *
     * @return true to compare
     */
    @Value.Parameter
    public abstract boolean isCompareWithLastYear();

    /**
     * Tells whether each value comes with its annual target and completion rate.
     *
     * @return true to compare
     */
    @Value.Parameter
    public abstract boolean isCompareWithTargets();

    /**
     * Tells whether each value keeps the ids of the records that produced it (drill-down).
     *
     * @return true to keep them
     */
    @Value.Parameter
    public abstract boolean isTrackSources();

    /**
     * Returns the number of threads that read the activity file.
     *
     * @return at least 1
     */
    @Value.Parameter
    public abstract int getThreads();

    /**
     * Describes the query, such as {@code 2017-H1 F330400 by CHILD, 14 indicators}.
     *
     * @return the description, never null
     */
    @Override
    public String toString() {
        return getPeriod() + " " + getScope() + " by " + getBreakdown() + ", " + getIndicators().size() + " indicators";
    }

    /**
     * Returns a builder holding this query's settings.
     *
     * @return the builder, never null
     */
    public Builder toBuilder() {
        return new Builder().period(getPeriod()).scope(getScope()).breakdown(getBreakdown()).indicators(getIndicators())
                .compareWithLastYear(isCompareWithLastYear()).compareWithTargets(isCompareWithTargets())
                .trackSources(isTrackSources()).threads(getThreads());
    }

    /**
     * Builds a {@link ReportQuery}. Not thread-safe.
     *
     * @since 0.1
     */
    public static final class Builder {
        private ReportingPeriod period;
        private String scope;
        private Breakdown breakdown = Breakdown.NONE;
        private final List<String> indicators = new ArrayList<>();
        private boolean compareWithLastYear;
        private boolean compareWithTargets;
        private boolean trackSources;
        private int threads = Runtime.getRuntime().availableProcessors();

        private Builder() {}

        /**
         * Sets the period (required).
         *
         * @param period  the period, not null
         * @return this builder
         */
        public Builder period(ReportingPeriod period) {
            this.period = Objects.requireNonNull(period, "period");
            return this;
        }

        /**
         * Sets the scope (required).
         *
         * @param scope  the organisation id, not null
         * @return this builder
         */
        public Builder scope(String scope) {
            this.scope = Objects.requireNonNull(scope, "scope");
            return this;
        }

        /**
         * Sets the breakdown ({@link Breakdown#NONE} by default).
         *
         * @param breakdown  the breakdown, not null
         * @return this builder
         */
        public Builder breakdown(Breakdown breakdown) {
            this.breakdown = Objects.requireNonNull(breakdown, "breakdown");
            return this;
        }

        /**
         * Replaces the indicator codes (the standard catalog when none are given).
         *
         * @param codes  the codes, not null
         * @return this builder
         */
        public Builder indicators(List<String> codes) {
            indicators.clear();
            codes.forEach(c -> indicators.add(Objects.requireNonNull(c, "indicator code")));
            return this;
        }

        /**
         * Compares every value with the same period of the previous year.
         *
         * @param compare  true to compare
         * @return this builder
         */
        public Builder compareWithLastYear(boolean compare) {
            this.compareWithLastYear = compare;
            return this;
        }

        /**
         * Compares every value with its annual target from {@code targets.jsonl}.
         *
         * @param compare  true to compare
         * @return this builder
         */
        public Builder compareWithTargets(boolean compare) {
            this.compareWithTargets = compare;
            return this;
        }

        /**
         * Keeps, for every value, the ids of the records that produced it.
         *
         * @param track  true to keep them
         * @return this builder
         */
        public Builder trackSources(boolean track) {
            this.trackSources = track;
            return this;
        }

        /**
         * Sets the number of threads that read the activity file (the number of processors by
         * default).
         *
         * @param threads  at least 1
         * @return this builder
         * @throws IllegalArgumentException if {@code threads} is less than 1
         */
        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1 - but was: " + threads);
            }
            this.threads = threads;
            return this;
        }

        /**
         * Builds the query.
         *
         * @return the query, never null
         * @throws NullPointerException if the period or the scope is missing
         */
        public ReportQuery build() {
            return ImmutableReportQueryValue.of(Objects.requireNonNull(period, "period"),
                    Objects.requireNonNull(scope, "scope"), breakdown, indicators.isEmpty() ? IndicatorCatalog.standardCodes() : indicators, compareWithLastYear,
                    compareWithTargets, trackSources, threads);
        }
    }
}
