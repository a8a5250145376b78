package io.github.ficsdk.tabular;

import io.github.ficsdk.core.schema.RecordSchema;
import java.util.Objects;

/**
 * One record read from a ledger with where it came from, such as an {@code Activity} of sheet
 * {@code 活动}, row 17.
 *
 * <p>This class is immutable and thread-safe when the record is.
 *
 * @param <T>     the record type
 * @param schema  the record's schema, not null
 * @param record  the record, not null
 * @param sheet   the sheet, or null for a CSV file
 * @param file    the file, such as {@code 台账.xlsx} or {@code activities.csv}, not null
 * @param row     the row as Excel numbers it (a CSV file's line)
 * @since 0.1
 */
public record LedgerRow<T>(RecordSchema<T> schema, T record, String sheet, String file, long row) {

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
    public LedgerRow {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(file, "file");
    }
}
