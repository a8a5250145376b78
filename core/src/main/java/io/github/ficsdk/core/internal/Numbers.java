package io.github.ficsdk.core.internal;

import java.math.BigDecimal;

/**
 * Bounds on the exact numbers read from JSON. A short text such as {@code 1e999999999} is a valid
 * JSON number whose exact value no computation can hold (turning it into an integer needs a
 * billion digits); such numbers are refused where they are read, so that they become the problem
 * of their line instead of stopping a whole run; and the one form the data model keeps them in.
 * Internal: not part of the API.
 */
public final class Numbers {

    /** The largest power of ten accepted in either direction: 1e100 and 1e-100. */
    public static final int MAX_EXPONENT = 100;

    private Numbers() {}

    /**
     * Tells whether a number is within ±1e{@value #MAX_EXPONENT} and has at most
     * {@value #MAX_EXPONENT} decimals.
     *
     * @param value  the number, not null
     * @return true when it is within bounds
     */
    public static boolean isReasonable(BigDecimal value) {
        int scale = value.scale();
        return scale <= MAX_EXPONENT && (long) value.precision() - scale <= MAX_EXPONENT; // long: 1E+2147483647 overflows int
    }

    /**
     * Returns an exact value with a negative scale ({@code 1E+3}) at scale 0 ({@code 1000}), the
     * form the data model keeps; any other value itself (the same instance).
     *
     * @param value  the number, not null
     * @return the number at a scale of 0 or more, never null
     */
    public static BigDecimal withoutNegativeScale(BigDecimal value) {
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    /**
     * Describes the bounds, for messages.
     *
     * @return the description, never null
     */
    public static String bounds() {
        return "a number between -1e" + MAX_EXPONENT + " and 1e" + MAX_EXPONENT + " with at most " + MAX_EXPONENT
                + " decimals";
    }
}
