package io.github.ficsdk.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How a figure is worded in a Chinese work report: exactly ({@code 196}), or approximately as
 * {@code 4000 多} (more than), {@code 近 40} (nearly) or {@code 60 余} (somewhat over).
 *
 * <p>{@link #MORE_THAN} and {@link #OVER} round down to two significant digits (one below 100):
 * 4012 → "4000 多", 1923 → "1900 多", 63 → "60 余"; {@link #NEARLY} rounds up to one significant
 * digit, or two when one would land more than 10% above the figure: 38 → "近 40", 1001 →
 * "近 1100", and a figure that neither gets within 10% (41) is given exactly. A figure that is
 * already round is always given exactly (4000, never "4000 多"), so the wording is never false.
 *
 * @since 0.1
 */
public enum Approximation {
    /** The exact figure. */
    EXACT,
    /** Rounded down, followed by 多: "4000 多人次", "6 亿多元". */
    MORE_THAN,
    /** Rounded up, preceded by 近: "近 40 场次". */
    NEARLY,
    /** Rounded down, followed by 余: "60 余名". */
    OVER;

    /**
     * Words a non-negative figure with its unit as a report would: {@code MORE_THAN.format(4012,
     * "人次")} gives {@code "4000 多人次"}, {@code NEARLY.format(38, "场次")} gives {@code "近 40 场次"},
     * and for money the 多 stands before 元: {@code MORE_THAN.format(6.3, "亿元")} gives
     * {@code "6 亿多元"}.
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
        String worded = unit.length() > 1 && unit.endsWith("元")
                ? unit.substring(0, unit.length() - 1) + word + "元"
                : word + unit;
        return plain(rounded) + " " + worded;
    }

    /**
     * Returns the round figure this wording shows: the value itself for {@link #EXACT}.
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
        int digits = whole.precision();
        if (this == NEARLY) {
            // round up to one significant digit, or two when one would be too far: 近 says "a little under"
            for (int keep = 1; keep <= 2; keep++) {
                BigDecimal unit = BigDecimal.TEN.pow(Math.max(0, digits - keep));
                BigDecimal up = value.divide(unit, 0, RoundingMode.CEILING).multiply(unit);
                if (value.multiply(BigDecimal.TEN).compareTo(up.multiply(BigDecimal.valueOf(9))) >= 0) {
                    return up;
                }
            }
            return value;
        }
        int keep = digits >= 3 ? 2 : 1;
        BigDecimal unit = BigDecimal.TEN.pow(Math.max(0, digits - keep));
        return value.divide(unit, 0, RoundingMode.FLOOR).multiply(unit);
    }

    static String plain(BigDecimal value) {
        return Figures.stripped(value).toPlainString();
    }
}
