package io.github.ficsdk.report.internal;

import io.github.ficsdk.core.activity.Activity;
import io.github.ficsdk.core.io.DatasetFile;
import io.github.ficsdk.core.io.ProblemCollector;
import io.github.ficsdk.core.io.bytes.StrictLineReader;
import io.github.ficsdk.validation.FicValidator;

/**
 * The strict reader of {@code fic-core} for the lines the scanner leaves to it, with the warning
 * of a target repeated within an activity ({@code DUPLICATE_TARGET}), worded the same whichever
 * path read the line, and (given a validator) the errors of Bean Validation, which the scanner
 * leaves to this reader: it reads a line only when its ids are ids and its region a known division code.
 */
public final class StrictActivityLines implements ActivityFileScan.SlowPath {

    private final ProblemCollector problems;
    private final StrictLineReader<Activity> parser;

    /**
     * Creates the reader of one range.
     *
     * @param maxProblems  the number of problems listed (all are counted)
     */
    public StrictActivityLines(int maxProblems) {
        this(maxProblems, null);
    }

    /**
     * Creates the reader of one range that also rejects, as {@code Dataset.validate()} does, the
     * activities with an error of Bean Validation (an id, organizer or target id that is not an id,
     * a region that is not a known division code).
     *
     * @param maxProblems  the number of problems listed (all are counted)
     * @param validator    the validator, or null for none
     */
    public StrictActivityLines(int maxProblems, FicValidator validator) {
        problems = new ProblemCollector(maxProblems);
        parser = StrictLineReader.validating(DatasetFile.ACTIVITIES, problems, validator);
    }

    @Override
    public Activity parse(byte[] b, int from, int to, long lineNumber, boolean firstLine) {
        return parser.parse(b, from, to, lineNumber, firstLine);
    }

    @Override
    public void repeatedTargets(long lineNumber, ScannedActivity a) {
        String id = new String(a.buf, a.idOff, a.idLen, java.nio.charset.StandardCharsets.UTF_8);
        for (int r = 0; r < a.repeatCount; r++) {
            int earlier = a.repeatEarlier[r];
            int held = 0;
            while (a.targetIndex[held] != earlier) {
                held++;
            }
            problems.accept(StrictLineReader.duplicateTarget(DatasetFile.ACTIVITIES.getFileName(), lineNumber, id,
                    a.repeatIndex[r], earlier, a.targetTypeOf(held)));
        }
    }

    @Override
    public void lineTooLong(long lineNumber, long length) {
        parser.lineTooLong(lineNumber, length);
    }

    @Override
    public ProblemCollector problems() {
        return problems;
    }
}
