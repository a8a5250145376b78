package io.github.ficsdk.report.internal;

import java.util.List;

/** The activity kind codes the strict reader accepts: the standard ones and {@code X_} team codes. */
public final class KindCodes {

    private final ByteKeyTable standard = new ByteKeyTable(32);

    /**
     * Creates the code list.
     *
     * @param standardCodes  the standard codes
     */
    public KindCodes(List<String> standardCodes) {
        standardCodes.forEach(standard::addIfAbsent);
    }

    /**
     * Tells whether bytes are an accepted kind code: a standard code, or {@code X_} followed by 1
     * to 62 of {@code A-Z 0-9 _}.
     *
     * @param b    the bytes
     * @param off  the first byte
     * @param len  the length
     * @return true if accepted
     */
    public boolean accepts(byte[] b, int off, int len) {
        if (len > 2 && b[off] == 'X' && b[off + 1] == '_') {
            if (len > 64) {
                return false;
            }
            for (int i = off + 2; i < off + len; i++) {
                byte c = b[i];
                if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) {
                    return false;
                }
            }
            return true;
        }
        return standard.find(b, off, len, ByteKeyTable.hash(b, off, len)) >= 0;
    }
}
