package io.github.ficsdk.validation.internal;

import io.github.ficsdk.validation.constraints.ValidIndustryCode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Validates {@link ValidIndustryCode}: a section letter optionally followed by two digits
 * ({@code INDUSTRY_CODE_FORMAT}) that names a GB/T 4754-2017 section or a division of that section
 * ({@code INDUSTRY_CODE_UNKNOWN}). {@code null} is valid. Allocates nothing for a valid value.
 * Internal: not part of the API.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class IndustryCodeValidator implements ConstraintValidator<ValidIndustryCode, CharSequence> {

    /** Creates the validator; Bean Validation does this. */
    public IndustryCodeValidator() {}

    /**
     * Checks a value, reporting a format or an unknown-code violation.
     *
     * @param value    the value, null is valid
     * @param context  the context to report the violation to, not null
     * @return true if the value is null or a valid section or division
     */
    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        if (IndustryTable.shapeError(value) >= 0) {
            return fail(context, "{fic.INDUSTRY_CODE_FORMAT}");
        }
        if (IndustryTable.find(value) < 0) {
            return fail(context, "{fic.INDUSTRY_CODE_UNKNOWN}");
        }
        return true;
    }

    private static boolean fail(ConstraintValidatorContext context, String template) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(template).addConstraintViolation();
        return false;
    }
}
