package io.github.ficsdk.core.appraisal.scheme;

import org.immutables.value.Value;

/**
 * A scored dimension of a scheme, such as {@code POLITICAL_GUIDANCE} (政治引领好) worth at most 25
 * points: the sum of its rules' points, capped at {@link #getMaxPoints()}.
 *
 * <pre>{@code
 * Dimension d = Dimension.builder().code("POLITICAL_GUIDANCE").name("政治引领好")
 *         .maxPoints(new BigDecimal("25")).addRule(spec).build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Dimension extends CappedRules {

    Dimension() {}

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the code, unique in the scheme, such as {@code POLITICAL_GUIDANCE}.
     *
     * @return the code, never null
     */
    public abstract String getCode();

    /**
     * Returns the name, such as {@code 政治引领好}.
     *
     * @return the name, never null
     */
    public abstract String getName();

    /**
     * Builds a {@link Dimension}.
     *
     * <p>This class is mutable and not thread-safe.
     *
     * @since 0.1
     */
    public static final class Builder extends ImmutableDimension.Builder {
        Builder() {}
    }
}
