package io.github.ficsdk.tabular;

import io.github.ficsdk.core.schema.RecordSchema;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One record read from a ledger with where it came from, such as an {@code Activity} of sheet
 * {@code 活动}, row 17.
 *
 * <p>This class is immutable and thread-safe when the record is.
 *
 * @param <T>     the record type
 * @since 0.1
 */
@Value.Immutable
public abstract class LedgerRow<T> {

    LedgerRow() {}

    /**
     * Creates a row.
     *
     * @param <T>     the record type
     * @param schema  the schema, not null
     * @param record  the record, not null
     * @param sheet   the sheet, or null
     * @param file    the file, not null
     * @param row     the row
     * @return the row, never null
     * @throws NullPointerException if {@code schema}, {@code record} or {@code file} is null
     */
    public static <T> LedgerRow<T> of(RecordSchema<T> schema, T record, String sheet, String file, long row) {
        return ImmutableLedgerRow.of(schema, record, Optional.ofNullable(sheet), file, row);
    }

    /**
     * Returns the record's schema.
     *
     * @return the record's schema, never null
     */
    @Value.Parameter
    public abstract RecordSchema<T> getSchema();

    /**
     * Returns the record.
     *
     * @return the record, never null
     */
    @Value.Parameter
    public abstract T getRecord();

    /**
     * Returns the sheet.
     *
     * @return the sheet; empty for a CSV file; never null
     */
    @Value.Parameter
    public abstract Optional<String> getSheet();

    /**
     * Returns the file, such as {@code 台账.xlsx} or {@code activities.csv}.
     *
     * @return the file, such as {@code 台账.xlsx} or {@code activities.csv}, never null
     */
    @Value.Parameter
    public abstract String getFile();

    /**
     * Returns the row as Excel numbers it (a CSV file's line).
     *
     * @return the row as Excel numbers it (a CSV file's line)
     */
    @Value.Parameter
    public abstract long getRow();
}
