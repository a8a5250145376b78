package io.github.ficsdk.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Unit conversions of figures: yuan to 万元 (one decimal) and 亿元 (one decimal, two below 1). */
final class Figures {

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final BigDecimal HUNDRED_MILLION = BigDecimal.valueOf(100_000_000);

    private Figures() {}

    /**
     * Converts a figure from its value unit to a display unit: yuan to 万元 or 亿元 with one
     * decimal (half-up), trailing zeros dropped; other units unchanged.
     */
    static BigDecimal inUnit(BigDecimal value, String valueUnit, String displayUnit) {
        if (!"元".equals(valueUnit)) {
            return value;
        }
        BigDecimal converted = switch (displayUnit) {
            case "万元" -> value.divide(TEN_THOUSAND, 1, RoundingMode.HALF_UP);
            case "亿元" -> value.divide(HUNDRED_MILLION, 1, RoundingMode.HALF_UP);
            default -> value;
        };
        BigDecimal stripped = converted.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** Converts yuan to the display unit without rounding, for approximate wording. */
    static BigDecimal exactInUnit(BigDecimal value, String valueUnit, String displayUnit) {
        if (!"元".equals(valueUnit)) {
            return value;
        }
        return switch (displayUnit) {
            case "万元" -> value.divide(TEN_THOUSAND);
            case "亿元" -> value.divide(HUNDRED_MILLION);
            default -> value;
        };
    }
}
