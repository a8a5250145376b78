package io.github.ficsdk.core.io.bytes;

import io.github.ficsdk.core.activity.ActivityKind;
import io.github.ficsdk.core.activity.TargetType;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * The byte-level rules of a dataset's values, such as the id {@code F330400} or the date
 * {@code 2024-03-14}, checked over a range of a byte array without allocating: the one place where
 * the readers of {@code fic-core} and the fast readers built on it (the report's scanner) take
 * them from, so a value is accepted by both or by neither.
 *
 * <ul>
 * <li>id: {@code [A-Za-z0-9][A-Za-z0-9._:-]{0,63}} ({@link #isId});</li>
 * <li>ISO date {@code yyyy-mm-dd}, years 0000 to 9999, as the {@code int} yyyymmdd ({@link #isoDate});</li>
 * <li>yuan amount in its canonical form ({@code "37250000.00"}: 1 to 15 integer digits, at most
 *     2 decimals) as fen ({@link #fen});</li>
 * <li>activity kind code: a standard code of {@link ActivityKind} or a team code {@code X_}
 *     followed by 1 to 62 of {@code A-Z 0-9 _} ({@link #isKindCode});</li>
 * <li>target type code: the name of a {@link TargetType} ({@link #targetType});</li>
 * <li>UTF-8 well-formedness per RFC 3629 ({@link #firstInvalidUtf8});</li>
 * <li>the next line feed ({@link #nextLineFeed}), eight bytes at a time.</li>
 * </ul>
 *
 * <p>A fast reader that gets "no" (false, -1 or null) hands the text to the strict reader, which
 * decides and names the problem (such as {@code INVALID_DATE}); the rules never accept what the
 * strict reader rejects.
 *
 * <pre>{@code
 * byte[] b = "2024-03-14".getBytes(StandardCharsets.US_ASCII);
 * ByteRules.isoDate(b, 0, b.length);  // 20240314
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ByteRules {

    /** The longest id, in bytes. */
    public static final int MAX_ID_LENGTH = 64;

    private static final int[] DAYS = {0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    private static final TargetType[] TARGET_TYPES = TargetType.values();
    private static final byte[][] TARGET_TYPE_BYTES = ascii(TARGET_TYPES);

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long LINE_FEEDS = 0x0A0A0A0A0A0A0A0AL;

    private ByteRules() {}

    /**
     * Tells whether bytes form an id, {@code [A-Za-z0-9][A-Za-z0-9._:-]{0,63}}, such as {@code F330400}.
     *
     * @param b    the bytes, not null
     * @param off  the first byte
     * @param len  the length
     * @return true if they form an id
     */
    public static boolean isId(byte[] b, int off, int len) {
        if (len < 1 || len > MAX_ID_LENGTH || !isIdStart(b[off])) {
            return false;
        }
        for (int i = off + 1; i < off + len; i++) {
            if (!isIdPart(b[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Tells whether a text is an id, by the same rule as {@link #isId(byte[], int, int)}.
     *
     * @param s  the text, not null
     * @return true if it is an id
     */
    public static boolean isId(CharSequence s) {
        int len = s.length();
        if (len < 1 || len > MAX_ID_LENGTH || !isIdStart(s.charAt(0))) {
            return false;
        }
        for (int i = 1; i < len; i++) {
            if (!isIdPart(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isIdStart(int c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static boolean isIdPart(int c) {
        return isIdStart(c) || c == '.' || c == '_' || c == ':' || c == '-';
    }

    /**
     * Reads an ISO date {@code yyyy-mm-dd} between years 0000 and 9999, such as {@code 2024-02-29}.
     *
     * @param b    the bytes, not null
     * @param off  the first byte
     * @param len  the length
     * @return the date as yyyymmdd (such as {@code 20240229}; positive, as year 0000 gives at least
     *     {@code 101}), or -1 when the bytes are no such date
     */
    public static int isoDate(byte[] b, int off, int len) {
        if (len != 10 || b[off + 4] != '-' || b[off + 7] != '-') {
            return -1;
        }
        return yyyymmdd(digits(b, off, 4), digits(b, off + 5, 2), digits(b, off + 8, 2));
    }

    /**
     * Reads an ISO date {@code yyyy-mm-dd} from characters, by the same rule as
     * {@link #isoDate(byte[], int, int)}.
     *
     * @param c    the characters, not null
     * @param off  the first character
     * @param len  the length
     * @return the date as yyyymmdd, or -1 when the characters are no such date
     */
    public static int isoDate(char[] c, int off, int len) {
        if (len != 10 || c[off + 4] != '-' || c[off + 7] != '-') {
            return -1;
        }
        return yyyymmdd(digits(c, off, 4), digits(c, off + 5, 2), digits(c, off + 8, 2));
    }

    private static int yyyymmdd(int year, int month, int day) {
        if (year < 0 || month < 1 || month > 12 || day < 1) {
            return -1;
        }
        int max = month == 2 && isLeap(year) ? 29 : DAYS[month];
        return day > max ? -1 : year * 10000 + month * 100 + day;
    }

    /**
     * Returns a date as yyyymmdd, the form of {@link #isoDate(byte[], int, int)}.
     *
     * @param date  the date, not null
     * @return yyyymmdd, such as {@code 20240314}
     */
    public static int yyyymmdd(LocalDate date) {
        return date.getYear() * 10000 + date.getMonthValue() * 100 + date.getDayOfMonth();
    }

    /**
     * Returns the date of a yyyymmdd value.
     *
     * @param yyyymmdd  a value returned by {@link #isoDate(byte[], int, int)}, such as {@code 20240314}
     * @return the date, never null
     * @throws java.time.DateTimeException if the value is no date
     */
    public static LocalDate toLocalDate(int yyyymmdd) {
        return LocalDate.of(yyyymmdd / 10000, yyyymmdd / 100 % 100, yyyymmdd % 100);
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

    private static int digits(char[] c, int off, int n) {
        int v = 0;
        for (int i = 0; i < n; i++) {
            int d = c[off + i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            v = v * 10 + d;
        }
        return v;
    }

    /**
     * Reads a yuan amount in its canonical form, such as {@code 37250000.00}: 1 to 15 integer
     * digits, then optionally a point and 1 or 2 decimals. Any other text (a sign, an exponent,
     * more decimals, white space) answers -1, and the strict reader decides
     * ({@code INVALID_AMOUNT} or a value).
     *
     * @param b    the bytes, not null
     * @param off  the first byte
     * @param len  the length
     * @return the amount in fen (such as {@code 3725000000}), or -1
     */
    public static long fen(byte[] b, int off, int len) {
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

    /**
     * Tells whether bytes are an activity kind code the strict reader accepts: a standard code of
     * {@link ActivityKind} (such as {@code FORUM}) or a team code ({@link #isTeamKindCode}).
     *
     * @param b    the bytes, not null
     * @param off  the first byte
     * @param len  the length
     * @return true if accepted
     */
    public static boolean isKindCode(byte[] b, int off, int len) {
        if (len > 2 && b[off] == 'X' && b[off + 1] == '_') {
            return isTeamKindCode(b, off, len);
        }
        byte[][][] standard = StandardKinds.BY_LENGTH;
        if (len >= standard.length) {
            return false;
        }
        for (byte[] code : standard[len]) {
            if (equals(b, off, code)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Tells whether bytes are a team's activity kind code: {@code X_} followed by 1 to 62 of
     * {@code A-Z 0-9 _}, such as {@code X_MENTORING}.
     *
     * @param b    the bytes, not null
     * @param off  the first byte
     * @param len  the length
     * @return true if they are a team code
     */
    public static boolean isTeamKindCode(byte[] b, int off, int len) {
        if (len < 3 || len > 64 || b[off] != 'X' || b[off + 1] != '_') {
            return false;
        }
        for (int i = off + 2; i < off + len; i++) {
            if (!isTeamKindPart(b[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Tells whether a text is a team's activity kind code, by the same rule as
     * {@link #isTeamKindCode(byte[], int, int)}.
     *
     * @param s  the text, not null
     * @return true if it is a team code
     */
    public static boolean isTeamKindCode(CharSequence s) {
        int len = s.length();
        if (len < 3 || len > 64 || s.charAt(0) != 'X' || s.charAt(1) != '_') {
            return false;
        }
        for (int i = 2; i < len; i++) {
            if (!isTeamKindPart(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isTeamKindPart(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }

    /**
     * Returns the target type whose code the bytes are, such as {@code CHAMBER}.
     *
     * @param b    the bytes, not null
     * @param off  the first byte
     * @param len  the length
     * @return the type, or null when the bytes are no target type code
     */
    public static TargetType targetType(byte[] b, int off, int len) {
        for (int t = 0; t < TARGET_TYPE_BYTES.length; t++) {
            byte[] code = TARGET_TYPE_BYTES[t];
            if (code.length == len && equals(b, off, code)) {
                return TARGET_TYPES[t];
            }
        }
        return null;
    }

    /**
     * Returns the index of the first byte of the first ill-formed UTF-8 sequence (RFC 3629: no
     * overlong forms, surrogates or code points above U+10FFFF).
     *
     * @param b    the bytes, not null
     * @param off  the first byte
     * @param len  the length
     * @return the index, or -1 when the bytes are well-formed UTF-8
     */
    public static int firstInvalidUtf8(byte[] b, int off, int len) {
        int end = off + len;
        int i = off;
        while (i < end) {
            if (i + 8 <= end && ((long) LONGS.get(b, i) & HIGHS) == 0) {
                i += 8; // eight ASCII bytes at once
                continue;
            }
            if (b[i] >= 0) {
                i++;
                continue;
            }
            int n = utf8Sequence(b, i, end);
            if (n <= 0) {
                return i;
            }
            i += n;
        }
        return -1;
    }

    /**
     * Reads the UTF-8 sequence (RFC 3629) that starts with the non-ASCII byte at {@code i}.
     *
     * @param b    the bytes, not null
     * @param i    the index of the first byte of the sequence, a byte of 0x80 or more
     * @param end  one past the last byte that may be read
     * @return the length of the well-formed sequence (2 to 4); 0 when it is ill-formed; -1 when
     *     its lead byte is valid but the sequence would run past {@code end}
     */
    public static int utf8Sequence(byte[] b, int i, int end) {
        int c = b[i] & 0xFF;
        if ((c & 0xF0) == 0xE0 && i + 2 < end) {
            // the common case of Chinese text first: three bytes, a character of the BMP
            int c1 = b[i + 1] & 0xFF;
            int c2 = b[i + 2] & 0xFF;
            int cp = (c & 0x0F) << 12 | (c1 & 0x3F) << 6 | (c2 & 0x3F);
            if ((c1 & 0xC0) == 0x80 && (c2 & 0xC0) == 0x80 && cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF)) {
                return 3;
            }
            return 0;
        }
        int need;
        int min;
        if (c >= 0xC2 && c <= 0xDF) {
            need = 1;
            min = 0x80;
        } else if (c >= 0xE0 && c <= 0xEF) {
            need = 2;
            min = 0x800;
        } else if (c >= 0xF0 && c <= 0xF4) {
            need = 3;
            min = 0x10000;
        } else {
            return 0;
        }
        if (i + need >= end) {
            return -1;
        }
        int cp = c & (0x3F >> need);
        for (int k = 1; k <= need; k++) {
            int cc = b[i + k] & 0xFF;
            if ((cc & 0xC0) != 0x80) {
                return 0;
            }
            cp = (cp << 6) | (cc & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            return 0;
        }
        return need + 1;
    }

    /**
     * Tells whether a line holds nothing but spaces, tabs and carriage returns (or nothing).
     *
     * @param b    the bytes, not null
     * @param off  the first byte of the line
     * @param len  the length of the line
     * @return true for a blank line
     */
    public static boolean isBlankLine(byte[] b, int off, int len) {
        for (int i = off, end = off + len; i < end; i++) {
            byte c = b[i];
            if (c != ' ' && c != '\t' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns the index of the first line feed ({@code '\n'}) in {@code [from, to)}, reading eight
     * bytes at a time.
     *
     * @param b     the bytes, not null
     * @param from  the first byte
     * @param to    one past the last byte
     * @return the index of the line feed, or {@code to} when there is none
     */
    public static int nextLineFeed(byte[] b, int from, int to) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long x = (long) LONGS.get(b, i) ^ LINE_FEEDS;
            long found = (x - ONES) & ~x & HIGHS;
            if (found != 0) {
                return i + (Long.numberOfTrailingZeros(found) >>> 3);
            }
        }
        for (; i < to; i++) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return to;
    }

    private static boolean equals(byte[] b, int off, byte[] code) {
        int i = 0;
        // eight bytes at a time (never past off + code.length, which the caller knows is in b)
        for (; i + 8 <= code.length; i += 8) {
            if ((long) LONGS.get(b, off + i) != (long) LONGS.get(code, i)) {
                return false;
            }
        }
        for (; i < code.length; i++) {
            if (b[off + i] != code[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[][] ascii(Enum<?>[] values) {
        byte[][] out = new byte[values.length][];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i].name().getBytes(StandardCharsets.US_ASCII);
        }
        return out;
    }

    /** The standard kind codes by length, built on first use (after {@link ActivityKind} is initialised). */
    private static final class StandardKinds {
        static final byte[][][] BY_LENGTH = standardKinds();
    }

    private static byte[][][] standardKinds() {
        List<ActivityKind> kinds = ActivityKind.standardKinds();
        int longest = 0;
        for (ActivityKind k : kinds) {
            longest = Math.max(longest, k.getCode().length());
        }
        byte[][][] out = new byte[longest + 1][][];
        for (int len = 0; len <= longest; len++) {
            final int l = len;
            out[len] = kinds.stream().map(ActivityKind::getCode).filter(c -> c.length() == l)
                    .map(c -> c.getBytes(StandardCharsets.US_ASCII)).toArray(byte[][]::new);
        }
        return out;
    }
}
