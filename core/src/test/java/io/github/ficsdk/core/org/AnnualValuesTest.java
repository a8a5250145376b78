package io.github.ficsdk.core.org;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ficsdk.core.InvalidValueException;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The exact values of annual targets and tasks: rejected out of range, a negative scale normalized. */
class AnnualValuesTest {

    private static AnnualTarget target(String value) {
        return AnnualTarget.builder().organization("F330400").year(2017).indicator("VISIT.TARGETS")
                .value(new BigDecimal(value)).build();
    }

    private static AnnualTask task(String weight) {
        return AnnualTask.builder().id("TK1").year(2017).owner("F330402").title("理想信念教育")
                .weight(new BigDecimal(weight)).build();
    }

    @ParameterizedTest
    @CsvSource({"1E+3, 1000", "5.50, 5.50", "0, 0", "0E+2, 0"})
    void targetValue_keptExactly_aNegativeScaleAtScale0(String given, String kept) {
        assertEquals(kept, target(given).getValue().toPlainString());
        assertEquals(Math.max(0, new BigDecimal(given).scale()), target(given).getValue().scale());
        assertEquals(target(kept), target(given));
    }

    @ParameterizedTest
    @CsvSource({"1E+1, 10", "0.5, 0.5", "10, 10"})
    void taskWeight_keptExactly_aNegativeScaleAtScale0(String given, String kept) {
        assertEquals(kept, task(given).getWeight().toPlainString());
        assertEquals(task(kept), task(given));
    }

    @ParameterizedTest
    @CsvSource({"-1, -1", "-1E+2, -100", "-0.01, -0.01"})
    void targetValue_negativeIsRejectedNamingIt(String given, String shown) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> target(given));
        assertEquals("NEGATIVE", e.getProblemCode());
        assertEquals("value", e.getField());
        assertEquals("value must not be negative - but was: " + shown, e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "-1.5, -1.5", "0E+1, 0"})
    void taskWeight_notAbove0IsRejectedNamingIt(String given, String shown) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> task(given));
        assertEquals("NOT_POSITIVE", e.getProblemCode());
        assertEquals("weight", e.getField());
        assertEquals("weight must be above 0 - but was: " + shown, e.getMessage());
    }
}
