package io.github.ficsdk.report;

import io.github.ficsdk.core.io.ProblemCollector;
import io.github.ficsdk.report.internal.ActivityLines;
import io.github.ficsdk.validation.FicValidator;
import java.util.Objects;

/**
 * Reads the lines of a byte range of {@code activities.jsonl} into an accumulator, exactly as a
 * reading thread of {@link ReportEngine#run(ReportQuery, io.github.ficsdk.core.io.Dataset)} does:
 * the engine's allocation-free scanner when it is certain of a line, else the strict reader of
 * {@code fic-core} (with Bean Validation when a validator is given), the same problems either way
 * (with the line numbers given, such as numbers within the range). For readers that spread a file
 * over other machines ({@code fic-spark}); repeats of ids across ranges are the caller's to find,
 * with {@link #idHash()}.
 *
 * <pre>{@code
 * ActivityLineReader lines = ActivityLineReader.of(accumulator, 1000, FicValidator.chinese());
 * if (lines.read(bytes, from, to, lineNumber, lineNumber == 1 && rangeStart == 0)) {
 *     lines.count();
 * }
 * lines.problems();   // in line order
 * }</pre>
 *
 * <p>Not thread-safe: one per range.
 *
 * @since 0.1
 */
public final class ActivityLineReader {

    private final ActivityLines lines;
    private final ReportAccumulator accumulator;

    private ActivityLineReader(ReportAccumulator accumulator, int maxProblems, FicValidator validator) {
        this.accumulator = accumulator;
        this.lines = new ActivityLines(accumulator.aggregations, maxProblems, validator);
    }

    /**
     * Returns a reader into an accumulator.
     *
     * @param accumulator  the accumulator, not null
     * @param maxProblems  the number of problems listed (all are counted), at least 0
     * @param validator    the validator of Bean Validation, or null for none
     * @return the reader, never null
     */
    public static ActivityLineReader of(ReportAccumulator accumulator, int maxProblems, FicValidator validator) {
        return new ActivityLineReader(Objects.requireNonNull(accumulator, "accumulator"), maxProblems, validator);
    }

    /**
     * Reads one line (without its line feed), reporting its problems.
     *
     * @param b           the bytes, not null
     * @param from        the first byte of the line
     * @param to          one past its last byte
     * @param lineNumber  the line's number, used in the problems
     * @param firstLine   whether this is the first line of the file (a UTF-8 byte order mark is skipped)
     * @return true when the line is a valid activity, which {@link #count()} then adds
     */
    public boolean read(byte[] b, int from, int to, long lineNumber, boolean firstLine) {
        return lines.read(b, from, to, lineNumber, firstLine);
    }

    /**
     * Returns a 64-bit hash of the id of the activity last read, to find ids used more than once.
     *
     * @return the hash
     */
    public long idHash() {
        return lines.idHash();
    }

    /**
     * Adds the activity last read to the accumulator.
     *
     * @throws FigureOutOfRangeException if a sum goes beyond exact counting, naming the indicator and row
     */
    public void count() {
        try {
            lines.count();
        } catch (io.github.ficsdk.report.internal.Aggregation.Overflow e) {
            throw accumulator.setup.outOfRange(e);
        }
    }

    /**
     * Reports a line longer than the limit, which the caller skipped.
     *
     * @param lineNumber  the line's number
     * @param length      its length in bytes
     */
    public void lineTooLong(long lineNumber, long length) {
        lines.lineTooLong(lineNumber, length);
    }

    /**
     * Returns the problems of the lines read, in line order.
     *
     * @return the collector, never null
     */
    public ProblemCollector problems() {
        return lines.problems();
    }
}
