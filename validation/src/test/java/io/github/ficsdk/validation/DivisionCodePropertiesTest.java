package io.github.ficsdk.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class DivisionCodePropertiesTest {

    /** Every bundled division; small enough (3221) for exhaustive generation. */
    static Arbitrary<DivisionCode> knownDivisions() {
        return Arbitraries.of(DivisionCode.knownCodes());
    }

    @Provide
    Arbitrary<DivisionCode> divisions() {
        return knownDivisions();
    }

    @Property(tries = 4000, generation = GenerationMode.EXHAUSTIVE)
    void getParent_existsAndIsOneLevelUp(@ForAll("divisions") DivisionCode division) {
        if (division.getLevel() == DivisionLevel.PROVINCE) {
            assertTrue(division.getParent().isEmpty());
            assertEquals(0, division.getValue() % 10000);
            return;
        }
        DivisionCode parent = division.getParent().orElseThrow();
        assertSame(parent, DivisionCode.parse(parent.toString()));
        assertEquals(division.getLevel().ordinal() - 1, parent.getLevel().ordinal());
        int prefix = division.getLevel() == DivisionLevel.CITY ? 10000 : 100;
        assertEquals(division.getValue() / prefix * prefix, parent.getValue());
        assertTrue(parent.isAncestorOf(division));
        assertTrue(division.getProvince().isAncestorOf(division));
        assertEquals(DivisionLevel.PROVINCE, division.getProvince().getLevel());
    }

    @Property(tries = 4000, generation = GenerationMode.EXHAUSTIVE)
    void parse_isTheInverseOfToString(@ForAll("divisions") DivisionCode division) {
        assertSame(division, DivisionCode.parse(division.toString()));
        assertSame(division, DivisionCode.of(division.getValue()));
        assertEquals(6, division.toString().length());
        assertFalse(division.getName().isBlank());
        assertTrue(division.getFullName().endsWith(division.getName()));
    }

    @Property
    void parse_sixDigitsAreKnownOrUnknownNeverFormat(@ForAll("sixDigits") String text) {
        if (DivisionCode.isKnown(text)) {
            assertEquals(text, DivisionCode.parse(text).toString());
        } else {
            assertEquals("DIVISION_CODE_UNKNOWN",
                    assertThrows(InvalidCodeException.class, () -> DivisionCode.parse(text)).getProblemCode());
        }
    }

    @Provide
    Arbitrary<String> sixDigits() {
        return Arbitraries.strings().numeric().ofLength(6);
    }

    @Example
    void knownCodes_areUniqueAndSorted() {
        List<DivisionCode> all = DivisionCode.knownCodes();
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < all.size(); i++) {
            assertTrue(seen.add(all.get(i).getValue()), "duplicate " + all.get(i));
            if (i > 0) {
                assertTrue(all.get(i - 1).getValue() < all.get(i).getValue());
            }
        }
        assertEquals(3221, seen.size());
    }
}
