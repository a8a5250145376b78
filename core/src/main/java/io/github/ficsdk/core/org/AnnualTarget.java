package io.github.ficsdk.core.org;

import io.github.ficsdk.core.DatasetRecord;
import io.github.ficsdk.core.Ids;
import io.github.ficsdk.core.internal.Checks;
import io.github.ficsdk.core.internal.Numbers;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * An annual target (年度目标任务) of an organisation for one indicator, such as "5 chambers formed
 * in 2017"; one line of {@code targets.jsonl}.
 *
 * <pre>{@code
 * AnnualTarget target = AnnualTarget.builder().organization("F330400").year(2017)
 *         .indicator("VISIT.TARGETS.CHAMBER").value(new BigDecimal("200")).build();
 * }</pre>
 *
 * <p>Construction rejects a negative value ({@code NEGATIVE}) and a year outside 1000-9999
 * ({@code OUT_OF_RANGE}); a value with a negative scale ({@code 1E+3}) is normalized to scale 0.
 * Bean Validation checks the form of the indicator code ({@code INDICATOR_FORMAT}); whether the
 * indicator exists is up to the report module.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class AnnualTarget implements DatasetRecord, WithAnnualTarget {

    /** The form of an indicator code: {@code KIND.MEASURE} or {@code KIND.MEASURE.TARGET_TYPE}. */
    public static final String INDICATOR_REGEX = "[A-Z][A-Z0-9_]*(\\.[A-Z][A-Z0-9_]*){1,2}";

    AnnualTarget() {}

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the id of the organisation the target is set for.
     *
     * @return the organisation id, never null
     */
    @Pattern(regexp = Ids.REGEX, message = Ids.MESSAGE)
    public abstract String getOrganization();

    /**
     * Returns the year.
     *
     * @return the year, 1000 to 9999
     */
    public abstract int getYear();

    /**
     * Returns the indicator code, such as {@code VISIT.TARGETS.CHAMBER}.
     *
     * @return the indicator code, never null
     */
    @Pattern(regexp = INDICATOR_REGEX, message = "{fic.INDICATOR_FORMAT}")
    public abstract String getIndicator();

    /**
     * Returns the target value, exact, in the indicator's unit (yuan for amounts).
     *
     * @return the value, not negative, never null
     */
    public abstract BigDecimal getValue();

    @Value.Check
    AnnualTarget normalize() {
        Checks.notBlank("organization", getOrganization());
        Checks.year("year", getYear());
        Checks.notNegative("value", getValue());
        BigDecimal value = Numbers.withoutNegativeScale(getValue());
        return value == getValue() ? this : builder().from(this).value(value).build();
    }

    /**
     * Builds an {@link AnnualTarget}; {@code from(target)} copies every property.
     *
     * <p>This class is mutable and not thread-safe.
     *
     * @since 0.1
     */
    public static final class Builder extends ImmutableAnnualTarget.Builder {
        Builder() {}
    }
}
