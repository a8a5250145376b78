package io.github.ficsdk.tabular.internal;

import io.github.ficsdk.core.Extensions;
import io.github.ficsdk.core.InvalidValueException;
import io.github.ficsdk.core.schema.Column;
import io.github.ficsdk.core.schema.Property;
import io.github.ficsdk.core.schema.RecordBuilder;
import io.github.ficsdk.core.schema.RecordSchema;
import io.github.ficsdk.core.schema.ValueKind;
import io.github.ficsdk.tabular.LedgerProblem;
import io.github.ficsdk.tabular.LedgerRow;
import io.github.ficsdk.validation.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads the rows of one sheet (or CSV file) of a record type, whatever the source: finds the
 * header row (the first with at least two known headers), skips the rows above it, blank rows and
 * 合计/小计/总计 rows, maps columns to properties through the record schema, and turns each
 * data row into a record or into problems naming the row, column and header. Internal: not part
 * of the API; not thread-safe.
 *
 * @param <T> the record type
 */
public final class SheetReader<T> {

    private static final Set<String> TOTALS = Set.of("合计", "小计", "总计");

    private final RecordSchema<T> schema;
    private final String file;
    private final String sheet;
    private final Consumer<? super LedgerRow<?>> rows;
    private final Consumer<? super LedgerProblem> problems;
    private final Property<T, String> idProperty;
    private final Property<T, ?> extensionsProperty;

    private boolean anyContent;
    /** The row of the headers (rows are numbered from 1), 0 before it is found. */
    private long headerRow;
    /** Per sheet column: the schema column it fills, or null. */
    private Column<T>[] columns;
    private String[] headers;
    private int idColumn = -1;
    private long read;
    private long rejected;

    /**
     * Creates the reader of one sheet.
     *
     * @param schema    the record type of the sheet
     * @param file      the file name for problems
     * @param sheet     the sheet name, or null for a CSV file
     * @param rows      receives the records
     * @param problems  receives the problems
     */
    public SheetReader(RecordSchema<T> schema, String file, String sheet, Consumer<? super LedgerRow<?>> rows,
            Consumer<? super LedgerProblem> problems) {
        this.schema = schema;
        this.file = file;
        this.sheet = sheet;
        this.rows = rows;
        this.problems = problems;
        this.idProperty = schema.getIdProperty().orElse(null);
        Property<T, ?> ext = null;
        for (Property<T, ?> p : schema.getProperties()) {
            if (p.getType().getKind() == ValueKind.EXTENSIONS) {
                ext = p;
            }
        }
        this.extensionsProperty = ext;
    }

    /** @return the number of data rows read (records and rejected rows) */
    public long read() {
        return read;
    }

    /** @return the number of data rows rejected */
    public long rejected() {
        return rejected;
    }

    /**
     * Returns the header of a column, when the header row has been read.
     *
     * @param column  the column, from 0
     * @return the header, or null
     */
    public String header(int column) {
        return headers != null && column < headers.length ? headers[column] : null;
    }

    /** @return the row of the headers, 0 before it is found */
    public long headerRow() {
        return headerRow;
    }

    private void problem(long row, int column, String id, String path, Severity severity, String code, String message) {
        problems.accept(LedgerProblem.of(file, sheet, row, column < 0 ? null : Cells.letters(column),
                column < 0 ? null : header(column), id, path, severity, code, message));
    }

    /**
     * Reports a problem of one cell that the source found (a formula, a merged cell).
     *
     * @param row       the row
     * @param column    the column
     * @param severity  the severity
     * @param code      the code
     * @param message   the message
     */
    public void cellProblem(long row, int column, Severity severity, String code, String message) {
        Column<T> c = columns != null && column < columns.length ? columns[column] : null;
        problem(row, column, null, c == null ? "" : c.getPath(), severity, code, message);
    }

    /**
     * Reads one row.
     *
     * @param row    the row as Excel numbers it
     * @param cells  its non-empty cells
     * @return true for a data row (a record or a rejected row), false for a blank, title, header or total row
     */
    public boolean row(long row, Cells cells) {
        int first = -1;
        for (int i = 0; i < cells.size(); i++) {
            if (!cells.isBlank(i)) {
                first = i;
                break;
            }
        }
        if (first < 0) {
            return false; // a blank row
        }
        anyContent = true;
        if (headerRow == 0) {
            findHeader(row, cells);
            return false;
        }
        String lead = cells.text(first);
        if (lead.length() <= 12 && TOTALS.contains(lead = withoutSpaces(lead))) {
            problem(row, cells.column(first), null, "", Severity.WARNING, "TOTAL_ROW",
                    "a " + lead + " row is a total, not a record: skipped");
            return false;
        }
        read++;
        record(row, cells);
        return true;
    }

    /**
     * Returns the sheet column of a property path, such as {@code start} or {@code targets[0].id}.
     *
     * @param path  the path
     * @return the column, or -1 when the sheet has none
     */
    public int columnOf(String path) {
        if (columns != null) {
            for (int c = 0; c < columns.length; c++) {
                if (columns[c] != null) {
                    String p = columns[c].getPath();
                    if (path.equals(p) || path.startsWith(p + ".") || path.startsWith(p + "[")) {
                        return c;
                    }
                }
            }
        }
        return -1;
    }

    /** @return the file name */
    public String file() {
        return file;
    }

    /** @return the sheet name, or null */
    public String sheet() {
        return sheet;
    }

    private static String withoutSpaces(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u3000' && c != '\u00A0') {
                out.append(c);
            }
        }
        return out.toString();
    }

    @SuppressWarnings("unchecked")
    private void findHeader(long row, Cells cells) {
        int known = 0;
        for (int i = 0; i < cells.size(); i++) {
            if (cells.kind(i) == Cells.TEXT && schema.column(cells.text(i)).isPresent()) {
                known++;
            }
        }
        if (known < 2) {
            return; // a title or unit line above the headers
        }
        headerRow = row;
        int width = cells.column(cells.size() - 1) + 1;
        columns = new Column[width];
        headers = new String[width];
        Map<String, Integer> byPath = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            int c = cells.column(i);
            String text = cells.text(i).strip();
            if (text.isEmpty()) {
                continue;
            }
            headers[c] = text;
            Column<T> column = cells.kind(i) == Cells.TEXT ? schema.column(text).orElse(null) : null;
            if (column == null) {
                problem(row, c, null, "", Severity.WARNING, "UNKNOWN_HEADER", "the header \"" + text + "\" is not a"
                        + " column of " + schema.getSheetName().orElse(schema.getName()) + "; its column is ignored"
                        + " (headers: " + primaryHeaders() + ", or 扩展:NAME for an extension)");
                continue;
            }
            Integer before = byPath.putIfAbsent(column.getPath(), c);
            if (before != null) {
                problem(row, c, null, column.getPath(), Severity.ERROR, "DUPLICATE_HEADER", "the column of "
                        + column.getPath() + " is given twice (column " + Cells.letters(before) + " " + headers[before]
                        + " and this one); this one is ignored");
                continue;
            }
            columns[c] = column;
            if (idProperty != null && column.getRecordProperty() == idProperty) {
                idColumn = c;
            }
        }
    }

    private String primaryHeaders() {
        StringBuilder out = new StringBuilder();
        for (Column<T> c : schema.getColumns()) {
            out.append(out.length() == 0 ? "" : "、").append(c.getHeader());
        }
        return out.toString();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void record(long row, Cells cells) {
        String id = null;
        if (idColumn >= 0) {
            for (int i = 0; i < cells.size(); i++) {
                if (cells.column(i) == idColumn && !cells.isBlank(i)) {
                    id = cells.kind(i) == Cells.NUMBER ? CellValues.number(cells.text(i), Cells.NUMBER).toPlainString()
                            : cells.text(i).strip();
                }
            }
        }
        RecordBuilder<T> builder = schema.newBuilder();
        boolean[] present = new boolean[schema.getProperties().size()];
        Map<Property<?, ?>, Map<Property<?, ?>, Object>> spread = null;
        Extensions.Builder extensions = null;
        boolean failed = false;
        for (int i = 0; i < cells.size(); i++) {
            int c = cells.column(i);
            if (c >= columns.length || columns[c] == null || cells.isBlank(i)) {
                continue;
            }
            Column<T> column = columns[c];
            String path = column.getPath();
            if (cells.kind(i) == Cells.ERROR || cells.kind(i) == Cells.BOOLEAN) {
                problem(row, c, id, path, Severity.ERROR, "WRONG_TYPE", path + " must not be "
                        + (cells.kind(i) == Cells.ERROR ? "an error value" : "a boolean") + " - but was: " + cells.text(i));
                failed = true;
                continue;
            }
            Property<T, ?> recordProperty = column.getRecordProperty();
            try {
                if (recordProperty.getType().getKind() == ValueKind.EXTENSIONS) {
                    if (extensions == null) {
                        extensions = Extensions.builder();
                    }
                    String name = column.getExtensionName().get();
                    if (extensions.contains(name)) {
                        throw new CellException(path, "DUPLICATE_KEY", "duplicate property \"" + name + "\" in extensions");
                    }
                    BigDecimal number = cells.kind(i) == Cells.TEXT ? null : CellValues.number(cells.text(i), cells.kind(i));
                    if (number != null) {
                        extensions.put(name, number);
                    } else {
                        extensions.put(name, cells.text(i));
                    }
                    present[recordProperty.getIndex()] = true;
                } else if (column.getProperties().size() > 1) {
                    Property<?, ?> nested = column.getProperty();
                    Object v = CellValues.value(nested.getType(), path, cells.text(i), cells.kind(i), column.getMultiplier());
                    if (spread == null) {
                        spread = new LinkedHashMap<>();
                    }
                    spread.computeIfAbsent(recordProperty, k -> new LinkedHashMap<>()).put(nested, v);
                } else {
                    Object v = CellValues.value(recordProperty.getType(), path, cells.text(i), cells.kind(i),
                            column.getMultiplier());
                    if (v instanceof List<?> list && list.isEmpty()) {
                        continue;
                    }
                    builder.setValue(recordProperty, v);
                    present[recordProperty.getIndex()] = true;
                }
            } catch (CellException e) {
                problem(row, c, id, e.path(), Severity.ERROR, e.code(), e.getMessage());
                failed = true;
            } catch (RuntimeException e) { // a value the builder refuses (BLANK …)
                problem(row, c, id, path, Severity.ERROR, codeOf(e), message(e));
                failed = true;
            }
        }
        if (extensions != null && !failed) {
            builder.setValue(extensionsProperty, extensions.build());
        }
        if (spread != null && !failed) {
            for (Map.Entry<Property<?, ?>, Map<Property<?, ?>, Object>> e : spread.entrySet()) {
                Property<T, ?> p = (Property<T, ?>) e.getKey();
                RecordSchema nestedSchema = p.getType().getSchema().get();
                RecordBuilder nb = nestedSchema.newBuilder();
                String missing = null;
                for (Property<?, ?> np : (List<Property<?, ?>>) nestedSchema.getProperties()) {
                    Object v = e.getValue().get(np);
                    if (v != null) {
                        nb.setValue((Property) np, v);
                    } else if (np.isRequired() && missing == null) {
                        missing = np.getName();
                    }
                }
                if (missing != null) {
                    reject(row, id, p.getName() + "." + missing, "REQUIRED", "required property \"" + p.getName() + "."
                            + missing + "\" is missing");
                    failed = true;
                    continue;
                }
                try {
                    builder.setValue(p, nb.build());
                    present[p.getIndex()] = true;
                } catch (RuntimeException ex) {
                    reject(row, id, p.getName(), codeOf(ex), message(ex));
                    failed = true;
                }
            }
        }
        if (failed) {
            rejected++;
            return;
        }
        for (Property<T, ?> p : schema.getProperties()) {
            if (p.isRequired() && !present[p.getIndex()]) {
                reject(row, id, p.getName(), "REQUIRED", "required property \"" + p.getName() + "\" is missing");
                rejected++;
                return;
            }
        }
        T record;
        try {
            record = builder.build();
        } catch (InvalidValueException e) {
            reject(row, id, e.getField(), e.getProblemCode(), e.getMessage());
            rejected++;
            return;
        } catch (RuntimeException e) {
            reject(row, id, "", codeOf(e), message(e));
            rejected++;
            return;
        }
        rows.accept(LedgerRow.of(schema, record, sheet, file, row));
    }

    /** A problem of the row, in the column of its property when the sheet has one. */
    private void reject(long row, String id, String path, String code, String message) {
        problem(row, columnOf(path), id, path, Severity.ERROR, code, message);
    }

    private static String codeOf(RuntimeException e) {
        if (e instanceof io.github.ficsdk.validation.FicProblem p) {
            return p.getProblemCode();
        }
        return e instanceof NullPointerException ? "REQUIRED" : "WRONG_TYPE";
    }

    private static String message(RuntimeException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /**
     * Ends the sheet: a sheet without a header row is {@code EMPTY_SHEET} (nothing in it, warning)
     * or {@code NO_HEADER_ROW} (error).
     */
    public void end() {
        if (headerRow > 0) {
            return;
        }
        if (!anyContent) {
            problem(0, -1, null, "", Severity.WARNING, "EMPTY_SHEET", "the sheet is empty: no record read");
        } else {
            problem(0, -1, null, "", Severity.ERROR, "NO_HEADER_ROW", "no row of the sheet has two of the headers of "
                    + schema.getSheetName().orElse(schema.getName()) + " (" + primaryHeaders() + "); none of its rows"
                    + " was read");
        }
    }

    /** @return the columns by their index, after the header row; to check merged cells */
    public List<Integer> mappedColumns() {
        List<Integer> out = new ArrayList<>();
        if (columns != null) {
            for (int c = 0; c < columns.length; c++) {
                if (columns[c] != null) {
                    out.add(c);
                }
            }
        }
        return out;
    }
}
