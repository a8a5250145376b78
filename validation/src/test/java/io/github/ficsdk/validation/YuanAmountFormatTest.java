package io.github.ficsdk.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class YuanAmountFormatTest {

    @ParameterizedTest
    @CsvSource({"37250000.00, 3725000000", "12, 1200", "12.5, 1250", "0.01, 1", "0, 0", "007.10, 710",
        "92233720368547758.07, 9223372036854775807"})
    void parseFen_validAmounts(String text, long fen) {
        assertEquals(fen, YuanAmountFormat.parseFen(text));
        assertNull(YuanAmountFormat.problemCode(text));
    }

    @ParameterizedTest
    @CsvSource({"-1, YUAN_AMOUNT_NEGATIVE", "-0.5, YUAN_AMOUNT_NEGATIVE", "1.234, YUAN_AMOUNT_SCALE",
        "1.000, YUAN_AMOUNT_SCALE", "1e5, YUAN_AMOUNT_FORMAT", "1E5, YUAN_AMOUNT_FORMAT", "'', YUAN_AMOUNT_FORMAT",
        "'1,000', YUAN_AMOUNT_FORMAT", "' 1', YUAN_AMOUNT_FORMAT", "'1 ', YUAN_AMOUNT_FORMAT", "+1, YUAN_AMOUNT_FORMAT",
        "1., YUAN_AMOUNT_FORMAT", ".5, YUAN_AMOUNT_FORMAT", "-, YUAN_AMOUNT_FORMAT", "１２, YUAN_AMOUNT_FORMAT",
        "92233720368547758.08, YUAN_AMOUNT_RANGE", "100000000000000000000, YUAN_AMOUNT_RANGE"})
    void parseFen_invalidAmounts(String text, String code) {
        InvalidCodeException e = assertThrows(InvalidCodeException.class, () -> YuanAmountFormat.parseFen(text));
        assertEquals(code, e.getProblemCode());
        assertEquals(code, YuanAmountFormat.problemCode(text));
    }

    @Test
    void formatFen_twoDecimals() {
        assertEquals("37250000.00", YuanAmountFormat.formatFen(3_725_000_000L));
        assertEquals("0.05", YuanAmountFormat.formatFen(5));
        assertEquals("1.10", YuanAmountFormat.formatFen(110));
        assertThrows(IllegalArgumentException.class, () -> YuanAmountFormat.formatFen(-1));
    }
}
