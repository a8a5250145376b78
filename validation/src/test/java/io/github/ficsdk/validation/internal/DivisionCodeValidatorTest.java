package io.github.ficsdk.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ficsdk.validation.FicValidator;
import io.github.ficsdk.validation.Problem;
import io.github.ficsdk.validation.Severity;
import io.github.ficsdk.validation.constraints.ValidDivisionCode;
import java.util.List;
import org.junit.jupiter.api.Test;

class DivisionCodeValidatorTest {

    private final DivisionCodeValidator validator = new DivisionCodeValidator();

    /** A bean with a constrained JavaBean getter. */
    public static final class Address {
        private final String divisionCode;

        Address(String divisionCode) {
            this.divisionCode = divisionCode;
        }

        /** @return the division code */
        @ValidDivisionCode
        public String getDivisionCode() {
            return divisionCode;
        }
    }

    //-----------------------------------------------------------------------
    @Test
    void isValid_knownCodes() {
        for (String text : List.of("330000", "330400", "330481", "110101", "110100", "429004")) {
            CodeValidatorTestContext context = new CodeValidatorTestContext();
            assertTrue(validator.isValid(text, context), text);
            assertEquals(List.of(), context.templates);
        }
        assertTrue(validator.isValid(new StringBuilder("330481"), new CodeValidatorTestContext()));
    }

    @Test
    void isValid_validValueAllocatesNothing() {
        CharSequence value = new StringBuilder("330481");
        CodeValidatorTestContext context = new CodeValidatorTestContext();
        long allocated = Allocations.bytesAllocatedBy(() -> validator.isValid(value, context));
        assertTrue(allocated < 4096, "allocated " + allocated + " bytes for 100000 checks");
    }

    @Test
    void isValid_null() {
        assertTrue(validator.isValid(null, new CodeValidatorTestContext()));
    }

    @Test
    void isValid_unknown() {
        assertCodes("330499", "DIVISION_CODE_UNKNOWN");
        assertCodes("330103", "DIVISION_CODE_UNKNOWN");
    }

    @Test
    void isValid_badFormat() {
        assertCodes("33048", "DIVISION_CODE_FORMAT");
        assertCodes("33048a", "DIVISION_CODE_FORMAT");
        assertCodes("", "DIVISION_CODE_FORMAT");
        assertCodes("330481 ", "DIVISION_CODE_FORMAT");
    }

    private void assertCodes(String text, String code) {
        CodeValidatorTestContext context = new CodeValidatorTestContext();
        assertFalse(validator.isValid(text, context), text);
        assertTrue(context.defaultDisabled);
        assertEquals(List.of(code), context.codes(), text);
    }

    //-----------------------------------------------------------------------
    @Test
    void validate_knownCodeThroughBeanValidation() {
        assertEquals(List.of(), FicValidator.english().validate(new Address("330481")));
        assertEquals(List.of(), FicValidator.english().validate(new Address(null)));
    }

    @Test
    void validate_unknownThroughBeanValidation() {
        Problem english = single(FicValidator.english().validate(new Address("330499")));
        assertEquals(Problem.of(Severity.ERROR, "divisionCode", "DIVISION_CODE_UNKNOWN",
                "is not a known GB/T 2260 division code of a province, city or county"), english);
        Problem chinese = single(FicValidator.chinese().validate(new Address("330499")));
        assertEquals("DIVISION_CODE_UNKNOWN", chinese.getProblemCode());
        assertEquals("不是已知的省级、地级或县级 GB/T 2260 行政区划代码", chinese.getMessage());
    }

    @Test
    void validate_badFormatThroughBeanValidation() {
        Problem english = single(FicValidator.english().validate(new Address("33048a")));
        assertEquals("divisionCode", english.getProblemPath());
        assertEquals("DIVISION_CODE_FORMAT", english.getProblemCode());
        assertEquals("must be a GB/T 2260 division code of 6 digits", english.getMessage());
        Problem chinese = single(FicValidator.chinese().validate(new Address("33048a")));
        assertEquals("DIVISION_CODE_FORMAT", chinese.getProblemCode());
        assertEquals("应为 6 位数字的 GB/T 2260 行政区划代码", chinese.getMessage());
        assertNotEquals(english.getMessage(), chinese.getMessage());
    }

    private static Problem single(List<Problem> problems) {
        assertEquals(1, problems.size(), problems.toString());
        return problems.get(0);
    }
}
