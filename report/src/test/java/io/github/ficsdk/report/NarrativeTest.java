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
        return ReportValue.of(indicator, "F330400", "2017-H1", null, new BigDecimal(value), unit,
                IndicatorCatalog.standard().info(indicator).getName(), null, null, List.of());
    }

    private static Report report(ReportValue... values) {
        return Report.of("2017-H1", "F330400", "全市工商联系统", Breakdown.NONE, List.of("F330400"), List.of(values),
                List.of(), 0);
    }

    @ParameterizedTest
    @CsvSource({"MORE_THAN, 4012, 人次, 4000 多人次", "MORE_THAN, 1923, 人次, 1900 多人次", "MORE_THAN, 4000, 人次, 4000 人次",
        "NEARLY, 38, 场次, 近 40 场次", "NEARLY, 40, 场次, 40 场次", "OVER, 63, 名, 60 余名", "MORE_THAN, 6.3, 亿元, 6 亿多元",
        "EXACT, 196, 家次, 196 家次", "MORE_THAN, 0, 人次, 0 人次", "NEARLY, 385, 次, 近 400 次",
        "NEARLY, 41, 场次, 41 场次", "NEARLY, 1001, 场次, 1001 场次", "NEARLY, 4036, 人次, 4036 人次",
        "NEARLY, 35, 场次, 35 场次", "NEARLY, 95, 次, 近 100 次", "MORE_THAN, 7011.7352, 万元, 7000 多万元",
        "MORE_THAN, 63.5, 万元, 60 多万元", "OVER, 6.3, 万元, 6 万余元", "MORE_THAN, 15, 人次, 10 多人次"})
    void format_reportWording(Approximation approximation, String value, String unit, String expected) {
        assertEquals(expected, approximation.format(new BigDecimal(value), unit));
    }

    @Test
    void format_rejectsNegative() {
        assertThrows(IllegalArgumentException.class, () -> Approximation.EXACT.format(new BigDecimal("-1"), "次"));
    }

    @Test
    void render_seedSentences_sectionsSubjectOnceAndZeroOmitted() {
        Report report = report(value("VISIT.TARGETS.CHAMBER", "196", "家次"),
                value("VISIT.DISTINCT.ENTERPRISE", "0", "家"), value("VISIT.COPIES", "3514", "本"),
                value("FORUM.EVENTS", "32", "场"), value("FORUM.PARTICIPANTS", "4012", "人次"),
                value("TRAINING.EVENTS", "0", "期"), value("TRAINING.PARTICIPANTS", "0", "人次"),
                value("FINANCING_MATCHMAKING.EVENTS", "18", "次"),
                value("FINANCING_MATCHMAKING.AMOUNT", "70117352.00", "元"),
                value("TRADE_EVENT.EVENTS", "38", "场次"));
        Narrative.Text text = Narrative.standard().withHeader("FIC-H1", "嘉兴市工商业联合会")
                .compose(report, IndicatorCatalog.standard());
        assertEquals("表号：FIC-H1    填报单位：嘉兴市工商业联合会    报告期：2017年上半年\n"
                + "（一）围绕中心、主动作为，发挥工商联独特优势助推中心工作。全市工商联系统上半年累计走访商会协会 196 家次，"
                + "汇编并赠送各类《政策汇编》3514 本。\n"
                + "（二）持续深化理想信念教育实践活动，着力加强非公有制经济人士思想政治工作。全市工商联系统上半年累计举办各类论坛、"
                + "讲座、报告会 32 场，参加 4000 多人次。\n"
                + "（三）整合资源、创新载体，不断拓展服务民营企业转型发展的平台建设。全市工商联系统上半年开展银企对接活动 18 次，"
                + "解决融资金额 7000 多万元。组织举办各类经贸活动近 40 场次。\n", text.toString());
        // every item left out is listed with its reason
        assertTrue(text.getOmitted().contains(Narrative.Omission.of("centre", "visit", "企业{VISIT.DISTINCT.ENTERPRISE}",
                List.of("VISIT.DISTINCT.ENTERPRISE"), Narrative.OmissionReason.ZERO)), text.getOmitted().toString());
        assertTrue(text.getOmitted().contains(Narrative.Omission.of("education", "training", "{TRAINING.PARTICIPANTS}",
                List.of("TRAINING.PARTICIPANTS"), Narrative.OmissionReason.FOLLOWS_OMITTED)), text.getOmitted().toString());
        assertTrue(text.getOmitted().contains(Narrative.Omission.of("education", "publicity", "{PUBLICITY.EVENTS}",
                List.of("PUBLICITY.EVENTS"), Narrative.OmissionReason.NOT_REQUESTED)), text.getOmitted().toString());
        String systemWide = Narrative.standard().withScopeName("全市工商联系统").render(
                Report.of("2017-H1", "F330400", "嘉兴市工商业联合会", Breakdown.NONE, List.of("F330400"),
                        List.of(value("PUBLICITY.EVENTS", "186", "次")), List.of(), 0), IndicatorCatalog.standard());
        assertEquals("（一）持续深化理想信念教育实践活动，着力加强非公有制经济人士思想政治工作。全市工商联系统上半年宣传报道工商联工作、"
                + "非公人士典型 186 次。\n", systemWide);
    }

    @Test
    void ownTemplates_subjectOnceZeroLeftOut() {
        Report report = report(value("PUBLICITY.EVENTS", "186", "次"), value("MEETING.EVENTS", "0", "次"),
                value("CHARITY.AMOUNT", "37250000.00", "元"));
        Narrative.Text text = Narrative.of(List.of("{scope}宣传报道 {PUBLICITY.EVENTS}。", "{scope}召开会议 {MEETING.EVENTS}。",
                "{scope}投入资金 {CHARITY.AMOUNT}。")).compose(report, IndicatorCatalog.standard());
        assertEquals("全市工商联系统上半年宣传报道 186 次。投入资金 3725 万元。\n", text.toString());
        assertEquals(List.of(Narrative.Omission.of("SENTENCES", "S2", "{scope}召开会议 {MEETING.EVENTS}。",
                List.of("MEETING.EVENTS"), Narrative.OmissionReason.ZERO)), text.getOmitted());
    }

    @Test
    void word_amountsInWanBelowOneYiAndAtMostTwoDecimals() {
        IndicatorCatalog catalog = IndicatorCatalog.standard();
        assertEquals("6 亿多元", Narrative.word(value("FINANCING_MATCHMAKING.AMOUNT", "623500000.00", "元"), catalog));
        assertEquals("7000 多万元", Narrative.word(value("FINANCING_MATCHMAKING.AMOUNT", "70117352.00", "元"), catalog));
        assertEquals("3725 万元", Narrative.word(value("CHARITY.AMOUNT", "37250000.00", "元"), catalog));
        assertEquals("7011.74 万元", Narrative.word(value("CHARITY.AMOUNT", "70117352.00", "元"), catalog));
        assertEquals("1.23 亿元", Narrative.word(value("CHARITY.AMOUNT", "123456789.00", "元"), catalog));
        assertEquals("5000.5 元", Narrative.word(value("CHARITY.AMOUNT", "5000.50", "元"), catalog));
    }

    @Test
    void comparisons_worded() {
        ReportValue up = ReportValue.of("VISIT.TARGETS.CHAMBER", "F330400", "2017-H1", null, new BigDecimal("196"), "家次",
                "走访商会协会", new BigDecimal("160"), new BigDecimal("300"), List.of());
        assertEquals("（同比增长 22.5%，完成全年目标的 65.3%）", Narrative.comparisons(up));
        ReportValue same = ReportValue.of("VISIT.TARGETS.CHAMBER", "F330400", "2017-H1", null, new BigDecimal("196"),
                "家次", "走访商会协会", new BigDecimal("196"), null, List.of());
        assertEquals("（与上年同期持平）", Narrative.comparisons(same));
        ReportValue down = ReportValue.of("VISIT.TARGETS.CHAMBER", "F330400", "2017-H1", null, new BigDecimal("150"),
                "家次", "走访商会协会", new BigDecimal("200"), null, List.of());
        assertEquals("（同比下降 25%）", Narrative.comparisons(down));
        Report report = Report.of("2017-H1", "F330400", "x", Breakdown.NONE, List.of("F330400"), List.of(up), List.of(), 0);
        assertTrue(Narrative.standard().render(report, IndicatorCatalog.standard())
                .contains("累计走访商会协会 196 家次（同比增长 22.5%，完成全年目标的 65.3%）。"));
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
        Report report = Report.of("2017-H1", "F330400", "嘉兴市工商业联合会", Breakdown.NONE, List.of("F330400"),
                List.of(value("VISIT.TARGETS.CHAMBER", "196", "家次"), value("CHARITY.AMOUNT", "37250000.00", "元")),
                List.of(DatasetProblem.of("activities.jsonl", 17, "A17", "targets[0].id", Severity.ERROR, "REQUIRED", "m")),
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
