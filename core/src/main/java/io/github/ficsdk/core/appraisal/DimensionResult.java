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
 * @param code       the dimension code, not null
 * @param name       the dimension name, not null
 * @param points     the capped subtotal, not null
 * @param maxPoints  the cap, not null
 * @param rules      the rules' points in scheme order, not null
 * @since 0.1
 */
public record DimensionResult(String code, String name, BigDecimal points, BigDecimal maxPoints, List<RuleResult> rules) {

    /**
     * Creates the result, copying the rules.
     *
     * @param code       the dimension code, not null
     * @param name       the dimension name, not null
     * @param points     the capped subtotal, not null
     * @param maxPoints  the cap, not null
     * @param rules      the rules' points in scheme order, not null
     */
    public DimensionResult {
        rules = List.copyOf(rules);
    }
}
