package io.github.ficsdk.core.appraisal.scheme;

import org.immutables.value.Value;

/**
 * The bonus items of a scheme (加分项), such as a provincial award worth 5 points: the sum of its
 * rules' points, capped at {@link #getMaxPoints()}, added to the dimensions' total.
 *
 * <pre>{@code
 * Bonus bonus = Bonus.builder().maxPoints(new BigDecimal("5")).addRule(spec).build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Bonus extends CappedRules {

    Bonus() {}

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link Bonus}.
     *
     * <p>This class is mutable and not thread-safe.
     *
     * @since 0.1
     */
    public static final class Builder extends ImmutableBonus.Builder {
        Builder() {}
    }
}
