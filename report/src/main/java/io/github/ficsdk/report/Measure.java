package io.github.ficsdk.report;

/**
 * What an indicator adds up over the records it selects, such as {@link #EVENTS} (场/期/次) or
 * {@link #DISTINCT} (家: distinct target ids).
 *
 * <p>Each measure declares its {@linkplain #getAggregation() aggregation} and whether it is
 * {@linkplain #isAdditive() additive}: a distinct count is recomputed from the records at every
 * level of the organisation tree, never summed from children.
 *
 * @since 0.1
 */
public enum Measure {
    /** Sum of {@code sessions} (a record without it counts 1): 场, 期, 次, 起. */
    EVENTS(Aggregation.SUM, false),
    /** Sum of {@code participants}: 人次. */
    PARTICIPANTS(Aggregation.SUM, false),
    /** Exact sum of {@code amountYuan}: 元, rendered in 万元 or 亿元. */
    AMOUNT(Aggregation.SUM, false),
    /** Sum of {@code copies}: 本. */
    COPIES(Aggregation.SUM, false),
    /** Number of (activity, target of the type) pairs, repeats counted: 家次 or 人次. */
    TARGETS(Aggregation.COUNT, true),
    /** Number of distinct target ids of the type: 家 or 人. */
    DISTINCT(Aggregation.DISTINCT_COUNT, true),
    /** Proposals submitted: 件. */
    SUBMITTED(Aggregation.COUNT, false),
    /** Group proposals (type GROUP): 件. */
    GROUP(Aggregation.COUNT, false),
    /** Proposals recognised as key proposals: 件. */
    KEY(Aggregation.COUNT, false),
    /** Proposals recognised as excellent: 件. */
    EXCELLENT(Aggregation.COUNT, false),
    /** Proposals chosen for a plenary speech: 件. */
    PLENARY_SPEECH(Aggregation.COUNT, false),
    /**
     * {@code CHAMBER.COUNT}: chambers of the scope's subtree that exist at the period's last day
     * (status PREPARING, ACTIVE or UNDER_RECTIFICATION, {@code registeredOn} absent or not after
     * that day): 家.
     */
    COUNT(Aggregation.COUNT, false),
    /** {@code CHAMBER.FORMED}: chambers of the scope's subtree whose {@code registeredOn} is in the period: 家. */
    FORMED(Aggregation.COUNT, false),
    /**
     * {@code CHAMBER.WITH_PARTY_ORGANIZATION}: the chambers {@link #COUNT} counts that host at least
     * one party organisation (a party organisation record whose {@code host} is the chamber): 家.
     */
    WITH_PARTY_ORGANIZATION(Aggregation.COUNT, false),
    /** Tickets raised in the period ({@code raisedOn}): 件. */
    RAISED(Aggregation.COUNT, false),
    /** Tickets resolved in the period ({@code resolvedOn}, status RESOLVED): 件. */
    RESOLVED(Aggregation.COUNT, false),
    /** Tickets still open at the period's last day: 件. */
    OPEN(Aggregation.COUNT, false),
    /**
     * The median number of days from {@code raisedOn} to {@code resolvedOn} of the tickets resolved
     * in the period: 天; 0 when none was resolved (then {@code TICKET.RESOLVED} is 0 too).
     */
    RESOLUTION_DAYS(Aggregation.MEDIAN, false),
    /** Projects signed in the period, not cancelled: 个. */
    SIGNED(Aggregation.COUNT, false),
    /** Exact sum of {@code investmentYuan} of the projects signed in the period: 元. */
    INVESTMENT(Aggregation.SUM, false),
    /** Projects started in the period ({@code startedOn}), not cancelled: 个. */
    STARTED(Aggregation.COUNT, false),
    /** Exact sum of {@code fundsInPlaceYuan} of the projects signed in the period: 元. */
    FUNDS(Aggregation.SUM, false);

    /** How a measure combines records. */
    public enum Aggregation {
        /** A count of records or pairs; additive. */
        COUNT,
        /** A sum of a quantity; additive. */
        SUM,
        /** An exact count of distinct keys; not additive. */
        DISTINCT_COUNT,
        /** The exact median of a quantity over records; not additive. */
        MEDIAN
    }

    private final Aggregation aggregation;
    private final boolean needsTargetType;

    Measure(Aggregation aggregation, boolean needsTargetType) {
        this.aggregation = aggregation;
        this.needsTargetType = needsTargetType;
    }

    /**
     * Returns how this measure combines records.
     *
     * @return the aggregation, never null
     */
    public Aggregation getAggregation() {
        return aggregation;
    }

    /**
     * Tells whether values of disjoint record sets add up: false for distinct counts and medians.
     *
     * @return true if additive
     */
    public boolean isAdditive() {
        return aggregation == Aggregation.COUNT || aggregation == Aggregation.SUM;
    }

    /**
     * Tells whether the indicator code names a target type ({@code VISIT.TARGETS.CHAMBER}).
     *
     * @return true for {@link #TARGETS} and {@link #DISTINCT}
     */
    public boolean needsTargetType() {
        return needsTargetType;
    }

    /**
     * Tells whether this is a proposal measure ({@code PROPOSAL.KEY}).
     *
     * @return true for the proposal measures
     */
    public boolean isProposalMeasure() {
        return ordinal() >= SUBMITTED.ordinal() && ordinal() <= PLENARY_SPEECH.ordinal();
    }

    /**
     * Tells whether this is a structure measure of the chambers ({@code CHAMBER.COUNT}), counted
     * from the organisations at the period's end rather than from the activities.
     *
     * @return true for {@link #COUNT}, {@link #FORMED} and {@link #WITH_PARTY_ORGANIZATION}
     * @since 0.2
     */
    public boolean isChamberMeasure() {
        return this == COUNT || this == FORMED || this == WITH_PARTY_ORGANIZATION;
    }

    /**
     * Tells whether this is a ticket measure ({@code TICKET.RAISED}).
     *
     * @return true for RAISED, RESOLVED, OPEN and RESOLUTION_DAYS
     */
    public boolean isTicketMeasure() {
        return ordinal() >= RAISED.ordinal() && ordinal() <= RESOLUTION_DAYS.ordinal();
    }

    /**
     * Tells whether this is an investment-project measure ({@code PROJECT.SIGNED}).
     *
     * @return true for SIGNED, INVESTMENT, STARTED and FUNDS
     */
    public boolean isProjectMeasure() {
        return ordinal() >= SIGNED.ordinal() && ordinal() <= FUNDS.ordinal();
    }

    /**
     * Tells whether this measure counts activities ({@code VISIT.EVENTS}), not proposals, chambers,
     * tickets or projects.
     *
     * @return true for EVENTS, PARTICIPANTS, AMOUNT, COPIES, TARGETS and DISTINCT
     */
    public boolean isActivityMeasure() {
        return ordinal() < SUBMITTED.ordinal();
    }

    /**
     * Returns the KIND part of the codes of this measure when it is not an activity measure:
     * {@code PROPOSAL}, {@code CHAMBER}, {@code TICKET} or {@code PROJECT}.
     *
     * @return the prefix, empty for activity measures
     */
    public java.util.Optional<String> getRecordPrefix() {
        return isProposalMeasure() ? java.util.Optional.of("PROPOSAL") : isChamberMeasure()
                ? java.util.Optional.of("CHAMBER") : isTicketMeasure()
                ? java.util.Optional.of("TICKET") : isProjectMeasure() ? java.util.Optional.of("PROJECT")
                : java.util.Optional.empty();
    }
}
