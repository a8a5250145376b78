package io.github.ficsdk.validation;

import jakarta.validation.Payload;

/**
 * How serious a {@link Problem} is: {@link #ERROR} makes a record unusable, {@link #WARNING} is
 * reported but the record is kept (for example a legacy credit code whose embedded organisation
 * code fails its GB 11714 check digit).
 *
 * <p>A constraint declared with {@code payload = Severity.Warning.class} reports warnings; a
 * validator may also mark a single violation as a warning through Hibernate Validator's dynamic
 * payload ({@code HibernateConstraintValidatorContext.withDynamicPayload(Severity.WARNING)}).
 *
 * @since 0.1
 */
public enum Severity {
    /** The value breaks a standard or a rule; the record is rejected. */
    ERROR,
    /** The value is suspicious but accepted; the record is kept. */
    WARNING;

    /**
     * Bean Validation payload that makes every violation of a constraint a {@link #WARNING}.
     *
     * <pre>{@code
     * @ValidCreditCode(kind = CreditCodeKind.CHAMBER, payload = Severity.Warning.class)
     * }</pre>
     */
    public interface Warning extends Payload {}
}
