package io.github.ficsdk.core.appraisal;

import java.util.List;
import org.immutables.value.Value;

/**
 * The results of appraising every subject of a dataset, ordered by subject id, with their
 * {@linkplain AppraisalSummary summary}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class AppraisalBatch {

    AppraisalBatch() {}

    /**
     * Returns the batch, copying the results.
     *
     * @param results  the results, not null
     * @param summary  the summary, not null
     * @return the batch, never null
     */
    public static AppraisalBatch of(List<AppraisalResult> results, AppraisalSummary summary) {
        return ImmutableAppraisalBatch.builder().results(results).summary(summary).build();
    }

    /**
     * Returns the results, by subject id.
     *
     * @return the results, by subject id, never null
     */
    public abstract List<AppraisalResult> getResults();

    /**
     * Returns the grade distribution per scheme and per federation subtree.
     *
     * @return the grade distribution per scheme and per federation subtree, never null
     */
    public abstract AppraisalSummary getSummary();
}
