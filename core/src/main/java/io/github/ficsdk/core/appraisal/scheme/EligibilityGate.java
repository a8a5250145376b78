package io.github.ficsdk.core.appraisal.scheme;

import org.immutables.value.Value;

/**
 * An eligibility gate of a scheme, such as "registered for at least a year":
 * {@code {"rule": "threshold", "evidence": "chamber.yearsRegistered", "atLeast": 1, "reason": "登记成立不满一年"}}.
 * A subject passes the gate when its rule yields more than 0 points; a subject that fails any gate
 * is <em>not eligible</em> (grade {@code NOT_ELIGIBLE}, with the reasons), which is not a fail: it
 * is not scored at all. The {@code points} parameter may be left out (it defaults to 1).
 *
 * <pre>{@code
 * EligibilityGate gate = EligibilityGate.of(spec, "登记成立不满一年");
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class EligibilityGate extends ReasonedRule {

    EligibilityGate() {}

    /**
     * Returns a gate.
     *
     * @param spec    the rule a subject must pass, not null
     * @param reason  the reason given when it does not, not null
     * @return the gate, never null
     */
    public static EligibilityGate of(RuleSpec spec, String reason) {
        return builder().spec(spec).reason(reason).build();
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
     * Builds an {@link EligibilityGate}.
     *
     * <p>This class is mutable and not thread-safe.
     *
     * @since 0.1
     */
    public static final class Builder extends ImmutableEligibilityGate.Builder {
        Builder() {}
    }
}
