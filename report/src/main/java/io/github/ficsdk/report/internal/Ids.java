package io.github.ficsdk.report.internal;

/** The id pattern {@code [A-Za-z0-9][A-Za-z0-9._:-]{0,63}} over bytes. */
public final class Ids {

    private Ids() {}

    /**
     * Tells whether bytes form a valid id.
     *
     * @param b    the bytes
     * @param off  the first byte
     * @param len  the length
     * @return true if valid
     */
    public static boolean isValid(byte[] b, int off, int len) {
        if (len < 1 || len > 64 || !alnum(b[off])) {
            return false;
        }
        for (int i = off + 1; i < off + len; i++) {
            byte c = b[i];
            if (!alnum(c) && c != '.' && c != '_' && c != ':' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean alnum(byte c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }
}
