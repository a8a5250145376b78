package io.github.ficsdk.report.appraisal;

import io.github.ficsdk.core.activity.Activity;
import io.github.ficsdk.core.appraisal.EvidenceSource;
import io.github.ficsdk.core.appraisal.EvidenceTable;
import io.github.ficsdk.core.org.AnnualTarget;
import io.github.ficsdk.core.org.AnnualTask;
import io.github.ficsdk.core.org.Federation;
import io.github.ficsdk.core.period.ReportingPeriod;
import io.github.ficsdk.core.project.InvestmentProject;
import io.github.ficsdk.core.proposal.Proposal;
import io.github.ficsdk.core.ticket.Ticket;
import io.github.ficsdk.report.IndicatorCatalog;
import io.github.ficsdk.report.IndicatorCode;
import io.github.ficsdk.report.Report;
import io.github.ficsdk.report.ReportAccumulator;
import io.github.ficsdk.report.ReportEngine;
import io.github.ficsdk.report.ReportQuery;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The annual-assessment family of appraisal evidence (任务分解, 年度考核), derived from
 * {@code targets.jsonl}, {@code tasks.jsonl} and the report engine, for every federation of an
 * {@link EvidenceSource} and the year of the period:
 * <ul>
 * <li>{@code targets.count}: the federation's annual targets of the year (one per indicator; two
 *     lines of the same indicator add up, as the report's target comparison does);</li>
 * <li>{@code targets.completion}: the sum over them of the completion, the indicator's value over
 *     the federation's subtree in the period (the report engine's figure) divided by the target,
 *     capped at 1 and rounded down to 4 decimals (a target of 0 is met);</li>
 * <li>{@code targets.detail}: a text naming each target, its figure and its completion;</li>
 * <li>{@code tasks.weight}, {@code tasks.onTime}: the weights of the federation's tasks of the
 *     year, all and those completed on time ({@link AnnualTask#isCompletedOnTime()});</li>
 * <li>{@code tasks.detail}: a text naming each task, its weight and whether it was done on time.</li>
 * </ul>
 * A target whose indicator code is not a valid one fails the provider, naming the federation, the
 * year and the code. Listed in fic-report's {@code META-INF/services} file.
 *
 * <pre>{@code
 * EvidenceTable.Builder sink = EvidenceTable.builder(ReportingPeriod.parse("2017"));
 * new AnnualAssessmentEvidenceProvider().derive(source, ReportingPeriod.parse("2017"), Set.of("*"), sink);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class AnnualAssessmentEvidenceProvider extends EvidenceFamily {

    /** Creates the provider, of id {@code annual-assessment}; {@link java.util.ServiceLoader} calls this. */
    public AnnualAssessmentEvidenceProvider() {
        super("annual-assessment", Set.of("targets.count", "targets.completion", "targets.detail",
                "tasks.weight", "tasks.onTime", "tasks.detail"));
    }

    /** Derives all the family's keys for every federation. */
    @Override
    void deriveWanted(EvidenceSource source, ReportingPeriod period, Set<String> keys, EvidenceTable.Builder sink) {
        int year = period.getStart().getYear();
        Map<String, Map<String, BigDecimal>> targets = new LinkedHashMap<>();
        try (Stream<AnnualTarget> all = source.targets()) {
            all.filter(t -> t.getYear() == year).forEach(t -> targets.computeIfAbsent(t.getOrganization(),
                    o -> new TreeMap<>()).merge(t.getIndicator(), t.getValue(), BigDecimal::add));
        }
        Map<String, List<AnnualTask>> tasks = new LinkedHashMap<>();
        try (Stream<AnnualTask> all = source.tasks()) {
            all.filter(t -> t.getYear() == year).forEach(t -> tasks.computeIfAbsent(t.getOwner(),
                    o -> new ArrayList<>()).add(t));
        }
        Map<String, Report> reports = figures(source, period, targets);
        for (Federation f : source.getFederations()) {
            String s = f.getId();
            sink.row(s);
            Map<String, BigDecimal> mine = targets.getOrDefault(s, Map.of());
            BigDecimal completion = BigDecimal.ZERO;
            List<String> lines = new ArrayList<>();
            for (Map.Entry<String, BigDecimal> t : mine.entrySet()) {
                BigDecimal actual = reports.get(s).total(t.getKey()).orElseThrow().getValue();
                BigDecimal target = t.getValue();
                BigDecimal ratio = target.signum() == 0 ? BigDecimal.ONE
                        : actual.divide(target, 4, RoundingMode.DOWN).min(BigDecimal.ONE);
                completion = completion.add(ratio);
                lines.add(IndicatorCatalog.standard().info(t.getKey()).getName() + " " + t.getKey() + "：完成 "
                        + plain(actual) + " / 目标 " + plain(target) + " = "
                        + plain(ratio.movePointRight(2)) + "%"
                        + (target.signum() > 0 && actual.compareTo(target) > 0 ? "（超额，按 100% 计）" : ""));
            }
            sink.put(s, "targets.count", BigDecimal.valueOf(mine.size()), List.of());
            sink.put(s, "targets.completion", completion.stripTrailingZeros().scale() <= 0
                    ? completion.setScale(0, RoundingMode.UNNECESSARY) : completion.stripTrailingZeros(), List.of());
            sink.put(s, "targets.detail", lines.isEmpty() ? "无 " + year + " 年度目标" : String.join("；", lines),
                    List.of());
            List<AnnualTask> own = new ArrayList<>(tasks.getOrDefault(s, List.of()));
            own.sort(Comparator.comparing(AnnualTask::getId));
            BigDecimal weight = BigDecimal.ZERO;
            BigDecimal onTime = BigDecimal.ZERO;
            List<String> taskLines = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            for (AnnualTask t : own) {
                weight = weight.add(t.getWeight());
                ids.add(t.getId());
                String state;
                if (t.isCompletedOnTime()) {
                    onTime = onTime.add(t.getWeight());
                    state = t.getCompletedOn().get() + " 完成，按期";
                } else if (t.getCompletedOn().isPresent()) {
                    state = t.getCompletedOn().get() + " 完成，逾期（截止 " + t.deadline() + "）";
                } else {
                    state = "未完成（截止 " + t.deadline() + "）";
                }
                taskLines.add(t.getId() + " " + t.getTitle() + "（" + plain(t.getWeight()) + " 分）：" + state);
            }
            sink.put(s, "tasks.weight", weight, ids);
            sink.put(s, "tasks.onTime", onTime, ids);
            sink.put(s, "tasks.detail", taskLines.isEmpty() ? "无 " + year + " 年度任务" : String.join("；", taskLines),
                    ids);
        }
    }

    /** The report of each federation with targets, over its subtree, in one pass over the records. */
    private static Map<String, Report> figures(EvidenceSource source, ReportingPeriod period,
            Map<String, Map<String, BigDecimal>> targets) {
        ReportEngine engine = ReportEngine.standard();
        ReportEngine.Organizations organizations = ReportEngine.Organizations.of(source.getFederations(),
                source.getChambers(), source.getPartyOrganizations(), List.of());
        Map<String, ReportAccumulator> accumulators = new LinkedHashMap<>();
        boolean tickets = false;
        boolean projects = false;
        for (Federation f : source.getFederations()) {
            Map<String, BigDecimal> mine = targets.get(f.getId());
            if (mine == null || mine.isEmpty()) {
                continue;
            }
            for (String code : mine.keySet()) {
                IndicatorCode parsed;
                try {
                    parsed = IndicatorCode.parse(code);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("the " + period.getStart().getYear() + " target of " + f.getId()
                            + " names indicator " + code + ", which is not an indicator code: " + e.getMessage(), e);
                }
                tickets |= parsed.isTicket();
                projects |= parsed.isProject();
            }
            accumulators.put(f.getId(), engine.accumulator(ReportQuery.builder().period(period).scope(f.getId())
                    .indicators(List.copyOf(mine.keySet())).threads(1).build(), organizations));
        }
        if (!accumulators.isEmpty()) {
            try (Stream<Activity> all = source.activities()) {
                all.forEach(a -> accumulators.values().forEach(acc -> acc.add(a)));
            }
            try (Stream<Proposal> all = source.proposals()) {
                all.forEach(p -> accumulators.values().forEach(acc -> acc.add(p)));
            }
            if (tickets) {
                try (Stream<Ticket> all = source.tickets()) {
                    all.forEach(t -> accumulators.values().forEach(acc -> acc.add(t)));
                }
            }
            if (projects) {
                try (Stream<InvestmentProject> all = source.projects()) {
                    all.forEach(p -> accumulators.values().forEach(acc -> acc.add(p)));
                }
            }
        }
        Map<String, Report> reports = new LinkedHashMap<>();
        accumulators.forEach((id, acc) -> reports.put(id, engine.finish(acc)));
        return reports;
    }

    private static String plain(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        return (v.scale() < 0 ? v.setScale(0) : v).toPlainString();
    }
}
