package io.github.ficsdk.validation.internal;

import io.github.ficsdk.validation.Severity;
import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Reports a violation with a specific problem code instead of the constraint's default message.
 * Message parameters and the severity are set before the violation is added, since Hibernate
 * Validator copies them at that moment.
 */
public final class Violations {

    private Violations() {}

    /**
     * Replaces the default violation by one with the template {@code {fic.CODE}}, so that the
     * facade reports {@code code}.
     *
     * @param context     the validator context
     * @param severity    the severity of this violation
     * @param code        the problem code
     * @param parameters  message parameters as name, value, name, value …
     */
    public static void report(ConstraintValidatorContext context, Severity severity, String code,
            Object... parameters) {
        HibernateConstraintValidatorContext hibernate;
        try {
            hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
        } catch (RuntimeException notHibernate) {
            // another Bean Validation provider: the code still reaches the template, without parameters
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("{fic." + code + "}").addConstraintViolation();
            return;
        }
        hibernate.disableDefaultConstraintViolation();
        for (int i = 0; i + 1 < parameters.length; i += 2) {
            hibernate.addMessageParameter((String) parameters[i], parameters[i + 1]);
        }
        if (severity == Severity.WARNING) {
            hibernate.withDynamicPayload(Severity.WARNING);
        }
        hibernate.buildConstraintViolationWithTemplate("{fic." + code + "}").addConstraintViolation();
    }
}
