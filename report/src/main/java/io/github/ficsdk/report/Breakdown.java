package io.github.ficsdk.report;

/**
 * How a report splits its scope into rows, besides the scope's own total row.
 *
 * @since 0.1
 */
public enum Breakdown {
    /** Only the scope's total row. */
    NONE,
    /**
     * One row per direct child federation of the scope (over that child's subtree), plus the
     * scope's total row, which is not the sum of its children when activities are co-organized,
     * distinct targets repeat across children, or the scope itself organized something.
     */
    CHILD,
    /** One row per calendar month of the period (by {@code start}), plus the total row. */
    MONTH,
    /**
     * One row per activity kind (the standard kinds, then the team kinds the query's indicators
     * name), plus the total row; most useful with {@code ALL.…} indicators. Proposal indicators
     * only have a total.
     */
    KIND
}
