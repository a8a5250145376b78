package io.github.ficsdk.core.appraisal;

import java.util.List;

/**
 * The results of appraising every subject of a dataset, ordered by subject id, with their
 * {@linkplain AppraisalSummary summary}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class AppraisalBatch {
    private final List<AppraisalResult> results;
    private final AppraisalSummary summary;


    /**
     * Creates the batch, copying the results.
     *
     * @param results  the results, not null
     * @param summary  the summary, not null
     */
    public AppraisalBatch(List<AppraisalResult> results, AppraisalSummary summary) {
        results = List.copyOf(results);
        java.util.Objects.requireNonNull(summary, "summary");
        this.results = results;
        this.summary = summary;
    }

    /**
     * Returns the results, by subject id.
     *
     * @return the results, by subject id, never null
     */
    public List<AppraisalResult> getResults() {
        return results;
    }

    /**
     * Returns the grade distribution per scheme and per federation subtree.
     *
     * @return the grade distribution per scheme and per federation subtree, never null
     */
    public AppraisalSummary getSummary() {
        return summary;
    }

    /**
     * Compares every property.
     *
     * @param other  the other object, may be null
     * @return true if it is an equal value
     */
    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof AppraisalBatch o && java.util.Objects.equals(results, o.results) && java.util.Objects.equals(summary, o.summary);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return java.util.Objects.hash(results, summary);
    }

    /**
     * Returns the properties, for debugging.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return "AppraisalBatch[results=" + results + ", summary=" + summary + "]";
    }
}
