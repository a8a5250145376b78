package io.github.ficsdk.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ficsdk.validation.internal.CreditCodeRules;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link CreditCode#withCheckCharacter} and {@link OrganizationCode#withCheckDigit}: codes made for test data. */
class CheckCharacterPropertiesTest {

    @Provide
    Arbitrary<String> starts() {
        return Arbitraries.strings().withChars(CreditCodePropertiesTest.ALPHABET.toCharArray()).ofLength(17);
    }

    @Provide
    Arbitrary<String> organizationStarts() {
        return Arbitraries.strings().withChars(CreditCodePropertiesTest.ORGANIZATION_BODY.toCharArray()).ofLength(8);
    }

    @Property
    void withCheckCharacter_completesToTheOneValidCode(@ForAll("starts") String first17) {
        String expected = CreditCodePropertiesTest.withCheckCharacter(first17);
        if (CreditCodeRules.isResidentId(expected)) {
            InvalidCodeException e = assertThrows(InvalidCodeException.class, () -> CreditCode.withCheckCharacter(first17));
            assertEquals("CREDIT_CODE_RESIDENT_ID", e.getProblemCode());
            return;
        }
        CreditCode code = CreditCode.withCheckCharacter(first17);
        assertEquals(expected, code.toString());
        assertTrue(CreditCode.isValid(code.toString()));
        for (char other : CreditCodePropertiesTest.ALPHABET.toCharArray()) {
            if (other != expected.charAt(17)) {
                assertFalse(CreditCode.isValid(first17 + other), first17 + other);
            }
        }
    }

    @Property
    void withCheckDigit_completesToTheOneValidCode(@ForAll("organizationStarts") String first8) {
        OrganizationCode code = OrganizationCode.withCheckDigit(first8);
        assertTrue(code.toString().startsWith(first8));
        assertEquals(code, OrganizationCode.parse(code.toString()));
        for (char other : "0123456789X".toCharArray()) {
            if (other != code.getCheckDigit()) {
                assertFalse(OrganizationCode.isValid(first8 + other), first8 + other);
            }
        }
    }

    @Property
    void both_makeACodeWithoutWarnings(@ForAll("organizationStarts") String first8) {
        String organization = OrganizationCode.withCheckDigit(first8).toString();
        if (!organization.chars().allMatch(c -> CreditCodePropertiesTest.ALPHABET.indexOf(c) >= 0)) {
            return; // an organisation code may use letters (I, O, S, V, Z) that a credit code cannot hold
        }
        CreditCode code = CreditCode.withCheckCharacter("91330400" + organization);
        assertEquals(java.util.List.of(), CreditCode.check(code.toString(), CreditCodeKind.ENTERPRISE));
    }

    @Example
    void withCheckCharacter_theIssuesExample() {
        CreditCode code = CreditCode.withCheckCharacter("91330400MA2B3C4D5");
        assertTrue(code.toString().startsWith("91330400MA2B3C4D5"));
        assertFalse(CreditCode.isValid("91330400MA2B3C4D5E"));
    }

    @Example
    void withCheckCharacter_namesWhatIsWrong() {
        InvalidCodeException length = assertThrows(InvalidCodeException.class,
                () -> CreditCode.withCheckCharacter("91330400MA2B3C4D"));
        assertEquals("CREDIT_CODE_LENGTH", length.getProblemCode());
        InvalidCodeException character = assertThrows(InvalidCodeException.class,
                () -> CreditCode.withCheckCharacter("91330400MA2B3C4DI"));
        assertEquals("CREDIT_CODE_CHARACTER", character.getProblemCode());
        assertTrue(character.getMessage().contains("'I' at position 17"), character.getMessage());
        InvalidCodeException org = assertThrows(InvalidCodeException.class, () -> OrganizationCode.withCheckDigit("MA2B3C4"));
        assertEquals("ORGANIZATION_CODE_LENGTH", org.getProblemCode());
        InvalidCodeException orgChar = assertThrows(InvalidCodeException.class, () -> OrganizationCode.withCheckDigit("MA2b3C4D"));
        assertEquals("ORGANIZATION_CODE_CHARACTER", orgChar.getProblemCode());
    }
}
