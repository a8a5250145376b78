package io.github.ficsdk.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MobileNumberTest {

    @Test
    void parse_validNumber() {
        MobileNumber mobile = MobileNumber.parse("13812345678");
        assertEquals("13812345678", mobile.toString());
        assertEquals("138****5678", mobile.masked());
        assertEquals("138", mobile.getPrefix());
        assertEquals(mobile, MobileNumber.parse("13812345678"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1381234567", "138123456789", "23812345678", "1381234567a", "138 2345678", "", "+8613812345"})
    void parse_badFormat(String text) {
        InvalidCodeException e = assertThrows(InvalidCodeException.class, () -> MobileNumber.parse(text));
        assertEquals("MOBILE_NUMBER_FORMAT", e.getProblemCode());
        assertFalse(MobileNumber.isValid(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"10012345678", "11012345678", "12012345678", "14012345678", "15412345678", "16012345678", "19412345678"})
    void parse_unassignedPrefix(String text) {
        InvalidCodeException e = assertThrows(InvalidCodeException.class, () -> MobileNumber.parse(text));
        assertEquals("MOBILE_NUMBER_PREFIX", e.getProblemCode());
    }

    @Test
    void parse_exceptionNeverHoldsTheFullNumber() {
        InvalidCodeException e = assertThrows(InvalidCodeException.class, () -> MobileNumber.parse("15412345678"));
        assertFalse(e.getMessage().contains("15412345678"), e.getMessage());
        assertFalse(e.getInput().contains("15412345678"));
        assertTrue(e.getMessage().contains("154****5678"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"13012345678", "14512345678", "15012345678", "16612345678", "17712345678", "18912345678", "19712345678", "19912345678"})
    void isValid_assignedPrefixes(String text) {
        assertTrue(MobileNumber.isValid(text));
    }

    @Test
    void mask_shortAndLongText() {
        assertEquals("*******", MobileNumber.mask("1381234"));
        assertEquals("138***78", MobileNumber.mask("13815678"));
        assertEquals("138*****67", MobileNumber.mask("1381234567"));
        assertEquals("138*******89", MobileNumber.mask("138123456789"));
        assertEquals("", MobileNumber.mask(""));
    }
}
