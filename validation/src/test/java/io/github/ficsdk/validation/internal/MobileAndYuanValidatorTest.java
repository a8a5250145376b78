package io.github.ficsdk.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ficsdk.validation.FicValidator;
import io.github.ficsdk.validation.Problem;
import io.github.ficsdk.validation.Severity;
import io.github.ficsdk.validation.constraints.ValidMobileNumber;
import io.github.ficsdk.validation.constraints.ValidYuanAmount;
import java.util.List;
import org.junit.jupiter.api.Test;

class MobileAndYuanValidatorTest {

    /** A bean with JavaBean getters, as the domain types have. */
    public static final class Contact {
        private final String mobile;
        private final String amountYuan;

        Contact(String mobile, String amountYuan) {
            this.mobile = mobile;
            this.amountYuan = amountYuan;
        }

        @ValidMobileNumber
        public String getMobile() {
            return mobile;
        }

        @ValidYuanAmount
        public String getAmountYuan() {
            return amountYuan;
        }
    }

    @Test
    void isValid_validatorsAlone() {
        assertTrue(new MobileNumberValidator().isValid(null, null));
        assertTrue(new MobileNumberValidator().isValid("13812345678", null));
        assertTrue(new YuanAmountValidator().isValid(null, null));
        assertTrue(new YuanAmountValidator().isValid("12.50", null));
    }

    @Test
    void isValid_validatorsAlone_invalidValuesReportTheirCode() {
        CodeValidatorTestContext mobile = new CodeValidatorTestContext();
        assertFalse(new MobileNumberValidator().isValid("15412345678", mobile));
        assertEquals(List.of("MOBILE_NUMBER_PREFIX"), mobile.codes());
        assertTrue(mobile.defaultDisabled);
        CodeValidatorTestContext amount = new CodeValidatorTestContext();
        assertFalse(new YuanAmountValidator().isValid("-1.00", amount));
        assertEquals(List.of("YUAN_AMOUNT_NEGATIVE"), amount.codes());
    }

    @Test
    void validate_throughRealValidator_reportsCodesAndMaskedMessages() {
        List<Problem> problems = FicValidator.english().validate(new Contact("15412345678", "1.234"));
        assertEquals(2, problems.size(), problems.toString());
        Problem amount = problems.get(0);
        assertEquals("amountYuan", amount.getProblemPath());
        assertEquals("YUAN_AMOUNT_SCALE", amount.getProblemCode());
        assertEquals(Severity.ERROR, amount.getSeverity());
        Problem mobile = problems.get(1);
        assertEquals("mobile", mobile.getProblemPath());
        assertEquals("MOBILE_NUMBER_PREFIX", mobile.getProblemCode());
        assertTrue(mobile.getMessage().contains("154****5678"), mobile.getMessage());
        assertFalse(mobile.getMessage().contains("15412345678"));
    }

    @Test
    void validate_chineseMessages_neverHoldTheFullNumber() {
        for (String bad : List.of("1541234567", "15412345678", "2541234567x")) {
            List<Problem> problems = FicValidator.chinese().validate(new Contact(bad, null));
            assertEquals(1, problems.size());
            String message = problems.get(0).getMessage();
            assertFalse(message.contains(bad), message);
            assertFalse(message.startsWith("{"), message);
            assertTrue(message.matches(".*[\\u4e00-\\u9fff].*"), message);
        }
    }

    @Test
    void validate_validBean_hasNoProblems() {
        assertEquals(List.of(), FicValidator.english().validate(new Contact("13812345678", "37250000.00")));
    }
}
