package io.github.ficsdk.report;

import static io.github.ficsdk.report.Fixtures.CITY;
import static io.github.ficsdk.report.Fixtures.NANHU;
import static io.github.ficsdk.report.Fixtures.XIUZHOU;
import static io.github.ficsdk.report.Fixtures.activity;
import static io.github.ficsdk.report.Fixtures.h1;
import static io.github.ficsdk.report.Fixtures.organizations;
import static io.github.ficsdk.report.Fixtures.target;
import static io.github.ficsdk.report.Fixtures.yuan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ficsdk.core.activity.Activity;
import io.github.ficsdk.core.activity.TargetType;
import io.github.ficsdk.core.org.AnnualTarget;
import io.github.ficsdk.core.period.ReportingPeriod;
import io.github.ficsdk.core.proposal.Proposal;
import io.github.ficsdk.core.proposal.ProposalBody;
import io.github.ficsdk.core.proposal.ProposalSession;
import io.github.ficsdk.core.proposal.ProposalType;
import io.github.ficsdk.core.proposal.Recognition;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportEngineTest {

    private static Report run(ReportQuery query, Activity... activities) {
        return ReportEngine.standard().run(query, organizations(), List.of(activities), List.of());
    }

    private static Proposal proposal(String id, String submitter, String on) {
        return Proposal.builder().id(id).session(ProposalSession.of(ProposalBody.CPPCC, "330400", 11, 1))
                .submitter(submitter).type(ProposalType.MEMBER).submittedOn(LocalDate.parse(on)).build();
    }

    private static long value(Report report, String row, String indicator) {
        return report.value(row, indicator).orElseThrow().getValue().longValueExact();
    }

    @Test
    void run_periodIsDecidedByStart_30JuneInH1_1JulyNot() {
        Report report = run(h1("FORUM.EVENTS").build(),
                activity("A1", "FORUM", "2017-06-30", NANHU).build(),
                activity("A2", "FORUM", "2017-07-01", NANHU).build(),
                activity("A3", "FORUM", "2016-12-31", NANHU).end(LocalDate.parse("2017-01-02")).build(),
                activity("A4", "FORUM", "2017-01-01", NANHU).build());
        assertEquals(2, value(report, CITY, "FORUM.EVENTS"));
    }

    @Test
    void run_coOrganizedByCityAndCounty_onceInTotalOnceInCounty() {
        Report report = run(h1("VISIT.EVENTS").build(), activity("A1", "VISIT", "2017-03-01", CITY, NANHU).build());
        assertEquals(1, value(report, CITY, "VISIT.EVENTS"));
        assertEquals(1, value(report, NANHU, "VISIT.EVENTS"));
        assertEquals(0, value(report, XIUZHOU, "VISIT.EVENTS"));
    }

    @Test
    void run_coOrganizedByTwoCounties_onceInTotalOnceInEach() {
        Report report = run(h1("VISIT.EVENTS", "VISIT.PARTICIPANTS").build(),
                activity("A1", "VISIT", "2017-03-01", NANHU, XIUZHOU, "C1").participants(30).build());
        assertEquals(1, value(report, CITY, "VISIT.EVENTS"));
        assertEquals(30, value(report, CITY, "VISIT.PARTICIPANTS"));
        assertEquals(30, value(report, NANHU, "VISIT.PARTICIPANTS"));
        assertEquals(30, value(report, XIUZHOU, "VISIT.PARTICIPANTS"));
    }

    @Test
    void run_sameEnterpriseVisitedInTwoCounties_distinctOnceEverywhere() {
        Report report = run(h1("VISIT.DISTINCT.ENTERPRISE", "VISIT.TARGETS.ENTERPRISE").build(),
                activity("A1", "VISIT", "2017-03-01", NANHU).addTargets(target(TargetType.ENTERPRISE, "E1")).build(),
                activity("A2", "VISIT", "2017-04-01", XIUZHOU).addTargets(target(TargetType.ENTERPRISE, "E1")).build());
        assertEquals(1, value(report, CITY, "VISIT.DISTINCT.ENTERPRISE"));
        assertEquals(1, value(report, NANHU, "VISIT.DISTINCT.ENTERPRISE"));
        assertEquals(1, value(report, XIUZHOU, "VISIT.DISTINCT.ENTERPRISE"));
        assertEquals(2, value(report, CITY, "VISIT.TARGETS.ENTERPRISE"));
    }

    @Test
    void run_aTargetRepeatedWithinAnActivityIsOnePair_andAWarning_acrossActivitiesTwoPairs() {
        Report report = run(h1("VISIT.TARGETS.CHAMBER", "VISIT.DISTINCT.CHAMBER").build(),
                activity("A1", "VISIT", "2017-03-01", NANHU)
                        .addTargets(target(TargetType.CHAMBER, "C1"), target(TargetType.ENTERPRISE, "C1"),
                                target(TargetType.CHAMBER, "C1")).build(),
                activity("A2", "VISIT", "2017-03-02", NANHU).addTargets(target(TargetType.CHAMBER, "C1")).build());
        assertEquals(2, value(report, CITY, "VISIT.TARGETS.CHAMBER"));
        assertEquals(1, value(report, CITY, "VISIT.DISTINCT.CHAMBER"));
        assertEquals(List.of("activities.jsonl:1 A1 targets[2] WARNING DUPLICATE_TARGET"), report.getProblems().stream()
                .map(p -> p.getFile() + ":" + p.getLine() + " " + p.getId().orElse(null) + " " + p.getProblemPath() + " " + p.getSeverity() + " " + p.getProblemCode())
                .toList());
    }

    @Test
    void run_anActivityOrProposalIdUsedAgain_countsItsFirstOccurrenceOnce_andListsTheRepeat() {
        Activity first = activity("A1", "CHARITY", "2017-03-01", NANHU).amountYuan(yuan("100.00")).build();
        Activity other = activity("A2", "CHARITY", "2017-03-02", NANHU).amountYuan(yuan("5.00")).build();
        Activity again = activity("A1", "CHARITY", "2017-03-03", XIUZHOU).amountYuan(yuan("7.00")).build();
        Proposal p1 = proposal("P1", NANHU, "2017-03-01");
        Proposal p1again = proposal("P1", NANHU, "2017-03-02");
        Report report = ReportEngine.standard().run(h1("CHARITY.AMOUNT", "CHARITY.EVENTS", "PROPOSAL.SUBMITTED").build(),
                organizations(), List.of(first, other, first, again), List.of(p1, p1again));
        assertEquals(new BigDecimal("105.00"), report.total("CHARITY.AMOUNT").orElseThrow().getValue());
        assertEquals(2, value(report, CITY, "CHARITY.EVENTS"));
        assertEquals(0, value(report, XIUZHOU, "CHARITY.EVENTS"));
        assertEquals(1, value(report, CITY, "PROPOSAL.SUBMITTED"));
        assertEquals(List.of("activities.jsonl:3 A1 DUPLICATE_ID id A1 is already used on line 1; the first occurrence counts",
                "activities.jsonl:4 A1 DUPLICATE_ID id A1 is already used on line 1; the first occurrence counts",
                "proposals.jsonl:2 P1 DUPLICATE_ID id P1 is already used on line 1; the first occurrence counts"),
                report.getProblems().stream().map(p -> p.getFile() + ":" + p.getLine() + " " + p.getId().orElse(null) + " " + p.getProblemCode() + " "
                        + p.getMessage()).toList());
        assertEquals(4, report.getRecordsRead());
    }

    @Test
    void run_aSumBeyondLong_isRefusedNamingTheIndicatorAndTheRow() {
        Activity big = activity("A1", "FORUM", "2017-03-01", XIUZHOU).participants(Long.MAX_VALUE).build();
        Activity more = activity("A2", "FORUM", "2017-03-02", XIUZHOU).participants(1).build();
        FigureOutOfRangeException e = assertThrows(FigureOutOfRangeException.class,
                () -> run(h1("FORUM.EVENTS", "FORUM.PARTICIPANTS").build(), big, more));
        assertEquals("FORUM.PARTICIPANTS", e.getIndicator());
        assertTrue(List.of(CITY, XIUZHOU).contains(e.getRow()), e.getRow());
        assertEquals("2017-H1", e.getPeriod());
        assertTrue(e.getMessage().startsWith("FORUM.PARTICIPANTS of "), e.getMessage());
        // amounts are summed in fen: 92233720368547758.07 yuan is the most
        Activity rich = activity("A1", "CHARITY", "2017-03-01", CITY).amountYuan(yuan("999999999999999.99")).build();
        List<Activity> many = new ArrayList<>();
        for (int i = 0; i < 93; i++) {
            many.add(Activity.builder().from(rich).id("A" + i).build());
        }
        ReportQuery query = h1("CHARITY.AMOUNT").breakdown(Breakdown.NONE).build();
        FigureOutOfRangeException amount = assertThrows(FigureOutOfRangeException.class,
                () -> ReportEngine.standard().run(query, organizations(), many, List.of()));
        assertEquals("CHARITY.AMOUNT", amount.getIndicator());
        assertEquals(CITY, amount.getRow());
        assertTrue(amount.getMessage().contains("92233720368547758.07"), amount.getMessage());
        // the same through accumulators merged
        ReportAccumulator left = ReportEngine.standard().accumulator(query, organizations());
        ReportAccumulator right = ReportEngine.standard().accumulator(query, organizations());
        many.subList(0, 50).forEach(left::add);
        many.subList(50, 93).forEach(right::add);
        assertEquals("CHARITY.AMOUNT", assertThrows(FigureOutOfRangeException.class, () -> left.merge(right))
                .getIndicator());
    }

    @Test
    void run_organizerThatNoFileDefines_belongsToNoSubtreeButItsOwn() {
        Activity orphan = activity("A1", "VISIT", "2017-03-01", "F999999").build();
        Report report = run(h1("VISIT.EVENTS").build(), orphan);
        assertEquals(0, value(report, CITY, "VISIT.EVENTS"));
        Report own = run(h1("VISIT.EVENTS").scope("F999999").build(), orphan);
        assertEquals(1, value(own, "F999999", "VISIT.EVENTS"));
        assertEquals(List.of("F999999"), own.getRows());
    }

    @Test
    void run_chamberAndPartyOrganizationCountInTheirFederationsSubtree() {
        Report report = run(h1("PARTY_ACTIVITY.EVENTS", "MEETING.EVENTS").build(),
                activity("A1", "PARTY_ACTIVITY", "2017-03-01", "P1").build(),
                activity("A2", "MEETING", "2017-03-01", "C1").build(),
                activity("A3", "MEETING", "2017-03-01", "C0").build());
        assertEquals(1, value(report, NANHU, "PARTY_ACTIVITY.EVENTS"));
        assertEquals(1, value(report, CITY, "PARTY_ACTIVITY.EVENTS"));
        assertEquals(1, value(report, NANHU, "MEETING.EVENTS"));
        // C0 hangs directly under the city: in the total, in no child's row
        assertEquals(2, value(report, CITY, "MEETING.EVENTS"));
        assertEquals(0, value(report, XIUZHOU, "MEETING.EVENTS"));
    }

    @Test
    void run_missingSessionsCountsOne() {
        Report report = run(h1("TRAINING.EVENTS").build(),
                activity("A1", "TRAINING", "2017-03-01", NANHU).build(),
                activity("A2", "TRAINING", "2017-03-01", NANHU).sessions(4).build());
        assertEquals(5, value(report, CITY, "TRAINING.EVENTS"));
    }

    @Test
    void run_teamKindsAndAllKinds() {
        Report report = run(h1("X_MENTORING.EVENTS", "ALL.EVENTS", "ALL.PARTICIPANTS").build(),
                activity("A1", "X_MENTORING", "2017-03-01", NANHU).participants(5).build(),
                activity("A2", "FORUM", "2017-03-01", NANHU).participants(7).build());
        assertEquals(1, value(report, CITY, "X_MENTORING.EVENTS"));
        assertEquals(2, value(report, CITY, "ALL.EVENTS"));
        assertEquals(12, value(report, CITY, "ALL.PARTICIPANTS"));
    }

    @Test
    void run_moneyIsExactWhereADoubleIsNot() {
        List<Activity> activities = new ArrayList<>();
        double naive = 0;
        for (int i = 0; i < 10; i++) {
            activities.add(activity("A" + i, "CHARITY", "2017-03-01", NANHU).amountYuan(yuan("0.10")).build());
            naive += 0.10;
        }
        activities.add(activity("B", "CHARITY", "2017-03-01", NANHU).amountYuan(yuan("37249999.00")).build());
        Report report = ReportEngine.standard().run(h1("CHARITY.AMOUNT").build(), organizations(), activities, List.of());
        assertTrue(naive != 1.0, "the double sum is off: " + naive);
        ReportValue amount = report.total("CHARITY.AMOUNT").orElseThrow();
        assertEquals(new BigDecimal("37250000.00"), amount.getValue());
        assertEquals("元", amount.getUnit());
        assertEquals("3725 万元", Narrative.word(amount, IndicatorCatalog.standard()));
    }

    @Test
    void run_proposalsBySubmitterAndSubmittedOn() {
        ProposalSession session = ProposalSession.of(ProposalBody.CPPCC, "330400", 8, 1);
        List<Proposal> proposals = List.of(
                Proposal.builder().id("P-1").session(session).submitter(CITY).type(ProposalType.GROUP)
                        .submittedOn(LocalDate.parse("2017-02-10")).addRecognitions(Recognition.PLENARY_SPEECH).build(),
                Proposal.builder().id("P-2").session(session).submitter("C1").type(ProposalType.MEMBER)
                        .submittedOn(LocalDate.parse("2017-02-11")).addRecognitions(Recognition.KEY, Recognition.EXCELLENT).build(),
                Proposal.builder().id("P-3").session(session).submitter(NANHU).type(ProposalType.MEMBER)
                        .submittedOn(LocalDate.parse("2017-07-11")).build());
        Report report = ReportEngine.standard().run(h1("PROPOSAL.SUBMITTED", "PROPOSAL.GROUP", "PROPOSAL.KEY",
                "PROPOSAL.EXCELLENT", "PROPOSAL.PLENARY_SPEECH").build(), organizations(), List.of(), proposals);
        assertEquals(2, value(report, CITY, "PROPOSAL.SUBMITTED"));
        assertEquals(1, value(report, CITY, "PROPOSAL.GROUP"));
        assertEquals(1, value(report, CITY, "PROPOSAL.KEY"));
        assertEquals(1, value(report, CITY, "PROPOSAL.EXCELLENT"));
        assertEquals(1, value(report, CITY, "PROPOSAL.PLENARY_SPEECH"));
        assertEquals(1, value(report, NANHU, "PROPOSAL.SUBMITTED"));
    }

    @Test
    void run_breakdownByMonth() {
        Report report = run(h1("FORUM.EVENTS").breakdown(Breakdown.MONTH).build(),
                activity("A1", "FORUM", "2017-01-31", NANHU).build(),
                activity("A2", "FORUM", "2017-03-01", NANHU).sessions(2).build());
        assertEquals(List.of(CITY, "2017-01", "2017-02", "2017-03", "2017-04", "2017-05", "2017-06"), report.getRows());
        assertEquals(3, value(report, CITY, "FORUM.EVENTS"));
        assertEquals(1, value(report, "2017-01", "FORUM.EVENTS"));
        assertEquals(0, value(report, "2017-02", "FORUM.EVENTS"));
        assertEquals(2, value(report, "2017-03", "FORUM.EVENTS"));
    }

    @Test
    void run_breakdownByKind() {
        Report report = run(h1("ALL.EVENTS", "ALL.PARTICIPANTS", "X_MENTORING.EVENTS").breakdown(Breakdown.KIND).build(),
                activity("A1", "FORUM", "2017-01-31", NANHU).participants(10).build(),
                activity("A2", "X_MENTORING", "2017-03-01", NANHU).sessions(2).build(),
                activity("A3", "FORUM", "2017-03-01", XIUZHOU).participants(5).build());
        assertEquals(CITY, report.getRows().get(0));
        assertEquals("VISIT", report.getRows().get(1));
        assertEquals("X_MENTORING", report.getRows().get(report.getRows().size() - 1));
        assertEquals(4, value(report, CITY, "ALL.EVENTS"));
        assertEquals(2, value(report, "FORUM", "ALL.EVENTS"));
        assertEquals(15, value(report, "FORUM", "ALL.PARTICIPANTS"));
        assertEquals(2, value(report, "X_MENTORING", "ALL.EVENTS"));
        assertEquals(0, value(report, "VISIT", "ALL.EVENTS"));
        assertEquals("FORUM", report.value("FORUM", "ALL.EVENTS").orElseThrow().getKind().orElse(null));
        assertTrue(ReportRenderers.json(report).contains("\"kind\":\"FORUM\""));
    }

    @Test
    void run_comparisonsWithLastYearAndTargets() {
        ReportEngine.Organizations base = organizations();
        ReportEngine.Organizations withTargets = ReportEngine.Organizations.of(base.getFederations(), base.getChambers(),
                base.getPartyOrganizations(), List.of(AnnualTarget.builder().organization(CITY).year(2017)
                        .indicator("FORUM.EVENTS").value(new BigDecimal("8")).build()));
        Report report = ReportEngine.standard().run(h1("FORUM.EVENTS").compareWithLastYear(true)
                .compareWithTargets(true).build(), withTargets, List.of(
                activity("A1", "FORUM", "2016-03-01", NANHU).build(),
                activity("A2", "FORUM", "2016-08-01", NANHU).build(),
                activity("A3", "FORUM", "2017-03-01", NANHU).sessions(3).build()), List.of());
        ReportValue v = report.total("FORUM.EVENTS").orElseThrow();
        assertEquals(new BigDecimal("3"), v.getValue());
        assertEquals(new BigDecimal("1"), v.getLastYear().orElse(null));
        assertEquals(new BigDecimal("2"), v.getChange().orElseThrow());
        assertEquals(new BigDecimal("200.0"), v.getChangePercent().orElseThrow());
        assertEquals(new BigDecimal("37.5"), v.getCompletionPercent().orElseThrow());
        assertEquals(null, report.value(NANHU, "FORUM.EVENTS").orElseThrow().getTarget().orElse(null));
    }

    @Test
    void run_drillDownGivesTheRecordsBehindAValue() {
        Report report = run(h1("VISIT.TARGETS.CHAMBER", "VISIT.EVENTS").trackSources(true).build(),
                activity("A2", "VISIT", "2017-03-01", NANHU).addTargets(target(TargetType.CHAMBER, "C1")).build(),
                activity("A1", "VISIT", "2017-03-02", XIUZHOU).addTargets(target(TargetType.CHAMBER, "C1")).build(),
                activity("A3", "VISIT", "2017-03-03", XIUZHOU).build());
        assertEquals(List.of("A1", "A2"), report.total("VISIT.TARGETS.CHAMBER").orElseThrow().getSources());
        assertEquals(List.of("A1", "A3"), report.value(XIUZHOU, "VISIT.EVENTS").orElseThrow().getSources());
        Report lean = run(h1("VISIT.EVENTS").build(), activity("A1", "VISIT", "2017-03-02", XIUZHOU).build());
        assertEquals(List.of(), lean.total("VISIT.EVENTS").orElseThrow().getSources());
    }

    @Test
    void run_unknownIndicatorIsAClearError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> run(h1("VISIT.TARGETZ.CHAMBER").build()));
        assertTrue(e.getMessage().contains("TARGETZ"), e.getMessage());
    }

    @Test
    void reportingPeriod_h1Bounds() {
        assertEquals(LocalDate.parse("2017-06-30"), ReportingPeriod.parse("2017-H1").getEnd());
    }

    @Test
    void run_dataset_aChamberWithAnUndefinedFederationIsReportedAndTheRestCounted(@org.junit.jupiter.api.io.TempDir
            java.nio.file.Path dir) throws java.io.IOException {
        java.nio.file.Files.writeString(dir.resolve("federations.jsonl"),
                "{\"id\":\"F330400\",\"name\":\"市\",\"level\":\"CITY\",\"division\":\"330400\"}\n"
                + "{\"id\":\"F330402\",\"name\":\"南湖\",\"level\":\"COUNTY\",\"division\":\"330402\",\"parent\":\"F330400\"}\n");
        java.nio.file.Files.writeString(dir.resolve("chambers.jsonl"),
                "{\"id\":\"C1\",\"name\":\"甲\",\"kind\":\"TOWNSHIP\",\"federation\":\"F330402\"}\n"
                + "{\"id\":\"C2\",\"name\":\"乙\",\"kind\":\"TOWNSHIP\",\"federation\":\"F999999\"}\n");
        java.nio.file.Files.writeString(dir.resolve("activities.jsonl"),
                "{\"id\":\"A1\",\"kind\":\"VISIT\",\"start\":\"2017-03-01\",\"organizers\":[\"C1\"]}\n"
                + "{\"id\":\"A2\",\"kind\":\"VISIT\",\"start\":\"2017-03-01\",\"organizers\":[\"C2\"]}\n");
        java.util.concurrent.atomic.LongAdder lines = new java.util.concurrent.atomic.LongAdder();
        Report report = ReportEngine.standard().run(h1("VISIT.EVENTS").build(),
                io.github.ficsdk.core.io.Dataset.of(dir), lines);
        assertEquals(2, lines.sum());
        assertEquals(1, value(report, CITY, "VISIT.EVENTS"));
        assertEquals(1, value(report, NANHU, "VISIT.EVENTS"));
        assertEquals(1, report.getProblems().size(), report.getProblems().toString());
        io.github.ficsdk.core.io.DatasetProblem p = report.getProblems().get(0);
        assertEquals("chambers.jsonl", p.getFile());
        assertEquals(2, p.getLine());
        assertEquals("C2", p.getId().orElse(null));
        assertEquals("federation", p.getProblemPath());
        assertEquals("UNKNOWN_PARENT", p.getProblemCode());
        // the chamber is a root of its own: a report on it still counts its activity
        assertEquals(1, value(ReportEngine.standard().run(h1("VISIT.EVENTS").scope("C2").build(),
                io.github.ficsdk.core.io.Dataset.of(dir)), "C2", "VISIT.EVENTS"));
    }
}
