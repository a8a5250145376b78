package io.github.ficsdk.core.io.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A record with the line it was read from (or, for records given in memory, its 1-based position
 * among them). Internal: not part of the API.
 *
 * @param <T>     the record type
 * @param record  the record, not null
 * @param line    the line, 1-based
 */
public record Numbered<T>(T record, long line) {

    /**
     * Creates a numbered record.
     *
     * @param record  the record, not null
     * @param line    the line
     */
    public Numbered {
        Objects.requireNonNull(record, "record");
    }

    /**
     * Numbers records given in memory by their position, from 1.
     *
     * @param <T>      the record type
     * @param records  the records, not null
     * @return the numbered records, in the same order
     */
    public static <T> List<Numbered<T>> inOrder(Collection<? extends T> records) {
        List<Numbered<T>> out = new ArrayList<>(records.size());
        long line = 0;
        for (T r : records) {
            out.add(new Numbered<>(r, ++line));
        }
        return out;
    }

    /**
     * Returns the records without their lines.
     *
     * @param <T>       the record type
     * @param numbered  the numbered records, not null
     * @return the records, in the same order
     */
    public static <T> List<T> records(List<Numbered<T>> numbered) {
        List<T> out = new ArrayList<>(numbered.size());
        for (Numbered<T> n : numbered) {
            out.add(n.record());
        }
        return out;
    }
}
