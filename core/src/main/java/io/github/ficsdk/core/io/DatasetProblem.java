package io.github.ficsdk.core.io;

import io.github.ficsdk.validation.FicProblem;
import io.github.ficsdk.validation.Problem;
import io.github.ficsdk.validation.SafeText;
import io.github.ficsdk.validation.Severity;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One problem found in a dataset, tied to its file and line, such as
 * {@code activities.jsonl:17 A17 targets[0].id UNKNOWN_REFERENCE "…"}; printed by the
 * {@code validate} command as
 * {@code {"file": "activities.jsonl", "line": 17, "id": "A17", "path": "targets[0].id", "severity": "WARNING", "code": "…", "message": "…"}}.
 *
 * <p>The codes are listed in the {@linkplain io.github.ficsdk.core.io package overview}.
 *
 * <p>A problem is safe to print: its {@code file}, {@code id}, {@code path} and {@code message} go
 * through {@link SafeText#forDisplay(String)} when it is created, so an ID-card or mobile number
 * quoted from the data (an id, a reference, a property name, a rejected value, a token in a JSON
 * syntax error) keeps only its ends ({@code 110105********002X}, {@code 138****5678}) and a control
 * character shows as an escape. The {@code id} is therefore the record's id as it may be shown, not
 * necessarily the id itself: to find the record, use the file and line.
 *
 * <p>A dataset problem is a {@link FicProblem}: {@link #getProblemCode()}, {@link #getProblemPath()}
 * (empty for the whole line or file), {@link #getSeverity()} and {@link #getMessage()} return its
 * components. As JSON (the {@code validate}
 * output, a report's {@code problems}) it is written by {@link ProblemJson}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class DatasetProblem implements FicProblem {

    /**
     * The codes of the problems that concern a whole file or the folder rather than a line:
     * {@code ENCODING}, {@code LINE_ENDINGS}, {@code FILE_CHANGED}, {@code UNREADABLE_FILE}, {@code NO_DATASET_FILES},
     * {@code FOLDER_NOT_FOUND} (see {@link #isFileError()}).
     */
    public static final Set<String> FILE_ERROR_CODES = Set.of(TextEncoding.PROBLEM_CODE, TextEncoding.LINE_ENDINGS_CODE, "FILE_CHANGED",
            "UNREADABLE_FILE", "NO_DATASET_FILES", "FOLDER_NOT_FOUND");

    DatasetProblem() {}

    /**
     * Returns a problem; {@code file}, {@code id}, {@code path} and {@code message} are made safe
     * to print with {@link SafeText#forDisplay(String)}.
     *
     * @param file      the file name, not null
     * @param line      the 1-based line number, or 0 for the whole file
     * @param id        the record id, or null when unknown
     * @param path      the property path, not null
     * @param severity  the severity, not null
     * @param code      the problem code, not null
     * @param message   the message, not null
     * @return the problem, never null
     * @throws NullPointerException if an argument but {@code id} is null
     */
    public static DatasetProblem of(String file, long line, String id, String path, Severity severity, String code,
            String message) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        return ImmutableDatasetProblem.builder().file(SafeText.forDisplay(file)).line(line)
                .id(Optional.ofNullable(SafeText.forDisplay(id))).problemPath(SafeText.forDisplay(path))
                .severity(severity).problemCode(code).message(SafeText.forDisplay(message)).build();
    }

    /**
     * Returns this warning as waived by a waiver of {@code waivers.jsonl} (see {@link Waiver}).
     *
     * @param waiver  the waiver, not null
     * @return a copy of this problem with the waiver, never null
     * @throws IllegalArgumentException if this problem is an error: an error cannot be waived
     */
    public abstract DatasetProblem withWaiver(Waiver waiver);

    @Value.Check
    void check() {
        if (isError() && getWaiver().isPresent()) {
            throw new IllegalArgumentException("an error cannot be waived - but was: " + getProblemCode());
        }
    }

    /**
     * Returns the waiver that accepted this warning, when one of {@code waivers.jsonl} names it
     * (see {@link Dataset#validate()}); its reason and approver are then printed with the problem.
     *
     * @return the waiver, empty when the problem is not waived (always for an error)
     */
    public abstract Optional<Waiver> getWaiver();

    /**
     * Returns a dataset problem from a Bean Validation problem of a record.
     *
     * @param file     the file name, not null
     * @param line     the line number
     * @param id       the record id, or null
     * @param problem  the problem, not null
     * @return the dataset problem, never null
     */
    public static DatasetProblem of(String file, long line, String id, Problem problem) {
        return of(file, line, id, problem.getProblemPath(), problem.getSeverity(), problem.getProblemCode(), problem.getMessage());
    }

    /**
     * Returns whether the problem rejects the record ({@link Severity#ERROR}) or only warns
     * ({@link Severity#WARNING}); only a warning can be {@linkplain #getWaiver() waived}.
     *
     * @return the severity, never null
     */
    @Override
    public abstract Severity getSeverity();

    /**
     * Returns whether the problem rejects the record.
     *
     * @return true for {@link Severity#ERROR}
     */
    public boolean isError() {
        return getSeverity() == Severity.ERROR;
    }

    /**
     * Returns whether this is an error of a whole file or of the folder, such as a file that is not
     * UTF-8 ({@code ENCODING}) or changed while it was read ({@code FILE_CHANGED}): an error with
     * line 0 and one of the {@link #FILE_ERROR_CODES}. Such an error means that records of the file
     * were not read (or not read as they are now), so figures computed from the dataset are not
     * right; a line's problem only leaves that line out.
     *
     * @return true for an error of a whole file or of the folder
     */
    public boolean isFileError() {
        return isError() && getLine() == 0 && FILE_ERROR_CODES.contains(getProblemCode());
    }

    @Override
    public String toString() {
        String path = getProblemPath();
        return getFile() + ":" + getLine() + getId().map(id -> " " + id).orElse("") + (path.isEmpty() ? "" : " " + path) + " "
                + getSeverity() + " " + getProblemCode() + " " + getMessage()
                + getWaiver().map(waiver -> " (waived: " + waiver + ")").orElse("");
    }

    /**
     * Returns the file name, such as {@code activities.jsonl}.
     *
     * @return the file name, such as {@code activities.jsonl}, never null
     */
    public abstract String getFile();

    /**
     * Returns the 1-based line number, or 0 for a problem of the whole file.
     *
     * @return the 1-based line number, or 0 for a problem of the whole file
     */
    public abstract long getLine();

    /**
     * Returns the id of the record when it could be read (masked), otherwise null.
     *
     * @return the id of the record when it could be read (masked), empty when absent; never null
     */
    public abstract Optional<String> getId();
}
