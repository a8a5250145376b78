package io.github.ficsdk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ficsdk.core.io.DatasetProblem;
import io.github.ficsdk.validation.Severity;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NarrativeTest {

    private static ReportValue value(String indicator, String value, String unit) {
        return new ReportValue(indicator, "F330400", "2017-H1", null, new BigDecimal(value), unit,
                IndicatorCatalog.standard().info(indicator).getName(), null, null, List.of());
    }

    private static Report report(ReportValue... values) {
        return new Report("2017-H1", "F330400", "全市工商联系统", Breakdown.NONE, List.of("F330400"), List.of(values),
                List.of(), 0);
    }

    @ParameterizedTest
    @CsvSource({"MORE_THAN, 4012, 人次, 4000 多人次", "MORE_THAN, 1923, 人次, 1900 多人次", "MORE_THAN, 4000, 人次, 4000 人次",
        "NEARLY, 38, 场次, 近 40 场次", "NEARLY, 40, 场次, 40 场次", "OVER, 63, 名, 60 余名", "MORE_THAN, 6.3, 亿元, 6 亿多元",
        "EXACT, 196, 家次, 196 家次", "MORE_THAN, 0, 人次, 0 人次", "NEARLY, 385, 次, 近 400 次",
        "NEARLY, 41, 场次, 41 场次", "NEARLY, 1001, 场次, 近 1100 场次", "NEARLY, 35, 场次, 35 场次"})
    void format_reportWording(Approximation approximation, String value, String unit, String expected) {
        assertEquals(expected, approximation.format(new BigDecimal(value), unit));
    }

    @Test
    void format_rejectsNegative() {
        assertThrows(IllegalArgumentException.class, () -> Approximation.EXACT.format(new BigDecimal("-1"), "次"));
    }

    @Test
    void render_seedSentence() {
        Report report = report(value("VISIT.TARGETS.CHAMBER", "196", "家次"),
                value("VISIT.DISTINCT.ENTERPRISE", "597", "家"), value("VISIT.COPIES", "3514", "本"),
                value("FORUM.EVENTS", "32", "场"), value("FORUM.PARTICIPANTS", "4012", "人次"),
                value("FINANCING_MATCHMAKING.EVENTS", "18", "次"),
                value("FINANCING_MATCHMAKING.AMOUNT", "612345678.00", "元"),
                value("CHARITY.AMOUNT", "37250000.00", "元"));
        String text = Narrative.standard().withHeader("FIC-H1", "嘉兴市工商业联合会")
                .render(report, IndicatorCatalog.standard());
        assertTrue(text.startsWith("表号：FIC-H1    填报单位：嘉兴市工商业联合会    报告期：2017年上半年\n"), text);
        assertTrue(text.contains("全市工商联系统累计走访商会协会 196 家次、企业 597 家，汇编并赠送各类《政策汇编》3514 本。"), text);
        assertTrue(text.contains("全市工商联系统累计已举办各类论坛、讲座、报告会 32 场，参加 4000 多人次。"), text);
        assertTrue(text.contains("开展银企对接活动 18 次，为会员企业解决融资金额 6 亿多元。"), text);
        // a sentence whose figures are not all in the report is left out
        assertTrue(!text.contains("光彩事业"), text);
        String systemWide = Narrative.standard().withScopeName("全市工商联系统").render(
                new Report("2017-H1", "F330400", "嘉兴市工商业联合会", Breakdown.NONE, List.of("F330400"),
                        List.of(value("PUBLICITY.EVENTS", "186", "次")), List.of(), 0), IndicatorCatalog.standard());
        assertEquals("全市工商联系统宣传报道工商联工作、非公人士典型 186 次。\n", systemWide);
    }

    @Test
    void valueIn_displayUnits() {
        assertEquals("3725", value("CHARITY.AMOUNT", "37250000.00", "元").valueIn("万元").toPlainString());
        assertEquals("6.2", value("FINANCING_MATCHMAKING.AMOUNT", "623500000.00", "元").valueIn("亿元").toPlainString());
        assertEquals("12.5", value("CHARITY.AMOUNT", "12.50", "元").valueIn("元").toPlainString());
        assertEquals("87", value("VISIT.EVENTS", "87.0", "次").valueIn("次").toPlainString());
    }

    @Test
    void periodInChinese_everyKind() {
        assertEquals("2017年", Narrative.periodInChinese("2017"));
        assertEquals("2017年下半年", Narrative.periodInChinese("2017-H2"));
        assertEquals("2017年第三季度", Narrative.periodInChinese("2017-Q3"));
        assertEquals("2017年5月", Narrative.periodInChinese("2017-05"));
        assertEquals("2017年1月1日至2017年6月30日", Narrative.periodInChinese("2017-01-01/2017-06-30"));
    }

    @Test
    void renderers_jsonCsvMarkdown() {
        Report report = new Report("2017-H1", "F330400", "嘉兴市工商业联合会", Breakdown.NONE, List.of("F330400"),
                List.of(value("VISIT.TARGETS.CHAMBER", "196", "家次"), value("CHARITY.AMOUNT", "37250000.00", "元")),
                List.of(new DatasetProblem("activities.jsonl", 17, "A17", "targets[0].id", Severity.ERROR, "REQUIRED", "m")),
                20);
        assertEquals("{\"period\":\"2017-H1\",\"scope\":\"F330400\",\"values\":[{\"indicator\":\"VISIT.TARGETS.CHAMBER\","
                + "\"scope\":\"F330400\",\"value\":196,\"unit\":\"家次\",\"name\":\"走访商会协会\"},{\"indicator\":"
                + "\"CHARITY.AMOUNT\",\"scope\":\"F330400\",\"value\":37250000.00,\"unit\":\"元\",\"name\":"
                + "\"光彩事业和社会公益投入资金\"}],\"problems\":[{\"file\":\"activities.jsonl\",\"line\":17,\"id\":\"A17\","
                + "\"path\":\"targets[0].id\",\"severity\":\"ERROR\",\"code\":\"REQUIRED\",\"message\":\"m\"}],"
                + "\"problemCounts\":{\"REQUIRED\":1},\"problemsNotListed\":0}\n", ReportRenderers.json(report));
        String csv = ReportRenderers.csv(report);
        assertTrue(csv.startsWith("\uFEFFindicator,scope,period,kind,value,unit,name\r\n"), csv);
        assertTrue(csv.contains("CHARITY.AMOUNT,F330400,2017-H1,,37250000.00,元,光彩事业和社会公益投入资金\r\n"), csv);
        String md = ReportRenderers.markdown(report, IndicatorCatalog.standard());
        assertTrue(md.contains("| 光彩事业和社会公益投入资金 | `CHARITY.AMOUNT` | 万元 | 3725 |"), md);
    }
}
