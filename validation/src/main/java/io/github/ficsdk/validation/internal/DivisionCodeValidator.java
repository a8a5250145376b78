package io.github.ficsdk.validation.internal;

import io.github.ficsdk.validation.constraints.ValidDivisionCode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Validates {@link ValidDivisionCode}: six ASCII digits ({@code DIVISION_CODE_FORMAT}) that are in
 * the bundled GB/T 2260 table ({@code DIVISION_CODE_UNKNOWN}). {@code null} is valid. Allocates
 * nothing for a valid value. Internal: not part of the API.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DivisionCodeValidator implements ConstraintValidator<ValidDivisionCode, CharSequence> {

    /** Creates the validator; Bean Validation does this. */
    public DivisionCodeValidator() {}

    /**
     * Checks a value, reporting a format or an unknown-code violation.
     *
     * @param value    the value, null is valid
     * @param context  the context to report the violation to, not null
     * @return true if the value is null or a known division code
     */
    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        int code = DivisionTable.parseDigits(value);
        if (code < 0) {
            return fail(context, "{fic.DIVISION_CODE_FORMAT}");
        }
        if (DivisionTable.get().indexOf(code) < 0) {
            return fail(context, "{fic.DIVISION_CODE_UNKNOWN}");
        }
        return true;
    }

    private static boolean fail(ConstraintValidatorContext context, String template) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(template).addConstraintViolation();
        return false;
    }
}
