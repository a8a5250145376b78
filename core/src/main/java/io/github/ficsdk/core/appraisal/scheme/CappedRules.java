package io.github.ficsdk.core.appraisal.scheme;

import java.math.BigDecimal;
import java.util.List;

/**
 * Rules of a scheme whose points are summed and capped: a {@link Dimension} (its sum is part of the
 * total) or the {@link Bonus} (its sum is added to the dimensions' total). Code that scores or
 * writes the two alike (a {@code maxPoints} and its {@code rules}) takes this type.
 *
 * <pre>{@code
 * CappedRules d = scheme.getDimensions().get(0);
 * d.getMaxPoints();     // 25
 * d.getRules().size();  // 3
 * }</pre>
 *
 * <p>Only the two kinds of this package extend it. Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
public abstract class CappedRules {

    CappedRules() {}

    /**
     * Returns the cap of the sum of the rules' points.
     *
     * @return the cap, not negative, never null
     */
    public abstract BigDecimal getMaxPoints();

    /**
     * Returns the rules, in document order.
     *
     * @return the rules, never null
     */
    public abstract List<RuleSpec> getRules();
}
