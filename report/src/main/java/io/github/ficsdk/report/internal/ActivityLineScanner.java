package io.github.ficsdk.report.internal;

import io.github.ficsdk.core.io.internal.Utf8;
import java.nio.charset.StandardCharsets;

/**
 * A byte-level scanner for the common, canonical shape of an {@code activities.jsonl} line. It
 * accepts a line only when it is certain that the strict reader of {@code fic-core} would accept
 * it with the same values; on anything else (an escape, a null, an unknown or repeated property,
 * {@code extensions}, a number it does not read, a carriage return, an invalid value) it answers
 * {@code false} and the caller parses the line with the strict reader, which then decides, and
 * names the problem when there is one. Being conservative is what makes the two paths agree. A
 * target repeated within the activity is held once and noted in the {@link ScannedActivity}, for
 * the caller to warn of it as the strict reader does.
 *
 * <p>Not thread-safe: one per thread.
 */
public final class ActivityLineScanner {

    private static final byte[][] KEYS = keys("id", "kind", "title", "start", "end", "organizers", "region",
            "sessions", "participants", "copies", "amountYuan", "targets", "tags");
    private static final int ID = 0;
    private static final int KIND = 1;
    private static final int TITLE = 2;
    private static final int START = 3;
    private static final int END = 4;
    private static final int ORGANIZERS = 5;
    private static final int REGION = 6;
    private static final int SESSIONS = 7;
    private static final int PARTICIPANTS = 8;
    private static final int COPIES = 9;
    private static final int AMOUNT = 10;
    private static final int TARGETS = 11;
    private static final int TAGS = 12;
    private static final int REQUIRED = (1 << ID) | (1 << KIND) | (1 << START) | (1 << ORGANIZERS);

    private static final byte[][] TARGET_TYPE_BYTES = keys(ScannedActivity.TARGET_TYPES);
    private static final byte[] TYPE = "type".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TARGET_ID = "id".getBytes(StandardCharsets.US_ASCII);

    private final KindCodes kinds;

    private byte[] b;
    private int p;
    private int limit;
    private int strOff;
    private int strLen;
    private long number;

    /**
     * Creates a scanner.
     *
     * @param kinds  the activity kind codes the strict reader accepts
     */
    public ActivityLineScanner(KindCodes kinds) {
        this.kinds = kinds;
    }

    private static byte[][] keys(String... names) {
        byte[][] out = new byte[names.length][];
        for (int i = 0; i < names.length; i++) {
            out[i] = names[i].getBytes(StandardCharsets.US_ASCII);
        }
        return out;
    }

    /**
     * Scans one line (without its line feed).
     *
     * @param buf   the bytes
     * @param from  the first byte of the line
     * @param to    one past the last byte of the line
     * @param into  receives the activity; reset by this call
     * @return true when the line is certainly valid and was read; false when the strict reader
     *     must decide
     */
    public boolean scan(byte[] buf, int from, int to, ScannedActivity into) {
        b = buf;
        p = from;
        limit = to;
        into.reset();
        into.buf = buf;
        try {
            return object(into);
        } catch (ArrayIndexOutOfBoundsException e) {
            return false;
        }
    }

    private boolean object(ScannedActivity a) {
        skipWs();
        if (!expect('{')) {
            return false;
        }
        int seen = 0;
        skipWs();
        if (peek() == '}') {
            return false;
        }
        while (true) {
            if (!string()) {
                return false;
            }
            int key = key(strOff, strLen);
            if (key < 0 || (seen & (1 << key)) != 0) {
                return false;
            }
            seen |= 1 << key;
            skipWs();
            if (!expect(':')) {
                return false;
            }
            skipWs();
            if (!value(key, a)) {
                return false;
            }
            skipWs();
            byte c = next();
            if (c == '}') {
                break;
            }
            if (c != ',') {
                return false;
            }
            skipWs();
        }
        skipWs();
        if (p != limit || (seen & REQUIRED) != REQUIRED) {
            return false;
        }
        if ((seen & (1 << END)) == 0) {
            a.end = a.start;
        }
        return a.end >= a.start;
    }

    private boolean value(int key, ScannedActivity a) {
        switch (key) {
            case ID:
                if (!string() || !Ids.isValid(b, strOff, strLen)) {
                    return false;
                }
                a.idOff = strOff;
                a.idLen = strLen;
                return true;
            case KIND:
                if (!string() || !kinds.accepts(b, strOff, strLen)) {
                    return false;
                }
                a.kindOff = strOff;
                a.kindLen = strLen;
                return true;
            case TITLE:
            case REGION:
                return string();
            case START:
                if (!string()) {
                    return false;
                }
                a.start = Dates.parse(b, strOff, strLen);
                return a.start > 0;
            case END:
                if (!string()) {
                    return false;
                }
                a.end = Dates.parse(b, strOff, strLen);
                return a.end > 0;
            case ORGANIZERS:
                return organizers(a);
            case SESSIONS:
                if (!integer() || number < 1 || number > Integer.MAX_VALUE) {
                    return false;
                }
                a.sessions = number;
                return true;
            case PARTICIPANTS:
                if (!integer()) {
                    return false;
                }
                a.participants = number;
                return true;
            case COPIES:
                if (!integer()) {
                    return false;
                }
                a.copies = number;
                return true;
            case AMOUNT:
                if (!string()) {
                    return false;
                }
                a.amountFen = Amounts.parseFen(b, strOff, strLen);
                return a.amountFen >= 0;
            case TARGETS:
                return targets(a);
            case TAGS:
                return tags();
            default:
                return false;
        }
    }

    private boolean organizers(ScannedActivity a) {
        if (!expect('[')) {
            return false;
        }
        skipWs();
        if (peek() == ']') {
            return false; // at least one organizer: the strict reader names the problem
        }
        while (true) {
            if (!string() || !Ids.isValid(b, strOff, strLen)) {
                return false;
            }
            a.addOrganizer(strOff, strLen);
            skipWs();
            byte c = next();
            if (c == ']') {
                return true;
            }
            if (c != ',') {
                return false;
            }
            skipWs();
        }
    }

    private boolean targets(ScannedActivity a) {
        if (!expect('[')) {
            return false;
        }
        skipWs();
        if (peek() == ']') {
            p++;
            return true;
        }
        while (true) {
            if (!target(a)) {
                return false;
            }
            skipWs();
            byte c = next();
            if (c == ']') {
                return true;
            }
            if (c != ',') {
                return false;
            }
            skipWs();
        }
    }

    private boolean target(ScannedActivity a) {
        if (!expect('{')) {
            return false;
        }
        int type = -1;
        int idOff = -1;
        int idLen = 0;
        for (int member = 0; member < 2; member++) {
            skipWs();
            if (!string()) {
                return false;
            }
            boolean isType = equals(strOff, strLen, TYPE);
            if (!isType && !equals(strOff, strLen, TARGET_ID)) {
                return false;
            }
            skipWs();
            if (!expect(':')) {
                return false;
            }
            skipWs();
            if (!string()) {
                return false;
            }
            if (isType) {
                if (type >= 0) {
                    return false;
                }
                type = targetType(strOff, strLen);
                if (type < 0) {
                    return false;
                }
            } else {
                if (idOff >= 0 || !Ids.isValid(b, strOff, strLen)) {
                    return false;
                }
                idOff = strOff;
                idLen = strLen;
            }
            skipWs();
            if (member == 0 && !expect(',')) {
                return false;
            }
        }
        if (!expect('}') || type < 0 || idOff < 0) {
            return false;
        }
        // a target repeated within the activity counts once; the caller warns of the repeat
        a.addTargetOnce(b, type, idOff, idLen, ByteKeyTable.hash(b, idOff, idLen));
        return true;
    }

    private boolean tags() {
        if (!expect('[')) {
            return false;
        }
        skipWs();
        if (peek() == ']') {
            p++;
            return true;
        }
        while (true) {
            if (!string() || !nonBlank(b, strOff, strLen)) {
                return false; // a blank tag is the strict reader's BLANK
            }
            skipWs();
            byte c = next();
            if (c == ']') {
                return true;
            }
            if (c != ',') {
                return false;
            }
            skipWs();
        }
    }

    /**
     * Tells whether a well-formed UTF-8 string holds a character that is not white space in the
     * sense of {@link String#isBlank()}, without allocating.
     */
    static boolean nonBlank(byte[] b, int off, int len) {
        int i = off;
        int end = off + len;
        while (i < end) {
            int c = b[i] & 0xFF;
            int cp;
            int n;
            if (c < 0x80) {
                cp = c;
                n = 1;
            } else if (c < 0xE0) {
                cp = (c & 0x1F) << 6 | (b[i + 1] & 0x3F);
                n = 2;
            } else if (c < 0xF0) {
                cp = (c & 0x0F) << 12 | (b[i + 1] & 0x3F) << 6 | (b[i + 2] & 0x3F);
                n = 3;
            } else {
                cp = (c & 0x07) << 18 | (b[i + 1] & 0x3F) << 12 | (b[i + 2] & 0x3F) << 6 | (b[i + 3] & 0x3F);
                n = 4;
            }
            if (!Character.isWhitespace(cp)) {
                return true;
            }
            i += n;
        }
        return false;
    }

    /** Reads a string without escapes or control characters; non-ASCII must be valid UTF-8. */
    private boolean string() {
        if (p >= limit || b[p] != '"') {
            return false;
        }
        int start = ++p;
        boolean ascii = true;
        while (true) {
            if (p >= limit) {
                return false;
            }
            byte c = b[p];
            if (c == '"') {
                break;
            }
            if (c == '\\' || (c >= 0 && c < 0x20)) {
                return false;
            }
            if (c < 0) {
                ascii = false;
            }
            p++;
        }
        strOff = start;
        strLen = p - start;
        p++;
        return ascii || Utf8.firstInvalid(b, start, strLen) < 0;
    }

    /** Reads a non-negative JSON integer of at most 18 digits. */
    private boolean integer() {
        int start = p;
        long n = 0;
        while (p < limit && b[p] >= '0' && b[p] <= '9') {
            n = n * 10 + (b[p] - '0');
            p++;
        }
        int digits = p - start;
        if (digits == 0 || digits > 18 || (digits > 1 && b[start] == '0')) {
            return false;
        }
        if (p < limit && (b[p] == '.' || b[p] == 'e' || b[p] == 'E')) {
            return false;
        }
        number = n;
        return true;
    }

    private int key(int off, int len) {
        for (int k = 0; k < KEYS.length; k++) {
            if (equals(off, len, KEYS[k])) {
                return k;
            }
        }
        return -1;
    }

    private int targetType(int off, int len) {
        for (int t = 0; t < TARGET_TYPE_BYTES.length; t++) {
            if (equals(off, len, TARGET_TYPE_BYTES[t])) {
                return t;
            }
        }
        return -1;
    }

    private boolean equals(int off, int len, byte[] key) {
        if (len != key.length) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            if (b[off + i] != key[i]) {
                return false;
            }
        }
        return true;
    }

    private void skipWs() {
        while (p < limit && (b[p] == ' ' || b[p] == '\t')) {
            p++;
        }
    }

    private byte peek() {
        return p < limit ? b[p] : 0;
    }

    private byte next() {
        return p < limit ? b[p++] : 0;
    }

    private boolean expect(char c) {
        if (p < limit && b[p] == c) {
            p++;
            return true;
        }
        return false;
    }
}
