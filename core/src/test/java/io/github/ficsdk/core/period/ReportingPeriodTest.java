package io.github.ficsdk.core.period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ReportingPeriodTest {

    @Test
    void parse_everyForm() {
        assertEquals(LocalDate.of(2017, 12, 31), ReportingPeriod.parse("2017").getEnd());
        assertEquals(LocalDate.of(2017, 6, 30), ReportingPeriod.parse("2017-H1").getEnd());
        assertEquals(LocalDate.of(2017, 7, 1), ReportingPeriod.parse("2017-Q3").getStart());
        assertEquals(LocalDate.of(2016, 2, 29), ReportingPeriod.parse("2016-02").getEnd());
        assertEquals(ReportingPeriod.Kind.RANGE, ReportingPeriod.parse("2017-01-01/2017-06-30").getKind());
        for (String bad : new String[] {"2017-H3", "2017-Q5", "2017-13", "17", "2017-06-30/2017-01-01", "2017-02-30/2017-03-01", ""}) {
            assertThrows(IllegalArgumentException.class, () -> ReportingPeriod.parse(bad), bad);
        }
    }

    @Test
    void contains_bothEndsIncluded() {
        ReportingPeriod h1 = ReportingPeriod.parse("2017-H1");
        assertTrue(h1.contains(LocalDate.of(2017, 1, 1)));
        assertTrue(h1.contains(LocalDate.of(2017, 6, 30)));
        assertFalse(h1.contains(LocalDate.of(2017, 7, 1)));
        assertFalse(h1.contains(LocalDate.of(2016, 12, 31)));
    }

    @Test
    void previous_andSameLastYear() {
        assertEquals("2016-H2", ReportingPeriod.parse("2017-H1").previous().toString());
        assertEquals("2016-Q4", ReportingPeriod.parse("2017-Q1").previous().toString());
        assertEquals("2016-12", ReportingPeriod.parse("2017-01").previous().toString());
        assertEquals("2016", ReportingPeriod.parse("2017").previous().toString());
        assertEquals("2016-12-22/2016-12-31", ReportingPeriod.parse("2017-01-01/2017-01-10").previous().toString());
        assertEquals("2016-H1", ReportingPeriod.parse("2017-H1").sameLastYear().toString());
        assertEquals("2015-02-28/2015-03-01", ReportingPeriod.parse("2016-02-29/2016-03-01").sameLastYear().toString());
    }

    @Provide
    Arbitrary<String> periods() {
        Arbitrary<Integer> years = Arbitraries.integers().between(1001, 9998);
        return Arbitraries.oneOf(years.map(String::valueOf),
                years.flatMap(y -> Arbitraries.of(1, 2).map(h -> y + "-H" + h)),
                years.flatMap(y -> Arbitraries.integers().between(1, 4).map(q -> y + "-Q" + q)),
                years.flatMap(y -> Arbitraries.integers().between(1, 12).map(m -> y + (m < 10 ? "-0" : "-") + m)),
                Arbitraries.integers().between(0, 100_000).flatMap(d -> Arbitraries.integers().between(0, 400).map(len ->
                        LocalDate.of(1900, 1, 1).plusDays(d) + "/" + LocalDate.of(1900, 1, 1).plusDays(d + len))));
    }

    @Property
    void parse_invertsToString(@ForAll("periods") String text) {
        ReportingPeriod p = ReportingPeriod.parse(text);
        assertEquals(text, p.toString());
        assertEquals(p, ReportingPeriod.parse(p.toString()));
        assertEquals(p.getStart().minusDays(1), p.previous().getEnd());
        assertEquals(p.getKind(), p.sameLastYear().getKind());
    }
}
