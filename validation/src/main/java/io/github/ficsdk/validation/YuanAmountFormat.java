package io.github.ficsdk.validation;

import java.util.Objects;

/**
 * The text form of an amount of yuan in the FIC interchange format: a non-negative plain decimal
 * with at most two decimals and no sign, exponent, grouping or spaces, such as
 * {@code "37250000.00"}, {@code "12.5"} or {@code "0"}.
 *
 * <p>Amounts are exact: parsing yields whole fen (分, 1/100 yuan) in a {@code long}, and
 * {@link #formatFen(long)} prints them back with exactly two decimals. No binary floating point is
 * used anywhere.
 *
 * <pre>{@code
 * long fen = YuanAmountFormat.parseFen("37250000.00");   // 3_725_000_000L
 * YuanAmountFormat.formatFen(fen);                      // "37250000.00"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class YuanAmountFormat {

    /** The largest amount in fen; larger amounts are rejected with {@code YUAN_AMOUNT_RANGE}. */
    public static final long MAX_FEN = Long.MAX_VALUE;

    private YuanAmountFormat() {}

    /**
     * Parses an amount of yuan into fen.
     *
     * @param text  the amount, such as {@code "37250000.00"}, not null
     * @return the amount in fen, never negative
     * @throws InvalidCodeException with code {@code YUAN_AMOUNT_NEGATIVE} for a leading minus,
     *     {@code YUAN_AMOUNT_SCALE} for more than two decimals, {@code YUAN_AMOUNT_RANGE} for an
     *     amount beyond {@link #MAX_FEN} fen, and {@code YUAN_AMOUNT_FORMAT} for anything else that
     *     is not a plain decimal
     */
    public static long parseFen(CharSequence text) {
        Objects.requireNonNull(text, "text");
        long fen = scan(text);
        if (fen < 0) {
            String code = CODES[(int) -fen];
            throw new InvalidCodeException(code, text.toString(), errorIndex(text),
                    MESSAGES[(int) -fen] + " - but was: '" + text + "'");
        }
        return fen;
    }

    /**
     * Tells whether text is a valid amount, without allocating.
     *
     * @param text  the text, may be null
     * @return true if {@link #parseFen(CharSequence)} would succeed
     */
    public static boolean isValid(CharSequence text) {
        return text != null && scan(text) >= 0;
    }

    /**
     * Returns the problem code of text that is not a valid amount.
     *
     * @param text  the text, not null
     * @return {@code null} when valid, else one of {@code YUAN_AMOUNT_FORMAT},
     *     {@code YUAN_AMOUNT_NEGATIVE}, {@code YUAN_AMOUNT_SCALE}, {@code YUAN_AMOUNT_RANGE}
     */
    public static String problemCode(CharSequence text) {
        long fen = scan(text);
        return fen >= 0 ? null : CODES[(int) -fen];
    }

    /**
     * Prints fen as yuan with exactly two decimals: {@code 3725000000L} gives {@code "37250000.00"}.
     *
     * @param fen  the amount in fen, not negative
     * @return the text, never null
     * @throws IllegalArgumentException if {@code fen} is negative
     */
    public static String formatFen(long fen) {
        if (fen < 0) {
            throw new IllegalArgumentException("fen must not be negative - but was: " + fen);
        }
        long cents = fen % 100;
        return (fen / 100) + (cents < 10 ? ".0" : ".") + cents;
    }

    private static final int FORMAT = 1;
    private static final int NEGATIVE = 2;
    private static final int SCALE = 3;
    private static final int RANGE = 4;
    private static final String[] CODES = {null, "YUAN_AMOUNT_FORMAT", "YUAN_AMOUNT_NEGATIVE",
        "YUAN_AMOUNT_SCALE", "YUAN_AMOUNT_RANGE"};
    private static final String[] MESSAGES = {null,
        "amount must be a plain decimal number of yuan such as 37250000.00",
        "amount must not be negative",
        "amount must have at most 2 decimals",
        "amount is too large"};

    /** Returns the amount in fen, or minus one of the error constants. */
    private static long scan(CharSequence text) {
        int n = text.length();
        if (n == 0) {
            return -FORMAT;
        }
        int i = 0;
        if (text.charAt(0) == '-') {
            return n > 1 && isDigitOrDot(text, 1) ? -NEGATIVE : -FORMAT;
        }
        long whole = 0;
        int wholeDigits = 0;
        boolean overflow = false;
        for (; i < n && isDigit(text.charAt(i)); i++) {
            int d = text.charAt(i) - '0';
            if (whole > (MAX_FEN / 100 - d) / 10) {
                overflow = true;
            } else {
                whole = whole * 10 + d;
            }
            wholeDigits++;
        }
        if (wholeDigits == 0) {
            return -FORMAT;
        }
        long cents = 0;
        if (i < n) {
            if (text.charAt(i) != '.') {
                return -FORMAT;
            }
            i++;
            int decimals = 0;
            for (; i < n && isDigit(text.charAt(i)); i++, decimals++) {
                if (decimals < 2) {
                    cents = cents * 10 + (text.charAt(i) - '0');
                }
            }
            if (i < n || decimals == 0) {
                return -FORMAT;
            }
            if (decimals > 2) {
                return -SCALE;
            }
            if (decimals == 1) {
                cents *= 10;
            }
        }
        if (overflow || whole > (MAX_FEN - cents) / 100) {
            return -RANGE;
        }
        return whole * 100 + cents;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isDigitOrDot(CharSequence text, int i) {
        return isDigit(text.charAt(i)) || text.charAt(i) == '.';
    }

    private static int errorIndex(CharSequence text) {
        boolean dot = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.' && !dot) {
                dot = true;
            } else if (!isDigit(c)) {
                return i;
            }
        }
        return -1;
    }
}
