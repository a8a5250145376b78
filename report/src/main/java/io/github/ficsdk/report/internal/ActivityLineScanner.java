package io.github.ficsdk.report.internal;

import io.github.ficsdk.core.activity.TargetType;
import io.github.ficsdk.core.io.bytes.ByteRules;
import io.github.ficsdk.validation.DivisionCode;
import io.github.ficsdk.core.schema.RecordSchema;
import io.github.ficsdk.core.schema.RecordSchemas;
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

    /** The JSON names of an activity's properties, in the order of its record schema. */
    private static final byte[][] KEYS = keys(RecordSchemas.ACTIVITY.getPropertyNames());
    // what the scanner does with each property, by the property's index in the schema
    private static final int ID = RecordSchemas.ACTIVITY.indexOf("id");
    private static final int KIND = RecordSchemas.ACTIVITY.indexOf("kind");
    private static final int TITLE = RecordSchemas.ACTIVITY.indexOf("title");
    private static final int START = RecordSchemas.ACTIVITY.indexOf("start");
    private static final int END = RecordSchemas.ACTIVITY.indexOf("end");
    private static final int ORGANIZERS = RecordSchemas.ACTIVITY.indexOf("organizers");
    private static final int REGION = RecordSchemas.ACTIVITY.indexOf("region");
    private static final int SESSIONS = RecordSchemas.ACTIVITY.indexOf("sessions");
    private static final int PARTICIPANTS = RecordSchemas.ACTIVITY.indexOf("participants");
    private static final int COPIES = RecordSchemas.ACTIVITY.indexOf("copies");
    private static final int AMOUNT = RecordSchemas.ACTIVITY.indexOf("amountYuan");
    private static final int TARGETS = RecordSchemas.ACTIVITY.indexOf("targets");
    private static final int TAGS = RecordSchemas.ACTIVITY.indexOf("tags");
    /** The properties read here (any other, such as {@code extensions}, is left to the strict reader). */
    private static final int[] ROLE = roles();
    private static final int REQUIRED = required();

    private static final byte[] TYPE = key(RecordSchemas.ACTIVITY_TARGET, "type");
    private static final byte[] TARGET_ID = key(RecordSchemas.ACTIVITY_TARGET, "id");

    /** The earliest start or end the scanner reads itself (year 0001); earlier ones go to the strict reader. */
    private static final int FIRST_DATE = 10101;

    private byte[] b;
    private int p;
    private int limit;
    private int strOff;
    private int strLen;
    private long number;

    /** Creates a scanner. */
    public ActivityLineScanner() {
        // per-thread state only
    }

    private static byte[][] keys(java.util.List<String> names) {
        if (names.size() > 31) {
            throw new IllegalStateException("the scanner marks the properties seen in an int: " + names);
        }
        byte[][] out = new byte[names.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = names.get(i).getBytes(StandardCharsets.UTF_8);
        }
        return out;
    }

    private static byte[] key(RecordSchema<?> schema, String name) {
        return schema.property(name).orElseThrow().getName().getBytes(StandardCharsets.UTF_8);
    }

    private static int[] roles() {
        int[] roles = new int[KEYS.length];
        java.util.Arrays.fill(roles, -1);
        int[] read = {ID, KIND, TITLE, START, END, ORGANIZERS, REGION, SESSIONS, PARTICIPANTS, COPIES, AMOUNT,
            TARGETS, TAGS};
        for (int index : read) {
            roles[index] = index;
        }
        return roles;
    }

    private static int required() {
        int mask = 0;
        for (int i = 0; i < KEYS.length; i++) {
            if (RecordSchemas.ACTIVITY.getProperty(i).isRequired()) {
                mask |= 1 << i;
            }
        }
        return mask;
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

    /** The region's bytes as characters, reused for every line (no allocation). */
    private final AsciiChars region = new AsciiChars();

    /**
     * Bytes seen as characters, one per byte: the digits of a division code read as themselves,
     * any other byte as a character that is not an ASCII digit.
     */
    private static final class AsciiChars implements CharSequence {
        private byte[] bytes;
        private int off;
        private int len;

        AsciiChars of(byte[] bytes, int off, int len) {
            this.bytes = bytes;
            this.off = off;
            this.len = len;
            return this;
        }

        @Override
        public int length() {
            return len;
        }

        @Override
        public char charAt(int index) {
            if (index < 0 || index >= len) {
                throw new IndexOutOfBoundsException(index);
            }
            return (char) (bytes[off + index] & 0xFF);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new String(bytes, off + start, end - start, java.nio.charset.StandardCharsets.ISO_8859_1);
        }

        @Override
        public String toString() {
            return new String(bytes, off, len, java.nio.charset.StandardCharsets.ISO_8859_1);
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
            int after = separator('}');
            if (after == BAD) {
                return false;
            }
            if (after == CLOSED) {
                break;
            }
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
        int role = ROLE[key];
        if (role == ID) {
            if (!string() || !ByteRules.isId(b, strOff, strLen)) {
                return false;
            }
            a.idOff = strOff;
            a.idLen = strLen;
            return true;
        } else if (role == KIND) {
            if (!string() || !ByteRules.isKindCode(b, strOff, strLen)) {
                return false;
            }
            a.kindOff = strOff;
            a.kindLen = strLen;
            return true;
        } else if (role == TITLE) {
            return string();
        } else if (role == REGION) {
            // a region that Bean Validation would reject (@ValidDivisionCode) is the strict reader's
            return string() && DivisionCode.isKnown(region.of(b, strOff, strLen));
        } else if (role == START) {
            if (!string()) {
                return false;
            }
            a.start = ByteRules.isoDate(b, strOff, strLen);
            return a.start >= FIRST_DATE;
        } else if (role == END) {
            if (!string()) {
                return false;
            }
            a.end = ByteRules.isoDate(b, strOff, strLen);
            return a.end >= FIRST_DATE;
        } else if (role == ORGANIZERS) {
            return array(ORGANIZER_IDS, true, a); // at least one organizer
        } else if (role == SESSIONS) {
            if (!integer() || number < 1 || number > Integer.MAX_VALUE) {
                return false;
            }
            a.sessions = number;
            return true;
        } else if (role == PARTICIPANTS) {
            if (!integer()) {
                return false;
            }
            a.participants = number;
            return true;
        } else if (role == COPIES) {
            if (!integer()) {
                return false;
            }
            a.copies = number;
            return true;
        } else if (role == AMOUNT) {
            if (!string()) {
                return false;
            }
            a.amountFen = ByteRules.fen(b, strOff, strLen);
            return a.amountFen >= 0;
        } else if (role == TARGETS) {
            return array(TARGET_OBJECTS, false, a);
        } else if (role == TAGS) {
            return array(TAG_STRINGS, false, a);
        }
        return false;
    }

    // what an array read by array(...) holds
    private static final int ORGANIZER_IDS = 0;
    private static final int TARGET_OBJECTS = 1;
    private static final int TAG_STRINGS = 2;
    // what separator(...) found after a member or element
    private static final int CLOSED = 1;
    private static final int MORE = 0;
    private static final int BAD = -1;

    /**
     * Reads a JSON array of the given kind of element; an empty one is refused when {@code nonEmpty}
     * (the strict reader then names the problem).
     */
    private boolean array(int elements, boolean nonEmpty, ScannedActivity a) {
        if (!expect('[')) {
            return false;
        }
        skipWs();
        if (peek() == ']') {
            p++;
            return !nonEmpty;
        }
        while (true) {
            if (!element(elements, a)) {
                return false;
            }
            int after = separator(']');
            if (after != MORE) {
                return after == CLOSED;
            }
        }
    }

    private boolean element(int elements, ScannedActivity a) {
        if (elements == ORGANIZER_IDS) {
            if (!string() || !ByteRules.isId(b, strOff, strLen)) {
                return false;
            }
            a.addOrganizer(strOff, strLen);
            return true;
        } else if (elements == TARGET_OBJECTS) {
            return target(a);
        }
        return string() && nonBlank(b, strOff, strLen); // a blank tag is the strict reader's BLANK
    }

    /**
     * Reads what follows a member or element: the closing byte ({@link #CLOSED}), or a comma and
     * the white space after it ({@link #MORE}); anything else is {@link #BAD}.
     */
    private int separator(char close) {
        skipWs();
        byte c = next();
        if (c == close) {
            return CLOSED;
        }
        if (c != ',') {
            return BAD;
        }
        skipWs();
        return MORE;
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
                TargetType t = ByteRules.targetType(b, strOff, strLen);
                if (t == null) {
                    return false;
                }
                type = t.ordinal();
            } else {
                if (idOff >= 0 || !ByteRules.isId(b, strOff, strLen)) {
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
        return ascii || ByteRules.firstInvalidUtf8(b, start, strLen) < 0;
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
