package io.github.ficsdk.report;

import io.github.ficsdk.core.money.Yuan;
import java.math.BigDecimal;
import java.util.Optional;

/** Figures in their display unit: yuan in 万元 or 亿元 as {@link Yuan} renders them. */
final class Figures {

    private Figures() {}

    /**
     * Converts a figure from its value unit to a display unit: yuan to 万元 or 亿元 with one
     * decimal (half-up), trailing zeros dropped; other units unchanged.
     */
    static BigDecimal inUnit(BigDecimal value, String valueUnit, String displayUnit) {
        Optional<Yuan.Unit> unit = moneyUnit(valueUnit, displayUnit);
        if (unit.isEmpty()) {
            return value;
        }
        return stripped(Yuan.of(value).in(unit.get()));
    }

    /** The same number without trailing zeros and never in exponent form: 3725.0 gives 3725. */
    static BigDecimal stripped(BigDecimal value) {
        BigDecimal s = value.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /** Converts yuan to the display unit without rounding, for approximate wording. */
    static BigDecimal exactInUnit(BigDecimal value, String valueUnit, String displayUnit) {
        return moneyUnit(valueUnit, displayUnit).map(u -> Yuan.of(value).exactIn(u)).orElse(value);
    }

    private static Optional<Yuan.Unit> moneyUnit(String valueUnit, String displayUnit) {
        return "元".equals(valueUnit) ? Yuan.unitOf(displayUnit) : Optional.empty();
    }
}
