package io.github.ficsdk.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ficsdk.validation.CreditCodeKind;
import io.github.ficsdk.validation.FicValidator;
import io.github.ficsdk.validation.Problem;
import io.github.ficsdk.validation.Severity;
import io.github.ficsdk.validation.constraints.ValidCreditCode;
import jakarta.validation.ConstraintViolation;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CreditCodeValidatorTest {

    /** A chamber code: 51 (social organisation), Fuzhou, valid check characters. */
    static final String CHAMBER = "51350100M000100Y47";
    static final String ENTERPRISE = "91350100M000100Y43";

    /** A bean with a JavaBean getter, as the domain types have. */
    public static final class Chamber {
        private final String creditCode;

        Chamber(String creditCode) {
            this.creditCode = creditCode;
        }

        @ValidCreditCode(kind = CreditCodeKind.CHAMBER)
        public String getCreditCode() {
            return creditCode;
        }
    }

    private static List<Problem> english(String code) {
        return FicValidator.english().validate(new Chamber(code));
    }

    private static List<Problem> chinese(String code) {
        return FicValidator.chinese().validate(new Chamber(code));
    }

    @Test
    void isValid_nullIsValid() {
        assertTrue(new CreditCodeValidator().isValid(null, null));
        assertEquals(List.of(), english(null));
    }

    @Test
    void isValid_alone() {
        CreditCodeValidator validator = new CreditCodeValidator();
        assertTrue(validator.isValid(ENTERPRISE, null));
        assertFalse(validator.isValid("91350100M000100Y44", null));
        // Through a real context: the validator alone, driven by Hibernate Validator's validateValue.
        Set<ConstraintViolation<Chamber>> violations = FicValidator.english().unwrap()
                .validateValue(Chamber.class, "creditCode", "51350100M000100Y44");
        assertEquals(1, violations.size());
        assertEquals("{fic.CREDIT_CODE_CHECK_CHARACTER}", violations.iterator().next().getMessageTemplate());
    }

    @Test
    void validate_chamberCodeIsValid() {
        assertEquals(List.of(), english(CHAMBER));
        assertEquals(List.of(), chinese(CHAMBER));
    }

    /** Asserts one problem and returns it, checking that both languages have a real message. */
    private static Problem single(String code, Severity severity, String problemCode) {
        List<Problem> inEnglish = english(code);
        List<Problem> inChinese = chinese(code);
        assertEquals(1, inEnglish.size(), inEnglish::toString);
        assertEquals(1, inChinese.size(), inChinese::toString);
        for (Problem problem : List.of(inEnglish.get(0), inChinese.get(0))) {
            assertEquals("creditCode", problem.getProblemPath());
            assertEquals(problemCode, problem.getProblemCode());
            assertEquals(severity, problem.getSeverity());
            assertRealMessage(problem.getMessage());
        }
        assertNotEquals(inEnglish.get(0).getMessage(), inChinese.get(0).getMessage());
        return inEnglish.get(0);
    }

    private static void assertRealMessage(String message) {
        assertFalse(message.isBlank());
        assertFalse(message.contains("{"), message);
        assertFalse(message.contains("}"), message);
    }

    @Test
    void validate_checkCharacterIsAnError() {
        Problem problem = single("51350100M000100Y44", Severity.ERROR, "CREDIT_CODE_CHECK_CHARACTER");
        assertTrue(problem.getMessage().contains("the first 17 characters give"), problem.getMessage());
        assertTrue(chinese("51350100M000100Y44").get(0).getMessage().contains("应为“7”"));
    }

    @ParameterizedTest
    @CsvSource({
        "'51350100M000100Y4', CREDIT_CODE_LENGTH, 'has 17'",
        "'５1350100M000100Y47', CREDIT_CODE_FULL_WIDTH, 'position 1'",
        "'51350100m000100Y47', CREDIT_CODE_LOWER_CASE, 'position 9'",
        "'51350100 000100Y47', CREDIT_CODE_WHITESPACE, 'position 9'",
        "'51350100M000100Y47\u200B', CREDIT_CODE_INVISIBLE, 'position 19'",
        "'51350100M0O0100Y47', CREDIT_CODE_CHARACTER, 'position 11'",
    })
    void validate_formatErrors(String code, String problemCode, String detail) {
        Problem problem = single(code, Severity.ERROR, problemCode);
        assertTrue(problem.getMessage().contains(detail), problem.getMessage());
    }

    @Test
    void validate_residentIdNumberIsNotQuoted() {
        String residentId = "11010519491231002X";
        Problem problem = single(residentId, Severity.ERROR, "CREDIT_CODE_RESIDENT_ID");
        for (Problem p : chinese(residentId)) {
            assertFalse(p.getMessage().contains("1949"), p.getMessage());
        }
        assertFalse(problem.getMessage().contains("1949"), problem.getMessage());
    }

    @Test
    void validate_enterpriseCodeForChamberIsAKindWarning() {
        Problem problem = single(ENTERPRISE, Severity.WARNING, "CREDIT_CODE_KIND");
        assertEquals("starts with '91', which does not fit a chamber or association (51…)", problem.getMessage());
        assertEquals("以“91”开头，与商会、协会（51 开头）不符", chinese(ENTERPRISE).get(0).getMessage());
    }

    @Test
    void validate_divisionAndOrganizationCodeWarnings() {
        String legacy = "51990100M000100Y5" + CreditCodeRules.expectedCheckCharacter("51990100M000100Y5");
        for (FicValidator validator : List.of(FicValidator.english(), FicValidator.chinese())) {
            List<Problem> problems = validator.validate(new Chamber(legacy));
            assertEquals(List.of("CREDIT_CODE_DIVISION", "CREDIT_CODE_ORGANIZATION_CODE"),
                    problems.stream().map(Problem::getProblemCode).toList());
            for (Problem problem : problems) {
                assertEquals(Severity.WARNING, problem.getSeverity());
                assertRealMessage(problem.getMessage());
            }
            assertTrue(problems.get(0).getMessage().contains("990100"), problems.get(0).getMessage());
            assertTrue(problems.get(1).getMessage().contains("4"), problems.get(1).getMessage());
        }
    }
}
