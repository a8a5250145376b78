package io.github.ficsdk.report.internal;

import io.github.ficsdk.core.io.bytes.ByteRules;
import io.github.ficsdk.core.activity.ActivityKind;
import io.github.ficsdk.core.activity.TargetType;
import io.github.ficsdk.core.org.OrganizationTree;
import io.github.ficsdk.core.period.ReportingPeriod;
import io.github.ficsdk.report.Breakdown;
import io.github.ficsdk.report.CustomIndicator;
import io.github.ficsdk.report.IndicatorCatalog;
import io.github.ficsdk.report.IndicatorCode;
import io.github.ficsdk.report.QueryTooLargeException;
import io.github.ficsdk.report.ReportQuery;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a query into plans: the rows (the scope, then its child federations or the months of the
 * period), the organisations that count in each row (by the selection rules), and the indicators.
 */
public final class QueryCompiler {

    private QueryCompiler() {}

    /**
     * The compiled query.
     *
     * @param rowKeys     the row keys: the scope, then child ids or months
     * @param current     the plan of the query's period
     * @param lastYear    the plan of the same period of the previous year, or null
     */
    public record Compiled(List<String> rowKeys, Plan current, Plan lastYear) {
        /**
         * Returns the plans to feed in one pass.
         *
         * @return the plans
         */
        public List<Plan> plans() {
            return lastYear == null ? List.of(current) : List.of(current, lastYear);
        }
    }

    /**
     * Compiles a query.
     *
     * @param query          the query
     * @param tree           the organisation tree
     * @param federationIds  the ids of the federations (children rows are federations only)
     * @param catalog        the catalog, for custom indicators
     * @return the compiled query
     * @throws IllegalArgumentException if an indicator code is neither valid nor a custom indicator
     * @throws QueryTooLargeException if the query has more than {@link ReportQuery#MAX_VALUES} values
     */
    public static Compiled compile(ReportQuery query, OrganizationTree tree, Set<String> federationIds,
            IndicatorCatalog catalog) {
        String scope = query.getScope();
        List<String> rowKeys = new ArrayList<>();
        List<List<String>> members = new ArrayList<>();
        rowKeys.add(scope);
        members.add(subtree(tree, scope));
        if (query.getBreakdown() == Breakdown.CHILD) {
            for (String child : tree.getChildren(scope)) {
                if (federationIds.contains(child)) {
                    rowKeys.add(child);
                    members.add(subtree(tree, child));
                }
            }
        } else if (query.getBreakdown() == Breakdown.KIND) {
            rowKeys.addAll(kindRows(query));
        } else if (query.getBreakdown() == Breakdown.MONTH) {
            YearMonth month = YearMonth.from(query.getPeriod().getStart());
            YearMonth last = YearMonth.from(query.getPeriod().getEnd());
            checkSize(query, 1 + java.time.temporal.ChronoUnit.MONTHS.between(month, last) + 1);
            for (; !month.isAfter(last); month = month.plusMonths(1)) {
                rowKeys.add(month.toString());
            }
        }
        checkSize(query, rowKeys.size());
        List<Plan.Indicator> indicators = new ArrayList<>();
        for (String code : query.getIndicators()) {
            indicators.add(indicator(code, catalog));
        }
        boolean monthly = query.getBreakdown() == Breakdown.MONTH;
        List<String> kinds = query.getBreakdown() == Breakdown.KIND ? rowKeys.subList(1, rowKeys.size()) : List.of();
        Plan current = plan(query.getPeriod(), members, monthly, kinds, indicators);
        Plan lastYear = query.isCompareWithLastYear()
                ? plan(query.getPeriod().sameLastYear(), members, monthly, kinds, indicators) : null;
        return new Compiled(List.copyOf(rowKeys), current, lastYear);
    }

    /** Refuses a query of more than {@link ReportQuery#MAX_VALUES} values, before anything is allocated for its rows. */
    private static void checkSize(ReportQuery query, long rows) {
        int indicators = query.getIndicators().size();
        if (rows * indicators > ReportQuery.MAX_VALUES) {
            throw new QueryTooLargeException(query.getBreakdown(), rows, indicators, ReportQuery.MAX_VALUES);
        }
    }

    private static Plan plan(ReportingPeriod period, List<List<String>> members, boolean monthly, List<String> kinds,
            List<Plan.Indicator> indicators) {
        return new Plan(ByteRules.yyyymmdd(period.getStart()), ByteRules.yyyymmdd(period.getEnd()), members, monthly, kinds, indicators);
    }

    /** The rows of a breakdown by kind: the standard kinds, then the team kinds the indicators name. */
    private static List<String> kindRows(ReportQuery query) {
        List<String> kinds = new ArrayList<>();
        for (ActivityKind kind : ActivityKind.standardKinds()) {
            kinds.add(kind.getCode());
        }
        for (String code : query.getIndicators()) {
            String kind = code.substring(0, Math.max(0, code.indexOf('.')));
            if (kind.startsWith("X_") && !kinds.contains(kind)) {
                kinds.add(kind);
            }
        }
        return kinds;
    }

    static Plan.Indicator indicator(String code, IndicatorCatalog catalog) {
        Optional<CustomIndicator> custom = catalog.custom(code);
        if (custom.isPresent()) {
            return new Plan.Indicator(null, Plan.Measure.CUSTOM, -1, custom.get());
        }
        IndicatorCode parsed;
        try {
            parsed = IndicatorCode.parse(code);
        } catch (IllegalArgumentException e) {
            catalog.info(code); // throws the catalog's message: neither standard-form nor custom, and what is registered
            throw e;
        }
        String kind = parsed.getKind().map(k -> k.getCode()).orElse(null);
        int type = parsed.getTargetType().map(TargetType::ordinal).orElse(-1);
        Plan.Measure measure = switch (parsed.getMeasure()) {
            case EVENTS -> Plan.Measure.EVENTS;
            case PARTICIPANTS -> Plan.Measure.PARTICIPANTS;
            case AMOUNT -> Plan.Measure.AMOUNT;
            case COPIES -> Plan.Measure.COPIES;
            case TARGETS -> Plan.Measure.TARGETS;
            case DISTINCT -> Plan.Measure.DISTINCT;
            case SUBMITTED -> Plan.Measure.PROPOSALS;
            case GROUP -> Plan.Measure.GROUP_PROPOSALS;
            case KEY -> Plan.Measure.KEY_PROPOSALS;
            case EXCELLENT -> Plan.Measure.EXCELLENT_PROPOSALS;
            case PLENARY_SPEECH -> Plan.Measure.PLENARY_SPEECHES;
            case COUNT -> Plan.Measure.CHAMBERS;
            case FORMED -> Plan.Measure.CHAMBERS_FORMED;
            case WITH_PARTY_ORGANIZATION -> Plan.Measure.CHAMBERS_WITH_PARTY;
            case RAISED -> Plan.Measure.TICKETS_RAISED;
            case RESOLVED -> Plan.Measure.TICKETS_RESOLVED;
            case OPEN -> Plan.Measure.TICKETS_OPEN;
            case RESOLUTION_DAYS -> Plan.Measure.RESOLUTION_DAYS;
            case SIGNED -> Plan.Measure.PROJECTS_SIGNED;
            case INVESTMENT -> Plan.Measure.INVESTMENT;
            case STARTED -> Plan.Measure.PROJECTS_STARTED;
            case FUNDS -> Plan.Measure.FUNDS;
        };
        return new Plan.Indicator(kind, measure, type);
    }

    /** The subtree of an organisation: itself and everything below it. */
    static List<String> subtree(OrganizationTree tree, String root) {
        List<String> out = new ArrayList<>();
        Deque<String> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            String id = todo.pop();
            out.add(id);
            List<String> children = tree.getChildren(id);
            for (int i = children.size() - 1; i >= 0; i--) {
                todo.push(children.get(i));
            }
        }
        return out;
    }
}
