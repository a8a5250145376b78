package io.github.ficsdk.benchmarks.report;

import io.github.ficsdk.core.io.Dataset;
import io.github.ficsdk.core.period.ReportingPeriod;
import io.github.ficsdk.report.Breakdown;
import io.github.ficsdk.report.Report;
import io.github.ficsdk.report.ReportEngine;
import io.github.ficsdk.report.ReportQuery;
import io.github.ficsdk.report.ReportValue;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/**
 * The standard benchmark report run by the FIC SDK: scope F330400 by child, 2017-H1, EVENTS,
 * PARTICIPANTS and AMOUNT of 12 kinds plus VISIT.TARGETS.CHAMBER, VISIT.DISTINCT.ENTERPRISE and
 * VISIT.COPIES; printed like {@link DuckDbReport}, sorted, for a diff.
 *
 * <pre>java -Xmx256m -cp benchmarks.jar io.github.ficsdk.benchmarks.report.FicReport DIR</pre>
 */
public final class FicReport {

    static final String[] KINDS = {"VISIT", "FORUM", "TRAINING", "PUBLICITY", "CHARITY", "FINANCING_MATCHMAKING",
        "LEGAL_EDUCATION", "LEGAL_CHECKUP", "RIGHTS_PROTECTION", "TRADE_EVENT", "RESEARCH", "MEETING"};

    private FicReport() {}

    /**
     * Runs the report.
     *
     * @param args  the dataset folder
     */
    public static void main(String[] args) {
        List<String> indicators = new ArrayList<>();
        for (String kind : KINDS) {
            indicators.add(kind + ".EVENTS");
            indicators.add(kind + ".PARTICIPANTS");
            indicators.add(kind + ".AMOUNT");
        }
        indicators.add("VISIT.TARGETS.CHAMBER");
        indicators.add("VISIT.DISTINCT.ENTERPRISE");
        indicators.add("VISIT.COPIES");
        ReportQuery query = ReportQuery.builder().period(ReportingPeriod.parse("2017-H1")).scope("F330400")
                .breakdown(Breakdown.CHILD).indicators(indicators).build();
        Report report = ReportEngine.standard().run(query, Dataset.of(Paths.get(args[0])));
        List<String> lines = new ArrayList<>();
        for (ReportValue v : report.getValues()) {
            lines.add(v.getScope() + "\t" + v.getIndicator() + "\t" + v.getValue().toPlainString());
        }
        lines.sort(null);
        StringBuilder out = new StringBuilder();
        lines.forEach(l -> out.append(l).append('\n'));
        System.out.print(out);
        if (!report.getProblems().isEmpty()) {
            System.err.println(report.getProblems().size() + " problems, first: " + report.getProblems().get(0));
        }
    }
}
