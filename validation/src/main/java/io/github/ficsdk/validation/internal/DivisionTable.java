package io.github.ficsdk.validation.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * The bundled GB/T 2260 table ({@code divisions.tsv}), loaded on first use, with an allocation-free
 * lookup from a six-digit code to its row. Internal: not part of the API; use
 * {@code io.github.ficsdk.validation.DivisionCode}.
 *
 * <p>Rows are sorted by code, so a province comes before its cities and a city before its
 * counties. Lookup is an open-addressing hash over the codes (load factor below one half).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DivisionTable {

    /** The class-path location of the table. */
    public static final String RESOURCE = "/io/github/ficsdk/validation/divisions.tsv";

    private static final String SNAPSHOT_PREFIX = "# snapshot: ";

    private final int[] codes;
    private final String[] names;
    private final int[] slots;
    private final int shift;
    private final LocalDate snapshot;

    /** Lazily initialised holder: the table is read on first use, once, thread-safely. */
    private static final class Holder {
        static final DivisionTable TABLE = load();
    }

    private DivisionTable(int[] codes, String[] names, LocalDate snapshot) {
        this.codes = codes;
        this.names = names;
        this.snapshot = snapshot;
        int bits = 32 - Integer.numberOfLeadingZeros(Math.max(codes.length, 1) * 2 - 1);
        this.slots = new int[1 << bits];
        this.shift = 32 - bits;
        for (int i = 0; i < codes.length; i++) {
            int slot = slot(codes[i]);
            while (slots[slot] != 0) {
                slot = (slot + 1) & (slots.length - 1);
            }
            slots[slot] = i + 1;
        }
    }

    /**
     * Returns the table, reading it on the first call.
     *
     * @return the table, never null
     * @throws IllegalStateException if the bundled resource is missing or corrupt
     */
    public static DivisionTable get() {
        return Holder.TABLE;
    }

    /**
     * Returns the number of rows.
     *
     * @return the number of divisions
     */
    public int size() {
        return codes.length;
    }

    /**
     * Returns the code in a row.
     *
     * @param index  the row, from 0 to {@code size() - 1}
     * @return the six-digit code
     */
    public int code(int index) {
        return codes[index];
    }

    /**
     * Returns the name in a row.
     *
     * @param index  the row, from 0 to {@code size() - 1}
     * @return the Chinese name, never null
     */
    public String name(int index) {
        return names[index];
    }

    /**
     * Returns the date of the snapshot the table was built from.
     *
     * @return the snapshot date, never null
     */
    public LocalDate snapshotDate() {
        return snapshot;
    }

    /**
     * Finds the row of a code without allocating.
     *
     * @param code  the six-digit code; any int is accepted
     * @return the row, or -1 if the code is not in the table
     */
    public int indexOf(int code) {
        if (code <= 0) {
            return -1;
        }
        int mask = slots.length - 1;
        for (int slot = slot(code); ; slot = (slot + 1) & mask) {
            int entry = slots[slot];
            if (entry == 0) {
                return -1;
            }
            if (codes[entry - 1] == code) {
                return entry - 1;
            }
        }
    }

    private int slot(int code) {
        return (code * 0x9E3779B9) >>> shift;
    }

    /**
     * Reads six ASCII digits without allocating.
     *
     * @param text  the text, not null
     * @return the code (0 to 999999), or {@code -(i + 1)} where {@code i} is the index of the first
     *     offending character: a non-digit, the seventh character, or the end of a shorter text
     */
    public static int parseDigits(CharSequence text) {
        int length = text.length();
        int value = 0;
        for (int i = 0; i < length; i++) {
            if (i == 6) {
                return -(i + 1);
            }
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -(i + 1);
            }
            value = value * 10 + (c - '0');
        }
        return length == 6 ? value : -(length + 1);
    }

    private static DivisionTable load() {
        InputStream in = DivisionTable.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("GB/T 2260 table missing from the class path: " + RESOURCE);
        }
        int[] codes = new int[4096];
        String[] names = new String[4096];
        int size = 0;
        LocalDate snapshot = null;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int lineNumber = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (line.startsWith(SNAPSHOT_PREFIX)) {
                    snapshot = LocalDate.parse(line.substring(SNAPSHOT_PREFIX.length()).trim());
                }
                if (line.isEmpty() || line.charAt(0) == '#') {
                    continue;
                }
                int tab = line.indexOf('\t');
                int code = tab == 6 ? parseDigits(line.substring(0, 6)) : -1;
                if (code < 100000 || tab == line.length() - 1 || (size > 0 && code <= codes[size - 1])) {
                    throw new IllegalStateException(
                            "GB/T 2260 table corrupt at line " + lineNumber + " of " + RESOURCE);
                }
                if (size == codes.length) {
                    codes = Arrays.copyOf(codes, size * 2);
                    names = Arrays.copyOf(names, size * 2);
                }
                codes[size] = code;
                names[size] = line.substring(tab + 1);
                size++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        if (snapshot == null) {
            throw new IllegalStateException("GB/T 2260 table lacks its snapshot date: " + RESOURCE);
        }
        return new DivisionTable(Arrays.copyOf(codes, size), Arrays.copyOf(names, size), snapshot);
    }
}
