package io.github.ficsdk.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CreditCodePropertiesTest {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    static final String ORGANIZATION_BODY = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    /** Any 17 characters of the alphabet followed by their check character: valid, perhaps with warnings. */
    static Arbitrary<String> creditCodes() {
        return Arbitraries.strings().withChars(ALPHABET.toCharArray()).ofLength(17)
                .map(CreditCodePropertiesTest::withCheckCharacter);
    }

    /** Plausible codes without warnings: a GB 32100 prefix, a known division, a right organisation code. */
    static Arbitrary<String> cleanCreditCodes() {
        Arbitrary<String> prefix = Arbitraries.of("11", "12", "13", "19", "21", "31", "35", "51", "52", "53", "59",
                "71", "81", "91", "92", "93", "A1", "N2", "Y1");
        Arbitrary<String> division = Arbitraries.of(DivisionCode.knownCodes()).map(DivisionCode::toString);
        Arbitrary<String> organization = organizationCodes().filter(o -> o.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0));
        return Combinators.combine(prefix, division, organization).as((a, b, c) -> withCheckCharacter(a + b + c))
                // an all-digit code that is also an identity card number is (rightly) not a credit code
                .filter(code -> !io.github.ficsdk.validation.internal.CreditCodeRules.isResidentId(code));
    }

    static Arbitrary<String> organizationCodes() {
        return Arbitraries.strings().withChars(ORGANIZATION_BODY.toCharArray()).ofLength(8)
                .map(body -> body + organizationCheckDigit(body));
    }

    static String withCheckCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return first17 + ALPHABET.charAt((31 - sum % 31) % 31);
    }

    static char organizationCheckDigit(String body) {
        int[] weights = {3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += ORGANIZATION_BODY.indexOf(body.charAt(i)) * weights[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
    }

    @Provide
    Arbitrary<String> codes() {
        return creditCodes();
    }

    @Provide
    Arbitrary<String> cleanCodes() {
        return cleanCreditCodes();
    }

    @Provide
    Arbitrary<String> organizations() {
        return organizationCodes();
    }

    @Property
    void isValid_everyGeneratedCode(@ForAll("codes") String code) {
        assertTrue(CreditCode.isValid(code), code);
        assertTrue(CreditCode.check(code, CreditCodeKind.ANY).stream().noneMatch(CreditCodeFinding::isError), code);
    }

    @Property
    void check_cleanCodeHasNoFindings(@ForAll("cleanCodes") String code) {
        assertEquals(List.of(), CreditCode.check(code, CreditCodeKind.ANY), code);
    }

    @Property
    void isValid_everySingleSubstitutionIsRejected(@ForAll("codes") String code) {
        for (int i = 0; i < 17; i++) {
            for (char c : ALPHABET.toCharArray()) {
                if (c == code.charAt(i)) {
                    continue;
                }
                String changed = code.substring(0, i) + c + code.substring(i + 1);
                assertFalse(CreditCode.isValid(changed), changed);
                String problem = CreditCode.check(changed, CreditCodeKind.ANY).get(0).getCode();
                assertTrue(problem.equals("CREDIT_CODE_CHECK_CHARACTER") || problem.equals("CREDIT_CODE_RESIDENT_ID"),
                        problem);
            }
        }
    }

    @Property
    void isValid_everyAdjacentTranspositionIsRejected(@ForAll("codes") String code) {
        for (int i = 0; i < 16; i++) {
            if (code.charAt(i) == code.charAt(i + 1)) {
                continue;
            }
            String swapped = code.substring(0, i) + code.charAt(i + 1) + code.charAt(i) + code.substring(i + 2);
            assertFalse(CreditCode.isValid(swapped), swapped);
        }
    }

    @Property
    void parse_roundTrip(@ForAll("codes") String code) {
        CreditCode parsed = CreditCode.parse(code);
        assertEquals(code, parsed.toString());
        assertEquals(parsed, CreditCode.parse(parsed.toString()));
    }

    @Property
    void normalize_isIdentityOnValidCodes(@ForAll("codes") String code) {
        assertEquals(code, CreditCode.normalize(code));
        assertEquals(code, CreditCode.normalize(code.toLowerCase(java.util.Locale.ROOT)));
    }

    @Property
    void organizationCode_roundTripAndValid(@ForAll("organizations") String code) {
        assertTrue(OrganizationCode.isValid(code), code);
        OrganizationCode parsed = OrganizationCode.parse(code);
        assertEquals(parsed, OrganizationCode.parse(parsed.toString()));
        assertEquals(code, parsed.toString());
    }

    /**
     * GB 11714 works modulo 11 on values 0–35, so it cannot see a substitution of two characters
     * whose values differ by a multiple of 11 ({@code 0} and {@code B}, {@code 1} and {@code C}):
     * a limit of the standard. Every other substitution in the body, and every substitution
     * between digits, is detected.
     */
    @Property
    void organizationCode_singleSubstitutionIsRejectedUnlessValuesDifferBy11(@ForAll("organizations") String code) {
        for (int i = 0; i < 8; i++) {
            for (char c : ORGANIZATION_BODY.toCharArray()) {
                if (c != code.charAt(i)) {
                    String changed = code.substring(0, i) + c + code.substring(i + 1);
                    int difference = ORGANIZATION_BODY.indexOf(c) - ORGANIZATION_BODY.indexOf(code.charAt(i));
                    assertEquals(difference % 11 == 0, OrganizationCode.isValid(changed), changed);
                }
            }
        }
    }

    /** Likewise for swapping two body characters whose values differ by a multiple of 11. */
    @Property
    void organizationCode_adjacentTranspositionIsRejectedUnlessValuesDifferBy11(@ForAll("organizations") String code) {
        for (int i = 0; i < 7; i++) {
            if (code.charAt(i) != code.charAt(i + 1)) {
                String swapped = code.substring(0, i) + code.charAt(i + 1) + code.charAt(i) + code.substring(i + 2);
                int difference = ORGANIZATION_BODY.indexOf(code.charAt(i)) - ORGANIZATION_BODY.indexOf(code.charAt(i + 1));
                assertEquals(difference % 11 == 0, OrganizationCode.isValid(swapped), swapped);
            }
        }
    }
}
