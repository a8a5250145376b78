/**
 * Reporting periods: {@link io.github.ficsdk.core.period.ReportingPeriod} ({@code 2017},
 * {@code 2017-H1}, {@code 2017-Q3}, {@code 2017-05}, {@code 2017-01-01/2017-06-30}).
 *
 * <pre>{@code
 * ReportingPeriod period = ReportingPeriod.parse("2017-H1");
 * boolean inside = period.contains(activity.getStart());
 * }</pre>
 *
 * @since 0.1
 */
@ValueStyle
package io.github.ficsdk.core.period;

import io.github.ficsdk.validation.ValueStyle;
