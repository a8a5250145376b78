package io.github.ficsdk.validation.internal;

import io.github.ficsdk.validation.Severity;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.annotation.Annotation;

/**
 * The shape shared by the validators of a text constraint with one error at a time: {@code null}
 * is valid; otherwise {@link #problemCode(CharSequence)} names the first failing check, reported
 * through {@link Violations} as an error with the template {@code {fic.CODE}}. Allocates nothing
 * for a valid value. Internal: not part of the API.
 *
 * <p>Subclasses are immutable and thread-safe.
 *
 * @param <A> the constraint annotation
 */
public abstract class CodeValidator<A extends Annotation> implements ConstraintValidator<A, CharSequence> {

    /** Creates the validator. */
    protected CodeValidator() {}

    /**
     * Returns the code of the first failing check of a value.
     *
     * @param value  the value, not null
     * @return the problem code, such as {@code DIVISION_CODE_FORMAT}, or null when the value is valid
     */
    protected abstract String problemCode(CharSequence value);

    /**
     * Returns the message parameters of a violation, as name, value, name, value …; none by default.
     *
     * @param value  the rejected value, not null
     * @return the parameters, never null
     */
    protected Object[] parameters(CharSequence value) {
        return new Object[0];
    }

    /**
     * Checks a value, reporting the violation of its first failing check.
     *
     * @param value    the value, null is valid
     * @param context  the context to report the violation to, not null
     * @return true if the value is null or valid
     */
    @Override
    public final boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        String code = problemCode(value);
        if (code == null) {
            return true;
        }
        Violations.report(context, Severity.ERROR, code, parameters(value));
        return false;
    }
}
