package io.github.ficsdk.report.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

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
    /** Per cell of a median indicator (else null): the number of records of each value. */
    private final List<java.util.TreeMap<Long, Long>> histograms;
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
        if (plan.has(Plan.Measure.RESOLUTION_DAYS)) {
            histograms = new ArrayList<>(cells);
            for (int c = 0; c < cells; c++) {
                histograms.add(plan.indicators[c % plan.indicators.length].measure() == Plan.Measure.RESOLUTION_DAYS
                        ? new java.util.TreeMap<>() : null);
            }
        } else {
            histograms = null;
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
            long value = indicator.measure() == Plan.Measure.CUSTOM ? custom(i, full) : measured(a, indicator);
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
            long value = measured(a, indicator);
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

    /** Marks afresh the rows an organisation (by id) counts in; false when it counts in none. */
    private boolean markRowsOf(String organization) {
        Arrays.fill(rowMask, 0L);
        byte[] b = organization.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return addRows(b, 0, b.length);
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
        if (!markRowsOf(submitter)) {
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

    /**
     * Adds one valid ticket: to TICKET.RAISED when raised in the period, to TICKET.RESOLVED and
     * TICKET.RESOLUTION_DAYS when resolved (status RESOLVED) in the period, to TICKET.OPEN when open
     * at the period's last day (raised by then and not closed by then); month rows by the same
     * rules, each month's OPEN at that month's last day.
     *
     * @param id          the ticket id
     * @param receivedBy  the collecting organisation id
     * @param raisedOn    the day raised, yyyymmdd
     * @param closed      whether the status is RESOLVED or CLOSED_UNRESOLVED
     * @param resolved    whether the status is RESOLVED
     * @param closedOn    the day closed, yyyymmdd; 0 when not closed
     * @param days        the days from raisedOn to closedOn (0 when not closed)
     */
    public void addTicket(String id, String receivedBy, int raisedOn, boolean closed, boolean resolved, int closedOn,
            long days) {
        if (!markRowsOf(receivedBy)) {
            return;
        }
        int width = plan.indicators.length;
        int rows = markedRows();
        boolean raisedIn = plan.inPeriod(raisedOn);
        boolean resolvedIn = resolved && plan.inPeriod(closedOn);
        for (int i = 0; i < width; i++) {
            Plan.Measure m = plan.indicators[i].measure();
            boolean counts = switch (m) {
                case TICKETS_RAISED -> raisedIn;
                case TICKETS_RESOLVED, RESOLUTION_DAYS -> resolvedIn;
                case TICKETS_OPEN -> openAt(raisedOn, closed, closedOn, plan.to);
                default -> false;
            };
            if (counts) {
                for (int r = 0; r < rows; r++) {
                    addRecord(rowList[r] * width + i, m, days, id);
                }
            }
            if (plan.monthly) {
                if (m == Plan.Measure.TICKETS_RAISED && raisedIn) {
                    addRecord(plan.monthRow(raisedOn) * width + i, m, days, id);
                } else if ((m == Plan.Measure.TICKETS_RESOLVED || m == Plan.Measure.RESOLUTION_DAYS) && resolvedIn) {
                    addRecord(plan.monthRow(closedOn) * width + i, m, days, id);
                } else if (m == Plan.Measure.TICKETS_OPEN) {
                    for (int row = 1; row < plan.rows; row++) {
                        if (openAt(raisedOn, closed, closedOn, plan.monthRowEnd(row))) {
                            addRecord(row * width + i, m, days, id);
                        }
                    }
                }
            }
        }
    }

    private static boolean openAt(int raisedOn, boolean closed, int closedOn, int day) {
        return raisedOn <= day && !(closed && closedOn <= day);
    }

    /** Adds a record that counts 1 to a cell, or its days to a median's cell. */
    private void addRecord(int cell, Plan.Measure measure, long days, String id) {
        if (measure == Plan.Measure.RESOLUTION_DAYS) {
            histograms.get(cell).merge(days, 1L, Long::sum);
        } else {
            sums[cell] = sum(sums[cell], 1, cell);
        }
        if (sources != null) {
            sources.get(cell).add(id);
        }
    }

    /**
     * Adds one valid investment project that is not cancelled: to PROJECT.SIGNED, .INVESTMENT and
     * .FUNDS when signed in the period, to PROJECT.STARTED when started in the period; month rows
     * by the same days.
     *
     * @param id             the project id
     * @param organization   the organisation that brought it
     * @param signedOn       the day signed, yyyymmdd
     * @param startedOn      the day started, yyyymmdd; 0 when not started
     * @param investmentFen  the agreed investment in fen
     * @param fundsFen       the funds in place in fen (0 when unknown)
     */
    public void addProject(String id, String organization, int signedOn, int startedOn, long investmentFen,
            long fundsFen) {
        boolean signedIn = plan.inPeriod(signedOn);
        boolean startedIn = startedOn != 0 && plan.inPeriod(startedOn);
        if (!signedIn && !startedIn) {
            return;
        }
        if (!markRowsOf(organization)) {
            return;
        }
        int width = plan.indicators.length;
        int rows = markedRows();
        for (int i = 0; i < width; i++) {
            Plan.Measure m = plan.indicators[i].measure();
            long value = switch (m) {
                case PROJECTS_SIGNED -> signedIn ? 1 : 0;
                case INVESTMENT -> signedIn ? investmentFen : 0;
                case FUNDS -> signedIn ? fundsFen : 0;
                case PROJECTS_STARTED -> startedIn ? 1 : 0;
                default -> 0;
            };
            boolean counts = m == Plan.Measure.PROJECTS_STARTED ? startedIn
                    : signedIn && (m == Plan.Measure.PROJECTS_SIGNED || m == Plan.Measure.INVESTMENT
                            || m == Plan.Measure.FUNDS);
            if (!counts) {
                continue;
            }
            for (int r = 0; r < rows; r++) {
                addValue(rowList[r] * width + i, value, id);
            }
            if (plan.monthly) {
                addValue(plan.monthRow(m == Plan.Measure.PROJECTS_STARTED ? startedOn : signedOn) * width + i, value, id);
            }
        }
    }

    private void addValue(int cell, long value, String id) {
        sums[cell] = sum(sums[cell], value, cell);
        if (sources != null) {
            sources.get(cell).add(id);
        }
    }

    /**
     * Returns the exact median of a median indicator: the middle value of the records, or the mean
     * of the two middle ones (scale 1 when it ends in .5); 0 when there is none.
     *
     * @param row        the row
     * @param indicator  the indicator's index in the plan
     * @return the median, never null
     */
    public java.math.BigDecimal medianValue(int row, int indicator) {
        java.util.TreeMap<Long, Long> h = histograms.get(row * plan.indicators.length + indicator);
        long n = 0;
        for (long c : h.values()) {
            n += c;
        }
        if (n == 0) {
            return java.math.BigDecimal.ZERO;
        }
        long lowRank = (n - 1) / 2;   // 0-based ranks of the middle value(s)
        long highRank = n / 2;
        long seen = 0;
        Long low = null;
        Long high = null;
        for (Map.Entry<Long, Long> e : h.entrySet()) {
            long next = seen + e.getValue();
            if (low == null && lowRank < next) {
                low = e.getKey();
            }
            if (highRank < next) {
                high = e.getKey();
                break;
            }
            seen = next;
        }
        java.math.BigDecimal sum = java.math.BigDecimal.valueOf(low).add(java.math.BigDecimal.valueOf(high));
        java.math.BigDecimal median = sum.divide(java.math.BigDecimal.valueOf(2));
        return median.stripTrailingZeros().scale() <= 0 ? median.setScale(0) : median;
    }

    /**
     * The value an activity adds to an indicator of a built-in measure: its sessions, participants,
     * amount in fen or copies, or its targets of the indicator's type (for {@code DISTINCT}, the
     * value that tells whether it has any); 0 for a custom indicator, whose value is computed apart.
     */
    private static long measured(ScannedActivity a, Plan.Indicator indicator) {
        return switch (indicator.measure()) {
            case EVENTS -> a.sessions;
            case PARTICIPANTS -> a.participants;
            case AMOUNT -> a.amountFen;
            case COPIES -> a.copies;
            case TARGETS, DISTINCT -> countTargets(a, indicator.targetType());
            default -> 0L;
        };
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
            if (histograms != null && histograms.get(c) != null) {
                java.util.TreeMap<Long, Long> mine = histograms.get(c);
                other.histograms.get(c).forEach((k, v) -> mine.merge(k, v, Long::sum));
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

    // The state itself, for AggregationCodec (the encoding of a partial result); package-private.

    long[] sumsState() {
        return sums;
    }

    java.math.BigDecimal[] customSumsState() {
        return customSums;
    }

    ByteKeyTable[] setsState() {
        return sets;
    }

    List<List<String>> sourcesState() {
        return sources;
    }

    boolean isDistinct(int indicator) {
        return plan.distinct[indicator];
    }

    void addCounts(long read, long counted) {
        activitiesRead += read;
        activitiesCounted += counted;
    }
}
