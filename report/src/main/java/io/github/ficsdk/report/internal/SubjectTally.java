package io.github.ficsdk.report.internal;

import io.github.ficsdk.core.io.bytes.ByteRules;
import io.github.ficsdk.core.activity.ActivityRecord;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The report engine's selection rules with one row per subject instead of one per subtree, for
 * the evidence of many thousands of organisations in one pass: an activity belongs to a column
 * when its start lies in the column's window and its kind is the column's (or the column takes
 * every kind); it counts in a row when any of its organizers counts in that row, once however
 * many do; it adds its sessions (1 when absent). A report row keeps a bit per organisation of
 * the scope; here each organisation counts in its own row and possibly a few more (a party
 * organisation in its host's), so memory grows with rows × columns, not rows × organisations. Keeps the ids of the records behind each value, in the order they were added.
 * Not thread-safe.
 */
public final class SubjectTally {

    /** One value per row: the sessions of the activities of one kind (or every kind) in a window. */
    private static final class Column {
        final int from;
        final int to;
        final long[] sums;
        /** Per row: the ids of the records behind its value, null before the first. */
        final List<String>[] ids;

        @SuppressWarnings("unchecked")
        Column(int rows, int from, int to) {
            this.from = from;
            this.to = to;
            sums = new long[rows];
            ids = new List[rows];
        }

        void add(int row, long amount, String id) {
            sums[row] = Math.addExact(sums[row], amount);
            if (ids[row] == null) {
                ids[row] = new ArrayList<>(2);
            }
            ids[row].add(id);
        }
    }

    private static final int[] NONE = {};

    private final int rows;
    private final Map<String, Integer> own;
    private final Map<String, int[]> more = new HashMap<>();
    private final List<Column> columns = new ArrayList<>();
    private final Map<String, int[]> columnsByKind = new HashMap<>();
    private int[] columnsOfEveryKind = NONE;
    private int from = Integer.MAX_VALUE;
    private int to = Integer.MIN_VALUE;
    private final int[] stamp;
    private int record;
    private int[] reached = new int[8];
    private int[] applicable = new int[8];

    /**
     * Creates a tally in which each organisation of an index counts in its own row.
     *
     * @param rows  the row of each organisation (subject), from 0 on; not copied, not changed
     */
    public SubjectTally(Map<String, Integer> rows) {
        this.own = rows;
        this.rows = rows.size();
        this.stamp = new int[this.rows];
    }

    /**
     * Makes an organisation count in another row as well, such as a party organisation in its
     * host's.
     *
     * @param organization  the organisation id
     * @param row           the row, 0 to rows - 1
     */
    public void alsoCount(String organization, int row) {
        Objects.checkIndex(row, rows);
        Integer self = own.get(organization);
        if (self != null && self == row) {
            return;
        }
        int[] list = more.get(organization);
        if (list == null) {
            more.put(organization, new int[] {row});
            return;
        }
        for (int r : list) {
            if (r == row) {
                return;
            }
        }
        list = Arrays.copyOf(list, list.length + 1);
        list[list.length - 1] = row;
        more.put(organization, list);
    }

    /**
     * Adds a column.
     *
     * @param kind  the activity kind code, or null for every kind
     * @param from  the first day of the window, yyyymmdd
     * @param to    the last day of the window, yyyymmdd
     * @return the column's index
     */
    public int column(String kind, int from, int to) {
        int c = columns.size();
        columns.add(new Column(rows, from, to));
        this.from = Math.min(this.from, from);
        this.to = Math.max(this.to, to);
        if (kind == null) {
            columnsOfEveryKind = append(columnsOfEveryKind, c);
        } else {
            columnsByKind.put(kind, append(columnsByKind.getOrDefault(kind, NONE), c));
        }
        return c;
    }

    private static int[] append(int[] a, int v) {
        int[] b = Arrays.copyOf(a, a.length + 1);
        b[a.length] = v;
        return b;
    }

    /**
     * Adds an activity.
     *
     * @param a  the activity
     */
    public void add(ActivityRecord a) {
        int start = ByteRules.yyyymmdd(a.getStart());
        if (start < from || start > to) {
            return;
        }
        int n = columnsByKind.isEmpty() ? 0 : select(columnsByKind.getOrDefault(a.getKind().getCode(), NONE), 0, start);
        n = select(columnsOfEveryKind, n, start);
        if (n == 0) {
            return;
        }
        int reachedCount = 0;
        nextRecord();
        for (int o = 0, count = a.getOrganizerCount(); o < count; o++) {
            reachedCount = reachOrganization(a.getOrganizer(o), reachedCount);
        }
        long sessions = a.getSessions();
        String id = a.getId();
        for (int i = 0; i < n; i++) {
            Column column = columns.get(applicable[i]);
            for (int r = 0; r < reachedCount; r++) {
                column.add(reached[r], sessions, id);
            }
        }
    }

    /** Starts a record: no row is reached yet. */
    private void nextRecord() {
        if (++record == 0) {
            Arrays.fill(stamp, 0);
            record = 1;
        }
    }

    /**
     * Notes that the record being added reaches an organisation's own row and the rows it also
     * counts in, each once; returns the number of rows reached.
     */
    private int reachOrganization(String organization, int reachedCount) {
        int count = reachedCount;
        Integer self = own.get(organization);
        if (self != null) {
            count = reach(self, count);
        }
        int[] list = more.isEmpty() ? null : more.get(organization);
        if (list != null) {
            for (int row : list) {
                count = reach(row, count);
            }
        }
        return count;
    }

    /** Notes that the record being added reaches a row, once; returns the number of rows reached. */
    private int reach(int row, int reachedCount) {
        if (stamp[row] == record) {
            return reachedCount;
        }
        stamp[row] = record;
        if (reachedCount == reached.length) {
            reached = Arrays.copyOf(reached, reachedCount * 2);
        }
        reached[reachedCount] = row;
        return reachedCount + 1;
    }

    /**
     * Adds a record that counts 1 for one organisation on one day, such as a proposal by its
     * submitter; it adds to the columns of every kind whose window holds the day.
     *
     * @param organization  the organisation id
     * @param day           the day, yyyymmdd
     * @param id            the record's id, kept as the source of the values it adds to
     */
    public void addOne(String organization, int day, String id) {
        int n = select(columnsOfEveryKind, 0, day);
        if (n == 0) {
            return;
        }
        nextRecord();
        int reachedCount = reachOrganization(organization, 0);
        for (int i = 0; i < n; i++) {
            Column column = columns.get(applicable[i]);
            for (int r = 0; r < reachedCount; r++) {
                column.add(reached[r], 1, id);
            }
        }
    }

    /** Puts the columns among {@code candidates} whose window holds the day after the first {@code n} applicable ones. */
    private int select(int[] candidates, int n, int day) {
        for (int c : candidates) {
            Column column = columns.get(c);
            if (day >= column.from && day <= column.to) {
                if (n == applicable.length) {
                    applicable = Arrays.copyOf(applicable, n * 2);
                }
                applicable[n++] = c;
            }
        }
        return n;
    }

    /**
     * Returns a value.
     *
     * @param column  the column
     * @param row     the row
     * @return the sum of sessions (or of records)
     */
    public long value(int column, int row) {
        return columns.get(column).sums[row];
    }

    /**
     * Returns the ids of the records behind a value, in the order they were added.
     *
     * @param column  the column
     * @param row     the row
     * @return the ids, empty when none, never null
     */
    public List<String> sources(int column, int row) {
        List<String> ids = columns.get(column).ids[row];
        return ids == null ? List.of() : List.copyOf(ids);
    }
}
