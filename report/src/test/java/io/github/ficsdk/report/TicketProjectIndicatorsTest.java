package io.github.ficsdk.report;

import static io.github.ficsdk.report.Fixtures.CITY;
import static io.github.ficsdk.report.Fixtures.NANHU;
import static io.github.ficsdk.report.Fixtures.XIUZHOU;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ficsdk.core.io.Dataset;
import io.github.ficsdk.core.io.DatasetFile;
import io.github.ficsdk.core.money.Yuan;
import io.github.ficsdk.core.period.ReportingPeriod;
import io.github.ficsdk.core.project.InvestmentProject;
import io.github.ficsdk.core.project.ProjectStage;
import io.github.ficsdk.core.ticket.Ticket;
import io.github.ficsdk.core.ticket.TicketCategory;
import io.github.ficsdk.core.ticket.TicketStatus;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The TICKET.* and PROJECT.* indicators against the selection rules of DATA-MODEL.md, figure by figure. */
class TicketProjectIndicatorsTest {

    static final List<String> TICKETS = List.of("TICKET.RAISED", "TICKET.RESOLVED", "TICKET.OPEN",
            "TICKET.RESOLUTION_DAYS");
    static final List<String> PROJECTS = List.of("PROJECT.SIGNED", "PROJECT.INVESTMENT", "PROJECT.STARTED",
            "PROJECT.FUNDS");

    static Ticket ticket(String id, String receivedBy, String raisedOn, TicketStatus status, String resolvedOn) {
        Ticket.Builder b = Ticket.builder().id(id).raisedOn(LocalDate.parse(raisedOn)).raisedBy("E1")
                .receivedBy(receivedBy).category(TicketCategory.FINANCING).summary("问题").status(status);
        if (resolvedOn != null) {
            b.resolvedOn(LocalDate.parse(resolvedOn));
        }
        return b.build();
    }

    static InvestmentProject project(String id, String org, String signedOn, String investment, ProjectStage stage,
            String startedOn, String funds) {
        InvestmentProject.Builder b = InvestmentProject.builder().id(id).name("项目" + id).organization(org)
                .signedOn(LocalDate.parse(signedOn)).investmentYuan(Yuan.parse(investment)).stage(stage);
        if (startedOn != null) {
            b.startedOn(LocalDate.parse(startedOn));
        }
        if (funds != null) {
            b.fundsInPlaceYuan(Yuan.parse(funds));
        }
        return b.build();
    }

    private static Report run(ReportQuery query, List<Ticket> tickets, List<InvestmentProject> projects) {
        ReportEngine engine = ReportEngine.standard();
        ReportAccumulator acc = engine.accumulator(query, Fixtures.organizations());
        tickets.forEach(acc::add);
        projects.forEach(acc::add);
        return engine.finish(acc);
    }

    private static BigDecimal value(Report r, String row, String code) {
        return r.value(row, code).orElseThrow().getValue();
    }

    /** Hand-counted: H1 2017 is 2017-01-01..2017-06-30. */
    static final List<Ticket> SAMPLE = List.of(
            // raised before the period, resolved in it: RESOLVED, not RAISED, not OPEN; 40 days
            ticket("T1", CITY, "2016-12-20", TicketStatus.RESOLVED, "2017-01-29"),
            // raised in, resolved in: RAISED, RESOLVED; 10 days
            ticket("T2", NANHU, "2017-03-01", TicketStatus.RESOLVED, "2017-03-11"),
            // raised in, closed unresolved in: RAISED only (not RESOLVED, not OPEN)
            ticket("T3", "C1", "2017-02-01", TicketStatus.CLOSED_UNRESOLVED, "2017-02-20"),
            // raised in, resolved after the period: RAISED and OPEN at 06-30
            ticket("T4", "C0", "2017-05-01", TicketStatus.RESOLVED, "2017-07-03"),
            // raised in, still in progress: RAISED, OPEN
            ticket("T5", XIUZHOU, "2017-06-30", TicketStatus.IN_PROGRESS, null),
            // raised before, open: OPEN only
            ticket("T6", NANHU, "2016-11-01", TicketStatus.OPEN, null),
            // raised after the period: nothing
            ticket("T7", CITY, "2017-07-01", TicketStatus.OPEN, null),
            // received by an organisation out of the tree: nothing in the city's rows
            ticket("T8", "F999999", "2017-03-01", TicketStatus.RESOLVED, "2017-03-02"),
            // resolved in: 20 days
            ticket("T9", "C1", "2017-04-01", TicketStatus.RESOLVED, "2017-04-21"));

    @Test
    void tickets_byTheSelectionRules_handCounted() {
        Report r = run(Fixtures.h1(TICKETS.toArray(String[]::new)).build(), SAMPLE, List.of());
        // city total: raised T2 T3 T4 T5 T9 = 5; resolved T1 T2 T9 = 3; open T4 T5 T6 = 3; days 40, 10, 20 → 20
        assertEquals(new BigDecimal("5"), value(r, CITY, "TICKET.RAISED"));
        assertEquals(new BigDecimal("3"), value(r, CITY, "TICKET.RESOLVED"));
        assertEquals(new BigDecimal("3"), value(r, CITY, "TICKET.OPEN"));
        assertEquals(new BigDecimal("20"), value(r, CITY, "TICKET.RESOLUTION_DAYS"));
        // 南湖 (F330402 with C1): raised T2 T3 T9 = 3; resolved T2 T9; open T6; days 10, 20 → 15
        assertEquals(new BigDecimal("3"), value(r, NANHU, "TICKET.RAISED"));
        assertEquals(new BigDecimal("2"), value(r, NANHU, "TICKET.RESOLVED"));
        assertEquals(new BigDecimal("1"), value(r, NANHU, "TICKET.OPEN"));
        assertEquals(new BigDecimal("15"), value(r, NANHU, "TICKET.RESOLUTION_DAYS"));
        // 秀洲: T5 raised and open, nothing resolved: the median of nothing is 0
        assertEquals(new BigDecimal("1"), value(r, XIUZHOU, "TICKET.RAISED"));
        assertEquals(new BigDecimal("1"), value(r, XIUZHOU, "TICKET.OPEN"));
        assertEquals(BigDecimal.ZERO, value(r, XIUZHOU, "TICKET.RESOLUTION_DAYS"));
        assertEquals("件", r.total("TICKET.RAISED").orElseThrow().getUnit());
        assertEquals("天", r.total("TICKET.RESOLUTION_DAYS").orElseThrow().getUnit());
    }

    @Test
    void resolutionDays_medianOfAnEvenCount_isTheMeanOfTheMiddleTwo() {
        Report r = run(Fixtures.h1(TICKETS.toArray(String[]::new)).build(), List.of(
                ticket("A", CITY, "2017-01-01", TicketStatus.RESOLVED, "2017-01-02"),
                ticket("B", CITY, "2017-01-01", TicketStatus.RESOLVED, "2017-01-05")), List.of());
        assertEquals(new BigDecimal("2.5"), value(r, CITY, "TICKET.RESOLUTION_DAYS"));
    }

    @Test
    void tickets_byMonth_openAtEachMonthsEnd() {
        ReportQuery query = ReportQuery.builder().period(ReportingPeriod.parse("2017-H1")).scope(CITY)
                .breakdown(Breakdown.MONTH).indicators(TICKETS).threads(1).build();
        Report r = run(query, SAMPLE, List.of());
        // open at the end of each month: Jan T6; Feb T3 closed 02-20 → T6; Mar T6; Apr T6; May T4 T6; Jun T4 T5 T6
        int[] open = {1, 1, 1, 1, 2, 3};
        int[] raised = {0, 1, 1, 1, 1, 1};
        int[] resolved = {1, 0, 1, 1, 0, 0};
        for (int m = 0; m < 6; m++) {
            String row = "2017-0" + (m + 1);
            assertEquals(BigDecimal.valueOf(open[m]), value(r, row, "TICKET.OPEN"), row);
            assertEquals(BigDecimal.valueOf(raised[m]), value(r, row, "TICKET.RAISED"), row);
            assertEquals(BigDecimal.valueOf(resolved[m]), value(r, row, "TICKET.RESOLVED"), row);
        }
    }

    static final List<InvestmentProject> PROJECT_SAMPLE = List.of(
            project("P1", "C0", "2017-02-01", "300000000.00", ProjectStage.STARTED, "2017-05-01", "120000000.50"),
            project("P2", NANHU, "2017-03-15", "0.01", ProjectStage.SIGNED, null, null),
            // signed before, started in: STARTED only
            project("P3", "C1", "2016-10-01", "50000000.00", ProjectStage.COMPLETED, "2017-01-10", "50000000.00"),
            // cancelled: nowhere
            project("P4", CITY, "2017-04-01", "999999999.99", ProjectStage.CANCELLED, "2017-04-02", "1.00"),
            // signed after the period
            project("P5", XIUZHOU, "2017-07-01", "10.00", ProjectStage.SIGNED, null, null));

    @Test
    void projects_exactAmounts_cancelledNowhere() {
        Report r = run(Fixtures.h1(PROJECTS.toArray(String[]::new)).build(), List.of(), PROJECT_SAMPLE);
        assertEquals(new BigDecimal("2"), value(r, CITY, "PROJECT.SIGNED"));
        assertEquals(new BigDecimal("300000000.01"), value(r, CITY, "PROJECT.INVESTMENT"));
        assertEquals(new BigDecimal("120000000.50"), value(r, CITY, "PROJECT.FUNDS"));
        assertEquals(new BigDecimal("2"), value(r, CITY, "PROJECT.STARTED"));
        assertEquals(new BigDecimal("1"), value(r, NANHU, "PROJECT.SIGNED"));
        assertEquals(new BigDecimal("0.01"), value(r, NANHU, "PROJECT.INVESTMENT"));
        assertEquals(new BigDecimal("1"), value(r, NANHU, "PROJECT.STARTED"));
        assertEquals(new BigDecimal("0.00"), value(r, NANHU, "PROJECT.FUNDS"));
        assertEquals(BigDecimal.ZERO, value(r, XIUZHOU, "PROJECT.SIGNED"));
        assertEquals("元", r.total("PROJECT.INVESTMENT").orElseThrow().getUnit());
        assertEquals("个", r.total("PROJECT.SIGNED").orElseThrow().getUnit());
    }

    @Test
    void codes_parseAndRefuseTargetTypes() {
        assertTrue(IndicatorCode.parse("TICKET.OPEN").isTicket());
        assertTrue(IndicatorCode.parse("PROJECT.FUNDS").isProject());
        assertEquals("TICKET.RESOLUTION_DAYS", IndicatorCode.ofRecords(Measure.RESOLUTION_DAYS).toString());
        assertThrows(IllegalArgumentException.class, () -> IndicatorCode.parse("TICKET.SIGNED"));
        assertThrows(IllegalArgumentException.class, () -> IndicatorCode.parse("PROJECT.RAISED"));
        assertThrows(IllegalArgumentException.class, () -> IndicatorCode.parse("TICKET.RAISED.ENTERPRISE"));
        assertThrows(IllegalArgumentException.class, () -> IndicatorCode.parse("VISIT.RAISED"));
        assertThrows(IllegalArgumentException.class, () -> IndicatorCode.of(null, Measure.SIGNED, null));
        assertTrue(!Measure.RESOLUTION_DAYS.isAdditive() && Measure.INVESTMENT.isAdditive());
        assertEquals("收集企业问题建议", IndicatorCatalog.standard().info("TICKET.RAISED").getName());
        assertEquals("问题办结用时中位数", IndicatorCatalog.standard().info("TICKET.RESOLUTION_DAYS").getName());
    }

    @Test
    void datasetFiles_readWhenAsked_repeatsCountOnce(@TempDir Path dir) throws IOException {
        Dataset dataset = Dataset.of(dir);
        dataset.write(DatasetFile.FEDERATIONS, Fixtures.organizations().getFederations());
        dataset.write(DatasetFile.CHAMBERS, Fixtures.organizations().getChambers());
        dataset.write(DatasetFile.TICKETS, SAMPLE);
        dataset.write(DatasetFile.PROJECTS, PROJECT_SAMPLE);
        Files.writeString(dir.resolve("tickets.jsonl"), Files.readString(dir.resolve("tickets.jsonl"))
                + io.github.ficsdk.core.io.FicJson.mapper().writeValueAsString(
                        ticket("T10", CITY, "2017-01-01", TicketStatus.OPEN, null)).replace("{", "{\"bad\":1,") + "\n"
                + io.github.ficsdk.core.io.FicJson.mapper().writeValueAsString(
                        ticket("T2", CITY, "2017-01-01", TicketStatus.OPEN, null)) + "\n");
        List<String> codes = new java.util.ArrayList<>(TICKETS);
        codes.addAll(PROJECTS);
        Report r = ReportEngine.standard().run(Fixtures.h1(codes.toArray(String[]::new)).build(), dataset);
        Report expected = run(Fixtures.h1(codes.toArray(String[]::new)).build(), SAMPLE, PROJECT_SAMPLE);
        assertEquals(expected.getValues(), r.getValues());
        assertEquals(List.of("UNKNOWN_PROPERTY", "DUPLICATE_ID"), r.getProblems().stream().map(p -> p.getProblemCode()).toList());
        assertEquals("tickets.jsonl", r.getProblems().get(1).getFile());
        // an activity report does not read them
        Report visits = ReportEngine.standard().run(Fixtures.h1("VISIT.EVENTS").build(), dataset);
        assertEquals(List.of(), visits.getProblems());
    }

    @Test
    void narrative_ticketAndProjectSentences() {
        List<String> codes = new java.util.ArrayList<>(TICKETS);
        codes.addAll(PROJECTS);
        Report r = run(Fixtures.h1(codes.toArray(String[]::new)).build(), SAMPLE, PROJECT_SAMPLE);
        String text = Narrative.standard().withScopeName("全市工商联系统").render(r, IndicatorCatalog.standard());
        // one section (services), its subject once, the sentences in the declared order
        assertEquals("（一）整合资源、创新载体，不断拓展服务民营企业转型发展的平台建设。全市工商联系统上半年收集企业问题建议 5 件，"
                + "已协调解决 3 件。签约引进项目 2 个，协议投资 3 亿元，到位资金 1.2 亿元，开工项目 2 个。\n", text);
    }
}
