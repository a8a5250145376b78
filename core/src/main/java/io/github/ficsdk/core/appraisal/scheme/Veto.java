package io.github.ficsdk.core.appraisal.scheme;

import org.immutables.value.Value;

/**
 * A one-vote veto (一票否决), such as {@code {"rule": "flag", "evidence": "compliance.seriousViolation", "reason": "严重违法违规"}}:
 * when its rule yields more than 0 points the veto fires, the grade is {@code FAIL} whatever the
 * points, and the result carries the {@linkplain #getReason() reason}. In a veto the {@code points}
 * parameter of a rule may be left out (it defaults to 1).
 *
 * <pre>{@code
 * Veto veto = Veto.of(RuleSpec.builder().rule("flag").putParameter("evidence", "compliance.seriousViolation").build(),
 *         "严重违法违规");
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Veto extends ReasonedRule {

    Veto() {}

    /**
     * Returns a veto.
     *
     * @param spec    the rule that fires it, not null
     * @param reason  the reason, not null
     * @return the veto, never null
     */
    public static Veto of(RuleSpec spec, String reason) {
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
     * Builds a {@link Veto}.
     *
     * <p>This class is mutable and not thread-safe.
     *
     * @since 0.1
     */
    public static final class Builder extends ImmutableVeto.Builder {
        Builder() {}
    }
}
