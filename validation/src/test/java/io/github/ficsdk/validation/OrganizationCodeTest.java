package io.github.ficsdk.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrganizationCodeTest {

    @Test
    void parse_valid() {
        OrganizationCode code = OrganizationCode.parse("M000100Y4");
        assertEquals("M000100Y4", code.toString());
        assertEquals('4', code.getCheckDigit());
        assertTrue(OrganizationCode.isValid("M000100Y4"));
    }

    @Test
    void parse_printedFormWithHyphen() {
        assertEquals(OrganizationCode.parse("M000100Y4"), OrganizationCode.parse("M000100Y-4"));
        assertTrue(OrganizationCode.isValid("M000100Y-4"));
        assertFalse(OrganizationCode.isValid("M000100Y-5"));
    }

    @ParameterizedTest
    @CsvSource({
        // check digit 10 is written X, 11 is written 0
        "00000006, X",
        "00000001, 9",
        "00000000, 0",
        "71093123, X",
    })
    void parse_checkDigitRule(String body, char expected) {
        assertEquals(expected, OrganizationCode.parse(body + expected).getCheckDigit());
    }

    @ParameterizedTest
    @CsvSource({
        "M000100Y5, ORGANIZATION_CODE_CHECK_DIGIT, 8",
        "M000100Y, ORGANIZATION_CODE_LENGTH, -1",
        "M000100Y44, ORGANIZATION_CODE_LENGTH, -1",
        "m000100Y4, ORGANIZATION_CODE_CHARACTER, 0",
        "M000100YA, ORGANIZATION_CODE_CHARACTER, 8",
        "M000100Y-A, ORGANIZATION_CODE_CHARACTER, 9",
        "M000100Y-5, ORGANIZATION_CODE_CHECK_DIGIT, 9",
    })
    void parse_invalid(String text, String problemCode, int index) {
        InvalidCodeException e = assertThrows(InvalidCodeException.class, () -> OrganizationCode.parse(text));
        assertEquals(problemCode, e.getProblemCode());
        assertEquals(index, e.getIndex());
        assertEquals(text, e.getInput());
        assertFalse(OrganizationCode.isValid(text));
    }

    @Test
    void isValid_null() {
        assertFalse(OrganizationCode.isValid(null));
        assertThrows(NullPointerException.class, () -> OrganizationCode.parse(null));
    }

    @Test
    void equals_andHashCode() {
        OrganizationCode a = OrganizationCode.parse("M000100Y4");
        assertEquals(a, OrganizationCode.parse(new StringBuilder("M000100Y4")));
        assertEquals(a.hashCode(), OrganizationCode.parse("M000100Y-4").hashCode());
        assertNotEquals(a, OrganizationCode.parse("00000006X"));
        assertNotEquals(a, "M000100Y4");
    }
}
