package io.github.ficsdk.report.internal;

import io.github.ficsdk.core.io.ProblemCollector;
import io.github.ficsdk.validation.FicValidator;
import java.util.List;

/**
 * Reads lines of {@code activities.jsonl} one at a time into partial results, as a range of
 * {@link ActivityFileScan} does: the allocation-free scanner when it is certain, else the strict
 * reader (with its problems, and the {@code DUPLICATE_TARGET} warnings of a line either path
 * read). For readers of ranges outside this package (such as Spark tasks). Not thread-safe.
 */
public final class ActivityLines {

    private final List<Aggregation> aggregations;
    private final StrictActivityLines slow;
    private final ActivityFileScan.LineDecoder decoder;

    /**
     * Creates the reader of one range.
     *
     * @param aggregations  the partial results to add to, one per plan
     * @param maxProblems   the number of problems listed (all are counted)
     * @param validator     the validator of Bean Validation, or null
     */
    public ActivityLines(List<Aggregation> aggregations, int maxProblems, FicValidator validator) {
        this.aggregations = aggregations;
        this.slow = new StrictActivityLines(maxProblems, validator);
        List<Plan> plans = new java.util.ArrayList<>();
        for (Aggregation a : aggregations) {
            plans.add(a.plan());
        }
        this.decoder = new ActivityFileScan.LineDecoder(plans, slow);
    }

    /**
     * Reads a line (without its line feed), reporting its problems.
     *
     * @param b           the bytes
     * @param from        the first byte
     * @param to          one past the last byte
     * @param lineNumber  the line's number, 1-based
     * @param firstLine   whether it is the first line of the file (a byte order mark is skipped)
     * @return whether the line is a valid activity (then {@link #idHash()} and {@link #count()} apply to it)
     */
    public boolean read(byte[] b, int from, int to, long lineNumber, boolean firstLine) {
        if (!decoder.decode(b, from, to, lineNumber, firstLine)) {
            return false;
        }
        ScannedActivity a = decoder.activity;
        if (decoder.full == null && a.repeatCount > 0) {
            slow.repeatedTargets(lineNumber, a);
        }
        return true;
    }

    /**
     * Returns a 64-bit hash of the id of the activity last read (FNV-1a over its UTF-8 bytes, mixed).
     *
     * @return the hash
     */
    public long idHash() {
        ScannedActivity a = decoder.activity;
        long h = 0xcbf29ce484222325L;
        for (int i = a.idOff, end = a.idOff + a.idLen; i < end; i++) {
            h = (h ^ (a.buf[i] & 0xff)) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }

    /** Adds the activity last read to the partial results. */
    public void count() {
        for (Aggregation aggregation : aggregations) {
            aggregation.add(decoder.activity, decoder.full);
        }
    }

    /**
     * Reports a line longer than the limit, skipped.
     *
     * @param lineNumber  the line's number
     * @param length      its length in bytes
     */
    public void lineTooLong(long lineNumber, long length) {
        slow.lineTooLong(lineNumber, length);
    }

    /**
     * Returns the problems reported so far.
     *
     * @return the collector
     */
    public ProblemCollector problems() {
        return slow.problems();
    }
}
