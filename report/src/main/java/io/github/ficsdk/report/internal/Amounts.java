package io.github.ficsdk.report.internal;

/** Yuan amounts ({@code "37250000.00"}) as fen, read from bytes without allocating. */
public final class Amounts {

    private Amounts() {}

    /**
     * Parses a plain decimal of at most 2 decimals and at most 15 integer digits.
     *
     * @param b    the bytes
     * @param off  the first byte
     * @param len  the length
     * @return the fen, or -1 when the text is anything else (the strict reader then decides)
     */
    public static long parseFen(byte[] b, int off, int len) {
        int end = off + len;
        int i = off;
        long whole = 0;
        while (i < end && b[i] >= '0' && b[i] <= '9') {
            whole = whole * 10 + (b[i] - '0');
            i++;
        }
        int wholeDigits = i - off;
        if (wholeDigits == 0 || wholeDigits > 15) {
            return -1;
        }
        if (i == end) {
            return whole * 100;
        }
        if (b[i] != '.') {
            return -1;
        }
        int decimals = end - i - 1;
        if (decimals < 1 || decimals > 2) {
            return -1;
        }
        long cents = 0;
        for (int j = i + 1; j < end; j++) {
            int d = b[j] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            cents = cents * 10 + d;
        }
        return whole * 100 + (decimals == 1 ? cents * 10 : cents);
    }
}
