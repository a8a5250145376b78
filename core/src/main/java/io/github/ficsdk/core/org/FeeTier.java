package io.github.ficsdk.core.org;

import io.github.ficsdk.core.internal.Checks;
import io.github.ficsdk.core.money.Yuan;
import org.immutables.value.Value;

/**
 * A membership fee tier of a chamber (缴费档次), such as {@code 会长单位} at {@code 50000.00} yuan a year.
 *
 * <pre>{@code
 * FeeTier tier = FeeTier.of("会长单位", Yuan.parse("50000"));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@com.fasterxml.jackson.databind.annotation.JsonSerialize(using = io.github.ficsdk.core.io.internal.RecordJson.Serializer.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(using = io.github.ficsdk.core.io.internal.RecordJson.Deserializer.class)
public abstract class FeeTier {

    FeeTier() {}

    /**
     * Returns a fee tier.
     *
     * @param name           the name of the tier, not blank
     * @param annualFeeYuan  the annual fee, not null
     * @return the fee tier, never null
     */
    public static FeeTier of(String name, Yuan annualFeeYuan) {
        return builder().name(name).annualFeeYuan(annualFeeYuan).build();
    }

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the name of the tier, such as {@code 副会长单位}.
     *
     * @return the name, never null
     */
    public abstract String getName();

    /**
     * Returns the annual fee.
     *
     * @return the fee, never null
     */
    public abstract Yuan getAnnualFeeYuan();

    @Value.Check
    void check() {
        Checks.notBlank("name", getName());
    }

    /**
     * Builds a {@link FeeTier}.
     *
     * <p>This class is mutable and not thread-safe.
     *
     * @since 0.1
     */
    public static final class Builder extends ImmutableFeeTier.Builder {
        Builder() {}
    }
}
