package io.github.ficsdk.core.appraisal.scheme;

import io.github.ficsdk.core.appraisal.internal.Params;
import io.github.ficsdk.core.appraisal.spi.RuleParameterException;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One use of a scoring rule in a scheme: the rule id and its parameters as written in the scheme
 * document, such as {@code {"rule": "linear", "evidence": "party.activities", "pointsPerUnit": 1, "maxPoints": 15}}.
 *
 * <pre>{@code
 * RuleSpec spec = RuleSpec.builder().rule("linear")
 *         .putParameter("evidence", "party.activities")
 *         .putParameter("pointsPerUnit", BigDecimal.ONE)
 *         .putParameter("maxPoints", new BigDecimal("15"))
 *         .build();
 * }</pre>
 *
 * <p>Parameter values are JSON-like: {@link String}, {@link Boolean}, {@link BigDecimal}, lists of
 * them and maps from names to them (such as the {@code tiers} of {@code threshold}). Besides the
 * parameters the rule declares, every rule accepts {@code label} and {@code labelEn} (the wording
 * of the explanation, by default the evidence key) and {@code ifMissing} (the value used when the
 * evidence is absent, shown as such in the explanation; without it missing evidence is an error).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class RuleSpec {

    /** The parameters every rule accepts, handled by the engine. */
    public static final java.util.Set<String> COMMON_PARAMETERS = java.util.Set.of("label", "labelEn", "ifMissing");

    RuleSpec() {}

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the rule id, such as {@code flag}, {@code threshold}, {@code linear}, {@code ratio}
     * or a plug-in's id.
     *
     * @return the rule id, never null
     */
    public abstract String getRule();

    /**
     * Returns the parameters, in document order.
     *
     * @return the parameters, never null
     */
    public abstract Map<String, Object> getParameters();

    /**
     * Returns a text parameter.
     *
     * @param name  the parameter name, not null
     * @return the text, empty when absent
     * @throws RuleParameterException if present but not a text
     */
    public Optional<String> getString(String name) {
        return Optional.ofNullable(Params.string(this, name, false));
    }

    /**
     * Returns a number parameter.
     *
     * @param name  the parameter name, not null
     * @return the number, empty when absent
     * @throws RuleParameterException if present but not a number
     */
    public Optional<BigDecimal> getNumber(String name) {
        return Optional.ofNullable(Params.number(this, name, false));
    }

    /**
     * Returns the label used in the Chinese explanation: {@code label}, else the {@code evidence}
     * parameter, else the rule id.
     *
     * @return the label, never null
     */
    public String getLabel() {
        return Params.label(this, "label");
    }

    /**
     * Returns the label used in the English explanation: {@code labelEn}, else the {@code evidence}
     * parameter, else the rule id.
     *
     * @return the label, never null
     */
    public String getLabelEn() {
        return Params.label(this, "labelEn");
    }

    @Value.Check
    void check() {
        if (getRule().isBlank()) {
            throw new IllegalArgumentException("rule must not be blank");
        }
        if (getParameters().containsKey("rule")) {
            throw new IllegalArgumentException("parameters must not hold 'rule'");
        }
    }

    /**
     * Builds a {@link RuleSpec}.
     *
     * <p>This class is mutable and not thread-safe.
     *
     * @since 0.1
     */
    public static final class Builder extends ImmutableRuleSpec.Builder {
        Builder() {}
    }
}
