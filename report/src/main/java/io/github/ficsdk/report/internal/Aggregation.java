package io.github.ficsdk.report.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The mergeable partial result of a plan over some set of activities: one sum per row and
 * indicator, one exact set of target ids per row and distinct indicator, and (on request) the
 * ids of the activities behind each value. {@link #merge(Aggregation)} is associative and
 * commutative, so any split of the input, in any order, on any number of threads, gives the same
 * result. Not thread-safe: one per thread, merged at the end.
 */
public final class Aggregation {

    private final Plan plan;
    private final long[] sums;
    private final java.math.BigDecimal[] customSums;
    private final ByteKeyTable[] sets;
    private final List<List<String>> sources;
    private final long[] rowMask;
    /** The rows marked in {@link #rowMask}, listed by {@link #markedRows()}. */
    private final int[] rowList;
    private long activitiesRead;
    private long activitiesCounted;

    /**
     * Creates an empty aggregation.
     *
     * @param plan         the compiled query
     * @param trackSources whether to keep the ids of the activities behind each value
     */
    public Aggregation(Plan plan, boolean trackSources) {
        this.plan = plan;
        int cells = plan.rows * plan.indicators.length;
        this.sums = new long[cells];
        this.customSums = plan.hasCustom() ? new java.math.BigDecimal[cells] : null;
        if (customSums != null) {
            java.util.Arrays.fill(customSums, java.math.BigDecimal.ZERO);
        }
        this.sets = new ByteKeyTable[cells];
        for (int row = 0; row < plan.rows; row++) {
            for (int i = 0; i < plan.indicators.length; i++) {
                if (plan.distinct[i]) {
                    sets[row * plan.indicators.length + i] = new ByteKeyTable(64);
                }
            }
        }
        if (trackSources) {
            sources = new ArrayList<>(cells);
            for (int c = 0; c < cells; c++) {
                sources.add(new ArrayList<>());
            }
        } else {
            sources = null;
        }
        this.rowMask = new long[plan.words];
        this.rowList = new int[plan.words * 64];
    }

    /**
     * Adds one valid activity.
     *
     * @param a     the activity
     * @param full  the same activity as a value, required when the plan has custom indicators
     */
    public void add(ScannedActivity a, io.github.ficsdk.core.activity.Activity full) {
        activitiesRead++;
        if (!plan.inPeriod(a.start)) {
            return;
        }
        byte[] b = a.buf;
        int kind = plan.kinds.find(b, a.kindOff, a.kindLen, ByteKeyTable.hash(b, a.kindOff, a.kindLen));
        int[] applicable = kind >= 0 ? plan.indicatorsByKind[kind] : plan.indicatorsOfOtherKinds;
        if (applicable.length == 0) {
            return;
        }
        Arrays.fill(rowMask, 0L);
        boolean any = false;
        for (int o = 0; o < a.organizerCount; o++) {
            any |= addRows(b, a.organizerOff[o], a.organizerLen[o]);
        }
        if (!any) {
            return;
        }
        if (plan.monthly) {
            setRow(plan.monthRow(a.start));
        }
        if (plan.kindRows != null) {
            int k = plan.kindRows.find(b, a.kindOff, a.kindLen, ByteKeyTable.hash(b, a.kindOff, a.kindLen));
            if (k >= 0) {
                setRow(1 + k);
            }
        }
        activitiesCounted++;
        int width = plan.indicators.length;
        int rows = markedRows();
        if (customSums == null && sources == null) {
            addSums(a, applicable, rows, width);
            return;
        }
        for (int i : applicable) {
            Plan.Indicator indicator = plan.indicators[i];
            long value = switch (indicator.measure()) {
                case EVENTS -> a.sessions;
                case PARTICIPANTS -> a.participants;
                case AMOUNT -> a.amountFen;
                case COPIES -> a.copies;
                case TARGETS -> countTargets(a, indicator.targetType());
                case DISTINCT -> countTargets(a, indicator.targetType());
                case CUSTOM -> custom(i, full);
                default -> 0L;
            };
            for (int r = 0; r < rows; r++) {
                int cell = rowList[r] * width + i;
                if (plan.distinct[i]) {
                    addTargets(sets[cell], a, indicator.targetType());
                } else if (indicator.measure() == Plan.Measure.CUSTOM) {
                    customSums[cell] = customSums[cell].add(customValue);
                } else {
                    sums[cell] = sum(sums[cell], value, cell);
                }
                if (sources != null && value > 0) {
                    sources.get(cell).add(new String(b, a.idOff, a.idLen, java.nio.charset.StandardCharsets.UTF_8));
                }
            }
        }
    }

    /**
     * The common case of {@link #add}: no custom indicator and no sources kept; the same sums, in
     * a method small enough for the compiler to make quick work of (a short run pays for it).
     */
    private void addSums(ScannedActivity a, int[] applicable, int rows, int width) {
        for (int i : applicable) {
            Plan.Indicator indicator = plan.indicators[i];
            if (plan.distinct[i]) {
                for (int r = 0; r < rows; r++) {
                    addTargets(sets[rowList[r] * width + i], a, indicator.targetType());
                }
                continue;
            }
            long value = switch (indicator.measure()) {
                case EVENTS -> a.sessions;
                case PARTICIPANTS -> a.participants;
                case AMOUNT -> a.amountFen;
                case COPIES -> a.copies;
                case TARGETS -> countTargets(a, indicator.targetType());
                default -> 0L;
            };
            for (int r = 0; r < rows; r++) {
                int cell = rowList[r] * width + i;
                sums[cell] = sum(sums[cell], value, cell);
            }
        }
    }

    /** Adds to a sum, refusing a sum beyond {@code long}: a figure is right or refused, never wrapped. */
    private long sum(long a, long b, int cell) {
        long r = a + b;
        if (((a ^ r) & (b ^ r)) < 0) {
            throw new Overflow(plan, cell / plan.indicators.length, cell % plan.indicators.length);
        }
        return r;
    }

    /**
     * Thrown when a sum goes beyond {@code long}; names the plan, the row and the indicator, which
     * the engine turns into the public exception with the indicator code and the row key.
     */
    public static final class Overflow extends ArithmeticException {

        private static final long serialVersionUID = 1L;

        /** The plan. */
        public final transient Plan plan;
        /** The row. */
        public final int row;
        /** The indicator's index in the plan. */
        public final int indicator;

        Overflow(Plan plan, int row, int indicator) {
            super("long overflow in row " + row + ", indicator " + indicator);
            this.plan = plan;
            this.row = row;
            this.indicator = indicator;
        }
    }

    private boolean addRows(byte[] b, int off, int len) {
        int org = plan.organizations.find(b, off, len, ByteKeyTable.hash(b, off, len));
        boolean any = false;
        if (org >= 0) {
            for (int w = 0; w < plan.words; w++) {
                long bits = plan.masks[org * plan.words + w];
                rowMask[w] |= bits;
                any |= bits != 0;
            }
        }
        return any;
    }

    /** Lists the rows marked in {@link #rowMask} in {@link #rowList}, in increasing order; returns how many. */
    private int markedRows() {
        int n = 0;
        for (int w = 0; w < rowMask.length; w++) {
            long bits = rowMask[w];
            while (bits != 0) {
                rowList[n++] = (w << 6) + Long.numberOfTrailingZeros(bits);
                bits &= bits - 1;
            }
        }
        return n;
    }

    private void setRow(int row) {
        rowMask[row >>> 6] |= 1L << row;
    }

    private java.math.BigDecimal customValue = java.math.BigDecimal.ZERO;

    /** Evaluates a custom indicator; returns 1 when it contributes, keeping the amount aside. */
    private long custom(int i, io.github.ficsdk.core.activity.Activity full) {
        io.github.ficsdk.report.CustomIndicator custom = plan.indicators[i].custom();
        java.math.BigDecimal value;
        try {
            value = custom.selects(full) ? custom.measure(full) : java.math.BigDecimal.ZERO;
        } catch (RuntimeException | StackOverflowError | LinkageError | AssertionError e) {
            throw new IllegalStateException(io.github.ficsdk.validation.SafeText.forDisplay("custom indicator "
                    + custom.getCode() + " (" + custom.getClass().getName() + ") failed on activity " + full.getId()
                    + ": " + e), e);
        }
        if (value == null || value.signum() < 0) {
            throw new IllegalStateException(io.github.ficsdk.validation.SafeText.forDisplay("custom indicator "
                    + custom.getCode() + " (" + custom.getClass().getName() + ") returned " + value + " for activity "
                    + full.getId() + ": a measure must be 0 or more"));
        }
        customValue = value;
        return value.signum();
    }

    /**
     * Adds one valid proposal.
     *
     * @param id           the proposal id
     * @param submitter    the submitting organisation id
     * @param submittedOn  the submission day, yyyymmdd
     * @param group        whether it is a group proposal
     * @param key          whether it was recognised as a key proposal
     * @param excellent    whether it was recognised as excellent
     * @param plenary      whether it was chosen for a plenary speech
     */
    public void addProposal(String id, String submitter, int submittedOn, boolean group, boolean key,
            boolean excellent, boolean plenary) {
        if (!plan.inPeriod(submittedOn)) {
            return;
        }
        Arrays.fill(rowMask, 0L);
        byte[] b = submitter.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (!addRows(b, 0, b.length)) {
            return;
        }
        if (plan.monthly) {
            setRow(plan.monthRow(submittedOn));
        }
        int width = plan.indicators.length;
        int rows = markedRows();
        for (int i = 0; i < width; i++) {
            long value = switch (plan.indicators[i].measure()) {
                case PROPOSALS -> 1;
                case GROUP_PROPOSALS -> group ? 1 : 0;
                case KEY_PROPOSALS -> key ? 1 : 0;
                case EXCELLENT_PROPOSALS -> excellent ? 1 : 0;
                case PLENARY_SPEECHES -> plenary ? 1 : 0;
                default -> 0;
            };
            if (value == 0) {
                continue;
            }
            for (int r = 0; r < rows; r++) {
                int cell = rowList[r] * width + i;
                sums[cell] = sum(sums[cell], value, cell);
                if (sources != null) {
                    sources.get(cell).add(id);
                }
            }
        }
    }

    private static long countTargets(ScannedActivity a, int type) {
        long n = 0;
        for (int t = 0; t < a.targetCount; t++) {
            if (a.targetType[t] == type) {
                n++;
            }
        }
        return n;
    }

    private static void addTargets(ByteKeyTable set, ScannedActivity a, int type) {
        for (int t = 0; t < a.targetCount; t++) {
            if (a.targetType[t] == type) {
                int off = a.targetOff[t];
                int len = a.targetLen[t];
                set.addIfAbsent(a.buf, off, len, a.targetHash[t]);
            }
        }
    }

    /**
     * Merges another partial result of the same plan into this one.
     *
     * @param other  the other partial result
     * @return this
     */
    public Aggregation merge(Aggregation other) {
        if (other.plan != plan && (other.plan.rows != plan.rows
                || !java.util.Arrays.equals(other.plan.indicators, plan.indicators)
                || other.plan.from != plan.from || other.plan.to != plan.to)) {
            throw new IllegalArgumentException("cannot merge aggregations of different plans");
        }
        for (int c = 0; c < sums.length; c++) {
            sums[c] = sum(sums[c], other.sums[c], c);
            if (customSums != null) {
                customSums[c] = customSums[c].add(other.customSums[c]);
            }
            if (sets[c] != null) {
                sets[c].addAll(other.sets[c]);
            }
            if (sources != null && other.sources != null) {
                sources.get(c).addAll(other.sources.get(c));
            }
        }
        activitiesRead += other.activitiesRead;
        activitiesCounted += other.activitiesCounted;
        return this;
    }

    /**
     * Returns the exact sum of a custom indicator.
     *
     * @param row        the row
     * @param indicator  the indicator's index in the plan
     * @return the sum
     */
    public java.math.BigDecimal customValue(int row, int indicator) {
        return customSums[row * plan.indicators.length + indicator];
    }

    /**
     * Returns a value: the sum, or the number of distinct ids for a distinct indicator.
     *
     * @param row        the row
     * @param indicator  the indicator's index in the plan
     * @return the value (fen for AMOUNT)
     */
    public long value(int row, int indicator) {
        int cell = row * plan.indicators.length + indicator;
        return plan.distinct[indicator] ? sets[cell].size() : sums[cell];
    }

    /**
     * Returns the ids of the activities behind a value, sorted, without repeats.
     *
     * @param row        the row
     * @param indicator  the indicator's index in the plan
     * @return the ids, or an empty list when sources were not tracked
     */
    public List<String> sources(int row, int indicator) {
        if (sources == null) {
            return List.of();
        }
        return sources.get(row * plan.indicators.length + indicator).stream().distinct().sorted().toList();
    }

    /**
     * Returns the number of valid activities seen, in the period or not.
     *
     * @return the count
     */
    public long activitiesRead() {
        return activitiesRead;
    }

    /**
     * Returns the number of activities in the period and the scope that fed at least one indicator.
     *
     * @return the count
     */
    public long activitiesCounted() {
        return activitiesCounted;
    }

    /**
     * Returns the plan.
     *
     * @return the plan
     */
    public Plan plan() {
        return plan;
    }
}
