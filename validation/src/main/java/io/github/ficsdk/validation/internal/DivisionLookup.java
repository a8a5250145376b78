package io.github.ficsdk.validation.internal;

/**
 * The seam between credit-code validation and the GB/T 2260 division table: whether the six
 * characters at positions 3–8 of a credit code name a known division of the bundled table, or
 * {@code 100000}, which national registration authorities use. Internal: not part of the API.
 */
public final class DivisionLookup {

    private static final int NATIONAL = 100000;

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
        int code = 0;
        for (int i = 0; i < 6; i++) {
            char c = text.charAt(offset + i);
            if (c < '0' || c > '9') {
                return false;
            }
            code = code * 10 + (c - '0');
        }
        return code == NATIONAL || DivisionTable.get().indexOf(code) >= 0;
    }
}
