package io.github.ficsdk.core.io.bytes;

import io.github.ficsdk.core.activity.Activity;
import io.github.ficsdk.core.activity.TargetType;
import io.github.ficsdk.core.io.DatasetFile;
import io.github.ficsdk.core.io.DatasetProblem;
import io.github.ficsdk.core.io.internal.Codecs;
import io.github.ficsdk.core.io.internal.LineParser;
import io.github.ficsdk.core.io.internal.RecordRepeats;
import io.github.ficsdk.core.io.internal.BeanValidationErrors;
import io.github.ficsdk.validation.FicValidator;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The strict reader of one line of a dataset file, such as a line of {@code activities.jsonl}, for
 * a fast reader to fall back to on the lines it is not certain of: exactly the reader of
 * {@link io.github.ficsdk.core.io.JsonLinesReader}, reporting each problem (file, line, record id,
 * path, code) to a consumer. For activities it also warns of a target repeated within the
 * activity ({@code DUPLICATE_TARGET}), as the dataset's readers do.
 *
 * <pre>{@code
 * List<DatasetProblem> problems = new ArrayList<>();
 * StrictLineReader<Activity> reader = StrictLineReader.of(DatasetFile.ACTIVITIES, problems::add);
 * Activity a = reader.parse(line, 0, line.length, 1, true);  // null when the line is rejected
 * }</pre>
 *
 * <p>Not thread-safe: one per thread.
 *
 * @param <T>  the record type
 * @since 0.1
 */
public final class StrictLineReader<T> {

    private final String fileName;
    private final boolean activities;
    private final Consumer<? super DatasetProblem> problems;
    private final LineParser<T> parser;
    private final DatasetFile<T> file;
    private final FicValidator validator;

    private StrictLineReader(DatasetFile<T> file, Consumer<? super DatasetProblem> problems, FicValidator validator) {
        this.file = file;
        this.validator = validator;
        this.fileName = file.getFileName();
        this.activities = file.getType() == Activity.class;
        this.problems = problems;
        this.parser = new LineParser<>(Codecs.of(file.getSchema()), file.hasId(), fileName, problems);
    }

    /**
     * Returns a reader of the lines of a file.
     *
     * @param <T>       the record type
     * @param file      the file, such as {@link DatasetFile#ACTIVITIES}, not null
     * @param problems  receives the problems, not null
     * @return the reader, never null
     */
    public static <T> StrictLineReader<T> of(DatasetFile<T> file, Consumer<? super DatasetProblem> problems) {
        return new StrictLineReader<>(Objects.requireNonNull(file, "file"), Objects.requireNonNull(problems, "problems"),
                null);
    }

    /**
     * Returns a reader of the lines of a file that also runs Bean Validation on each record and
     * rejects the records with an error, as {@code Dataset.validate()} does (see
     * {@link io.github.ficsdk.core.io.Dataset#withValidationOnRead(boolean)}): the errors go to the
     * consumer worded as there, warnings are left to {@code validate()}.
     *
     * @param <T>        the record type
     * @param file       the file, such as {@link DatasetFile#ACTIVITIES}, not null
     * @param problems   receives the problems, not null
     * @param validator  the validator, or null for none (then as {@link #of(DatasetFile, Consumer)})
     * @return the reader, never null
     */
    public static <T> StrictLineReader<T> validating(DatasetFile<T> file, Consumer<? super DatasetProblem> problems,
            FicValidator validator) {
        return new StrictLineReader<>(Objects.requireNonNull(file, "file"), Objects.requireNonNull(problems, "problems"),
                validator);
    }

    /**
     * Parses one line (without its line feed), reporting its problems.
     *
     * @param b           the bytes, not null
     * @param from        the first byte of the line
     * @param to          one past its last byte
     * @param lineNumber  the line's number, 1-based, used in the problems
     * @param firstLine   whether this is the first line of the file (a UTF-8 byte order mark is skipped)
     * @return the record, or null when the line is blank or rejected (a problem was reported)
     */
    public T parse(byte[] b, int from, int to, long lineNumber, boolean firstLine) {
        T record = parser.parse(b, from, to - from, lineNumber, firstLine);
        if (record == null) {
            return null;
        }
        if (validator != null && BeanValidationErrors.reject(validator, file, fileName, lineNumber, record, problems)) {
            return null; // a record rejected counts nothing: no repeat within it to warn of
        }
        if (activities) {
            RecordRepeats.duplicateTargets((Activity) record, fileName, lineNumber, problems);
        }
        return record;
    }

    /**
     * Reports a line longer than the limit, which the caller skipped ({@code LINE_TOO_LONG}).
     *
     * @param lineNumber  the line's number, 1-based
     * @param length      the line's length in bytes
     */
    public void lineTooLong(long lineNumber, long length) {
        parser.tooLong(lineNumber, length);
    }

    /**
     * Returns the problem of a record whose id was already used on an earlier line of its file
     * ({@code DUPLICATE_ID}; the first occurrence counts), worded as every reader words it.
     *
     * @param file       the file name, such as {@code activities.jsonl}, not null
     * @param line       the line of the repeat
     * @param id         the id, not null
     * @param firstLine  the line of the first occurrence
     * @return the problem, never null
     */
    public static DatasetProblem duplicateId(String file, long line, String id, long firstLine) {
        return RecordRepeats.duplicateId(file, line, id, firstLine);
    }

    /**
     * Returns the warning of a target repeated within an activity ({@code DUPLICATE_TARGET}; the
     * pair counts once), worded as {@link #parse} words it.
     *
     * @param file     the file name, not null
     * @param line     the line
     * @param id       the activity id, not null
     * @param index    the index of the repeat in {@code targets}
     * @param earlier  the index of the first target of the same type and id
     * @param type     the type of the target, not null
     * @return the warning, never null
     */
    public static DatasetProblem duplicateTarget(String file, long line, String id, int index, int earlier,
            TargetType type) {
        return RecordRepeats.duplicateTarget(file, line, id, index, earlier, type.name());
    }

    /**
     * Reports every target of an activity that repeats an earlier target of the same activity, as
     * {@link #duplicateTarget} warnings.
     *
     * @param activity  the activity, not null
     * @param file      the file name, not null
     * @param line      the line
     * @param problems  receives the warnings, not null
     * @return the number of repeats
     */
    public static int duplicateTargets(Activity activity, String file, long line,
            Consumer<? super DatasetProblem> problems) {
        return RecordRepeats.duplicateTargets(activity, file, line, problems);
    }
}
