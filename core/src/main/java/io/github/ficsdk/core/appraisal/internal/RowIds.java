package io.github.ficsdk.core.appraisal.internal;

import java.util.Arrays;
import java.util.List;

/**
 * The record ids behind the values of one column of derived evidence, a growing list per row,
 * handed out without a copy as {@link ImmutableIds}. Not thread-safe. Internal: not part of the API.
 */
public final class RowIds {

    private final String[][] ids;
    private final int[] counts;

    /**
     * Creates empty lists.
     *
     * @param rows  the number of rows
     */
    public RowIds(int rows) {
        ids = new String[rows][];
        counts = new int[rows];
    }

    /**
     * Appends an id to a row's list.
     *
     * @param row  the row
     * @param id   the id
     */
    public void add(int row, String id) {
        String[] l = ids[row];
        int c = counts[row];
        if (l == null) {
            l = new String[2];
            ids[row] = l;
        } else if (c == l.length) {
            l = Arrays.copyOf(l, c * 2);
            ids[row] = l;
        }
        l[c] = id;
        counts[row] = c + 1;
    }

    /**
     * Returns a row's ids in the order they were added; later additions do not show in it.
     *
     * @param row  the row
     * @return the ids, empty when none, never null
     */
    public List<String> get(int row) {
        return ids[row] == null ? List.of() : new ImmutableIds(ids[row], counts[row]);
    }
}
