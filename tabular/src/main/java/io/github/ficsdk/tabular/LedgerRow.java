package io.github.ficsdk.tabular;

import io.github.ficsdk.core.schema.RecordSchema;
import java.util.Objects;
import java.util.Optional;

/**
 * One record read from a ledger with where it came from, such as an {@code Activity} of sheet
 * {@code 活动}, row 17.
 *
 * <p>This class is immutable and thread-safe when the record is.
 *
 * @param <T>     the record type
 * @since 0.1
 */
public final class LedgerRow<T> {
    private final RecordSchema<T> schema;
    private final T record;
    private final String sheet;
    private final String file;
    private final long row;

    /**
     * Creates a row.
     *
     * @param schema  the schema, not null
     * @param record  the record, not null
     * @param sheet   the sheet, or null
     * @param file    the file, not null
     * @param row     the row
     * @throws NullPointerException if {@code schema}, {@code record} or {@code file} is null
     */
    public LedgerRow(RecordSchema<T> schema, T record, String sheet, String file, long row) {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(file, "file");
        this.schema = schema;
        this.record = record;
        this.sheet = sheet;
        this.file = file;
        this.row = row;
    }

    /**
     * Returns the record's schema.
     *
     * @return the record's schema, never null
     */
    public RecordSchema<T> getSchema() {
        return schema;
    }

    /**
     * Returns the record.
     *
     * @return the record, never null
     */
    public T getRecord() {
        return record;
    }

    /**
     * Returns the sheet.
     *
     * @return the sheet; empty for a CSV file; never null
     */
    public Optional<String> getSheet() {
        return Optional.ofNullable(sheet);
    }

    /**
     * Returns the file, such as {@code 台账.xlsx} or {@code activities.csv}.
     *
     * @return the file, such as {@code 台账.xlsx} or {@code activities.csv}, never null
     */
    public String getFile() {
        return file;
    }

    /**
     * Returns the row as Excel numbers it (a CSV file's line).
     *
     * @return the row as Excel numbers it (a CSV file's line)
     */
    public long getRow() {
        return row;
    }

    /**
     * Compares every property.
     *
     * @param other  the other object, may be null
     * @return true if it is an equal value
     */
    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof LedgerRow<?> o && Objects.equals(schema, o.schema) && Objects.equals(record, o.record) && Objects.equals(sheet, o.sheet) && Objects.equals(file, o.file) && row == o.row;
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(schema, record, sheet, file, row);
    }

    /**
     * Returns the properties, for debugging.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return "LedgerRow[schema=" + schema + ", record=" + record + ", sheet=" + sheet + ", file=" + file + ", row=" + row + "]";
    }
}
