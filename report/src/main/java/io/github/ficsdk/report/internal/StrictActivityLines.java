package io.github.ficsdk.report.internal;

import io.github.ficsdk.core.activity.Activity;
import io.github.ficsdk.core.io.DatasetFile;
import io.github.ficsdk.core.io.DatasetProblem;
import io.github.ficsdk.core.io.internal.Codecs;
import io.github.ficsdk.core.io.internal.LineParser;
import io.github.ficsdk.core.io.internal.RecordRepeats;
import java.util.ArrayList;
import java.util.List;

/**
 * The strict reader of {@code fic-core} for the lines the scanner leaves to it, with the warning
 * of a target repeated within the activity ({@code DUPLICATE_TARGET}), which the scanner leaves
 * to it too.
 */
public final class StrictActivityLines implements ActivityFileScan.SlowPath {

    private final List<DatasetProblem> problems = new ArrayList<>();
    private final LineParser<Activity> parser =
            new LineParser<>(Codecs.ACTIVITY, true, DatasetFile.ACTIVITIES.getFileName(), problems::add);

    @Override
    public Activity parse(byte[] b, int from, int to, long lineNumber, boolean firstLine) {
        Activity activity = parser.parse(b, from, to - from, lineNumber, firstLine);
        if (activity != null) {
            RecordRepeats.duplicateTargets(activity, DatasetFile.ACTIVITIES.getFileName(), lineNumber, problems::add);
        }
        return activity;
    }

    @Override
    public void lineTooLong(long lineNumber, long length) {
        parser.tooLong(lineNumber, length);
    }

    @Override
    public List<DatasetProblem> problems() {
        return problems;
    }
}
