package io.github.ficsdk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ficsdk.core.activity.Activity;
import io.github.ficsdk.core.activity.TargetType;
import io.github.ficsdk.core.org.AnnualTarget;
import io.github.ficsdk.core.org.Chamber;
import io.github.ficsdk.core.org.ChamberKind;
import io.github.ficsdk.core.org.ChamberStatus;
import io.github.ficsdk.core.org.Federation;
import io.github.ficsdk.core.org.FederationLevel;
import io.github.ficsdk.core.org.PartyOrganization;
import io.github.ficsdk.core.org.PartyOrganizationKind;
import io.github.ficsdk.core.period.ReportingPeriod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** CHAMBER.* structure indicators, comparisons, row names, catalog overrides, English Markdown and ECharts. */
class StructureAndComparisonTest {

    static final String CITY = "F330400";
    static final String NANHU = "F330402";
    static final String HAINING = "F330481";

    static Chamber chamber(String id, String fed, ChamberStatus status, String registered) {
        Chamber.Builder b = Chamber.builder().id(id).name("商会" + id).kind(ChamberKind.INDUSTRY_CHAMBER)
                .federation(fed).status(status);
        if (registered != null) {
            b.registeredOn(LocalDate.parse(registered));
        }
        return b.build();
    }

    static ReportEngine.Organizations organizations(List<AnnualTarget> targets) {
        List<Federation> federations = List.of(
                Federation.builder().id(CITY).name("嘉兴市工商业联合会（总商会）").shortName("嘉兴市工商联")
                        .level(FederationLevel.CITY).division("330400").build(),
                Federation.builder().id(NANHU).name("南湖区工商业联合会（商会）").level(FederationLevel.COUNTY)
                        .division("330402").parent(CITY).build(),
                Federation.builder().id(HAINING).name("海宁市工商业联合会（商会）").shortName("海宁市工商联")
                        .level(FederationLevel.COUNTY).division("330481").parent(CITY).build());
        List<Chamber> chambers = List.of(
                chamber("C1", CITY, ChamberStatus.ACTIVE, "2010-05-01"),
                chamber("C2", CITY, ChamberStatus.ACTIVE, "2017-03-01"),            // formed in H1 2017
                chamber("C3", CITY, ChamberStatus.PREPARING, null),                 // exists: no registeredOn
                chamber("C4", CITY, ChamberStatus.PREPARING, "2017-09-01"),         // formed after H1
                chamber("C5", CITY, ChamberStatus.DEREGISTERED, "2012-01-01"),      // gone
                chamber("C6", NANHU, ChamberStatus.UNDER_RECTIFICATION, "2016-07-01"), // formed in 2016
                chamber("C7", NANHU, ChamberStatus.MERGED, "2016-08-01"),           // formed in 2016, merged since
                chamber("C8", NANHU, ChamberStatus.ACTIVE, "2016-02-01"));
        List<PartyOrganization> parties = List.of(
                PartyOrganization.builder().id("P1").name("党支部1").kind(PartyOrganizationKind.BRANCH).host("C1").build(),
                PartyOrganization.builder().id("P1b").name("党支部1b").kind(PartyOrganizationKind.BRANCH).host("C1").build(),
                PartyOrganization.builder().id("P2").name("党支部2").kind(PartyOrganizationKind.BRANCH).host("C2")
                        .establishedOn(LocalDate.parse("2017-08-01")).build(),         // after H1: still hosts
                PartyOrganization.builder().id("P5").name("党支部5").kind(PartyOrganizationKind.BRANCH).host("C5").build(),
                PartyOrganization.builder().id("P6").name("党支部6").kind(PartyOrganizationKind.BRANCH).host("C6").build(),
                PartyOrganization.builder().id("P0").name("机关党支部").kind(PartyOrganizationKind.BRANCH).host(CITY)
                        .build());
        return ReportEngine.Organizations.of(federations, chambers, parties, targets);
    }

    static Activity visit(String id, String start, String organizer, int chambers) {
        Activity.Builder b = Fixtures.activity(id, "VISIT", start, organizer);
        for (int i = 0; i < chambers; i++) {
            b.addTargets(Fixtures.target(TargetType.CHAMBER, "X" + i));
        }
        return b.build();
    }

    static Report run(String period, Breakdown by, boolean compare, List<String> codes, List<AnnualTarget> targets,
            Activity... activities) {
        ReportQuery query = ReportQuery.builder().period(ReportingPeriod.parse(period)).scope(CITY).breakdown(by)
                .indicators(codes).compareWithLastYear(compare).compareWithTargets(compare).threads(1).build();
        return ReportEngine.standard().run(query, organizations(targets), List.of(activities), List.of());
    }

    static long value(Report r, String row, String code) {
        return r.value(row, code).orElseThrow().getValue().longValueExact();
    }

    @Test
    void chamberStructure_byTheDataModel() {
        List<String> codes = List.of("CHAMBER.COUNT", "CHAMBER.FORMED", "CHAMBER.WITH_PARTY_ORGANIZATION");
        Report h1 = run("2017-H1", Breakdown.CHILD, false, codes, List.of());
        // at 30 June 2017: C1, C2, C3 (city); C6, C8 (Nanhu); C4 registered after, C5 deregistered, C7 merged
        assertEquals(5, value(h1, CITY, "CHAMBER.COUNT"));
        assertEquals(2, value(h1, NANHU, "CHAMBER.COUNT"));
        assertEquals(0, value(h1, HAINING, "CHAMBER.COUNT"));
        assertEquals(1, value(h1, CITY, "CHAMBER.FORMED"));                  // C2
        // C1 (two branches, once), C2 (DATA-MODEL: any party organisation it hosts, whatever establishedOn),
        // C6; not C5 (gone), not the office's branch
        assertEquals(3, value(h1, CITY, "CHAMBER.WITH_PARTY_ORGANIZATION"));
        assertEquals(1, value(h1, NANHU, "CHAMBER.WITH_PARTY_ORGANIZATION"));
        Report year2016 = run("2016", Breakdown.CHILD, false, codes, List.of());
        assertEquals(3, value(year2016, CITY, "CHAMBER.FORMED"));            // C6, C7, C8
        assertEquals(3, value(year2016, NANHU, "CHAMBER.FORMED"));
        Report year = run("2017", Breakdown.NONE, true, codes, List.of());
        assertEquals(6, value(year, CITY, "CHAMBER.COUNT"));                 // C4 too by 31 December
        assertEquals(3, value(year, CITY, "CHAMBER.WITH_PARTY_ORGANIZATION")); // C1, C2, C6
        ReportValue formed = year.total("CHAMBER.FORMED").orElseThrow();
        assertEquals(new BigDecimal("2"), formed.getValue());                   // C2, C4
        assertEquals(new BigDecimal("3"), formed.getLastYear().orElse(null));
        assertEquals(new BigDecimal("-33.3"), formed.getChangePercent().orElseThrow());
    }

    @Test
    void chamberCodes_parseAndAreNamedInTheCatalog() {
        IndicatorCode code = IndicatorCode.parse("CHAMBER.WITH_PARTY_ORGANIZATION");
        assertTrue(code.isChamberStructure());
        assertEquals("CHAMBER.WITH_PARTY_ORGANIZATION", code.toString());
        assertThrows(IllegalArgumentException.class, () -> IndicatorCode.parse("CHAMBER.EVENTS"));
        assertThrows(IllegalArgumentException.class, () -> IndicatorCode.parse("VISIT.COUNT"));
        assertEquals("家", IndicatorCatalog.standard().info("CHAMBER.COUNT").getUnit());
    }

    @Test
    void comparisons_againstHandComputedValues() {
        List<AnnualTarget> targets = List.of(
                AnnualTarget.builder().organization(CITY).year(2017).indicator("VISIT.TARGETS.CHAMBER")
                        .value(new BigDecimal("300")).build(),
                AnnualTarget.builder().organization(NANHU).year(2017).indicator("VISIT.TARGETS.CHAMBER")
                        .value(new BigDecimal("8")).build(),
                AnnualTarget.builder().organization(NANHU).year(2016).indicator("VISIT.TARGETS.CHAMBER")
                        .value(new BigDecimal("999")).build());
        Report r = run("2017-H1", Breakdown.CHILD, true, List.of("VISIT.TARGETS.CHAMBER"), targets,
                visit("A1", "2017-02-01", CITY, 120), visit("A2", "2017-06-30", NANHU, 77),
                visit("A3", "2017-07-01", NANHU, 50),                        // H2: not counted
                visit("B1", "2016-03-01", CITY, 100), visit("B2", "2016-06-01", NANHU, 60),
                visit("B3", "2016-12-01", HAINING, 40));                     // H2 2016: not last year's H1
        ReportValue city = r.total("VISIT.TARGETS.CHAMBER").orElseThrow();
        assertEquals(new BigDecimal("197"), city.getValue());
        assertEquals(new BigDecimal("160"), city.getLastYear().orElse(null));
        assertEquals(new BigDecimal("37"), city.getChange().orElseThrow());
        assertEquals(new BigDecimal("23.1"), city.getChangePercent().orElseThrow());      // 37 / 160 = 23.125 %
        assertEquals(new BigDecimal("300"), city.getTarget().orElse(null));
        assertEquals(new BigDecimal("65.7"), city.getCompletionPercent().orElseThrow());  // 197 / 300 = 65.67 %
        ReportValue nanhu = r.value(NANHU, "VISIT.TARGETS.CHAMBER").orElseThrow();
        assertEquals(new BigDecimal("28.3"), nanhu.getChangePercent().orElseThrow());     // (77 - 60) / 60
        assertEquals(new BigDecimal("962.5"), nanhu.getCompletionPercent().orElseThrow()); // 77 / 8
        ReportValue haining = r.value(HAINING, "VISIT.TARGETS.CHAMBER").orElseThrow();
        assertEquals(BigDecimal.ZERO, haining.getLastYear().orElse(null));
        assertTrue(haining.getChangePercent().isEmpty());
        assertEquals(null, haining.getTarget().orElse(null));
        String text = Narrative.standard().render(r, IndicatorCatalog.standard());
        assertTrue(text.contains("全市工商联系统上半年累计走访商会协会 197 家次（同比增长 23.1%，完成全年目标的 65.7%）"), text);
        String md = ReportRenderers.markdown(r, IndicatorCatalog.standard());
        assertTrue(md.contains("| 走访商会协会 | 嘉兴市工商业联合会（总商会）（合计） | 197 | 160 | 37 | 23.1 | 300 | 65.7 |"), md);
        assertTrue(md.contains("| 走访商会协会 | 南湖区工商业联合会（商会） | 77 | 60 | 17 | 28.3 | 8 | 962.5 |"), md);
    }

    @Test
    void rowNames_subjectAndEnglishMarkdown() {
        Report r = run("2017-H1", Breakdown.CHILD, false, List.of("VISIT.TARGETS.CHAMBER"), List.of(),
                visit("A1", "2017-02-01", NANHU, 3));
        assertEquals("南湖区工商业联合会（商会）", r.rowName(NANHU));
        assertEquals("全市工商联系统", r.subject(CITY));
        assertEquals("海宁市工商联", r.subject(HAINING));        // no organisation below it: its short name
        String md = ReportRenderers.markdown(r, IndicatorCatalog.standard(), Locale.ENGLISH);
        assertTrue(md.startsWith("| Indicator | Code | Unit | 嘉兴市工商业联合会（总商会） (total) | 南湖区工商业联合会（商会） |"
                + " 海宁市工商业联合会（商会） |\n"), md);
        assertTrue(md.contains("| chambers and associations visited | `VISIT.TARGETS.CHAMBER` | visits | 3 | 3 | 0 |"), md);
        ReportQuery county = ReportQuery.builder().period(ReportingPeriod.parse("2017-H1")).scope(NANHU)
                .indicators(List.of("VISIT.TARGETS.CHAMBER")).threads(1).build();
        Report nanhu = ReportEngine.standard().run(county, organizations(List.of()),
                List.of(visit("A1", "2017-02-01", NANHU, 3)), List.of());
        // Nanhu has chambers below it: its whole system, by the kind of its division (区)
        assertTrue(Narrative.standard().render(nanhu, IndicatorCatalog.standard())
                .contains("全区工商联系统上半年累计走访商会协会 3 家次。"));
    }

    @Test
    void catalogOverride_changesNameUnitAndWording() {
        IndicatorCatalog ours = IndicatorCatalog.standard().withOverride(IndicatorInfo.of("TRADE_EVENT.EVENTS",
                "经贸交流活动", "trade exchanges", "场", Approximation.EXACT));
        Report r = run("2017-H1", Breakdown.NONE, false, List.of("TRADE_EVENT.EVENTS"), List.of(),
                Fixtures.activity("T1", "TRADE_EVENT", "2017-03-01", CITY).sessions(38).build());
        assertEquals("近 40 场次", Narrative.word(r.total("TRADE_EVENT.EVENTS").orElseThrow(), IndicatorCatalog.standard()));
        assertEquals("38 场", Narrative.word(r.total("TRADE_EVENT.EVENTS").orElseThrow(), ours));
        assertTrue(ReportRenderers.markdown(r, ours).contains("| 经贸交流活动 | `TRADE_EVENT.EVENTS` | 场 | 38 |"));
        assertEquals("trade exchanges", ours.info("TRADE_EVENT.EVENTS").getEnglishName());
        assertThrows(IllegalArgumentException.class, () -> IndicatorCatalog.standard().withOverride(
                IndicatorInfo.of("CHARITY.AMOUNT", "投入", "funds", "次", Approximation.EXACT)));
        assertThrows(IllegalArgumentException.class, () -> IndicatorCatalog.standard().withOverride(
                IndicatorInfo.of("NOPE.EVENTS", "x", "x", "次", Approximation.EXACT)));
    }

    @Test
    void echarts_optionShape() throws Exception {
        List<AnnualTarget> targets = List.of(AnnualTarget.builder().organization(NANHU).year(2017)
                .indicator("CHARITY.AMOUNT").value(new BigDecimal("50000000")).build());
        Report r = run("2017-H1", Breakdown.CHILD, true, List.of("VISIT.TARGETS.CHAMBER", "CHARITY.AMOUNT"), targets,
                visit("A1", "2017-02-01", NANHU, 3),
                Fixtures.activity("C1", "CHARITY", "2017-03-01", NANHU).amountYuan(Fixtures.yuan("37250000.00")).build());
        JsonNode charts = new ObjectMapper().readTree(ReportCharts.echarts(r, IndicatorCatalog.standard(),
                Locale.SIMPLIFIED_CHINESE));
        EChartsShape.check(charts);
        assertEquals(2, charts.size());
        JsonNode money = charts.get(1);
        assertEquals("光彩事业和社会公益投入资金", money.at("/title/text").asText());
        assertEquals("万元", money.at("/yAxis/name").asText());
        assertEquals(List.of("南湖区工商业联合会（商会）", "海宁市工商业联合会（商会）"),
                List.of(money.at("/xAxis/data/0").asText(), money.at("/xAxis/data/1").asText()));
        assertEquals(3725, money.at("/series/0/data/0").asInt());
        assertEquals(0, money.at("/series/1/data/0").asInt());                 // last year
        assertEquals("全年目标", money.at("/series/2/name").asText());
        assertEquals(5000, money.at("/series/2/data/0").asInt());              // 5000 万元
        assertTrue(money.at("/series/2/data/1").isNull());                     // Haining has no target
        JsonNode en = new ObjectMapper().readTree(ReportCharts.echarts(r, IndicatorCatalog.standard(), Locale.ENGLISH));
        EChartsShape.check(en);
        assertEquals("visits", en.at("/0/yAxis/name").asText());
    }
}
