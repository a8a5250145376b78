package io.github.ficsdk.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How a figure is worded in a Chinese work report: exactly ({@code 196}), or approximately as
 * {@code 4000 多} (more than), {@code 近 40} (nearly) or {@code 60 余} (somewhat over).
 *
 * <p>Every wording is true of the exact figure. {@link #MORE_THAN} and {@link #OVER} round down to
 * a step of two significant digits (one below 100): 4012 → "4000 多" (4000 ≤ 4012 &lt; 4100),
 * 1923 → "1900 多", 63 → "60 余", 6.3 亿 → "6 亿多元"; the step is the {@linkplain #step(BigDecimal)
 * next step}, so "X 多" always means X ≤ value &lt; X + step. {@link #NEARLY} rounds up to a round
 * number of one significant digit only, and only when that number is within 10% above the figure:
 * 38 → "近 40", 385 → "近 400"; 1001 and 4036 (whose round number above, 2000 and 5000, is too far)
 * are given exactly. A figure that is already round is always given exactly (4000, never
 * "4000 多"), so the wording is never false.
 *
 * @since 0.1
 */
public enum Approximation {
    /** The exact figure. */
    EXACT,
    /** Rounded down, followed by 多: "4000 多人次", "6 亿多元", "7000 多万元". */
    MORE_THAN,
    /** Rounded up to a round number within 10%, preceded by 近: "近 40 场次". */
    NEARLY,
    /** Rounded down, followed by 余: "60 余名". */
    OVER;

    /**
     * Words a non-negative figure with its unit as a report would: {@code MORE_THAN.format(4012,
     * "人次")} gives {@code "4000 多人次"}, {@code NEARLY.format(38, "场次")} gives {@code "近 40 场次"},
     * and for money the 多 stands after 亿/万 when the step is one unit ({@code MORE_THAN.format(6.3,
     * "亿元")} gives {@code "6 亿多元"}) and before it otherwise ({@code "7000 多万元"}).
     *
     * @param value  the figure in the unit, not null, not negative
     * @param unit   the unit, such as 人次 or 万元, not null (may be empty)
     * @return the wording, never null
     * @throws IllegalArgumentException if the value is negative
     */
    public String format(BigDecimal value, String unit) {
        if (value.signum() < 0) {
            throw new IllegalArgumentException("value must not be negative - but was: " + value);
        }
        BigDecimal rounded = round(value);
        if (this == EXACT || rounded.compareTo(value) == 0) {
            return plain(value) + (unit.isEmpty() ? "" : " " + unit);
        }
        if (this == NEARLY) {
            return "近 " + plain(rounded) + (unit.isEmpty() ? "" : " " + unit);
        }
        String word = this == MORE_THAN ? "多" : "余";
        boolean oneUnitStep = step(value).compareTo(BigDecimal.ONE) == 0;
        String worded = oneUnitStep && unit.length() > 1 && unit.endsWith("元")
                ? unit.substring(0, unit.length() - 1) + word + "元"
                : word + unit;
        return plain(rounded) + " " + worded;
    }

    /**
     * Returns the round figure this wording shows: the value itself for {@link #EXACT}, and for a
     * value it would not word approximately.
     *
     * @param value  the figure, not null, not negative
     * @return the rounded figure, never null
     */
    public BigDecimal round(BigDecimal value) {
        if (this == EXACT || value.signum() == 0) {
            return value;
        }
        BigDecimal whole = value.setScale(0, RoundingMode.FLOOR);
        if (whole.signum() == 0) {
            return value;
        }
        BigDecimal step = step(value);
        if (this == NEARLY) {
            // 近 N: N is a round number (one significant digit) above the value, and within 10% of it
            BigDecimal up = value.divide(step, 0, RoundingMode.CEILING).multiply(step);
            return value.multiply(BigDecimal.TEN).compareTo(up.multiply(BigDecimal.valueOf(9))) >= 0 ? up : value;
        }
        return value.divide(step, 0, RoundingMode.FLOOR).multiply(step);
    }

    /**
     * Returns the step of this wording for a value of at least 1: "X 多" and "X 余" mean
     * X ≤ value &lt; X + step (two significant digits from 100, one below: 4012 → 100, 63 → 10,
     * 6.3 → 1), "近 N" rounds up to a multiple of it (one significant digit: 38 → 10).
     *
     * @param value  the figure, not null, at least 1
     * @return the step, a power of ten, never null
     * @throws IllegalArgumentException if the value is less than 1
     */
    public BigDecimal step(BigDecimal value) {
        BigDecimal whole = value.setScale(0, RoundingMode.FLOOR);
        if (whole.signum() <= 0) {
            throw new IllegalArgumentException("value must be at least 1 - but was: " + value);
        }
        int digits = whole.precision();
        int keep = this == NEARLY ? 1 : digits >= 3 ? 2 : 1;
        return BigDecimal.TEN.pow(Math.max(0, digits - keep));
    }

    static String plain(BigDecimal value) {
        return Figures.stripped(value).toPlainString();
    }
}
