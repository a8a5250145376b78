package io.github.ficsdk.tabular;

import io.github.ficsdk.core.io.DatasetProblem;
import io.github.ficsdk.core.io.ProblemMessages;
import io.github.ficsdk.validation.FicProblem;
import io.github.ficsdk.validation.SafeText;
import io.github.ficsdk.validation.Severity;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

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
 * @since 0.1
 */
@Value.Immutable
public abstract class LedgerProblem implements FicProblem {

    LedgerProblem() {}

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
     * @return the problem, never null
     * @throws NullPointerException if {@code file}, {@code path}, {@code severity}, {@code code} or {@code message} is null
     */
    public static LedgerProblem of(String file, String sheet, long row, String column, String header, String id,
            String path, Severity severity, String code, String message) {
        Objects.requireNonNull(file, "file");
        DatasetProblem located = DatasetProblem.of(sheet == null ? file : file + "#" + sheet, row, id, path, severity,
                code, message);
        return ImmutableLedgerProblem.of(located, SafeText.forDisplay(file),
                Optional.ofNullable(SafeText.forDisplay(sheet)), Optional.ofNullable(SafeText.forDisplay(column)),
                Optional.ofNullable(SafeText.forDisplay(header)));
    }

    /**
     * Returns whether the problem rejects the row (or, at row 0, means the sheet or file was not read).
     *
     * @return true for {@link Severity#ERROR}
     */
    public boolean isError() {
        return toDatasetProblem().isError();
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
        return p == toDatasetProblem() ? this
                : ImmutableLedgerProblem.of(p, getFile(), getSheet(), getColumn(), getHeader());
    }

    /**
     * Returns the problem as a {@link DatasetProblem} of the file (its line is the row), for code
     * that handles dataset problems.
     *
     * @return the problem, never null
     */
    @Value.Parameter
    public abstract DatasetProblem toDatasetProblem();

    /**
     * Returns the stable problem code.
     *
     * @return the code, never null
     */
    @Override
    public String getProblemCode() {
        return toDatasetProblem().getProblemCode();
    }

    /**
     * Returns the property path, such as {@code targets[0].id}; empty for the whole row.
     *
     * @return the path, never null
     */
    @Override
    public String getProblemPath() {
        return toDatasetProblem().getProblemPath();
    }

    /**
     * Returns the severity: {@code ERROR} rejects the row, {@code WARNING} keeps it.
     *
     * @return the severity, never null
     */
    @Override
    public Severity getSeverity() {
        return toDatasetProblem().getSeverity();
    }

    /**
     * Returns the message, safe to print.
     *
     * @return the message, never null
     */
    @Override
    public String getMessage() {
        return toDatasetProblem().getMessage();
    }

    /**
     * Returns the problem in one line, such as {@code 台账.xlsx 活动!D17 开始日期 A17 start ERROR INVALID_DATE …}.
     *
     * @return a description, never null
     */
    @Override
    public String toString() {
        long row = getRow();
        String path = getProblemPath();
        return getFile() + getSheet().map(sheet -> " " + sheet + "!").orElse("") + getColumn().orElse("")
                + (row > 0 ? row : "") + getHeader().map(header -> " " + header).orElse("") + getId().map(id -> " " + id).orElse("")
                + (path.isEmpty() ? "" : " " + path) + " " + getSeverity() + " " + getProblemCode() + " " + getMessage();
    }

    /**
     * Returns the file name, such as {@code 台账.xlsx} or {@code activities.csv}.
     *
     * @return the file name, such as {@code 台账.xlsx} or {@code activities.csv}, never null
     */
    @Value.Parameter
    public abstract String getFile();

    /**
     * Returns the sheet, such as {@code 活动}.
     *
     * @return the sheet, such as {@code 活动}; empty for a CSV file or a problem of the whole file; never null
     */
    @Value.Parameter
    public abstract Optional<String> getSheet();

    /**
     * Returns the row as Excel numbers it (from 1.
     *
     * @return the row as Excel numbers it (from 1; a CSV file's line), or 0 for a whole sheet or file
     */
    public long getRow() {
        return toDatasetProblem().getLine();
    }

    /**
     * Returns the column letter, such as {@code D}.
     *
     * @return the column letter, such as {@code D}; empty when the problem is not one cell's; never null
     */
    @Value.Parameter
    public abstract Optional<String> getColumn();

    /**
     * Returns the column's header as written in the sheet.
     *
     * @return the column's header as written in the sheet, empty when absent; never null
     */
    @Value.Parameter
    public abstract Optional<String> getHeader();

    /**
     * Returns the record's id when it could be read (masked), otherwise null.
     *
     * @return the record's id (masked); empty when it could not be read; never null
     */
    public Optional<String> getId() {
        return toDatasetProblem().getId();
    }
}
