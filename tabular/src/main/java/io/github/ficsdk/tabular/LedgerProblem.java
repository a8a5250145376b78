package io.github.ficsdk.tabular;

import io.github.ficsdk.core.io.DatasetProblem;
import io.github.ficsdk.core.io.ProblemMessages;
import io.github.ficsdk.validation.FicProblem;
import io.github.ficsdk.validation.SafeText;
import io.github.ficsdk.validation.Severity;
import java.util.Locale;
import java.util.Objects;

/**
 * One problem found in a spreadsheet ledger, tied to its file, sheet, row (as Excel numbers it),
 * column letter and header, besides the record id, property path, code and message of a
 * {@link DatasetProblem}, such as
 * {@code {"file": "台账.xlsx", "sheet": "活动", "row": 17, "column": "D", "header": "开始日期",
 * "id": "A17", "path": "start", "code": "INVALID_DATE", "message": "…"}}.
 *
 * <p>The codes and messages are those of the JSON readers ({@code INVALID_DATE},
 * {@code UNKNOWN_CODE}, {@code REQUIRED} …) plus the ledger's own (see the
 * {@linkplain io.github.ficsdk.tabular package overview}). Like a {@link DatasetProblem}, a ledger
 * problem is safe to print: its texts go through {@link SafeText#forDisplay(String)} when it is
 * created (ID-card and mobile numbers masked, control characters escaped).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param file      the file name, such as {@code 台账.xlsx} or {@code activities.csv}, not null
 * @param sheet     the sheet, such as {@code 活动}; null for a CSV file or a problem of the whole file
 * @param row       the row as Excel numbers it (from 1; a CSV file's line), or 0 for a whole sheet or file
 * @param column    the column letter, such as {@code D}, or null when the problem is not one cell's
 * @param header    the column's header as written in the sheet, or null
 * @param id        the record's id when it could be read (masked), otherwise null
 * @param path      the property path, such as {@code targets[0].id}; empty for the whole row, not null
 * @param severity  {@code ERROR} rejects the row, {@code WARNING} keeps it, not null
 * @param code      the stable problem code, not null
 * @param message   the message, not null
 * @since 0.1
 */
public record LedgerProblem(String file, String sheet, long row, String column, String header, String id, String path,
        Severity severity, String code, String message) implements FicProblem {

    /**
     * Creates a problem; its texts are made safe to print with {@link SafeText#forDisplay(String)}.
     *
     * @param file      the file name, not null
     * @param sheet     the sheet, or null
     * @param row       the row, or 0
     * @param column    the column letter, or null
     * @param header    the header, or null
     * @param id        the record id, or null
     * @param path      the property path, not null
     * @param severity  the severity, not null
     * @param code      the problem code, not null
     * @param message   the message, not null
     * @throws NullPointerException if {@code file}, {@code path}, {@code severity}, {@code code} or {@code message} is null
     */
    public LedgerProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        file = SafeText.forDisplay(file);
        sheet = SafeText.forDisplay(sheet);
        column = SafeText.forDisplay(column);
        header = SafeText.forDisplay(header);
        id = SafeText.forDisplay(id);
        path = SafeText.forDisplay(path);
        message = SafeText.forDisplay(message);
    }

    /**
     * Returns whether the problem rejects the row (or, at row 0, means the sheet or file was not read).
     *
     * @return true for {@link Severity#ERROR}
     */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * Returns the problem with its message for readers of a language, as
     * {@link ProblemMessages#localize(DatasetProblem, Locale)} does it: for Chinese, an English
     * detail gets the Chinese description of its code in front.
     *
     * @param locale  the language, not null
     * @return the problem, never null
     */
    public LedgerProblem localize(Locale locale) {
        DatasetProblem p = ProblemMessages.localize(toDatasetProblem(), locale);
        return p.getMessage().equals(message) ? this
                : new LedgerProblem(file, sheet, row, column, header, id, path, severity, code, p.getMessage());
    }

    /**
     * Returns the problem as a {@link DatasetProblem} of the file (its line is the row), for code
     * that handles dataset problems.
     *
     * @return the problem, never null
     */
    public DatasetProblem toDatasetProblem() {
        return new DatasetProblem(sheet == null ? file : file + "#" + sheet, row, id, path, severity, code, message);
    }

    /**
     * Returns the {@link #code() code}.
     *
     * @return the code, never null
     */
    @Override
    public String getProblemCode() {
        return code;
    }

    /**
     * Returns the {@link #path() path}.
     *
     * @return the path, never null
     */
    @Override
    public String getProblemPath() {
        return path;
    }

    /**
     * Returns the {@link #severity() severity}.
     *
     * @return the severity, never null
     */
    @Override
    public Severity getSeverity() {
        return severity;
    }

    /**
     * Returns the {@link #message() message}, safe to print.
     *
     * @return the message, never null
     */
    @Override
    public String getMessage() {
        return message;
    }

    /**
     * Returns the problem in one line, such as {@code 台账.xlsx 活动!D17 开始日期 A17 start ERROR INVALID_DATE …}.
     *
     * @return a description, never null
     */
    @Override
    public String toString() {
        return file + (sheet == null ? "" : " " + sheet + "!") + (column == null ? "" : column) + (row > 0 ? row : "")
                + (header == null ? "" : " " + header) + (id == null ? "" : " " + id)
                + (path.isEmpty() ? "" : " " + path) + " " + severity + " " + code + " " + message;
    }
}
