package io.github.ficsdk.report.internal;

import io.github.ficsdk.core.activity.Activity;
import io.github.ficsdk.core.io.DatasetFile;
import io.github.ficsdk.core.io.ProblemCollector;
import io.github.ficsdk.core.io.bytes.StrictLineReader;

/**
 * The strict reader of {@code fic-core} for the lines the scanner leaves to it, with the warning
 * of a target repeated within an activity ({@code DUPLICATE_TARGET}), worded the same whichever
 * path read the line.
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
        problems = new ProblemCollector(maxProblems);
        parser = StrictLineReader.of(DatasetFile.ACTIVITIES, problems);
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
