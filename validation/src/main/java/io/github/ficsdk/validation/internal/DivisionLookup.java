package io.github.ficsdk.validation.internal;

/**
 * The seam between credit-code validation and the GB/T 2260 division table: whether the six
 * characters at positions 3–8 of a credit code name a known division. Internal: not part of the
 * API.
 *
 * <p>TODO(merge): wire {@link #isKnownDivision(CharSequence, int)} to {@code DivisionCode.isKnown}
 * once the bundled division table lands. Until then the check is structural only: six ASCII
 * digits whose first two are a GB/T 2260 province (11–15, 21–23, 31–37, 41–46, 50–54, 61–65, 71,
 * 81, 82), or {@code 100000}, which national registration authorities use.
 */
public final class DivisionLookup {

    /** Bit {@code p} is set when {@code p} (00–99) is a GB/T 2260 province part. */
    private static final long[] PROVINCES = new long[2];

    static {
        int[][] ranges = {{11, 15}, {21, 23}, {31, 37}, {41, 46}, {50, 54}, {61, 65}, {71, 71},
            {81, 82}};
        for (int[] range : ranges) {
            for (int p = range[0]; p <= range[1]; p++) {
                PROVINCES[p >> 6] |= 1L << (p & 63);
            }
        }
    }

    private DivisionLookup() {}

    /**
     * Returns whether the six characters at {@code offset} are a known division code. Does not
     * allocate.
     *
     * @param text    the text, at least {@code offset + 6} characters long
     * @param offset  the index of the first character of the division code
     * @return true when known
     */
    public static boolean isKnownDivision(CharSequence text, int offset) {
        int province = 0;
        boolean national = true;
        for (int i = 0; i < 6; i++) {
            char c = text.charAt(offset + i);
            if (c < '0' || c > '9') {
                return false;
            }
            if (i < 2) {
                province = province * 10 + (c - '0');
            }
            national &= i == 0 ? c == '1' : c == '0';
        }
        return national || (PROVINCES[province >> 6] & (1L << (province & 63))) != 0;
    }
}
