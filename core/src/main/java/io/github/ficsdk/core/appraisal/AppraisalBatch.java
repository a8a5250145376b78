package io.github.ficsdk.core.appraisal;

import java.util.List;

/**
 * The results of appraising every subject of a dataset, ordered by subject id, with their
 * {@linkplain AppraisalSummary summary}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param results  the results, by subject id, not null
 * @param summary  the grade distribution per scheme and per federation subtree, not null
 * @since 0.1
 */
public record AppraisalBatch(List<AppraisalResult> results, AppraisalSummary summary) {

    /**
     * Creates the batch, copying the results.
     *
     * @param results  the results, not null
     * @param summary  the summary, not null
     */
    public AppraisalBatch {
        results = List.copyOf(results);
        java.util.Objects.requireNonNull(summary, "summary");
    }
}
