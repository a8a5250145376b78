package io.github.ficsdk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ficsdk.core.period.ReportingPeriod;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** A query of more than {@link ReportQuery#MAX_VALUES} values is refused when it is compiled. */
class QueryLimitTest {

    private static ReportQuery monthly(String period, List<String> indicators) {
        return ReportQuery.builder().period(ReportingPeriod.parse(period)).scope(Fixtures.CITY)
                .breakdown(Breakdown.MONTH).indicators(indicators).threads(1).build();
    }

    @Test
    void aBreakdownByMonthOfEightThousandYears_isRefusedNamingRowsAndLimit() {
        ReportQuery query = monthly("1000-01-01/9999-12-31", List.of());
        QueryTooLargeException e = assertThrows(QueryTooLargeException.class,
                () -> ReportEngine.standard().accumulator(query, Fixtures.organizations()));
        assertEquals(1 + 9000 * 12, e.getRows());
        assertEquals(IndicatorCatalog.standardCodes().size(), e.getIndicators());
        assertEquals(e.getRows() * e.getIndicators(), e.getValues());
        assertEquals(ReportQuery.MAX_VALUES, e.getLimit());
        assertEquals(Breakdown.MONTH, e.getBreakdown());
        assertTrue(e.getMessage().contains("108001 rows") && e.getMessage().contains("limit of 50000"), e.getMessage());
    }

    @Test
    void aCenturyByMonth_withTheStandardCatalog_fits() {
        Report report = ReportEngine.standard().run(monthly("1917-01-01/2017-12-31", List.of()),
                Fixtures.organizations(), List.of(Fixtures.activity("A1", "FORUM", "2017-03-01", Fixtures.NANHU).build()),
                List.of());
        assertEquals(1 + 101 * 12, report.getRows().size());
        assertEquals(1, report.total("FORUM.EVENTS").orElseThrow().getValue().intValueExact());
        assertEquals(1, report.value("2017-03", "FORUM.EVENTS").orElseThrow().getValue().intValueExact());
    }

    /** Refused exactly when rows × indicators exceeds the limit, whatever the period and the indicators. */
    @Property(tries = 60)
    void refusedExactlyBeyondTheLimit(@ForAll @IntRange(min = 1, max = 4000) int months,
            @ForAll @IntRange(min = 1, max = 32) int indicators) {
        LocalDate start = LocalDate.of(1990, 1, 1);
        String period = start + "/" + start.plusMonths(months).minusDays(1);
        ReportQuery query = monthly(period, IndicatorCatalog.standardCodes().subList(0, indicators));
        long values = (1L + months) * indicators;
        if (values > ReportQuery.MAX_VALUES) {
            QueryTooLargeException e = assertThrows(QueryTooLargeException.class,
                    () -> ReportEngine.standard().accumulator(query, Fixtures.organizations()));
            assertEquals(values, e.getValues());
        } else {
            assertEquals(1 + months, ReportEngine.standard().finish(
                    ReportEngine.standard().accumulator(query, Fixtures.organizations())).getRows().size());
        }
    }
}
