package io.github.ficsdk.core.appraisal.scheme;

/**
 * A rule of a scheme that holds when it yields more than 0 points and then gives a reason: an
 * {@link EligibilityGate} (a subject that does not pass it is not eligible, for its reason) or a
 * {@link Veto} (a veto that fires fails the subject, for its reason). Code that reads or writes
 * the two alike (a {@code rule} with its parameters and a {@code reason}) takes this type.
 *
 * <pre>{@code
 * for (ReasonedRule r : scheme.getVetoes()) {
 *     r.getSpec().getRule();  // "flag"
 *     r.getReason();          // "严重违法违规"
 * }
 * }</pre>
 *
 * <p>Only the two kinds of this package extend it. Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
public abstract class ReasonedRule {

    ReasonedRule() {}

    /**
     * Returns the rule: a gate is passed, a veto fires, when it yields more than 0 points.
     *
     * @return the rule, never null
     */
    public abstract RuleSpec getSpec();

    /**
     * Returns the reason given when a subject does not pass the gate or when the veto fires, such
     * as {@code 登记成立不满一年} or {@code 严重违法违规}.
     *
     * @return the reason, never null
     */
    public abstract String getReason();
}
