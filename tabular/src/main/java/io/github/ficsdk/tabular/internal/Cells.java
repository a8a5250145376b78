package io.github.ficsdk.tabular.internal;

import java.util.Arrays;

/**
 * The cells of one spreadsheet row, reused from row to row: for each non-empty cell its column
 * (from 0), its text (a number's stored text, such as {@code 3.725E7} or {@code 12.5}; a text's
 * characters) and its kind. Internal: not part of the API.
 */
public final class Cells {

    /** A text cell (or a CSV field). */
    public static final byte TEXT = 0;
    /** A numeric cell without a date format. */
    public static final byte NUMBER = 1;
    /** A numeric cell with a date format: the text is the serial number. */
    public static final byte DATE = 2;
    /** A boolean cell: {@code TRUE} or {@code FALSE}. */
    public static final byte BOOLEAN = 3;
    /** An error cell ({@code #DIV/0!}). */
    public static final byte ERROR = 4;

    private int size;
    private int[] columns = new int[16];
    private String[] texts = new String[16];
    private byte[] kinds = new byte[16];
    private boolean[] formulas = new boolean[16];

    /** Empties the row. */
    public void clear() {
        size = 0;
    }

    /**
     * Adds a cell; cells come in column order.
     *
     * @param column   the column, from 0
     * @param text     the text, not null
     * @param kind     the kind
     * @param formula  whether the cell holds a formula (the text is its cached value)
     */
    public void add(int column, String text, byte kind, boolean formula) {
        if (size == columns.length) {
            columns = Arrays.copyOf(columns, size * 2);
            texts = Arrays.copyOf(texts, size * 2);
            kinds = Arrays.copyOf(kinds, size * 2);
            formulas = Arrays.copyOf(formulas, size * 2);
        }
        columns[size] = column;
        texts[size] = text;
        kinds[size] = kind;
        formulas[size] = formula;
        size++;
    }

    /** @return the number of cells */
    public int size() {
        return size;
    }

    /** @param i the cell @return its column, from 0 */
    public int column(int i) {
        return columns[i];
    }

    /** @param i the cell @return its text */
    public String text(int i) {
        return texts[i];
    }

    /** @param i the cell @return its kind */
    public byte kind(int i) {
        return kinds[i];
    }

    /** @param i the cell @return whether it holds a formula */
    public boolean formula(int i) {
        return formulas[i];
    }

    /** @param i the cell @return whether its text is blank */
    public boolean isBlank(int i) {
        return texts[i].isBlank();
    }

    /**
     * Returns the column letters of a column, such as {@code D} for 3 and {@code AA} for 26.
     *
     * @param column  the column, from 0
     * @return the letters
     */
    public static String letters(int column) {
        StringBuilder out = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            out.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return out.toString();
    }
}
