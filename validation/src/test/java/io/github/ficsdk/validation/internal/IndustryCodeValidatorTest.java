package io.github.ficsdk.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ficsdk.validation.FicValidator;
import io.github.ficsdk.validation.Problem;
import io.github.ficsdk.validation.Severity;
import io.github.ficsdk.validation.constraints.ValidIndustryCode;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndustryCodeValidatorTest {

    private final IndustryCodeValidator validator = new IndustryCodeValidator();

    /** A bean with a constrained JavaBean getter. */
    public static final class Enterprise {
        private final String industry;

        Enterprise(String industry) {
            this.industry = industry;
        }

        /** @return the industry code */
        @ValidIndustryCode
        public String getIndustry() {
            return industry;
        }
    }

    //-----------------------------------------------------------------------
    @Test
    void isValid_sectionsAndDivisions() {
        for (String text : List.of("A", "C", "T", "A01", "C17", "C43", "K70", "T97")) {
            CodeValidatorTestContext context = new CodeValidatorTestContext();
            assertTrue(validator.isValid(text, context), text);
            assertEquals(List.of(), context.templates);
        }
    }

    @Test
    void isValid_validValueAllocatesNothing() {
        CharSequence value = new StringBuilder("C17");
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
        assertCodes("U", "INDUSTRY_CODE_UNKNOWN");
        assertCodes("A17", "INDUSTRY_CODE_UNKNOWN");
        assertCodes("C00", "INDUSTRY_CODE_UNKNOWN");
        assertCodes("T98", "INDUSTRY_CODE_UNKNOWN");
    }

    @Test
    void isValid_badFormat() {
        assertCodes("", "INDUSTRY_CODE_FORMAT");
        assertCodes("c17", "INDUSTRY_CODE_FORMAT");
        assertCodes("17", "INDUSTRY_CODE_FORMAT");
        assertCodes("C1", "INDUSTRY_CODE_FORMAT");
        assertCodes("C171", "INDUSTRY_CODE_FORMAT");
        assertCodes("C-17", "INDUSTRY_CODE_FORMAT");
    }

    private void assertCodes(String text, String code) {
        CodeValidatorTestContext context = new CodeValidatorTestContext();
        assertFalse(validator.isValid(text, context), text);
        assertTrue(context.defaultDisabled);
        assertEquals(List.of(code), context.codes(), text);
    }

    //-----------------------------------------------------------------------
    @Test
    void validate_validThroughBeanValidation() {
        assertEquals(List.of(), FicValidator.english().validate(new Enterprise("C17")));
        assertEquals(List.of(), FicValidator.english().validate(new Enterprise(null)));
    }

    @Test
    void validate_unknownThroughBeanValidation() {
        Problem english = single(FicValidator.english().validate(new Enterprise("A17")));
        assertEquals(Problem.of(Severity.ERROR, "industry", "INDUSTRY_CODE_UNKNOWN",
                "is not a GB/T 4754-2017 section or division"), english);
        Problem chinese = single(FicValidator.chinese().validate(new Enterprise("A17")));
        assertEquals("INDUSTRY_CODE_UNKNOWN", chinese.getProblemCode());
        assertEquals("不是 GB/T 4754-2017 的门类或大类", chinese.getMessage());
    }

    @Test
    void validate_badFormatThroughBeanValidation() {
        Problem english = single(FicValidator.english().validate(new Enterprise("c17")));
        assertEquals("industry", english.getProblemPath());
        assertEquals("INDUSTRY_CODE_FORMAT", english.getProblemCode());
        assertTrue(english.getMessage().startsWith("must be a GB/T 4754-2017 industry code"), english.getMessage());
        Problem chinese = single(FicValidator.chinese().validate(new Enterprise("c17")));
        assertEquals("INDUSTRY_CODE_FORMAT", chinese.getProblemCode());
        assertTrue(chinese.getMessage().startsWith("应为 GB/T 4754-2017 行业代码"), chinese.getMessage());
    }

    private static Problem single(List<Problem> problems) {
        assertEquals(1, problems.size(), problems.toString());
        return problems.get(0);
    }
}
