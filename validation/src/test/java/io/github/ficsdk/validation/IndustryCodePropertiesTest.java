package io.github.ficsdk.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class IndustryCodePropertiesTest {

    /** Every section and division of GB/T 4754-2017. */
    static Arbitrary<IndustryCode> industryCodes() {
        return Arbitraries.of(IndustryCode.values());
    }

    @Provide
    Arbitrary<IndustryCode> codes() {
        return industryCodes();
    }

    @Property(generation = GenerationMode.EXHAUSTIVE)
    void parse_isTheInverseOfToString(@ForAll("codes") IndustryCode code) {
        assertSame(code, IndustryCode.parse(code.toString()));
        assertTrue(IndustryCode.isValid(code.toString()));
        assertFalse(code.getName().isBlank());
    }

    @Property(generation = GenerationMode.EXHAUSTIVE)
    void ofDivision_belongsToItsSection(@ForAll @IntRange(min = 1, max = 97) int number) {
        IndustryCode division = IndustryCode.ofDivision(number);
        assertEquals(number, division.getDivision().getAsInt());
        IndustryCode section = division.getSection();
        assertTrue(section.isSection());
        assertEquals(division.getSectionLetter(), section.getSectionLetter());
        assertTrue(section.getDivisions().contains(division));
        assertEquals(String.format("%c%02d", section.getSectionLetter(), number), division.toString());
    }

    @Property(tries = 3000, generation = GenerationMode.EXHAUSTIVE)
    void isValid_onlyTheOwnSectionLetter(@ForAll @IntRange(min = 0, max = 99) int number,
                                         @ForAll("letters") char letter) {
        String text = String.format("%c%02d", letter, number);
        boolean expected = number >= 1 && number <= 97
                && IndustryCode.ofDivision(number).getSectionLetter() == letter;
        assertEquals(expected, IndustryCode.isValid(text), text);
    }

    @Provide
    Arbitrary<Character> letters() {
        return Arbitraries.chars().range('A', 'Z');
    }

    @Example
    void values_twentySectionsAndNinetySevenDivisions() {
        Set<String> texts = new HashSet<>();
        int sections = 0;
        int divisions = 0;
        for (IndustryCode code : IndustryCode.values()) {
            assertTrue(texts.add(code.toString()));
            if (code.isSection()) {
                sections++;
            } else {
                divisions++;
            }
        }
        assertEquals(20, sections);
        assertEquals(97, divisions);
        int total = IndustryCode.sections().stream().mapToInt(s -> s.getDivisions().size()).sum();
        assertEquals(97, total);
    }
}
