package io.github.ficsdk.examples.samples;

import io.github.ficsdk.core.activity.Activity;
import io.github.ficsdk.core.activity.ActivityKind;
import io.github.ficsdk.core.activity.ActivityTarget;
import io.github.ficsdk.core.activity.TargetType;
import io.github.ficsdk.core.money.Yuan;
import io.github.ficsdk.core.org.Chamber;
import io.github.ficsdk.core.org.ChamberKind;
import io.github.ficsdk.core.org.Federation;
import io.github.ficsdk.core.org.FederationLevel;
import io.github.ficsdk.core.period.ReportingPeriod;
import io.github.ficsdk.core.proposal.Proposal;
import io.github.ficsdk.report.Breakdown;
import io.github.ficsdk.report.IndicatorCatalog;
import io.github.ficsdk.report.Narrative;
import io.github.ficsdk.report.Report;
import io.github.ficsdk.report.ReportEngine;
import io.github.ficsdk.report.ReportQuery;
import io.github.ficsdk.report.ReportValue;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;

/**
 * Sample: builds records in code and computes statistics without any file — a city federation,
 * two county federations, a chamber, four activities (one co-organized, one outside the half
 * year) — and prints the figures by child federation.
 *
 * <pre>{@code
 * Report report = ReportEngine.standard().run(query,
 *         ReportEngine.Organizations.of(federations, chambers, List.of(), List.of()), activities, List.of());
 * report.total("VISIT.TARGETS.CHAMBER").orElseThrow().getValue();   // 3: the co-organized visit counts once
 * }</pre>
 *
 * @since 0.1
 */
public final class InMemoryStatistics {

    private InMemoryStatistics() {}

    /**
     * Prints the sample's statistics.
     *
     * @param args  not used
     */
    public static void main(String[] args) {
        run(System.out);
    }

    /**
     * Builds the records, runs the 2017-H1 report of {@code F330400} by child federation and
     * prints every figure and the narrative.
     *
     * @param out  where to print, not null
     * @return the report, never null
     */
    public static Report run(PrintStream out) {
        List<Federation> federations = List.of(
                Federation.builder().id("F330400").name("嘉兴市工商联").level(FederationLevel.CITY).division("330400").build(),
                Federation.builder().id("F330402").name("南湖区工商联").level(FederationLevel.COUNTY).division("330402")
                        .parent("F330400").build(),
                Federation.builder().id("F330481").name("海宁市工商联").level(FederationLevel.COUNTY).division("330481")
                        .parent("F330400").build());
        List<Chamber> chambers = List.of(
                Chamber.builder().id("C-XUCUN").name("海宁市许村镇商会").kind(ChamberKind.TOWNSHIP).federation("F330481")
                        .build());
        List<Activity> activities = List.of(
                Activity.builder().id("A1").kind(ActivityKind.VISIT).start(LocalDate.of(2017, 3, 14))
                        .addOrganizer("F330402").addTarget(ActivityTarget.of(TargetType.CHAMBER, "C-NH-1"))
                        .addTarget(ActivityTarget.of(TargetType.ENTERPRISE, "E1")).copies(20).build(),
                // Co-organized by two counties: counted once in the city's total, once in each county's row.
                Activity.builder().id("A2").kind(ActivityKind.VISIT).start(LocalDate.of(2017, 4, 2))
                        .addOrganizers("F330402", "F330481")
                        .addTarget(ActivityTarget.of(TargetType.CHAMBER, "C-XUCUN"))
                        .addTarget(ActivityTarget.of(TargetType.CHAMBER, "C-NH-1"))
                        .addTarget(ActivityTarget.of(TargetType.ENTERPRISE, "E1")).copies(30).build(),
                // Organized by a chamber: in its federation's subtree.
                Activity.builder().id("A3").kind(ActivityKind.CHARITY).start(LocalDate.of(2017, 6, 30))
                        .addOrganizer("C-XUCUN").participants(120).amountYuan(Yuan.parse("350000.00")).build(),
                // 1 July: not in the first half year.
                Activity.builder().id("A4").kind(ActivityKind.VISIT).start(LocalDate.of(2017, 7, 1))
                        .addOrganizer("F330400").addTarget(ActivityTarget.of(TargetType.CHAMBER, "C-XUCUN")).build());
        List<Proposal> proposals = List.of();
        ReportQuery query = ReportQuery.builder()
                .period(ReportingPeriod.parse("2017-H1"))
                .scope("F330400")
                .breakdown(Breakdown.CHILD)
                .indicators(List.of("VISIT.TARGETS.CHAMBER", "VISIT.DISTINCT.ENTERPRISE", "VISIT.COPIES",
                        "CHARITY.EVENTS", "CHARITY.PARTICIPANTS", "CHARITY.AMOUNT"))
                .build();
        Report report = ReportEngine.standard().run(query,
                ReportEngine.Organizations.of(federations, chambers, List.of(), List.of()), activities, proposals);
        for (ReportValue v : report.getValues()) {
            out.println(v.getScope() + " " + v.getIndicator() + " = " + v.getValue().toPlainString() + " " + v.getUnit()
                    + " (" + v.getName() + ")");
        }
        out.print(Narrative.standard().render(report, IndicatorCatalog.standard()));
        return report;
    }
}
