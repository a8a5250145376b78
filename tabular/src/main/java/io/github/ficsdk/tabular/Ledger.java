package io.github.ficsdk.tabular;

import io.github.ficsdk.core.schema.RecordSchema;
import io.github.ficsdk.tabular.internal.CsvSource;
import io.github.ficsdk.tabular.internal.SheetReader;
import io.github.ficsdk.tabular.internal.XlsxSource;
import io.github.ficsdk.validation.Severity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A spreadsheet ledger (台账): an XLSX workbook with one sheet per record type (工商联, 商会, …,
 * 活动, found by name; the file stems such as {@code activities} too), or a folder of CSV files
 * named like the dataset files ({@code activities.csv}) or the sheets ({@code 活动.csv}). Its rows
 * are read into the same records as a dataset folder's, through the
 * {@linkplain io.github.ficsdk.core.schema.RecordSchemas record schemas}: columns found by their
 * headers, never by position.
 *
 * <pre>{@code
 * Ledger ledger = Ledger.of(Path.of("海宁台账.xlsx"));
 * ledger.read(row -> {
 *     if (row.getRecord() instanceof Activity a) {
 *         System.out.println(row.getSheet().orElse("") + "!" + row.getRow() + " " + a.getId());
 *     }
 * }, problem -> System.err.println(problem));
 * LedgerContent all = ledger.readAll();            // small ledgers: every record in memory
 * List<Activity> activities = all.records(RecordSchemas.ACTIVITY);
 * }</pre>
 *
 * <p>A workbook is streamed (POI's event API: memory flat in the number of rows); a bad row never
 * stops the read: it becomes problems naming the file, sheet, row, column and header (see
 * {@link LedgerProblem}), and the other rows are read. Cross-record checks (repeated ids, unknown
 * references) and Bean Validation belong to {@link LedgerImport}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Ledger {

    private final Path path;

    private Ledger(Path path) {
        this.path = path;
    }

    /**
     * Returns the ledger in a workbook file ({@code .xlsx}) or a folder of CSV files.
     *
     * @param path  the workbook or the folder, not null; checked when read
     * @return the ledger, never null
     */
    public static Ledger of(Path path) {
        return new Ledger(Objects.requireNonNull(path, "path"));
    }

    /**
     * Returns the workbook or folder.
     *
     * @return the path, never null
     */
    public Path getPath() {
        return path;
    }

    /**
     * Returns whether this ledger is a folder of CSV files rather than a workbook.
     *
     * @return true for a folder
     */
    public boolean isCsvFolder() {
        return Files.isDirectory(path);
    }

    /**
     * Reads every sheet, handing each record to {@code rows} as soon as its row is read and each
     * problem to {@code problems}. A file that does not exist, is not a workbook
     * ({@code NOT_A_WORKBOOK}), is protected by a password ({@code WORKBOOK_ENCRYPTED}) or has no
     * sheet of a ledger ({@code NO_LEDGER_SHEETS}) is one problem of row 0.
     *
     * @param rows      receives the records in sheet and row order, not null
     * @param problems  receives the problems, not null
     * @throws UncheckedIOException if the file cannot be read
     */
    public void read(Consumer<? super LedgerRow<?>> rows, Consumer<? super LedgerProblem> problems) {
        read(rows, problems, sheet -> { });
    }

    void read(Consumer<? super LedgerRow<?>> rows, Consumer<? super LedgerProblem> problems,
            Consumer<SheetReader<?>> sheets) {
        Objects.requireNonNull(rows, "rows");
        Objects.requireNonNull(problems, "problems");
        if (!Files.exists(path)) {
            problems.accept(LedgerProblem.of(String.valueOf(path.getFileName()), null, 0, null, null, null, "",
                    Severity.ERROR, "NOT_A_WORKBOOK", "the ledger " + path + " does not exist; give an .xlsx workbook"
                            + " or a folder of CSV files"));
            return;
        }
        try {
            if (Files.isDirectory(path)) {
                CsvSource.read(path, rows, problems, sheets);
            } else {
                XlsxSource.read(path, rows, problems, sheets);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the ledger " + path + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads every record into memory, for small ledgers and tests.
     *
     * @return the records by type and the problems, never null
     * @throws UncheckedIOException if the file cannot be read
     */
    public LedgerContent readAll() {
        Map<RecordSchema<?>, List<Object>> records = new LinkedHashMap<>();
        List<LedgerProblem> problems = new ArrayList<>();
        read(row -> records.computeIfAbsent(row.getSchema(), s -> new ArrayList<>()).add(row.getRecord()), problems::add);
        Map<RecordSchema<?>, List<Object>> frozen = new LinkedHashMap<>();
        records.forEach((k, v) -> frozen.put(k, Collections.unmodifiableList(v)));
        return new LedgerContent(frozen, problems);
    }

    /**
     * Returns a description, such as {@code Ledger[台账.xlsx]}.
     *
     * @return a description, never null
     */
    @Override
    public String toString() {
        return "Ledger[" + path + "]";
    }
}
