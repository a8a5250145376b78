package io.github.ficsdk.report.internal;

import io.github.ficsdk.report.CustomIndicator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A compiled query: the period as yyyymmdd bounds, the rows and which organisations count in
 * each, and the indicators grouped by activity kind. Immutable once built; shared by all threads.
 */
public final class Plan {

    /** What an indicator adds up. */
    public enum Measure { EVENTS, PARTICIPANTS, AMOUNT, COPIES, TARGETS, DISTINCT, CUSTOM,
        PROPOSALS, GROUP_PROPOSALS, KEY_PROPOSALS, EXCELLENT_PROPOSALS, PLENARY_SPEECHES,
        /** Chamber structure, counted from the organisations (never from activities or proposals). */
        CHAMBERS, CHAMBERS_FORMED, CHAMBERS_WITH_PARTY,
        TICKETS_RAISED, TICKETS_RESOLVED, TICKETS_OPEN, RESOLUTION_DAYS,
        PROJECTS_SIGNED, INVESTMENT, PROJECTS_STARTED, FUNDS;

        /**
         * Tells whether this is a chamber structure measure.
         *
         * @return true for the chamber measures
         */
        public boolean isStructure() {
            return this == CHAMBERS || this == CHAMBERS_FORMED || this == CHAMBERS_WITH_PARTY;
        }

        /** Tells whether values are fen (yuan with 2 decimals). */
        public boolean isFen() {
            return this == AMOUNT || this == INVESTMENT || this == FUNDS;
        }
    }

    /**
     * One activity indicator.
     *
     * @param kind        the kind code, or null for every kind ({@code ALL}) and for proposals
     * @param measure     the measure
     * @param targetType  the target type index for TARGETS and DISTINCT, else -1
     * @param custom      the team's indicator for CUSTOM, else null
     */
    public record Indicator(String kind, Measure measure, int targetType, CustomIndicator custom) {
        /**
         * Creates a standard activity indicator.
         *
         * @param kind        the kind code, or null for every kind
         * @param measure     the measure
         * @param targetType  the target type index, or -1
         */
        public Indicator(String kind, Measure measure, int targetType) {
            this(kind, measure, targetType, null);
        }

        /** Tells whether this indicator counts records other than activities (proposals, tickets, projects). */
        boolean isProposal() {
            return measure.ordinal() >= Measure.PROPOSALS.ordinal();
        }
    }

    final int from;
    final int to;
    final boolean monthly;
    final ByteKeyTable kindRows;
    final int rows;
    final int words;
    final ByteKeyTable organizations = new ByteKeyTable(256);
    long[] masks = new long[0];
    final Indicator[] indicators;
    final ByteKeyTable kinds = new ByteKeyTable(32);
    final int[][] indicatorsByKind;
    final int[] indicatorsOfOtherKinds;
    final boolean[] distinct;

    /**
     * Compiles a plan.
     *
     * @param from        the first day of the period, yyyymmdd
     * @param to          the last day of the period, yyyymmdd
     * @param rowMembers  for each row, the ids of the organisations whose activities count in it;
     *                    with {@code monthly}, only the first (total) row has members
     * @param monthly     whether rows 1, 2 … are the months of the period, by start date
     * @param kindRowCodes when not empty, rows 1, 2 … are these activity kinds (a breakdown by kind)
     * @param indicators  the indicators
     */
    public Plan(int from, int to, List<? extends Iterable<String>> rowMembers, boolean monthly,
            List<String> kindRowCodes, List<Indicator> indicators) {
        this.from = from;
        this.to = to;
        this.monthly = monthly;
        this.kindRows = kindRowCodes.isEmpty() ? null : new ByteKeyTable(kindRowCodes.size());
        kindRowCodes.forEach(k -> kindRows.addIfAbsent(k));
        this.rows = monthly ? 1 + monthRow(to) : kindRows != null ? 1 + kindRowCodes.size() : rowMembers.size();
        this.words = Math.max(1, (rows + 63) >>> 6);
        for (int row = 0; row < rowMembers.size(); row++) {
            for (String org : rowMembers.get(row)) {
                int index = organizations.addIfAbsent(org);
                if (index < 0) {
                    index = -index - 1;
                    if ((index + 1) * words > masks.length) {
                        masks = Arrays.copyOf(masks, Math.max(16 * words, masks.length * 2)); // masks.length is already in longs
                    }
                }
                masks[index * words + (row >>> 6)] |= 1L << row;
            }
        }
        this.indicators = indicators.toArray(new Indicator[0]);
        this.distinct = new boolean[this.indicators.length];
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < this.indicators.length; i++) {
            Indicator indicator = this.indicators[i];
            distinct[i] = indicator.measure() == Measure.DISTINCT;
            if (indicator.isProposal()) {
                continue;
            }
            if (indicator.kind() == null) {
                all.add(i);
            } else {
                kinds.addIfAbsent(indicator.kind());
            }
        }
        this.indicatorsOfOtherKinds = all.stream().mapToInt(Integer::intValue).toArray();
        this.indicatorsByKind = new int[kinds.size()][];
        for (int k = 0; k < kinds.size(); k++) {
            String code = kinds.key(k);
            List<Integer> list = new ArrayList<>();
            for (int i = 0; i < this.indicators.length; i++) {
                Indicator x = this.indicators[i];
                if (!x.isProposal() && (x.kind() == null || x.kind().equals(code))) {
                    list.add(i);
                }
            }
            indicatorsByKind[k] = list.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /**
     * Returns the number of rows.
     *
     * @return the rows
     */
    public int rows() {
        return rows;
    }

    /**
     * Returns the indicators.
     *
     * @return the indicators, in query order
     */
    public List<Indicator> indicators() {
        return List.of(indicators);
    }

    boolean inPeriod(int date) {
        return date >= from && date <= to;
    }

    /** Returns the last day (yyyymmdd) of a month row: the month's last day, or the period's when earlier. */
    int monthRowEnd(int row) {
        java.time.YearMonth month = java.time.YearMonth.of(from / 10000, from / 100 % 100).plusMonths(row - 1);
        java.time.LocalDate end = month.atEndOfMonth();
        int day = end.getYear() * 10000 + end.getMonthValue() * 100 + end.getDayOfMonth();
        return Math.min(day, to);
    }

    /** Tells whether the plan has an indicator of a measure. */
    boolean has(Measure measure) {
        for (Indicator x : indicators) {
            if (x.measure() == measure) {
                return true;
            }
        }
        return false;
    }

    /** Returns the month row (1-based) of a date in the period. */
    int monthRow(int date) {
        int months = (date / 10000 - from / 10000) * 12 + (date / 100 % 100 - from / 100 % 100);
        return 1 + months;
    }

    boolean hasCustom() {
        for (Indicator x : indicators) {
            if (x.measure() == Measure.CUSTOM) {
                return true;
            }
        }
        return false;
    }
}
