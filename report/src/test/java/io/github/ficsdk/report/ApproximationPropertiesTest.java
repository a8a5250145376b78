package io.github.ficsdk.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

class ApproximationPropertiesTest {

    @Property
    void round_theWordingIsNeverFalse(@ForAll @LongRange(min = 0, max = 10_000_000_000L) long n) {
        BigDecimal value = BigDecimal.valueOf(n);
        // 多 and 余: the round figure is at most the value
        assertTrue(Approximation.MORE_THAN.round(value).compareTo(value) <= 0);
        assertTrue(Approximation.OVER.round(value).compareTo(value) <= 0);
        // 近: the round figure is at least the value, and the value within 10% below it
        BigDecimal nearly = Approximation.NEARLY.round(value);
        assertTrue(nearly.compareTo(value) >= 0);
        assertTrue(value.multiply(BigDecimal.TEN).compareTo(nearly.multiply(BigDecimal.valueOf(9))) >= 0, n + " → " + nearly);
    }
}
