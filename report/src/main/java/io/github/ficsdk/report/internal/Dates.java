package io.github.ficsdk.report.internal;

/** ISO dates {@code yyyy-mm-dd} as {@code int} yyyymmdd, read from bytes without allocating. */
public final class Dates {

    private static final int[] DAYS = {0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    private Dates() {}

    /**
     * Parses a date.
     *
     * @param b    the bytes
     * @param off  the first byte
     * @param len  the length
     * @return yyyymmdd, or -1 when the bytes are not a valid ISO date between years 0001 and 9999
     */
    public static int parse(byte[] b, int off, int len) {
        if (len != 10 || b[off + 4] != '-' || b[off + 7] != '-') {
            return -1;
        }
        int year = digits(b, off, 4);
        int month = digits(b, off + 5, 2);
        int day = digits(b, off + 8, 2);
        if (year < 1 || month < 1 || month > 12 || day < 1) {
            return -1;
        }
        int max = month == 2 && isLeap(year) ? 29 : DAYS[month];
        return day > max ? -1 : year * 10000 + month * 100 + day;
    }

    /**
     * Converts a date to yyyymmdd.
     *
     * @param date  the date
     * @return yyyymmdd
     */
    public static int of(java.time.LocalDate date) {
        return date.getYear() * 10000 + date.getMonthValue() * 100 + date.getDayOfMonth();
    }

    private static boolean isLeap(int year) {
        return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    }

    private static int digits(byte[] b, int off, int n) {
        int v = 0;
        for (int i = 0; i < n; i++) {
            int d = b[off + i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            v = v * 10 + d;
        }
        return v;
    }
}
