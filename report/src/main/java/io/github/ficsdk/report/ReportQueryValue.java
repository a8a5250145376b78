package io.github.ficsdk.report;

import org.immutables.value.Value;

/**
 * The Immutables value type behind {@link ReportQuery}: its implementation is generated from
 * ReportQuery's properties, while {@link ReportQuery.Builder}, with its own defaults and checks,
 * stays the one way to build a query. Declared apart, because saying "no generated builder" takes
 * an annotation element, which a user who compiles against {@code ReportQuery} without the
 * Immutables jar (and with {@code -Xlint:all -Werror}) would otherwise be warned about.
 */
@Value.Immutable(builder = false)
abstract class ReportQueryValue extends ReportQuery {

    ReportQueryValue() {}
}
