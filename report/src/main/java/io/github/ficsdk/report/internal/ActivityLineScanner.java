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

    /**
     * The first byte and the length of the last string read ({@link #string}, {@link #idString}).
     * The position itself is never a field: each reader takes it and returns the position after
     * what it read, or -1 (a local variable is what the C1 compiler, which runs a short job, keeps
     * in a register; a field it loads and stores at every use).
     */
    private int strOff;
    private int strLen;

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
        return run(buf, from, to, into, false) >= 0;
    }

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
        return run(buf, from, bufferEnd, into, true);
    }

    /** Scans a line: the position after it (its line feed when {@code toLineFeed}, else {@code limit}), or -1. */
    private int run(byte[] buf, int from, int limit, ScannedActivity into, boolean toLineFeed) {
        into.reset();
        into.buf = buf;
        try {
            return object(buf, from, limit, into, toLineFeed);
        } catch (ArrayIndexOutOfBoundsException e) {
            return -1;
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

    /**
     * Reads the activity object. The readers of the common values are written out here, in one
     * method, rather than called: the C1 compiler inlines only small methods, and a call a value
     * is what a short run would otherwise pay line after line.
     *
     * @return the position after the line (see {@link #run}), or -1
     */
    private int object(byte[] b, int p, int limit, ScannedActivity a, boolean toLineFeed) {
        p = expect(b, skipWs(b, p, limit), limit, '{');
        if (p < 0) {
            return -1;
        }
        p = skipWs(b, p, limit);
        if (p < limit && b[p] == '}') {
            return -1;
        }
        int[] next = this.next;
        int seen = 0;
        int previous = KEYS.length; // the guess for the first member is next[KEYS.length]
        while (true) {
            int guess = next[previous];
            int second = guess >= 0 ? next[guess] : -1; // when the guess is an optional member that is absent
            int key = -1;
            int at = -1;
            // the guesses compared whole with the two words at the position (literal(...) written
            // out: at most one name can be there, so the order of the tries does not matter)
            if (p + 16 <= limit) {
                long w0 = (long) LONGS.get(b, p);
                long w1 = (long) LONGS.get(b, p + 8);
                // (written out, not a method: C1 would not inline one of this size, and pays a call)
                if (guess >= 0 && SPAN[guess] <= 16
                        && ((w0 ^ WORD0[guess]) & MASK0[guess]) == 0 && ((w1 ^ WORD1[guess]) & MASK1[guess]) == 0) {
                    key = guess;
                    at = p + SPAN[guess];
                } else if (second >= 0 && SPAN[second] <= 16
                        && ((w0 ^ WORD0[second]) & MASK0[second]) == 0 && ((w1 ^ WORD1[second]) & MASK1[second]) == 0) {
                    key = second;
                    at = p + SPAN[second];
                }
            }
            if (key < 0) {
                // a guess the words could not decide (near the end of the bytes, or a long name),
                // else the name read as a string and looked up
                if (guess >= 0 && (p + 16 > limit || SPAN[guess] > 16) && (at = literal(b, p, limit, guess)) >= 0) {
                    key = guess;
                } else if (second >= 0 && (p + 16 > limit || SPAN[second] > 16)
                        && (at = literal(b, p, limit, second)) >= 0) {
                    key = second;
                } else {
                    at = string(b, p, limit);
                    if (at < 0) {
                        return -1;
                    }
                    key = key(b, strOff, strLen);
                    if (key >= 0) {
                        next[previous] = key; // lines of a file tend to list their members in one order
                    }
                    at = token(b, at, limit, ':');
                    if (at < 0) {
                        return -1;
                    }
                }
            }
            p = at;
            previous = key;
            if (key < 0 || (seen & (1 << key)) != 0) {
                return -1;
            }
            seen |= 1 << key;
            // the value (white space after the colon: each reader skips it when it does not find
            // its first byte at once, so a canonical line pays nothing for it)
            int role = ROLE[key];
            if (role == ID) {
                p = idString(b, p, limit);
                if (p < 0) {
                    return -1;
                }
                a.idOff = strOff;
                a.idLen = strLen;
            } else if (role == ORGANIZERS || role == TARGETS || role == TAGS) {
                p = array(b, p, limit, a, role);
            } else if (role == SESSIONS || role == PARTICIPANTS || role == COPIES) {
                // a non-negative JSON integer of at most 18 digits
                p = skipWs(b, p, limit);
                int start = p;
                long n = 0;
                while (p < limit) {
                    int d = b[p] - '0';
                    if (d < 0 || d > 9) {
                        break;
                    }
                    n = n * 10 + d;
                    p++;
                }
                int digits = p - start;
                if (digits == 0 || digits > 18 || (digits > 1 && b[start] == '0')) {
                    return -1;
                }
                if (p < limit && (b[p] == '.' || b[p] == 'e' || b[p] == 'E')) {
                    return -1;
                }
                if (role == SESSIONS) {
                    if (n < 1 || n > Integer.MAX_VALUE) {
                        return -1;
                    }
                    a.sessions = n;
                } else if (role == PARTICIPANTS) {
                    a.participants = n;
                } else {
                    a.copies = n;
                }
            } else if (role == START || role == END) {
                // "YYYY-MM-DD" looked at in place (ten bytes between quotes), else read as a string first
                int date;
                if (p + 12 <= limit && b[p] == '"' && b[p + 11] == '"') {
                    date = ByteRules.isoDate(b, p + 1, 10); // checks every byte: no escape, no quote
                    p += 12;
                } else {
                    p = string(b, p, limit);
                    if (p < 0) {
                        return -1;
                    }
                    date = ByteRules.isoDate(b, strOff, strLen);
                }
                if (date < FIRST_DATE) {
                    return -1;
                }
                if (role == START) {
                    a.start = date;
                } else {
                    a.end = date;
                }
            } else if (role == REGION) {
                // a known division code (one that Bean Validation would reject, @ValidDivisionCode,
                // is the strict reader's): six digits between quotes that are one of the regions
                // met before are looked at in place, anything else is read as a string first
                if (p + 8 <= limit && b[p] == '"' && b[p + 7] == '"' && metBefore(sixDigits(b, p + 1, 6))) {
                    p += 8;
                } else {
                    p = string(b, p, limit);
                    if (p < 0 || !knownRegion(b)) {
                        return -1;
                    }
                }
            } else if (role < 0) {
                return -1;
            } else {
                // the other members whose value is a string
                p = string(b, p, limit);
                if (p < 0) {
                    return -1;
                }
                if (role == KIND) {
                    if (!ByteRules.isKindCode(b, strOff, strLen)) {
                        return -1;
                    }
                    a.kindOff = strOff;
                    a.kindLen = strLen;
                } else if (role == AMOUNT) {
                    long fen = ByteRules.fen(b, strOff, strLen);
                    if (fen < 0) {
                        return -1;
                    }
                    a.amountFen = fen;
                } else if (role != TITLE) {
                    return -1;
                }
            }
            if (p < 0) {
                return -1;
            }
            // the separator of a canonical line, looked at here (a call fewer a member)
            if (p < limit) {
                byte c = b[p];
                if (c == ',') {
                    p = skipWs(b, p + 1, limit);
                    continue;
                }
                if (c == '}') {
                    p++;
                    break;
                }
            }
            int after = separator(b, p, limit, '}');
            if (after < -1) {
                p = closedAt(after);
                break;
            }
            if (after < 0) {
                return -1;
            }
            p = after;
        }
        p = skipWs(b, p, limit);
        boolean ended = toLineFeed ? p < limit && b[p] == '\n' : p == limit;
        if (!ended || (seen & REQUIRED) != REQUIRED) {
            return -1;
        }
        if ((seen & (1 << END)) == 0) {
            a.end = a.start;
        }
        return a.end >= a.start ? p : -1;
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
    private boolean knownRegion(byte[] b) {
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

    /**
     * Reads what follows a member or element: the closing byte, or a comma and the white space
     * after it; anything else is -1.
     *
     * @return the position after the comma and its white space; for the closing byte, a value
     *     below -1 from which {@link #closedAt} gives the position after it; -1 for anything else
     */
    private static int separator(byte[] b, int p, int limit, char close) {
        byte c = p < limit ? b[p] : 0;
        if (c == ' ' || c == '\t') {
            p = skipSpacesAndTabs(b, p, limit);
            c = p < limit ? b[p++] : 0;
        } else {
            p++; // canonical lines: the separator itself (a byte past the end is never read again)
        }
        if (c == close) {
            return -2 - p;
        }
        if (c != ',') {
            return -1;
        }
        return skipWs(b, p, limit);
    }

    /** The position after the closing byte that {@link #separator} found. */
    private static int closedAt(int separated) {
        return -2 - separated;
    }

    /**
     * Reads an array: the organizers (ids, at least one: an empty array is the strict reader's to
     * name), the targets (target objects, maybe none) or the tags (strings, none blank: a blank tag
     * is the strict reader's {@code BLANK}; maybe none), by the member's role.
     */
    private int array(byte[] b, int p, int limit, ScannedActivity a, int role) {
        p = expect(b, p, limit, '[');
        if (p < 0) {
            return -1;
        }
        p = skipWs(b, p, limit);
        if (role != ORGANIZERS && p < limit && b[p] == ']') {
            return p + 1;
        }
        while (true) {
            if (role == ORGANIZERS) {
                p = idString(b, p, limit);
                if (p >= 0) {
                    a.addOrganizer(strOff, strLen);
                }
            } else if (role == TARGETS) {
                p = target(b, p, limit, a);
            } else {
                p = string(b, p, limit);
                if (p >= 0 && !nonBlank(b, strOff, strLen)) {
                    p = -1;
                }
            }
            if (p < 0) {
                return -1;
            }
            int after = separator(b, p, limit, ']');
            if (after < -1) {
                return closedAt(after);
            }
            if (after < 0) {
                return -1;
            }
            p = after;
        }
    }

    private int target(byte[] b, int p, int limit, ScannedActivity a) {
        p = expect(b, p, limit, '{');
        if (p < 0) {
            return -1;
        }
        int type = -1;
        int idOff = -1;
        int idLen = 0;
        for (int member = 0; member < 2; member++) {
            p = skipWs(b, p, limit);
            boolean isType;
            int at;
            long w0 = p + 8 <= limit ? (long) LONGS.get(b, p) : 0; // both names and their colons fit in a word
            if (p + 8 <= limit && ((w0 ^ WORD0[TYPE_NAME]) & MASK0[TYPE_NAME]) == 0) {
                isType = true;
                at = p + SPAN[TYPE_NAME];
            } else if (p + 8 <= limit && ((w0 ^ WORD0[ID_NAME]) & MASK0[ID_NAME]) == 0) {
                isType = false;
                at = p + SPAN[ID_NAME];
            } else if (p + 8 > limit && (at = literal(b, p, limit, TYPE_NAME)) >= 0) {
                isType = true;
            } else if (p + 8 > limit && (at = literal(b, p, limit, ID_NAME)) >= 0) {
                isType = false;
            } else {
                // a name with white space before its colon, read the longer way (another member,
                // or a name with an escape, is the strict reader's)
                at = string(b, p, limit);
                if (at < 0) {
                    return -1;
                }
                if (equals(b, strOff, strLen, TYPE)) {
                    isType = true;
                } else if (equals(b, strOff, strLen, TARGET_ID)) {
                    isType = false;
                } else {
                    return -1;
                }
                at = token(b, at, limit, ':');
                if (at < 0) {
                    return -1;
                }
            }
            p = at;
            if (isType) {
                // the type's name between quotes compared whole with each type's (two masked
                // words), else read as a string and looked up
                int t = -1;
                if (p + 16 <= limit) {
                    long v0 = (long) LONGS.get(b, p);
                    long v1 = (long) LONGS.get(b, p + 8);
                    for (int k = 0; k < TYPE_WORD0.length; k++) {
                        if (((v0 ^ TYPE_WORD0[k]) & TYPE_MASK0[k]) == 0 && ((v1 ^ TYPE_WORD1[k]) & TYPE_MASK1[k]) == 0
                                && TYPE_LENGTH[k] <= 16) {
                            t = k;
                            break;
                        }
                    }
                }
                if (t >= 0) {
                    p += TYPE_LENGTH[t];
                } else {
                    p = string(b, p, limit);
                    if (p < 0) {
                        return -1;
                    }
                    TargetType named = ByteRules.targetType(b, strOff, strLen);
                    if (named == null) {
                        return -1;
                    }
                    t = named.ordinal();
                }
                if (type >= 0) {
                    return -1;
                }
                type = t;
            } else {
                if (idOff >= 0) {
                    return -1;
                }
                p = idString(b, p, limit);
                if (p < 0) {
                    return -1;
                }
                idOff = strOff;
                idLen = strLen;
            }
            if (member == 0) {
                p = expect(b, p, limit, ',');
                if (p < 0) {
                    return -1;
                }
            }
        }
        p = expect(b, p, limit, '}');
        if (p < 0 || type < 0 || idOff < 0) {
            return -1;
        }
        // a target repeated within the activity counts once; the caller warns of the repeat
        a.addTargetOnce(b, type, idOff, idLen, ByteKeyTable.hash(b, idOff, idLen));
        return p;
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
    /**
     * Reads a string (after any white space) without escapes or control characters; non-ASCII must
     * be valid UTF-8. Its bytes are left in {@link #strOff} and {@link #strLen}.
     *
     * @return the position after the closing quote, or -1
     */
    private int string(byte[] b, int p, int limit) {
        if (p >= limit || b[p] != '"') {
            p = skipWs(b, p, limit);
            if (p >= limit || b[p] != '"') {
                return -1;
            }
        }
        int start = p + 1;
        int i = start;
        while (true) {
            if (i >= limit) {
                return -1;
            }
            byte c = b[i];
            if (c >= 0x20) {
                if (c == '"') {
                    break;
                }
                if (c == '\\') {
                    return -1;
                }
                i++;
            } else if (c >= 0) {
                return -1; // a control character
            } else {
                // non-ASCII: checked as it is met, in the same pass (a well-formed sequence holds
                // no byte below 0x80, so it never hides a quote or a backslash); three bytes of
                // Chinese text checked here by ByteRules.utf8Sequence's own rule for them, a call
                // fewer a character
                int c0 = c & 0xFF;
                if ((c0 & 0xF0) == 0xE0 && i + 2 < limit) {
                    int c1 = b[i + 1] & 0xFF;
                    int c2 = b[i + 2] & 0xFF;
                    int cp = (c0 & 0x0F) << 12 | (c1 & 0x3F) << 6 | (c2 & 0x3F);
                    if ((c1 & 0xC0) != 0x80 || (c2 & 0xC0) != 0x80 || cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)) {
                        return -1;
                    }
                    i += 3;
                } else {
                    int n = ByteRules.utf8Sequence(b, i, limit);
                    if (n <= 0) {
                        return -1;
                    }
                    i += n;
                }
            }
        }
        strOff = start;
        strLen = i - start;
        return i + 1;
    }

    /**
     * Reads a string (after any white space) that is an id ({@link ByteRules#isId}) in one pass
     * over its bytes; -1 for anything else (the strict reader then decides, as it does for an id
     * that is not one). Its bytes are left in {@link #strOff} and {@link #strLen}.
     *
     * @return the position after the closing quote, or -1
     */
    private int idString(byte[] b, int p, int limit) {
        if (p >= limit || b[p] != '"') {
            p = skipWs(b, p, limit);
            if (p >= limit || b[p] != '"') {
                return -1;
            }
        }
        int start = p + 1;
        int i = start;
        int end = Math.min(limit, start + ByteRules.MAX_ID_LENGTH);
        if (i >= end || !ID_START[b[i] & 0xFF]) {
            return -1;
        }
        i++;
        while (i < end && ID_PART[b[i] & 0xFF]) {
            i++;
        }
        if (i >= limit || b[i] != '"') {
            return -1;
        }
        strOff = start;
        strLen = i - start;
        return i + 1;
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
    /** Each name's length with its quotes and colon. */
    private static final int[] SPAN = new int[NAMES.length];

    static {
        for (int k = 0; k < NAMES.length; k++) {
            byte[] q = new byte[NAMES[k].length + 3];
            q[0] = '"';
            System.arraycopy(NAMES[k], 0, q, 1, NAMES[k].length);
            q[q.length - 2] = '"';
            q[q.length - 1] = ':';
            SPAN[k] = q.length;
            words(q, k, WORD0, WORD1, MASK0, MASK1);
        }
        if (SPAN[TYPE_NAME] > 8 || SPAN[ID_NAME] > 8) {
            throw new IllegalStateException("the scanner compares a target's member names as one word each");
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
     * right after it, byte by byte: where the two words the callers compare cannot be read (near
     * the end of the bytes) or the name is longer than they hold.
     *
     * @return the position after the colon, or -1 (a name with white space before its colon is
     *     then read the longer way)
     */
    private static int literal(byte[] b, int at, int limit, int name) {
        byte[] key = NAMES[name];
        int len = key.length;
        if (at + len + 2 >= limit || b[at] != '"' || b[at + len + 1] != '"' || b[at + len + 2] != ':') {
            return -1;
        }
        for (int i = 0; i < len; i++) {
            if (b[at + 1 + i] != key[i]) {
                return -1;
            }
        }
        return at + len + 3;
    }

    private static int key(byte[] b, int off, int len) {
        for (int k = 0; k < KEYS.length; k++) {
            if (equals(b, off, len, KEYS[k])) {
                return k;
            }
        }
        return -1;
    }

    private static boolean equals(byte[] b, int off, int len, byte[] key) {
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
     * Reads {@code c} with any white space before and after it; canonical lines have none, so
     * the byte itself is looked at first.
     *
     * @return the position after the white space that follows {@code c}, or -1
     */
    private static int token(byte[] b, int p, int limit, char c) {
        if (p < limit && b[p] == c) {
            return skipWs(b, p + 1, limit);
        }
        p = expectAfterWs(b, p, limit, c);
        return p < 0 ? -1 : skipWs(b, p, limit);
    }

    /** Skips white space: small enough to be inlined by either compiler (canonical lines have none). */
    private static int skipWs(byte[] b, int p, int limit) {
        return p < limit && b[p] <= ' ' ? skipSpacesAndTabs(b, p, limit) : p;
    }

    private static int skipSpacesAndTabs(byte[] b, int p, int limit) {
        while (p < limit && (b[p] == ' ' || b[p] == '\t')) {
            p++;
        }
        return p;
    }

    /**
     * Reads {@code c}, after any white space: the byte itself is looked at first (canonical lines
     * have no white space), the white space skipped only when it is not there.
     *
     * @return the position after {@code c}, or -1
     */
    private static int expect(byte[] b, int p, int limit, char c) {
        if (p < limit && b[p] == c) {
            return p + 1;
        }
        return expectAfterWs(b, p, limit, c);
    }

    private static int expectAfterWs(byte[] b, int p, int limit, char c) {
        p = skipWs(b, p, limit);
        return p < limit && b[p] == c ? p + 1 : -1;
    }
}
