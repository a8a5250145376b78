/**
 * Standardized work-report statistics computed from activity records in one streaming pass.
 *
 * <h2>Problem codes</h2>
 * The problems of reading a dataset are those of {@link io.github.ficsdk.core.io} (listed in a
 * report's {@code "problems"} as {@link io.github.ficsdk.core.io.ProblemJson} writes them, the
 * organisations that do not fit in the tree as {@code DUPLICATE_ID}, {@code UNKNOWN_PARENT} or
 * {@code PARENT_CYCLE}). This package adds one:
 * <table>
 * <caption>Problem codes of reports</caption>
 * <tr><th>code</th><th>severity</th><th>meaning</th></tr>
 * <tr><td>{@code QUERY_TOO_LARGE}</td><td>error</td><td>{@link io.github.ficsdk.report.QueryTooLargeException}:
 * a query of more than {@link io.github.ficsdk.report.ReportQuery#MAX_VALUES} values (rows × indicators), refused
 * before anything is computed</td></tr>
 * </table>
 *
 * @since 0.1
 */
@ValueStyle
package io.github.ficsdk.report;

import io.github.ficsdk.validation.ValueStyle;
