package io.github.ficsdk.report.appraisal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ficsdk.core.activity.Activity;
import io.github.ficsdk.core.activity.ActivityKind;
import io.github.ficsdk.core.appraisal.AppraisalResult;
import io.github.ficsdk.core.appraisal.Appraiser;
import io.github.ficsdk.core.appraisal.EvidenceSource;
import io.github.ficsdk.core.appraisal.EvidenceTable;
import io.github.ficsdk.core.appraisal.SchemeCatalog;
import io.github.ficsdk.core.appraisal.scheme.Scheme;
import io.github.ficsdk.core.org.AnnualTarget;
import io.github.ficsdk.core.org.AnnualTask;
import io.github.ficsdk.core.org.Chamber;
import io.github.ficsdk.core.org.ChamberKind;
import io.github.ficsdk.core.org.Federation;
import io.github.ficsdk.core.org.FederationLevel;
import io.github.ficsdk.core.period.ReportingPeriod;
import io.github.ficsdk.core.ticket.Ticket;
import io.github.ficsdk.core.ticket.TicketCategory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * COUNTY_ANNUAL_ASSESSMENT on evidence derived from the records: target completion by the report
 * engine over the county's subtree (capped), tasks on time, explanations naming each target and
 * task; points computed by hand.
 */
class AnnualAssessmentEvidenceProviderTest {

    static final ReportingPeriod YEAR = ReportingPeriod.parse("2017");

    static EvidenceSource source(List<AnnualTarget> targets) {
        Federation city = Federation.builder().id("F1").name("市工商联").level(FederationLevel.CITY).division("330400").build();
        Federation county = Federation.builder().id("F2").name("县工商联").level(FederationLevel.COUNTY)
                .division("330402").parent("F1").build();
        Chamber chamber = Chamber.builder().id("C2").name("县商会").kind(ChamberKind.TOWNSHIP).federation("F2").build();
        List<Activity> activities = List.of(
                // 3 visit sessions in 2017 by the county and its chamber, one of 2016 that does not count
                Activity.builder().id("A1").kind(ActivityKind.VISIT).start(LocalDate.of(2017, 3, 1)).addOrganizers("F2")
                        .sessions(2).build(),
                Activity.builder().id("A2").kind(ActivityKind.VISIT).start(LocalDate.of(2017, 9, 1)).addOrganizers("C2")
                        .build(),
                Activity.builder().id("A3").kind(ActivityKind.VISIT).start(LocalDate.of(2016, 9, 1)).addOrganizers("F2")
                        .sessions(5).build(),
                // the city's own visits: not the county's
                Activity.builder().id("A4").kind(ActivityKind.VISIT).start(LocalDate.of(2017, 9, 1)).addOrganizers("F1")
                        .sessions(9).build());
        List<Ticket> tickets = List.of(Ticket.builder().id("T1").raisedOn(LocalDate.of(2017, 4, 1)).raisedBy("E1")
                .receivedBy("C2").category(TicketCategory.OTHER).summary("s").build());
        List<AnnualTask> tasks = List.of(
                task("K1", "F2", "10", LocalDate.of(2017, 6, 30), LocalDate.of(2017, 6, 30)),   // on time (the due day)
                task("K2", "F2", "20", LocalDate.of(2017, 6, 30), LocalDate.of(2017, 7, 1)),    // late
                task("K3", "F2", "10", null, null),                                              // not done
                task("K4", "F2", "5", null, LocalDate.of(2017, 12, 31)),                         // on time (year end)
                AnnualTask.builder().from(task("K5", "F2", "50", null, LocalDate.of(2016, 1, 1))).year(2016).build()); // another year
        return EvidenceSource.builder().federations(List.of(city, county)).chambers(List.of(chamber))
                .activities(activities).tickets(tickets).targets(targets).tasks(tasks).build();
    }

    static AnnualTask task(String id, String owner, String weight, LocalDate due, LocalDate done) {
        AnnualTask.Builder b = AnnualTask.builder().id(id).year(2017).owner(owner).title("任务" + id)
                .weight(new BigDecimal(weight)).assignedBy("F1");
        if (due != null) {
            b.dueOn(due);
        }
        if (done != null) {
            b.completedOn(done);
        }
        return b.build();
    }

    static AnnualTarget target(String org, int year, String indicator, String value) {
        return AnnualTarget.builder().organization(org).year(year).indicator(indicator).value(new BigDecimal(value)).build();
    }

    static final List<AnnualTarget> TARGETS = List.of(
            target("F2", 2017, "VISIT.EVENTS", "4"),        // 3 of 4 = 0.75
            target("F2", 2017, "TICKET.RAISED", "1"),       // 1 of 1 = 1
            target("F2", 2017, "PROPOSAL.SUBMITTED", "0"),  // a target of 0 is met: 1
            target("F2", 2016, "VISIT.EVENTS", "100"),      // another year
            target("F1", 2017, "VISIT.EVENTS", "3"));       // the city: 12 of 3, capped at 1

    private static EvidenceTable derive(EvidenceSource source) {
        EvidenceTable.Builder b = EvidenceTable.builder(ReportingPeriod.parse("2017"));
        new AnnualAssessmentEvidenceProvider().derive(source, YEAR, Set.of("*"), b);
        return b.build();
    }

    private static Object value(EvidenceTable t, String subject, String key) {
        return t.get(subject).orElseThrow().find(key).orElseThrow();
    }

    @Test
    void derives_completionCapped_andTasksOnTime() {
        EvidenceTable t = derive(source(TARGETS));
        assertEquals(new BigDecimal("3"), value(t, "F2", "targets.count"));
        assertEquals(0, new BigDecimal("2.75").compareTo((BigDecimal) value(t, "F2", "targets.completion")));
        assertEquals(0, new BigDecimal("45").compareTo((BigDecimal) value(t, "F2", "tasks.weight")));
        assertEquals(0, new BigDecimal("15").compareTo((BigDecimal) value(t, "F2", "tasks.onTime")));
        String targets = (String) value(t, "F2", "targets.detail");
        assertTrue(targets.contains("VISIT.EVENTS：完成 3 / 目标 4 = 75%"), targets);
        assertTrue(targets.contains("TICKET.RAISED：完成 1 / 目标 1 = 100%"), targets);
        assertTrue(targets.contains("PROPOSAL.SUBMITTED：完成 0 / 目标 0 = 100%"), targets);
        String tasks = (String) value(t, "F2", "tasks.detail");
        assertEquals("K1 任务K1（10 分）：2017-06-30 完成，按期；K2 任务K2（20 分）：2017-07-01 完成，逾期（截止 2017-06-30）；"
                + "K3 任务K3（10 分）：未完成（截止 2017-12-31）；K4 任务K4（5 分）：2017-12-31 完成，按期", tasks);
        assertEquals(0, BigDecimal.ONE.compareTo((BigDecimal) value(t, "F1", "targets.completion")));
        assertTrue(((String) value(t, "F1", "targets.detail")).contains("（超额，按 100% 计）"));
        assertEquals("无 2017 年度任务", value(t, "F1", "tasks.detail"));
    }

    @Test
    void countyAnnualAssessment_onDerivedEvidence_handComputedPoints() {
        Scheme scheme = SchemeCatalog.reference().get("COUNTY_ANNUAL_ASSESSMENT", "2017");
        List<AppraisalResult> results = Appraiser.standard().appraiseAll(scheme, YEAR, source(TARGETS),
                EvidenceTable.empty(ReportingPeriod.parse("2017"))).getResults();
        AppraisalResult county = results.stream().filter(r -> r.getSubject().equals("F2")).findFirst().orElseThrow();
        // targets: 60 × 2.75 / 3 = 55; tasks: 40 × 15 / 45 = 13.333… → 13.33 (rounded down); total 68.33
        assertEquals(0, new BigDecimal("55").compareTo(county.getDimensions().get(0).getPoints()));
        assertEquals(0, new BigDecimal("13.33").compareTo(county.getDimensions().get(1).getPoints()));
        assertEquals(0, new BigDecimal("68.33").compareTo(county.getTotal()));
        assertEquals("PASS", county.getGrade());
        String explanation = county.getDimensions().get(1).getRules().get(0).getExplanation();
        assertTrue(explanation.contains("K2 任务K2（20 分）：2017-07-01 完成，逾期"), explanation);
        AppraisalResult city = results.stream().filter(r -> r.getSubject().equals("F1")).findFirst().orElseThrow();
        assertEquals(AppraisalResult.NOT_ELIGIBLE, city.getGrade());
    }

    @Test
    void aTargetOfAnUnknownIndicator_failsNamingIt() {
        EvidenceSource source = source(List.of(target("F2", 2017, "NOPE.EVENTS", "1")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> derive(source));
        assertTrue(e.getMessage().contains("F2") && e.getMessage().contains("NOPE.EVENTS"), e.getMessage());
    }
}
