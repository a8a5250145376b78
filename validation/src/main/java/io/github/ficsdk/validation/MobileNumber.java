package io.github.ficsdk.validation;

import java.util.Objects;

/**
 * A mainland China mobile number of 11 digits, such as {@code 13812345678}.
 *
 * <p>Valid numbers start with {@code 1} followed by a prefix that a mainland mobile network
 * assigns to 11-digit subscriber numbers: 130–139, 145, 147, 149, 150–153, 155–159, 162,
 * 165–167, 170–173, 175–178, 180–189, 190–193 and 195–199. Prefixes reserved for 13-digit
 * Internet-of-things numbers (140, 141, 144, 146, 148) and unassigned ones (154, 160 …) are
 * rejected.
 *
 * <p>A mobile number is personal data. {@link #toString()} returns all 11 digits so that
 * {@code parse(x.toString())} equals {@code x}; use {@link #masked()} for anything a person may
 * read in a log or message ({@code 138****5678}). Exceptions and validation messages only ever
 * show the masked form.
 *
 * <pre>{@code
 * MobileNumber mobile = MobileNumber.parse("13812345678");
 * mobile.masked();   // "138****5678"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class MobileNumber {

    /** Bit i of PREFIXES[d] is set when the prefix "1" + d + i is valid (d, i = 0..9). */
    private static final short[] PREFIXES = new short[10];

    static {
        allow(3, "0123456789");
        allow(4, "579");
        allow(5, "012356789");
        allow(6, "2567");
        allow(7, "01235678");
        allow(8, "0123456789");
        allow(9, "012356789");
    }

    private static void allow(int second, String thirds) {
        for (int i = 0; i < thirds.length(); i++) {
            PREFIXES[second] |= (short) (1 << (thirds.charAt(i) - '0'));
        }
    }

    private final long digits;

    private MobileNumber(long digits) {
        this.digits = digits;
    }

    /**
     * Parses an 11-digit mobile number.
     *
     * @param text  the number, such as {@code "13812345678"}, not null
     * @return the mobile number, never null
     * @throws InvalidCodeException with code {@code MOBILE_NUMBER_FORMAT} when the text is not
     *     11 ASCII digits starting with 1, or {@code MOBILE_NUMBER_PREFIX} when no network uses
     *     its prefix; the exception carries the masked input only
     */
    public static MobileNumber parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String problem = problemCode(text);
        if (problem != null) {
            String masked = mask(text);
            String message = problem.equals("MOBILE_NUMBER_FORMAT")
                    ? "mobile number must be 11 digits starting with 1 - but was: " + masked
                    : "mobile number prefix is not used by any mainland network - but was: " + masked;
            int index = problem.equals("MOBILE_NUMBER_FORMAT") ? firstNonDigit(text) : 1;
            throw new InvalidCodeException(problem, masked, index, message);
        }
        long value = 0;
        for (int i = 0; i < 11; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return new MobileNumber(value);
    }

    /**
     * Tells whether text is a valid mobile number, without allocating.
     *
     * @param text  the text to check, may be null
     * @return true if {@link #parse(CharSequence)} would succeed
     */
    public static boolean isValid(CharSequence text) {
        return text != null && problemCode(text) == null;
    }

    /**
     * Returns the problem code of text that is not a valid mobile number.
     *
     * @param text  the text to check, not null
     * @return {@code null} when valid, else {@code MOBILE_NUMBER_FORMAT} or {@code MOBILE_NUMBER_PREFIX}
     */
    public static String problemCode(CharSequence text) {
        if (text.length() != 11 || text.charAt(0) != '1') {
            return "MOBILE_NUMBER_FORMAT";
        }
        for (int i = 1; i < 11; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return "MOBILE_NUMBER_FORMAT";
            }
        }
        int second = text.charAt(1) - '0';
        int third = text.charAt(2) - '0';
        return (PREFIXES[second] & (1 << third)) != 0 ? null : "MOBILE_NUMBER_PREFIX";
    }

    private static int firstNonDigit(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return i;
            }
        }
        return text.length() == 11 ? 0 : -1;
    }

    /**
     * Masks any text that may hold a phone number for display: an 11-character text keeps its first
     * three and last four characters ({@code "13812345678"} gives {@code "138****5678"}); a text of
     * 8 to 10 or more than 11 characters keeps only its first three and last two, so that most of
     * a mistyped number stays hidden; a text of seven characters or fewer is masked whole.
     *
     * @param text  the text, not null
     * @return the masked text, never null
     */
    public static String mask(CharSequence text) {
        int n = text.length();
        int head = n >= 8 ? 3 : 0;
        int tail = n == 11 ? 4 : n >= 8 ? 2 : 0;
        StringBuilder out = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            out.append(i < head || i >= n - tail ? text.charAt(i) : '*');
        }
        return out.toString();
    }

    /**
     * Returns the number with its middle four digits hidden, such as {@code 138****5678}.
     *
     * @return the masked number, never null
     */
    public String masked() {
        return mask(toString());
    }

    /**
     * Returns the three-digit network prefix, such as {@code "138"}.
     *
     * @return the prefix, never null
     */
    public String getPrefix() {
        return toString().substring(0, 3);
    }

    /**
     * Compares by number.
     *
     * @param other  the other object, may be null
     * @return true if both are the same number
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof MobileNumber m && m.digits == digits;
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Long.hashCode(digits);
    }

    /**
     * Returns all 11 digits, the inverse of {@link #parse(CharSequence)}. This is personal data:
     * prefer {@link #masked()} in logs and messages.
     *
     * @return the 11 digits, never null
     */
    @Override
    public String toString() {
        return Long.toString(digits);
    }
}
