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

    /** For each member (and, last, the start of the object), the member that followed it last time. */
    private final int[] next = new int[KEYS.length + 1];

    private byte[] b;
    private int p;
    private int limit;
    private int strOff;
    private int strLen;
    private long number;

    /** Creates a scanner. */
    public ActivityLineScanner() {
        java.util.Arrays.fill(next, -1);
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

    /** Whether the line ends at a line feed that the scanner finds ({@link #scanLine}), else at the limit. */
    private boolean toLineFeed;

    /**
     * Scans the line that starts at {@code from} and ends at the first line feed, which it finds
     * while it reads the line (no separate pass over the bytes for the line end): a valid line
     * holds no line feed, so the scanner, which accepts no byte it does not expect, never reads
     * past it.
     *
     * @param buf        the bytes
     * @param from       the first byte of the line
     * @param bufferEnd  one past the last byte that may be looked at
     * @param into       receives the activity; reset by this call
     * @return the index of the line feed that ends the line when the line is certainly valid and
     *     was read; -1 when the strict reader must decide (or the line feed is not before
     *     {@code bufferEnd}), the line then to be found and read the usual way
     */
    public int scanLine(byte[] buf, int from, int bufferEnd, ScannedActivity into) {
        toLineFeed = true;
        try {
            return scan(buf, from, bufferEnd, into) ? p : -1;
        } finally {
            toLineFeed = false;
        }
    }

    /** Regions found known (as six-digit numbers), to spare looking the same ones up line after line. */
    private final int[] knownRegions = new int[16];
    private int knownRegionCount;

    /** The number six ASCII digits form, else -1. */
    private static int sixDigits(byte[] b, int off, int len) {
        if (len != 6) {
            return -1;
        }
        int n = 0;
        for (int i = off; i < off + 6; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            n = n * 10 + d;
        }
        return n;
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
        int previous = KEYS.length; // the guess for the first member is NEXT[KEYS.length]
        while (true) {
            int key;
            int guess = next[previous];
            int second = guess >= 0 ? next[guess] : -1; // when the guess is an optional member that is absent
            if (guess >= 0 && literal(guess)) {
                key = guess;
            } else if (second >= 0 && literal(second)) {
                key = second;
            } else {
                if (!string()) {
                    return false;
                }
                key = key(strOff, strLen);
                if (key >= 0) {
                    next[previous] = key; // lines of a file tend to list their members in one order
                }
                if (!token(':')) {
                    return false;
                }
            }
            previous = key;
            if (key < 0 || (seen & (1 << key)) != 0) {
                return false;
            }
            seen |= 1 << key;
            // (white space after the colon: each reader of a value skips it when it does not find
            // its first byte at once, so a canonical line pays nothing for it)
            if (!value(key, a)) {
                return false;
            }
            // the separator of a canonical line, looked at here (a call fewer a member)
            if (p < limit) {
                byte c = b[p];
                if (c == ',') {
                    p++;
                    skipWs();
                    continue;
                }
                if (c == '}') {
                    p++;
                    break;
                }
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
        boolean ended = toLineFeed ? p < limit && b[p] == '\n' : p == limit;
        if (!ended || (seen & REQUIRED) != REQUIRED) {
            return false;
        }
        if ((seen & (1 << END)) == 0) {
            a.end = a.start;
        }
        return a.end >= a.start;
    }

    private boolean value(int key, ScannedActivity a) {
        int role = ROLE[key];
        // one call site per reader, so that the compiled scanner stays small (a 1 s run pays for its compilation)
        if (role == ID) {
            if (!idString()) {
                return false;
            }
            a.idOff = strOff;
            a.idLen = strLen;
            return true;
        } else if (role == ORGANIZERS) {
            return organizers(a);
        } else if (role == TARGETS) {
            return targets(a);
        } else if (role == TAGS) {
            return tags();
        } else if (role == SESSIONS || role == PARTICIPANTS || role == COPIES) {
            if (!integer()) {
                return false;
            }
            if (role == SESSIONS) {
                if (number < 1 || number > Integer.MAX_VALUE) {
                    return false;
                }
                a.sessions = number;
            } else if (role == PARTICIPANTS) {
                a.participants = number;
            } else {
                a.copies = number;
            }
            return true;
        } else if (role == START) {
            a.start = date();
            return a.start >= FIRST_DATE;
        } else if (role == END) {
            a.end = date();
            return a.end >= FIRST_DATE;
        } else if (role == REGION) {
            return region();
        } else if (role < 0 || !string()) {
            return false;
        }
        // the other members whose value is a string
        if (role == KIND) {
            if (!ByteRules.isKindCode(b, strOff, strLen)) {
                return false;
            }
            a.kindOff = strOff;
            a.kindLen = strLen;
            return true;
        } else if (role == TITLE) {
            return true;
        } else if (role == AMOUNT) {
            a.amountFen = ByteRules.fen(b, strOff, strLen);
            return a.amountFen >= 0;
        }
        return false;
    }

    /**
     * Reads a date: {@code "YYYY-MM-DD"} looked at in place (ten bytes between quotes), else read as
     * a string first.
     *
     * @return the date as yyyymmdd, or -1 when it is not one
     */
    private int date() {
        int at = p;
        if (at + 12 <= limit && b[at] == '"' && b[at + 11] == '"') {
            int date = ByteRules.isoDate(b, at + 1, 10); // checks every byte: no escape, no quote
            if (date >= 0) {
                p = at + 12;
            }
            return date;
        }
        return string() ? ByteRules.isoDate(b, strOff, strLen) : -1;
    }

    /**
     * Reads a region, which must be a known division code (one that Bean Validation would reject,
     * {@code @ValidDivisionCode}, is the strict reader's): six digits between quotes that are one
     * of the regions met before are looked at in place, anything else is read as a string first.
     */
    private boolean region() {
        int at = p;
        if (at + 8 <= limit && b[at] == '"' && b[at + 7] == '"' && metBefore(sixDigits(b, at + 1, 6))) {
            p = at + 8;
            return true;
        }
        return string() && knownRegion();
    }

    /** Tells whether a region (as a six-digit number, -1 for none) is one of the last known ones (a file's regions are few). */
    private boolean metBefore(int code) {
        for (int r = 0; r < knownRegionCount; r++) {
            if (knownRegions[r] == code) {
                return true;
            }
        }
        return false;
    }

    /** Tells whether the string just read is a known division code. */
    private boolean knownRegion() {
        int code = sixDigits(b, strOff, strLen);
        if (code >= 0 && metBefore(code)) {
            return true;
        }
        if (!DivisionCode.isKnown(region.of(b, strOff, strLen))) {
            return false;
        }
        if (code >= 0 && knownRegionCount < knownRegions.length) {
            knownRegions[knownRegionCount++] = code;
        }
        return true;
    }

    // what separator(...) found after a member or element
    private static final int CLOSED = 1;
    private static final int MORE = 0;
    private static final int BAD = -1;

    /** Reads the organizers: a non-empty array of ids (an empty one is the strict reader's to name). */
    private boolean organizers(ScannedActivity a) {
        if (!expect('[')) {
            return false;
        }
        skipWs();
        while (true) {
            if (!idString()) {
                return false;
            }
            a.addOrganizer(strOff, strLen);
            int after = separator(']');
            if (after != MORE) {
                return after == CLOSED;
            }
        }
    }

    /** Reads the targets: an array of target objects, maybe empty. */
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
            int after = separator(']');
            if (after != MORE) {
                return after == CLOSED;
            }
        }
    }

    /** Reads the tags: an array of strings, none blank (a blank tag is the strict reader's BLANK), maybe empty. */
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
                return false;
            }
            int after = separator(']');
            if (after != MORE) {
                return after == CLOSED;
            }
        }
    }

    /**
     * Reads what follows a member or element: the closing byte ({@link #CLOSED}), or a comma and
     * the white space after it ({@link #MORE}); anything else is {@link #BAD}.
     */
    private int separator(char close) {
        byte c = p < limit ? b[p] : 0;
        if (c == ' ' || c == '\t') {
            skipSpacesAndTabs();
            c = next();
        } else {
            p++; // canonical lines: the separator itself (a byte past the end is never read again)
        }
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
            boolean isType;
            if (literal(member == 0 ? TYPE_NAME : ID_NAME)) {
                isType = member == 0;
            } else if (literal(member == 0 ? ID_NAME : TYPE_NAME)) {
                isType = member != 0;
            } else {
                // a name with white space before its colon, read the longer way (another member,
                // or a name with an escape, is the strict reader's)
                if (!string()) {
                    return false;
                }
                if (equals(strOff, strLen, TYPE)) {
                    isType = true;
                } else if (equals(strOff, strLen, TARGET_ID)) {
                    isType = false;
                } else {
                    return false;
                }
                if (!token(':')) {
                    return false;
                }
            }
            if (isType) {
                int t = targetType();
                if (type >= 0 || t < 0) {
                    return false;
                }
                type = t;
            } else {
                if (idOff >= 0 || !idString()) {
                    return false;
                }
                idOff = strOff;
                idLen = strLen;
            }
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
     * Reads a target type: its name between quotes compared whole with each type's (two masked
     * words), else read as a string and looked up.
     *
     * @return the type's ordinal, or -1 when it is not one
     */
    private int targetType() {
        int at = p;
        if (at + 16 <= limit) {
            long w0 = (long) LONGS.get(b, at);
            long w1 = (long) LONGS.get(b, at + 8);
            for (int t = 0; t < TYPE_WORD0.length; t++) {
                if (((w0 ^ TYPE_WORD0[t]) & TYPE_MASK0[t]) == 0 && ((w1 ^ TYPE_WORD1[t]) & TYPE_MASK1[t]) == 0
                        && TYPE_LENGTH[t] <= 16) {
                    p = at + TYPE_LENGTH[t];
                    return t;
                }
            }
        }
        if (!string()) {
            return -1;
        }
        TargetType t = ByteRules.targetType(b, strOff, strLen);
        return t == null ? -1 : t.ordinal();
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

    /** Reads a string (after any white space) without escapes or control characters; non-ASCII must be valid UTF-8. */
    private boolean string() {
        if ((p >= limit || b[p] != '"') && !quoteAfterWs()) {
            return false;
        }
        int start = ++p;
        int i = p;
        int end = limit;
        byte[] bytes = b;
        while (true) {
            if (i >= end) {
                return false;
            }
            byte c = bytes[i];
            if (c >= 0x20) {
                if (c == '"') {
                    break;
                }
                if (c == '\\') {
                    return false;
                }
                i++;
            } else if (c >= 0) {
                return false; // a control character
            } else {
                // non-ASCII: checked as it is met, in the same pass (a well-formed sequence holds
                // no byte below 0x80, so it never hides a quote or a backslash)
                int n = ByteRules.utf8Sequence(bytes, i, end);
                if (n <= 0) {
                    return false;
                }
                i += n;
            }
        }
        strOff = start;
        strLen = i - start;
        p = i + 1;
        return true;
    }

    /**
     * Reads a string (after any white space) that is an id ({@link ByteRules#isId}) in one pass
     * over its bytes; false for anything else (the strict reader then decides, as it does for an
     * id that is not one).
     */
    private boolean idString() {
        if ((p >= limit || b[p] != '"') && !quoteAfterWs()) {
            return false;
        }
        int start = p + 1;
        int i = start;
        int end = Math.min(limit, start + ByteRules.MAX_ID_LENGTH);
        byte[] bytes = b;
        if (i >= end || !ID_START[bytes[i] & 0xFF]) {
            return false;
        }
        i++;
        while (i < end && ID_PART[bytes[i] & 0xFF]) {
            i++;
        }
        if (i >= limit || bytes[i] != '"') {
            return false;
        }
        strOff = start;
        strLen = i - start;
        p = i + 1;
        return true;
    }

    private static final java.lang.invoke.VarHandle LONGS = java.lang.invoke.MethodHandles.byteArrayViewVarHandle(
            long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

    /** The names compared whole, with the colon after them ({@link #literal}): the activity's members, then a target's two. */
    private static final byte[][] NAMES = names();
    private static final int TYPE_NAME = KEYS.length;
    private static final int ID_NAME = KEYS.length + 1;
    /** Each quoted name as two little-endian words, and the masks of its bytes in them. */
    private static final long[] WORD0 = new long[NAMES.length];
    private static final long[] WORD1 = new long[NAMES.length];
    private static final long[] MASK0 = new long[NAMES.length];
    private static final long[] MASK1 = new long[NAMES.length];

    static {
        for (int k = 0; k < NAMES.length; k++) {
            byte[] q = new byte[NAMES[k].length + 3];
            q[0] = '"';
            System.arraycopy(NAMES[k], 0, q, 1, NAMES[k].length);
            q[q.length - 2] = '"';
            q[q.length - 1] = ':';
            words(q, k, WORD0, WORD1, MASK0, MASK1);
        }
    }

    /** Puts the first 16 bytes of {@code q} into two little-endian words at {@code k}, with the masks of the bytes. */
    private static void words(byte[] q, int k, long[] word0, long[] word1, long[] mask0, long[] mask1) {
        for (int i = 0; i < Math.min(q.length, 16); i++) {
            long bits = (q[i] & 0xFFL) << ((i & 7) * 8);
            long mask = 0xFFL << ((i & 7) * 8);
            if (i < 8) {
                word0[k] |= bits;
                mask0[k] |= mask;
            } else {
                word1[k] |= bits;
                mask1[k] |= mask;
            }
        }
    }

    /**
     * Each target type's quoted name (by ordinal) as two little-endian words and their masks, and
     * its length with the quotes (a name longer than two words is read as a string).
     */
    private static final long[] TYPE_WORD0 = new long[TargetType.values().length];
    private static final long[] TYPE_WORD1 = new long[TYPE_WORD0.length];
    private static final long[] TYPE_MASK0 = new long[TYPE_WORD0.length];
    private static final long[] TYPE_MASK1 = new long[TYPE_WORD0.length];
    private static final int[] TYPE_LENGTH = new int[TYPE_WORD0.length];

    static {
        for (TargetType type : TargetType.values()) {
            int t = type.ordinal();
            byte[] q = ("\"" + type.name() + "\"").getBytes(StandardCharsets.US_ASCII);
            TYPE_LENGTH[t] = q.length;
            words(q, t, TYPE_WORD0, TYPE_WORD1, TYPE_MASK0, TYPE_MASK1);
        }
    }

    private static byte[][] names() {
        byte[][] names = java.util.Arrays.copyOf(KEYS, KEYS.length + 2);
        names[KEYS.length] = TYPE;
        names[KEYS.length + 1] = TARGET_ID;
        return names;
    }

    /** The bytes that may start an id, and those that may follow (ByteRules.isId's rule, as tables). */
    private static final boolean[] ID_START = idTable(true);
    private static final boolean[] ID_PART = idTable(false);

    private static boolean[] idTable(boolean start) {
        boolean[] table = new boolean[256];
        byte[] one = new byte[2];
        for (int c = 0; c < 256; c++) {
            one[0] = start ? (byte) c : (byte) 'A';
            one[1] = (byte) c;
            table[c] = start ? ByteRules.isId(one, 0, 1) : ByteRules.isId(one, 0, 2);
        }
        return table;
    }

    /**
     * Reads a member name when it is exactly {@code key} (no escape, nothing else) and the colon
     * right after it: one comparison instead of reading the string, looking it up and then
     * looking for the colon. False leaves the position unchanged (a name with white space before
     * its colon is then read the longer way).
     */
    private boolean literal(int name) {
        byte[] key = NAMES[name];
        int len = key.length;
        int at = p;
        if (len <= 13 && at + 16 <= limit) {
            // the quoted name and its colon, up to 16 bytes, compared as two words
            if ((((long) LONGS.get(b, at) ^ WORD0[name]) & MASK0[name]) != 0
                    || (((long) LONGS.get(b, at + 8) ^ WORD1[name]) & MASK1[name]) != 0) {
                return false;
            }
        } else {
            if (at + len + 2 >= limit || b[at] != '"' || b[at + len + 1] != '"' || b[at + len + 2] != ':') {
                return false;
            }
            for (int i = 0; i < len; i++) {
                if (b[at + 1 + i] != key[i]) {
                    return false;
                }
            }
        }
        strOff = at + 1;
        strLen = len;
        p = at + len + 3;
        return true;
    }

    /** Reads a non-negative JSON integer of at most 18 digits, after any white space. */
    private boolean integer() {
        skipWs();
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

    /**
     * Skips white space, reads {@code c}, then skips white space; canonical lines have none, so
     * the byte itself is looked at first.
     */
    private boolean token(char c) {
        int i = p;
        if (i < limit && b[i] == c) {
            p = i + 1;
            skipWs();
            return true;
        }
        skipWs();
        if (!expect(c)) {
            return false;
        }
        skipWs();
        return true;
    }

    private void skipWs() {
        // small enough to be inlined by either compiler: canonical lines have no white space
        if (p < limit && b[p] <= ' ') {
            skipSpacesAndTabs();
        }
    }

    private void skipSpacesAndTabs() {
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

    /**
     * Reads {@code c}, after any white space: the byte itself is looked at first (canonical lines
     * have no white space), the white space skipped only when it is not there.
     */
    private boolean expect(char c) {
        if (p < limit && b[p] == c) {
            p++;
            return true;
        }
        return expectAfterWs(c);
    }

    private boolean expectAfterWs(char c) {
        skipWs();
        if (p < limit && b[p] == c) {
            p++;
            return true;
        }
        return false;
    }

    /** Skips white space and tells whether a quote follows (a string's first byte was not at once there). */
    private boolean quoteAfterWs() {
        skipWs();
        return p < limit && b[p] == '"';
    }
}
