package io.github.ficsdk.report.internal;

import io.github.ficsdk.core.activity.Activity;
import io.github.ficsdk.core.io.DatasetFile;
import io.github.ficsdk.core.io.ProblemCollector;
import io.github.ficsdk.core.io.internal.Codecs;
import io.github.ficsdk.core.io.internal.LineParser;

/** The strict reader of {@code fic-core} for the lines the scanner leaves to it. */
public final class StrictActivityLines implements ActivityFileScan.SlowPath {

    private final ProblemCollector problems;
    private final LineParser<Activity> parser;

    /**
     * Creates the reader of one range.
     *
     * @param maxProblems  the number of problems listed (all are counted)
     */
    public StrictActivityLines(int maxProblems) {
        problems = new ProblemCollector(maxProblems);
        parser = new LineParser<>(Codecs.ACTIVITY, true, DatasetFile.ACTIVITIES.getFileName(), problems);
    }

    @Override
    public Activity parse(byte[] b, int from, int to, long lineNumber, boolean firstLine) {
        return parser.parse(b, from, to - from, lineNumber, firstLine);
    }

    @Override
    public void lineTooLong(long lineNumber, long length) {
        parser.tooLong(lineNumber, length);
    }

    @Override
    public ProblemCollector problems() {
        return problems;
    }
}
