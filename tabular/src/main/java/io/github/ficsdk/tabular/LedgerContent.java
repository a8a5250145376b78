package io.github.ficsdk.tabular;

import io.github.ficsdk.core.schema.RecordSchema;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every record of a ledger, by record type, with the problems of reading it
 * ({@link Ledger#readAll()}).
 *
 * <p>This class is immutable and thread-safe when the records are.
 *
 * @since 0.1
 */
public final class LedgerContent {

    private final Map<RecordSchema<?>, List<Object>> records;
    private final List<LedgerProblem> problems;

    LedgerContent(Map<RecordSchema<?>, List<Object>> records, List<LedgerProblem> problems) {
        this.records = Collections.unmodifiableMap(new LinkedHashMap<>(records));
        this.problems = List.copyOf(problems);
    }

    /**
     * Returns the records of a type in sheet and row order.
     *
     * @param <T>     the record type
     * @param schema  the schema of the type, such as {@code RecordSchemas.ACTIVITY}, not null
     * @return an unmodifiable list, empty when the ledger has none, never null
     */
    @SuppressWarnings("unchecked")
    public <T> List<T> records(RecordSchema<T> schema) {
        return (List<T>) records.getOrDefault(schema, List.of());
    }

    /**
     * Returns the record types read, with their records.
     *
     * @return an unmodifiable map in the order the sheets were read, never null
     */
    public Map<RecordSchema<?>, List<Object>> getRecords() {
        return records;
    }

    /**
     * Returns the problems found while reading.
     *
     * @return an unmodifiable list, never null
     */
    public List<LedgerProblem> getProblems() {
        return problems;
    }

    /**
     * Returns whether some problem is an error.
     *
     * @return true when a row was rejected or a sheet or file could not be read
     */
    public boolean hasErrors() {
        return problems.stream().anyMatch(LedgerProblem::isError);
    }
}
