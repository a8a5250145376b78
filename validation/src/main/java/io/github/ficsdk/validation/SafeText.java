package io.github.ficsdk.validation;

/**
 * Makes a string taken from the data safe to put into a message, a log line or a human-readable
 * output: {@link #mask(String)} hides the middle of resident identity card numbers and mainland
 * mobile numbers, {@link #escapeControls(String)} turns control characters and bidirectional
 * controls into visible escapes, and {@link #forDisplay(String)} does both.
 *
 * <pre>{@code
 * SafeText.mask("11010519491231002X is not a person of the dataset");
 * // "110105********002X is not a person of the dataset"
 * SafeText.mask("call +8613812345678");       // "call +86138****5678"
 * SafeText.mask("91330400MA28A1234X");        // unchanged: a credit code, not an ID number
 * SafeText.forDisplay("嘉兴市" + (char) 0x1B + "[2J商会");  // ESC shown as a backslash, u and 001B
 * SafeText.forDisplay("第一行\n第二行");      // the line feed shown as a backslash and n, on one line
 * }</pre>
 *
 * <h2>What {@code mask} recognises</h2>
 * A number is a maximal run of ASCII digits, that is, it is delimited by non-digits (or the ends
 * of the string); letters around it do not matter. Recognised and masked are:
 * <ul>
 * <li>an ID number of 18 characters: a run of 17 digits followed by a digit, {@code X} or
 *     {@code x} (a run of exactly 18 digits, or of 17 digits directly followed by an X), with or
 *     without a valid check character; it keeps its first 6 and last 4 characters:
 *     {@code 110105********002X};</li>
 * <li>a first-generation ID number: a run of exactly 15 digits, keeping 6 + 4:
 *     {@code 110105*****0021} (an old 15-digit business registration number has the same shape and
 *     is masked too);</li>
 * <li>a mobile number: a run of exactly 11 digits starting with {@code 13} to {@code 19}, keeping
 *     3 + 4: {@code 138****5678}; written with the country code as one run of 13 digits
 *     {@code 86…} (also after a {@code +}), the country code is kept: {@code 86138****5678}.</li>
 * </ul>
 * A longer or shorter run of digits is none of these and stays as it is (a 19-digit number is not
 * an ID number with a digit too many), and so does a credit code such as
 * {@code 91330400MA28A1234X}, whose letters split its digits into short runs. Numbers written with
 * separators inside ({@code 138-1234-5678}) or with other digits than ASCII ({@code １３８…}) are
 * not recognised.
 *
 * <p>Masking replaces each hidden digit with {@code *}, so the length of the string is kept, and
 * it is idempotent: a masked string has no recognised number left. When nothing is recognised,
 * the very same string is returned without allocating.
 *
 * <h2>What {@code escapeControls} escapes</h2>
 * The C0 controls U+0000–U+001F (line feed, carriage return and tab included: in a message they
 * would break a line), DEL and the C1 controls U+007F–U+009F, the bidirectional controls U+061C,
 * U+200E, U+200F, U+202A–U+202E and U+2066–U+2069, and the line and paragraph separators U+2028
 * and U+2029. A line feed, carriage return and tab become {@code \n}, {@code \r} and
 * {@code \t}; every other one becomes {@code \}{@code u} and four upper-case hex digits, such as
 * {@code \}{@code u001B} or {@code \}{@code u202E}. Such text can no longer move the cursor, clear
 * the screen, set a terminal's title or reverse the order in which the rest of a line is shown.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class SafeText {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private SafeText() {}

    /**
     * Returns the text with every resident identity card number and mainland mobile number in it
     * masked, as the {@linkplain SafeText class documentation} describes.
     *
     * @param text  the text, may be null
     * @return the masked text, the same instance when nothing is masked; null for null
     */
    public static String mask(String text) {
        if (text == null) {
            return null;
        }
        int n = text.length();
        char[] out = null;
        int i = 0;
        while (i < n) {
            if (!isDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && isDigit(text.charAt(i))) {
                i++;
            }
            int length = i - start;
            if (length == 17 && i < n && (text.charAt(i) == 'X' || text.charAt(i) == 'x')) {
                out = hide(text, out, start + 6, start + 14);
                i++;
            } else if (length == 18) {
                out = hide(text, out, start + 6, start + 14);
            } else if (length == 15) {
                out = hide(text, out, start + 6, start + 11);
            } else if (length == 11 && isMobile(text, start)) {
                out = hide(text, out, start + 3, start + 7);
            } else if (length == 13 && text.charAt(start) == '8' && text.charAt(start + 1) == '6'
                    && isMobile(text, start + 2)) {
                out = hide(text, out, start + 5, start + 9);
            }
        }
        return out == null ? text : new String(out);
    }

    /**
     * Returns the text with its control characters and bidirectional controls replaced by visible
     * escapes, as the {@linkplain SafeText class documentation} describes.
     *
     * @param text  the text, may be null
     * @return the escaped text, the same instance when nothing is escaped; null for null
     */
    public static String escapeControls(String text) {
        if (text == null) {
            return null;
        }
        int n = text.length();
        int first = 0;
        while (first < n && !isControl(text.charAt(first))) {
            first++;
        }
        if (first == n) {
            return text;
        }
        StringBuilder out = new StringBuilder(n + 16).append(text, 0, first);
        for (int i = first; i < n; i++) {
            char c = text.charAt(i);
            if (!isControl(c)) {
                out.append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else {
                out.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xF]).append(HEX[(c >> 4) & 0xF])
                        .append(HEX[c & 0xF]);
            }
        }
        return out.toString();
    }

    /**
     * Returns the text as it may be shown to people: {@linkplain #mask(String) masked}, then with
     * its {@linkplain #escapeControls(String) controls escaped}. Every string from the data that
     * reaches a message, a log line or a table or narrative for people goes through this.
     *
     * @param text  the text, may be null
     * @return the safe text, the same instance when nothing changes; null for null
     */
    public static String forDisplay(String text) {
        return escapeControls(mask(text));
    }

    /**
     * Tells whether {@link #escapeControls(String)} escapes a character: a C0 or C1 control, DEL, a
     * bidirectional control or U+2028/U+2029 (for JSON writers that escape the same set).
     *
     * @param c  the character
     * @return true when it is escaped
     */
    public static boolean isControl(int c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x061C || c == 0x200E || c == 0x200F
                || (c >= 0x2028 && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Tells whether the 11 digits from {@code start} look like a mainland mobile number: 1[3-9]. */
    private static boolean isMobile(String text, int start) {
        char second = text.charAt(start + 1);
        return text.charAt(start) == '1' && second >= '3' && second <= '9';
    }

    private static char[] hide(String text, char[] out, int from, int to) {
        char[] chars = out == null ? text.toCharArray() : out;
        for (int i = from; i < to; i++) {
            chars[i] = '*';
        }
        return chars;
    }
}
