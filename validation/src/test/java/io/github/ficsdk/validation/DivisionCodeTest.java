package io.github.ficsdk.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DivisionCodeTest {

    @Test
    void parse_countyWithParentAndGrandparent() {
        DivisionCode haining = DivisionCode.parse("330481");
        assertEquals("海宁市", haining.getName());
        assertEquals(DivisionLevel.COUNTY, haining.getLevel());
        DivisionCode jiaxing = haining.getParent().orElseThrow();
        assertEquals("330400", jiaxing.toString());
        assertEquals("嘉兴市", jiaxing.getName());
        assertEquals(DivisionLevel.CITY, jiaxing.getLevel());
        DivisionCode zhejiang = jiaxing.getParent().orElseThrow();
        assertEquals("330000", zhejiang.toString());
        assertEquals("浙江省", zhejiang.getName());
        assertEquals(DivisionLevel.PROVINCE, zhejiang.getLevel());
        assertEquals(Optional.empty(), zhejiang.getParent());
        assertSame(zhejiang, haining.getProvince());
        assertEquals(Optional.of(jiaxing), haining.getCity());
        assertEquals("浙江省嘉兴市海宁市", haining.getFullName());
    }

    @Test
    void parse_allJiaxingDivisions() {
        Map<String, String> expected = Map.of("330000", "浙江省", "330400", "嘉兴市", "330402", "南湖区",
                "330411", "秀洲区", "330421", "嘉善县", "330424", "海盐县", "330481", "海宁市",
                "330482", "平湖市", "330483", "桐乡市");
        expected.forEach((code, name) -> assertEquals(name, DivisionCode.parse(code).getName(), code));
        List<String> jiaxing = DivisionCode.knownCodes().stream()
                .filter(DivisionCode.parse("330400")::isAncestorOf).map(DivisionCode::toString).toList();
        assertEquals(List.of("330402", "330411", "330421", "330424", "330481", "330482", "330483"), jiaxing);
    }

    @Test
    void parse_municipalityDistrictChain() {
        DivisionCode dongcheng = DivisionCode.parse("110101");
        assertEquals("东城区", dongcheng.getName());
        DivisionCode districts = dongcheng.getParent().orElseThrow();
        assertEquals("110100", districts.toString());
        assertEquals("市辖区", districts.getName());
        assertTrue(districts.isGrouping());
        assertEquals(DivisionLevel.CITY, districts.getLevel());
        assertEquals("110000", districts.getParent().orElseThrow().toString());
        assertEquals("北京市东城区", dongcheng.getFullName());
        assertEquals("北京市市辖区", districts.getFullName());
        assertEquals("500200", DivisionCode.parse("500240").getParent().orElseThrow().toString());
        assertEquals("重庆市石柱土家族自治县", DivisionCode.parse("500240").getFullName());
    }

    @Test
    void parse_countyDirectlyUnderProvince() {
        DivisionCode xiantao = DivisionCode.parse("429004");
        assertEquals("仙桃市", xiantao.getName());
        DivisionCode group = xiantao.getParent().orElseThrow();
        assertEquals("429000", group.toString());
        assertTrue(group.isGrouping());
        assertEquals("湖北省仙桃市", xiantao.getFullName());
        assertEquals("659000", DivisionCode.parse("659012").getParent().orElseThrow().toString());
    }

    @Test
    void parse_cityWithoutCounties() {
        DivisionCode dongguan = DivisionCode.parse("441900");
        assertEquals("东莞市", dongguan.getName());
        assertEquals(DivisionLevel.CITY, dongguan.getLevel());
        assertFalse(dongguan.isGrouping());
        assertTrue(DivisionCode.knownCodes().stream().noneMatch(dongguan::isAncestorOf));
    }

    @Test
    void parse_unknownSixDigits() {
        for (String text : List.of("330499", "999999", "000000", "330103", "130171")) {
            InvalidCodeException e = assertThrows(InvalidCodeException.class, () -> DivisionCode.parse(text));
            assertEquals("DIVISION_CODE_UNKNOWN", e.getProblemCode(), text);
            assertEquals(text, e.getInput());
            assertEquals(-1, e.getIndex());
            assertTrue(e.getMessage().contains(text), e.getMessage());
        }
    }

    @Test
    void parse_badFormatNamesTheIndex() {
        assertFormat("33048", 5);
        assertFormat("33048a", 5);
        assertFormat("3304810", 6);
        assertFormat("", 0);
        assertFormat(" 330481", 0);
        assertFormat("３３０４８１", 0);
        assertFormat("330481000000", 6);
    }

    private static void assertFormat(String text, int index) {
        InvalidCodeException e = assertThrows(InvalidCodeException.class, () -> DivisionCode.parse(text));
        assertEquals("DIVISION_CODE_FORMAT", e.getProblemCode(), text);
        assertEquals(text, e.getInput());
        assertEquals(index, e.getIndex(), text);
    }

    @Test
    void parse_null() {
        assertThrows(NullPointerException.class, () -> DivisionCode.parse(null));
    }

    @Test
    void parse_returnsCanonicalInstance() {
        assertSame(DivisionCode.parse("330481"), DivisionCode.parse(new StringBuilder("330481")));
        assertSame(DivisionCode.parse("330481"), DivisionCode.of(330481));
    }

    @Test
    void parse_knownCodeAllocatesNothing() {
        java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        Assumptions.assumeTrue(bean instanceof com.sun.management.ThreadMXBean);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) bean;
        Assumptions.assumeTrue(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled());
        StringBuilder text = new StringBuilder("330481");
        long id = Thread.currentThread().getId();
        int sum = 0;
        for (int i = 0; i < 10_000; i++) { // warm up
            sum += DivisionCode.parse(text).getValue() + (DivisionCode.isKnown(text) ? 1 : 0);
        }
        long before = threads.getThreadAllocatedBytes(id);
        for (int i = 0; i < 100_000; i++) {
            sum += DivisionCode.parse(text).getValue() + (DivisionCode.isKnown(text) ? 1 : 0)
                    + DivisionCode.lookup(text).orElseThrow().getParent().orElseThrow().getValue();
        }
        long allocated = threads.getThreadAllocatedBytes(id) - before;
        assertTrue(sum != 0);
        assertTrue(allocated < 4096, "allocated " + allocated + " bytes for 100000 look-ups");
    }

    @Test
    void of_rejectsOutOfRangeAndUnknown() {
        assertEquals("DIVISION_CODE_FORMAT",
                assertThrows(InvalidCodeException.class, () -> DivisionCode.of(33048)).getProblemCode());
        assertEquals("DIVISION_CODE_FORMAT",
                assertThrows(InvalidCodeException.class, () -> DivisionCode.of(-330481)).getProblemCode());
        assertEquals("DIVISION_CODE_UNKNOWN",
                assertThrows(InvalidCodeException.class, () -> DivisionCode.of(330499)).getProblemCode());
    }

    @Test
    void isKnown_examples() {
        assertTrue(DivisionCode.isKnown("330481"));
        assertTrue(DivisionCode.isKnown("810000"));
        assertFalse(DivisionCode.isKnown("330499"));
        assertFalse(DivisionCode.isKnown("33048"));
        assertFalse(DivisionCode.isKnown(null));
    }

    @Test
    void lookup_examples() {
        assertEquals(Optional.of(DivisionCode.parse("330481")), DivisionCode.lookup("330481"));
        assertEquals(Optional.empty(), DivisionCode.lookup("33048a"));
        assertEquals(Optional.empty(), DivisionCode.lookup("330499"));
        assertEquals(Optional.empty(), DivisionCode.lookup(null));
    }

    @Test
    void knownCodes_countsPerLevel() {
        Map<DivisionLevel, Long> counts = DivisionCode.knownCodes().stream()
                .collect(Collectors.groupingBy(DivisionCode::getLevel, Collectors.counting()));
        assertEquals(34L, counts.get(DivisionLevel.PROVINCE));
        assertEquals(342L, counts.get(DivisionLevel.CITY));
        assertEquals(2845L, counts.get(DivisionLevel.COUNTY));
        long grouping = DivisionCode.knownCodes().stream().filter(DivisionCode::isGrouping).count();
        assertEquals(9L, grouping);
    }

    @Test
    void knownCodes_noStatisticsOnlyCodes() {
        Map<Integer, DivisionCode> byValue = DivisionCode.knownCodes().stream()
                .collect(Collectors.toMap(DivisionCode::getValue, Function.identity()));
        for (DivisionCode code : byValue.values()) {
            int county = code.getValue() % 100;
            assertFalse(county >= 71 && county <= 80, code + " is a statistics functional zone");
        }
        assertFalse(byValue.containsKey(232761));
        assertFalse(byValue.containsKey(620201));
    }

    @Test
    void tableDate_isTheSnapshot() {
        assertEquals(LocalDate.of(2023, 6, 30), DivisionCode.tableDate());
    }

    @Test
    void isAncestorOf_examples() {
        DivisionCode zhejiang = DivisionCode.parse("330000");
        DivisionCode jiaxing = DivisionCode.parse("330400");
        DivisionCode haining = DivisionCode.parse("330481");
        assertTrue(zhejiang.isAncestorOf(haining));
        assertTrue(jiaxing.isAncestorOf(haining));
        assertTrue(zhejiang.isAncestorOf(jiaxing));
        assertFalse(haining.isAncestorOf(haining));
        assertFalse(haining.isAncestorOf(jiaxing));
        assertFalse(DivisionCode.parse("320000").isAncestorOf(haining));
    }

    @Test
    void equals_byCode() {
        assertEquals(DivisionCode.parse("330481"), DivisionCode.of(330481));
        assertEquals(DivisionCode.parse("330481").hashCode(), DivisionCode.of(330481).hashCode());
        assertNotEquals(DivisionCode.parse("330481"), DivisionCode.parse("330482"));
        assertNotEquals(DivisionCode.parse("330481"), "330481");
        assertTrue(DivisionCode.parse("330481").compareTo(DivisionCode.parse("330482")) < 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"110000", "330400", "330481", "710000"})
    void toString_isTheInverseOfParse(String text) {
        assertEquals(text, DivisionCode.parse(text).toString());
    }
}
