package io.github.ficsdk.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class IndustryCodeTest {

    @Test
    void parse_division() {
        IndustryCode textiles = IndustryCode.parse("C17");
        assertEquals("纺织业", textiles.getName());
        assertFalse(textiles.isSection());
        assertEquals('C', textiles.getSectionLetter());
        assertEquals(OptionalInt.of(17), textiles.getDivision());
        assertSame(IndustryCode.parse("C"), textiles.getSection());
        assertEquals(List.of(), textiles.getDivisions());
        assertEquals("C17", textiles.toString());
    }

    @Test
    void parse_section() {
        IndustryCode manufacturing = IndustryCode.parse("C");
        assertEquals("制造业", manufacturing.getName());
        assertTrue(manufacturing.isSection());
        assertEquals(OptionalInt.empty(), manufacturing.getDivision());
        assertSame(manufacturing, manufacturing.getSection());
        assertEquals(31, manufacturing.getDivisions().size());
        assertEquals("C13", manufacturing.getDivisions().get(0).toString());
        assertEquals("C43", manufacturing.getDivisions().get(30).toString());
    }

    @Test
    void parse_namesOfSomeCodes() {
        assertEquals("农、林、牧、渔业", IndustryCode.parse("A").getName());
        assertEquals("农业", IndustryCode.parse("A01").getName());
        assertEquals("软件和信息技术服务业", IndustryCode.parse("I65").getName());
        assertEquals("房地产业", IndustryCode.parse("K70").getName());
        assertEquals("群众团体、社会团体和其他成员组织", IndustryCode.parse("S95").getName());
        assertEquals("国际组织", IndustryCode.parse("T").getName());
        assertEquals("国际组织", IndustryCode.parse("T97").getName());
    }

    @Test
    void parse_badFormatNamesTheIndex() {
        assertFormat("", 0);
        assertFormat("c17", 0);
        assertFormat("17", 0);
        assertFormat("C1", 2);
        assertFormat("C1a", 2);
        assertFormat("C171", 3);
        assertFormat("C 17", 1);
        assertFormat("Ｃ17", 0);
    }

    private static void assertFormat(String text, int index) {
        InvalidCodeException e = assertThrows(InvalidCodeException.class, () -> IndustryCode.parse(text));
        assertEquals("INDUSTRY_CODE_FORMAT", e.getProblemCode(), text);
        assertEquals(text, e.getInput());
        assertEquals(index, e.getIndex(), text);
    }

    @Test
    void parse_unknownSectionOrDivision() {
        for (String text : List.of("U", "Z", "A17", "C00", "C44", "T98", "T99", "B05")) {
            InvalidCodeException e = assertThrows(InvalidCodeException.class, () -> IndustryCode.parse(text));
            assertEquals("INDUSTRY_CODE_UNKNOWN", e.getProblemCode(), text);
            assertEquals(-1, e.getIndex());
        }
    }

    @Test
    void parse_null() {
        assertThrows(NullPointerException.class, () -> IndustryCode.parse(null));
    }

    @Test
    void isValid_examples() {
        assertTrue(IndustryCode.isValid("C17"));
        assertTrue(IndustryCode.isValid("C"));
        assertFalse(IndustryCode.isValid("A17"));
        assertFalse(IndustryCode.isValid("c17"));
        assertFalse(IndustryCode.isValid(null));
    }

    @Test
    void lookup_examples() {
        assertEquals(Optional.of(IndustryCode.parse("C17")), IndustryCode.lookup("C17"));
        assertEquals(Optional.empty(), IndustryCode.lookup("A17"));
        assertEquals(Optional.empty(), IndustryCode.lookup("C1"));
        assertEquals(Optional.empty(), IndustryCode.lookup(null));
    }

    @Test
    void ofDivision_findsTheSection() {
        assertEquals("C17", IndustryCode.ofDivision(17).toString());
        assertEquals("A01", IndustryCode.ofDivision(1).toString());
        assertEquals("K70", IndustryCode.ofDivision(70).toString());
        assertEquals("INDUSTRY_CODE_UNKNOWN",
                assertThrows(InvalidCodeException.class, () -> IndustryCode.ofDivision(0)).getProblemCode());
        assertEquals("INDUSTRY_CODE_UNKNOWN",
                assertThrows(InvalidCodeException.class, () -> IndustryCode.ofDivision(98)).getProblemCode());
    }

    @Test
    void ofSection_letters() {
        assertSame(IndustryCode.parse("A"), IndustryCode.ofSection('A'));
        assertSame(IndustryCode.parse("T"), IndustryCode.ofSection('T'));
        assertEquals("INDUSTRY_CODE_UNKNOWN",
                assertThrows(InvalidCodeException.class, () -> IndustryCode.ofSection('U')).getProblemCode());
        assertThrows(InvalidCodeException.class, () -> IndustryCode.ofSection('c'));
    }

    @Test
    void sections_rangesOfTheStandard() {
        String expected = "A 01-05, B 06-12, C 13-43, D 44-46, E 47-50, F 51-52, G 53-60, H 61-62, I 63-65,"
                + " J 66-69, K 70-70, L 71-72, M 73-75, N 76-79, O 80-82, P 83-83, Q 84-85, R 86-90,"
                + " S 91-96, T 97-97";
        StringBuilder actual = new StringBuilder();
        for (IndustryCode section : IndustryCode.sections()) {
            List<IndustryCode> divisions = section.getDivisions();
            if (actual.length() > 0) {
                actual.append(", ");
            }
            actual.append(section).append(' ')
                    .append(divisions.get(0).toString().substring(1)).append('-')
                    .append(divisions.get(divisions.size() - 1).toString().substring(1));
        }
        assertEquals(expected, actual.toString());
    }

    @Test
    void values_countsAndOrder() {
        assertEquals(20, IndustryCode.sections().size());
        assertEquals(117, IndustryCode.values().size());
        assertEquals(97, IndustryCode.values().stream().filter(c -> !c.isSection()).count());
        assertEquals(List.of("A", "A01", "A02"),
                IndustryCode.values().subList(0, 3).stream().map(IndustryCode::toString).toList());
        assertEquals("T97", IndustryCode.values().get(116).toString());
    }

    @Test
    void equals_byText() {
        assertEquals(IndustryCode.parse("C17"), IndustryCode.ofDivision(17));
        assertEquals(IndustryCode.parse("C17").hashCode(), IndustryCode.ofDivision(17).hashCode());
        assertNotEquals(IndustryCode.parse("C"), IndustryCode.parse("C17"));
        assertNotEquals(IndustryCode.parse("C17"), "C17");
        assertTrue(IndustryCode.parse("C").compareTo(IndustryCode.parse("C13")) < 0);
        assertTrue(IndustryCode.parse("C43").compareTo(IndustryCode.parse("D")) < 0);
    }
}
