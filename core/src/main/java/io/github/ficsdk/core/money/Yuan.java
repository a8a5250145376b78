package io.github.ficsdk.core.money;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.ficsdk.validation.InvalidCodeException;
import io.github.ficsdk.validation.YuanAmountFormat;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact, non-negative amount of Chinese yuan (人民币元), such as {@code 37250000.00}, held as a
 * whole number of fen (分, 0.01 yuan) in a {@code long}.
 *
 * <pre>{@code
 * Yuan funds = Yuan.parse("37250000.00");
 * funds.plus(Yuan.parse("12.5"));   // 37250012.50
 * funds.render(Yuan.Unit.WAN);      // "3725.0万元"
 * funds.render();                   // "3725.0万元" (the largest unit the amount reaches)
 * }</pre>
 *
 * <p>In JSON an amount is a decimal <em>string</em> with at most two decimals
 * ({@code "amountYuan": "37250000.00"}); {@link #toString()} always prints two decimals and
 * {@link #parse(CharSequence)} is its inverse. Never a binary float.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Yuan implements Comparable<Yuan> {

    /** Zero yuan. */
    public static final Yuan ZERO = new Yuan(0);

    private static final long FEN_PER_WAN = 1_000_000L;
    private static final long FEN_PER_YI = 10_000_000_000L;

    private final long fen;

    private Yuan(long fen) {
        this.fen = fen;
    }

    /**
     * The unit in which an amount is rendered for people.
     *
     * @since 0.1
     */
    public enum Unit {
        /** 元, with two decimals: {@code 3725.50元}. */
        YUAN("元", 2, 100L),
        /** 万元 (10,000 yuan), with one decimal: {@code 3725.0万元}. */
        WAN("万元", 1, FEN_PER_WAN),
        /** 亿元 (100 million yuan), with one decimal: {@code 6.2亿元}. */
        YI("亿元", 1, FEN_PER_YI);

        private final String label;
        private final int decimals;
        private final long fen;

        Unit(String label, int decimals, long fen) {
            this.label = label;
            this.decimals = decimals;
            this.fen = fen;
        }

        /**
         * Returns the Chinese label of the unit, such as {@code 万元}.
         *
         * @return the label, never null
         */
        public String getLabel() {
            return label;
        }
    }

    /**
     * Returns the amount of a number of fen.
     *
     * @param fen  the amount in fen (0.01 yuan), not negative
     * @return the amount, never null
     * @throws InvalidCodeException if {@code fen} is negative (code {@code YUAN_AMOUNT_NEGATIVE})
     */
    public static Yuan ofFen(long fen) {
        if (fen < 0) {
            throw new InvalidCodeException("YUAN_AMOUNT_NEGATIVE", Long.toString(fen), 0,
                    "amount must not be negative - but was: " + fen + " fen");
        }
        return fen == 0 ? ZERO : new Yuan(fen);
    }

    /**
     * Returns the amount of a whole number of yuan.
     *
     * @param yuan  the amount in yuan, not negative
     * @return the amount, never null
     * @throws InvalidCodeException if negative ({@code YUAN_AMOUNT_NEGATIVE}) or too large
     *         ({@code YUAN_AMOUNT_RANGE})
     */
    public static Yuan ofYuan(long yuan) {
        if (yuan < 0) {
            return ofFen(yuan);
        }
        if (yuan > Long.MAX_VALUE / 100) {
            throw new InvalidCodeException("YUAN_AMOUNT_RANGE", Long.toString(yuan), 0,
                    "amount is too large - but was: " + yuan + " yuan");
        }
        return ofFen(yuan * 100);
    }

    /**
     * Returns the amount of an exact decimal number of yuan with at most two decimals.
     *
     * @param yuan  the amount in yuan, not null, not negative, scale at most 2
     * @return the amount, never null
     * @throws InvalidCodeException if negative ({@code YUAN_AMOUNT_NEGATIVE}), with more than two
     *         decimals ({@code YUAN_AMOUNT_SCALE}) or too large ({@code YUAN_AMOUNT_RANGE})
     */
    public static Yuan of(BigDecimal yuan) {
        Objects.requireNonNull(yuan, "yuan");
        if (yuan.signum() < 0) {
            throw new InvalidCodeException("YUAN_AMOUNT_NEGATIVE", yuan.toPlainString(), 0,
                    "amount must not be negative - but was: " + yuan.toPlainString());
        }
        BigDecimal fen;
        try {
            fen = yuan.setScale(2, RoundingMode.UNNECESSARY).movePointRight(2);
        } catch (ArithmeticException e) {
            throw new InvalidCodeException("YUAN_AMOUNT_SCALE", yuan.toPlainString(), 0,
                    "amount must have at most 2 decimals - but was: " + yuan.toPlainString());
        }
        try {
            return ofFen(fen.longValueExact());
        } catch (ArithmeticException e) {
            throw new InvalidCodeException("YUAN_AMOUNT_RANGE", yuan.toPlainString(), 0,
                    "amount is too large - but was: " + yuan.toPlainString());
        }
    }

    /**
     * Parses a plain decimal amount of yuan such as {@code "37250000.00"}, {@code "12.5"} or
     * {@code "12"}: digits, optionally a point and one or two digits. No sign, exponent, grouping
     * separator or white space.
     *
     * @param text  the text, not null
     * @return the amount, never null
     * @throws InvalidCodeException with code {@code YUAN_AMOUNT_NEGATIVE} for a leading minus,
     *         {@code YUAN_AMOUNT_SCALE} for more than two decimals, {@code YUAN_AMOUNT_RANGE} when
     *         too large, {@code YUAN_AMOUNT_FORMAT} otherwise; the index is that of the first
     *         offending character
     */
    @JsonCreator
    public static Yuan parse(CharSequence text) {
        return ofFen(YuanAmountFormat.parseFen(text));
    }

    /**
     * Returns the amount in fen (0.01 yuan).
     *
     * @return the number of fen, not negative
     */
    public long getFen() {
        return fen;
    }

    /**
     * Returns the amount in yuan as a decimal of scale 2.
     *
     * @return the amount, never null
     */
    public BigDecimal toBigDecimal() {
        return BigDecimal.valueOf(fen, 2);
    }

    /**
     * Returns the sum of this amount and another.
     *
     * @param other  the amount to add, not null
     * @return the sum, never null
     * @throws ArithmeticException if the sum exceeds {@code Long.MAX_VALUE} fen
     */
    public Yuan plus(Yuan other) {
        return ofFen(Math.addExact(fen, other.fen));
    }

    /**
     * Returns whether the amount is zero.
     *
     * @return true for zero
     */
    public boolean isZero() {
        return fen == 0;
    }

    /**
     * Renders the amount for people in a unit, rounding half up: {@code 3725.50元},
     * {@code 3725.0万元}, {@code 0.4亿元}.
     *
     * @param unit  the unit, not null
     * @return the text, never null
     */
    public String render(Unit unit) {
        return in(unit).toPlainString() + unit.label;
    }

    /**
     * Returns the amount as a number in a unit, rounded half up to the unit's decimals:
     * {@code 37250000.00} yuan is {@code 3725.0} in {@link Unit#WAN}.
     *
     * @param unit  the unit, not null
     * @return the rounded number, never null
     */
    public BigDecimal in(Unit unit) {
        return exactIn(unit).setScale(unit.decimals, RoundingMode.HALF_UP);
    }

    /**
     * Returns the amount as an exact number in a unit, without rounding: {@code 620000000.50}
     * yuan is {@code 6.2000000050} in {@link Unit#YI}.
     *
     * @param unit  the unit, not null
     * @return the exact number, never null
     */
    public BigDecimal exactIn(Unit unit) {
        return BigDecimal.valueOf(fen).divide(BigDecimal.valueOf(unit.fen));
    }

    /**
     * Returns the unit of a Chinese label.
     *
     * @param label  元, 万元 or 亿元, not null
     * @return the unit, empty for any other label; never null
     */
    public static java.util.Optional<Unit> unitOf(String label) {
        for (Unit unit : Unit.values()) {
            if (unit.label.equals(label)) {
                return java.util.Optional.of(unit);
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * Renders the amount in the largest unit it reaches: 亿元 from 100 million yuan, 万元 from
     * 10,000 yuan, 元 below.
     *
     * @return the text, such as {@code 6.2亿元}, never null
     */
    public String render() {
        return render(fen >= FEN_PER_YI ? Unit.YI : fen >= FEN_PER_WAN ? Unit.WAN : Unit.YUAN);
    }

    @Override
    public int compareTo(Yuan other) {
        return Long.compare(fen, other.fen);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Yuan y && y.fen == fen;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(fen);
    }

    /**
     * Returns the amount in yuan with exactly two decimals, such as {@code 37250000.00}; the
     * inverse of {@link #parse(CharSequence)}.
     *
     * @return the text, never null
     */
    @JsonValue
    @Override
    public String toString() {
        return YuanAmountFormat.formatFen(fen);
    }
}
