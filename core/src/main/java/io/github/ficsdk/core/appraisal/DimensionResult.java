package io.github.ficsdk.core.appraisal;

import java.math.BigDecimal;
import java.util.List;

/**
 * The subtotal of one dimension for one subject, such as {@code POLITICAL_GUIDANCE 22 / 25}:
 * the sum of its rules' points capped at the dimension's cap; printed as
 * {@code {"code", "name", "points", "maxPoints", "rules": [...]}}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class DimensionResult {
    private final String code;
    private final String name;
    private final BigDecimal points;
    private final BigDecimal maxPoints;
    private final List<RuleResult> rules;


    /**
     * Creates the result, copying the rules.
     *
     * @param code       the dimension code, not null
     * @param name       the dimension name, not null
     * @param points     the capped subtotal, not null
     * @param maxPoints  the cap, not null
     * @param rules      the rules' points in scheme order, not null
     */
    public DimensionResult(String code, String name, BigDecimal points, BigDecimal maxPoints, List<RuleResult> rules) {
        rules = List.copyOf(rules);
        this.code = code;
        this.name = name;
        this.points = points;
        this.maxPoints = maxPoints;
        this.rules = rules;
    }

    /**
     * Returns the dimension code.
     *
     * @return the dimension code, never null
     */
    public String getCode() {
        return code;
    }

    /**
     * Returns the dimension name.
     *
     * @return the dimension name, never null
     */
    public String getName() {
        return name;
    }

    /**
     * Returns the capped subtotal.
     *
     * @return the capped subtotal, never null
     */
    public BigDecimal getPoints() {
        return points;
    }

    /**
     * Returns the cap.
     *
     * @return the cap, never null
     */
    public BigDecimal getMaxPoints() {
        return maxPoints;
    }

    /**
     * Returns the rules' points in scheme order.
     *
     * @return the rules' points in scheme order, never null
     */
    public List<RuleResult> getRules() {
        return rules;
    }

    /**
     * Compares every property.
     *
     * @param other  the other object, may be null
     * @return true if it is an equal value
     */
    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof DimensionResult o && java.util.Objects.equals(code, o.code) && java.util.Objects.equals(name, o.name) && java.util.Objects.equals(points, o.points) && java.util.Objects.equals(maxPoints, o.maxPoints) && java.util.Objects.equals(rules, o.rules);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return java.util.Objects.hash(code, name, points, maxPoints, rules);
    }

    /**
     * Returns the properties, for debugging.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return "DimensionResult[code=" + code + ", name=" + name + ", points=" + points + ", maxPoints=" + maxPoints + ", rules=" + rules + "]";
    }
}
