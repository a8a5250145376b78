package io.github.ficsdk.core.appraisal;

import java.math.BigDecimal;
import java.util.List;
import org.immutables.value.Value;

/**
 * The subtotal of one dimension for one subject, such as {@code POLITICAL_GUIDANCE 22 / 25}:
 * the sum of its rules' points capped at the dimension's cap; printed as
 * {@code {"code", "name", "points", "maxPoints", "rules": [...]}}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class DimensionResult {

    DimensionResult() {}

    /**
     * Returns the result, copying the rules.
     *
     * @param code       the dimension code, not null
     * @param name       the dimension name, not null
     * @param points     the capped subtotal, not null
     * @param maxPoints  the cap, not null
     * @param rules      the rules' points in scheme order, not null
     * @return the result, never null
     */
    public static DimensionResult of(String code, String name, BigDecimal points, BigDecimal maxPoints, List<RuleResult> rules) {
        return ImmutableDimensionResult.builder().code(code).name(name).points(points).maxPoints(maxPoints)
                .rules(rules).build();
    }

    /**
     * Returns the dimension code.
     *
     * @return the dimension code, never null
     */
    public abstract String getCode();

    /**
     * Returns the dimension name.
     *
     * @return the dimension name, never null
     */
    public abstract String getName();

    /**
     * Returns the capped subtotal.
     *
     * @return the capped subtotal, never null
     */
    public abstract BigDecimal getPoints();

    /**
     * Returns the cap.
     *
     * @return the cap, never null
     */
    public abstract BigDecimal getMaxPoints();

    /**
     * Returns the rules' points in scheme order.
     *
     * @return the rules' points in scheme order, never null
     */
    public abstract List<RuleResult> getRules();
}
