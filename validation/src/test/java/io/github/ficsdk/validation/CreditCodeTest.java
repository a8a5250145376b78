package io.github.ficsdk.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CreditCodeTest {

    static final String VALID = "91350100M000100Y43";
    /** A chamber of commerce: 51 (social organisation), same body. */
    static final String CHAMBER = "51350100M000100Y47";
    /** A made-up resident identity card number with a right MOD 11-2 check digit. */
    static final String RESIDENT_ID = "11010519491231002X";

    private static CreditCodeFinding only(String text, CreditCodeKind kind) {
        List<CreditCodeFinding> findings = CreditCode.check(text, kind);
        assertEquals(1, findings.size(), () -> findings.toString());
        return findings.get(0);
    }

    private static String errorCode(String text) {
        CreditCodeFinding finding = only(text, CreditCodeKind.ANY);
        assertEquals(Severity.ERROR, finding.getSeverity());
        InvalidCodeException e = assertThrows(InvalidCodeException.class, () -> CreditCode.parse(text));
        assertEquals(finding.getCode(), e.getProblemCode());
        assertEquals(finding.getIndex(), e.getIndex());
        assertFalse(CreditCode.isValid(text));
        return finding.getCode();
    }

    @Test
    void parse_valid() {
        CreditCode code = CreditCode.parse(VALID);
        assertEquals(VALID, code.toString());
        assertTrue(CreditCode.isValid(VALID));
        assertEquals(List.of(), CreditCode.check(VALID, CreditCodeKind.ANY));
        assertEquals(List.of(), CreditCode.check(VALID, CreditCodeKind.ENTERPRISE));
        assertEquals(List.of(), CreditCode.check(CHAMBER, CreditCodeKind.CHAMBER));
    }

    @Test
    void parse_acceptsStringBuilder() {
        assertEquals(CreditCode.parse(VALID), CreditCode.parse(new StringBuilder(VALID)));
    }

    @Test
    void parse_wrongCheckCharacter() {
        assertEquals("CREDIT_CODE_CHECK_CHARACTER", errorCode("91350100M000100Y44"));
        CreditCodeFinding finding = only("91350100M000100Y44", CreditCodeKind.ANY);
        assertEquals(17, finding.getIndex());
        assertEquals(Map.of("actual", "4", "expected", "3"), finding.getParameters());
        InvalidCodeException e = assertThrows(InvalidCodeException.class, () -> CreditCode.parse("91350100M000100Y44"));
        assertEquals("Invalid credit code '91350100M000100Y44': has the wrong check character: '4' but the first "
                + "17 characters give '3'", e.getMessage());
    }

    @Test
    void parse_checkCharacterOutsideTheCharacterSet() {
        // Z is never a check character: with the first 17 characters right, the check character is wrong.
        assertEquals("CREDIT_CODE_CHECK_CHARACTER", errorCode("91350100M000100Y4Z"));
        assertEquals(Map.of("actual", "Z", "expected", "3"), only("91350100M000100Y4Z", CreditCodeKind.ANY).getParameters());
        // elsewhere a character no code uses is a format error
        assertEquals("CREDIT_CODE_CHARACTER", errorCode("91350100M0001O0Y43"));
        assertEquals(Map.of("character", "O", "position", "14"),
                only("91350100M0001O0Y43", CreditCodeKind.ANY).getParameters());
    }

    @Test
    void parse_length() {
        assertEquals("CREDIT_CODE_LENGTH", errorCode("91350100M000100Y4"));
        assertEquals("CREDIT_CODE_LENGTH", errorCode(""));
        assertEquals(Map.of("length", "19"), only(VALID + "3", CreditCodeKind.ANY).getParameters());
    }

    @ParameterizedTest
    @CsvSource({
        "'９1350100M000100Y43', CREDIT_CODE_FULL_WIDTH, 0",
        "'91350100Ｍ000100Y43', CREDIT_CODE_FULL_WIDTH, 8",
        "'91350100m000100Y43', CREDIT_CODE_LOWER_CASE, 8",
        "'91350100M000100y43', CREDIT_CODE_LOWER_CASE, 15",
        "'91350100 000100Y43', CREDIT_CODE_WHITESPACE, 8",
        "' 91350100M000100Y43', CREDIT_CODE_WHITESPACE, 0",
        "'91350100M000100Y43　', CREDIT_CODE_WHITESPACE, 18",
        "'91350100M000100Y43\u00A0', CREDIT_CODE_WHITESPACE, 18",
        "'91350100\u200B000100Y43', CREDIT_CODE_INVISIBLE, 8",
        "'\uFEFF91350100M000100Y43', CREDIT_CODE_INVISIBLE, 0",
        "'91350100M000100Y4\u0000', CREDIT_CODE_INVISIBLE, 17",
        "'91350100I000100Y43', CREDIT_CODE_CHARACTER, 8",
        "'91350100-000100Y43', CREDIT_CODE_CHARACTER, 8",
        "'913501号0M000100Y43', CREDIT_CODE_CHARACTER, 6",
    })
    void check_formatLayers(String text, String code, int index) {
        CreditCodeFinding finding = only(text, CreditCodeKind.ANY);
        assertEquals(code, finding.getCode());
        assertEquals(index, finding.getIndex());
        if (!code.equals("CREDIT_CODE_LENGTH")) {
            assertEquals(Integer.toString(index + 1), finding.getParameters().get("position"));
        }
        assertEquals(code, errorCode(text));
    }

    @Test
    void check_fixableCharacterExplainsLengthBeforeLength() {
        // 19 characters because of a trailing space: the space is the problem, not the length.
        assertEquals("CREDIT_CODE_WHITESPACE", errorCode(VALID + " "));
        assertEquals("CREDIT_CODE_INVISIBLE", errorCode(VALID + "\u200B"));
        // A character that normalize() cannot fix comes after the length.
        assertEquals("CREDIT_CODE_LENGTH", errorCode(VALID + "-"));
    }

    @Test
    void check_positionCountsCodePoints() {
        CreditCodeFinding finding = only("9\uD83D\uDE001350100M000100Y4", CreditCodeKind.ANY);
        assertEquals("CREDIT_CODE_CHARACTER", finding.getCode());
        assertEquals(Map.of("character", "\uD83D\uDE00", "position", "2"), finding.getParameters());
    }

    @Test
    void parse_residentIdNumber() {
        assertEquals("CREDIT_CODE_RESIDENT_ID", errorCode(RESIDENT_ID));
        assertEquals(Map.of(), only(RESIDENT_ID, CreditCodeKind.ANY).getParameters());
        InvalidCodeException e = assertThrows(InvalidCodeException.class, () -> CreditCode.parse(RESIDENT_ID));
        assertFalse(e.getMessage().contains(RESIDENT_ID), e.getMessage());
        assertFalse(e.getMessage().contains("19491231"), e.getMessage());
        assertEquals("110***********002X", e.getInput());
    }

    @Test
    void parse_residentIdNumberThatAlsoPassesTheMod31Check() {
        // about one identity card number in 31 has the right credit-code check character too
        String id = "330481198001040876";
        assertFalse(CreditCode.isValid(id));
        assertEquals("CREDIT_CODE_RESIDENT_ID", errorCode(id));
        InvalidCodeException e = assertThrows(InvalidCodeException.class, () -> CreditCode.parse(id));
        assertEquals("330***********0876", e.getInput());
        assertFalse(e.getMessage().contains("19800104"), e.getMessage());
    }

    @Test
    void parse_mistypedResidentIdNumberIsMaskedToo() {
        for (String typo : java.util.List.of("11010519491231002x", "11010519491231002X ", "１１0105194912310０2X",
                "1101051949123100", "110105194912310021X")) {
            InvalidCodeException e = assertThrows(InvalidCodeException.class, () -> CreditCode.parse(typo));
            assertFalse(e.getMessage().contains("19491231"), e.getMessage());
            assertFalse(e.getInput().contains("19491231"), e.getInput());
        }
    }

    @Test
    void parse_residentIdNumberNeedsPlausibleBirthDate() {
        // Same digits but born on 31 February: an ordinary check-character error.
        String feb31 = withResidentIdCheckDigit("11010519490231002");
        assertEquals("CREDIT_CODE_CHECK_CHARACTER", errorCode(feb31));
        // A wrong MOD 11-2 digit: not a resident ID number either.
        assertEquals("CREDIT_CODE_CHECK_CHARACTER", errorCode("110105194912310021"));
    }

    private static String withResidentIdCheckDigit(String first17) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        int check = (12 - sum % 11) % 11;
        return first17 + (check == 10 ? "X" : Integer.toString(check));
    }

    @Test
    void check_kindWarning() {
        CreditCodeFinding finding = only(CHAMBER, CreditCodeKind.ENTERPRISE);
        assertEquals("CREDIT_CODE_KIND", finding.getCode());
        assertEquals(Severity.WARNING, finding.getSeverity());
        assertEquals(Map.of("prefix", "51", "kind", "ENTERPRISE"), finding.getParameters());
        assertEquals("CREDIT_CODE_KIND", only(VALID, CreditCodeKind.CHAMBER).getCode());
        // A warning does not make the code invalid.
        assertTrue(CreditCode.isValid(CHAMBER));
        assertEquals(CHAMBER, CreditCode.parse(CHAMBER).toString());
    }

    @Test
    void check_enterpriseKindAccepts919293() {
        for (String prefix : List.of("91", "92", "93")) {
            String code = withCheckCharacter(prefix + "350100M000100Y4");
            assertEquals(List.of(), CreditCode.check(code, CreditCodeKind.ENTERPRISE), code);
        }
    }

    @Test
    void check_authorityWarning() {
        String code = withCheckCharacter("94350100M000100Y4");
        List<CreditCodeFinding> findings = CreditCode.check(code, CreditCodeKind.ANY);
        assertEquals(List.of("CREDIT_CODE_AUTHORITY"), findings.stream().map(CreditCodeFinding::getCode).toList());
        assertEquals(Map.of("prefix", "94"), findings.get(0).getParameters());
        assertEquals(Optional.of(CreditCode.RegistrationAuthority.INDUSTRY_AND_COMMERCE),
                CreditCode.parse(code).getRegistrationAuthority());
        assertEquals(Optional.empty(), CreditCode.parse(code).getCategory());
    }

    @Test
    void check_divisionWarning() {
        String code = withCheckCharacter("91990100M000100Y4");
        CreditCodeFinding finding = only(code, CreditCodeKind.ANY);
        assertEquals("CREDIT_CODE_DIVISION", finding.getCode());
        assertEquals(Map.of("division", "990100"), finding.getParameters());
        // Positions 3-8 are looked up in the bundled GB/T 2260 table, not just checked for shape.
        assertEquals("CREDIT_CODE_DIVISION", only(withCheckCharacter("91330499M000100Y4"), CreditCodeKind.ANY).getCode());
        assertEquals(List.of(), CreditCode.check(withCheckCharacter("91330481M000100Y4"), CreditCodeKind.ANY));
        // National registration uses 100000.
        assertEquals(List.of(), CreditCode.check(withCheckCharacter("91100000M000100Y4"), CreditCodeKind.ANY));
    }

    @Test
    void check_organizationCodeWarning() {
        String code = withCheckCharacter("91350100M000100Y5");
        CreditCodeFinding finding = only(code, CreditCodeKind.ANY);
        assertEquals("CREDIT_CODE_ORGANIZATION_CODE", finding.getCode());
        assertEquals(Severity.WARNING, finding.getSeverity());
        assertEquals(16, finding.getIndex());
        assertEquals(Map.of("actual", "5", "expected", "4"), finding.getParameters());
        assertEquals(Optional.empty(), CreditCode.parse(code).getOrganizationCode());
    }

    @Test
    void check_severalWarnings() {
        String code = withCheckCharacter("B1990100M000100Y5");
        assertEquals(List.of("CREDIT_CODE_AUTHORITY", "CREDIT_CODE_KIND", "CREDIT_CODE_DIVISION",
                "CREDIT_CODE_ORGANIZATION_CODE"),
                CreditCode.check(code, CreditCodeKind.CHAMBER).stream().map(CreditCodeFinding::getCode).toList());
    }

    @Test
    void check_rejectsNull() {
        assertThrows(NullPointerException.class, () -> CreditCode.check(null, CreditCodeKind.ANY));
        assertThrows(NullPointerException.class, () -> CreditCode.check(VALID, null));
        assertThrows(NullPointerException.class, () -> CreditCode.parse(null));
        assertFalse(CreditCode.isValid(null));
    }

    static String withCheckCharacter(String first17) {
        return CreditCodePropertiesTest.withCheckCharacter(first17);
    }

    @Test
    void normalize_fixesTypingSlips() {
        assertEquals(VALID, CreditCode.normalize(" ９１350100m000100y43\u200B"));
        assertEquals(VALID, CreditCode.normalize("9135 0100 M000 100Y 43"));
        assertEquals(VALID, CreditCode.normalize("\uFEFF91350100M000100Y43\r\n"));
        assertEquals(VALID, CreditCode.normalize("９１３５０１００Ｍ０００１００Ｙ４３"));
        assertEquals(VALID, CreditCode.normalize("91350100M000100Y43\u3000"));
    }

    @Test
    void normalize_leavesTheRestAlone() {
        assertEquals(VALID, CreditCode.normalize(VALID));
        assertEquals("91350100-M000100Y43", CreditCode.normalize("91350100-m000100y43"));
        assertEquals("", CreditCode.normalize(" \t"));
    }

    @Test
    void getRegistrationAuthority_andCategory() {
        CreditCode code = CreditCode.parse(VALID);
        assertEquals(Optional.of(CreditCode.RegistrationAuthority.INDUSTRY_AND_COMMERCE), code.getRegistrationAuthority());
        assertEquals(Optional.of(CreditCode.Category.ENTERPRISE), code.getCategory());
        CreditCode chamber = CreditCode.parse(CHAMBER);
        assertEquals(Optional.of(CreditCode.RegistrationAuthority.CIVIL_AFFAIRS), chamber.getRegistrationAuthority());
        assertEquals(Optional.of(CreditCode.Category.SOCIAL_ORGANIZATION), chamber.getCategory());
        assertEquals("社会团体", CreditCode.Category.SOCIAL_ORGANIZATION.getChineseName());
        assertEquals("social organisation", CreditCode.Category.SOCIAL_ORGANIZATION.getEnglishName());
        assertEquals("民政", CreditCode.RegistrationAuthority.CIVIL_AFFAIRS.getChineseName());
        assertEquals(Optional.of(CreditCode.Category.OTHER), CreditCode.Category.of('Y', '1'));
        assertEquals(Optional.of(CreditCode.RegistrationAuthority.MILITARY_ESTABLISHMENT),
                CreditCode.RegistrationAuthority.of('A'));
    }

    @Test
    void getDivisionCode_positions3To8() {
        assertEquals("350100", CreditCode.parse(VALID).getDivisionCode());
    }

    @Test
    void getOrganizationCode_positions9To17() {
        assertEquals(Optional.of(OrganizationCode.parse("M000100Y4")), CreditCode.parse(VALID).getOrganizationCode());
    }

    @Test
    void equals_andHashCode() {
        CreditCode a = CreditCode.parse(VALID);
        CreditCode b = CreditCode.parse(new StringBuilder(VALID));
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, CreditCode.parse(CHAMBER));
        assertNotEquals(a, VALID);
    }
}
