package io.github.ficsdk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Names and ids from the data in the renderers: a terminal escape, a bidi override or a line feed
 * never reaches a Markdown table or a narrative raw, ID-card and mobile numbers are masked outside
 * JSON ids, and a CSV text cell can never start a spreadsheet formula.
 */
class ReportRenderersSafetyTest {

    static final String SCOPE_NAME = "嘉兴市\u001B[2J工商联\u001B]0;pwned\u0007\u202E 13812345678 a|b";
    static final String CHILD = "=HYPERLINK(\"http://x\",\"y\")";

    static Report report() {
        IndicatorCatalog catalog = IndicatorCatalog.standard();
        IndicatorInfo info = catalog.info("CHARITY.AMOUNT");
        List<ReportValue> values = List.of(
                ReportValue.of("CHARITY.AMOUNT", "F1", "2017", null, new BigDecimal("5.00"), "元", info.getName(),
                        new BigDecimal("8.00"), null, List.of("11010519491231002X", "A1")),
                ReportValue.of("CHARITY.AMOUNT", CHILD, "2017", null, new BigDecimal("2.00"), "+元", "@名称\n第二行",
                        new BigDecimal("3.00"), null, List.of()),
                ReportValue.of("CHARITY.AMOUNT", "-1", "2017", null, new BigDecimal("1.00"), "\t元", "\r名称",
                        null, null, List.of()));
        return Report.of("2017", "F1", SCOPE_NAME, Breakdown.CHILD, List.of("F1", CHILD, "-1"), values, List.of(), 3);
    }

    static void assertNoRawControl(String text) {
        for (char c : new char[] {0x1B, 0x07, 0x202E}) {
            assertFalse(text.indexOf(c) >= 0, () -> "raw U+" + Integer.toHexString(c) + " in " + text);
        }
    }

    @Test
    void csv_neutralisesFormulaTriggersInTextCellsOnly() {
        String csv = ReportRenderers.csv(report());
        List<String> lines = csv.substring(1).lines().toList();
        assertEquals(4, lines.size(), csv);
        assertEquals("CHARITY.AMOUNT,F1,2017,,5.00,元,光彩事业和社会公益投入资金,8.00,-3.00,-37.5", lines.get(1));
        assertEquals("CHARITY.AMOUNT,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",2017,,2.00,'+元,'@名称\\n第二行,3.00,-1.00,-33.3",
                lines.get(2));
        assertEquals("CHARITY.AMOUNT,'-1,2017,,1.00,\\t元,\\r名称,,,", lines.get(3));
        for (String line : lines) {
            for (String cell : line.split(",")) {
                String c = cell.startsWith("\"") ? cell.substring(1) : cell;
                assertTrue(c.isEmpty() || "=+@\t\r".indexOf(c.charAt(0)) < 0, () -> "formula trigger: " + line);
            }
        }
        assertNoRawControl(csv);
    }

    @Test
    void markdown_escapesControlsAndPipesAndMasks() {
        String md = ReportRenderers.markdown(report(), IndicatorCatalog.standard());
        assertNoRawControl(md);
        assertTrue(md.contains("嘉兴市\\u001B[2J工商联\\u001B]0;pwned\\u0007\\u202E 138****5678 a\\|b（合计）"), md);
        assertFalse(md.contains("13812345678"), md);
        String header = md.lines().findFirst().orElseThrow();
        assertEquals(7, header.split("(?<!\\\\)\\|", -1).length - 1, header);
    }

    @Test
    void narrative_escapesAndMasksTheScopeNameAndIssuer() {
        String text = Narrative.of(List.of("{scope}投入资金 {CHARITY.AMOUNT}。"))
                .withHeader("FIC-\u001B[31m", "填报\u202E单位 11010519491231002X").render(report(), IndicatorCatalog.standard());
        assertNoRawControl(text);
        assertFalse(text.contains("13812345678") || text.contains("11010519491231002X"), text);
        assertTrue(text.contains("表号：FIC-\\u001B[31m    填报单位：填报\\u202E单位 110105********002X"), text);
        assertTrue(text.contains("嘉兴市\\u001B[2J工商联"), text);
        assertEquals(2, text.lines().count(), text);
    }

    @Test
    void json_masksSourcesAndKeepsIds() throws Exception {
        String json = ReportRenderers.json(report());
        assertTrue(json.contains("\"sources\":[\"110105********002X\",\"A1\"]"), json);
        assertFalse(Pattern.compile("11010519491231002X").matcher(json).find(), json);
        assertTrue(json.contains("\"scope\":\"" + CHILD.replace("\"", "\\\"") + "\""), json);
    }
}
